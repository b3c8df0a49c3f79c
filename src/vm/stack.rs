//! The value stack. Its storage is sized ahead of use: every call reserves the
//! most slots its function can need (computed by the compiler), so a push is a
//! store and an increment, with no growth check in the dispatch loop.

// The one module allowed `unsafe` (see lib.rs): unchecked accesses below.
#![allow(unsafe_code)]

use crate::heap::Value;
use std::ops::{Index, IndexMut};

pub struct Stack {
    /// Always fully initialised; only `slots[..top]` is live.
    slots: Vec<Value>,
    top: usize,
}

impl Stack {
    pub fn new() -> Stack {
        Stack {
            slots: vec![Value::NIL; 1024],
            top: 0,
        }
    }

    /// Makes room for `needed` more slots above the top.
    pub fn reserve(&mut self, needed: usize) {
        let want = self.top + needed;
        if want > self.slots.len() {
            let size = want.max(self.slots.len() * 2);
            self.slots.resize(size, Value::NIL);
        }
    }

    #[inline(always)]
    pub fn push(&mut self, value: Value) {
        debug_assert!(self.top < self.slots.len(), "push past the reserved stack");
        // SAFETY: every frame reserves its function's maximum stack use when
        // it is pushed (`Stack::reserve`, with the bound the compiler proves
        // in `compiler::FunctionState::max_depth`, plus slack), and code
        // outside frames reserves before pushing (`Vm::call_back`, loading a
        // script); so `top < slots.len()` here. Checked by the debug
        // assertion above in the debug-assertions build CI runs the suite on.
        unsafe {
            *self.slots.get_unchecked_mut(self.top) = value;
        }
        self.top += 1;
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        debug_assert!(
            self.top > 0 && self.top <= self.slots.len(),
            "pop of an empty stack"
        );
        self.top -= 1;
        // SAFETY: `top` only grows by `push` (which stays below `slots.len()`)
        // and `truncate` to a smaller length, and `slots` never shrinks; the
        // compiler's stack-effect accounting guarantees a pop has a value to
        // take, so `top` was at least 1 and is now below `slots.len()`.
        unsafe { *self.slots.get_unchecked(self.top) }
    }

    /// The value at index `at` of the running frame's locals or temporaries
    /// (`base + slot`, or `len - 1 - distance`), read without a bounds check.
    #[inline(always)]
    pub fn frame_slot(&self, at: usize) -> Value {
        debug_assert!(at < self.top, "read above the stack top");
        // SAFETY: the dispatch loop passes `base + slot` for a local slot, or
        // `len - 1 - distance` for a value the instruction consumes. The
        // compiler gives a local a slot below the function's maximum depth
        // and counts every instruction's stack effect, so both are below
        // `top` (`compiler::FunctionState::max_depth`); `top` never exceeds
        // `slots.len()` (see `push`), and `slots` never shrinks. Checked by
        // the debug assertion above in the debug-assertions build CI runs
        // the suite on.
        unsafe { *self.slots.get_unchecked(at) }
    }

    /// Writes the value at `at`, under the same bound as [`Self::frame_slot`].
    #[inline(always)]
    pub fn set_frame_slot(&mut self, at: usize, value: Value) {
        debug_assert!(at < self.top, "write above the stack top");
        // SAFETY: as for `frame_slot`.
        unsafe {
            *self.slots.get_unchecked_mut(at) = value;
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.top
    }

    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        self.top = len;
    }

    #[inline(always)]
    pub fn last_mut(&mut self) -> &mut Value {
        &mut self.slots[self.top - 1]
    }

    /// The live part, for the collector's root scan.
    pub fn live(&self) -> &[Value] {
        &self.slots[..self.top]
    }

    pub fn clear(&mut self) {
        self.top = 0;
    }
}

impl Index<usize> for Stack {
    type Output = Value;

    #[inline(always)]
    fn index(&self, i: usize) -> &Value {
        &self.slots[i]
    }
}

impl IndexMut<usize> for Stack {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut Value {
        &mut self.slots[i]
    }
}
