//! The VM side of memory: the allocation entry point every object goes through,
//! and the roots the collector starts from.

use super::{RuntimeError, Vm, VmResult};
use crate::heap::intern::hash_str;
use crate::heap::shape::ShapeId;
use crate::heap::{Collector, Cycle, GcMode, Handle, Heap, Obj, Phase, Site, StrObj, SLOT_BYTES};

/// A closure marking the VM's roots — value stack, frames, globals and their
/// names, open upvalues, values natives hold, the loaded code's constants,
/// the `init` name — and what
/// `pending` (an object about to be allocated) refers to. A macro, so the
/// closure borrows those fields while the heap is borrowed apart from them.
macro_rules! roots {
    ($vm:ident, $pending:expr) => {{
        let (stack, frames, globals) = (&$vm.stack, &$vm.frames, &$vm.globals);
        let (names, upvalues, temp) = (&$vm.global_names, &$vm.open_upvalues, &$vm.temp_roots);
        let (init, pending): (Handle, Option<&Obj>) = ($vm.init_string, $pending);
        let constants = &$vm.program.constants;
        move |heap: &mut Heap| {
            for &v in stack.live() {
                heap.mark_value(v);
            }
            for frame in frames {
                heap.mark(frame.closure);
            }
            for (v, &name) in globals.iter().zip(names) {
                heap.mark(name);
                if let Some(v) = v {
                    heap.mark_value(*v);
                }
            }
            for &(_, h) in upvalues {
                heap.mark(h);
            }
            for &v in temp.iter().chain(constants) {
                heap.mark_value(v);
            }
            heap.mark(init);
            if let Some(obj) = pending {
                obj.trace(|h| heap.mark(h));
            }
        }
    }};
}

impl Vm {
    /// Allocates `obj`: the entry point of every allocation. It collects when
    /// the heap asks for it and keeps live bytes within `--heap-limit`. `obj` is
    /// not on the heap yet, so whatever it refers to is marked as a root of any
    /// collection run here. It is *not* a safepoint: no deadline passes inside
    /// an instruction, so the operands an instruction has checked stay alive
    /// while it allocates (the collector never takes them: they are rooted).
    pub(crate) fn alloc(&mut self, obj: Obj, site: Site) -> VmResult<Handle> {
        let size = Heap::size_of(&obj);
        self.room_for(size, Some(&obj))?;
        Ok(self.heap.insert_sized(obj, size, site))
    }

    /// A new instance of `class` with shape `shape`, every field nil:
    /// instantiation, the hottest allocation, inlined into its caller
    /// (docs/performance.md, "The allocation path"). The instance refers to
    /// nothing but its class, which the caller keeps rooted (it is the
    /// callee, in its stack slot), so a collection made for it needs no
    /// pending object.
    #[inline(always)]
    pub(crate) fn alloc_instance(
        &mut self,
        class: Handle,
        shape: ShapeId,
        site: Site,
    ) -> VmResult<Handle> {
        let start = self.heap.instance_start(shape);
        if Heap::starts_inline(shape, start) {
            // Its values in its slot, it weighs the slot alone, so it is made
            // only once room is made, where it is stored. Built before that
            // out-of-line call, it waited on the stack, and its copy into the
            // slot read back as 16-byte loads what had been stored in 8- and
            // 4-byte parts: a store-forwarding stall on every instantiation
            // (docs/performance.md, "The instance made in place").
            self.room_for(SLOT_BYTES, None)?;
            return Ok(self.heap.insert_inline_instance(class, shape, site));
        }
        // The rarer layouts own an allocation: made first, weighed as made.
        let obj = Obj::Instance(Heap::new_instance(class, shape, start));
        let size = Heap::size_of(&obj);
        self.room_for(size, None)?;
        Ok(self.heap.insert_sized(obj, size, site))
    }

    /// Gets `bytes` more live bytes ready to be counted: collects when the
    /// growth threshold is reached, and, if the heap limit would be passed,
    /// tries a full collection before giving up with the out-of-memory error.
    /// Growing containers call this before they grow; the allocations inline
    /// [`Vm::room_for`] instead.
    #[inline(never)]
    pub(crate) fn make_room(&mut self, bytes: usize, pending: Option<&Obj>) -> VmResult<()> {
        self.room_for(bytes, pending)
    }

    /// [`Vm::make_room`]'s common case — no collection due, the limit far —
    /// is two compares, inline in the allocation paths; the rest is out of
    /// line (docs/performance.md, "The allocation path").
    #[inline(always)]
    fn room_for(&mut self, bytes: usize, pending: Option<&Obj>) -> VmResult<()> {
        if self.heap.wants_collection(bytes) || !self.heap.fits(bytes) {
            return self.make_room_slowly(bytes, pending);
        }
        Ok(())
    }

    #[inline(never)]
    fn make_room_slowly(&mut self, bytes: usize, pending: Option<&Obj>) -> VmResult<()> {
        if self.heap.wants_collection(bytes) {
            self.collect_some(bytes, pending);
        }
        if !self.heap.fits(bytes) {
            // Near the limit, whatever cycle is in progress is finished at once
            // (as a full collection) before out-of-memory is declared.
            let stressed = self.heap.config().mode == GcMode::Stress
                && self.heap.collector() == Collector::StopTheWorld;
            if self.heap.collector_enabled() && !stressed {
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

    /// The one way to change an object whose storage may grow (a list, map
    /// or class gaining entries): when `full` says its storage is full, room
    /// for it to double is made first — which may collect, and fails at the
    /// heap limit before anything has changed — then `change` runs on the
    /// object, then its bytes are counted again.
    pub(crate) fn grow<R>(
        &mut self,
        h: Handle,
        full: impl FnOnce(&Obj) -> bool,
        change: impl FnOnce(&mut Obj) -> R,
    ) -> VmResult<R> {
        let obj = self.live_obj(h)?;
        let full = full(obj);
        if full {
            let payload = obj.payload_bytes();
            self.make_room(payload.max(64), None)?;
        }
        let result = match self.heap.get_mut(h) {
            Ok(obj) => change(obj),
            Err(stale) => return Err(self.stale_error(false, stale)),
        };
        if full {
            self.heap.resize(h);
        }
        Ok(result)
    }

    /// The interned string with this text, allocating it if new.
    pub fn intern(&mut self, text: &str) -> VmResult<Handle> {
        let (hash, site) = (hash_str(text), self.current_site());
        if let Some(h) = self.heap.find_string(text, hash, site) {
            return Ok(h);
        }
        self.new_string(text.into(), hash, site)
    }

    /// Like [`Vm::intern`], taking ownership of an already built string.
    pub fn intern_owned(&mut self, text: String) -> VmResult<Handle> {
        let (hash, site) = (hash_str(&text), self.current_site());
        if let Some(h) = self.heap.find_string(&text, hash, site) {
            return Ok(h);
        }
        self.new_string(text.into_boxed_str(), hash, site)
    }

    fn new_string(&mut self, text: Box<str>, hash: u64, site: Site) -> VmResult<Handle> {
        let h = self.alloc(Obj::Str(StrObj::new(text, hash)), site)?;
        self.heap.register_string(h, hash);
        Ok(h)
    }

    /// Opens a stretch of code that makes several objects before anything
    /// else refers to them (a native building a list of new strings, the
    /// loader making a function's constants): see [`Holding`].
    pub fn holding(&mut self) -> Holding<'_> {
        let mark = self.temp_roots.len();
        Holding { vm: self, mark }
    }

    /// Where the running code is, for allocation sites.
    pub(crate) fn current_site(&self) -> Site {
        match self.frames.last() {
            Some(frame) => self.program.site_before(frame.function, frame.ip),
            None => Site::RUNTIME,
        }
    }

    /// The collection work due now, if any: an incremental cycle runs a
    /// step only every `--gc-step-size` bytes (every allocation when stressed).
    fn collect_some(&mut self, bytes: usize, pending: Option<&Obj>) {
        let mut before = self.heap.stats().live.bytes;
        if self.heap.collector() == Collector::Incremental {
            let idle = self.heap.phase() == Phase::Idle;
            let stressed = self.heap.config().mode == GcMode::Stress;
            if !(idle || stressed || self.heap.step_due(bytes)) {
                return;
            }
            // `--gc-trace` reports a cycle's heap from its first step.
            if idle {
                self.cycle_start_bytes = before;
            }
            before = self.cycle_start_bytes;
        }
        let cycle = self.run_collector(pending);
        self.trace_cycle(before, cycle);
    }

    /// One unit of the collector's work, as an allocation would trigger it:
    /// a full cycle (stop-the-world), a step (incremental) or a minor or major
    /// cycle (generational). `Some` when a cycle finished. For benchmarks of
    /// pauses too.
    pub fn collect_step(&mut self) -> Option<Cycle> {
        if !self.heap.collector_enabled() {
            return None;
        }
        self.run_collector(None)
    }

    fn run_collector(&mut self, pending: Option<&Obj>) -> Option<Cycle> {
        match self.heap.collector() {
            Collector::StopTheWorld => Some(self.heap.full_collection(roots!(self, pending))),
            Collector::Incremental => self.heap.incremental_step(roots!(self, pending)),
            Collector::Generational if self.heap.major_due() => {
                Some(self.heap.full_collection(roots!(self, pending)))
            }
            Collector::Generational => Some(self.heap.minor_collection(roots!(self, pending))),
        }
    }

    /// A full collection at once (unless the collector is off): what `gc()`,
    /// the REPL's `:gc` and a nearly full heap ask for. An incremental cycle
    /// in progress is redone by it; under the generational collector it is a
    /// major cycle.
    pub fn collect_garbage(&mut self, pending: Option<&Obj>) -> Cycle {
        if !self.heap.collector_enabled() {
            return Cycle::default();
        }
        let before = self.heap.stats().live.bytes;
        let cycle = self.heap.full_collection(roots!(self, pending));
        self.trace_cycle(before, Some(cycle));
        cycle
    }

    #[inline]
    fn trace_cycle(&self, before: u64, cycle: Option<Cycle>) {
        if let (true, Some(cycle)) = (self.config.gc_trace, cycle) {
            self.trace_collection(before, &cycle);
        }
    }

    /// `--gc-trace`: one line per collection, in the spirit of Go's gctrace.
    #[cold]
    fn trace_collection(&self, before: u64, cycle: &Cycle) {
        use crate::units;
        let stats = self.heap.stats();
        let head = format!(
            "gc {}{} @{:.3}s: {} -> {}, {} objects reclaimed",
            stats.collections,
            match (self.heap.collector(), cycle.minor) {
                (_, true) => " minor",
                (Collector::Generational, false) => " major",
                _ => "",
            },
            self.started.elapsed().as_secs_f64(),
            units::bytes(before),
            units::bytes(stats.live.bytes),
            units::count(cycle.objects),
        );
        let next = units::bytes(self.heap.next_gc() as u64);
        if cycle.steps > 1 {
            eprintln!(
                "{head}, {} steps (longest {}, total {}), work {}, next at {next}",
                units::count(cycle.steps),
                units::duration(cycle.pause),
                units::duration(cycle.total),
                units::bytes(cycle.work),
            );
        } else if self.heap.collector() == Collector::Generational {
            eprintln!(
                "{head}, pause {}, marked {}, next at {next}",
                units::duration(cycle.pause),
                units::bytes(cycle.marked),
            );
        } else {
            eprintln!(
                "{head}, pause {}, next at {next}",
                units::duration(cycle.pause)
            );
        }
    }

    /// Live objects the program can no longer reach, by allocation site: what
    /// nothing reclaimed. Marks from the roots without sweeping.
    pub fn unreachable_by_site(&mut self) -> Vec<crate::heap::SiteCount> {
        self.heap.trace_only(roots!(self, None));
        let unreachable = self.heap.live_by_site(true);
        self.heap.clear_marks();
        unreachable
    }
}

/// Temporary roots with a scope: what [`Holding::hold`] is given survives
/// every collection until the guard is dropped, and is released then on
/// every way out — a `?` included — so no error path can leak a root or
/// release someone else's. Dereferences to the VM, so the code in the scope
/// uses it as it would the VM.
pub struct Holding<'vm> {
    vm: &'vm mut Vm,
    /// How many temporary roots there were when the scope opened.
    mark: usize,
}

impl Holding<'_> {
    /// Keeps `value` alive until this guard is dropped.
    pub fn hold(&mut self, value: crate::heap::Value) {
        self.vm.temp_roots.push(value);
    }
}

impl std::ops::Deref for Holding<'_> {
    type Target = Vm;
    fn deref(&self) -> &Vm {
        self.vm
    }
}

impl std::ops::DerefMut for Holding<'_> {
    fn deref_mut(&mut self) -> &mut Vm {
        self.vm
    }
}

impl Drop for Holding<'_> {
    fn drop(&mut self) {
        self.vm.temp_roots.truncate(self.mark);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{HeapConfig, Value};
    use crate::vm::VmConfig;

    fn vm() -> Vm {
        let config = VmConfig {
            heap: HeapConfig {
                collector: Collector::StopTheWorld,
                ..HeapConfig::default()
            },
            ..VmConfig::default()
        };
        Vm::new(config, Box::new(std::io::sink()))
    }

    /// What a guard holds survives collections; dropping the guard lets it
    /// go, on the error path as on the normal one.
    #[test]
    fn a_holding_guard_roots_until_dropped_whichever_way_out() {
        let mut vm = vm();
        let kept = {
            let mut held = vm.holding();
            let h = held.intern("held across a collection").unwrap();
            held.hold(Value::obj(h));
            held.collect_garbage(None);
            assert!(held.heap.is_live(h), "a held string was collected");
            h
        };
        vm.collect_garbage(None);
        assert!(!vm.heap.is_live(kept), "the guard kept its root after drop");

        // A `?` out of the scope releases as well.
        let mut left = None;
        let failed: VmResult<()> = (|| {
            let mut held = vm.holding();
            let h = held.intern("held, then an error")?;
            held.hold(Value::obj(h));
            left = Some(h);
            Err(held.error("stop".to_string()))
        })();
        assert!(failed.is_err());
        vm.collect_garbage(None);
        assert!(
            !vm.heap.is_live(left.unwrap()),
            "an error path leaked a root"
        );
        assert!(vm.temp_roots.is_empty());
    }
}
