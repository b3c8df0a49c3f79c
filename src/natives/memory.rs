//! Natives of memory: `gc`, `free`, `alive`.

use super::NativeResult;
use crate::heap::{FreeError, Map, MapKey, MapObj, Obj, Value};
use crate::vm::Vm;

/// A full collection now; how many objects it reclaimed.
pub fn gc(vm: &mut Vm, _: &[Value]) -> NativeResult {
    Ok(Value::number(vm.collect_garbage(None).objects as f64))
}

/// Reclaims the object at once, whatever still refers to it; every remaining
/// reference goes stale. Does nothing under `--ignore-free`.
pub fn free(vm: &mut Vm, args: &[Value]) -> NativeResult {
    if vm.config().ignore_free {
        return Ok(Value::NIL);
    }
    let h = match args[0].as_handle() {
        Some(h) => h,
        None => {
            return Err(format!(
                "only objects can be freed (strings, lists, maps, instances), not {}",
                vm.type_name(args[0])
            )
            .into())
        }
    };
    let site = vm.current_site();
    match vm.heap.free(h, site) {
        Ok(()) => Ok(Value::NIL),
        Err(FreeError::Stale(stale)) => Err(vm.stale_error(true, stale).into()),
        Err(FreeError::Code(kind)) => Err(format!(
            "a {} belongs to the program's code and can't be freed",
            match kind {
                crate::heap::Kind::String => "string constant",
                other => other.name(),
            }
        )
        .into()),
    }
}

/// `false` for a freed or expired object, `true` for every other value.
pub fn alive(vm: &mut Vm, args: &[Value]) -> NativeResult {
    Ok(Value::bool(match args[0].as_handle() {
        Some(h) => vm.heap.is_live(h),
        None => true,
    }))
}

/// The figures of the `--stats` table, as a map with snake_case keys.
pub fn heap_stats(vm: &mut Vm, _: &[Value]) -> NativeResult {
    let s = vm.heap.stats().clone();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let figures: [(&str, f64); 17] = [
        ("allocated_objects", s.allocated.objects as f64),
        ("allocated_bytes", s.allocated.bytes as f64),
        ("reclaimed_manually_objects", s.freed.objects as f64),
        ("reclaimed_manually_bytes", s.freed.bytes as f64),
        ("reclaimed_timed_objects", s.expired.objects as f64),
        ("reclaimed_timed_bytes", s.expired.bytes as f64),
        ("reclaimed_collected_objects", s.collected.objects as f64),
        ("reclaimed_collected_bytes", s.collected.bytes as f64),
        ("live_objects", s.live.objects as f64),
        ("live_bytes", s.live.bytes as f64),
        ("peak_bytes", s.peak_bytes as f64),
        ("collections", s.collections as f64),
        ("pause_total_ms", ms(s.pause_total)),
        ("pause_max_ms", ms(s.pause_max)),
        ("pause_p99_ms", ms(s.pause_p99())),
        (
            "heap_limit_bytes",
            vm.heap.config().limit.map_or(-1.0, |l| l as f64),
        ),
        ("next_gc_bytes", vm.heap.next_gc() as f64),
    ];
    let mut map = MapObj::with_capacity_and_hasher(figures.len(), Default::default());
    let mut vm = vm.holding();
    for (key, value) in figures {
        // Each key must survive the allocations of the ones after it.
        let key = vm.intern(key)?;
        vm.hold(Value::obj(key));
        map.insert(MapKey::Obj(key), Value::number(value));
    }
    let site = vm.current_site();
    Ok(Value::obj(
        vm.alloc(Obj::Map(Box::new(Map::new(map))), site)?,
    ))
}
