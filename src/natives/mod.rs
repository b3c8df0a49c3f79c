//! Built-in functions. Each is a plain Rust function over the VM's native API
//! ([`Vm::intern`], [`Vm::alloc`], [`Vm::collect_garbage`], ...); the heap knows
//! a native only by its index in [`NATIVES`].

mod collections;
mod io;
mod memory;

use crate::heap::{Native as NativeObj, Obj, Site, Value};
use crate::vm::{RuntimeError, Vm, VmResult};
use collections::{has, keys, len, pop, push, remove};
use io::{args, input, sleep, write};
use memory::{alive, free, gc, heap_stats};

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
    Native {
        optional: 1,
        ..native("input", 0, input)
    },
    Native {
        optional: 254,
        ..native("write", 1, write)
    },
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
];

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
        vm.define_global(native.name, Value::Obj(h))?;
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
    Ok(Value::Number(vm.clock()))
}

fn str(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = vm.printed(args[0])?;
    Ok(Value::Obj(vm.intern_owned(text)?))
}

/// Parses a decimal number, as the lexer writes them plus an optional sign,
/// exponent and surrounding spaces; `nil` for anything else (as Lua's
/// `tonumber`). Numbers pass through.
fn num(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let text = match args[0] {
        Value::Number(n) => return Ok(Value::Number(n)),
        Value::Obj(h) => match vm.heap.get(h) {
            Ok(Obj::Str(s)) => s.text.trim().to_string(),
            _ => {
                return Err(
                    format!("argument must be a string, not {}", vm.type_name(args[0])).into(),
                )
            }
        },
        other => {
            return Err(format!("argument must be a string, not {}", vm.type_name(other)).into())
        }
    };
    let numeric = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    Ok(match text.parse::<f64>() {
        Ok(n) if numeric => Value::Number(n),
        _ => Value::Nil,
    })
}

fn type_of(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let name = vm.type_name(args[0]);
    Ok(Value::Obj(vm.intern(name)?))
}
