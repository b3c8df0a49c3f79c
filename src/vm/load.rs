//! Loading: moves a compiled [`Proto`] into the heap as a function object. String
//! constants are interned, nested functions loaded first, global accesses
//! rewritten from name constants to global slots so the dispatch loop indexes an
//! array instead of hashing a name, and property instructions given an inline
//! cache each (vm/properties.rs).

use super::properties::PropertyCache;
use super::{Frame, Vm, VmResult};
use crate::bytecode::{Constant, Op, Proto};
use crate::heap::{Closure, Function, Handle, Obj, Site, Value};
use std::rc::Rc;

impl Vm {
    /// Loads `proto` and everything nested in it; yields the function object.
    fn load_function(&mut self, proto: Proto, file: u32) -> VmResult<Handle> {
        // Every constant made so far is kept in `temp_roots` until the function
        // that holds it is on the heap, since each allocation may collect.
        let roots_before = self.temp_roots.len();
        let mut names = Vec::with_capacity(proto.constants.len());
        for constant in proto.constants {
            let value = match constant {
                Constant::Number(n) => Ok(Value::Number(n)),
                Constant::Str(s) => self.intern_owned(s).map(Value::Obj),
                Constant::Function(f) => self.load_function(*f, file).map(Value::Obj),
            };
            let value = match value {
                Ok(value) => value,
                Err(e) => {
                    self.temp_roots.truncate(roots_before);
                    return Err(e);
                }
            };
            // Constants belong to the code: `free` and `@ttl` leave them alone.
            if let Value::Obj(h) = value {
                self.heap.pin(h);
            }
            self.temp_roots.push(value);
            names.push(value);
        }
        let mut code = proto.code;
        for op in &mut code {
            match op {
                Op::GetGlobal(k) | Op::SetGlobal(k) | Op::DefineGlobal(k) => {
                    let name = names[*k as usize]
                        .as_handle()
                        .expect("global operands name string constants");
                    *k = self.global_slot(name);
                }
                // Each property instruction gets its own inline cache.
                Op::GetProperty(k)
                | Op::SetProperty(k)
                | Op::Invoke(k, _)
                | Op::GetLocalProperty(_, k) => {
                    let name = names[*k as usize]
                        .as_handle()
                        .expect("property operands name string constants");
                    *k = u32::try_from(self.caches.len()).expect("fewer than 4 billion caches");
                    self.caches.push(PropertyCache::new(name));
                }
                _ => {}
            }
        }
        let function = Function {
            name: proto.name.into_boxed_str(),
            kind: proto.kind,
            arity: proto.arity,
            code,
            spans: proto.spans,
            constants: names,
            upvalues: proto.upvalues,
            max_stack: proto.max_stack,
            file,
        };
        let site = Site {
            file,
            offset: function.spans.first().map_or(0, |s| s.start),
        };
        let h = self.alloc(Obj::Function(Rc::new(function)), site);
        self.temp_roots.truncate(roots_before);
        h
    }

    /// Loads a top-level script and pushes its frame, ready for `run`.
    pub(super) fn load_script(&mut self, proto: Proto, file: u32) -> VmResult<()> {
        let function = self.load_function(proto, file)?;
        let Ok(Obj::Function(f)) = self.heap.get(function) else {
            unreachable!("just allocated");
        };
        let f = Rc::clone(f);
        self.temp_roots.push(Value::Obj(function));
        let closure = self.alloc(
            Obj::Closure(Closure {
                function: Rc::clone(&f),
                function_handle: function,
                upvalues: Box::new([]),
            }),
            Site { file, offset: 0 },
        );
        self.temp_roots.pop();
        let closure = closure?;
        self.stack.reserve(f.max_stack as usize + 1);
        self.stack.push(Value::Obj(closure));
        self.frames.push(Frame {
            closure,
            function: f,
            ip: 0,
            base: self.stack.len() - 1,
        });
        Ok(())
    }
}
