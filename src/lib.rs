//! minilang: a Lox runtime whose objects live on one managed heap that can be
//! reclaimed by a collector, by `free`, or by time.
//!
//! Data flows source → [`syntax`] (tokens, AST) → [`compiler`] → [`bytecode`] →
//! [`vm`] ↔ [`heap`]; [`natives`] are the built-in functions, [`diagnostics`]
//! renders every error, and [`driver`] ties a run together for the binary and tests.
// No `unsafe` anywhere but `vm/stack.rs`, which allows it for unchecked
// pushes, pops and reads of the running frame's slots (each with its
// `// SAFETY:` argument); `heap/` and the
// collector never have any, so a GC bug is an error, never undefined behaviour.
#![deny(unsafe_code)]

pub mod bytecode;
pub mod compiler;
pub mod diagnostics;
pub mod driver;
pub mod heap;
pub mod natives;
pub mod repl;
pub mod report;
pub mod syntax;
pub mod units;
pub mod vm;
