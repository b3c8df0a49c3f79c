//! Natives that talk to the outside: `input`, `write`, `args`, `sleep`.

use super::NativeResult;
use crate::heap::{Obj, Value};
use crate::vm::Vm;

/// One line of stdin without its line ending; `nil` at end of input. An
/// argument is a prompt, written first without a newline (as Python's
/// `input(prompt)`).
pub fn input(vm: &mut Vm, args: &[Value]) -> NativeResult {
    if let Some(&prompt) = args.first() {
        let text = vm.printed(prompt)?;
        vm.write_out(&text)
            .map_err(|e| format!("cannot write program output: {e}"))?;
    }
    // A prompt printed just before must be visible while we wait.
    vm.flush()
        .map_err(|e| format!("cannot write program output: {e}"))?;
    let mut line = Vec::new();
    let read = match vm.read_line(&mut line) {
        Ok(n) => n,
        Err(e) => return Err(format!("cannot read stdin: {e}").into()),
    };
    if read == 0 {
        return Ok(Value::Nil);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    let text = String::from_utf8_lossy(&line).into_owned();
    Ok(Value::Obj(vm.intern_owned(text)?))
}

/// Writes the printed form of each argument, one after another, with no
/// separator and no newline (as Lua's `io.write`); returns `nil`.
pub fn write(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let mut text = String::new();
    for &arg in args {
        text.push_str(&vm.printed(arg)?);
    }
    vm.write_out(&text)
        .map_err(|e| format!("cannot write program output: {e}"))?;
    Ok(Value::Nil)
}

/// The command-line arguments after the script's path, as a list of strings.
pub fn args(vm: &mut Vm, _: &[Value]) -> NativeResult {
    let given = vm.config().args.clone();
    let mut strings = Vec::with_capacity(given.len());
    for arg in &given {
        match vm.intern(arg) {
            Ok(h) => {
                // Each string must survive the allocations of the ones after it.
                vm.hold(Value::Obj(h));
                strings.push(Value::Obj(h));
            }
            Err(e) => {
                vm.release(strings.len());
                return Err(e.into());
            }
        }
    }
    let site = vm.current_site();
    let list = vm.alloc(Obj::List(strings), site);
    vm.release(given.len());
    Ok(Value::Obj(list?))
}

pub fn sleep(vm: &mut Vm, args: &[Value]) -> NativeResult {
    match args[0] {
        Value::Number(s) if s >= 0.0 && s.is_finite() => {
            vm.sleep(s);
            if crate::vm::interrupted() {
                return Err(vm.interrupted_error().into());
            }
            Ok(Value::Nil)
        }
        Value::Number(s) => Err(format!(
            "seconds must be a finite number of at least 0, not {}",
            vm.describe_value(Value::Number(s))
        )
        .into()),
        other => Err(format!("seconds must be a number, not {}", vm.type_name(other)).into()),
    }
}
