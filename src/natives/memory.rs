//! Natives of memory: `gc`, `free`, `alive`.

use super::NativeResult;
use crate::heap::{FreeError, Value};
use crate::vm::Vm;

/// A full collection now; how many objects it reclaimed.
pub fn gc(vm: &mut Vm, _: &[Value]) -> NativeResult {
    Ok(Value::Number(vm.collect_garbage(None).objects as f64))
}

/// Reclaims the object at once, whatever still refers to it; every remaining
/// reference goes stale. Does nothing under `--ignore-free`.
pub fn free(vm: &mut Vm, args: &[Value]) -> NativeResult {
    if vm.config().ignore_free {
        return Ok(Value::Nil);
    }
    let h = match args[0] {
        Value::Obj(h) => h,
        other => {
            return Err(format!(
                "only objects can be freed (strings, lists, maps, instances), not {}",
                vm.type_name(other)
            )
            .into())
        }
    };
    let site = vm.current_site();
    match vm.heap.free(h, site) {
        Ok(()) => Ok(Value::Nil),
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
    Ok(Value::Bool(match args[0] {
        Value::Obj(h) => vm.heap.is_live(h),
        _ => true,
    }))
}
