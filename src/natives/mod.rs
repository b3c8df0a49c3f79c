//! Built-in functions. Each is a plain Rust function over the VM's native API
//! ([`Vm::intern`], [`Vm::alloc`], [`Vm::collect_garbage`], ...); the heap knows
//! a native only by its index in [`NATIVES`].

mod collections;
mod io;
mod math;
mod memory;
mod strings;

use crate::heap::{Handle, Native as NativeObj, Obj, Site, Value, SLOT_BYTES};
use crate::vm::{RuntimeError, Vm, VmResult};
use collections::{
    concat, contains, copy, has, index_of, insert, items, keys, len, pop, push, remove, remove_at,
    reverse, slice, sort, values,
};
use io::{args, env, exit, input, read_file, sleep, write, write_file};
use math::{abs, ceil, floor, max, min, pow, random, random_int, round, sqrt};
use memory::{alive, free, gc, heap_stats};
use strings::{
    chr, ends_with, find, fixed, join, lower, ord, repeat, replace, split, starts_with, trim, upper,
};

/// Why a native failed: a message about its arguments (reported with the
/// native's name in front), or an error of the VM's own, such as running out
/// of memory, reported as it is.
pub enum NativeError {
    Message(String),
    Runtime(Box<RuntimeError>),
}

impl From<String> for NativeError {
    fn from(message: String) -> Self {
        NativeError::Message(message)
    }
}

impl From<&str> for NativeError {
    fn from(message: &str) -> Self {
        NativeError::Message(message.to_string())
    }
}

impl From<Box<RuntimeError>> for NativeError {
    fn from(error: Box<RuntimeError>) -> Self {
        NativeError::Runtime(error)
    }
}

pub type NativeResult = Result<Value, NativeError>;

type NativeFn = fn(&mut Vm, &[Value]) -> NativeResult;

pub struct Native {
    pub name: &'static str,
    /// Arguments it needs.
    pub arity: usize,
    /// Arguments it may take beyond those.
    pub optional: usize,
    pub func: NativeFn,
    /// Accepts freed or expired objects (only `alive` and `free` do; every
    /// other native reports the stale reference).
    pub takes_stale: bool,
}

pub static NATIVES: &[Native] = &[
    native("clock", 0, clock),
    native("gc", 0, gc),
    native("len", 1, len),
    native("push", 2, push),
    native("pop", 1, pop),
    native("keys", 1, keys),
    native("has", 2, has),
    native("remove", 2, remove),
    native("str", 1, str),
    native("num", 1, num),
    native("type", 1, type_of),
    optional(native("input", 0, input), 1),
    optional(native("write", 1, write), 254),
    native("args", 0, args),
    native("sleep", 1, sleep),
    Native {
        takes_stale: true,
        ..native("free", 1, free)
    },
    Native {
        takes_stale: true,
        ..native("alive", 1, alive)
    },
    native("heap_stats", 0, heap_stats),
    // Strings.
    optional(native("split", 1, split), 1),
    optional(native("join", 1, join), 1),
    native("trim", 1, trim),
    native("upper", 1, upper),
    native("lower", 1, lower),
    native("find", 2, find),
    native("replace", 3, replace),
    native("starts_with", 2, starts_with),
    native("ends_with", 2, ends_with),
    native("repeat", 2, repeat),
    native("ord", 1, ord),
    native("chr", 1, chr),
    native("fixed", 2, fixed),
    // Lists and maps.
    optional(native("sort", 1, sort), 1),
    native("insert", 3, insert),
    native("remove_at", 2, remove_at),
    native("index_of", 2, index_of),
    native("contains", 2, contains),
    native("reverse", 1, reverse),
    native("concat", 2, concat),
    optional(native("slice", 2, slice), 1),
    native("values", 1, values),
    native("items", 1, items),
    native("copy", 1, copy),
    // Numbers.
    native("floor", 1, floor),
    native("ceil", 1, ceil),
    native("round", 1, round),
    native("abs", 1, abs),
    native("sqrt", 1, sqrt),
    native("pow", 2, pow),
    optional(native("min", 1, min), 254),
    optional(native("max", 1, max), 254),
    native("random", 0, random),
    native("random_int", 2, random_int),
    // Files and the process.
    native("read_file", 1, read_file),
    native("write_file", 2, write_file),
    optional(native("exit", 0, exit), 1),
    native("env", 1, env),
];

const fn optional(native: Native, more: usize) -> Native {
    Native {
        optional: more,
        ..native
    }
}

/// The largest string or list a native builds, in bytes: far above any
/// sensible script, and below what the machine could fail to allocate (an
/// allocation failure would abort the process instead of raising an error).
pub const MAX_RESULT_BYTES: usize = 1 << 30;

/// Ordinal words for argument positions in messages.
pub fn nth(i: usize) -> &'static str {
    ["first", "second", "third", "fourth"]
        .get(i)
        .copied()
        .unwrap_or("an")
}

/// The text of a string argument, or the error naming the argument.
pub fn string_arg(vm: &Vm, value: Value, which: &str) -> Result<String, NativeError> {
    if let Some(h) = value.as_handle() {
        if let Ok(Obj::Str(s)) = vm.heap.get(h) {
            return Ok(s.text.to_string());
        }
    }
    Err(format!(
        "{which} argument must be a string, not {}",
        vm.type_name(value)
    )
    .into())
}

/// A number argument, or the error naming the argument.
pub fn number_arg(vm: &Vm, value: Value, which: &str) -> Result<f64, NativeError> {
    match value.as_number() {
        Some(n) => Ok(n),
        None => Err(format!(
            "{which} argument must be a number, not {}",
            vm.type_name(value)
        )
        .into()),
    }
}

/// A whole-number argument (within ±2^53, where every whole number is
/// exact), or the error naming the argument.
pub fn whole_arg(vm: &Vm, value: Value, which: &str) -> Result<i64, NativeError> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let n = number_arg(vm, value, which)?;
    if n.fract() != 0.0 || !n.is_finite() {
        return Err(format!(
            "{which} argument must be a whole number, not {}",
            vm.describe_value(value)
        )
        .into());
    }
    if n.abs() > EXACT {
        return Err(format!(
            "{which} argument must be from -2^53 to 2^53, not {}",
            vm.describe_value(value)
        )
        .into());
    }
    Ok(n as i64)
}

/// Refuses a result of `bytes` before it is built: past [`MAX_RESULT_BYTES`],
/// or past the heap limit (the out-of-memory error, after a collection).
pub fn room_for_result(vm: &mut Vm, bytes: Option<usize>) -> Result<(), NativeError> {
    match bytes {
        Some(b) if b <= MAX_RESULT_BYTES => Ok(vm.make_room(SLOT_BYTES + b, None)?),
        _ => Err(format!(
            "the result would be larger than {} (the largest string or list)",
            crate::units::bytes(MAX_RESULT_BYTES as u64)
        )
        .into()),
    }
}

/// A string result, counted against the heap limit before it is interned.
pub fn string_result(vm: &mut Vm, text: String) -> NativeResult {
    room_for_result(vm, Some(text.len()))?;
    Ok(Value::obj(vm.intern_owned(text)?))
}

/// A new list holding `items` (which the caller keeps rooted).
pub fn list_result(vm: &mut Vm, items: Vec<Value>) -> Result<Handle, NativeError> {
    room_for_result(vm, items.len().checked_mul(std::mem::size_of::<Value>()))?;
    Ok(vm.new_list(items)?)
}

const fn native(name: &'static str, arity: usize, func: NativeFn) -> Native {
    Native {
        name,
        arity,
        optional: 0,
        func,
        takes_stale: false,
    }
}

/// Defines every native as a global.
pub fn define_all(vm: &mut Vm) -> VmResult<()> {
    for (id, native) in NATIVES.iter().enumerate() {
        let h = vm.alloc(Obj::Native(NativeObj(id as u16)), Site::RUNTIME)?;
        vm.heap.pin(h);
        vm.define_global(native.name, Value::obj(h))?;
    }
    Ok(())
}

/// Calls native `id` with the `argc` arguments on top of the stack and replaces
/// them (and the callee) with the result.
pub(crate) fn call(vm: &mut Vm, id: u16, argc: usize) -> VmResult<()> {
    let native = &NATIVES[id as usize];
    let most = native.arity + native.optional;
    if argc < native.arity || argc > most {
        let expected = match native.optional {
            0 => native.arity.to_string(),
            1 => format!("{} or {most}", native.arity),
            _ => format!("{} to {most}", native.arity),
        };
        return Err(vm.error(format!(
            "`{}` expects {expected} argument{} but got {argc}",
            native.name,
            if most == 1 && native.optional == 0 {
                ""
            } else {
                "s"
            }
        )));
    }
    let args: Vec<Value> = vm.native_args(argc).to_vec();
    if !native.takes_stale {
        for &arg in &args {
            vm.check_live(arg)?;
        }
    }
    match (native.func)(vm, &args) {
        Ok(result) => {
            vm.finish_native(argc, result);
            Ok(())
        }
        Err(NativeError::Message(message)) => Err(vm.error(format!("{}: {message}", native.name))),
        Err(NativeError::Runtime(error)) => Err(error),
    }
}

fn clock(vm: &mut Vm, _: &[Value]) -> NativeResult {
    Ok(Value::number(vm.clock()))
}

fn str(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = vm.printed(args[0])?;
    Ok(Value::obj(vm.intern_owned(text)?))
}

/// Parses a decimal number, as the lexer writes them plus an optional sign,
/// exponent and surrounding spaces; `nil` for anything else (as Lua's
/// `tonumber`). Numbers pass through.
fn num(vm: &mut Vm, args: &[Value]) -> NativeResult {
    if args[0].is_number() {
        return Ok(args[0]);
    }
    let text = match args[0].as_handle().map(|h| vm.heap.get(h)) {
        Some(Ok(Obj::Str(s))) => s.text.trim().to_string(),
        _ => {
            return Err(format!("argument must be a string, not {}", vm.type_name(args[0])).into())
        }
    };
    let numeric = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    Ok(match text.parse::<f64>() {
        Ok(n) if numeric => Value::number(n),
        _ => Value::NIL,
    })
}

fn type_of(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let name = vm.type_name(args[0]);
    Ok(Value::obj(vm.intern(name)?))
}
