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
        return Ok(Value::NIL);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    let text = String::from_utf8_lossy(&line).into_owned();
    Ok(Value::obj(vm.intern_owned(text)?))
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
    Ok(Value::NIL)
}

/// The command-line arguments after the script's path, as a list of strings.
pub fn args(vm: &mut Vm, _: &[Value]) -> NativeResult {
    let given = vm.config().args.clone();
    let mut strings = Vec::with_capacity(given.len());
    let mut vm = vm.holding();
    for arg in &given {
        let h = vm.intern(arg)?;
        // Each string must survive the allocations of the ones after it.
        vm.hold(Value::obj(h));
        strings.push(Value::obj(h));
    }
    let site = vm.current_site();
    Ok(Value::obj(vm.alloc(Obj::List(strings), site)?))
}

pub fn sleep(vm: &mut Vm, args: &[Value]) -> NativeResult {
    match args[0].as_number() {
        Some(s) if s >= 0.0 && s.is_finite() => {
            vm.sleep(s);
            if crate::vm::interrupted() {
                return Err(vm.interrupted_error().into());
            }
            Ok(Value::NIL)
        }
        Some(_) => Err(format!(
            "seconds must be a finite number of at least 0, not {}",
            vm.describe_value(args[0])
        )
        .into()),
        None => Err(format!("seconds must be a number, not {}", vm.type_name(args[0])).into()),
    }
}

/// `read_file(path)`: the whole file as a string. A regular file's size is
/// checked against the heap limit before it is read; anything else (a pipe,
/// `/dev/zero`) is read only up to what the limit and the largest string
/// allow, so an endless file is an error, not a hang.
pub fn read_file(vm: &mut Vm, args: &[Value]) -> NativeResult {
    use std::io::Read;
    let path = super::string_arg(vm, args[0], "the")?;
    files_allowed(vm)?;
    let file = std::fs::File::open(&path).map_err(|e| os_error("read", &path, &e))?;
    let size = file
        .metadata()
        .map_err(|e| os_error("read", &path, &e))?
        .len();
    super::room_for_result(vm, usize::try_from(size).ok())?;
    let most = super::MAX_RESULT_BYTES.min(vm.heap.room_left());
    let mut bytes = Vec::new();
    file.take(most as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| os_error("read", &path, &e))?;
    // Read past `most`: `string_result` refuses it with the usual error.
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("cannot read {path:?}: the file is not UTF-8 text"))?;
    super::string_result(vm, text)
}

/// `write_file(path, s)`: replaces the file's contents with `s` (creating
/// it); returns `nil`.
pub fn write_file(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let path = super::string_arg(vm, args[0], "first")?;
    let text = super::string_arg(vm, args[1], "second")?;
    files_allowed(vm)?;
    std::fs::write(&path, text).map_err(|e| os_error("write", &path, &e))?;
    Ok(Value::NIL)
}

fn files_allowed(vm: &Vm) -> Result<(), String> {
    if vm.config().files {
        Ok(())
    } else {
        Err("file access is turned off in this VM".into())
    }
}

/// "cannot read "x.txt": No such file or directory (os error 2)".
fn os_error(verb: &str, path: &str, error: &std::io::Error) -> String {
    format!("cannot {verb} {path:?}: {error}")
}

/// `exit()` / `exit(code)`: ends the program with that exit status (0 to
/// 255; 0 by default), after flushing its output; `--stats` and the heap
/// timeline are still written.
pub fn exit(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let code = match args.first() {
        Some(&code) => super::whole_arg(vm, code, "the")?,
        None => 0,
    };
    let Ok(code) = u8::try_from(code) else {
        return Err(format!("the exit status must be 0 to 255, not {code}").into());
    };
    let mut stop = vm.error(format!("exit({code})"));
    stop.exit = Some(code);
    Err(stop.into())
}

/// `env(name)`: the environment variable's value, or `nil` when it is not
/// set (or not Unicode).
pub fn env(vm: &mut Vm, args: &[Value]) -> NativeResult {
    let name = super::string_arg(vm, args[0], "the")?;
    if name.is_empty() || name.contains(['=', '\0']) {
        return Err(format!("{name:?} is not a variable name").into());
    }
    match std::env::var(&name) {
        Ok(value) => super::string_result(vm, value),
        Err(_) => Ok(Value::NIL),
    }
}
