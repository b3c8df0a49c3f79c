//! Bytecode: the instruction set ([`op`]), the compiler's output ([`chunk`]) and a
//! disassembler for `--dump` ([`disasm`]).

pub mod chunk;
pub mod disasm;
pub mod op;

pub use chunk::{Constant, FunctionKind, Proto, UpvalueDesc};
pub use op::Op;
