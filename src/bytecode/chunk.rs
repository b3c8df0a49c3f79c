//! Function prototypes as the compiler produces them: code, spans and constants
//! as plain Rust data. They hold no heap handles; the VM moves them into the heap
//! when it loads them (see `vm::load`).

use super::op::Op;
use crate::syntax::Span;

/// A compile-time constant, before it becomes a heap value.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    Number(f64),
    Str(String),
    Function(Box<Proto>),
}

/// How a closure captures one variable: a local slot of the enclosing function,
/// or one of the enclosing function's own upvalues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpvalueDesc {
    pub index: u32,
    pub is_local: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    Script,
    Function,
    Method,
    Initializer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Proto {
    /// Empty for the top-level script.
    pub name: String,
    pub kind: FunctionKind,
    pub arity: u32,
    pub code: Vec<Op>,
    /// `spans[i]` is the source of `code[i]`, for errors and stack traces.
    pub spans: Vec<Span>,
    pub constants: Vec<Constant>,
    pub upvalues: Vec<UpvalueDesc>,
    /// The most stack slots a call of this function can use, slot 0 and the
    /// parameters included; the VM reserves them when it pushes the frame.
    pub max_stack: u32,
}

impl Proto {
    pub fn new(name: String, kind: FunctionKind) -> Proto {
        Proto {
            name,
            kind,
            arity: 0,
            code: Vec::new(),
            spans: Vec::new(),
            constants: Vec::new(),
            upvalues: Vec::new(),
            max_stack: 0,
        }
    }
}
