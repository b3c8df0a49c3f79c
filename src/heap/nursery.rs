//! The generational collector's reuse of young garbage: the storage of small
//! lists and maps that a minor cycle finds dead, kept for the next list and
//! map literals of the same size instead of being handed back to `malloc`.
//!
//! A copying nursery makes young garbage cheap by never touching it: the
//! space is reset and allocated again. This heap cannot move objects (a
//! handle is a slot), so every dead object's slot is still freed one by one;
//! what can be saved is the payload's round trip through the allocator —
//! a list is one `malloc`, a map three — which was most of what a minor
//! cycle cost on a program that makes short-lived lists and maps
//! (docs/performance.md, "The nursery's buffers"). The dead object's slot is
//! vacated as always, so a stale handle to it is the same error; only its
//! emptied buffer is kept.
//!
//! A kept buffer is reused only for a new object of exactly the capacity a
//! fresh one would get, so an object weighs the same whichever way it was
//! made, and the pool keeps at most [`KEEP_BYTES`] of payload. Major cycles
//! empty it: they mark the point where the program's phase may have changed.

use super::object::{list_bytes, map_payload_bytes, Map, Obj};
use super::value::Value;

/// The largest list or map (in elements or entries) whose storage is kept.
pub const MAX_KEPT: usize = 8;

/// How many payload bytes (as objects are weighed, `Obj::payload_bytes`)
/// the pool may hold: one minimum nursery, so it is bounded by what a
/// single minor cycle can hand it.
pub const KEEP_BYTES: usize = super::MIN_NEXT_GC;

/// Emptied payloads by capacity.
#[derive(Default)]
pub(super) struct Nursery {
    lists: [Vec<Vec<Value>>; MAX_KEPT + 1],
    // Boxed on purpose: the box is one of a map's three allocations, and
    // `Obj::Map` takes it as it is.
    #[allow(clippy::vec_box)]
    maps: [Vec<Box<Map>>; MAX_KEPT + 1],
    bytes: usize,
}

impl Nursery {
    /// Keeps the storage of `obj`, a dead young object, if it is a small
    /// list or map and there is room; otherwise drops it.
    pub(super) fn keep_or_drop(&mut self, obj: Obj) {
        let weight = obj.payload_bytes();
        if self.bytes + weight > KEEP_BYTES {
            return;
        }
        match obj {
            Obj::List(mut items) if (1..=MAX_KEPT).contains(&items.capacity()) => {
                // Values own nothing: clearing only sets the length.
                items.clear();
                self.lists[items.capacity()].push(items);
            }
            Obj::Map(mut map) if (1..=MAX_KEPT).contains(&map.capacity()) => {
                map.entries.clear();
                map.purged_at = 0;
                self.maps[map.capacity()].push(map);
            }
            _ => return,
        }
        self.bytes += weight;
    }

    /// An empty list of capacity `n`, if one is kept.
    #[inline]
    pub(super) fn list(&mut self, n: usize) -> Option<Vec<Value>> {
        let items = self.lists.get_mut(n)?.pop()?;
        self.bytes -= list_bytes(n);
        debug_assert!(items.is_empty() && items.capacity() == n);
        Some(items)
    }

    /// An empty map whose capacity is `n`, if one is kept.
    #[inline]
    pub(super) fn map(&mut self, n: usize) -> Option<Box<Map>> {
        let map = self.maps.get_mut(n)?.pop()?;
        self.bytes -= map_payload_bytes(n);
        debug_assert!(map.is_empty() && map.capacity() == n);
        Some(map)
    }

    /// Hands everything kept back to the allocator.
    pub(super) fn clear(&mut self) {
        *self = Nursery::default();
    }

    /// Payload bytes kept.
    #[cfg(test)]
    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::collect::Collector;
    use crate::heap::object::MapKey;
    use crate::heap::{GcMode, Heap, HeapConfig, MapObj, Site};

    fn heap(collector: Collector) -> Heap {
        Heap::new(HeapConfig {
            mode: GcMode::On,
            collector,
            ..HeapConfig::default()
        })
    }

    fn list(heap: &mut Heap, n: usize) -> (crate::heap::Handle, *const Value) {
        let items: Vec<Value> = (0..n).map(|i| Value::number(i as f64)).collect();
        let ptr = items.as_ptr();
        (heap.insert(Obj::List(items), Site::default()), ptr)
    }

    #[test]
    fn a_minor_cycle_keeps_a_dead_young_lists_storage_for_the_next_literal() {
        let mut heap = heap(Collector::Generational);
        let (h, ptr) = list(&mut heap, 3);
        heap.minor_collection(|_| {});
        // The object is gone as always: its handle is stale.
        assert!(heap.get(h).is_err());
        // Only a list of the same capacity gets its storage, emptied.
        assert!(heap.recycled_list(2).is_none());
        let items = heap.recycled_list(3).expect("kept");
        assert_eq!(items.as_ptr(), ptr);
        assert!(items.is_empty());
        assert_eq!(items.capacity(), 3);
        assert!(heap.recycled_list(3).is_none(), "handed out once");
        assert_eq!(heap.nursery.bytes(), 0);
    }

    #[test]
    fn a_minor_cycle_keeps_a_dead_young_maps_storage_emptied() {
        let mut heap = heap(Collector::Generational);
        let mut entries = MapObj::with_capacity_and_hasher(2, Default::default());
        entries.insert(MapKey::Number(1), Value::number(2.0));
        let map = Box::new(Map::new(entries));
        let ptr: *const Map = &*map;
        let h = heap.insert(Obj::Map(map), Site::default());
        heap.minor_collection(|_| {});
        assert!(heap.get(h).is_err());
        let map = heap.recycled_map(2).expect("kept");
        assert_eq!(&*map as *const Map, ptr);
        assert!(map.is_empty());
        assert_eq!(map.capacity(), 2);
        // It weighs what a fresh map of that capacity weighs.
        let fresh = Obj::Map(Box::new(Map::new(MapObj::with_capacity_and_hasher(
            2,
            Default::default(),
        ))));
        assert_eq!(Obj::Map(map).payload_bytes(), fresh.payload_bytes());
    }

    #[test]
    fn survivors_and_other_collectors_keep_nothing() {
        // A young list that is reached survives whole.
        let mut heap = heap(Collector::Generational);
        let (h, _) = list(&mut heap, 3);
        heap.minor_collection(|heap| heap.mark(h));
        assert!(heap.get(h).is_ok());
        assert!(heap.recycled_list(3).is_none());
        // Full sweeps hand every dead object's storage back.
        for collector in [Collector::StopTheWorld, Collector::Incremental] {
            let mut heap = self::heap(collector);
            list(&mut heap, 3);
            heap.full_collection(|_| {});
            assert!(heap.recycled_list(3).is_none(), "{collector:?}");
        }
    }

    #[test]
    fn a_major_cycle_empties_the_pool() {
        let mut heap = heap(Collector::Generational);
        list(&mut heap, 3);
        heap.minor_collection(|_| {});
        assert!(heap.nursery.bytes() > 0);
        heap.full_collection(|_| {});
        assert_eq!(heap.nursery.bytes(), 0);
        assert!(heap.recycled_list(3).is_none());
    }

    #[test]
    fn the_pool_is_bounded() {
        let mut heap = heap(Collector::Generational);
        let n = KEEP_BYTES / list_bytes(MAX_KEPT) + 100;
        for _ in 0..n {
            list(&mut heap, MAX_KEPT);
        }
        // Bigger than the pool keeps: dropped.
        list(&mut heap, MAX_KEPT + 1);
        heap.minor_collection(|_| {});
        assert!(heap.nursery.bytes() <= KEEP_BYTES);
        assert!(heap.nursery.bytes() > KEEP_BYTES - list_bytes(MAX_KEPT));
        assert!(heap.recycled_list(MAX_KEPT + 1).is_none());
    }
}
