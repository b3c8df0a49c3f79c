//! Live bytes over time, for `--heap-timeline`: a point at every collection,
//! free and expiry, and at allocations and growth whenever the live size has
//! moved enough since the last point, so a long run stays a few thousand
//! points. The peak and the final size are always points, and a run that dies
//! of the heap limit ends with the size it asked for. Times are on the
//! program's clock: wall seconds, or the virtual clock under `--clock virtual`.

use std::time::Instant;

/// What happened at a point of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The live size changed by allocation.
    Alloc,
    /// A collection finished (the point is the size after it).
    Collection,
    /// `free` reclaimed an object.
    Free,
    /// Objects expired.
    Expiry,
    /// The program ran out of memory; the point is the size it needed.
    OutOfMemory,
    /// The run ended.
    End,
}

impl Event {
    pub fn name(self) -> &'static str {
        match self {
            Event::Alloc => "alloc",
            Event::Collection => "gc",
            Event::Free => "free",
            Event::Expiry => "expiry",
            Event::OutOfMemory => "out of memory",
            Event::End => "end",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Seconds since the heap was made, on the program's clock.
    pub time: f64,
    pub live_bytes: u64,
    pub event: Event,
}

#[derive(Debug, Clone)]
pub struct Timeline {
    started: Instant,
    /// The virtual clock's reading, when the program runs on it.
    virtual_now: Option<f64>,
    pub points: Vec<Point>,
    last_live: u64,
    /// The highest size seen, which throttling may have kept from the points.
    peak: Point,
    /// The peak was raised by a throttled allocation and its time not read
    /// yet: the next point's time stands for it (nothing happened between but
    /// allocations too small to record), so growth reads no clock per object.
    peak_untimed: bool,
    /// `finish` has run.
    finished: bool,
}

impl Timeline {
    pub fn new() -> Timeline {
        let start = Point {
            time: 0.0,
            live_bytes: 0,
            event: Event::Alloc,
        };
        Timeline {
            started: Instant::now(),
            virtual_now: None,
            points: vec![start],
            last_live: 0,
            peak: start,
            peak_untimed: false,
            finished: false,
        }
    }

    /// Puts the timeline on the virtual clock, now reading `now` seconds.
    pub fn set_virtual_time(&mut self, now: f64) {
        self.virtual_now = Some(now);
    }

    /// Whether times are on the virtual clock.
    pub fn is_virtual(&self) -> bool {
        self.virtual_now.is_some()
    }

    fn now(&self) -> f64 {
        match self.virtual_now {
            Some(now) => now,
            None => self.started.elapsed().as_secs_f64(),
        }
    }

    /// Records a point; allocation points only when the size moved by more than
    /// 1/64 of itself (or 4 KiB) since the last point, which bounds their number
    /// by the logarithm of the heap's growth rather than the allocation count.
    #[inline]
    pub fn record(&mut self, live_bytes: u64, event: Event) {
        if event == Event::Alloc {
            let step = (self.last_live / 64).max(4096);
            if live_bytes.abs_diff(self.last_live) < step {
                if live_bytes > self.peak.live_bytes {
                    self.peak.live_bytes = live_bytes;
                    self.peak.event = event;
                    self.peak_untimed = true;
                }
                return;
            }
        }
        self.last_live = live_bytes;
        let time = self.now();
        if std::mem::take(&mut self.peak_untimed) {
            self.peak.time = time;
        }
        let point = Point {
            time,
            live_bytes,
            event,
        };
        if live_bytes >= self.peak.live_bytes {
            self.peak = point;
        }
        self.points.push(point);
    }

    /// Ends the timeline (once): the peak goes in where throttling left it
    /// out, then a last point with the final size.
    pub fn finish(&mut self, live_bytes: u64) {
        if std::mem::replace(&mut self.finished, true) {
            return;
        }
        let now = self.now();
        if std::mem::take(&mut self.peak_untimed) {
            self.peak.time = now;
        }
        if !self.points.contains(&self.peak) {
            let at = self.points.partition_point(|p| p.time <= self.peak.time);
            self.points.insert(at, self.peak);
        }
        let end = Point {
            time: now,
            live_bytes,
            event: Event::End,
        };
        self.points.push(end);
    }

    /// At most `max` points for writing: the run is cut into `max` equal time
    /// buckets, each keeping its highest point and, before it, any collection,
    /// free or expiry of the bucket (so markers survive downsampling).
    pub fn downsampled(&self, max: usize) -> Vec<Point> {
        if self.points.len() <= max || max < 2 {
            return self.points.clone();
        }
        let end = self.points.last().map_or(0.0, |p| p.time).max(1e-9);
        let (first, last) = (self.points[0], self.points[self.points.len() - 1]);
        let peak = self.peak;
        let buckets = max / 2;
        let mut out: Vec<Point> = Vec::with_capacity(max);
        let mut current: Option<(usize, Point, Option<Point>)> = None;
        for &p in &self.points {
            let b = ((p.time / end) * (buckets - 1) as f64) as usize;
            match &mut current {
                Some((bucket, high, marker)) if *bucket == b => {
                    if p.live_bytes > high.live_bytes {
                        *high = p;
                    }
                    if p.event != Event::Alloc && marker.is_none() {
                        *marker = Some(p);
                    }
                }
                _ => {
                    if let Some((_, high, marker)) = current.take() {
                        out.extend(marker);
                        out.push(high);
                    }
                    let marker = (p.event != Event::Alloc).then_some(p);
                    current = Some((b, p, marker));
                }
            }
        }
        if let Some((_, high, marker)) = current {
            out.extend(marker);
            out.push(high);
        }
        // The start, the peak and the end always stay.
        for keep in [first, peak, last] {
            if !out.contains(&keep) {
                out.push(keep);
            }
        }
        out.sort_by(|a, b| a.time.total_cmp(&b.time));
        out.dedup();
        out
    }
}

impl Default for Timeline {
    fn default() -> Self {
        Timeline::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_points_are_throttled() {
        let mut t = Timeline::new();
        for i in 0..10_000u64 {
            t.record(i * 100, Event::Alloc);
        }
        assert!(t.points.len() < 300, "{}", t.points.len());
        t.record(5, Event::Collection);
        assert_eq!(t.points.last().map(|p| p.event), Some(Event::Collection));
    }

    #[test]
    fn downsampling_bounds_points_and_keeps_markers() {
        let mut t = Timeline::new();
        for i in 0..50_000u64 {
            t.record(
                i,
                if i % 1000 == 0 {
                    Event::Free
                } else {
                    Event::Collection
                },
            );
        }
        let d = t.downsampled(500);
        assert!(d.len() <= 500, "{}", d.len());
        assert!(d.iter().any(|p| p.event == Event::Free));
    }
}
