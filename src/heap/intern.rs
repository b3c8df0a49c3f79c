//! The string intern table. Every string object is unique by content, so string
//! equality is handle equality and property lookups hash a handle, never text.
//!
//! The table holds its strings weakly: the sweep forgets each string it
//! reclaims.

use super::{Handle, Heap, Obj, Site, StrObj};
use hashbrown::HashTable;
use std::hash::Hasher;

#[derive(Default)]
pub struct Interner {
    /// `(hash, handle)`: the hash is stored so growing the table needs no heap.
    table: HashTable<(u64, Handle)>,
}

pub fn hash_str(text: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}

impl Heap {
    /// The existing string object with this text, if any, which from now on
    /// counts as made at `site`. A string's site is the last place the program
    /// made its text (docs/decisions.md, "A string was made where it was last
    /// made"): whether an unreferenced copy is still in the table depends on
    /// when the collector last ran, and its first site with it.
    pub fn find_string(&mut self, text: &str, hash: u64, site: Site) -> Option<Handle> {
        let found = self
            .strings
            .table
            .find(hash, |&(h, handle)| {
                h == hash && matches!(self.get(handle), Ok(Obj::Str(s)) if &*s.text == text)
            })
            .map(|&(_, handle)| handle)?;
        self.revive(found.index);
        self.cold[found.index as usize].site = site;
        Some(found)
    }

    /// Interns `text` for the runtime itself before any program runs (the
    /// `init` name the VM looks methods up by): nothing can be due for
    /// collection yet, so this is the one allocation that needs no VM.
    pub fn runtime_string(&mut self, text: &str) -> Handle {
        debug_assert_eq!(self.stats.allocated.objects, 0, "only on an empty heap");
        let hash = hash_str(text);
        let h = self.insert(Obj::Str(StrObj::new(text.into(), hash)), Site::RUNTIME);
        self.register_string(h, hash);
        h
    }

    /// Records a freshly allocated string object in the table.
    pub fn register_string(&mut self, handle: Handle, hash: u64) {
        self.strings
            .table
            .insert_unique(hash, (hash, handle), |&(h, _)| h);
    }

    /// Removes a string reclaimed by `free` or expiry from the table.
    pub(super) fn forget_string(&mut self, handle: Handle, hash: u64) {
        if let Ok(entry) = self.strings.table.find_entry(hash, |&(_, h)| h == handle) {
            entry.remove();
        }
    }
}
