//! Values and handles. A [`Value`] is 8 bytes and `Copy`: nil, a boolean, a
//! number, or a [`Handle`] to an object on the heap, packed into the bits of
//! one `f64` ("NaN boxing"). The packing is private to this file; everything
//! else builds values with [`Value::number`], [`Value::obj`], … and reads
//! them with [`Value::as_number`], [`Value::as_handle`], ….
//!
//! A number is stored as its own bits. Every other value is a quiet NaN with
//! bit 50 set — a bit pattern no arithmetic produces — and tells its kind by
//! the bits below: the sign bit set means an object, whose handle fills the
//! low 50 bits (32 of slot index, [`GEN_BITS`] of generation); nil, false
//! and true are three fixed patterns. A NaN number is stored as the one
//! canonical NaN, so no number can ever read back as an object.

/// How many bits of a slot's generation a handle keeps. The heap retires a
/// slot whose generation would pass [`MAX_GEN`] instead of reusing it, so a
/// stale handle can never alias a later occupant (heap/mod.rs).
pub const GEN_BITS: u32 = 18;
/// The largest generation a handle can hold.
pub const MAX_GEN: u32 = (1 << GEN_BITS) - 1;

/// A reference to a heap object: a slot index plus the generation the slot had
/// when the object was put there. Reclaiming an object bumps its slot's
/// generation, so an old handle can always be told apart from the slot's next
/// occupant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Handle {
    pub(crate) index: u32,
    pub(crate) gen: u32,
}

/// Set in every value that is not a number (exponent all ones, the quiet bit
/// and bit 50).
const BOXED: u64 = 0x7ffc_0000_0000_0000;
/// Set, with [`BOXED`], in an object reference.
const OBJ: u64 = 0x8000_0000_0000_0000 | BOXED;
const NIL: u64 = BOXED | 1;
const FALSE: u64 = BOXED | 2;
const TRUE: u64 = BOXED | 3;
/// The one NaN a value holds (what `0/0` gives, sign cleared).
const CANONICAL_NAN: u64 = 0x7ff8_0000_0000_0000;

#[derive(Clone, Copy)]
pub struct Value(u64);

const _: () = assert!(std::mem::size_of::<Value>() == 8);

impl Value {
    pub const NIL: Value = Value(NIL);
    pub const TRUE: Value = Value(TRUE);
    pub const FALSE: Value = Value(FALSE);

    #[inline(always)]
    pub fn number(n: f64) -> Value {
        // A NaN with bit 50 set would read back as a boxed value.
        if n.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(n.to_bits())
        }
    }

    /// The result of `+ - * / %` or negation on numbers read from values,
    /// stored without [`Value::number`]'s NaN check: by Rust's float
    /// semantics (RFC 3514) a NaN result carries either the preferred payload
    /// (zero) or the payload of a NaN operand, and every NaN in a value has
    /// the canonical one, so bit 50 stays clear. Debug builds check it.
    #[inline(always)]
    pub fn arithmetic(n: f64) -> Value {
        debug_assert!(n.to_bits() & BOXED != BOXED, "arithmetic made a boxed NaN");
        Value(n.to_bits())
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub fn obj(h: Handle) -> Value {
        debug_assert!(h.gen <= MAX_GEN, "the heap retires slots past MAX_GEN");
        Value(OBJ | (u64::from(h.gen & MAX_GEN) << 32) | u64::from(h.index))
    }

    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.0 & BOXED != BOXED
    }

    #[inline(always)]
    pub fn is_nil(self) -> bool {
        self.0 == NIL
    }

    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.0 & OBJ == OBJ
    }

    #[inline(always)]
    pub fn as_number(self) -> Option<f64> {
        if self.is_number() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_bool(self) -> Option<bool> {
        match self.0 {
            TRUE => Some(true),
            FALSE => Some(false),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn as_handle(self) -> Option<Handle> {
        if self.is_obj() {
            Some(Handle {
                index: self.0 as u32,
                gen: (self.0 >> 32) as u32 & MAX_GEN,
            })
        } else {
            None
        }
    }

    /// Both operands as numbers, if both are (the arithmetic fast path).
    #[inline(always)]
    pub fn numbers(a: Value, b: Value) -> Option<(f64, f64)> {
        if a.is_number() && b.is_number() {
            Some((f64::from_bits(a.0), f64::from_bits(b.0)))
        } else {
            None
        }
    }

    /// Only `nil` and `false` are false.
    #[inline(always)]
    pub fn is_falsey(self) -> bool {
        self.0 == NIL || self.0 == FALSE
    }

    /// Equality of docs/language.md §3: never errors, IEEE for numbers, identity for
    /// objects (strings are interned, so identity is equality of content).
    #[inline(always)]
    pub fn equals(self, other: Value) -> bool {
        match Value::numbers(self, other) {
            Some((a, b)) => a == b,
            // Nil, booleans and handles are each one bit pattern.
            None => self.0 == other.0,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(n) = self.as_number() {
            write!(f, "Number({n:?})")
        } else if let Some(b) = self.as_bool() {
            write!(f, "Bool({b})")
        } else if let Some(h) = self.as_handle() {
            write!(f, "Obj({}:{})", h.index, h.gen)
        } else {
            write!(f, "Nil")
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
    fn every_kind_reads_back_as_itself() {
        let numbers = [
            0.0,
            -0.0,
            1.5,
            -3.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
        ];
        for n in numbers {
            let v = Value::number(n);
            assert_eq!(v.as_number().map(f64::to_bits), Some(n.to_bits()));
            assert!(v.as_handle().is_none() && v.as_bool().is_none() && !v.is_nil());
        }
        for h in [
            Handle { index: 0, gen: 0 },
            Handle {
                index: u32::MAX,
                gen: MAX_GEN,
            },
            Handle { index: 7, gen: 1 },
        ] {
            let v = Value::obj(h);
            assert_eq!(v.as_handle(), Some(h));
            assert!(!v.is_number() && !v.is_nil() && v.as_bool().is_none());
        }
        assert!(Value::NIL.is_nil() && Value::NIL.as_handle().is_none() && !Value::NIL.is_number());
        assert_eq!(Value::bool(true).as_bool(), Some(true));
        assert_eq!(Value::bool(false).as_bool(), Some(false));
        assert!(Value::FALSE.is_falsey() && Value::NIL.is_falsey() && !Value::TRUE.is_falsey());
        assert!(!Value::number(0.0).is_falsey());
    }

    #[test]
    fn no_nan_reads_back_as_an_object() {
        // Every NaN bit pattern, including ones with bit 50 and the sign set.
        for bits in [
            0x7ff8_0000_0000_0000u64,
            0xfff8_0000_0000_0000,
            0xfffc_0000_0000_0001,
            0x7ffc_0000_0000_0003,
            0x7ff0_0000_0000_0001,
        ] {
            let v = Value::number(f64::from_bits(bits));
            assert!(v.as_number().is_some_and(f64::is_nan), "{bits:x}");
            assert!(v.as_handle().is_none() && !v.is_nil() && v.as_bool().is_none());
        }
        let nan = Value::number(f64::NAN);
        assert!(!nan.equals(nan), "NaN equals nothing, itself included");
        assert!(Value::number(0.0).equals(Value::number(-0.0)));
    }

    #[test]
    fn handles_are_equal_only_with_the_same_generation() {
        let a = Value::obj(Handle { index: 3, gen: 1 });
        let b = Value::obj(Handle { index: 3, gen: 2 });
        assert!(a.equals(a) && !a.equals(b) && !a.equals(Value::NIL));
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
