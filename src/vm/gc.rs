//! The VM side of memory: the allocation entry point every object goes through,
//! and the roots the collector starts from.

use super::Vm;
use crate::heap::collect::Cycle;
use crate::heap::intern::hash_str;
use crate::heap::{Handle, Obj, Site, StrObj};
use std::time::Instant;

impl Vm {
    /// Allocates `obj`, collecting first when the heap asks for it. `obj` is not on
    /// the heap yet, so whatever it refers to is marked as a root of that
    /// collection.
    pub(crate) fn alloc(&mut self, obj: Obj, site: Site) -> Handle {
        if self.heap.wants_collection(&obj) {
            self.collect_garbage(Some(&obj));
        }
        self.heap.insert(obj, site)
    }

    /// The interned string with this text, allocating it if new.
    pub fn intern(&mut self, text: &str) -> Handle {
        let hash = hash_str(text);
        if let Some(h) = self.heap.find_string(text, hash) {
            return h;
        }
        self.new_string(text.into(), hash)
    }

    /// Like [`Vm::intern`], taking ownership of an already built string.
    pub fn intern_owned(&mut self, text: String) -> Handle {
        let hash = hash_str(&text);
        if let Some(h) = self.heap.find_string(&text, hash) {
            return h;
        }
        self.new_string(text.into_boxed_str(), hash)
    }

    fn new_string(&mut self, text: Box<str>, hash: u64) -> Handle {
        let site = self.current_site();
        let h = self.alloc(Obj::Str(StrObj::new(text, hash)), site);
        self.heap.register_string(h, hash);
        h
    }

    /// Keeps `value` alive across allocations until [`Vm::release`] (for natives
    /// that build several objects before returning one).
    pub fn hold(&mut self, value: crate::heap::Value) {
        self.temp_roots.push(value);
    }

    /// Drops the last `n` values given to [`Vm::hold`].
    pub fn release(&mut self, n: usize) {
        let keep = self.temp_roots.len().saturating_sub(n);
        self.temp_roots.truncate(keep);
    }

    /// Where the running code is, for allocation sites.
    pub(crate) fn current_site(&self) -> Site {
        match self.frames.last() {
            Some(frame) => {
                let span = frame.function.spans[frame.ip.saturating_sub(1)];
                Site {
                    file: frame.function.file,
                    offset: span.start,
                }
            }
            None => Site::default(),
        }
    }

    /// A full collection (unless the collector is off). `pending` is an object
    /// about to be allocated, whose references must survive.
    pub fn collect_garbage(&mut self, pending: Option<&Obj>) -> Cycle {
        if !self.heap.collector_enabled() {
            return Cycle::default();
        }
        let started = Instant::now();
        self.mark_roots();
        if let Some(obj) = pending {
            let heap = &mut self.heap;
            obj.trace(|h| heap.mark(h));
        }
        self.heap.collect(started)
    }

    fn mark_roots(&mut self) {
        let heap = &mut self.heap;
        for &v in self.stack.live() {
            heap.mark_value(v);
        }
        for frame in &self.frames {
            heap.mark(frame.closure);
        }
        for (v, &name) in self.globals.iter().zip(&self.global_names) {
            heap.mark(name);
            if let Some(v) = v {
                heap.mark_value(*v);
            }
        }
        for &(_, h) in &self.open_upvalues {
            heap.mark(h);
        }
        for &v in &self.temp_roots {
            heap.mark_value(v);
        }
        heap.mark(self.init_string);
    }
}
