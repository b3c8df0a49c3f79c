//! Mark-sweep collection, in the three forms `--gc` offers (docs/collectors.md):
//! stop-the-world (a whole cycle at once), incremental (the same cycle cut into
//! bounded steps between which the program runs) and generational (minor cycles
//! over the objects made since the last one, major cycles over everything).
//!
//! All three share the tri-colour marks and the explicit gray stack (no
//! recursion, so a million-long chain cannot overflow the Rust stack). White is
//! not reached yet, gray is reached with its references still to scan, black is
//! scanned. The heap cannot find roots: the VM marks them (`vm::gc`) and then
//! asks the heap to trace and sweep.
//!
//! While the program runs between incremental steps, and between generational
//! cycles, black objects exist, and the program could store into a black object
//! a reference to a white one that nothing else the collector will scan refers
//! to. The write barrier (in [`Heap::get_mut`], the one door to changing an
//! object) turns a black object back to gray when it is about to change, so it
//! is scanned again: Lua's "backward" barrier. Roots (stack, globals, open
//! upvalues) are not barriered: the incremental collector marks them again in
//! its short atomic finish, and every generational cycle starts from them.

use super::{Entry, Handle, Heap, Obj, Value, MIN_NEXT_GC};
use std::time::{Duration, Instant};

/// Not reached (yet).
pub const WHITE: u8 = 0;
/// Reached; its references are still to be scanned (it is on the gray stack).
pub const GRAY: u8 = 1;
/// Reached and scanned. Under the generational collector, black between
/// cycles means old.
pub const BLACK: u8 = 2;

/// The write barrier: object `index` is about to change. A black object turns
/// gray again so its new references are scanned. Takes only the marks and the
/// gray stack, so a caller holding a slot need not look it up again.
#[cold]
#[inline(never)]
pub(super) fn barrier(marks: &mut [u8], gray: &mut Vec<u32>, index: u32) {
    if marks[index as usize] == BLACK {
        marks[index as usize] = GRAY;
        gray.push(index);
    }
}

/// Shades `h`: a white live object turns gray, a white tombstone black (it
/// refers to nothing). Takes the slots, marks and gray stack apart, so tracing
/// can shade an object's references while it borrows the object.
#[inline]
fn shade(slots: &[super::Slot], marks: &mut [u8], gray: &mut Vec<u32>, h: Handle) {
    let i = h.index as usize;
    // The mark first: a reached object's slot need not be read at all.
    if marks[i] != WHITE || slots[i].gen != h.gen {
        return;
    }
    match slots[i].entry {
        Entry::Live(_) => {
            marks[i] = GRAY;
            gray.push(h.index);
        }
        // A referenced tombstone stays, so the reference can still say what
        // it referred to.
        Entry::Tomb(..) => marks[i] = BLACK,
        Entry::Vacant(_) => {}
    }
}

/// Which collector runs (`--gc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collector {
    /// A whole mark and sweep at once.
    StopTheWorld,
    /// Marking and sweeping in bounded steps paced by allocation.
    Incremental,
    /// Minor cycles over young objects; major cycles over everything.
    Generational,
}

impl Collector {
    pub const ALL: [Collector; 3] = [
        Collector::StopTheWorld,
        Collector::Incremental,
        Collector::Generational,
    ];

    /// The name `--gc` takes.
    pub fn name(self) -> &'static str {
        match self {
            Collector::StopTheWorld => "stop-the-world",
            Collector::Incremental => "incremental",
            Collector::Generational => "generational",
        }
    }
}

/// Where an incremental cycle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// No cycle in progress.
    Idle,
    /// Tracing in steps; the barrier is on.
    Mark,
    /// Sweeping in steps from a cursor over the slots.
    Sweep,
}

/// What one finished cycle did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cycle {
    pub objects: u64,
    pub bytes: u64,
    /// The longest pause of the cycle (its only one, unless incremental).
    pub pause: Duration,
    /// The time of all its pauses together.
    pub total: Duration,
    /// How many pauses (steps) the cycle took.
    pub steps: u64,
    /// Bytes of objects scanned (marked black).
    pub marked: u64,
    /// Work done, the measure a step's budget is in: bytes scanned or swept
    /// plus a charge per object, reference and slot (see `drain`,
    /// `sweep_slot`).
    pub work: u64,
    /// A generational minor cycle.
    pub minor: bool,
}

/// The collector's state between steps and cycles.
pub(super) struct State {
    pub(super) phase: Phase,
    /// The next slot an incremental sweep looks at.
    cursor: u32,
    /// Write barrier on: an incremental mark phase, or the generational
    /// collector (always).
    pub(super) barrier: bool,
    /// New objects start white and nothing else happens: stop-the-world, or
    /// no incremental cycle in progress (the allocation fast path).
    pub(super) plain: bool,
    /// Whether tracing counts instances by shape (not in minor cycles, which
    /// see only young instances).
    census: bool,
    /// What `next_gc` was set to after the last cycle (an incremental cycle
    /// sets `next_gc` to 0 while it runs).
    threshold: usize,
    /// Incremental: `allocated` bytes at which the next step runs.
    next_step: u64,
    /// The cycle in progress, added up step by step.
    cycle: Cycle,
    collected_at_start: (u64, u64),
    /// Generational: slots allocated since the last cycle.
    young: Vec<u32>,
    /// Generational: live bytes after the last major cycle.
    major_base: u64,
    /// Generational: the next cycle must be major.
    major_due: bool,
}

impl State {
    pub(super) fn new(collector: Collector, mode: super::GcMode) -> Self {
        State {
            phase: Phase::Idle,
            cursor: 0,
            barrier: false,
            plain: collector != Collector::Generational || mode == super::GcMode::Off,
            census: true,
            threshold: MIN_NEXT_GC,
            next_step: 0,
            cycle: Cycle::default(),
            collected_at_start: (0, 0),
            young: Vec::new(),
            major_base: 0,
            major_due: false,
        }
    }
}

/// Under `--gc stress`, the work of one incremental step: a few objects, so
/// marking and sweeping interleave with the program as finely as they can.
const STRESS_STEP_WORK: u64 = 256;

/// The work of scanning one object besides its bytes (see `drain`).
const OBJECT_WORK: u64 = 32;

/// The work of sweeping past a slot whose object stays (or a free one).
const SLOT_WORK: u64 = 8;

/// The work of following one reference besides its bytes: a look at the
/// referred slot and its mark, a cache miss more often than not (see `drain`).
const REF_WORK: u64 = 48;

/// Under `--gc stress`, every how-many-th generational cycle is major.
const STRESS_MAJOR_EVERY: u64 = 8;

/// The young generation's share of the old one: a minor cycle runs when the
/// heap has grown by this fraction of the live bytes after the last major
/// cycle (at least [`MIN_NEXT_GC`]). Lua 5.4's default is 20 %.
const MINOR_FRACTION: f64 = 0.25;

impl Heap {
    #[inline]
    pub fn mark_value(&mut self, value: Value) {
        if let Some(h) = value.as_handle() {
            self.mark(h);
        }
    }

    /// Shades `h` (see [`shade`]).
    pub fn mark(&mut self, h: Handle) {
        shade(&self.slots, &mut self.marks, &mut self.gray, h);
    }

    /// A string found by content while an incremental sweep has not reached
    /// it yet: unmarked, it was unreachable when marking ended, and is
    /// reachable again now, so the sweep must keep it. (One the sweep has
    /// passed is white because it survived.)
    pub(super) fn revive(&mut self, index: u32) {
        let unswept = self.gc.phase == Phase::Sweep && index >= self.gc.cursor;
        if unswept && self.marks[index as usize] == WHITE {
            self.marks[index as usize] = BLACK;
        }
    }

    /// An object allocated during an incremental mark phase is black (see
    /// [`Heap::color_for_new`]): what it refers to is shaded now, since the
    /// barrier does not see its construction.
    #[cold]
    #[inline(never)]
    pub(super) fn shade_children(&mut self, index: u32) {
        if let Entry::Live(obj) = &self.slots[index as usize].entry {
            obj.trace(|h| shade(&self.slots, &mut self.marks, &mut self.gray, h));
        }
    }

    /// Blackens gray objects until none is left or about `budget` units of
    /// work were done (see `OBJECT_WORK`, `REF_WORK`); yields the work done.
    fn drain(&mut self, budget: u64) -> u64 {
        let (mut work, mut bytes) = (0, 0);
        while work < budget {
            let Some(index) = self.gray.pop() else { break };
            let i = index as usize;
            // Only white-to-gray and black-to-gray push, and nothing else
            // changes a gray mark while it waits.
            debug_assert_eq!(self.marks[i], GRAY);
            self.marks[i] = BLACK;
            // A reachable map drops its dead-keyed entries before it is traced,
            // so their values are not kept alive by a key nobody can use.
            if let Entry::Live(Obj::Map(_)) = &self.slots[i].entry {
                let gen = self.slots[i].gen;
                self.purge_dead_keys(Handle { index, gen });
            }
            let slot = &self.slots[i];
            let Entry::Live(obj) = &slot.entry else {
                continue;
            };
            // Scanning costs per object and per reference followed (a cache
            // miss each, more or less), not just per byte: a list of 4,096
            // references counted by its bytes alone made steps of 0.8 ms.
            bytes += slot.size as u64;
            work += slot.size as u64 + OBJECT_WORK;
            // The census of live instances by shape sizes new instances.
            if let Obj::Instance(instance) = obj {
                if self.gc.census {
                    self.shapes.saw(instance.shape);
                }
            }
            let slots = &self.slots;
            let marks = &mut self.marks;
            let gray = &mut self.gray;
            let mut refs = 0;
            obj.trace(|child| {
                refs += 1;
                shade(slots, marks, gray, child);
            });
            work += refs * REF_WORK;
        }
        self.gc.cycle.marked += bytes;
        self.gc.cycle.work += work;
        work
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

    /// An incremental sweep's look at slot `index`: reclaims it if white,
    /// makes it white again otherwise; yields the work done. A survivor's
    /// slot is not even read — only its mark, as in a full sweep: reading
    /// every slot made the incremental sweep miss the cache twice as often.
    #[inline]
    fn sweep_slot(&mut self, index: u32) -> u64 {
        let i = index as usize;
        if self.marks[i] != WHITE {
            self.marks[i] = WHITE;
            return SLOT_WORK;
        }
        let size = self.slots[i].size as u64;
        if self.sweep_white::<false>(index) {
            size + OBJECT_WORK
        } else {
            SLOT_WORK
        }
    }

    /// Sweeps white slot `index`: its object dies, or its tombstone's slot is
    /// recycled; `false` if the slot was free already. Inlined into each
    /// sweep loop: it runs once per dead object. `KEEP`: see
    /// [`Heap::reclaim_collected`].
    #[inline(always)]
    fn sweep_white<const KEEP: bool>(&mut self, index: u32) -> bool {
        match self.slots[index as usize].entry {
            Entry::Live(_) => self.reclaim_collected::<KEEP>(index),
            Entry::Tomb(..) => self.recycle(index),
            Entry::Vacant(_) => return false,
        }
        true
    }

    /// Sweeps every slot at once (its work is not counted: only steps need
    /// it).
    fn sweep_all(&mut self, keep_black: bool) {
        for index in 0..self.slots.len() {
            if self.marks[index] != WHITE {
                if !keep_black {
                    self.marks[index] = WHITE;
                }
                continue;
            }
            self.sweep_white::<false>(index as u32);
        }
    }

    /// The collector in use.
    pub fn collector(&self) -> Collector {
        self.config.collector
    }

    /// Where the incremental collector is.
    pub fn phase(&self) -> Phase {
        self.gc.phase
    }

    fn set_phase(&mut self, phase: Phase) {
        self.gc.phase = phase;
        self.gc.plain = phase == Phase::Idle && !self.lists_young();
    }

    /// Whether new objects go on the young list: only for a generational
    /// collector that runs (under `--gc off` nothing would ever empty it).
    fn lists_young(&self) -> bool {
        self.config.collector == Collector::Generational && self.config.mode != super::GcMode::Off
    }

    fn start_cycle(&mut self) {
        self.gc.cycle = Cycle::default();
        self.gc.collected_at_start = (self.stats.collected.objects, self.stats.collected.bytes);
    }

    /// Prepares a full collection, whatever was in progress: every mark white,
    /// the gray stack empty. The caller then marks the roots and calls
    /// [`Heap::collect`]. An incremental cycle in progress is abandoned (its
    /// steps were counted as pauses); the full cycle finishes its work.
    fn begin_full(&mut self) {
        let clean =
            self.gc.phase == Phase::Idle && self.config.collector == Collector::StopTheWorld;
        if !clean {
            self.marks.iter_mut().for_each(|m| *m = WHITE);
            self.gray.clear();
            self.gc.young.clear();
        }
        // A major cycle (or any full one) hands the kept storage back.
        self.nursery.clear();
        self.set_phase(Phase::Idle);
        self.gc.barrier = false;
        self.gc.census = true;
        self.start_cycle();
        self.mark_shape_names();
    }

    /// Finishes a full collection whose roots the caller has marked after
    /// [`Heap::begin_full`]; `started` is when the caller began, so the pause
    /// includes root marking.
    fn collect(&mut self, started: Instant) -> Cycle {
        self.drain(u64::MAX);
        self.shapes.settle();
        let generational = self.config.collector == Collector::Generational;
        self.sweep_all(generational);
        if generational {
            // Survivors are old; the barrier watches them from now on.
            self.gc.major_base = self.stats.live.bytes;
            self.gc.major_due = false;
            self.gc.barrier = true;
        }
        self.record_pause(started.elapsed());
        self.finish_cycle()
    }

    /// Counts one pause (a whole stop-the-world cycle, or one step).
    fn record_pause(&mut self, pause: Duration) {
        let c = &mut self.gc.cycle;
        c.steps += 1;
        c.total += pause;
        c.pause = c.pause.max(pause);
        self.stats.steps += 1;
        self.stats.pause_total += pause;
        self.stats.pause_max = self.stats.pause_max.max(pause);
        self.stats.pauses.record(pause);
    }

    /// Closes the cycle: statistics, and when the next one starts.
    fn finish_cycle(&mut self) -> Cycle {
        let mut cycle = self.gc.cycle;
        cycle.objects = self.stats.collected.objects - self.gc.collected_at_start.0;
        cycle.bytes = self.stats.collected.bytes - self.gc.collected_at_start.1;
        let live = self.stats.live.bytes as f64;
        self.next_gc = match self.config.collector {
            Collector::Generational => {
                let young = (self.gc.major_base as f64 * MINOR_FRACTION) as usize;
                self.stats.live.bytes as usize + young.max(MIN_NEXT_GC)
            }
            // Objects made during an incremental cycle were allocated black and
            // survive it even if already garbage; the next threshold counts
            // only what marking found live, so that floating garbage does not
            // compound from cycle to cycle.
            Collector::Incremental => {
                let found = (cycle.marked as f64).min(live);
                ((found * self.config.growth) as usize).max(MIN_NEXT_GC)
            }
            Collector::StopTheWorld => ((live * self.config.growth) as usize).max(MIN_NEXT_GC),
        };
        self.gc.threshold = self.next_gc;
        self.stats.collections += 1;
        if cycle.minor {
            self.stats.minor_collections += 1;
        }
        self.stats.marked_bytes += cycle.marked;
        self.note(super::timeline::Event::Collection);
        cycle
    }

    // ---- the three collectors' cycles; `roots` marks the caller's roots ----

    /// A full collection at once (under the generational collector, a major
    /// cycle; an incremental cycle in progress is abandoned and redone).
    pub fn full_collection(&mut self, mut roots: impl FnMut(&mut Heap)) -> Cycle {
        let started = Instant::now();
        self.begin_full();
        roots(self);
        self.collect(started)
    }

    /// One incremental step: starts a cycle if none runs (marking the
    /// roots), marks or sweeps for the step's budget, and when marking runs
    /// dry, the atomic finish (the roots again, then the sweep begins).
    /// `Some` when the step finished the cycle.
    pub fn incremental_step(&mut self, mut roots: impl FnMut(&mut Heap)) -> Option<Cycle> {
        let started = Instant::now();
        if self.gc.phase == Phase::Idle {
            self.begin_incremental();
            roots(self);
        }
        let mut budget = self.step_budget();
        if self.gc.phase == Phase::Mark {
            budget = budget.saturating_sub(self.drain(budget));
            if self.gray.is_empty() {
                roots(self);
                self.finish_marking();
            }
        }
        let swept = self.gc.phase == Phase::Sweep && self.sweep_step(budget.max(1));
        self.end_step(started.elapsed());
        swept.then(|| self.end_cycle())
    }

    /// A generational minor cycle: from the roots and the old objects
    /// changed since the last cycle, over the young objects only.
    pub fn minor_collection(&mut self, mut roots: impl FnMut(&mut Heap)) -> Cycle {
        let started = Instant::now();
        self.begin_minor();
        roots(self);
        self.finish_minor(started)
    }

    /// The first black object found referring to a white live one, if any:
    /// what the write barrier must never let happen while black objects
    /// exist (an incremental mark phase; between generational cycles, where
    /// black means old). For tests: it walks the whole heap.
    pub fn black_to_white(&self) -> Option<(Handle, Handle)> {
        for (i, slot) in self.slots.iter().enumerate() {
            let Entry::Live(obj) = &slot.entry else {
                continue;
            };
            if self.marks[i] != BLACK {
                continue;
            }
            let mut found = None;
            obj.trace(|child| {
                let c = &self.slots[child.index as usize];
                let live = c.gen == child.gen && matches!(c.entry, Entry::Live(_));
                if live && self.marks[child.index as usize] == WHITE && found.is_none() {
                    found = Some(child);
                }
            });
            if let Some(child) = found {
                let parent = Handle {
                    index: i as u32,
                    gen: slot.gen,
                };
                return Some((parent, child));
            }
        }
        None
    }

    // ---- incremental ----

    /// Starts an incremental cycle; the caller then marks the roots.
    fn begin_incremental(&mut self) {
        self.start_cycle();
        self.next_gc = 0;
        self.set_phase(Phase::Mark);
        self.gc.barrier = true;
        self.gc.census = true;
        self.mark_shape_names();
    }

    /// The work one step may do: the bytes allocated since the last step times
    /// the step multiplier (a fixed small amount under `--gc stress`).
    fn step_budget(&self) -> u64 {
        if self.config.mode == super::GcMode::Stress {
            return STRESS_STEP_WORK;
        }
        (self.config.step_size as f64 * self.config.step_mul) as u64
    }

    /// The atomic finish of an incremental mark phase, after the caller marked
    /// the roots again: scans what they reach, then starts the sweep.
    fn finish_marking(&mut self) {
        self.drain(u64::MAX);
        self.shapes.settle();
        self.set_phase(Phase::Sweep);
        self.gc.barrier = false;
        self.gc.cursor = 0;
    }

    /// One bounded piece of sweeping; `true` once the sweep has passed the
    /// last slot (then [`Heap::end_cycle`]).
    fn sweep_step(&mut self, budget: u64) -> bool {
        let mut work = 0;
        let end = self.slots.len() as u32;
        while self.gc.cursor < end && work < budget {
            work += self.sweep_slot(self.gc.cursor);
            self.gc.cursor += 1;
        }
        self.gc.cycle.work += work;
        self.gc.cursor >= end
    }

    /// Counts a step that took `pause` and schedules the next one.
    fn end_step(&mut self, pause: Duration) {
        self.record_pause(pause);
        let step = if self.config.mode == super::GcMode::Stress {
            0
        } else {
            self.config.step_size as u64
        };
        self.gc.next_step = self.stats.allocated.bytes + step;
    }

    /// Closes an incremental cycle whose sweep is done.
    fn end_cycle(&mut self) -> Cycle {
        self.set_phase(Phase::Idle);
        self.finish_cycle()
    }

    // ---- generational ----

    /// Whether the next generational cycle must be major: the old objects
    /// (what survived the last minor cycle) have grown by the growth factor
    /// since the last major cycle (and past 1 MiB), or
    /// tombstones (which only a major cycle recycles once old) pile up.
    pub fn major_due(&self) -> bool {
        self.gc.major_due
            || self.gc.major_base == 0
            || self.tombs > (self.stats.live.objects as usize).max(4096)
            || (self.config.mode == super::GcMode::Stress
                && self.stats.collections % STRESS_MAJOR_EVERY == STRESS_MAJOR_EVERY - 1)
    }

    /// Starts a minor cycle; the caller then marks the roots and calls
    /// [`Heap::finish_minor`]. Old objects are black: tracing stops at them,
    /// except those the barrier turned gray since (they changed, and may now
    /// refer to young objects).
    fn begin_minor(&mut self) {
        self.start_cycle();
        self.gc.census = false;
        self.gc.cycle.minor = true;
        self.mark_shape_names();
    }

    /// Finishes a minor cycle: young objects left white die, the others are
    /// old from now on.
    fn finish_minor(&mut self, started: Instant) -> Cycle {
        self.drain(u64::MAX);
        self.gc.census = true;
        let young = std::mem::take(&mut self.gc.young);
        for &index in &young {
            if self.marks[index as usize] == WHITE {
                // Young garbage: its storage may serve the next young
                // objects (nursery.rs).
                self.sweep_white::<true>(index);
            }
        }
        self.gc.young = young;
        self.gc.young.clear();
        // What survived is old now; grown enough, it is due a major cycle.
        let old = self.stats.live.bytes as f64;
        let limit = (self.gc.major_base as f64 * self.config.growth).max(MIN_NEXT_GC as f64);
        self.gc.major_due = old > limit;
        self.record_pause(started.elapsed());
        self.finish_cycle()
    }

    /// The colour a new object starts with, and whether it is young: black
    /// during an incremental mark phase (it is reached: the program holds
    /// it) or ahead of the sweep, white otherwise. Only called when
    /// `State::plain` is off (otherwise: white).
    #[inline]
    pub(super) fn color_for_new(&mut self, index: u32) -> u8 {
        match self.gc.phase {
            Phase::Idle => {
                if self.lists_young() {
                    self.gc.young.push(index);
                }
                WHITE
            }
            Phase::Mark => BLACK,
            Phase::Sweep if index >= self.gc.cursor => BLACK,
            Phase::Sweep => WHITE,
        }
    }

    /// Marks from the roots without sweeping, so the caller can ask which
    /// live objects were not reached ([`Heap::live_by_site`]); then
    /// [`Heap::clear_marks`].
    pub fn trace_only(&mut self, mut roots: impl FnMut(&mut Heap)) {
        self.begin_full();
        roots(self);
        self.drain(u64::MAX);
        self.shapes.settle();
    }

    /// Leaves every mark white; a generational heap then treats everything as
    /// young until its next (major) cycle.
    pub fn clear_marks(&mut self) {
        self.marks.iter_mut().for_each(|m| *m = WHITE);
        self.gray.clear();
        self.gc.major_due = true;
    }

    /// Whether any collection may run (false under `--gc off`).
    pub fn collector_enabled(&self) -> bool {
        self.config.mode != super::GcMode::Off
    }

    /// The live size at which the next cycle starts.
    pub fn next_gc(&self) -> usize {
        self.gc.threshold
    }

    /// Incremental: whether a step is due before allocating `extra` bytes.
    #[inline]
    pub fn step_due(&self, extra: usize) -> bool {
        self.stats.allocated.bytes + extra as u64 >= self.gc.next_step
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{GcMode, HeapConfig, Site};

    /// With the collector off nothing would ever empty the young list, so a
    /// generational heap under `--gc off` (`--contrast`'s manual run) keeps
    /// none; with it on, allocations are listed until a cycle.
    #[test]
    fn only_a_running_generational_collector_lists_young_objects() {
        for (mode, listed) in [(GcMode::Off, 0), (GcMode::On, 100)] {
            let mut heap = Heap::new(HeapConfig {
                mode,
                collector: Collector::Generational,
                ..HeapConfig::default()
            });
            for i in 0..100 {
                heap.insert(Obj::List(vec![Value::number(i as f64)]), Site::default());
            }
            assert_eq!(heap.gc.young.len(), listed, "{mode:?}");
        }
    }
    /// A string nothing refers to when marking ends, found again by content
    /// before the sweep reaches it, survives the sweep; it is not left black
    /// for the next cycle either.
    #[test]
    fn a_string_found_again_before_the_sweep_reaches_it_survives() {
        use crate::heap::{intern::hash_str, StrObj};
        let mut heap = Heap::new(HeapConfig {
            mode: GcMode::Stress,
            collector: Collector::Incremental,
            ..HeapConfig::default()
        });
        // Garbage first, so the sweep takes several steps to reach the string.
        for i in 0..100 {
            heap.insert(Obj::List(vec![Value::number(i as f64)]), Site::default());
        }
        let hash = hash_str("again");
        let s = heap.insert(Obj::Str(StrObj::new("again".into(), hash)), Site::default());
        heap.register_string(s, hash);
        // No roots: the string is white when marking ends.
        heap.incremental_step(|_| {});
        assert_eq!(heap.phase(), Phase::Sweep);
        assert!(heap.gc.cursor < s.index);
        assert_eq!(heap.find_string("again", hash, Site::default()), Some(s));
        let mut steps = 0;
        while heap.incremental_step(|_| {}).is_none() {
            steps += 1;
            assert!(steps < 1000, "the sweep ends");
        }
        assert!(heap.is_live(s));
        assert_eq!(heap.marks[s.index as usize], WHITE);
        // Nothing finds it in the next cycle: it goes.
        while heap.incremental_step(|_| {}).is_none() {}
        assert!(!heap.is_live(s));
    }
}
