//! The value stack. Its storage is sized ahead of use: every call reserves the
//! most slots its function can need (computed by the compiler), so a push is a
//! store and an increment, with no growth check in the dispatch loop.
//!
//! While the dispatch loop runs it holds the top in a local of its own
//! (vm/run.rs) and reaches the slots through [`Stack::read`] and
//! [`Stack::write`]: the top kept here is then out of date, and the loop
//! writes it back ([`Stack::attach`]) before anything else looks at the
//! stack, and takes it again ([`Stack::detach`]) after. A build with debug
//! assertions checks that it does: every other method panics on a detached
//! stack.

// The one module allowed `unsafe` (see lib.rs): unchecked accesses below.
#![allow(unsafe_code)]

use crate::heap::Value;
use std::ops::{Index, IndexMut};

pub struct Stack {
    /// Always fully initialised; only `slots[..top]` is live.
    slots: Vec<Value>,
    top: usize,
    /// Whether the dispatch loop holds the top (debug builds only).
    #[cfg(debug_assertions)]
    detached: bool,
}

impl Stack {
    pub fn new() -> Stack {
        Stack {
            slots: vec![Value::NIL; 1024],
            top: 0,
            #[cfg(debug_assertions)]
            detached: false,
        }
    }

    #[inline(always)]
    fn check_attached(&self) {
        #[cfg(debug_assertions)]
        debug_assert!(
            !self.detached,
            "the stack was used while the dispatch loop held its top"
        );
    }

    /// Hands the top to the dispatch loop, which keeps it in a local from
    /// here on; returns it.
    #[inline(always)]
    pub fn detach(&mut self) -> usize {
        self.check_attached();
        #[cfg(debug_assertions)]
        {
            self.detached = true;
        }
        self.top
    }

    /// Takes the top back from the dispatch loop, before code outside the
    /// loop uses the stack.
    #[inline(always)]
    pub fn attach(&mut self, top: usize) {
        debug_assert!(top <= self.slots.len(), "a top above the stack");
        self.top = top;
        #[cfg(debug_assertions)]
        {
            self.detached = false;
        }
    }

    /// [`Self::detach`] after code that left the top where the loop's local
    /// has it: nothing to read back (checked in debug builds).
    #[inline(always)]
    pub fn resume(&mut self, top: usize) {
        debug_assert_eq!(self.top, top, "the stack's top moved out of the loop");
        self.detach();
    }

    /// The value at `at`, below the dispatch loop's top, without a bounds
    /// check.
    #[inline(always)]
    pub fn read(&self, at: usize) -> Value {
        debug_assert!(at < self.slots.len(), "read past the reserved stack");
        // SAFETY: the dispatch loop reads a local slot (`base + slot`) or a
        // value an instruction consumes (`top - 1 - distance`). The compiler
        // gives a local a slot below the function's maximum depth and counts
        // every instruction's stack effect, so both are below the loop's
        // top (`compiler::FunctionState::max_depth`); that top never passes
        // `slots.len()` (see `write`), and `slots` never shrinks. Checked by
        // the debug assertion above in the debug-assertions build CI runs
        // the suite on.
        unsafe { *self.slots.get_unchecked(at) }
    }

    /// Writes the value at `at`: a push at the loop's top or a store below
    /// it, without a bounds check.
    #[inline(always)]
    pub fn write(&mut self, at: usize, value: Value) {
        debug_assert!(at < self.slots.len(), "write past the reserved stack");
        // SAFETY: every frame reserves its function's maximum stack use when
        // it is pushed (`Stack::reserve_above`, with the bound the compiler
        // proves in `compiler::FunctionState::max_depth`, plus slack), so a
        // push at the loop's top stays below `slots.len()`; a store below the
        // top is in bounds as in `read`. Checked by the debug assertion above
        // in the debug-assertions build CI runs the suite on.
        unsafe {
            *self.slots.get_unchecked_mut(at) = value;
        }
    }

    /// Makes room for `needed` more slots above the top.
    pub fn reserve(&mut self, needed: usize) {
        self.check_attached();
        self.reserve_above(self.top, needed);
    }

    /// Makes room for `needed` more slots above `top`, the dispatch loop's
    /// top while it holds it.
    #[inline(always)]
    pub fn reserve_above(&mut self, top: usize, needed: usize) {
        let want = top + needed;
        if want > self.slots.len() {
            let size = want.max(self.slots.len() * 2);
            self.slots.resize(size, Value::NIL);
        }
    }

    #[inline(always)]
    pub fn push(&mut self, value: Value) {
        self.check_attached();
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
        self.check_attached();
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

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.check_attached();
        self.top
    }

    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        self.check_attached();
        self.top = len;
    }

    #[inline(always)]
    pub fn last_mut(&mut self) -> &mut Value {
        self.check_attached();
        &mut self.slots[self.top - 1]
    }

    /// The live part, for the collector's root scan.
    pub fn live(&self) -> &[Value] {
        self.check_attached();
        &self.slots[..self.top]
    }

    pub fn clear(&mut self) {
        self.check_attached();
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
