//! Natives over lists, maps and strings: `len`, `push`, `pop`, `keys`, `has`,
//! `remove`.

use super::NativeResult;
use crate::heap::{Handle, MapKey, Obj, Value};
use crate::vm::Vm;

/// The handle of a list argument, or the error naming the argument.
fn list_arg(vm: &Vm, value: Value, which: &str) -> Result<Handle, String> {
    match value {
        Value::Obj(h) if matches!(vm.heap.get(h), Ok(Obj::List(_))) => Ok(h),
        other => Err(format!(
            "{which} argument must be a list, not {}",
            vm.type_name(other)
        )),
    }
}

/// The handle of a map argument (purged of entries with dead keys), or the
/// error naming the argument.
fn map_arg(vm: &mut Vm, value: Value, which: &str) -> Result<Handle, String> {
    match value {
        Value::Obj(h) if matches!(vm.heap.get(h), Ok(Obj::Map(_))) => {
            vm.heap.purge_dead_keys(h);
            Ok(h)
        }
        other => Err(format!(
            "{which} argument must be a map, not {}",
            vm.type_name(other)
        )),
    }
}

pub fn len(vm: &mut Vm, args: &[Value]) -> NativeResult {
    if let Value::Obj(h) = args[0] {
        vm.heap.purge_dead_keys(h);
    }
    let n = match args[0] {
        Value::Obj(h) => match vm.heap.get(h) {
            Ok(Obj::Str(s)) => Some(s.char_len()),
            Ok(Obj::List(items)) => Some(items.len()),
            Ok(Obj::Map(map)) => Some(map.len()),
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(n) => Ok(Value::Number(n as f64)),
        None => Err(format!(
            "argument must be a string, list or map, not {}",
            vm.type_name(args[0])
        )
        .into()),
    }
}

pub fn push(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "first")?;
    let full = matches!(vm.heap.get(h), Ok(Obj::List(items)) if items.len() == items.capacity());
    if full {
        // Count the larger storage before it exists, so the heap limit holds.
        vm.room_to_grow(h)?;
    }
    match vm.heap.get_mut(h) {
        Ok(Obj::List(items)) => items.push(args[1]),
        Ok(_) => unreachable!("checked by list_arg"),
        Err(stale) => return Err(vm.stale_error(false, stale).into()),
    }
    if full {
        vm.heap.resize(h);
    }
    Ok(Value::Nil)
}

pub fn pop(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "the")?;
    match vm.heap.get_mut(h) {
        Ok(Obj::List(items)) => items.pop().ok_or_else(|| "the list is empty".into()),
        _ => unreachable!("checked by list_arg"),
    }
}

pub fn keys(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = map_arg(vm, args[0], "the")?;
    let keys: Vec<Value> = match vm.heap.get(h) {
        Ok(Obj::Map(map)) => map.keys().map(|k| k.to_value()).collect(),
        _ => unreachable!("checked by map_arg"),
    };
    let site = vm.current_site();
    // The keys are held by the map, which is an argument and so still rooted.
    Ok(Value::Obj(vm.alloc(Obj::List(keys), site)?))
}

pub fn has(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = map_arg(vm, args[0], "first")?;
    let found = match (vm.heap.get(h), MapKey::from_value(args[1])) {
        (Ok(Obj::Map(map)), Some(key)) => map.contains_key(&key),
        _ => false,
    };
    Ok(Value::Bool(found))
}

pub fn remove(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = map_arg(vm, args[0], "first")?;
    let removed = match (vm.heap.get_mut(h), MapKey::from_value(args[1])) {
        // `shift_remove` keeps the other entries in insertion order.
        (Ok(Obj::Map(map)), Some(key)) => map.shift_remove(&key),
        _ => None,
    };
    removed.ok_or_else(|| format!("key {} is not in the map", vm.describe_value(args[1])).into())
}
