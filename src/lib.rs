//! minilang: a Lox runtime whose objects live on one managed heap that can be
//! reclaimed by a collector, by `free`, or by time.
//!
//! Data flows source → [`syntax`] (tokens, AST) → [`compiler`] → [`bytecode`] →
//! [`vm`] ↔ [`heap`]; [`natives`] are the built-in functions, [`diagnostics`]
//! renders every error, and [`driver`] ties a run together for the binary and tests.
#![forbid(unsafe_code)]

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
