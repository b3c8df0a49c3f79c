//! Random sequences of allocate / link / unlink / free / ttl / sleep / gc,
//! driven straight against the heap, with the program's variables modelled as a
//! root set. After every step the heap must keep its promises:
//!
//! 1. allocated = live + freed + expired + collected, in objects and bytes;
//! 2. live bytes never exceed the heap limit;
//! 3. a handle either reaches the very object it was made for, or is stale —
//!    a reused slot is never reachable through an old handle;
//! 4. exactly as many handles are stale as objects were reclaimed (nothing is
//!    reclaimed twice, nothing goes missing);
//! 5. the collector never takes an object reachable from the roots (a
//!    reachable handle is live, or was freed or expired by hand);
//! 6. the tri-colour invariant: while black objects exist (an incremental mark
//!    phase; between generational cycles), none refers to a white one — the
//!    write barrier's whole job.
//!
//! Each sequence runs under every collector with the collector on, in stress
//! mode, and off (where freed slots are recycled at once instead of left as
//! tombstones). `Step` is what an allocation may trigger: an incremental step
//! or a generational minor cycle, interleaved with stores, frees and expiry.

use super::{Collector, GcMode, Handle, Heap, HeapConfig, Obj, Phase, Site, Value};
use proptest::prelude::*;

const LIMIT: usize = 48 * 1024;

#[derive(Debug, Clone)]
enum Op {
    Alloc,
    /// Allocate a list that refers to a root from the start (as a list
    /// literal or a closure's captures do).
    AllocWith(usize),
    /// Push object `b` into list `a` (indexes into the roots).
    Link(usize, usize),
    /// Forget a root.
    Unlink(usize),
    /// Make a root of an object that root `a` refers to (as the program
    /// reads a field into a variable): after a cycle has begun, the way a
    /// white object reaches the roots.
    Load(usize, usize),
    Free(usize),
    Ttl(usize, u8),
    Sleep(u8),
    Gc,
    Step,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => Just(Op::Alloc),
        2 => any::<usize>().prop_map(Op::AllocWith),
        3 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Link(a, b)),
        2 => any::<usize>().prop_map(Op::Unlink),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, k)| Op::Load(a, k)),
        1 => any::<usize>().prop_map(Op::Free),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(a, d)| Op::Ttl(a, d)),
        1 => any::<u8>().prop_map(Op::Sleep),
        1 => Just(Op::Gc),
        3 => Just(Op::Step),
    ]
}

struct Model {
    heap: Heap,
    roots: Vec<Handle>,
    /// Every handle ever made, with the id stored in its object.
    issued: Vec<(Handle, f64)>,
    now: f64,
}

impl Model {
    fn collect(&mut self) {
        // As the VM does: `--gc off` never collects.
        if !self.heap.collector_enabled() {
            return;
        }
        let roots = &self.roots;
        self.heap
            .full_collection(|heap| roots.iter().for_each(|&r| heap.mark(r)));
    }

    /// The collection work an allocation may trigger: a step or a minor cycle
    /// (a full cycle for the stop-the-world collector).
    fn step_collector(&mut self) {
        if !self.heap.collector_enabled() {
            return;
        }
        let roots = &self.roots;
        let mark = |heap: &mut Heap| roots.iter().for_each(|&r| heap.mark(r));
        match self.heap.collector() {
            Collector::StopTheWorld => {
                self.heap.full_collection(mark);
            }
            Collector::Incremental => {
                self.heap.incremental_step(mark);
            }
            Collector::Generational if self.heap.major_due() => {
                self.heap.full_collection(mark);
            }
            Collector::Generational => {
                self.heap.minor_collection(mark);
            }
        }
    }

    /// Room for `bytes` the way the VM makes it: expire, collect, then give up.
    fn room(&mut self, bytes: usize) -> bool {
        if !self.heap.fits(bytes) {
            self.heap.expire(self.now);
            self.collect();
        }
        self.heap.fits(bytes)
    }

    fn root(&self, i: usize) -> Option<Handle> {
        (!self.roots.is_empty()).then(|| self.roots[i % self.roots.len()])
    }

    fn step(&mut self, op: &Op) {
        match *op {
            Op::Alloc | Op::AllocWith(_) => {
                let id = self.issued.len() as f64;
                let mut items = vec![Value::number(id)];
                if let Op::AllocWith(i) = *op {
                    items.extend(self.root(i).map(Value::obj));
                }
                let obj = Obj::List(items);
                if self.room(Heap::size_of(&obj)) {
                    let h = self.heap.insert(obj, Site::default());
                    self.issued.push((h, id));
                    self.roots.push(h);
                }
            }
            Op::Link(a, b) => {
                let (Some(a), Some(b)) = (self.root(a), self.root(b)) else {
                    return;
                };
                let grows = match self.heap.get(a) {
                    Ok(Obj::List(items)) => items.len() == items.capacity(),
                    _ => return,
                };
                let payload = self.heap.get(a).map_or(0, |o| o.payload_bytes());
                if grows && !self.room(payload.max(64)) {
                    return;
                }
                if let Ok(Obj::List(items)) = self.heap.get_mut(a) {
                    items.push(Value::obj(b));
                }
                self.heap.resize(a);
            }
            Op::Load(a, k) => {
                let Some(a) = self.root(a) else { return };
                if let Ok(Obj::List(items)) = self.heap.get(a) {
                    let refs: Vec<Handle> = items.iter().filter_map(|v| v.as_handle()).collect();
                    if !refs.is_empty() {
                        self.roots.push(refs[k % refs.len()]);
                    }
                }
            }
            Op::Unlink(i) => {
                if !self.roots.is_empty() {
                    let i = i % self.roots.len();
                    self.roots.swap_remove(i);
                }
            }
            Op::Free(i) => {
                if let Some(h) = self.root(i) {
                    let _ = self.heap.free(h, Site::default());
                }
            }
            Op::Ttl(i, d) => {
                if let Some(h) = self.root(i) {
                    let ttl = d as f64 / 10.0;
                    self.heap.set_deadline(h, self.now + ttl, ttl);
                }
            }
            Op::Sleep(d) => {
                self.now += d as f64 / 10.0;
                self.heap.expire(self.now);
            }
            Op::Gc => self.collect(),
            Op::Step => self.step_collector(),
        }
    }

    fn check(&self) -> Result<(), TestCaseError> {
        let s = self.heap.stats();
        let reclaimed = s.freed.objects + s.expired.objects + s.collected.objects;
        prop_assert_eq!(s.allocated.objects, s.live.objects + reclaimed);
        prop_assert_eq!(
            s.allocated.bytes,
            s.live.bytes + s.freed.bytes + s.expired.bytes + s.collected.bytes
        );
        prop_assert!(
            s.live.bytes as usize <= LIMIT,
            "live {} > limit",
            s.live.bytes
        );
        let mut stale = 0;
        for &(h, id) in &self.issued {
            match self.heap.get(h) {
                Ok(Obj::List(items)) => {
                    prop_assert!(items[0].as_number() == Some(id));
                }
                Ok(other) => prop_assert!(false, "a list handle reached {:?}", other.kind()),
                Err(_) => stale += 1,
            }
        }
        prop_assert_eq!(stale, reclaimed);
        let black_objects_exist = self.heap.phase() == Phase::Mark
            || (self.heap.collector() == Collector::Generational && self.heap.collector_enabled());
        if black_objects_exist {
            let broken = self.heap.black_to_white();
            prop_assert!(broken.is_none(), "black refers to white: {:?}", broken);
        }
        // Everything reachable from the roots is live or was reclaimed by hand.
        let mut seen = vec![false; self.issued.len()];
        let mut pending: Vec<Handle> = self.roots.clone();
        while let Some(h) = pending.pop() {
            match self.heap.get(h) {
                Ok(Obj::List(items)) => {
                    let Some(id) = items[0].as_number() else {
                        unreachable!()
                    };
                    if std::mem::replace(&mut seen[id as usize], true) {
                        continue;
                    }
                    pending.extend(items[1..].iter().filter_map(|v| v.as_handle()));
                }
                Ok(_) => {}
                // With the collector off a slot is recycled at once and may be
                // reused and reclaimed again, which overwrites its note; but
                // nothing is ever collected there.
                Err(stale) if self.heap.config().mode == GcMode::Off => {
                    prop_assert_eq!(s.collected.objects, 0);
                    let _ = stale;
                }
                Err(stale) => prop_assert!(stale.how.is_some(), "collected while reachable"),
            }
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn reclamation_keeps_its_promises(ops in proptest::collection::vec(op(), 1..300)) {
        let modes = [GcMode::On, GcMode::Stress, GcMode::Off];
        for (collector, mode) in Collector::ALL.into_iter().flat_map(|c| modes.map(|m| (c, m))) {
            let config = HeapConfig {
                mode,
                collector,
                growth: 2.0,
                limit: Some(LIMIT),
                ..HeapConfig::default()
            };
            let mut model = Model {
                heap: Heap::new(config),
                roots: Vec::new(),
                issued: Vec::new(),
                now: 0.0,
            };
            for op in &ops {
                model.step(op);
                model.check()?;
            }
        }
    }
}
