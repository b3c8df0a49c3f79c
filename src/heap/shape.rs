//! Shapes (hidden classes): the layout of an instance's fields. Instances
//! whose fields were added in the same order share a shape, which maps each
//! field name to a position in the instance's plain array of values. The VM
//! remembers, per property instruction, the last shape it saw and the position
//! it found (an inline cache), so a field read is a shape compare and an array
//! index instead of a search by name.
//!
//! Shapes form a tree per class name: the root has no fields, and adding a
//! field moves an instance to a child shape, the same child for every
//! instance that adds that name there. Shapes are never reclaimed; their number
//! is bounded by [`MAX_SHAPES`], and an instance that would need more than
//! [`MAX_FIELDS`] fields or a new shape past that bound keeps its fields in a
//! table by name instead ([`DICTIONARY`]), which is slower but has no limit.

use super::value::Handle;
use rustc_hash::FxHashMap;

/// A shape's number in the table.
pub type ShapeId = u32;

/// The shape of an instance whose fields are kept by name, not by position.
pub const DICTIONARY: ShapeId = u32::MAX;

/// No instance ever has this shape: an empty inline cache holds it.
pub const NO_SHAPE: ShapeId = u32::MAX - 1;

/// Instances with more fields than this are kept by name: a record that big
/// is used like a map, and a long shape chain per such record would cost more
/// than it saves.
pub const MAX_FIELDS: u32 = 64;

/// How many shapes a program may make. Only field orders the program's code
/// spells out make shapes, so real programs make a few hundred at most; the
/// bound keeps a program that adds fields in ever new orders from growing the
/// table without end (about 100 bytes a shape: under 2 MiB at the bound).
pub const MAX_SHAPES: usize = 1 << 14;

struct Shape {
    /// The shape this one adds a field to (itself for a root).
    parent: ShapeId,
    /// The field this shape adds; for a root, the class's name.
    name: Handle,
    /// How many fields an instance of this shape has.
    len: u32,
    /// The most fields any shape grown from this one has: how far an instance
    /// of this shape is likely to grow (its values are sized for that).
    reach: u32,
    /// The shapes made by adding one field, by its name.
    children: FxHashMap<Handle, ShapeId>,
    /// The root this shape grew from.
    root: ShapeId,
    /// Instances of this shape the collector has traced in this cycle.
    live: u32,
    /// For a root, once a collection has counted its instances: how many
    /// values a new instance starts with (see [`Shapes::settle`]).
    start: Option<u32>,
}

#[derive(Default)]
pub struct Shapes {
    shapes: Vec<Shape>,
    /// The root shape of each class name.
    roots: FxHashMap<Handle, ShapeId>,
}

impl Shapes {
    /// The shape of a new instance of a class named `class_name`.
    pub fn root(&mut self, class_name: Handle) -> ShapeId {
        if let Some(&root) = self.roots.get(&class_name) {
            return root;
        }
        if self.shapes.len() >= MAX_SHAPES {
            return DICTIONARY;
        }
        let id = self.shapes.len() as ShapeId;
        self.shapes.push(Shape {
            parent: id,
            name: class_name,
            len: 0,
            reach: 0,
            children: FxHashMap::default(),
            root: id,
            live: 0,
            start: None,
        });
        self.roots.insert(class_name, id);
        id
    }

    /// The position of field `name` in instances of `shape`.
    pub fn find(&self, shape: ShapeId, name: Handle) -> Option<u32> {
        let mut s = &self.shapes[shape as usize];
        while s.len > 0 {
            if s.name == name {
                return Some(s.len - 1);
            }
            s = &self.shapes[s.parent as usize];
        }
        None
    }

    /// The shape an instance of `shape` moves to when it gains field `name`
    /// (which it does not have); [`DICTIONARY`] past the bounds.
    pub fn add(&mut self, shape: ShapeId, name: Handle) -> ShapeId {
        let s = &self.shapes[shape as usize];
        if let Some(&child) = s.children.get(&name) {
            return child;
        }
        if s.len >= MAX_FIELDS || self.shapes.len() >= MAX_SHAPES {
            return DICTIONARY;
        }
        let (len, root) = (s.len + 1, s.root);
        let id = self.shapes.len() as ShapeId;
        self.shapes.push(Shape {
            parent: shape,
            name,
            len,
            reach: len,
            children: FxHashMap::default(),
            root,
            live: 0,
            start: None,
        });
        self.shapes[shape as usize].children.insert(name, id);
        // Every ancestor may now grow this far.
        let mut at = shape;
        loop {
            let s = &mut self.shapes[at as usize];
            if s.reach >= len {
                break;
            }
            s.reach = len;
            if s.len == 0 {
                break;
            }
            at = s.parent;
        }
        id
    }

    /// How many fields instances of `shape` have.
    pub fn len(&self, shape: ShapeId) -> u32 {
        self.shapes[shape as usize].len
    }

    /// How many fields instances of `shape` have reached by growing further.
    pub fn reach(&self, shape: ShapeId) -> u32 {
        self.shapes[shape as usize].reach
    }

    /// How many values a new instance of root shape `root` starts with. Until
    /// a collection has seen its instances, as many as any has reached; then
    /// as many as most live ones have (the median), so a class whose
    /// instances mostly stay small (the leaves of a tree) does not give every
    /// instance room for the biggest. One that outgrows its start grows to
    /// its shape's reach, once.
    pub fn start(&self, root: ShapeId) -> u32 {
        let s = &self.shapes[root as usize];
        s.start.unwrap_or(s.reach)
    }

    /// The collector traced a live instance of `shape`.
    #[inline]
    pub fn saw(&mut self, shape: ShapeId) {
        if let Some(s) = self.shapes.get_mut(shape as usize) {
            s.live += 1;
        }
    }

    /// After a collection's trace: each root that had live instances starts
    /// new ones with the median of their field counts; the counts are reset.
    pub fn settle(&mut self) {
        let mut seen: Vec<(ShapeId, u32, u32)> = Vec::new();
        for s in &mut self.shapes {
            if s.live > 0 {
                seen.push((s.root, s.len, s.live));
                s.live = 0;
            }
        }
        seen.sort_unstable();
        for group in seen.chunk_by(|a, b| a.0 == b.0) {
            let total: u64 = group.iter().map(|&(_, _, n)| n as u64).sum();
            let mut below = 0;
            for &(root, len, n) in group {
                below += n as u64;
                if 2 * below >= total {
                    self.shapes[root as usize].start = Some(len);
                    break;
                }
            }
        }
    }

    /// The field names of `shape`, in position order.
    pub fn names(&self, shape: ShapeId) -> Vec<Handle> {
        let mut names = Vec::with_capacity(self.len(shape) as usize);
        let mut s = &self.shapes[shape as usize];
        while s.len > 0 {
            names.push(s.name);
            s = &self.shapes[s.parent as usize];
        }
        names.reverse();
        names
    }

    /// The name shape number `i` holds (a field name, or a root's class
    /// name). The collector keeps them all alive: an instance's field is
    /// found by its name's handle, so the name must not die while a shape may
    /// still be used.
    pub fn name_at(&self, i: usize) -> Handle {
        self.shapes[i].name
    }

    /// How many shapes exist.
    pub fn count(&self) -> usize {
        self.shapes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(index: u32) -> Handle {
        Handle { index, gen: 0 }
    }

    #[test]
    fn instances_adding_fields_in_one_order_share_shapes() {
        let mut shapes = Shapes::default();
        let root = shapes.root(name(100));
        assert_eq!(shapes.root(name(100)), root);
        let x = shapes.add(root, name(1));
        let xy = shapes.add(x, name(2));
        assert_eq!(shapes.add(root, name(1)), x);
        assert_eq!(shapes.add(x, name(2)), xy);
        assert_eq!(shapes.find(xy, name(1)), Some(0));
        assert_eq!(shapes.find(xy, name(2)), Some(1));
        assert_eq!(shapes.find(x, name(2)), None);
        assert_eq!(shapes.find(root, name(1)), None);
        assert_eq!(shapes.names(xy), vec![name(1), name(2)]);
        // Another order is another shape.
        let y = shapes.add(root, name(2));
        assert_ne!(y, x);
        let yx = shapes.add(y, name(1));
        assert_eq!(shapes.find(yx, name(1)), Some(1));
    }

    #[test]
    fn reach_is_the_longest_growth_seen() {
        let mut shapes = Shapes::default();
        let root = shapes.root(name(100));
        let a = shapes.add(root, name(1));
        assert_eq!(shapes.reach(a), 1);
        let ab = shapes.add(a, name(2));
        let _abc = shapes.add(ab, name(3));
        assert_eq!(shapes.reach(root), 3);
        assert_eq!(shapes.reach(a), 3);
        assert_eq!(shapes.reach(ab), 3);
    }

    #[test]
    fn new_instances_start_with_the_median_live_size() {
        let mut shapes = Shapes::default();
        let root = shapes.root(name(100));
        let leaf = shapes.add(root, name(1));
        let mut inner = leaf;
        for i in 2..=6 {
            inner = shapes.add(inner, name(i));
        }
        // No census yet: room for the most fields seen.
        assert_eq!(shapes.start(root), 6);
        // Four leaves to every inner node, as in a 5-ary tree.
        for _ in 0..4 {
            shapes.saw(leaf);
        }
        shapes.saw(inner);
        shapes.settle();
        assert_eq!(shapes.start(root), 1);
        // Mostly full instances: room for all their fields at once.
        shapes.saw(leaf);
        for _ in 0..3 {
            shapes.saw(inner);
        }
        shapes.settle();
        assert_eq!(shapes.start(root), 6);
        // A cycle that sees none of them leaves the start as it was.
        shapes.settle();
        assert_eq!(shapes.start(root), 6);
    }

    #[test]
    fn past_the_bounds_instances_are_dictionaries() {
        let mut shapes = Shapes::default();
        let mut shape = shapes.root(name(1000));
        for i in 0..MAX_FIELDS {
            shape = shapes.add(shape, name(i));
            assert_ne!(shape, DICTIONARY);
        }
        assert_eq!(shapes.add(shape, name(MAX_FIELDS)), DICTIONARY);

        let mut shapes = Shapes::default();
        let root = shapes.root(name(1000));
        for i in 0..MAX_SHAPES as u32 - 1 {
            assert_ne!(shapes.add(root, name(i)), DICTIONARY);
        }
        assert_eq!(shapes.count(), MAX_SHAPES);
        assert_eq!(shapes.add(root, name(u32::MAX)), DICTIONARY);
        assert_eq!(shapes.root(name(2000)), DICTIONARY);
    }
}
