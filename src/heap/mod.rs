//! The managed heap: every object lives in a slot of one table and is reached only
//! through [`Handle`]s. This module owns the single allocation path
//! ([`Heap::insert`]) and the single reclamation path (`Heap::reclaim`) that the
//! collector, `free` and expiry all go through, so the byte counts and
//! statistics can never disagree with what is actually live.
//!
//! An object reclaimed by `free` or by its `@ttl` deadline leaves a tombstone in
//! its slot: every remaining handle then reports what the object was, where it
//! was allocated and how it died. Only the collector recycles a tombstone's
//! slot, once nothing refers to it, and recycling bumps the slot's generation,
//! so a reused slot is never reachable through an old handle. Tombstones piling
//! up trigger a collection like live bytes do. With the collector off nothing
//! could ever recycle them, so there the slot is recycled at once and keeps
//! notes on its dead occupants for the error messages: runs of generations
//! that died the same way (a loop freeing what it made at one site is one
//! run), the last [`DEAD_RUNS`] runs per slot.
//!
//! The heap does not know the VM. It cannot find roots itself: the VM marks them
//! (see `vm::gc`) and then asks the heap to trace and sweep ([`collect`]).

pub mod collect;
pub mod fields;
pub mod intern;
mod nursery;
pub mod object;
pub mod shape;
pub mod timeline;
pub mod value;

// Random operation sequences against the heap: a unit test, so that it can
// drive `Heap::insert`, which nothing outside the heap may call.
#[cfg(test)]
mod properties;

pub use collect::{Collector, Cycle, Phase};
pub use object::{
    BoundMethod, Class, Closure, Instance, Kind, Layout, Map, MapKey, MapObj, Native, Obj, StrObj,
    Upvalue,
};
pub use value::{format_number, Handle, Value};

use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::mem::size_of;

// What lets `Heap::reclaim_collected` forget an inline instance instead of
// dropping it: none of its parts owns anything.
const _: () = assert!(
    !std::mem::needs_drop::<Handle>()
        && !std::mem::needs_drop::<shape::ShapeId>()
        && !std::mem::needs_drop::<[Value; Layout::INLINE]>()
);

/// Whether and how hard the collector runs (`--gc`); which collector runs is
/// [`HeapConfig::collector`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcMode {
    /// Collect when the heap has grown by the growth factor since the last cycle.
    On,
    /// Never collect; unreachable objects stay until exit.
    Off,
    /// Collect as often as the collector can, to expose any missing root or
    /// barrier at once: a full cycle (stop-the-world), a step (incremental) or
    /// a minor cycle (generational) before every allocation.
    Stress,
}

/// The smallest collection threshold. Without a floor a small program would run
/// a collection every few allocations; 1 MiB keeps small scripts pause-free.
pub const MIN_NEXT_GC: usize = 1 << 20;

#[derive(Debug, Clone, Copy)]
pub struct HeapConfig {
    pub mode: GcMode,
    /// Next collection when live bytes reach `growth` × the live bytes after the
    /// previous one.
    pub growth: f64,
    /// Live bytes may never exceed this (`--heap-limit`).
    pub limit: Option<usize>,
    pub collector: Collector,
    /// Incremental: a step runs after every `step_size` bytes allocated...
    pub step_size: usize,
    /// ...and does `step_mul` × `step_size` bytes of marking or sweeping.
    pub step_mul: f64,
}

/// The incremental collector's default pacing (docs/collectors.md).
pub const STEP_SIZE: usize = 16 << 10;
pub const STEP_MUL: f64 = 32.0;

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            mode: GcMode::On,
            growth: 2.0,
            limit: None,
            // docs/decisions.md, "Incremental is the default collector".
            collector: Collector::Incremental,
            step_size: STEP_SIZE,
            step_mul: STEP_MUL,
        }
    }
}

/// Where an object was allocated: a source file index and a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Site {
    pub file: u32,
    pub offset: u32,
}

impl Site {
    /// Objects the runtime makes for itself (the natives and their names).
    pub const RUNTIME: Site = Site {
        file: u32::MAX,
        offset: 0,
    };
}

/// Running totals, in objects and bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub objects: u64,
    pub bytes: u64,
}

impl Counts {
    fn add(&mut self, bytes: u64) {
        self.objects += 1;
        self.bytes += bytes;
    }
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub allocated: Counts,
    /// Reclaimed by `free`.
    pub freed: Counts,
    /// Reclaimed because their `@ttl` deadline passed.
    pub expired: Counts,
    /// Reclaimed by the collector.
    pub collected: Counts,
    pub live: Counts,
    pub peak_bytes: u64,
    /// Finished cycles (minor ones included).
    pub collections: u64,
    /// Of which generational minor cycles.
    pub minor_collections: u64,
    /// Pauses: whole cycles, or incremental steps.
    pub steps: u64,
    /// Bytes of objects the collector scanned, over all cycles.
    pub marked_bytes: u64,
    pub pause_total: std::time::Duration,
    pub pause_max: std::time::Duration,
    /// Every pause, counted for percentiles.
    pub pauses: Pauses,
}

impl Stats {
    /// The pause that 99 % of collections stayed within.
    pub fn pause_p99(&self) -> std::time::Duration {
        self.pauses.quantile(0.99).min(self.pause_max)
    }
}

/// The pauses' distribution: a histogram of fixed size (within 1 %), so
/// counting a pause never grows a vector inside the next pause — with a
/// `Vec` of every pause, its doubling past 65,536 steps was itself a pause
/// of over a millisecond — and a percentile costs no sort.
#[derive(Debug, Clone)]
pub struct Pauses(hdrhistogram::Histogram<u64>);

impl Default for Pauses {
    fn default() -> Self {
        // Nanoseconds, from 1 ns to an hour, two significant digits.
        let histogram = hdrhistogram::Histogram::new_with_bounds(1, 3_600_000_000_000, 2)
            .expect("the bounds are valid");
        Pauses(histogram)
    }
}

impl Pauses {
    pub fn record(&mut self, pause: std::time::Duration) {
        let nanos = u64::try_from(pause.as_nanos()).unwrap_or(u64::MAX);
        self.0.saturating_record(nanos);
    }

    /// The pause that the fraction `q` of pauses stayed within (to 1 %;
    /// zero when there were none).
    pub fn quantile(&self, q: f64) -> std::time::Duration {
        if self.0.is_empty() {
            return std::time::Duration::ZERO;
        }
        std::time::Duration::from_nanos(self.0.value_at_quantile(q))
    }
}

/// Live objects of one kind allocated at one site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SiteCount {
    pub site: Site,
    pub kind: Kind,
    pub objects: u64,
    pub bytes: u64,
}

/// How an object was reclaimed before its references were dropped, kept in its
/// slot (a tombstone) so a later use can say so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reclaimed {
    Freed { at: Site },
    Expired { ttl: f64, deadline: f64 },
}

/// What a handle that no longer reaches its object knows about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stale {
    pub kind: Kind,
    pub site: Site,
    /// `None` only if the slot was recycled, which the collector does once no
    /// reference to the tombstone is left, so a program never sees it.
    pub how: Option<Reclaimed>,
}

/// Why `free` refused.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FreeError {
    /// Already freed or expired.
    Stale(Stale),
    /// Code (functions, classes, natives, constants of compiled code) is not
    /// the program's to free.
    Code(Kind),
}

enum Entry {
    /// Free; holds the next free slot (a list threaded through the slots, so
    /// freeing a million objects grows no vector: no copy in a pause).
    Vacant(u32),
    Live(Obj),
    /// Reclaimed by `free` or expiry while references may remain.
    Tomb(Kind, Reclaimed),
}

/// What a slot remembers of the objects reclaimed by hand or by time after the
/// slot itself was recycled (collector off): enough for the error message of a
/// stale handle of those generations. Consecutive generations that died the
/// same way share one note.
#[derive(Debug, Clone, Copy)]
struct Dead {
    first_gen: u32,
    last_gen: u32,
    kind: Kind,
    site: Site,
    how: Reclaimed,
}

/// How many notes on dead occupants a slot keeps (collector off). A handle
/// older than all of them still gets a stale-reference error, only without
/// the allocation and free sites. Slots live at most as many as the peak of
/// live objects, so this bounds the notes' memory.
pub const DEAD_RUNS: usize = 32;

/// One heap slot: only what every access needs, so a slot is one cache
/// line's size (64 bytes, with an instance's first four field values inside
/// it). Cold data (allocation sites, flags, deadlines, notes on dead
/// occupants) lives in side tables indexed by slot.
struct Slot {
    /// Bumped every time the slot is recycled for a new object.
    gen: u32,
    /// Bytes counted for this object (slot plus payload), as last accounted.
    size: u32,
    entry: Entry,
}

/// What a slot's object needs only when it is allocated, reclaimed or
/// reported.
#[derive(Clone, Copy)]
struct Cold {
    /// Where the object was allocated.
    site: Site,
    /// Belongs to compiled code (a constant): `free` and `@ttl` refuse it.
    pinned: bool,
    /// Has been a map key: its death by `free` or `@ttl` must drop the entries
    /// it keys (see [`Map`]).
    keyed: bool,
}

impl Cold {
    fn new(site: Site) -> Cold {
        Cold {
            site,
            pinned: false,
            keyed: false,
        }
    }
}

pub struct Heap {
    slots: Vec<Slot>,
    /// Per slot, what only allocation, reclamation and reports read.
    cold: Vec<Cold>,
    /// `(deadline, ttl)` in clock seconds of the objects with a `@ttl`.
    slot_deadlines: FxHashMap<u32, (f64, f64)>,
    /// The last occupant reclaimed by hand or by time of slots recycled at once
    /// (collector off), for the messages of stale handles of that generation.
    dead: FxHashMap<u32, Vec<Dead>>,
    /// Colours (`collect::WHITE`, `GRAY`, `BLACK`), apart from the slots so
    /// tracing can read one slot while marking another.
    marks: Vec<u8>,
    gc: collect::State,
    /// The first free slot ([`NO_SLOT`] if none).
    free: u32,
    gray: Vec<u32>,
    /// Generational: storage of young lists and maps kept for reuse.
    nursery: nursery::Nursery,
    pub(crate) strings: intern::Interner,
    /// The layouts of instances' fields.
    pub(crate) shapes: shape::Shapes,
    /// Tombstones waiting for the collector to recycle their slots.
    tombs: usize,
    /// How many objects that were map keys have been freed or have expired;
    /// a map purged at an older count may hold entries with dead keys.
    key_deaths: u64,
    /// Pending deadlines, earliest first: `(deadline bits, slot, generation)`.
    /// Non-negative floats order like their bits. Renewed or reclaimed objects
    /// leave stale entries behind, skipped when popped.
    deadlines: BinaryHeap<Reverse<(u64, u32, u32)>>,
    config: HeapConfig,
    next_gc: usize,
    stats: Stats,
    /// Recorded only with `--heap-timeline`.
    timeline: Option<timeline::Timeline>,
}

/// The end of the free list.
const NO_SLOT: u32 = u32::MAX;

/// The bytes a slot costs besides its payload.
pub const SLOT_BYTES: usize = size_of::<Slot>();

impl Heap {
    pub fn new(config: HeapConfig) -> Heap {
        Heap {
            slots: Vec::new(),
            cold: Vec::new(),
            slot_deadlines: FxHashMap::default(),
            dead: FxHashMap::default(),
            marks: Vec::new(),
            gc: collect::State::new(config.collector, config.mode),
            free: NO_SLOT,
            gray: Vec::new(),
            nursery: nursery::Nursery::default(),
            strings: intern::Interner::default(),
            shapes: shape::Shapes::default(),
            tombs: 0,
            key_deaths: 0,
            deadlines: BinaryHeap::new(),
            config,
            next_gc: MIN_NEXT_GC,
            stats: Stats::default(),
            timeline: None,
        }
    }

    /// Starts recording live bytes over time.
    pub fn record_timeline(&mut self) {
        self.timeline = Some(timeline::Timeline::new());
    }

    /// Tells the timeline the virtual clock's reading (under `--clock virtual`).
    pub fn timeline_clock(&mut self, now: f64) {
        if let Some(t) = &mut self.timeline {
            t.set_virtual_time(now);
        }
    }

    /// Marks on the timeline that `requested` more bytes did not fit.
    pub fn timeline_out_of_memory(&mut self, requested: u64) {
        let live = self.stats.live.bytes;
        if let Some(t) = &mut self.timeline {
            t.record(live + requested, timeline::Event::OutOfMemory);
        }
    }

    /// The timeline, closed with the final live size (for writing it).
    pub fn timeline_finished(&mut self) -> Option<&timeline::Timeline> {
        let live = self.stats.live.bytes;
        if let Some(t) = &mut self.timeline {
            t.finish(live);
        }
        self.timeline.as_ref()
    }

    #[inline]
    fn note(&mut self, event: timeline::Event) {
        if let Some(t) = &mut self.timeline {
            t.record(self.stats.live.bytes, event);
        }
    }

    pub fn config(&self) -> HeapConfig {
        self.config
    }

    pub fn set_limit(&mut self, limit: Option<usize>) {
        self.config.limit = limit;
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Bytes an object of this shape will be counted as.
    pub fn size_of(obj: &Obj) -> usize {
        SLOT_BYTES + obj.payload_bytes()
    }

    /// Whether the VM should collect before allocating `extra` more bytes.
    #[inline]
    pub fn wants_collection(&self, extra: usize) -> bool {
        match self.config.mode {
            GcMode::Off => false,
            GcMode::Stress => true,
            // Tombstones cost a slot each until a collection recycles them.
            // During an incremental cycle `next_gc` is 0, so every allocation
            // asks the VM, which runs a step when one is due.
            GcMode::On => {
                self.stats.live.bytes as usize + extra > self.next_gc
                    || self.tombs > (self.stats.live.objects as usize).max(4096)
            }
        }
    }

    /// Live bytes that may still be added before the heap limit (`usize::MAX`
    /// without one).
    pub fn room_left(&self) -> usize {
        match self.config.limit {
            None => usize::MAX,
            Some(limit) => limit.saturating_sub(self.stats.live.bytes as usize),
        }
    }

    /// Whether `extra` more live bytes stay within the heap limit.
    #[inline]
    pub fn fits(&self, extra: usize) -> bool {
        match self.config.limit {
            None => true,
            Some(limit) => (self.stats.live.bytes as usize).saturating_add(extra) <= limit,
        }
    }

    /// Puts `obj` in a slot and counts it, for the heap's own code and tests
    /// (and [`Heap::runtime_string`]); the program's objects come in through
    /// [`Heap::insert_sized`].
    fn insert(&mut self, obj: Obj, site: Site) -> Handle {
        let size = Heap::size_of(&obj);
        self.insert_sized(obj, size, site)
    }

    /// The one way in: puts `obj`, of `size` bytes ([`Heap::size_of`]), in a
    /// slot and counts it. Only `Vm::alloc` and `Vm::alloc_instance` call
    /// it, having made room —
    /// collected if due, checked [`Heap::fits`] — so nothing reaches the heap
    /// past the collector's pacing or the heap limit.
    #[inline(always)]
    pub(crate) fn insert_sized(&mut self, mut obj: Obj, size: usize, site: Site) -> Handle {
        if let Obj::Map(map) = &mut obj {
            // Its keys are all live now.
            map.purged_at = self.key_deaths;
            for key in map.keys() {
                self.note_key(*key);
            }
        }
        self.place(size, site, || obj)
    }

    /// [`Heap::insert_sized`] for a new instance whose values live in its
    /// slot ([`Heap::starts_inline`]), the hottest allocation: it weighs the
    /// slot alone, and with no reference to it taken on the way the compiler
    /// stores its parts straight into the slot instead of building it on the
    /// stack and copying it (docs/performance.md, "The instance made in
    /// place"). The caller has made room for `SLOT_BYTES`.
    #[inline(always)]
    pub(crate) fn insert_inline_instance(
        &mut self,
        class: Handle,
        shape: shape::ShapeId,
        site: Site,
    ) -> Handle {
        self.place(SLOT_BYTES, site, || {
            Obj::Instance(Heap::new_inline_instance(class, shape))
        })
    }

    /// Puts the object `make` makes (weighing `size`) in a free slot, or a
    /// new one, and counts it: the rest of [`Heap::insert_sized`]. Made
    /// where it is stored, so nothing holds it in between.
    #[inline(always)]
    fn place(&mut self, size: usize, site: Site, make: impl FnOnce() -> Obj) -> Handle {
        let weighed = size;
        let size = size as u64;
        self.stats.allocated.add(size);
        self.stats.live.add(size);
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.stats.live.bytes);
        let size = u32::try_from(size).unwrap_or(u32::MAX);
        let plain = self.gc.plain;
        let marking = !plain && self.gc.phase == Phase::Mark;
        let handle = if self.free != NO_SLOT {
            let index = self.free;
            let slot = &mut self.slots[index as usize];
            let Entry::Vacant(next) = slot.entry else {
                unreachable!("the free list holds vacant slots")
            };
            // Written before `self.free` moves, so the compiler still knows
            // the entry it replaces is vacant and calls no drop for it.
            slot.entry = Entry::Live(make());
            slot.size = size;
            self.free = next;
            self.cold[index as usize] = Cold::new(site);
            let gen = slot.gen;
            // A recycled slot's mark is white already (the sweep, or nothing,
            // freed it); only a running cycle may want another colour.
            if !plain {
                self.marks[index as usize] = self.color_for_new(index);
            }
            Handle { index, gen }
        } else {
            let index = u32::try_from(self.slots.len()).expect("more than 4 billion objects");
            self.slots.push(Slot {
                gen: 0,
                size,
                entry: Entry::Live(make()),
            });
            self.cold.push(Cold::new(site));
            let color = if plain {
                collect::WHITE
            } else {
                self.color_for_new(index)
            };
            self.marks.push(color);
            Handle { index, gen: 0 }
        };
        debug_assert!(
            matches!(&self.slots[handle.index as usize].entry,
                Entry::Live(obj) if Heap::size_of(obj) == weighed),
            "an object placed with the wrong weight"
        );
        // A new object is black during a mark phase (`color_for_new`), so
        // what it refers to must not stay white. Shaded from its slot: a
        // reference to `obj` handed out of line before it was placed kept it
        // in memory, and its copy into the slot stalled (docs/performance.md,
        // "The allocation path").
        if marking {
            self.shade_children(handle.index);
        }
        self.check_accounts();
        self.note(timeline::Event::Alloc);
        handle
    }

    /// Takes the object out of slot `index` for reclamation: its bytes leave
    /// the live count, its deadline (if any) is dropped. Yields the object,
    /// its size and its handle's generation (whatever happens to the slot
    /// next). For `free` and expiry; the collector's path,
    /// [`Heap::reclaim_collected`], does the same without moving the object.
    #[inline(always)]
    fn take_for_reclaim(&mut self, index: u32) -> (Obj, u64, u32) {
        let slot = &mut self.slots[index as usize];
        let Entry::Live(obj) = std::mem::replace(&mut slot.entry, Entry::Vacant(NO_SLOT)) else {
            unreachable!("only live objects are reclaimed");
        };
        let (size, gen) = (slot.size as u64, slot.gen);
        if !self.slot_deadlines.is_empty() {
            self.slot_deadlines.remove(&index);
        }
        self.stats.live.objects -= 1;
        self.stats.live.bytes -= size;
        (obj, size, gen)
    }

    /// The collector's reclamation: the slot becomes free at once (nothing
    /// refers to it). Kept apart from [`Heap::reclaim`]'s tombstone and
    /// obituary work so the sweep's path stays short: it runs once per dead
    /// object (docs/performance.md, "The allocation path"). With `KEEP` (a
    /// minor cycle's sweep) a small list's or map's storage goes to the
    /// nursery's pool instead of the allocator (`nursery.rs`).
    #[inline(always)]
    fn reclaim_collected<const KEEP: bool>(&mut self, index: u32) {
        let slot = &self.slots[index as usize];
        let (size, gen) = (slot.size as u64, slot.gen);
        // An instance whose values live in its slot owns no memory (its
        // fields are all named here, and their types are checked at the top
        // of this file). Asked in place, so its slot is vacated without
        // moving the instance out: the moves were three 48-byte copies
        // through the stack per dead instance (docs/performance.md, "The
        // sweep's dead instance").
        let owns_nothing = matches!(
            &slot.entry,
            Entry::Live(Obj::Instance(Instance {
                class: _,
                shape: _,
                fields: Layout::Inline(_),
            }))
        );
        if !self.slot_deadlines.is_empty() {
            self.slot_deadlines.remove(&index);
        }
        self.stats.live.objects -= 1;
        self.stats.live.bytes -= size;
        self.stats.collected.add(size);
        if owns_nothing {
            std::mem::forget(self.vacate(index));
        } else {
            match self.vacate(index) {
                // The intern table holds strings weakly.
                Entry::Live(Obj::Str(s)) => self.forget_string(Handle { index, gen }, s.hash),
                Entry::Live(obj) if KEEP => self.nursery.keep_or_drop(obj),
                Entry::Live(obj) => drop(obj),
                _ => unreachable!("only live objects are reclaimed"),
            }
        }
        self.check_accounts();
    }

    /// Reclaims the object in slot `index` by `free` or expiry: the slot keeps
    /// a tombstone until the collector finds it unreferenced (or, with the
    /// collector off, an obituary of who lived there).
    fn reclaim(&mut self, index: u32, how: Reclaimed) {
        let (obj, size, gen) = self.take_for_reclaim(index);
        let kind = obj.kind();
        if self.cold[index as usize].keyed {
            self.key_deaths += 1;
        }
        if self.config.mode == GcMode::Off {
            let site = self.cold[index as usize].site;
            self.release_slot(index);
            let notes = self.dead.entry(index).or_default();
            match notes.last_mut() {
                Some(run)
                    if run.last_gen + 1 == gen
                        && (run.kind, run.site, run.how) == (kind, site, how) =>
                {
                    run.last_gen = gen;
                }
                _ => {
                    if notes.len() == DEAD_RUNS {
                        notes.remove(0);
                    }
                    notes.push(Dead {
                        first_gen: gen,
                        last_gen: gen,
                        kind,
                        site,
                        how,
                    });
                }
            }
        } else {
            self.slots[index as usize].entry = Entry::Tomb(kind, how);
            self.tombs += 1;
        }
        match how {
            Reclaimed::Freed { .. } => self.stats.freed.add(size),
            Reclaimed::Expired { .. } => self.stats.expired.add(size),
        }
        // A dead string must not be found by content again.
        if let Obj::Str(s) = &obj {
            self.forget_string(Handle { index, gen }, s.hash);
        }
        self.check_accounts();
    }

    /// Recycles the slot of a tombstone nothing refers to any more.
    fn recycle(&mut self, index: u32) {
        self.tombs -= 1;
        self.release_slot(index);
    }

    /// Frees a slot for the next object, with the next generation — unless
    /// that generation is more than a handle can hold (value.rs, `MAX_GEN`):
    /// then the slot is retired for good (vacant, on no list), so an old
    /// handle can never reach a later object through a wrapped generation.
    /// A slot retires after 262,144 occupants; what it costs is its 64 bytes.
    fn release_slot(&mut self, index: u32) {
        let old = self.vacate(index);
        debug_assert!(
            !matches!(old, Entry::Live(_)),
            "an object leaves its slot before the slot is released"
        );
        // A vacancy or a tombstone owns nothing to drop.
        std::mem::forget(old);
    }

    /// [`Heap::release_slot`], yielding what the slot held.
    #[inline(always)]
    fn vacate(&mut self, index: u32) -> Entry {
        let gen = self.slots[index as usize].gen + 1;
        let next = if gen > value::MAX_GEN {
            NO_SLOT
        } else {
            std::mem::replace(&mut self.free, index)
        };
        let slot = &mut self.slots[index as usize];
        slot.gen = gen;
        std::mem::replace(&mut slot.entry, Entry::Vacant(next))
    }

    /// allocated = live + freed + expired + collected, in objects and bytes.
    #[inline]
    fn check_accounts(&self) {
        let s = &self.stats;
        debug_assert_eq!(
            s.allocated.objects,
            s.live.objects + s.freed.objects + s.expired.objects + s.collected.objects
        );
        debug_assert_eq!(
            s.allocated.bytes,
            s.live.bytes + s.freed.bytes + s.expired.bytes + s.collected.bytes
        );
    }

    /// An empty list of capacity `n` from the storage a minor cycle kept, if
    /// any: for a list literal of `n` items, which weighs what a fresh one
    /// would.
    #[inline]
    pub fn recycled_list(&mut self, n: usize) -> Option<Vec<Value>> {
        self.nursery.list(n)
    }

    /// An empty map of capacity `n` from the storage a minor cycle kept, if
    /// any: for a map literal of `n` entries.
    #[inline]
    pub fn recycled_map(&mut self, n: usize) -> Option<Box<Map>> {
        self.nursery.map(n)
    }

    /// `free(obj)`: reclaims the object now, whatever refers to it.
    pub fn free(&mut self, h: Handle, at: Site) -> Result<(), FreeError> {
        let obj = self.get(h).map_err(FreeError::Stale)?;
        if self.cold[h.index as usize].pinned || obj.kind().is_code() {
            return Err(FreeError::Code(obj.kind()));
        }
        self.reclaim(h.index, Reclaimed::Freed { at });
        self.note(timeline::Event::Free);
        Ok(())
    }

    /// Marks an object as part of compiled code.
    pub fn pin(&mut self, h: Handle) {
        if self
            .slots
            .get(h.index as usize)
            .is_some_and(|s| s.gen == h.gen)
        {
            self.cold[h.index as usize].pinned = true;
        }
    }

    /// Whether `free` and `@ttl` may touch this object.
    pub fn is_code(&self, h: Handle) -> bool {
        self.cold[h.index as usize].pinned || self.get(h).is_ok_and(|o| o.kind().is_code())
    }

    /// Gives a live object a deadline (replacing any earlier one).
    pub fn set_deadline(&mut self, h: Handle, deadline: f64, ttl: f64) {
        let slot = &self.slots[h.index as usize];
        if slot.gen != h.gen || !matches!(slot.entry, Entry::Live(_)) {
            return;
        }
        self.slot_deadlines.insert(h.index, (deadline, ttl));
        self.deadlines
            .push(Reverse((deadline.to_bits(), h.index, h.gen)));
        // Renewals leave their old entries behind; a program renewing one
        // object in a loop must not grow the queue without bound.
        if self.deadlines.len() > 2 * self.slot_deadlines.len() + 1024 {
            let slots = &self.slots;
            self.deadlines = self
                .slot_deadlines
                .iter()
                .map(|(&index, &(d, _))| Reverse((d.to_bits(), index, slots[index as usize].gen)))
                .collect();
        }
    }

    /// Whether any deadline is pending (the safepoints' fast check).
    #[inline(always)]
    pub fn has_deadlines(&self) -> bool {
        !self.deadlines.is_empty()
    }

    /// The earliest pending deadline, if any (it may belong to an object that
    /// has since been renewed or reclaimed; [`Heap::expire`] sorts that out).
    #[inline]
    pub fn next_deadline(&self) -> Option<f64> {
        self.deadlines
            .peek()
            .map(|Reverse((bits, _, _))| f64::from_bits(*bits))
    }

    /// Reclaims every object whose deadline is at or before `now`; yields how
    /// many.
    pub fn expire(&mut self, now: f64) -> u64 {
        let mut count = 0;
        while let Some(&Reverse((bits, index, gen))) = self.deadlines.peek() {
            let deadline = f64::from_bits(bits);
            if deadline > now {
                break;
            }
            self.deadlines.pop();
            let slot = &self.slots[index as usize];
            let current = slot.gen == gen && matches!(slot.entry, Entry::Live(_));
            match self.slot_deadlines.get(&index) {
                Some(&(d, ttl)) if current && d == deadline => {
                    self.reclaim(index, Reclaimed::Expired { ttl, deadline });
                    count += 1;
                }
                _ => {}
            }
        }
        if count > 0 {
            self.note(timeline::Event::Expiry);
        }
        count
    }

    /// Re-counts an object whose payload grew or shrank (a list, map, instance
    /// or class gaining entries). The caller has checked [`Heap::fits`] for
    /// growth.
    pub fn resize(&mut self, h: Handle) {
        let Some(slot) = self.slots.get_mut(h.index as usize) else {
            return;
        };
        let Entry::Live(obj) = &slot.entry else {
            return;
        };
        if slot.gen != h.gen {
            return;
        }
        let new = u32::try_from(SLOT_BYTES + obj.payload_bytes()).unwrap_or(u32::MAX);
        let old = std::mem::replace(&mut slot.size, new);
        let (new, old) = (new as u64, old as u64);
        self.stats.live.bytes = self.stats.live.bytes + new - old;
        self.stats.allocated.bytes = self.stats.allocated.bytes + new - old;
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.stats.live.bytes);
        self.check_accounts();
        self.note(timeline::Event::Alloc);
    }

    #[inline]
    pub fn get(&self, h: Handle) -> Result<&Obj, Stale> {
        let slot = &self.slots[h.index as usize];
        match &slot.entry {
            Entry::Live(obj) if slot.gen == h.gen => Ok(obj),
            _ => Err(self.stale(h)),
        }
    }

    /// The one way to change an object, so the write barrier (see
    /// [`collect`]) sees every store of a reference into the heap.
    #[inline]
    pub fn get_mut(&mut self, h: Handle) -> Result<&mut Obj, Stale> {
        // First, so the lookup below is not repeated after the call. For a
        // stale handle it may re-gray whatever holds the slot now: harmless.
        if self.gc.barrier && self.marks[h.index as usize] == collect::BLACK {
            collect::barrier(&mut self.marks, &mut self.gray, h.index);
        }
        let stale = match &self.slots[h.index as usize] {
            slot if slot.gen == h.gen && matches!(slot.entry, Entry::Live(_)) => None,
            _ => Some(self.stale(h)),
        };
        if let Some(stale) = stale {
            return Err(stale);
        }
        match &mut self.slots[h.index as usize].entry {
            Entry::Live(obj) => Ok(obj),
            _ => unreachable!("checked above"),
        }
    }

    #[cold]
    fn stale(&self, h: Handle) -> Stale {
        let slot = &self.slots[h.index as usize];
        let note = self.dead.get(&h.index).and_then(|notes| {
            notes
                .iter()
                .find(|run| (run.first_gen..=run.last_gen).contains(&h.gen))
        });
        match (&slot.entry, note) {
            (Entry::Tomb(kind, how), _) if slot.gen == h.gen => Stale {
                kind: *kind,
                site: self.cold[h.index as usize].site,
                how: Some(*how),
            },
            (_, Some(dead)) => Stale {
                kind: dead.kind,
                site: dead.site,
                how: Some(dead.how),
            },
            _ => Stale {
                kind: Kind::Instance,
                site: Site::default(),
                how: None,
            },
        }
    }

    /// Records that `key` is a key of some map, so its death by `free` or
    /// `@ttl` drops its entries.
    #[inline]
    pub fn note_key(&mut self, key: MapKey) {
        if let MapKey::Obj(h) = key {
            if self.slots[h.index as usize].gen == h.gen {
                self.cold[h.index as usize].keyed = true;
            }
        }
    }

    /// Whether `key` is a live value (a key object may have died).
    #[inline]
    pub fn key_is_live(&self, key: &MapKey) -> bool {
        match key {
            MapKey::Obj(h) => self.is_live(*h),
            _ => true,
        }
    }

    /// Drops the entries of map `h` whose key object was freed or expired
    /// since the map was last purged (in place, keeping the others' order).
    /// Every operation that counts, lists or adds entries calls this first.
    pub fn purge_dead_keys(&mut self, h: Handle) {
        let deaths = self.key_deaths;
        let slot = &mut self.slots[h.index as usize];
        let Entry::Live(Obj::Map(map)) = &mut slot.entry else {
            return;
        };
        if slot.gen != h.gen || map.purged_at == deaths {
            return;
        }
        map.purged_at = deaths;
        let mut entries = std::mem::take(&mut map.entries);
        entries.retain(|key, _| self.key_is_live(key));
        if let Entry::Live(Obj::Map(map)) = &mut self.slots[h.index as usize].entry {
            map.entries = entries;
        }
    }

    /// Whether `h` still reaches its object (what `alive()` reports).
    pub fn is_live(&self, h: Handle) -> bool {
        self.get(h).is_ok()
    }

    /// The text of a string object. A stale handle is an error, never an empty
    /// string; `None` inside the `Ok` is for a live object that is no string.
    pub fn str(&self, h: Handle) -> Result<Option<&str>, Stale> {
        match self.get(h)? {
            Obj::Str(s) => Ok(Some(&s.text)),
            _ => Ok(None),
        }
    }

    /// Live objects grouped by allocation site and kind, largest first. With
    /// `unmarked_only`, only those the current marks did not reach (call
    /// between marking roots and [`Heap::clear_marks`]).
    pub fn live_by_site(&self, unmarked_only: bool) -> Vec<SiteCount> {
        let mut groups: rustc_hash::FxHashMap<(Site, Kind), (u64, u64)> = Default::default();
        for (i, slot) in self.slots.iter().enumerate() {
            if let Entry::Live(obj) = &slot.entry {
                // Constants belong to the code, not to what the program made.
                if self.cold[i].pinned || (unmarked_only && self.marks[i] != collect::WHITE) {
                    continue;
                }
                let entry = groups.entry((self.cold[i].site, obj.kind())).or_default();
                entry.0 += 1;
                entry.1 += slot.size as u64;
            }
        }
        let mut out: Vec<SiteCount> = groups
            .into_iter()
            .map(|((site, kind), (objects, bytes))| SiteCount {
                site,
                kind,
                objects,
                bytes,
            })
            .collect();
        out.sort_by(|a, b| {
            b.bytes
                .cmp(&a.bytes)
                .then(a.site.offset.cmp(&b.site.offset))
        });
        out
    }

    /// Live objects by kind as users name them (a closure and its function
    /// are both "function"): (kind, count, bytes), largest first.
    pub fn census(&self) -> Vec<(&'static str, u64, u64)> {
        let mut by_kind: Vec<(&'static str, u64, u64)> = Vec::new();
        for slot in &self.slots {
            if let Entry::Live(obj) = &slot.entry {
                let kind = obj.kind().name();
                match by_kind.iter_mut().find(|(k, _, _)| *k == kind) {
                    Some(entry) => {
                        entry.1 += 1;
                        entry.2 += slot.size as u64;
                    }
                    None => by_kind.push((kind, 1, slot.size as u64)),
                }
            }
        }
        by_kind.sort_by_key(|entry| std::cmp::Reverse(entry.2));
        by_kind
    }
}

#[cfg(test)]
mod tests {
    /// Every object access touches its slot: keep it at one cache line's
    /// size, the 64 bytes the README's figures were measured with.
    #[test]
    fn a_slot_fits_a_cache_line() {
        assert!(std::mem::size_of::<super::Slot>() <= 64);
        assert!(std::mem::size_of::<super::Obj>() <= 56);
    }

    /// An instance in the inline layout is weighed before it is made (so
    /// that it can be made in its slot, after room is made): it must weigh
    /// its slot alone, and `starts_inline` must say which layout
    /// `new_instance` makes.
    #[test]
    fn an_inline_instance_weighs_its_slot() {
        use super::object::Layout;
        use super::shape::DICTIONARY;
        use super::{Handle, Heap, Obj, SLOT_BYTES};
        let class = Handle { index: 0, gen: 0 };
        let inline = Obj::Instance(Heap::new_inline_instance(class, 1));
        assert_eq!(Heap::size_of(&inline), SLOT_BYTES);
        // Up to `Layout::INLINE` values fit in the slot; a dictionary never.
        for (shape, start, fits) in [
            (DICTIONARY, 0, false),
            (1, 0, true),
            (1, Layout::INLINE, true),
            (1, Layout::INLINE + 1, false),
        ] {
            assert_eq!(Heap::starts_inline(shape, start), fits, "{shape} {start}");
            let made = Obj::Instance(Heap::new_instance(class, shape, start));
            let in_slot =
                matches!(&made, Obj::Instance(i) if matches!(i.fields, Layout::Inline(_)));
            assert_eq!(in_slot, fits, "{shape} {start}");
        }
    }

    /// A slot whose generation would pass what a handle holds is never
    /// used again, and every handle of its earlier occupants stays stale.
    #[test]
    fn a_slot_retires_at_the_last_generation() {
        use super::{value::MAX_GEN, GcMode, Heap, HeapConfig, Obj, Site};
        let mut heap = Heap::new(HeapConfig {
            mode: GcMode::Off,
            ..HeapConfig::default()
        });
        let first = heap.insert(Obj::List(Vec::new()), Site::default());
        let mut last = first;
        for _ in 0..MAX_GEN {
            heap.free(last, Site::default()).unwrap();
            last = heap.insert(Obj::List(Vec::new()), Site::default());
            assert_eq!(last.index, first.index, "freed at once, reused at once");
        }
        assert_eq!(last.gen, MAX_GEN);
        heap.free(last, Site::default()).unwrap();
        let next = heap.insert(Obj::List(Vec::new()), Site::default());
        assert_ne!(next.index, first.index, "the slot is retired");
        for old in [first, last] {
            assert!(!heap.is_live(old));
            assert!(crate::heap::Value::obj(old).as_handle() == Some(old));
        }
    }

    /// Percentiles from the histogram are within 1 % of the exact ones.
    #[test]
    fn pause_percentiles_are_within_one_percent() {
        use std::time::Duration;
        let mut pauses = super::Pauses::default();
        assert_eq!(pauses.quantile(0.99), Duration::ZERO);
        // 1 µs, 2 µs, ..., 1000 µs, shuffled so order cannot matter.
        for i in 0..1000u64 {
            pauses.record(Duration::from_micros((i * 7919) % 1000 + 1));
        }
        for (q, exact) in [(0.5, 500.0), (0.99, 990.0), (1.0, 1000.0)] {
            let got = pauses.quantile(q).as_secs_f64() * 1e6;
            assert!((got - exact).abs() <= exact * 0.01, "q {q}: {got} µs");
        }
    }
}
