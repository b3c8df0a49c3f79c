//! The value stack. Its storage is sized ahead of use: every call reserves the
//! most slots its function can need (computed by the compiler), so a push is a
//! store and an increment, with no growth check in the dispatch loop.

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
            slots: vec![Value::Nil; 1024],
            top: 0,
        }
    }

    /// Makes room for `needed` more slots above the top.
    pub fn reserve(&mut self, needed: usize) {
        let want = self.top + needed;
        if want > self.slots.len() {
            let size = want.max(self.slots.len() * 2);
            self.slots.resize(size, Value::Nil);
        }
    }

    #[inline(always)]
    pub fn push(&mut self, value: Value) {
        self.slots[self.top] = value;
        self.top += 1;
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.top -= 1;
        self.slots[self.top]
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
