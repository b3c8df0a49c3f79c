//! Loading: appends a compiled [`Proto`] to the program (vm/program.rs). String
//! constants are interned, nested functions loaded first, constant indexes and
//! jump targets relocated into the flat tables, global accesses rewritten from
//! name constants to global slots so the dispatch loop indexes an array instead
//! of hashing a name, and property instructions given an inline cache each
//! (vm/properties.rs).

use super::program::FunctionId;
use super::properties::PropertyCache;
use super::{Frame, Vm, VmResult};
use crate::bytecode::{Constant, Op, Proto};
use crate::heap::{Closure, Obj, Site, Value};

impl Vm {
    /// Loads `proto` and everything nested in it into the program; yields the
    /// function's id. On an error, what it appended stays: the caller
    /// (`load_script`) undoes the whole load.
    fn load_function(&mut self, proto: Proto, file: u32) -> VmResult<FunctionId> {
        // Every constant made so far is held until it is in the program's
        // constants (the guard's scope is the whole function), since each
        // allocation may collect.
        let mut this = self.holding();
        let mut names = Vec::with_capacity(proto.constants.len());
        // The id of each nested function, by constant index, for `Closure`.
        let mut nested = vec![None; proto.constants.len()];
        for (k, constant) in proto.constants.into_iter().enumerate() {
            let value = match constant {
                Constant::Number(n) => Value::number(n),
                Constant::Str(s) => {
                    let h = this.intern_owned(s)?;
                    // Constants belong to the code: `free` and `@ttl` leave
                    // them alone.
                    this.heap.pin(h);
                    Value::obj(h)
                }
                Constant::Function(f) => {
                    nested[k] = Some(this.load_function(*f, file)?);
                    // `Closure` carries the id instead; nothing reads this.
                    Value::NIL
                }
            };
            this.hold(value);
            names.push(value);
        }
        // Operands become indexes into the flat tables: constants and jump
        // targets move by where this function's part of them starts.
        let constant_base = this.program.constants.len() as u32;
        let entry = this.program.code.len() as u32;
        let mut code = proto.code;
        for op in &mut code {
            // A compare-and-jump superinstruction has a target and a constant.
            if let Some(target) = op.jump_target_mut() {
                *target += entry;
            }
            match op {
                Op::Closure(k) => *k = nested[*k as usize].expect("closure operands are functions"),
                Op::GetGlobal(k) | Op::SetGlobal(k) | Op::SetGlobalPop(k) | Op::DefineGlobal(k) => {
                    let name = names[*k as usize]
                        .as_handle()
                        .expect("global operands name string constants");
                    *k = this.global_slot(name);
                }
                // Each property instruction gets its own inline cache.
                Op::GetProperty(k)
                | Op::SetProperty(k)
                | Op::SetPropertyPop(k)
                | Op::Invoke(k, _)
                | Op::GetLocalProperty(_, k)
                | Op::ReturnLocalProperty(_, k) => {
                    let name = names[*k as usize]
                        .as_handle()
                        .expect("property operands name string constants");
                    *k = u32::try_from(this.caches.len()).expect("fewer than 4 billion caches");
                    this.caches.push(PropertyCache::new(name));
                }
                // Every other constant operand stays a constant index.
                op => {
                    if let Some(k) = op.constant_operand_mut() {
                        *k += constant_base;
                    }
                }
            }
        }
        let program = &mut this.program;
        program.constants.extend_from_slice(&names);
        program.code.extend_from_slice(&code);
        program.spans.extend_from_slice(&proto.spans);
        (program.sites).extend(proto.spans.iter().map(|span| Site {
            file,
            offset: span.start,
        }));
        let id = u32::try_from(program.functions.len()).expect("fewer than 4 billion functions");
        program.functions.push(super::program::FunctionInfo {
            name: proto.name.into_boxed_str(),
            arity: proto.arity,
            entry,
            max_stack: proto.max_stack,
            file,
            upvalues: proto.upvalues.into_boxed_slice(),
        });
        Ok(id)
    }

    /// Loads a top-level script and pushes its frame, ready for `run`. A load
    /// that fails (the heap limit, interning a constant) leaves the program as
    /// it was.
    pub(super) fn load_script(&mut self, proto: Proto, file: u32) -> VmResult<()> {
        let before = self.program.lengths();
        let loaded = self.load_function(proto, file).and_then(|function| {
            let closure = self.alloc(
                Obj::Closure(Closure {
                    function,
                    upvalues: Box::new([]),
                }),
                Site { file, offset: 0 },
            )?;
            Ok((function, closure))
        });
        let (function, closure) = match loaded {
            Ok(loaded) => loaded,
            Err(e) => {
                self.program.truncate(before);
                return Err(e);
            }
        };
        let f = self.program.function(function);
        let (entry, max_stack) = (f.entry as usize, f.max_stack as usize);
        self.stack.reserve(max_stack + 1);
        self.stack.push(Value::obj(closure));
        self.frames.push(Frame {
            closure,
            function,
            ip: entry,
            base: self.stack.len() - 1,
        });
        Ok(())
    }
}
