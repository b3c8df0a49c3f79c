//! Prints prototypes as readable listings, for `minilang --dump` and for debugging
//! the compiler.

use super::chunk::{Constant, Proto};
use std::fmt::Write;

/// Lists `proto` and, after it, every function nested in its constants.
pub fn disassemble(proto: &Proto) -> String {
    let mut out = String::new();
    let mut pending = vec![proto];
    while let Some(p) = pending.pop() {
        let title = if p.name.is_empty() {
            "<script>"
        } else {
            &p.name
        };
        let _ = writeln!(out, "== {title} (arity {}) ==", p.arity);
        for (i, op) in p.code.iter().enumerate() {
            let _ = write!(out, "{i:5}  {op:?}");
            if let Some(k) = op.constant_operand() {
                match p.constants.get(k as usize) {
                    Some(Constant::Number(n)) => {
                        let _ = write!(out, "  ; {n}");
                    }
                    Some(Constant::Str(s)) => {
                        let _ = write!(out, "  ; {s:?}");
                    }
                    Some(Constant::Function(f)) => {
                        let _ = write!(out, "  ; <fn {}>", f.name);
                    }
                    None => {}
                }
            }
            out.push('\n');
        }
        for c in p.constants.iter().rev() {
            if let Constant::Function(f) = c {
                pending.push(f);
            }
        }
    }
    out
}
