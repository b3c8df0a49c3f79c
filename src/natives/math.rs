//! Natives over numbers (docs/language.md §5): `floor`, `ceil`, `round`,
//! `abs`, `sqrt`, `pow`, `min`, `max`, and the generator behind `random` and
//! `random_int`, seeded by `--seed` or the clock.

use super::{number_arg, whole_arg, NativeResult};
use crate::heap::{Obj, Value};
use crate::vm::Vm;

pub fn floor(vm: &mut Vm, args: &[Value]) -> NativeResult {
    Ok(Value::number(number_arg(vm, args[0], "the")?.floor()))
}

pub fn ceil(vm: &mut Vm, args: &[Value]) -> NativeResult {
    Ok(Value::number(number_arg(vm, args[0], "the")?.ceil()))
}

/// Halves round away from zero (`round(2.5)` is 3, `round(-2.5)` is -3), as
/// people round by hand and Lua's `math.floor(x + 0.5)` idiom mostly does;
/// not Python's round-half-to-even.
pub fn round(vm: &mut Vm, args: &[Value]) -> NativeResult {
    Ok(Value::number(number_arg(vm, args[0], "the")?.round()))
}

pub fn abs(vm: &mut Vm, args: &[Value]) -> NativeResult {
    Ok(Value::number(number_arg(vm, args[0], "the")?.abs()))
}

/// The square root; `nan` for a negative number (IEEE arithmetic, as `0/0`).
pub fn sqrt(vm: &mut Vm, args: &[Value]) -> NativeResult {
    Ok(Value::number(number_arg(vm, args[0], "the")?.sqrt()))
}

pub fn pow(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let base = number_arg(vm, args[0], "first")?;
    let exponent = number_arg(vm, args[1], "second")?;
    Ok(Value::number(base.powf(exponent)))
}

pub fn min(vm: &mut Vm, args: &[Value]) -> NativeResult {
    extreme(vm, args, |a, b| a < b)
}

pub fn max(vm: &mut Vm, args: &[Value]) -> NativeResult {
    extreme(vm, args, |a, b| a > b)
}

/// `min(a, b, ...)` or `min(list)`: the first number no other beats. Numbers
/// only; a NaN among them is the result (it compares false with everything,
/// so it is reported rather than silently skipped).
fn extreme(vm: &mut Vm, args: &[Value], beats: fn(f64, f64) -> bool) -> NativeResult {
    let from_list = match args {
        [only] => match only.as_handle().map(|h| vm.heap.get(h)) {
            Some(Ok(Obj::List(items))) => Some(items.clone()),
            _ => None,
        },
        _ => None,
    };
    let values = from_list.as_deref().unwrap_or(args);
    let mut best: Option<f64> = None;
    for (i, &value) in values.iter().enumerate() {
        let n = match value.as_number() {
            Some(n) => n,
            None if from_list.is_some() => {
                return Err(format!(
                    "element {i} of the list must be a number, not {}",
                    vm.type_name(value)
                )
                .into())
            }
            None => {
                return Err(format!(
                    "{} argument must be a number (or the only argument a list), not {}",
                    super::nth(i),
                    vm.type_name(value)
                )
                .into())
            }
        };
        best = Some(match best {
            Some(b) if b.is_nan() || !(beats(n, b) || n.is_nan()) => b,
            _ => n,
        });
    }
    best.map(Value::number)
        .ok_or_else(|| "the list is empty".into())
}

/// A number in [0, 1).
pub fn random(vm: &mut Vm, _: &[Value]) -> NativeResult {
    Ok(Value::number(vm.rng.f64()))
}

/// `random_int(a, b)`: a whole number from `a` to `b`, both included (as
/// Lua's `math.random(a, b)` and Python's `random.randint`).
pub fn random_int(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let low = whole_arg(vm, args[0], "first")?;
    let high = whole_arg(vm, args[1], "second")?;
    if low > high {
        return Err(
            format!("the range {low} to {high} is empty (first must be at most second)").into(),
        );
    }
    Ok(Value::number(vm.rng.i64(low..=high) as f64))
}
