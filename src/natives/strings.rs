//! Natives over strings (docs/language.md §5): `split`, `join`, `trim`,
//! `upper`, `lower`, `find`, `replace`, `starts_with`, `ends_with`,
//! `repeat`, `ord`, `chr`, `fixed`. Strings stay immutable: each returns a new
//! (interned) string. Positions are in characters, as indexing is.

use super::collections::{list_arg, list_or_string, Sequence};
use super::{
    list_result, number_arg, room_for_result, string_arg, string_result, whole_arg, NativeResult,
};
use crate::heap::{Obj, Value};
use crate::vm::Vm;

/// `split(s)` splits at runs of whitespace and drops empty parts; `split(s,
/// sep)` splits at every `sep` and keeps them (as Python's `str.split`).
pub fn split(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "first")?;
    let sep = match args.get(1) {
        Some(&sep) => Some(string_arg(vm, sep, "second")?),
        None => None,
    };
    let parts: Box<dyn Iterator<Item = &str>> = match &sep {
        None => Box::new(text.split_whitespace()),
        Some(sep) if sep.is_empty() => return Err("the separator must not be empty".into()),
        Some(sep) => Box::new(text.split(sep.as_str())),
    };
    // The list's room is checked before its parts are made, so a split into
    // a million parts under a small heap limit fails before building them.
    let count = match &sep {
        None => text.split_whitespace().count(),
        Some(sep) => text.matches(sep.as_str()).count() + 1,
    };
    room_for_result(vm, count.checked_mul(std::mem::size_of::<Value>()))?;
    let mut items = Vec::with_capacity(count);
    let mut vm = vm.holding();
    for part in parts {
        let h = vm.intern(part)?;
        // Each part must survive the allocations of the ones after it.
        vm.hold(Value::obj(h));
        items.push(Value::obj(h));
    }
    Ok(Value::obj(list_result(&mut vm, items)?))
}

/// `join(list, sep)`: the printed forms of the elements with `sep` between
/// them (`sep` defaults to `""`). The length is known, and checked against
/// the heap limit, before the text is built.
pub fn join(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let h = list_arg(vm, args[0], "first")?;
    let Ok(Obj::List(items)) = vm.heap.get(h) else {
        unreachable!("checked by list_arg")
    };
    let items = items.clone();
    let sep = match args.get(1) {
        Some(&sep) => string_arg(vm, sep, "second")?,
        None => String::new(),
    };
    let mut pieces = Vec::with_capacity(items.len());
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for &item in &items {
        let piece = vm.printed(item)?;
        total = total.saturating_add(piece.len());
        pieces.push(piece);
    }
    room_for_result(vm, Some(total))?;
    Ok(Value::obj(vm.intern_owned(pieces.join(&sep))?))
}

pub fn trim(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "the")?;
    string_result(vm, text.trim().to_string())
}

pub fn upper(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "the")?;
    // About the input's size (a few characters grow): checked before building.
    room_for_result(vm, Some(text.len()))?;
    string_result(vm, text.to_uppercase())
}

pub fn lower(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "the")?;
    // About the input's size (a few characters grow): checked before building.
    room_for_result(vm, Some(text.len()))?;
    string_result(vm, text.to_lowercase())
}

/// `find(s, part)`: the character position of the first `part` in `s`, or
/// `nil` (which is false, where 0 is true).
pub fn find(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "first")?;
    let part = string_arg(vm, args[1], "second")?;
    Ok(char_position(&text, &part))
}

/// Where `part` first occurs in `text`, in characters; `nil` if nowhere.
pub fn char_position(text: &str, part: &str) -> Value {
    match text.find(part) {
        Some(byte) => Value::number(text[..byte].chars().count() as f64),
        None => Value::NIL,
    }
}

/// `replace(s, old, new)`: every `old` replaced by `new`.
pub fn replace(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "first")?;
    let old = string_arg(vm, args[1], "second")?;
    let new = string_arg(vm, args[2], "third")?;
    // An empty `old` matches between every two characters and at both ends.
    let count = if old.is_empty() {
        text.chars().count() + 1
    } else {
        text.matches(old.as_str()).count()
    };
    let length = count
        .checked_mul(new.len())
        .and_then(|added| (text.len() - count * old.len()).checked_add(added));
    room_for_result(vm, length)?;
    Ok(Value::obj(
        vm.intern_owned(text.replace(old.as_str(), &new))?,
    ))
}

pub fn starts_with(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "first")?;
    let part = string_arg(vm, args[1], "second")?;
    Ok(Value::bool(text.starts_with(part.as_str())))
}

pub fn ends_with(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "first")?;
    let part = string_arg(vm, args[1], "second")?;
    Ok(Value::bool(text.ends_with(part.as_str())))
}

/// `repeat(s, n)`: `s` written `n` times; on a list, a new list of its
/// elements `n` times over (Python's `s * n`). The size is checked against
/// the heap limit before anything is built.
pub fn repeat(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let times = whole_arg(vm, args[1], "second")?;
    if times < 0 {
        return Err(format!("second argument must be at least 0, not {times}").into());
    }
    let times = times as usize;
    match list_or_string(vm, args[0])? {
        Sequence::List(items) => {
            let bytes = (items.len() * std::mem::size_of::<Value>()).checked_mul(times);
            room_for_result(vm, bytes)?;
            Ok(Value::obj(list_result(vm, items.repeat(times))?))
        }
        Sequence::Str(text) => {
            room_for_result(vm, text.len().checked_mul(times))?;
            Ok(Value::obj(vm.intern_owned(text.repeat(times))?))
        }
        Sequence::Map(_) => unreachable!("list_or_string refuses maps"),
    }
}

/// `ord(c)`: the code point of a one-character string.
pub fn ord(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = string_arg(vm, args[0], "the")?;
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::number(c as u32 as f64)),
        _ => Err(format!(
            "argument must be one character, not a string of length {}",
            text.chars().count()
        )
        .into()),
    }
}

/// `chr(n)`: the one-character string of code point `n`.
pub fn chr(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let n = whole_arg(vm, args[0], "the")?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => string_result(vm, c.to_string()),
        None => {
            Err(format!("{n} is not a Unicode code point (0 to 1114111, except surrogates)").into())
        }
    }
}

/// `fixed(x, digits)`: `x` with exactly `digits` digits after the point
/// (`fixed(85.8333, 2)` is `"85.83"`), rounding half to even on the binary
/// value as C's `printf("%.2f")` does.
pub fn fixed(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let x = number_arg(vm, args[0], "first")?;
    let digits = whole_arg(vm, args[1], "second")?;
    if !(0..=100).contains(&digits) {
        return Err(format!("second argument must be 0 to 100 digits, not {digits}").into());
    }
    let text = if x.is_finite() {
        format!("{x:.*}", digits as usize)
    } else {
        let mut text = String::new();
        crate::heap::format_number(x, &mut text);
        text
    };
    string_result(vm, text)
}
