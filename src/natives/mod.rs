//! Built-in functions. Each is a plain Rust function over the VM's native API
//! ([`Vm::native_args`], [`Vm::intern`], [`Vm::collect_garbage`], ...); the heap
//! knows a native only by its index in [`NATIVES`].

mod collections;
mod io;

use crate::heap::{Native as NativeObj, Obj, Site, Value};
use crate::vm::{Vm, VmResult};
use collections::{has, keys, len, pop, push, remove};
use io::{args, input, sleep};

type NativeFn = fn(&mut Vm, &[Value]) -> Result<Value, String>;

pub struct Native {
    pub name: &'static str,
    pub arity: usize,
    pub func: NativeFn,
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
    native("input", 0, input),
    native("args", 0, args),
    native("sleep", 1, sleep),
];

const fn native(name: &'static str, arity: usize, func: NativeFn) -> Native {
    Native { name, arity, func }
}

/// Defines every native as a global.
pub fn define_all(vm: &mut Vm) {
    for (id, native) in NATIVES.iter().enumerate() {
        let h = vm.alloc(Obj::Native(NativeObj(id as u16)), Site::default());
        vm.define_global(native.name, Value::Obj(h));
    }
}

/// Calls native `id` with the `argc` arguments on top of the stack and replaces
/// them (and the callee) with the result.
pub(crate) fn call(vm: &mut Vm, id: u16, argc: usize) -> VmResult<()> {
    let native = &NATIVES[id as usize];
    if argc != native.arity {
        return Err(vm.error(format!(
            "`{}` expects {} argument{} but got {argc}",
            native.name,
            native.arity,
            if native.arity == 1 { "" } else { "s" }
        )));
    }
    let args: Vec<Value> = vm.native_args(argc).to_vec();
    match (native.func)(vm, &args) {
        Ok(result) => {
            vm.finish_native(argc, result);
            Ok(())
        }
        Err(message) => Err(vm.error(format!("{}: {message}", native.name))),
    }
}

fn clock(vm: &mut Vm, _: &[Value]) -> Result<Value, String> {
    Ok(Value::Number(vm.clock()))
}

fn gc(vm: &mut Vm, _: &[Value]) -> Result<Value, String> {
    Ok(Value::Number(vm.collect_garbage(None).objects as f64))
}

fn str(vm: &mut Vm, args: &[Value]) -> Result<Value, String> {
    let text = vm.value_to_string(args[0]);
    Ok(Value::Obj(vm.intern_owned(text)))
}

/// Parses a decimal number, as the lexer writes them plus an optional sign,
/// exponent and surrounding spaces; `nil` for anything else (as Lua's
/// `tonumber`). Numbers pass through.
fn num(vm: &mut Vm, args: &[Value]) -> Result<Value, String> {
    let text = match args[0] {
        Value::Number(n) => return Ok(Value::Number(n)),
        Value::Obj(h) => match vm.heap.get(h) {
            Ok(Obj::Str(s)) => s.text.trim().to_string(),
            _ => {
                return Err(format!(
                    "argument must be a string, not {}",
                    vm.type_name(args[0])
                ))
            }
        },
        other => {
            return Err(format!(
                "argument must be a string, not {}",
                vm.type_name(other)
            ))
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

fn type_of(vm: &mut Vm, args: &[Value]) -> Result<Value, String> {
    let name = vm.type_name(args[0]);
    Ok(Value::Obj(vm.intern(name)))
}
