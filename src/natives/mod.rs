//! Built-in functions. Each is a plain Rust function over the VM's native API
//! ([`Vm::native_args`], [`Vm::intern`], [`Vm::collect_garbage`], ...); the heap
//! knows a native only by its index in [`NATIVES`].

use crate::heap::{Native as NativeObj, Obj, Site, Value};
use crate::vm::{Vm, VmResult};

type NativeFn = fn(&mut Vm, &[Value]) -> Result<Value, String>;

pub struct Native {
    pub name: &'static str,
    pub arity: usize,
    pub func: NativeFn,
}

pub static NATIVES: &[Native] = &[
    Native {
        name: "clock",
        arity: 0,
        func: clock,
    },
    Native {
        name: "gc",
        arity: 0,
        func: gc,
    },
];

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
