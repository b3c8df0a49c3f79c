//! Mark-sweep collection. The VM marks its roots with [`Heap::mark_value`] and
//! then calls [`Heap::collect`], which traces from an explicit gray stack (no
//! recursion, so a million-long chain cannot overflow the Rust stack), drops dead
//! entries from the weak intern table, sweeps, and sets the next threshold.

use super::{Entry, GcMode, Handle, Heap, Value, MIN_NEXT_GC};
use std::time::{Duration, Instant};

/// What one collection did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cycle {
    pub objects: u64,
    pub bytes: u64,
    pub pause: Duration,
}

impl Heap {
    #[inline]
    pub fn mark_value(&mut self, value: Value) {
        if let Value::Obj(h) = value {
            self.mark(h);
        }
    }

    pub fn mark(&mut self, h: Handle) {
        let i = h.index as usize;
        let slot = &self.slots[i];
        if slot.gen != h.gen || self.marks[i] {
            return;
        }
        match slot.entry {
            Entry::Live(_) => {
                self.marks[i] = true;
                self.gray.push(h.index);
            }
            // A referenced tombstone stays, so the reference can still say what
            // it referred to; it refers to nothing itself.
            Entry::Tomb(..) => self.marks[i] = true,
            Entry::Vacant => {}
        }
    }

    /// Blackens gray objects until none is left.
    fn trace(&mut self) {
        self.mark_shape_names();
        while let Some(index) = self.gray.pop() {
            // A reachable map drops its dead-keyed entries before it is traced,
            // so their values are not kept alive by a key nobody can use.
            if let Entry::Live(super::Obj::Map(_)) = &self.slots[index as usize].entry {
                let gen = self.slots[index as usize].gen;
                self.purge_dead_keys(Handle { index, gen });
            }
            let Entry::Live(obj) = &self.slots[index as usize].entry else {
                continue;
            };
            // The census of live instances by shape sizes new instances.
            if let super::Obj::Instance(i) = obj {
                self.shapes.saw(i.shape);
            }
            let slots = &self.slots;
            let marks = &mut self.marks;
            let gray = &mut self.gray;
            obj.trace(|child| {
                let i = child.index as usize;
                let slot = &slots[i];
                if !marks[i] && slot.gen == child.gen {
                    match slot.entry {
                        Entry::Live(_) => {
                            marks[i] = true;
                            gray.push(child.index);
                        }
                        Entry::Tomb(..) => marks[i] = true,
                        Entry::Vacant => {}
                    }
                }
            });
        }
    }

    /// Shapes hold the field names of every shaped instance (and the class
    /// names they are rooted at): roots, like the interned names of globals.
    /// There are few shapes, bounded by `shape::MAX_SHAPES`.
    fn mark_shape_names(&mut self) {
        for i in 0..self.shapes.count() {
            let name = self.shapes.name_at(i);
            self.mark(name);
        }
    }

    fn sweep(&mut self) -> (u64, u64) {
        let (objects, bytes) = (self.stats.collected.objects, self.stats.collected.bytes);
        for index in 0..self.slots.len() {
            if self.marks[index] {
                self.marks[index] = false;
                continue;
            }
            match self.slots[index].entry {
                Entry::Live(_) => self.reclaim(index as u32, None),
                Entry::Tomb(..) => self.recycle(index as u32),
                Entry::Vacant => {}
            }
        }
        (
            self.stats.collected.objects - objects,
            self.stats.collected.bytes - bytes,
        )
    }

    /// Finishes a collection whose roots the caller has marked; `started` is when
    /// the caller began marking, so the pause includes root marking.
    pub fn collect(&mut self, started: Instant) -> Cycle {
        self.trace();
        self.shapes.settle();
        self.prune_strings();
        let (objects, bytes) = self.sweep();
        let live = self.stats.live.bytes as f64;
        self.next_gc = ((live * self.config.growth) as usize).max(MIN_NEXT_GC);
        let pause = started.elapsed();
        self.stats.collections += 1;
        self.stats.pause_total += pause;
        self.stats.pause_max = self.stats.pause_max.max(pause);
        self.stats.pauses.push(pause);
        self.note(super::timeline::Event::Collection);
        Cycle {
            objects,
            bytes,
            pause,
        }
    }

    /// Traces from the roots marked so far without sweeping, so the caller can
    /// ask which live objects were not reached ([`Heap::live_by_site`]); then
    /// [`Heap::clear_marks`].
    pub fn trace_only(&mut self) {
        self.trace();
        self.shapes.settle();
    }

    pub fn clear_marks(&mut self) {
        self.marks.iter_mut().for_each(|m| *m = false);
    }

    /// Whether any collection may run (false under `--gc off`).
    pub fn collector_enabled(&self) -> bool {
        self.config.mode != GcMode::Off
    }

    pub fn next_gc(&self) -> usize {
        self.next_gc
    }
}
