//! The kinds of heap object and what each refers to. `Obj::trace` is the one place
//! that knows an object's outgoing references; the collector and the accounting
//! both build on it, so adding a field that holds a handle means updating it here.

use super::shape::ShapeId;
use super::value::{Handle, Value};
use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::mem::size_of;

/// An interned, immutable string. The hash is kept so the intern table can
/// rehash without touching the text.
#[derive(Debug)]
pub struct StrObj {
    pub hash: u64,
    /// All ASCII: indexing and `len` can count bytes instead of characters.
    pub ascii: bool,
    pub text: Box<str>,
}

impl StrObj {
    pub fn new(text: Box<str>, hash: u64) -> StrObj {
        StrObj {
            hash,
            ascii: text.is_ascii(),
            text,
        }
    }

    /// Length in characters (Unicode scalar values), as `len` reports it.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }

    /// The `i`th character as a string slice.
    pub fn char_at(&self, i: usize) -> Option<&str> {
        if self.ascii {
            self.text.get(i..i + 1)
        } else {
            let (start, c) = self.text.char_indices().nth(i)?;
            self.text.get(start..start + c.len_utf8())
        }
    }
}

#[derive(Debug)]
pub struct Closure {
    /// Which function it runs: an id the VM gave when it loaded the code
    /// (the code is not on the heap, and lives as long as the VM).
    pub function: u32,
    pub upvalues: Box<[Handle]>,
}

/// A captured variable: still on the VM stack (open), or moved into the upvalue
/// when its scope ended (closed).
#[derive(Debug, Clone, Copy)]
pub enum Upvalue {
    Open(usize),
    Closed(Value),
}

#[derive(Debug)]
pub struct Class {
    pub name: Handle,
    pub methods: FxHashMap<Handle, Value>,
    /// `init` (also among the methods), looked up once when the class is
    /// defined rather than per call, with the id the VM gave the function it
    /// runs, so a call need not look the closure up either.
    pub initializer: Option<(Handle, u32)>,
    /// Seconds every instance lives, from `@ttl(d) class C {...}`.
    pub ttl: Option<f64>,
    /// The shape its new instances start with (see [`super::shape`]).
    pub shape: ShapeId,
}

/// An instance: its class and its fields. The fields are laid out by a shape
/// (`super::shape`): the names live once in the shape, not in every
/// instance. An instance past the shapes' bounds has shape `DICTIONARY` and
/// keeps its fields by name.
#[derive(Debug)]
pub struct Instance {
    pub class: Handle,
    pub shape: ShapeId,
    pub fields: Layout,
}

/// Where an instance keeps its field values. In every shaped layout
/// `values[i]` is the shape's `i`th field, and there may be more values than
/// the shape has fields (room to grow, `nil` there): the shape says how many
/// are fields, so the instance need not.
#[derive(Debug)]
pub enum Layout {
    /// Up to [`Layout::INLINE`] values inside the heap slot itself: no
    /// allocation of their own, and the collector and every field access
    /// find them on the object's own cache line.
    Inline([Value; Layout::INLINE]),
    /// More values, in an allocation of their own.
    Shaped(Box<[Value]>),
    /// Fields by name (shape `DICTIONARY`).
    Named(Box<Fields>),
}

impl Layout {
    /// How many values fit inside the slot: four make an instance 56 bytes
    /// and the slot 64 (one cache line's size), and cover the book
    /// programs' instances (binary_trees' have four fields). Measured
    /// against two values in a 56-byte slot: binary_trees 0.69 × wall,
    /// 13.7 vs 18.3 MiB peak (docs/performance.md).
    pub const INLINE: usize = 4;
}

impl Instance {
    pub fn new(class: Handle, shape: ShapeId, fields: Layout) -> Instance {
        Instance {
            class,
            shape,
            fields,
        }
    }

    /// The values of a shaped instance, by position (empty for one kept by
    /// name).
    #[inline]
    pub fn values(&self) -> &[Value] {
        match &self.fields {
            Layout::Inline(values) => values,
            Layout::Shaped(values) => values,
            Layout::Named(_) => &[],
        }
    }

    #[inline]
    pub fn values_mut(&mut self) -> &mut [Value] {
        match &mut self.fields {
            Layout::Inline(values) => values,
            Layout::Shaped(values) => values,
            Layout::Named(_) => &mut [],
        }
    }
}

/// Fields by name, for instances past the shapes' bounds. Small ones are one
/// array searched in order; past [`Fields::INDEXED`] fields a hash index is
/// added.
#[derive(Debug, Default)]
pub struct Fields {
    entries: Vec<(Handle, Value)>,
    index: Option<Box<FxHashMap<Handle, u32>>>,
}

impl Fields {
    /// From this many fields on, lookups go through a hash index.
    pub const INDEXED: usize = 16;

    #[inline]
    fn position(&self, name: Handle) -> Option<usize> {
        match &self.index {
            None => self.entries.iter().position(|(k, _)| *k == name),
            Some(index) => index.get(&name).map(|&i| i as usize),
        }
    }

    #[inline]
    pub fn get(&self, name: &Handle) -> Option<&Value> {
        self.position(*name).map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, name: &Handle) -> bool {
        self.position(*name).is_some()
    }

    /// Sets a field, adding it if new.
    pub fn insert(&mut self, name: Handle, value: Value) {
        if let Some(i) = self.position(name) {
            self.entries[i].1 = value;
            return;
        }
        self.entries.push((name, value));
        let i = self.entries.len() - 1;
        if let Some(index) = &mut self.index {
            index.insert(name, i as u32);
        } else if self.entries.len() >= Self::INDEXED {
            let index = self
                .entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (*k, i as u32));
            self.index = Some(Box::new(index.collect()));
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Handle, &Value)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// Fields with these names and values, with room for one more.
    pub fn with_fields(names: &[Handle], values: &[Value]) -> Fields {
        let mut fields = Fields {
            entries: Vec::with_capacity(names.len() + 1),
            index: None,
        };
        for (&name, &value) in names.iter().zip(values) {
            fields.insert(name, value);
        }
        fields
    }

    /// Bytes counted for these fields.
    pub fn bytes(&self) -> usize {
        self.entries.capacity() * size_of::<(Handle, Value)>()
            + self.index.as_ref().map_or(0, |i| map_bytes(i))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct BoundMethod {
    pub receiver: Value,
    pub method: Handle,
}

/// A built-in function, by its index in `natives::NATIVES`. The heap knows natives
/// only by number, so it does not depend on the VM.
#[derive(Debug, Clone, Copy)]
pub struct Native(pub u16);

/// A map key. Numbers, booleans, nil and strings are keys by value (strings are
/// interned, so their handle is their value); every other object by identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MapKey {
    Nil,
    Bool(bool),
    /// The bits of the number, with `-0` folded into `0` so they are one key.
    Number(u64),
    Obj(Handle),
}

impl MapKey {
    /// The key for `value`; `None` for NaN, which equals nothing and so could
    /// never be found again.
    pub fn from_value(value: Value) -> Option<MapKey> {
        Some(if let Some(n) = value.as_number() {
            if n.is_nan() {
                return None;
            }
            MapKey::Number(if n == 0.0 { 0 } else { n.to_bits() })
        } else if let Some(h) = value.as_handle() {
            MapKey::Obj(h)
        } else if let Some(b) = value.as_bool() {
            MapKey::Bool(b)
        } else {
            MapKey::Nil
        })
    }

    pub fn to_value(self) -> Value {
        match self {
            MapKey::Nil => Value::NIL,
            MapKey::Bool(b) => Value::bool(b),
            MapKey::Number(bits) => Value::number(f64::from_bits(bits)),
            MapKey::Obj(h) => Value::obj(h),
        }
    }
}

/// A map's entries, in insertion order.
pub type MapObj = IndexMap<MapKey, Value, FxBuildHasher>;

/// A map object. Its keys are weak: an entry whose key object is freed or
/// expires is dropped, and no operation ever sees it. Dropping is lazy — the
/// heap counts the deaths of objects that are map keys, and a map whose count
/// is behind is purged the next time it is used or traced
/// (`Heap::purge_dead_keys`); printing skips such entries.
#[derive(Debug, Default)]
pub struct Map {
    pub entries: MapObj,
    /// The heap's count of key deaths when this map was last purged.
    pub(crate) purged_at: u64,
}

impl Map {
    pub fn new(entries: MapObj) -> Map {
        Map {
            entries,
            purged_at: 0,
        }
    }
}

impl std::ops::Deref for Map {
    type Target = MapObj;
    fn deref(&self) -> &MapObj {
        &self.entries
    }
}

impl std::ops::DerefMut for Map {
    fn deref_mut(&mut self) -> &mut MapObj {
        &mut self.entries
    }
}

#[derive(Debug)]
pub enum Obj {
    Str(StrObj),
    Closure(Closure),
    Upvalue(Upvalue),
    /// Boxed, as classes are few and large: it keeps every slot small.
    Class(Box<Class>),
    Instance(Instance),
    BoundMethod(BoundMethod),
    Native(Native),
    List(Vec<Value>),
    Map(Box<Map>),
}

/// The kind of an object, for statistics and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    String,
    Closure,
    Upvalue,
    Class,
    Instance,
    BoundMethod,
    Native,
    List,
    Map,
}

impl Kind {
    /// Functions, classes and natives belong to the program's code, not to its
    /// data: `free` and `@ttl` refuse them.
    pub fn is_code(self) -> bool {
        matches!(
            self,
            Kind::Closure | Kind::Class | Kind::Native | Kind::BoundMethod | Kind::Upvalue
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Closure => "function",
            Kind::Upvalue => "captured variable",
            Kind::Class => "class",
            Kind::Instance => "instance",
            Kind::BoundMethod => "bound method",
            Kind::Native => "native function",
            Kind::List => "list",
            Kind::Map => "map",
        }
    }
}

pub(crate) fn map_bytes<K, V>(map: &FxHashMap<K, V>) -> usize {
    map.capacity() * (size_of::<K>() + size_of::<V>() + 1)
}

/// What a list's storage weighs for `capacity` elements.
pub(crate) fn list_bytes(capacity: usize) -> usize {
    capacity * size_of::<Value>()
}

/// What a map's storage weighs for `capacity` entries: the entries plus the
/// index table (one `usize` per slot).
pub(crate) fn map_payload_bytes(capacity: usize) -> usize {
    size_of::<MapObj>() + capacity * (size_of::<(MapKey, Value, u64)>() + size_of::<usize>())
}

impl Obj {
    pub fn kind(&self) -> Kind {
        match self {
            Obj::Str(_) => Kind::String,
            Obj::Closure(_) => Kind::Closure,
            Obj::Upvalue(_) => Kind::Upvalue,
            Obj::Class(_) => Kind::Class,
            Obj::Instance(_) => Kind::Instance,
            Obj::BoundMethod(_) => Kind::BoundMethod,
            Obj::Native(_) => Kind::Native,
            Obj::List(_) => Kind::List,
            Obj::Map(_) => Kind::Map,
        }
    }

    /// Bytes this object owns outside its slot: the figure the heap counts.
    pub fn payload_bytes(&self) -> usize {
        match self {
            Obj::Str(s) => s.text.len(),
            Obj::Closure(c) => c.upvalues.len() * size_of::<Handle>(),
            Obj::Class(c) => size_of::<Class>() + map_bytes(&c.methods),
            Obj::Instance(i) => match &i.fields {
                Layout::Inline(_) => 0,
                Layout::Shaped(values) => values.len() * size_of::<Value>(),
                Layout::Named(fields) => size_of::<Fields>() + fields.bytes(),
            },
            Obj::List(items) => list_bytes(items.capacity()),
            Obj::Map(m) => map_payload_bytes(m.capacity()),
            Obj::Upvalue(_) | Obj::BoundMethod(_) | Obj::Native(_) => 0,
        }
    }

    /// Calls `visit` with every handle this object refers to.
    pub fn trace(&self, mut visit: impl FnMut(Handle)) {
        let mut value = |v: &Value| {
            if let Some(h) = v.as_handle() {
                visit(h);
            }
        };
        match self {
            Obj::Str(_) | Obj::Native(_) => {}
            Obj::Closure(c) => {
                c.upvalues.iter().for_each(|h| value(&Value::obj(*h)));
            }
            Obj::Upvalue(Upvalue::Closed(v)) => value(v),
            Obj::Upvalue(Upvalue::Open(_)) => {}
            Obj::Class(c) => {
                value(&Value::obj(c.name));
                for (k, v) in &c.methods {
                    value(&Value::obj(*k));
                    value(v);
                }
            }
            // The field names of a shaped instance are in its shape, which
            // the heap keeps alive (`Heap::mark_shape_names`).
            Obj::Instance(i) => {
                value(&Value::obj(i.class));
                match &i.fields {
                    Layout::Inline(values) => values.iter().for_each(value),
                    Layout::Shaped(values) => values.iter().for_each(value),
                    Layout::Named(fields) => {
                        for (k, v) in fields.iter() {
                            value(&Value::obj(*k));
                            value(v);
                        }
                    }
                }
            }
            Obj::BoundMethod(b) => {
                value(&b.receiver);
                value(&Value::obj(b.method));
            }
            Obj::List(items) => items.iter().for_each(value),
            Obj::Map(m) => {
                for (k, v) in m.iter() {
                    value(&k.to_value());
                    value(v);
                }
            }
        }
    }
}
