//! Property instructions off their fast path. Each `GetProperty`,
//! `SetProperty` and `Invoke` owns an inline cache ([`PropertyCache`],
//! assigned when its function is loaded): the shape of the last instance it
//! met and where that shape keeps the field, and for reads and `Invoke` the
//! same of the shape met before it. The dispatch loop handles a hit (a shape
//! compare, or two); a miss comes here, does the full lookup through the
//! heap's shapes and refills the cache.
//!
//! A cache can never give a wrong field: a shape fixes the position of every
//! field, and shapes are never reused. An `Invoke` cache also remembers the
//! class and the method found: a class's methods are written only while its
//! declaration runs (`Method`, `Inherit`), before any instance of it exists,
//! so the pair (shape, class) fixes the method.

use super::program::FunctionId;
use super::run::Called;
use super::{Vm, VmResult};
use crate::heap::fields::{FieldRead, FieldWrite};
use crate::heap::shape::{ShapeId, DICTIONARY, NO_SHAPE};
use crate::heap::{Handle, Obj, Value};

/// One property instruction's cache.
#[derive(Debug, Clone, Copy)]
pub(super) struct PropertyCache {
    /// The property's name.
    pub name: Handle,
    /// What the instruction learned from the last shape it met.
    pub first: Way,
    /// `SetProperty`: the shape after a write to `first.shape` (that shape
    /// itself when the field existed, a child when the write adds it).
    pub to: ShapeId,
    /// Reads and `Invoke`: what `first` was before, so a site that meets
    /// two shapes in turn (the leaves and the inner nodes of a tree) hits on
    /// both. Writes keep one way.
    pub second: Way,
}

/// What a cache knows of one shape.
#[derive(Debug, Clone, Copy)]
pub(super) struct Way {
    /// The shape; [`NO_SHAPE`] until one is met.
    pub shape: ShapeId,
    /// Where that shape keeps the field.
    pub position: u32,
    /// `Invoke`: the receiver's class, its method `name`, and the function
    /// that method runs (a hit then calls without looking the method up).
    pub class: Handle,
    pub method: Handle,
    pub function: FunctionId,
}

impl PropertyCache {
    pub fn new(name: Handle) -> PropertyCache {
        let empty = Way {
            shape: NO_SHAPE,
            position: 0,
            class: name,
            method: name,
            function: 0,
        };
        PropertyCache {
            name,
            first: empty,
            to: NO_SHAPE,
            second: empty,
        }
    }

    /// Puts what was learned of a newly met shape first; the first way
    /// becomes the second.
    fn learn(&mut self, way: Way) {
        self.second = self.first;
        self.first = way;
    }
}

/// The instance a property instruction works on: its shape, its class, and
/// the field of the instruction's name if it has one.
struct Receiver {
    shape: ShapeId,
    class: Handle,
    field: Option<FieldRead>,
}

impl Vm {
    /// `receiver.name` where the cache missed: a field (the cache learns
    /// where), a method bound to the receiver, or the error.
    #[inline(never)]
    pub(super) fn get_property_slow(&mut self, cache: u32) -> VmResult<()> {
        let receiver = *self.stack.last_mut();
        let name = self.caches[cache as usize].name;
        let Receiver {
            shape,
            class,
            field,
        } = self.receiver(receiver, name, |name, kind| {
            format!("only instances have properties; `{name}` is a property of {kind}")
        })?;
        let Some(field) = field else {
            return self.bind_method(receiver, class, name);
        };
        if let Some(position) = field.position {
            let cache = &mut self.caches[cache as usize];
            cache.learn(Way {
                shape,
                position,
                ..cache.first
            });
        }
        *self.stack.last_mut() = field.value;
        Ok(())
    }

    /// What a property instruction needs of the instance `receiver` refers
    /// to. The stale error when it is a stale reference; when it is no
    /// instance, the error `refusal` words from the name and the value's type.
    fn receiver(
        &self,
        receiver: Value,
        name: Handle,
        refusal: impl FnOnce(&str, &str) -> String,
    ) -> VmResult<Receiver> {
        let instance = match receiver.as_handle() {
            Some(h) => self
                .heap
                .instance(h)
                .map_err(|stale| self.stale_error(false, stale))?,
            None => None,
        };
        match instance {
            Some(i) => Ok(Receiver {
                shape: i.shape,
                class: i.class,
                field: self.heap.read_field(i, name),
            }),
            None => Err(self.error(refusal(self.text(name)?, self.type_name(receiver)))),
        }
    }

    /// `receiver.name = value`: `[receiver value]` on the stack. Out of the
    /// dispatch loop, cache hit included: writes are rarer than reads, and
    /// the loop stays small enough for its locals to live in registers
    /// (inlined, it cost `fib`, which writes no field, 3.4 % more
    /// instructions).
    #[inline(never)]
    pub(super) fn set_property(&mut self, cache: u32) -> VmResult<()> {
        let len = self.stack.len();
        let (receiver, value) = (self.stack[len - 2], self.stack[len - 1]);
        let c = &self.caches[cache as usize];
        // A hit writes an existing field, or adds one where the values have
        // room; growth, misses and errors go the slow way. Storing a stale
        // reference is a use of it.
        let storable = match value.as_handle() {
            Some(v) => self.heap.is_live(v),
            None => true,
        };
        let hit = match receiver.as_handle() {
            Some(h) if storable => match self.heap.get_mut(h) {
                Ok(Obj::Instance(i)) if i.shape == c.first.shape => {
                    let at = c.first.position as usize;
                    if c.to == c.first.shape {
                        i.values_mut()[at] = value;
                        true
                    } else if at < i.values().len() {
                        i.values_mut()[at] = value;
                        i.shape = c.to;
                        true
                    } else {
                        false
                    }
                }
                _ => false,
            },
            _ => false,
        };
        if !hit {
            return self.set_property_slow(cache);
        }
        self.stack.truncate(len - 1);
        self.stack[len - 2] = value;
        Ok(())
    }

    /// `receiver.name = value` where the cache missed: `[receiver value]`
    /// on the stack, both rooted while the instance grows.
    #[inline(never)]
    fn set_property_slow(&mut self, cache: u32) -> VmResult<()> {
        let name = self.caches[cache as usize].name;
        let len = self.stack.len();
        let (receiver, value) = (self.stack[len - 2], self.stack[len - 1]);
        let plan = match receiver.as_handle() {
            Some(h) => self
                .heap
                .plan_field_write(h, name)
                .map_err(|stale| self.stale_error(false, stale))?,
            None => None,
        };
        let (Some((plan, extra)), Some(h)) = (plan, receiver.as_handle()) else {
            return Err(self.error(format!(
                "only instances have fields; cannot set `{}` on {}",
                self.text(name)?,
                self.type_name(receiver)
            )));
        };
        // Storing a stale reference into an object is a use of it.
        self.check_live(value)?;
        if extra > 0 {
            self.make_room(extra, None)?;
        }
        // What the cache learns: the shape met, the position, the shape after.
        let learned = match plan {
            FieldWrite::Existing { shape, position } => Some((shape, position, shape)),
            FieldWrite::Added {
                from, to, position, ..
            } => Some((from, position, to)),
            FieldWrite::ByName { .. } => None,
        };
        self.heap
            .write_field(h, name, value, plan)
            .map_err(|stale| self.stale_error(false, stale))?;
        if let Some((shape, position, to)) = learned {
            let cache = &mut self.caches[cache as usize];
            (cache.first.shape, cache.first.position, cache.to) = (shape, position, to);
        }
        self.stack.truncate(self.stack.len() - 2);
        self.stack.push(value);
        Ok(())
    }

    /// `receiver.name(args)` where the cache missed: a field holding a
    /// callable, or a method called without allocating a bound method (the
    /// cache learns which).
    #[inline(never)]
    pub(super) fn invoke_slow(&mut self, cache: u32, argc: usize) -> VmResult<Called> {
        let name = self.caches[cache as usize].name;
        let at = self.stack.len() - 1 - argc;
        let receiver = self.stack[at];
        let Receiver {
            shape,
            class,
            field,
        } = self.receiver(receiver, name, |name, kind| {
            format!("only instances have methods; `{name}` was called on {kind}")
        })?;
        if let Some(field) = field {
            self.stack[at] = field.value;
            return self.call_value(field.value, argc);
        }
        let Some(method) = self.find_method(class, name) else {
            return Err(self.error(format!("undefined property `{}`", self.text(name)?)));
        };
        let function = self.closure_function(method);
        // A dictionary instance may gain the field later: never cached.
        if shape != DICTIONARY {
            self.caches[cache as usize].learn(Way {
                shape,
                position: 0,
                class,
                method,
                function,
            });
        }
        self.push_frame(method, function, argc, self.stack.len())?;
        Ok(Called::Frame)
    }
}
