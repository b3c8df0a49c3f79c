//! The VM side of memory: the allocation entry point every object goes through,
//! and the roots the collector starts from.

use super::{RuntimeError, Vm, VmResult};
use crate::heap::collect::Cycle;
use crate::heap::intern::hash_str;
use crate::heap::{GcMode, Handle, Heap, Obj, Site, StrObj};
use std::time::Instant;

impl Vm {
    /// Allocates `obj`: the entry point of every allocation. It collects when
    /// the heap asks for it and keeps live bytes within `--heap-limit`. `obj` is
    /// not on the heap yet, so whatever it refers to is marked as a root of any
    /// collection run here. It is *not* a safepoint: no deadline passes inside
    /// an instruction, so the operands an instruction has checked stay alive
    /// while it allocates (the collector never takes them: they are rooted).
    pub(crate) fn alloc(&mut self, obj: Obj, site: Site) -> VmResult<Handle> {
        self.make_room(Heap::size_of(&obj), Some(&obj))?;
        Ok(self.heap.insert(obj, site))
    }

    /// Gets `bytes` more live bytes ready to be counted: collects when the
    /// growth threshold is reached, and, if the heap limit would be passed,
    /// tries a full collection before giving up with the out-of-memory error.
    /// Growing containers call this before they grow.
    pub(crate) fn make_room(&mut self, bytes: usize, pending: Option<&Obj>) -> VmResult<()> {
        if self.heap.wants_collection(bytes) {
            self.collect_garbage(pending);
        }
        if !self.heap.fits(bytes) {
            if self.heap.collector_enabled() && self.heap.config().mode != GcMode::Stress {
                self.collect_garbage(pending);
            }
            if !self.heap.fits(bytes) {
                return Err(self.out_of_memory(bytes));
            }
        }
        Ok(())
    }

    #[cold]
    fn out_of_memory(&mut self, bytes: usize) -> Box<RuntimeError> {
        self.heap.timeline_out_of_memory(bytes as u64);
        let limit = self.heap.config().limit.unwrap_or(usize::MAX);
        self.error(format!(
            "out of memory: heap limit {} reached ({} live, {} requested)",
            crate::units::bytes(limit as u64),
            crate::units::bytes(self.heap.stats().live.bytes),
            crate::units::bytes(bytes as u64)
        ))
    }

    /// Room for an object `h` that is about to grow its storage (which at
    /// most doubles it), so the limit holds even while a container grows.
    pub(crate) fn room_to_grow(&mut self, h: Handle) -> VmResult<()> {
        let payload = self.live_obj(h)?.payload_bytes();
        self.make_room(payload.max(64), None)
    }

    /// The interned string with this text, allocating it if new.
    pub fn intern(&mut self, text: &str) -> VmResult<Handle> {
        let hash = hash_str(text);
        if let Some(h) = self.heap.find_string(text, hash) {
            return Ok(h);
        }
        self.new_string(text.into(), hash)
    }

    /// Like [`Vm::intern`], taking ownership of an already built string.
    pub fn intern_owned(&mut self, text: String) -> VmResult<Handle> {
        let hash = hash_str(&text);
        if let Some(h) = self.heap.find_string(&text, hash) {
            return Ok(h);
        }
        self.new_string(text.into_boxed_str(), hash)
    }

    fn new_string(&mut self, text: Box<str>, hash: u64) -> VmResult<Handle> {
        let site = self.current_site();
        let h = self.alloc(Obj::Str(StrObj::new(text, hash)), site)?;
        self.heap.register_string(h, hash);
        Ok(h)
    }

    /// Keeps `value` alive across allocations until [`Vm::release`] (for natives
    /// that build several objects before returning one).
    pub fn hold(&mut self, value: crate::heap::Value) {
        self.temp_roots.push(value);
    }

    /// Drops the last `n` values given to [`Vm::hold`].
    pub fn release(&mut self, n: usize) {
        let keep = self.temp_roots.len().saturating_sub(n);
        self.temp_roots.truncate(keep);
    }

    /// Where the running code is, for allocation sites.
    pub(crate) fn current_site(&self) -> Site {
        match self.frames.last() {
            Some(frame) => {
                let span = frame.function.spans[frame.ip.saturating_sub(1)];
                Site {
                    file: frame.function.file,
                    offset: span.start,
                }
            }
            None => Site::RUNTIME,
        }
    }

    /// A full collection (unless the collector is off). `pending` is an object
    /// about to be allocated, whose references must survive.
    pub fn collect_garbage(&mut self, pending: Option<&Obj>) -> Cycle {
        if !self.heap.collector_enabled() {
            return Cycle::default();
        }
        let started = Instant::now();
        let before = self.heap.stats().live.bytes;
        self.mark_roots();
        if let Some(obj) = pending {
            let heap = &mut self.heap;
            obj.trace(|h| heap.mark(h));
        }
        let cycle = self.heap.collect(started);
        if self.config.gc_trace {
            self.trace_collection(before, &cycle);
        }
        cycle
    }

    /// `--gc-trace`: one line per collection, in the spirit of Go's gctrace.
    #[cold]
    fn trace_collection(&self, before: u64, cycle: &Cycle) {
        use crate::units;
        let stats = self.heap.stats();
        eprintln!(
            "gc {} @{:.3}s: {} -> {}, {} objects reclaimed, pause {}, next at {}",
            stats.collections,
            self.started.elapsed().as_secs_f64(),
            units::bytes(before),
            units::bytes(stats.live.bytes),
            units::count(cycle.objects),
            units::duration(cycle.pause),
            units::bytes(self.heap.next_gc() as u64),
        );
    }

    /// Live objects the program can no longer reach, by allocation site: what
    /// nothing reclaimed. Marks from the roots without sweeping.
    pub fn unreachable_by_site(&mut self) -> Vec<crate::heap::SiteCount> {
        self.mark_roots();
        self.heap.trace_only();
        let unreachable = self.heap.live_by_site(true);
        self.heap.clear_marks();
        unreachable
    }

    fn mark_roots(&mut self) {
        let heap = &mut self.heap;
        for &v in self.stack.live() {
            heap.mark_value(v);
        }
        for frame in &self.frames {
            heap.mark(frame.closure);
        }
        for (v, &name) in self.globals.iter().zip(&self.global_names) {
            heap.mark(name);
            if let Some(v) = v {
                heap.mark_value(*v);
            }
        }
        for &(_, h) in &self.open_upvalues {
            heap.mark(h);
        }
        for &v in &self.temp_roots {
            heap.mark_value(v);
        }
        heap.mark(self.init_string);
    }
}
