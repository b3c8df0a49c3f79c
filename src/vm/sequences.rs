//! Slices, `for`-`in` iteration and ordering of strings (docs/language.md §4):
//! the sequence operations shared by the instructions and the natives.

use super::{Vm, VmResult};
use crate::heap::{Handle, Obj, Value, SLOT_BYTES};
use std::cmp::Ordering;

impl Vm {
    /// Resolves the bounds of `x[start:end]` on a sequence of `len` elements
    /// as Python does: `nil` is the end it stands for, a negative bound counts
    /// from the end, and bounds past either end are clamped, so a slice is
    /// never out of range (it may be empty).
    pub(crate) fn slice_bounds(
        &self,
        start: Value,
        end: Value,
        len: usize,
    ) -> Result<(usize, usize), String> {
        let resolve = |bound: Value, which: &str, default: usize| -> Result<usize, String> {
            if bound.is_nil() {
                return Ok(default);
            }
            let n = match bound.as_number() {
                Some(n) if n.fract() == 0.0 => n,
                Some(_) => {
                    return Err(format!(
                        "slice {which} {} is not a whole number",
                        self.describe_value(bound)
                    ))
                }
                None => {
                    return Err(format!(
                        "slice {which} must be a number or nil, not {}",
                        self.type_name(bound)
                    ))
                }
            };
            let from_start = if n < 0.0 { n + len as f64 } else { n };
            Ok(from_start.clamp(0.0, len as f64) as usize)
        };
        let start = resolve(start, "start", 0)?;
        let end = resolve(end, "end", len)?;
        Ok((start, end.max(start)))
    }

    /// `object[start:end]`: a new string or list.
    pub(crate) fn slice(&mut self, object: Value, start: Value, end: Value) -> VmResult<Value> {
        self.check_live(start)?;
        self.check_live(end)?;
        let Some(h) = object.as_handle() else {
            return Err(self.not_sliceable(object));
        };
        match self.live_obj(h)? {
            Obj::Str(s) => {
                let len = s.char_len();
                let (from, to) = self
                    .slice_bounds(start, end, len)
                    .map_err(|m| self.error(m))?;
                let text = if s.ascii {
                    s.text[from..to].to_string()
                } else {
                    s.text.chars().skip(from).take(to - from).collect()
                };
                // Room first, so a slice that passes the heap limit fails
                // before it is counted.
                self.make_room(SLOT_BYTES + text.len(), None)?;
                Ok(Value::obj(self.intern_owned(text)?))
            }
            Obj::List(items) => {
                let (from, to) = self
                    .slice_bounds(start, end, items.len())
                    .map_err(|m| self.error(m))?;
                self.room_for_list(to - from)?;
                let Ok(Obj::List(items)) = self.heap.get(h) else {
                    unreachable!("a live list above; making room reclaims nothing rooted")
                };
                let part = items[from..to].to_vec();
                Ok(Value::obj(self.new_list(part)?))
            }
            _ => Err(self.not_sliceable(object)),
        }
    }

    fn not_sliceable(&self, object: Value) -> Box<super::RuntimeError> {
        self.error(format!(
            "only lists and strings can be sliced, not {}",
            self.type_name(object)
        ))
    }

    /// Room for a list of `n` elements, made before its storage is built.
    pub(crate) fn room_for_list(&mut self, n: usize) -> VmResult<()> {
        let bytes = n.saturating_mul(std::mem::size_of::<Value>());
        self.make_room(SLOT_BYTES.saturating_add(bytes), None)
    }

    /// A new list of `items`, allocated at the running code's site. The items
    /// must be rooted elsewhere until it exists.
    pub(crate) fn new_list(&mut self, items: Vec<Value>) -> VmResult<Handle> {
        let site = self.current_site();
        self.alloc(Obj::List(items), site)
    }

    /// One step of `for (var x in seq)`: the sequence is the local at `at` and
    /// the position reached the one after it (an element index for lists and
    /// maps, a byte offset for strings). Yields the next element and moves the
    /// position on, or `None` when there is none. The length is read at each
    /// step, so elements added during the loop are visited (docs/language.md §2).
    #[inline(never)]
    pub(super) fn for_next(&mut self, at: usize) -> VmResult<Option<Value>> {
        self.safepoint();
        let seq = self.stack[at];
        let Some(position) = self.stack[at + 1].as_number() else {
            unreachable!("the compiler puts a number there")
        };
        let position = position as usize;
        let Some(h) = seq.as_handle() else {
            return Err(self.not_iterable(seq));
        };
        self.heap.purge_dead_keys(h);
        let (next, step) = match self.live_obj(h)? {
            Obj::List(items) => (items.get(position).copied(), 1),
            Obj::Map(map) => (map.get_index(position).map(|(k, _)| k.to_value()), 1),
            Obj::Str(s) => match s.text.get(position..).and_then(|rest| rest.chars().next()) {
                None => (None, 0),
                Some(c) => {
                    let mut buffer = [0; 4];
                    let h = self.intern(c.encode_utf8(&mut buffer))?;
                    (Some(Value::obj(h)), c.len_utf8())
                }
            },
            _ => return Err(self.not_iterable(seq)),
        };
        if next.is_some() {
            self.stack[at + 1] = Value::number((position + step) as f64);
        }
        Ok(next)
    }

    fn not_iterable(&self, seq: Value) -> Box<super::RuntimeError> {
        self.error(format!(
            "`for (var x in ...)` loops over a list, map or string, not {}",
            self.type_name(seq)
        ))
    }

    /// `a < b` and the other orderings when `a` and `b` are not both numbers:
    /// strings compare by code point (byte order of UTF-8 is code-point
    /// order); anything else is the operands error.
    #[inline(never)]
    pub(super) fn compare_other(
        &mut self,
        symbol: &str,
        a: Value,
        b: Value,
        holds: fn(Ordering) -> bool,
    ) -> VmResult<bool> {
        self.safepoint();
        if let (Some(x), Some(y)) = (a.as_handle(), b.as_handle()) {
            if let (Ok(Obj::Str(x)), Ok(Obj::Str(y))) = (self.heap.get(x), self.heap.get(y)) {
                return Ok(holds(x.text.cmp(&y.text)));
            }
        }
        Err(self.operands_error(symbol, "two numbers or two strings", a, Some(b)))
    }
}

/// `a % b`, floored as in Lua and Python: the result has the sign of `b`
/// (`-7 % 3 == 2`), and `a % 0` is NaN, as in IEEE arithmetic and Lua.
pub(crate) fn floored_modulo(a: f64, b: f64) -> f64 {
    let r = a % b;
    if r != 0.0 && (r < 0.0) != (b < 0.0) {
        r + b
    } else {
        r
    }
}
