//! Lists, maps and string indexing (docs/language.md §4): building literals and the
//! `x[i]` / `x[i] = v` operations, with errors that give the index and length or
//! name the missing key.

use super::{Vm, VmResult};
use crate::heap::{Handle, Map, MapKey, MapObj, Obj, Value};

/// What an index names in a list or string of length `len`.
pub(crate) enum Position {
    At(usize),
    /// Not a number, not whole, or out of range: the message to report.
    Bad(String),
}

impl Vm {
    /// Checks `index` against a sequence of `len` elements. A negative index
    /// counts from the end, as in Python: `-1` is the last element.
    pub(crate) fn position(&self, what: &str, index: Value, len: usize) -> Position {
        let n = match index.as_number() {
            Some(n) => n,
            None => {
                return Position::Bad(format!(
                    "{what} index must be a number, not {}",
                    self.type_name(index)
                ))
            }
        };
        if n.fract() != 0.0 || !n.is_finite() {
            return Position::Bad(format!(
                "{what} index {} is not a whole number",
                self.describe_value(index)
            ));
        }
        let from_start = if n < 0.0 { n + len as f64 } else { n };
        if from_start < 0.0 || from_start >= len as f64 {
            return Position::Bad(format!(
                "{what} index {} is out of range for a {what} of length {len}",
                self.describe_value(index)
            ));
        }
        Position::At(from_start as usize)
    }

    /// `[a, b, c]`: the `n` items on top of the stack become a list.
    pub(super) fn build_list(&mut self, n: usize) -> VmResult<()> {
        let top = self.stack.len();
        // Storing a stale reference into a new list is a use of it.
        for i in top - n..top {
            self.check_live(self.stack[i])?;
        }
        // Storage a minor cycle kept (heap/nursery.rs), or new; either way
        // of capacity `n`, so the list weighs the same.
        let items = match self.heap.recycled_list(n) {
            Some(mut items) => {
                items.extend((top - n..top).map(|i| self.stack[i]));
                items
            }
            None => (top - n..top).map(|i| self.stack[i]).collect(),
        };
        let site = self.current_site();
        // The items stay on the stack (rooted) until the list holds them.
        let list = self.alloc(Obj::List(items), site)?;
        self.stack.truncate(top - n);
        self.stack.push(Value::obj(list));
        Ok(())
    }

    /// `{k: v, ...}`: the `n` key/value pairs on top of the stack become a map.
    pub(super) fn build_map(&mut self, n: usize) -> VmResult<()> {
        let top = self.stack.len();
        // As in `build_list`: kept storage of capacity `n`, or new.
        let mut map = self.heap.recycled_map(n).unwrap_or_else(|| {
            Box::new(Map::new(MapObj::with_capacity_and_hasher(
                n,
                Default::default(),
            )))
        });
        for i in 0..n {
            let key = self.stack[top - 2 * n + 2 * i];
            let value = self.stack[top - 2 * n + 2 * i + 1];
            self.check_live(key)?;
            self.check_live(value)?;
            let Some(key) = MapKey::from_value(key) else {
                return Err(self.error("NaN can't be a map key (it equals nothing)".into()));
            };
            map.insert(key, value);
        }
        let site = self.current_site();
        let h = self.alloc(Obj::Map(map), site)?;
        self.stack.truncate(top - 2 * n);
        self.stack.push(Value::obj(h));
        Ok(())
    }

    /// The handle of an indexed object, after checking neither the object nor
    /// the index is a stale reference.
    fn indexed(&self, object: Value, index: Value) -> VmResult<Handle> {
        let Some(h) = object.as_handle() else {
            return Err(self.not_indexable(object));
        };
        self.check_live(index)?;
        self.live_obj(h)?;
        Ok(h)
    }

    /// `object[index]`.
    pub(super) fn index_get(&mut self, object: Value, index: Value) -> VmResult<Value> {
        let h = self.indexed(object, index)?;
        match self.heap.get(h) {
            Err(_) => unreachable!("checked by indexed"),
            Ok(Obj::List(items)) => match self.position("list", index, items.len()) {
                Position::At(i) => Ok(items[i]),
                Position::Bad(message) => Err(self.error(message)),
            },
            Ok(Obj::Map(map)) => {
                let found = MapKey::from_value(index).and_then(|k| map.get(&k).copied());
                found.ok_or_else(|| self.missing_key(index))
            }
            Ok(Obj::Str(s)) => match self.position("string", index, s.char_len()) {
                Position::At(i) => {
                    let c = s.char_at(i).unwrap_or_default().to_string();
                    Ok(Value::obj(self.intern_owned(c)?))
                }
                Position::Bad(message) => Err(self.error(message)),
            },
            _ => Err(self.not_indexable(object)),
        }
    }

    /// `object[index] = value`.
    pub(super) fn index_set(&mut self, object: Value, index: Value, value: Value) -> VmResult<()> {
        let h = self.indexed(object, index)?;
        self.check_live(value)?;
        match self.heap.get(h) {
            Err(_) => unreachable!("checked by indexed"),
            Ok(Obj::List(items)) => match self.position("list", index, items.len()) {
                Position::At(i) => {
                    match self.heap.get_mut(h) {
                        Ok(Obj::List(items)) => items[i] = value,
                        Ok(_) => unreachable!("a list above"),
                        Err(stale) => return Err(self.stale_error(false, stale)),
                    }
                    Ok(())
                }
                Position::Bad(message) => Err(self.error(message)),
            },
            Ok(Obj::Map(_)) => {
                let Some(key) = MapKey::from_value(index) else {
                    return Err(self.error("NaN can't be a map key (it equals nothing)".into()));
                };
                self.map_insert(h, key, value)
            }
            Ok(Obj::Str(_)) => {
                Err(self.error("strings are immutable; build a new one with `+`".into()))
            }
            _ => Err(self.not_indexable(object)),
        }
    }

    /// Inserts into map `h`, re-counting its size when its storage grew.
    pub(crate) fn map_insert(&mut self, h: Handle, key: MapKey, value: Value) -> VmResult<()> {
        // An entry under a dead key must not stand beside the new one.
        self.heap.purge_dead_keys(h);
        self.heap.note_key(key);
        self.grow(
            h,
            |obj| matches!(obj, Obj::Map(map) if map.len() == map.capacity() && !map.contains_key(&key)),
            |obj| match obj {
                Obj::Map(map) => {
                    map.insert(key, value);
                }
                _ => unreachable!("callers pass maps"),
            },
        )
    }

    pub(crate) fn missing_key(&self, key: Value) -> Box<super::RuntimeError> {
        self.error(format!(
            "key {} is not in the map",
            self.describe_value(key)
        ))
    }

    fn not_indexable(&self, object: Value) -> Box<super::RuntimeError> {
        self.error(format!(
            "only lists, maps and strings can be indexed, not {}",
            self.type_name(object)
        ))
    }
}
