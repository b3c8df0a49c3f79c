//! Values and handles. A [`Value`] is 16 bytes and `Copy`: nil, a boolean, a
//! number, or a [`Handle`] to an object on the heap.

/// A reference to a heap object: a slot index plus the generation the slot had
/// when the object was put there. Reclaiming an object bumps its slot's
/// generation, so an old handle can always be told apart from the slot's next
/// occupant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Handle {
    pub(crate) index: u32,
    pub(crate) gen: u32,
}

#[derive(Debug, Clone, Copy)]
pub enum Value {
    Nil,
    Bool(bool),
    Number(f64),
    Obj(Handle),
}

impl Value {
    /// Only `nil` and `false` are false.
    #[inline]
    pub fn is_falsey(self) -> bool {
        matches!(self, Value::Nil | Value::Bool(false))
    }

    /// Equality of docs/language.md §3: never errors, IEEE for numbers, identity for
    /// objects (strings are interned, so identity is equality of content).
    #[inline]
    pub fn equals(self, other: Value) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    pub fn as_handle(self) -> Option<Handle> {
        match self {
            Value::Obj(h) => Some(h),
            _ => None,
        }
    }
}

/// Prints a number the way docs/language.md §3 says: the shortest form that reads back,
/// integral values without `.0`, and `-0` kept.
pub fn format_number(n: f64, out: &mut String) {
    use std::fmt::Write;
    if n.is_nan() {
        out.push_str("nan");
    } else if n.is_infinite() {
        out.push_str(if n > 0.0 { "inf" } else { "-inf" });
    } else {
        // Rust's `Display` for f64 is already shortest-round-trip and never uses
        // an exponent, which is what our lexer can read back.
        let _ = write!(out, "{n}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(n: f64) -> String {
        let mut s = String::new();
        format_number(n, &mut s);
        s
    }

    #[test]
    fn value_is_sixteen_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
    }

    #[test]
    fn numbers_print_shortest() {
        assert_eq!(show(3.0), "3");
        assert_eq!(show(-0.0), "-0");
        assert_eq!(show(0.5), "0.5");
        assert_eq!(show(123.456), "123.456");
        assert_eq!(show(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(show(f64::NAN), "nan");
        assert_eq!(show(-f64::INFINITY), "-inf");
    }
}
