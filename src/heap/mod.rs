//! The managed heap: every object lives in a slot of one table and is reached only
//! through [`Handle`]s. This module owns the single allocation path
//! ([`Heap::insert`]) and the single reclamation path ([`Heap::reclaim`]), so the
//! byte counts and statistics can never disagree with what is actually live.
//!
//! The heap does not know the VM. It cannot find roots itself: the VM marks them
//! (see `vm::gc`) and then asks the heap to trace and sweep ([`collect`]).

pub mod collect;
pub mod intern;
pub mod object;
pub mod value;

pub use object::{
    BoundMethod, Class, Closure, Function, Instance, Kind, MapKey, MapObj, Native, Obj, StrObj,
    Upvalue,
};
pub use value::{format_number, Handle, Value};

use std::mem::size_of;

/// How the collector runs (`--gc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcMode {
    /// Collect when the heap has grown by the growth factor since the last cycle.
    On,
    /// Never collect; unreachable objects stay until exit.
    Off,
    /// Collect before every allocation, to expose any missing root at once.
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
}

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            mode: GcMode::On,
            growth: 2.0,
        }
    }
}

/// Where an object was allocated: a source file index and a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Site {
    pub file: u32,
    pub offset: u32,
}

/// Running totals, in objects and bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub objects: u64,
    pub bytes: u64,
}

impl Counts {
    fn add(&mut self, bytes: usize) {
        self.objects += 1;
        self.bytes += bytes as u64;
    }
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub allocated: Counts,
    pub collected: Counts,
    pub live: Counts,
    pub peak_bytes: u64,
    pub collections: u64,
    pub pause_total: std::time::Duration,
    pub pause_max: std::time::Duration,
}

struct Slot {
    /// Bumped every time the slot's object is reclaimed.
    gen: u32,
    /// `None` while the slot is on the free list.
    obj: Option<Obj>,
    /// Bytes counted for this object (slot plus payload), as last accounted.
    size: u32,
    site: Site,
}

pub struct Heap {
    slots: Vec<Slot>,
    /// Mark bits, apart from the slots so tracing can read one slot while
    /// marking another.
    marks: Vec<bool>,
    free: Vec<u32>,
    gray: Vec<u32>,
    pub(crate) strings: intern::Interner,
    config: HeapConfig,
    next_gc: usize,
    stats: Stats,
}

/// What a handle that no longer reaches its object means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stale {
    pub site: Site,
}

impl Heap {
    pub fn new(config: HeapConfig) -> Heap {
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
            gray: Vec::new(),
            strings: intern::Interner::default(),
            config,
            next_gc: MIN_NEXT_GC,
            stats: Stats::default(),
        }
    }

    pub fn config(&self) -> HeapConfig {
        self.config
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Whether the VM should collect before allocating `obj`.
    #[inline]
    pub fn wants_collection(&self, obj: &Obj) -> bool {
        match self.config.mode {
            GcMode::Off => false,
            GcMode::Stress => true,
            GcMode::On => {
                self.stats.live.bytes as usize + size_of::<Slot>() + obj.payload_bytes()
                    > self.next_gc
            }
        }
    }

    /// The one allocation path: puts `obj` in a slot and counts it.
    pub fn insert(&mut self, obj: Obj, site: Site) -> Handle {
        let size = size_of::<Slot>() + obj.payload_bytes();
        self.stats.allocated.add(size);
        self.stats.live.add(size);
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.stats.live.bytes);
        let size = u32::try_from(size).unwrap_or(u32::MAX);
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index as usize];
            slot.obj = Some(obj);
            slot.size = size;
            slot.site = site;
            Handle {
                index,
                gen: slot.gen,
            }
        } else {
            let index = u32::try_from(self.slots.len()).expect("more than 4 billion objects");
            self.slots.push(Slot {
                gen: 0,
                obj: Some(obj),
                size,
                site,
            });
            self.marks.push(false);
            Handle { index, gen: 0 }
        }
    }

    /// The one reclamation path: drops the object, bumps the slot's generation so
    /// old handles go stale, and frees the slot for reuse.
    fn reclaim(&mut self, index: u32) {
        let slot = &mut self.slots[index as usize];
        if slot.obj.take().is_none() {
            return;
        }
        let size = slot.size as u64;
        slot.gen = slot.gen.wrapping_add(1);
        self.stats.live.objects -= 1;
        self.stats.live.bytes -= size;
        self.stats.collected.objects += 1;
        self.stats.collected.bytes += size;
        self.free.push(index);
    }

    /// Re-counts an object whose payload grew or shrank (an instance gaining a
    /// field, a class gaining a method).
    pub fn resize(&mut self, h: Handle) {
        let Some(slot) = self.slots.get_mut(h.index as usize) else {
            return;
        };
        let Some(obj) = &slot.obj else { return };
        if slot.gen != h.gen {
            return;
        }
        let new = u32::try_from(size_of::<Slot>() + obj.payload_bytes()).unwrap_or(u32::MAX);
        let old = std::mem::replace(&mut slot.size, new);
        let live = &mut self.stats.live.bytes;
        *live = *live + new as u64 - old as u64;
        if new > old {
            self.stats.allocated.bytes += (new - old) as u64;
        } else {
            self.stats.allocated.bytes -= (old - new) as u64;
        }
        self.stats.peak_bytes = self.stats.peak_bytes.max(*live);
    }

    #[inline]
    pub fn get(&self, h: Handle) -> Result<&Obj, Stale> {
        let slot = &self.slots[h.index as usize];
        match &slot.obj {
            Some(obj) if slot.gen == h.gen => Ok(obj),
            _ => Err(Stale { site: slot.site }),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, h: Handle) -> Result<&mut Obj, Stale> {
        let slot = &mut self.slots[h.index as usize];
        match &mut slot.obj {
            Some(obj) if slot.gen == h.gen => Ok(obj),
            _ => Err(Stale { site: slot.site }),
        }
    }

    pub fn site(&self, h: Handle) -> Site {
        self.slots[h.index as usize].site
    }

    /// The text of a string object; empty for anything else (callers know).
    pub fn str(&self, h: Handle) -> &str {
        match self.get(h) {
            Ok(Obj::Str(s)) => &s.text,
            _ => "",
        }
    }

    /// Live objects by kind: (kind, count, bytes), largest first.
    pub fn census(&self) -> Vec<(Kind, u64, u64)> {
        let mut by_kind: Vec<(Kind, u64, u64)> = Vec::new();
        for slot in &self.slots {
            if let Some(obj) = &slot.obj {
                let kind = obj.kind();
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
