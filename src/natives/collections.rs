//! Natives over lists, maps and strings (docs/language.md §5): `len`, `push`,
//! `pop`, `keys`, `has`, `remove`, `sort`, `insert`, `remove_at`, `index_of`,
//! `contains`, `reverse`, `concat`, `slice`, `values`, `items`, `copy`.

use super::{list_result, room_for_result, string_result, NativeError, NativeResult};
use crate::heap::{Handle, Map, MapKey, Obj, Value};
use crate::vm::{Position, Vm};

/// The handle of a list argument, or the error naming the argument.
pub(super) fn list_arg(vm: &Vm, value: Value, which: &str) -> Result<Handle, String> {
    match value.as_handle() {
        Some(h) if matches!(vm.heap.get(h), Ok(Obj::List(_))) => Ok(h),
        _ => Err(format!(
            "{which} argument must be a list, not {}",
            vm.type_name(value)
        )),
    }
}

/// The handle of a map argument (purged of entries with dead keys), or the
/// error naming the argument.
fn map_arg(vm: &mut Vm, value: Value, which: &str) -> Result<Handle, String> {
    match value.as_handle() {
        Some(h) if matches!(vm.heap.get(h), Ok(Obj::Map(_))) => {
            vm.heap.purge_dead_keys(h);
            Ok(h)
        }
        _ => Err(format!(
            "{which} argument must be a map, not {}",
            vm.type_name(value)
        )),
    }
}

pub fn len(vm: &mut Vm, args: &[Value]) -> NativeResult {
    if let Some(h) = args[0].as_handle() {
        vm.heap.purge_dead_keys(h);
    }
    let n = match args[0].as_handle().map(|h| vm.heap.get(h)) {
        Some(Ok(Obj::Str(s))) => Some(s.char_len()),
        Some(Ok(Obj::List(items))) => Some(items.len()),
        Some(Ok(Obj::Map(map))) => Some(map.len()),
        _ => None,
    };
    match n {
        Some(n) => Ok(Value::number(n as f64)),
        None => Err(format!(
            "argument must be a string, list or map, not {}",
            vm.type_name(args[0])
        )
        .into()),
    }
}

pub fn push(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "first")?;
    grow_list(vm, h, |items| items.push(args[1]))?;
    Ok(Value::NIL)
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
    Ok(Value::obj(vm.alloc(Obj::List(keys), site)?))
}

pub fn has(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = map_arg(vm, args[0], "first")?;
    let found = match (vm.heap.get(h), MapKey::from_value(args[1])) {
        (Ok(Obj::Map(map)), Some(key)) => map.contains_key(&key),
        _ => false,
    };
    Ok(Value::bool(found))
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

/// Runs `change` on list `h`, first making room when it may grow the list's
/// storage (so the heap limit holds), then re-counting its size.
fn grow_list(
    vm: &mut Vm,
    h: Handle,
    change: impl FnOnce(&mut Vec<Value>),
) -> Result<(), NativeError> {
    vm.grow(
        h,
        |obj| matches!(obj, Obj::List(items) if items.len() == items.capacity()),
        |obj| match obj {
            Obj::List(items) => change(items),
            _ => unreachable!("callers pass lists"),
        },
    )?;
    Ok(())
}

/// `sort(list)` orders numbers or strings ascending; `sort(list, less)`
/// orders by a function `less(a, b)` that is true when `a` goes before `b`
/// (as Lua's `table.sort`). In place, stable, returns `nil`.
///
/// The elements are sorted as a copy, held as roots, while `less` runs (it
/// is program code and may do anything); the list takes the order at the
/// end — unless `less` changed the list, which is an error (as in Python),
/// or freed it, which is the usual stale-reference error.
pub fn sort(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "first")?;
    let before = match vm.heap.get(h) {
        Ok(Obj::List(items)) => items.clone(),
        _ => unreachable!("checked by list_arg"),
    };
    let mut order = before.clone();
    match args.get(1) {
        None => merge_sort(&mut order, &mut |a, b| natural_less(vm, a, b))?,
        Some(&less) => {
            if !is_callable(vm, less) {
                return Err(format!(
                    "second argument must be a function, not {}",
                    vm.type_name(less)
                )
                .into());
            }
            let mut vm = vm.holding();
            for &item in &before {
                vm.hold(item);
            }
            merge_sort(&mut order, &mut |a, b| {
                Ok(!vm.call_back(less, &[a, b])?.is_falsey())
            })?;
        }
    }
    let changed = match vm.heap.get_mut(h) {
        Ok(Obj::List(items)) => {
            let same = items.len() == before.len()
                && items.iter().zip(&before).all(|(a, b)| identical(*a, *b));
            if same {
                // Same length: the storage (and its accounting) is unchanged.
                items.copy_from_slice(&order);
            }
            !same
        }
        Ok(_) => unreachable!("a list, and handles are never reused while live"),
        Err(stale) => return Err(vm.stale_error(false, stale).into()),
    };
    if changed {
        return Err("the list was changed by the comparison function during the sort".into());
    }
    Ok(Value::NIL)
}

/// The same value bit for bit (NaN included), for spotting a changed list.
fn identical(a: Value, b: Value) -> bool {
    match Value::numbers(a, b) {
        Some((x, y)) => x.to_bits() == y.to_bits(),
        None => a.equals(b),
    }
}

fn is_callable(vm: &Vm, value: Value) -> bool {
    matches!(
        value.as_handle().map(|h| vm.heap.get(h)),
        Some(Ok(Obj::Closure(_)
            | Obj::BoundMethod(_)
            | Obj::Native(_)
            | Obj::Class(_)))
    )
}

/// The order `sort` uses without a function: numbers, or strings by code
/// point; mixing them (or anything else) is an error.
fn natural_less(vm: &Vm, a: Value, b: Value) -> Result<bool, NativeError> {
    if let Some((x, y)) = Value::numbers(a, b) {
        return Ok(x < y);
    }
    if let (Some(x), Some(y)) = (a.as_handle(), b.as_handle()) {
        if let (Ok(Obj::Str(x)), Ok(Obj::Str(y))) = (vm.heap.get(x), vm.heap.get(y)) {
            return Ok(x.text < y.text);
        }
    }
    Err(format!(
        "can't order {} and {} (sort numbers or strings, or pass a comparison function)",
        vm.type_name(a),
        vm.type_name(b)
    )
    .into())
}

/// A stable bottom-up merge sort whose comparison may fail. It never
/// panics, whatever the comparison answers (the standard library's sort
/// may, on an inconsistent order), and stops at the first error.
fn merge_sort(
    items: &mut Vec<Value>,
    less: &mut dyn FnMut(Value, Value) -> Result<bool, NativeError>,
) -> Result<(), NativeError> {
    let n = items.len();
    let mut merged = items.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                // Take from the right only when strictly before: stable.
                let take_right = left == mid || (right < end && less(items[right], items[left])?);
                if take_right {
                    *slot = items[right];
                    right += 1;
                } else {
                    *slot = items[left];
                    left += 1;
                }
            }
            start = end;
        }
        std::mem::swap(items, &mut merged);
        width *= 2;
    }
    Ok(())
}

/// `insert(list, i, v)`: puts `v` before position `i` (`len(list)` appends;
/// negative counts from the end, as in Python).
pub fn insert(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "first")?;
    let len = match vm.heap.get(h) {
        Ok(Obj::List(items)) => items.len(),
        _ => unreachable!("checked by list_arg"),
    };
    // Position `len` is valid here (it appends); a negative position counts
    // from the end of the list as it is, so -1 inserts before the last.
    let at = match args[1] {
        index if index.as_number() == Some(len as f64) => len,
        index => match vm.position("list", index, len) {
            Position::At(i) => i,
            Position::Bad(message) => return Err(message.into()),
        },
    };
    grow_list(vm, h, |items| items.insert(at, args[2]))?;
    Ok(Value::NIL)
}

/// `remove_at(list, i)`: removes and returns the element at `i`.
pub fn remove_at(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "first")?;
    let len = match vm.heap.get(h) {
        Ok(Obj::List(items)) => items.len(),
        _ => unreachable!("checked by list_arg"),
    };
    let at = match vm.position("list", args[1], len) {
        Position::At(i) => i,
        Position::Bad(message) => return Err(message.into()),
    };
    match vm.heap.get_mut(h) {
        Ok(Obj::List(items)) => Ok(items.remove(at)),
        _ => unreachable!("checked by list_arg"),
    }
}

/// `index_of(list, v)`: the first position holding a value `== v`;
/// `index_of(s, part)`: where `part` first occurs in `s`. `nil` if absent.
pub fn index_of(vm: &mut Vm, args: &[Value]) -> NativeResult {
    match list_or_string(vm, args[0])? {
        Sequence::List(items) => Ok(items
            .iter()
            .position(|item| item.equals(args[1]))
            .map_or(Value::NIL, |i| Value::number(i as f64))),
        Sequence::Str(text) => {
            let part = super::string_arg(vm, args[1], "second")?;
            Ok(super::strings::char_position(&text, &part))
        }
        Sequence::Map(_) => unreachable!("list_or_string refuses maps"),
    }
}

/// `contains(x, v)`: an element of a list, a part of a string, a key of a map.
pub fn contains(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let found = match sequence(vm, args[0])? {
        Sequence::List(items) => items.iter().any(|item| item.equals(args[1])),
        Sequence::Str(text) => text.contains(&super::string_arg(vm, args[1], "second")?),
        Sequence::Map(h) => {
            let map = match vm.heap.get(h) {
                Ok(Obj::Map(map)) => map,
                _ => unreachable!("sequence checked it"),
            };
            MapKey::from_value(args[1]).is_some_and(|k| map.contains_key(&k))
        }
    };
    Ok(Value::bool(found))
}

/// `reverse(x)`: a new list or string with the elements in reverse order
/// (the argument is left as it is).
pub fn reverse(vm: &mut Vm, args: &[Value]) -> NativeResult {
    match list_or_string(vm, args[0])? {
        Sequence::List(mut items) => {
            items.reverse();
            Ok(Value::obj(list_result(vm, items)?))
        }
        Sequence::Str(text) => {
            room_for_result(vm, Some(text.len()))?;
            string_result(vm, text.chars().rev().collect())
        }
        Sequence::Map(_) => unreachable!("list_or_string refuses maps"),
    }
}

/// `concat(a, b)`: a new list of `a`'s elements then `b`'s (or a new string,
/// for two strings).
pub fn concat(vm: &mut Vm, args: &[Value]) -> NativeResult {
    match (sequence(vm, args[0])?, sequence(vm, args[1])?) {
        (Sequence::List(mut a), Sequence::List(b)) => {
            room_for_result(
                vm,
                (a.len() + b.len()).checked_mul(std::mem::size_of::<Value>()),
            )?;
            a.extend(b);
            Ok(Value::obj(list_result(vm, a)?))
        }
        (Sequence::Str(a), Sequence::Str(b)) => {
            room_for_result(vm, a.len().checked_add(b.len()))?;
            string_result(vm, a + &b)
        }
        _ => Err(format!(
            "arguments must be two lists or two strings, not {} and {}",
            vm.type_name(args[0]),
            vm.type_name(args[1])
        )
        .into()),
    }
}

/// `slice(x, start, end)`: `x[start:end]` (`end` may be left out).
pub fn slice(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let end = args.get(2).copied().unwrap_or(Value::NIL);
    Ok(vm.slice(args[0], args[1], end)?)
}

/// `values(map)`: a new list of the values in insertion order.
pub fn values(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = map_arg(vm, args[0], "the")?;
    let values: Vec<Value> = match vm.heap.get(h) {
        Ok(Obj::Map(map)) => map.values().copied().collect(),
        _ => unreachable!("checked by map_arg"),
    };
    Ok(Value::obj(list_result(vm, values)?))
}

/// `items(map)`: a new list of `[key, value]` lists in insertion order.
pub fn items(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = map_arg(vm, args[0], "the")?;
    let entries: Vec<(Value, Value)> = match vm.heap.get(h) {
        Ok(Obj::Map(map)) => map.iter().map(|(k, v)| (k.to_value(), *v)).collect(),
        _ => unreachable!("checked by map_arg"),
    };
    room_for_result(vm, entries.len().checked_mul(std::mem::size_of::<Value>()))?;
    let mut pairs = Vec::with_capacity(entries.len());
    let mut vm = vm.holding();
    for (key, value) in entries {
        // The keys and values are held by the map, an argument (rooted); each
        // pair must survive the allocations of the ones after it.
        let pair = list_result(&mut vm, vec![key, value])?;
        vm.hold(Value::obj(pair));
        pairs.push(Value::obj(pair));
    }
    Ok(Value::obj(list_result(&mut vm, pairs)?))
}

/// `copy(x)`: a new list or map with the same elements (a shallow copy).
pub fn copy(vm: &mut Vm, args: &[Value]) -> NativeResult {
    match sequence(vm, args[0])? {
        Sequence::List(items) => Ok(Value::obj(list_result(vm, items)?)),
        Sequence::Map(h) => {
            let bytes = match vm.heap.get(h) {
                Ok(map) => map.payload_bytes(),
                Err(_) => unreachable!("sequence checked it"),
            };
            room_for_result(vm, Some(bytes))?;
            let entries = match vm.heap.get(h) {
                Ok(Obj::Map(map)) => map.entries.clone(),
                _ => unreachable!("sequence checked it"),
            };
            let site = vm.current_site();
            let copy = vm.alloc(Obj::Map(Box::new(Map::new(entries))), site)?;
            Ok(Value::obj(copy))
        }
        Sequence::Str(_) => Err(format!(
            "argument must be a list or a map, not {} (strings are immutable: no copy is needed)",
            vm.type_name(args[0])
        )
        .into()),
    }
}

/// A list's elements, a string's text or a map, as the argument is.
pub(super) enum Sequence {
    List(Vec<Value>),
    Str(String),
    Map(Handle),
}

fn sequence(vm: &mut Vm, value: Value) -> Result<Sequence, NativeError> {
    if let Some(h) = value.as_handle() {
        vm.heap.purge_dead_keys(h);
        match vm.heap.get(h) {
            Ok(Obj::List(items)) => return Ok(Sequence::List(items.clone())),
            Ok(Obj::Str(s)) => return Ok(Sequence::Str(s.text.to_string())),
            Ok(Obj::Map(_)) => return Ok(Sequence::Map(h)),
            _ => {}
        }
    }
    Err(format!(
        "argument must be a list, string or map, not {}",
        vm.type_name(value)
    )
    .into())
}

/// A list's elements or a string's text; anything else (a map included) is
/// the error naming the first argument.
pub(super) fn list_or_string(vm: &mut Vm, value: Value) -> Result<Sequence, NativeError> {
    match sequence(vm, value) {
        Ok(Sequence::Map(_)) | Err(_) => Err(format!(
            "first argument must be a list or a string, not {}",
            vm.type_name(value)
        )
        .into()),
        Ok(found) => Ok(found),
    }
}
