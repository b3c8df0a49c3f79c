//! Live bytes over time, for `--heap-timeline`: a point at every collection,
//! free and expiry, and at allocations whenever the live size has moved enough
//! since the last point, so a long run stays a few thousand points.

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
}

impl Event {
    pub fn name(self) -> &'static str {
        match self {
            Event::Alloc => "alloc",
            Event::Collection => "gc",
            Event::Free => "free",
            Event::Expiry => "expiry",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Seconds since the heap was made (wall clock).
    pub time: f64,
    pub live_bytes: u64,
    pub event: Event,
}

#[derive(Debug, Clone)]
pub struct Timeline {
    started: Instant,
    pub points: Vec<Point>,
    last_live: u64,
}

impl Timeline {
    pub fn new() -> Timeline {
        Timeline {
            started: Instant::now(),
            points: vec![Point {
                time: 0.0,
                live_bytes: 0,
                event: Event::Alloc,
            }],
            last_live: 0,
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
                return;
            }
        }
        self.last_live = live_bytes;
        self.points.push(Point {
            time: self.started.elapsed().as_secs_f64(),
            live_bytes,
            event,
        });
    }

    /// At most `max` points for writing: the run is cut into `max` equal time
    /// buckets, each keeping its highest point and, before it, any collection,
    /// free or expiry of the bucket (so markers survive downsampling).
    pub fn downsampled(&self, max: usize) -> Vec<Point> {
        if self.points.len() <= max || max < 2 {
            return self.points.clone();
        }
        let end = self.points.last().map_or(0.0, |p| p.time).max(1e-9);
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
