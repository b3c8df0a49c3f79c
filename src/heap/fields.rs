//! Instance fields by name: what the VM does when its inline cache for a
//! property instruction misses. A write is planned first and done second, so
//! the VM can make room for any growth (which may collect) in between, while
//! nothing has changed yet.

use super::object::{Fields, Instance, Layout, Obj};
use super::shape::{ShapeId, DICTIONARY};
use super::{Handle, Heap, Stale, Value};
use std::mem::size_of;

/// A field found on an instance.
#[derive(Debug, Clone, Copy)]
pub struct FieldRead {
    pub value: Value,
    /// Its position in `Instance::values`, for a shaped instance: what an
    /// inline cache may remember for the instance's shape.
    pub position: Option<u32>,
}

/// Where a field write will go.
#[derive(Debug)]
pub enum FieldWrite {
    /// The instance (of shape `shape`) has the field at this position.
    Existing { shape: ShapeId, position: u32 },
    /// The instance gains the field at `position` and moves from shape
    /// `from` to `to`, its values first grown to `capacity` if that is more.
    Added {
        from: ShapeId,
        to: ShapeId,
        position: u32,
        capacity: usize,
    },
    /// The instance keeps its fields by name; `table` is the table it moves
    /// to, when it had shaped fields until now.
    ByName { table: Option<Box<Fields>> },
}

impl Heap {
    /// The instance `h`: `Ok(None)` for a live object that is no instance.
    #[inline]
    pub fn instance(&self, h: Handle) -> Result<Option<&Instance>, Stale> {
        match self.get(h)? {
            Obj::Instance(i) => Ok(Some(i)),
            _ => Ok(None),
        }
    }

    /// The field `name` of `instance`, if it has one.
    pub fn read_field(&self, instance: &Instance, name: Handle) -> Option<FieldRead> {
        match &instance.fields {
            Layout::Named(fields) => Some(FieldRead {
                value: *fields.get(&name)?,
                position: None,
            }),
            Layout::Inline(_) | Layout::Shaped(_) => {
                let position = self.shapes.find(instance.shape, name)?;
                Some(FieldRead {
                    value: instance.values()[position as usize],
                    position: Some(position),
                })
            }
        }
    }

    /// Works out where writing field `name` of instance `h` goes, and how
    /// many bytes it may add (to check against the heap limit before
    /// [`Heap::write_field`]). `Ok(None)` when `h` is no instance.
    pub fn plan_field_write(
        &mut self,
        h: Handle,
        name: Handle,
    ) -> Result<Option<(FieldWrite, usize)>, Stale> {
        let Obj::Instance(instance) = self.get(h)? else {
            return Ok(None);
        };
        let shape = instance.shape;
        if let Layout::Named(fields) = &instance.fields {
            // A table at most doubles when it grows.
            let extra = if fields.contains_key(&name) {
                0
            } else {
                fields.bytes().max(64)
            };
            return Ok(Some((FieldWrite::ByName { table: None }, extra)));
        }
        if let Some(position) = self.shapes.find(shape, name) {
            return Ok(Some((FieldWrite::Existing { shape, position }, 0)));
        }
        let (len, capacity) = (self.shapes.len(shape) as usize, instance.values().len());
        let to = self.shapes.add(shape, name);
        if to == DICTIONARY {
            // Built now, so the bytes it adds are known exactly.
            let names = self.shapes.names(shape);
            let Ok(Obj::Instance(instance)) = self.get(h) else {
                unreachable!("checked above");
            };
            let table = Box::new(Fields::with_fields(&names, &instance.values()[..len]));
            let after = size_of::<Fields>() + table.bytes();
            let before = capacity * size_of::<Value>();
            let plan = FieldWrite::ByName { table: Some(table) };
            return Ok(Some((plan, after.saturating_sub(before))));
        }
        // Sized for as many fields as instances of this shape have reached,
        // so an instance grows once, not by doubling.
        let wanted = (self.shapes.reach(shape) as usize).max(len + 1);
        let grown = if len == capacity { wanted } else { capacity };
        let plan = FieldWrite::Added {
            from: shape,
            to,
            position: len as u32,
            capacity: grown,
        };
        Ok(Some((plan, (grown - capacity) * size_of::<Value>())))
    }

    /// Writes field `name` of instance `h` as `plan` (from
    /// [`Heap::plan_field_write`], with nothing changed in between but room
    /// made) says, and counts any growth.
    pub fn write_field(
        &mut self,
        h: Handle,
        name: Handle,
        value: Value,
        plan: FieldWrite,
    ) -> Result<(), Stale> {
        let Obj::Instance(instance) = self.get_mut(h)? else {
            unreachable!("planned on an instance");
        };
        let resized = match plan {
            FieldWrite::Existing { position, .. } => {
                instance.values_mut()[position as usize] = value;
                false
            }
            FieldWrite::Added {
                from,
                to,
                position,
                capacity,
            } => {
                debug_assert_eq!(instance.shape, from);
                let grows = capacity > instance.values().len();
                if grows {
                    let mut values = Vec::with_capacity(capacity);
                    values.extend_from_slice(instance.values());
                    values.resize(capacity, Value::NIL);
                    instance.fields = Layout::Shaped(values.into_boxed_slice());
                }
                instance.values_mut()[position as usize] = value;
                instance.shape = to;
                grows
            }
            FieldWrite::ByName { table } => {
                if let Some(table) = table {
                    instance.fields = Layout::Named(table);
                    instance.shape = DICTIONARY;
                }
                let Layout::Named(fields) = &mut instance.fields else {
                    unreachable!("planned on an instance kept by name");
                };
                fields.insert(name, value);
                true
            }
        };
        if resized {
            self.resize(h);
        }
        Ok(())
    }

    /// The shape new instances of the class named `class_name` start with.
    pub fn root_shape(&mut self, class_name: Handle) -> ShapeId {
        self.shapes.root(class_name)
    }

    /// How many values a new instance of `shape` starts with, as
    /// [`Shapes::start`] says now: fixed before the allocation makes room (a
    /// collection there may move the start), then given to
    /// [`Heap::starts_inline`] and [`Heap::new_instance`].
    ///
    /// [`Shapes::start`]: super::shape::Shapes::start
    #[inline(always)]
    pub fn instance_start(&self, shape: ShapeId) -> usize {
        self.shapes.start(shape) as usize
    }

    /// Whether a new instance of `shape` with `start` values keeps them in
    /// its slot ([`Heap::new_inline_instance`] makes it).
    #[inline(always)]
    pub fn starts_inline(shape: ShapeId, start: usize) -> bool {
        shape != DICTIONARY && start <= Layout::INLINE
    }

    /// [`Heap::new_instance`] when [`Heap::starts_inline`] holds: the common
    /// case, in one layout, weighing its slot alone (`SLOT_BYTES`).
    #[inline(always)]
    pub fn new_inline_instance(class: Handle, shape: ShapeId) -> Instance {
        Instance::new(class, shape, Layout::Inline([Value::NIL; Layout::INLINE]))
    }

    /// A new instance of `class` with `start` values (see
    /// [`Heap::instance_start`]), every one nil.
    #[inline(always)]
    pub fn new_instance(class: Handle, shape: ShapeId, start: usize) -> Instance {
        let fields = if shape == DICTIONARY {
            Layout::Named(Box::default())
        } else if Heap::starts_inline(shape, start) {
            Layout::Inline([Value::NIL; Layout::INLINE])
        } else {
            Layout::Shaped(vec![Value::NIL; start].into_boxed_slice())
        };
        Instance::new(class, shape, fields)
    }
}
