//! The kinds of heap object and what each refers to. `Obj::trace` is the one place
//! that knows an object's outgoing references; the collector and the accounting
//! both build on it, so adding a field that holds a handle means updating it here.

use super::value::{Handle, Value};
use crate::bytecode::{FunctionKind, Op, UpvalueDesc};
use crate::syntax::Span;
use rustc_hash::FxHashMap;
use std::mem::size_of;
use std::rc::Rc;

/// An interned, immutable string. The hash is kept so the intern table can
/// rehash without touching the text.
#[derive(Debug)]
pub struct StrObj {
    pub hash: u64,
    pub text: Box<str>,
}

/// A loaded function: its code and its constants as heap values. Immutable once
/// loaded, and shared (`Rc`) with the call frames running it so the dispatch loop
/// reads instructions without going through the heap. The `Rc` never points at
/// another object: references between objects are always handles.
#[derive(Debug)]
pub struct Function {
    pub name: Box<str>,
    pub kind: FunctionKind,
    pub arity: u32,
    pub code: Vec<Op>,
    pub spans: Vec<Span>,
    pub constants: Vec<Value>,
    pub upvalues: Vec<UpvalueDesc>,
    /// Stack slots a call needs (see `Proto::max_stack`).
    pub max_stack: u32,
    /// Which loaded source this came from (an index into the VM's sources).
    pub file: u32,
}

#[derive(Debug)]
pub struct Closure {
    pub function: Rc<Function>,
    /// The `Obj::Function` the closure was made from, to keep its constants alive.
    pub function_handle: Handle,
    pub upvalues: Box<[Handle]>,
}

/// A captured variable: still on the VM stack (open), or moved into the upvalue
/// when its scope ended (closed).
#[derive(Debug, Clone, Copy)]
pub enum Upvalue {
    Open(usize),
    Closed(Value),
}

#[derive(Debug)]
pub struct Class {
    pub name: Handle,
    pub methods: FxHashMap<Handle, Value>,
    /// `init`, looked up once when the class is finished rather than per call.
    pub initializer: Option<Value>,
}

#[derive(Debug)]
pub struct Instance {
    pub class: Handle,
    pub fields: FxHashMap<Handle, Value>,
}

#[derive(Debug, Clone, Copy)]
pub struct BoundMethod {
    pub receiver: Value,
    pub method: Handle,
}

/// A built-in function, by its index in `natives::NATIVES`. The heap knows natives
/// only by number, so it does not depend on the VM.
#[derive(Debug, Clone, Copy)]
pub struct Native(pub u16);

#[derive(Debug)]
pub enum Obj {
    Str(StrObj),
    Function(Rc<Function>),
    Closure(Closure),
    Upvalue(Upvalue),
    Class(Class),
    Instance(Instance),
    BoundMethod(BoundMethod),
    Native(Native),
}

/// The kind of an object, for statistics and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    String,
    Function,
    Closure,
    Upvalue,
    Class,
    Instance,
    BoundMethod,
    Native,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Function | Kind::Closure => "function",
            Kind::Upvalue => "captured variable",
            Kind::Class => "class",
            Kind::Instance => "instance",
            Kind::BoundMethod => "bound method",
            Kind::Native => "native function",
        }
    }
}

fn map_bytes<K, V>(map: &FxHashMap<K, V>) -> usize {
    map.capacity() * (size_of::<K>() + size_of::<V>() + 1)
}

impl Obj {
    pub fn kind(&self) -> Kind {
        match self {
            Obj::Str(_) => Kind::String,
            Obj::Function(_) => Kind::Function,
            Obj::Closure(_) => Kind::Closure,
            Obj::Upvalue(_) => Kind::Upvalue,
            Obj::Class(_) => Kind::Class,
            Obj::Instance(_) => Kind::Instance,
            Obj::BoundMethod(_) => Kind::BoundMethod,
            Obj::Native(_) => Kind::Native,
        }
    }

    /// Bytes this object owns outside its slot: the figure the heap counts.
    pub fn payload_bytes(&self) -> usize {
        match self {
            Obj::Str(s) => s.text.len(),
            Obj::Function(f) => {
                f.code.capacity() * size_of::<Op>()
                    + f.spans.capacity() * size_of::<Span>()
                    + f.constants.capacity() * size_of::<Value>()
                    + f.upvalues.capacity() * size_of::<UpvalueDesc>()
                    + f.name.len()
                    + size_of::<Function>()
            }
            Obj::Closure(c) => c.upvalues.len() * size_of::<Handle>(),
            Obj::Class(c) => map_bytes(&c.methods),
            Obj::Instance(i) => map_bytes(&i.fields),
            Obj::Upvalue(_) | Obj::BoundMethod(_) | Obj::Native(_) => 0,
        }
    }

    /// Calls `visit` with every handle this object refers to.
    pub fn trace(&self, mut visit: impl FnMut(Handle)) {
        let mut value = |v: &Value| {
            if let Value::Obj(h) = v {
                visit(*h);
            }
        };
        match self {
            Obj::Str(_) | Obj::Native(_) => {}
            Obj::Function(f) => f.constants.iter().for_each(value),
            Obj::Closure(c) => {
                value(&Value::Obj(c.function_handle));
                c.upvalues.iter().for_each(|h| value(&Value::Obj(*h)));
            }
            Obj::Upvalue(Upvalue::Closed(v)) => value(v),
            Obj::Upvalue(Upvalue::Open(_)) => {}
            Obj::Class(c) => {
                value(&Value::Obj(c.name));
                for (k, v) in &c.methods {
                    value(&Value::Obj(*k));
                    value(v);
                }
            }
            Obj::Instance(i) => {
                value(&Value::Obj(i.class));
                for (k, v) in &i.fields {
                    value(&Value::Obj(*k));
                    value(v);
                }
            }
            Obj::BoundMethod(b) => {
                value(&b.receiver);
                value(&Value::Obj(b.method));
            }
        }
    }
}
