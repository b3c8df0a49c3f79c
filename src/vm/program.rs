//! The loaded program: every function's instructions, source spans and
//! constants in three flat arrays, and a table of functions by id. The loader
//! (vm/load.rs) appends to them and relocates operands, so the dispatch loop
//! indexes `code` and `constants` with no per-function indirection, and a call
//! frame names its function by id: a call touches no reference count.
//!
//! Loaded code is never unloaded: a function stays as long as the VM, like the
//! natives (docs/decisions.md, "Loaded code lives as long as the VM").

use crate::bytecode::{Op, UpvalueDesc};
use crate::heap::{Site, Value};
use crate::syntax::Span;

/// The index of a function in [`Program::functions`]; what a closure object
/// on the heap holds.
pub(crate) type FunctionId = u32;

/// What the VM needs of a loaded function besides its code.
pub(crate) struct FunctionInfo {
    /// Empty for a script.
    pub name: Box<str>,
    pub arity: u32,
    /// Where its first instruction is in [`Program::code`].
    pub entry: u32,
    /// Stack slots a call needs (see `Proto::max_stack`).
    pub max_stack: u32,
    /// Which loaded source it came from (an index into the VM's sources).
    pub file: u32,
    /// What each closure over it captures.
    pub upvalues: Box<[UpvalueDesc]>,
}

/// Every loaded function, side by side.
#[derive(Default)]
pub(crate) struct Program {
    pub code: Vec<Op>,
    /// `spans[i]` is the source of `code[i]`, for errors.
    pub spans: Vec<Span>,
    /// `sites[i]` is where `code[i]` starts, as allocation sites name it: its
    /// file and its span's start, in one read (an instantiation looked up
    /// the running function for the file; docs/performance.md, "The
    /// allocation site in one read").
    pub sites: Vec<Site>,
    /// Numbers and interned strings the code uses. A root of every
    /// collection; `free` and `@ttl` refuse them (they are pinned).
    pub constants: Vec<Value>,
    pub functions: Vec<FunctionInfo>,
}

/// How long each table of a [`Program`] was, to undo a load that failed.
#[derive(Clone, Copy)]
pub(crate) struct Lengths {
    code: usize,
    constants: usize,
    functions: usize,
}

impl Program {
    pub fn lengths(&self) -> Lengths {
        Lengths {
            code: self.code.len(),
            constants: self.constants.len(),
            functions: self.functions.len(),
        }
    }

    /// Forgets whatever was appended since `lengths` was taken.
    pub fn truncate(&mut self, lengths: Lengths) {
        self.code.truncate(lengths.code);
        self.spans.truncate(lengths.code);
        self.sites.truncate(lengths.code);
        self.constants.truncate(lengths.constants);
        self.functions.truncate(lengths.functions);
    }

    pub fn function(&self, id: FunctionId) -> &FunctionInfo {
        &self.functions[id as usize]
    }

    /// The source of the instruction before `ip` in `function`: the one a
    /// frame is running or calling from (its first, before it starts).
    pub fn span_before(&self, function: FunctionId, ip: usize) -> Span {
        self.spans[self.index_before(function, ip)]
    }

    /// The allocation site of the instruction before `ip` in `function`,
    /// like [`Program::span_before`].
    pub fn site_before(&self, function: FunctionId, ip: usize) -> Site {
        self.sites[self.index_before(function, ip)]
    }

    /// Where the instruction before `ip` in `function` is in `code`: the one
    /// a frame is running or calling from (its first, before it starts).
    fn index_before(&self, function: FunctionId, ip: usize) -> usize {
        let entry = self.function(function).entry as usize;
        ip.saturating_sub(1).max(entry)
    }

    /// The allocation site of `code[at]`, for an instruction that knows it is
    /// running (so `at` is inside its function).
    #[inline(always)]
    pub fn site_at(&self, at: usize) -> Site {
        self.sites[at]
    }

    /// The display name of a function (`script` for the top level).
    pub fn name(&self, id: FunctionId) -> &str {
        match &*self.function(id).name {
            "" => "script",
            name => name,
        }
    }
}
