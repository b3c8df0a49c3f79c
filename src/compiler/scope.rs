//! Local variables of one function: which names are in scope, in which slot, and
//! whether a closure captured them. Lookups are hashed, so a function with 100,000
//! locals compiles in linear time.

use rustc_hash::FxHashMap;

struct Local {
    depth: u32,
    initialized: bool,
    captured: bool,
}

/// The result of looking a name up among the locals.
pub enum Lookup {
    Found(u32),
    /// Declared, but its initializer is still being compiled.
    Uninitialized,
    Missing,
}

#[derive(Default)]
pub struct Scopes {
    locals: Vec<Local>,
    /// Name to the slots that bear it, innermost last (shadowing).
    by_name: FxHashMap<String, Vec<u32>>,
    /// Names in declaration order, to unwind `by_name` at scope end.
    names: Vec<String>,
    depth: u32,
}

impl Scopes {
    pub fn depth(&self) -> u32 {
        self.depth
    }

    pub fn begin(&mut self) {
        self.depth += 1;
    }

    /// Closes the innermost scope; yields, innermost first, whether each of its
    /// locals was captured (so the caller emits `CloseUpvalue` or `Pop`).
    pub fn end(&mut self) -> Vec<bool> {
        self.depth -= 1;
        let mut popped = Vec::new();
        while self.locals.last().is_some_and(|l| l.depth > self.depth) {
            let local = self.locals.pop().expect("checked above");
            let name = self.names.pop().expect("one name per local");
            if let Some(slots) = self.by_name.get_mut(&name) {
                slots.pop();
            }
            popped.push(local.captured);
        }
        popped
    }

    pub fn declared_in_current(&self, name: &str) -> bool {
        self.by_name
            .get(name)
            .and_then(|slots| slots.last())
            .is_some_and(|&slot| self.locals[slot as usize].depth == self.depth)
    }

    /// How many locals belong to scopes deeper than `depth` (what a `break`
    /// out of a loop at that depth leaves behind).
    pub fn count_deeper_than(&self, depth: u32) -> usize {
        self.locals
            .iter()
            .rev()
            .take_while(|l| l.depth > depth)
            .count()
    }

    /// Declares a local in the current scope; yields its slot.
    pub fn declare(&mut self, name: &str) -> u32 {
        let slot = self.locals.len() as u32;
        self.locals.push(Local {
            depth: self.depth,
            initialized: false,
            captured: false,
        });
        self.names.push(name.to_string());
        self.by_name.entry(name.to_string()).or_default().push(slot);
        slot
    }

    pub fn mark_initialized(&mut self) {
        if let Some(local) = self.locals.last_mut() {
            local.initialized = true;
        }
    }

    pub fn mark_captured(&mut self, slot: u32) {
        self.locals[slot as usize].captured = true;
    }

    pub fn lookup(&self, name: &str) -> Lookup {
        match self.by_name.get(name).and_then(|slots| slots.last()) {
            Some(&slot) if self.locals[slot as usize].initialized => Lookup::Found(slot),
            Some(_) => Lookup::Uninitialized,
            None => Lookup::Missing,
        }
    }
}
