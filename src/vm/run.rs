//! The dispatch loop: one `match` over [`Op`] per instruction of the program's
//! flat code (vm/program.rs), with the running frame's instruction pointer,
//! stack base and the stack's top held in locals. Anything out of the loop
//! (a call, an allocation, an error) gets them written back first and is
//! followed by a reload.

use super::program::FunctionId;
use super::sequences::floored_modulo;
use super::{Frame, RuntimeError, TraceLine, Vm, VmResult};
use crate::bytecode::Op;
use crate::heap::shape::ShapeId;
use crate::heap::{BoundMethod, Class, Closure, Handle, Obj, Site, Upvalue, Value};
use rustc_hash::FxHashMap;
use std::cmp::Ordering;

/// How deeply natives may nest calls back into program code (each nests the
/// dispatch loop on the Rust stack).
pub(crate) const MAX_CALL_BACK_DEPTH: u32 = 200;

/// What a call did, so the loop knows whether to reload its frame.
pub(super) enum Called {
    /// A new frame was pushed.
    Frame,
    /// A native ran and its result is on the stack.
    Done,
}

impl Vm {
    // `reload!` after an out-of-line call takes back all of the frame's
    // registers, whether or not the instruction reads them again.
    #[allow(unused_assignments)]
    pub(super) fn run(&mut self) -> VmResult<()> {
        let mut ip: usize;
        let mut base: usize;
        // The stack top, held here rather than in `self.stack` while the loop
        // runs: kept in memory behind `self`, every push and pop was a store
        // the next instruction loaded back (docs/performance.md, "The stack
        // top in a register"). Written back (`spill!`) before anything out of
        // line looks at the stack — the collector's root scan above all —
        // and read again (`fill!`) or checked unchanged (`Stack::resume`)
        // after.
        let mut sp: usize;
        macro_rules! spill {
            () => {
                self.stack.attach(sp)
            };
        }
        macro_rules! fill {
            () => {
                sp = self.stack.detach()
            };
        }
        macro_rules! load_frame {
            () => {{
                let frame = self.frames.last().expect("a frame is running");
                ip = frame.ip;
                base = frame.base;
            }};
        }
        // Makes the VM whole for code out of the loop: the running frame's
        // instruction pointer saved (an error, or the stack trace of an
        // allocation failure, points at it) and the stack top written back.
        macro_rules! save_ip {
            () => {{
                self.frames.last_mut().expect("a frame is running").ip = ip;
                spill!();
            }};
        }
        // Takes the running frame's registers back after code out of the
        // loop: which frame runs, its ip and base, the stack top. Reloaded
        // rather than kept, so none of them is live across a call and the
        // compiler can keep all in registers (docs/performance.md, "The
        // stack top in a register").
        macro_rules! reload {
            () => {{
                load_frame!();
                fill!();
            }};
        }
        // Raises a runtime error at the current instruction.
        macro_rules! throw {
            ($($msg:tt)*) => {{
                save_ip!();
                // The message may look at operands (with `?`: a stale one is
                // reported as such), so it is built after the ip is saved.
                let message = format!($($msg)*);
                return Err(self.error(message));
            }};
        }
        // Evaluates a fallible VM call out of the loop (see `save_ip!`) that
        // may move the stack top, and takes the top back after it.
        macro_rules! attempt {
            ($call:expr) => {{
                save_ip!();
                let result = $call?;
                reload!();
                result
            }};
        }
        macro_rules! push {
            ($value:expr) => {{
                let value = $value;
                self.stack.write(sp, value);
                sp += 1;
            }};
        }
        macro_rules! pop {
            () => {{
                debug_assert!(sp > base, "pop below the frame");
                sp -= 1;
                self.stack.read(sp)
            }};
        }
        macro_rules! peek {
            ($distance:expr) => {{
                debug_assert!(sp > $distance, "peek below the stack");
                self.stack.read(sp - 1 - $distance)
            }};
        }
        // Replaces the value on top of the stack.
        macro_rules! set_top {
            ($value:expr) => {{
                let value = $value;
                self.stack.write(sp - 1, value);
            }};
        }
        macro_rules! local {
            ($slot:expr) => {{
                debug_assert!(base + ($slot as usize) < sp, "a local above the top");
                self.stack.read(base + $slot as usize)
            }};
        }
        macro_rules! set_local {
            ($slot:expr, $value:expr) => {{
                let value = $value;
                debug_assert!(base + ($slot as usize) < sp, "a local above the top");
                self.stack.write(base + $slot as usize, value);
            }};
        }
        // Deadlines are checked only here, at the start of an instruction that
        // uses objects, before it looks at any operand: nothing expires between
        // an operand's check and its use (docs/language.md, "Safepoints").
        macro_rules! safepoint {
            () => {
                if self.heap.has_deadlines() {
                    save_ip!();
                    self.expire_due();
                    reload!();
                }
            };
        }
        macro_rules! numbers {
            ($symbol:literal, $a:ident, $b:ident => $result:expr) => {{
                let (a, b) = (peek!(1), peek!(0));
                match Value::numbers(a, b) {
                    Some(($a, $b)) => {
                        sp -= 1;
                        set_top!($result);
                    }
                    None => {
                        save_ip!();
                        return Err(self.operands_error($symbol, "numbers", a, Some(b)));
                    }
                }
            }};
        }

        // The comparison `compare_other` makes of two values that are not
        // both numbers (strings, or the error), out of the loop.
        macro_rules! compare_other {
            ($symbol:literal, $a:expr, $b:expr, $holds:expr) => {{
                save_ip!();
                let holds = self.compare_other($symbol, $a, $b, |o| $holds(o, Ordering::Equal))?;
                reload!();
                holds
            }};
        }

        // An ordering: numbers here, strings (or the error) out of line. The
        // same comparison closure serves both: applied to two numbers, and to
        // the strings' `Ordering` against `Equal` (`o < Equal` is "less").
        macro_rules! compare {
            ($symbol:literal, $holds:expr) => {{
                let (a, b) = (peek!(1), peek!(0));
                let result = match Value::numbers(a, b) {
                    Some((a, b)) => $holds(a, b),
                    None => compare_other!($symbol, a, b, $holds),
                };
                sp -= 1;
                set_top!(Value::bool(result));
            }};
        }

        // A binary operator whose right operand is a number constant (a
        // superinstruction): the result for the left operand `$operand`.
        macro_rules! with_constant {
            ($operand:expr, $k:expr, $symbol:literal, $expected:literal, $a:ident, $b:ident => $result:expr) => {{
                let (a, b) = ($operand, self.program.constants[$k as usize]);
                match Value::numbers(a, b) {
                    Some(($a, $b)) => $result,
                    None => {
                        save_ip!();
                        return Err(self.operands_error($symbol, $expected, a, Some(b)));
                    }
                }
            }};
        }

        // `compare!`'s test with a number constant as the right operand and
        // `$operand` (the top of the stack, or a local) as the left: whether
        // it holds.
        macro_rules! holds_constant {
            ($operand:expr, $k:expr, $symbol:literal, $holds:expr) => {{
                let (a, b) = ($operand, self.program.constants[$k as usize]);
                match Value::numbers(a, b) {
                    Some((a, b)) => $holds(a, b),
                    None => compare_other!($symbol, a, b, $holds),
                }
            }};
        }

        // The comparison's result in place of its left operand.
        macro_rules! compare_constant {
            ($k:expr, $symbol:literal, $holds:expr) => {{
                let result = holds_constant!(peek!(0), $k, $symbol, $holds);
                set_top!(Value::bool(result));
            }};
        }

        // A test and the jump of the `if` or loop it controls (a
        // superinstruction): pops the operand, jumps unless the test held.
        macro_rules! jump_unless {
            ($holds:expr, $target:expr) => {{
                let holds = $holds;
                sp -= 1;
                if !holds {
                    ip = $target as usize;
                }
            }};
        }

        // The inline cache of a property read: the field's value when the
        // receiver's shape is one of the two this instruction met last (see
        // vm/properties.rs), `None` for the slow path.
        macro_rules! cached_field {
            ($receiver:expr, $c:expr) => {{
                let cache = &self.caches[$c as usize];
                match $receiver.as_handle() {
                    Some(h) => match self.heap.get(h) {
                        Ok(Obj::Instance(i)) => {
                            let position = if i.shape == cache.first.shape {
                                Some(cache.first.position)
                            } else if i.shape == cache.second.shape {
                                Some(cache.second.position)
                            } else {
                                None
                            };
                            position.map(|at| i.values()[at as usize])
                        }
                        _ => None,
                    },
                    _ => None,
                }
            }};
        }

        // Property `c` of the local in `slot` (`this.x`), at the
        // instruction's safepoint: from the inline cache, or by the slow
        // path, which works on the receiver on the stack.
        macro_rules! local_property {
            ($slot:expr, $c:expr) => {{
                safepoint!();
                let receiver = local!($slot);
                match cached_field!(receiver, $c) {
                    Some(v) => v,
                    None => {
                        push!(receiver);
                        attempt!(self.get_property_slow($c));
                        pop!()
                    }
                }
            }};
        }

        // Assigns the global in `slot` the value on top of the stack, which
        // stays there.
        macro_rules! set_global {
            ($slot:expr) => {{
                let v = peek!(0);
                match &mut self.globals[$slot as usize] {
                    Some(g) => *g = v,
                    None => throw!("undefined variable `{}`", self.global_name($slot)?),
                }
            }};
        }

        macro_rules! return_with {
            ($result:expr) => {{
                let result = $result;
                self.close_upvalues(base);
                self.frames.pop();
                sp = base;
                push!(result);
                // The outermost frame of this run has returned: the script
                // ended, or a function a native called back (`call_back`).
                if self.frames.len() == self.run_floor {
                    spill!();
                    return Ok(());
                }
                load_frame!();
            }};
        }

        load_frame!();
        fill!();
        loop {
            let op = self.program.code[ip];
            ip += 1;
            match op {
                Op::Constant(k) => push!(self.program.constants[k as usize]),
                Op::Nil => push!(Value::NIL),
                Op::True => push!(Value::TRUE),
                Op::False => push!(Value::FALSE),
                Op::Pop => sp -= 1,
                Op::GetLocal(slot) => push!(local!(slot)),
                Op::GetLocals(a, b) => {
                    // In this order: `b` may be the slot the first push
                    // fills (`var b = a; print b;`).
                    push!(local!(a));
                    push!(local!(b));
                }
                Op::SetLocal(slot) => set_local!(slot, peek!(0)),
                Op::GetGlobal(slot) => match self.globals[slot as usize] {
                    Some(v) => push!(v),
                    None => throw!("undefined variable `{}`", self.global_name(slot)?),
                },
                Op::DefineGlobal(slot) => {
                    self.globals[slot as usize] = Some(pop!());
                }
                Op::SetGlobal(slot) => set_global!(slot),
                Op::SetGlobalPop(slot) => {
                    set_global!(slot);
                    sp -= 1;
                }
                Op::SetLocalPop(slot) => {
                    let v = pop!();
                    set_local!(slot, v);
                }
                Op::GetUpvalue(i) => {
                    let upvalue = self.upvalue_handle(self.running_closure(), i);
                    let v = match self.heap.get(upvalue) {
                        Ok(Obj::Upvalue(Upvalue::Open(at))) => self.stack[*at],
                        Ok(Obj::Upvalue(Upvalue::Closed(v))) => *v,
                        _ => unreachable!("closures hold live upvalues"),
                    };
                    push!(v);
                }
                Op::SetUpvalue(i) => {
                    let upvalue = self.upvalue_handle(self.running_closure(), i);
                    let v = peek!(0);
                    match self.heap.get_mut(upvalue) {
                        Ok(Obj::Upvalue(Upvalue::Open(at))) => {
                            let at = *at;
                            self.stack[at] = v;
                        }
                        Ok(Obj::Upvalue(Upvalue::Closed(slot))) => *slot = v,
                        _ => unreachable!("closures hold live upvalues"),
                    }
                }
                Op::GetProperty(c) => {
                    safepoint!();
                    match cached_field!(peek!(0), c) {
                        Some(v) => set_top!(v),
                        None => attempt!(self.get_property_slow(c)),
                    }
                }
                Op::GetLocalProperty(slot, c) => {
                    let v = local_property!(slot, c);
                    push!(v);
                }
                Op::SetProperty(c) => {
                    safepoint!();
                    attempt!(self.set_property(c));
                }
                Op::SetPropertyPop(c) => {
                    safepoint!();
                    attempt!(self.set_property(c));
                    sp -= 1;
                }
                Op::GetSuper(k) => {
                    let name = self.program.constants[k as usize]
                        .as_handle()
                        .expect("name");
                    attempt!(self.op_get_super(name));
                }
                Op::Equal => {
                    let b = pop!();
                    set_top!(Value::bool(peek!(0).equals(b)));
                }
                Op::NotEqual => {
                    let b = pop!();
                    set_top!(Value::bool(!peek!(0).equals(b)));
                }
                Op::Greater => compare!(">", |a, b| a > b),
                Op::GreaterEqual => compare!(">=", |a, b| a >= b),
                Op::Less => compare!("<", |a, b| a < b),
                Op::LessEqual => compare!("<=", |a, b| a <= b),
                Op::Subtract => numbers!("-", a, b => Value::arithmetic(a - b)),
                Op::AddConstant(k) => {
                    set_top!(
                        with_constant!(peek!(0), k, "+", "two numbers or two strings", a, b => Value::arithmetic(a + b))
                    )
                }
                Op::SubtractConstant(k) => {
                    set_top!(
                        with_constant!(peek!(0), k, "-", "numbers", a, b => Value::arithmetic(a - b))
                    )
                }
                Op::LocalAddConstant(slot, k) => {
                    let v = with_constant!(local!(slot), k, "+", "two numbers or two strings", a, b => Value::arithmetic(a + b));
                    push!(v);
                }
                Op::LocalSubtractConstant(slot, k) => {
                    let v = with_constant!(local!(slot), k, "-", "numbers", a, b => Value::arithmetic(a - b));
                    push!(v);
                }
                Op::JumpUnlessLessConstant(k, target) => {
                    jump_unless!(holds_constant!(peek!(0), k, "<", |a, b| a < b), target)
                }
                Op::LocalJumpUnlessLessConstant(slot, k, target) => {
                    // The local stays in its slot: nothing to pop.
                    if !holds_constant!(local!(slot), k, "<", |a, b| a < b) {
                        ip = target as usize;
                    }
                }
                Op::JumpUnlessGreaterConstant(k, target) => {
                    jump_unless!(holds_constant!(peek!(0), k, ">", |a, b| a > b), target)
                }
                Op::JumpUnlessEqualConstant(k, target) => {
                    jump_unless!(peek!(0).equals(self.program.constants[k as usize]), target)
                }
                Op::LessConstant(k) => compare_constant!(k, "<", |a, b| a < b),
                Op::GreaterConstant(k) => compare_constant!(k, ">", |a, b| a > b),
                Op::EqualConstant(k) => {
                    let b = self.program.constants[k as usize];
                    set_top!(Value::bool(peek!(0).equals(b)));
                }
                Op::Multiply => numbers!("*", a, b => Value::arithmetic(a * b)),
                Op::Divide => numbers!("/", a, b => Value::arithmetic(a / b)),
                Op::Modulo => numbers!("%", a, b => Value::arithmetic(floored_modulo(a, b))),
                Op::Add => {
                    let (x, y) = (peek!(1), peek!(0));
                    if let Some((a, b)) = Value::numbers(x, y) {
                        sp -= 1;
                        set_top!(Value::arithmetic(a + b));
                    } else {
                        let joined = attempt!(self.add_objects(x, y));
                        sp -= 1;
                        set_top!(joined);
                    }
                }
                Op::ReturnAdd => {
                    let (x, y) = (peek!(1), peek!(0));
                    let sum = match Value::numbers(x, y) {
                        Some((a, b)) => Value::arithmetic(a + b),
                        None => attempt!(self.add_objects(x, y)),
                    };
                    return_with!(sum);
                }
                Op::Not => set_top!(Value::bool(peek!(0).is_falsey())),
                Op::Negate => {
                    let v = peek!(0);
                    match v.as_number() {
                        Some(n) => set_top!(Value::arithmetic(-n)),
                        None => {
                            save_ip!();
                            return Err(self.operands_error("-", "a number", v, None));
                        }
                    }
                }
                Op::Print => attempt!(self.op_print()),
                Op::BuildList(n) => {
                    safepoint!();
                    attempt!(self.build_list(n as usize))
                }
                Op::Ttl => {
                    safepoint!();
                    let seconds = pop!();
                    attempt!(self.set_ttl(peek!(0), seconds));
                }
                Op::ClassTtl => {
                    safepoint!();
                    let seconds = pop!();
                    attempt!(self.set_class_ttl(peek!(0), seconds));
                }
                Op::BuildMap(n) => {
                    safepoint!();
                    attempt!(self.build_map(n as usize));
                }
                Op::Index => {
                    safepoint!();
                    let index = pop!();
                    let object = pop!();
                    let value = attempt!(self.index_get(object, index));
                    push!(value);
                }
                Op::SetIndex => {
                    safepoint!();
                    let value = pop!();
                    let index = pop!();
                    let object = peek!(0);
                    // The operands stay rooted on the stack while a map grows.
                    push!(value);
                    attempt!(self.index_set(object, index, value));
                    sp -= 2;
                    push!(value);
                }
                Op::Slice => {
                    safepoint!();
                    let end = pop!();
                    let start = pop!();
                    // The object stays on the stack (rooted) while the slice is made.
                    let slice = attempt!(self.slice(peek!(0), start, end));
                    set_top!(slice);
                }
                Op::Copy(n) => push!(peek!(n as usize)),
                Op::ForIter(slot, exit) => match attempt!(self.for_next(base + slot as usize)) {
                    Some(v) => push!(v),
                    None => ip = exit as usize,
                },
                Op::Jump(target) => ip = target as usize,
                Op::PopJumpIfFalse(target) => {
                    if pop!().is_falsey() {
                        ip = target as usize;
                    }
                }
                Op::JumpIfFalse(target) => {
                    if peek!(0).is_falsey() {
                        ip = target as usize;
                    }
                }
                Op::Loop(target) => {
                    if self.steps_left == 0 {
                        throw!("{}", self.steps_exhausted());
                    }
                    if super::interrupted() {
                        save_ip!();
                        return Err(self.interrupted_error());
                    }
                    self.steps_left -= 1;
                    ip = target as usize;
                    // A back-edge is a safepoint, so a loop that never allocates
                    // still sees its objects expire.
                    safepoint!();
                }
                Op::Call(argc) => {
                    safepoint!();
                    save_ip!();
                    let callee = peek!(argc as usize);
                    // One lookup of the callee: a closure's frame is pushed
                    // here, a class is instantiated and a native called out
                    // of line with what was read of them, and the rest
                    // (bound methods, errors) goes through `call_value`.
                    match callee.as_handle().map(|h| (h, self.heap.get(h))) {
                        Some((h, Ok(Obj::Closure(c)))) => {
                            let function = c.function;
                            (ip, base) = self.push_frame(h, function, argc as usize, sp)?;
                            self.stack.resume(sp);
                        }
                        other => {
                            // A new frame, or a native's result in place of
                            // the callee: either way, reloaded.
                            match other {
                                Some((h, Ok(Obj::Class(c)))) => {
                                    let (initializer, ttl, shape) = (c.initializer, c.ttl, c.shape);
                                    // This `Call` is where the instance is made.
                                    let site = self.program.site_at(ip - 1);
                                    self.call_class(
                                        h,
                                        initializer,
                                        ttl,
                                        shape,
                                        argc as usize,
                                        site,
                                    )?;
                                }
                                Some((_, Ok(Obj::Native(n)))) => {
                                    let id = n.0;
                                    crate::natives::call(self, id, argc as usize)?;
                                }
                                _ => {
                                    self.call_value(callee, argc as usize)?;
                                }
                            }
                            reload!();
                        }
                    }
                }
                Op::Invoke(c, argc) => {
                    safepoint!();
                    save_ip!();
                    let cache = &self.caches[c as usize];
                    let method = match peek!(argc as usize).as_handle() {
                        Some(h) => match self.heap.get(h) {
                            Ok(Obj::Instance(i))
                                if i.shape == cache.first.shape && i.class == cache.first.class =>
                            {
                                Some((cache.first.method, cache.first.function))
                            }
                            Ok(Obj::Instance(i))
                                if i.shape == cache.second.shape
                                    && i.class == cache.second.class =>
                            {
                                Some((cache.second.method, cache.second.function))
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    match method {
                        Some((method, function)) => {
                            (ip, base) = self.push_frame(method, function, argc as usize, sp)?;
                            self.stack.resume(sp);
                        }
                        None => {
                            self.invoke_slow(c, argc as usize)?;
                            reload!();
                        }
                    }
                }
                Op::SuperInvoke(k, argc) => {
                    safepoint!();
                    let name = self.program.constants[k as usize]
                        .as_handle()
                        .expect("name");
                    let superclass = pop!().as_handle().expect("super is a class");
                    save_ip!();
                    self.check_live(peek!(argc as usize))?;
                    let Some(method) = self.find_method(superclass, name) else {
                        throw!("undefined property `{}`", self.text(name)?);
                    };
                    self.call_closure(method, argc as usize)?;
                    reload!();
                }
                Op::Closure(id) => {
                    attempt!(self.op_closure(id, base));
                }
                Op::CloseUpvalue => {
                    save_ip!();
                    self.close_upvalues(self.stack.len() - 1);
                    reload!();
                    sp -= 1;
                }
                Op::Return => {
                    let result = pop!();
                    return_with!(result);
                }
                Op::ReturnNil => return_with!(Value::NIL),
                Op::ReturnLocal(slot) => return_with!(local!(slot)),
                Op::ReturnLocalProperty(slot, c) => {
                    let v = local_property!(slot, c);
                    return_with!(v);
                }
                Op::Class(k) => {
                    let name = self.program.constants[k as usize]
                        .as_handle()
                        .expect("name");
                    attempt!(self.op_class(name));
                }
                Op::Inherit => attempt!(self.op_inherit()),
                Op::Method(k) => {
                    let name = self.program.constants[k as usize]
                        .as_handle()
                        .expect("name");
                    attempt!(self.op_method(name));
                }
            }
        }
    }

    // ------------------------------------------------------------ rare instructions
    //
    // Instructions that run once per class, closure or print are kept out of
    // the dispatch loop, so the loop stays small enough for its hot locals to
    // live in registers. Each starts with its safepoint; the caller has saved
    // the instruction pointer.

    #[inline(never)]
    fn op_print(&mut self) -> VmResult<()> {
        self.safepoint();
        let v = self.stack.pop();
        let mut text = self.printed(v)?;
        text.push('\n');
        if let Err(e) = self.out.write_all(text.as_bytes()) {
            return Err(self.error(format!("cannot write program output: {e}")));
        }
        Ok(())
    }

    /// The method `name` of `class` bound to `receiver`, in place of the
    /// receiver on the stack (`receiver.name` where `name` is no field, and
    /// `super.name`).
    #[inline(never)]
    pub(super) fn bind_method(
        &mut self,
        receiver: Value,
        class: Handle,
        name: Handle,
    ) -> VmResult<()> {
        match self.find_method(class, name) {
            Some(method) => {
                let site = self.current_site();
                let bound = self.alloc(Obj::BoundMethod(BoundMethod { receiver, method }), site)?;
                *self.stack.last_mut() = Value::obj(bound);
                Ok(())
            }
            None => Err(self.error(format!("undefined property `{}`", self.text(name)?))),
        }
    }

    #[inline(never)]
    fn op_get_super(&mut self, name: Handle) -> VmResult<()> {
        self.safepoint();
        let superclass = self.stack.pop().as_handle().expect("super is a class");
        let receiver = *self.stack.last_mut();
        self.check_live(receiver)?;
        self.bind_method(receiver, superclass, name)
    }

    #[inline(never)]
    fn op_closure(&mut self, id: FunctionId, base: usize) -> VmResult<()> {
        self.safepoint();
        let closure = self.running_closure();
        let count = self.program.function(id).upvalues.len();
        let mut upvalues = Vec::with_capacity(count);
        for i in 0..count {
            let desc = self.program.function(id).upvalues[i];
            let h = if desc.is_local {
                self.capture_upvalue(base + desc.index as usize)?
            } else {
                self.upvalue_handle(closure, desc.index)
            };
            upvalues.push(h);
        }
        let site = self.current_site();
        let made = self.alloc(
            Obj::Closure(Closure {
                function: id,
                upvalues: upvalues.into_boxed_slice(),
            }),
            site,
        )?;
        self.stack.push(Value::obj(made));
        Ok(())
    }

    #[inline(never)]
    fn op_class(&mut self, name: Handle) -> VmResult<()> {
        self.safepoint();
        let shape = self.heap.root_shape(name);
        let site = self.current_site();
        let class = self.alloc(
            Obj::Class(Box::new(Class {
                name,
                methods: FxHashMap::default(),
                initializer: None,
                ttl: None,
                shape,
            })),
            site,
        )?;
        self.stack.push(Value::obj(class));
        Ok(())
    }

    #[inline(never)]
    fn op_inherit(&mut self) -> VmResult<()> {
        self.safepoint();
        let len = self.stack.len();
        let superclass = self.stack[len - 2];
        let subclass = self.stack[len - 1].as_handle().expect("class");
        let methods = match superclass.as_handle().map(|h| self.heap.get(h)) {
            Some(Ok(Obj::Class(c))) => Some((c.methods.clone(), c.initializer)),
            _ => None,
        };
        let Some((methods, initializer)) = methods else {
            return Err(self.error(format!(
                "a class can only inherit from a class, not from {}",
                self.type_name(superclass)
            )));
        };
        // The copied table is counted before it lands (heap limit).
        let copied = crate::heap::object::map_bytes(&methods);
        self.make_room(copied, None)?;
        match self.heap.get_mut(subclass) {
            Ok(Obj::Class(c)) => {
                c.methods = methods;
                c.initializer = initializer;
            }
            _ => unreachable!("the class being defined is on the stack"),
        }
        self.heap.resize(subclass);
        self.stack.pop();
        Ok(())
    }

    #[inline(never)]
    fn op_method(&mut self, name: Handle) -> VmResult<()> {
        self.safepoint();
        let len = self.stack.len();
        let method = self.stack[len - 1];
        let class = self.stack[len - 2].as_handle().expect("class");
        let initializer = match method.as_handle() {
            Some(h) if name == self.init_string => Some((h, self.closure_function(h))),
            _ => None,
        };
        // The method stays on the stack (rooted) while room is made.
        self.grow(
            class,
            |obj| matches!(obj, Obj::Class(c) if c.methods.len() == c.methods.capacity()),
            |obj| match obj {
                Obj::Class(c) => {
                    c.methods.insert(name, method);
                    if initializer.is_some() {
                        c.initializer = initializer;
                    }
                }
                _ => unreachable!("the class being defined is on the stack"),
            },
        )?;
        self.stack.pop();
        Ok(())
    }

    // ------------------------------------------------------------ calls

    /// Calls `callee` with the `argc` arguments on top of the stack.
    pub(super) fn call_value(&mut self, callee: Value, argc: usize) -> VmResult<Called> {
        let Some(handle) = callee.as_handle() else {
            return Err(self.error(format!(
                "can only call functions and classes, not {}",
                self.type_name(callee)
            )));
        };
        match self.live_obj(handle)? {
            Obj::Closure(c) => {
                // One lookup of the callee: its function comes from here.
                let function = c.function;
                self.push_frame(handle, function, argc, self.stack.len())?;
                Ok(Called::Frame)
            }
            Obj::BoundMethod(b) => {
                let (receiver, method) = (b.receiver, b.method);
                let at = self.stack.len() - 1 - argc;
                self.stack[at] = receiver;
                self.call_closure(method, argc)?;
                Ok(Called::Frame)
            }
            Obj::Class(c) => {
                let (initializer, ttl, shape) = (c.initializer, c.ttl, c.shape);
                let site = self.current_site();
                self.call_class(handle, initializer, ttl, shape, argc, site)
            }
            Obj::Native(n) => {
                let id = n.0;
                crate::natives::call(self, id, argc)?;
                Ok(Called::Done)
            }
            _ => Err(self.error(format!(
                "can only call functions and classes, not {}",
                self.type_name(callee)
            ))),
        }
    }

    /// `+` on what is not two numbers: two strings joined (a new string), or
    /// an error. Out of the dispatch loop; `x` and `y` stay on the stack
    /// (rooted) while the result is made, and the running frame's ip is
    /// saved.
    #[inline(never)]
    fn add_objects(&mut self, x: Value, y: Value) -> VmResult<Value> {
        let (Some(a), Some(b)) = (x.as_handle(), y.as_handle()) else {
            return Err(self.operands_error("+", "two numbers or two strings", x, Some(y)));
        };
        self.safepoint();
        self.live_obj(a)?;
        self.live_obj(b)?;
        let length = match (self.heap.get(a), self.heap.get(b)) {
            (Ok(Obj::Str(a)), Ok(Obj::Str(b))) => a.text.len() + b.text.len(),
            _ => {
                return Err(self.error(format!(
                    "operands of `+` must be two numbers or two strings, not {} and {}",
                    self.type_name(x),
                    self.type_name(y)
                )))
            }
        };
        // Room first: a string doubling under a heap limit must fail before
        // the doubled text is even built.
        self.make_room(crate::heap::SLOT_BYTES + length, None)?;
        let mut joined = String::with_capacity(length);
        joined.push_str(self.text(a)?);
        joined.push_str(self.text(b)?);
        Ok(Value::obj(self.intern_owned(joined)?))
    }

    /// Calls class `class`: a new instance in the callee's stack slot, then
    /// its initializer's frame if it has one. Out of the dispatch loop:
    /// `Call` hands it what it read of the class, and its own allocation site.
    #[inline(never)]
    fn call_class(
        &mut self,
        class: Handle,
        initializer: Option<(Handle, FunctionId)>,
        ttl: Option<f64>,
        shape: ShapeId,
        argc: usize,
        site: Site,
    ) -> VmResult<Called> {
        let instance = self.alloc_instance(class, shape, site)?;
        self.start_instance_ttl(instance, ttl);
        let at = self.stack.len() - 1 - argc;
        self.stack[at] = Value::obj(instance);
        match initializer {
            Some((init, function)) => {
                self.push_frame(init, function, argc, self.stack.len())?;
                Ok(Called::Frame)
            }
            None if argc != 0 => Err(self.error(format!(
                "`{}` expects 0 arguments but got {argc}",
                self.value_to_string(Value::obj(class))
            ))),
            None => Ok(Called::Done),
        }
    }

    /// Calls `callee` with `args` from inside a native (a `sort` comparison)
    /// and yields its result: runs the dispatch loop until the frame it
    /// pushed returns. The caller keeps `callee` and `args` rooted.
    pub(crate) fn call_back(&mut self, callee: Value, args: &[Value]) -> VmResult<Value> {
        self.stack.reserve(args.len() + 1);
        self.stack.push(callee);
        for &arg in args {
            self.stack.push(arg);
        }
        // Each call back nests the dispatch loop on the Rust stack; bound it
        // well below what the interpreter thread's stack holds.
        if self.call_back_depth >= MAX_CALL_BACK_DEPTH {
            return Err(self.error(format!(
                "stack overflow: more than {MAX_CALL_BACK_DEPTH} calls nested through natives \
                 (a `sort` comparison that sorts, ...)"
            )));
        }
        let floor = self.frames.len();
        self.call_back_depth += 1;
        let called = self.call_value(callee, args.len());
        let result = match called {
            Ok(Called::Frame) => {
                let outer = std::mem::replace(&mut self.run_floor, floor);
                let result = self.run();
                self.run_floor = outer;
                result
            }
            Ok(Called::Done) => Ok(()),
            Err(e) => Err(e),
        };
        self.call_back_depth -= 1;
        result?;
        Ok(self.stack.pop())
    }

    /// Pushes a frame for the closure `handle`, whose arguments are on the stack.
    pub(super) fn call_closure(&mut self, handle: Handle, argc: usize) -> VmResult<()> {
        let function = self.closure_function(handle);
        self.push_frame(handle, function, argc, self.stack.len())?;
        Ok(())
    }

    /// The function a method or initializer runs. Closures are code: nothing
    /// reclaims them while their class holds them.
    pub(super) fn closure_function(&self, handle: Handle) -> FunctionId {
        match self.heap.get(handle) {
            Ok(Obj::Closure(c)) => c.function,
            _ => unreachable!("methods and initializers are closures"),
        }
    }

    /// Pushes a frame running `function` (of closure `handle`) over the
    /// arguments on the stack, whose top is `top` (the dispatch loop holds it
    /// in a local); returns the new frame's ip and base, which the loop takes
    /// from here rather than reading back what was just stored. The checks
    /// share one branch; which one failed is worked out off the hot path.
    #[inline(always)]
    pub(super) fn push_frame(
        &mut self,
        handle: Handle,
        function: FunctionId,
        argc: usize,
        top: usize,
    ) -> VmResult<(usize, usize)> {
        let f = self.program.function(function);
        let (arity, entry, max_stack) = (f.arity, f.entry as usize, f.max_stack as usize);
        if argc as u32 != arity
            || self.frames.len() >= self.config.max_depth
            || self.steps_left == 0
            || super::interrupted()
        {
            return Err(self.call_refused(function, argc));
        }
        self.steps_left -= 1;
        // The compiler bounds every function's stack use, so reserving it here is
        // what lets pushes skip the growth check.
        self.stack.reserve_above(top, max_stack);
        let base = top - 1 - argc;
        self.frames.push(Frame {
            closure: handle,
            function,
            ip: entry,
            base,
        });
        Ok((entry, base))
    }

    /// Why [`Self::push_frame`] refused a call, in the order it checks.
    #[cold]
    #[inline(never)]
    fn call_refused(&self, function: FunctionId, argc: usize) -> Box<RuntimeError> {
        let function = self.program.function(function);
        if argc as u32 != function.arity {
            return self.error(format!(
                "`{}` expects {} argument{} but got {argc}",
                function.name,
                function.arity,
                if function.arity == 1 { "" } else { "s" }
            ));
        }
        if self.frames.len() >= self.config.max_depth {
            return self.error(format!(
                "stack overflow: more than {} nested calls (see --max-depth)",
                self.config.max_depth
            ));
        }
        if self.steps_left == 0 {
            return self.error(self.steps_exhausted());
        }
        self.interrupted_error()
    }

    pub(super) fn find_method(&self, class: Handle, name: Handle) -> Option<Handle> {
        match self.heap.get(class) {
            Ok(Obj::Class(c)) => c.methods.get(&name).and_then(|m| m.as_handle()),
            _ => None,
        }
    }

    // ------------------------------------------------------------ upvalues

    /// The closure the running frame runs. Not a local of the dispatch loop:
    /// only upvalue instructions need it, and a handle kept there cost every
    /// instruction a reload (docs/performance.md, "Flat code").
    #[inline(always)]
    fn running_closure(&self) -> Handle {
        self.frames.last().expect("a frame is running").closure
    }

    fn upvalue_handle(&self, closure: Handle, index: u32) -> Handle {
        match self.heap.get(closure) {
            Ok(Obj::Closure(c)) => c.upvalues[index as usize],
            _ => unreachable!("frames run closures"),
        }
    }

    /// The open upvalue for stack slot `at`, made if none exists yet, so closures
    /// over one variable share it.
    fn capture_upvalue(&mut self, at: usize) -> VmResult<Handle> {
        let pos = self.open_upvalues.partition_point(|&(slot, _)| slot < at);
        if let Some(&(slot, h)) = self.open_upvalues.get(pos) {
            if slot == at {
                return Ok(h);
            }
        }
        let site = self.current_site();
        let h = self.alloc(Obj::Upvalue(Upvalue::Open(at)), site)?;
        // The allocation may have collected, but not changed the open list.
        self.open_upvalues.insert(pos, (at, h));
        Ok(h)
    }

    /// Moves every open upvalue at or above stack slot `from` off the stack.
    #[inline(always)]
    fn close_upvalues(&mut self, from: usize) {
        // Most returns close nothing: one comparison here, the loop out of line.
        if self
            .open_upvalues
            .last()
            .is_some_and(|&(slot, _)| slot >= from)
        {
            self.close_open_upvalues(from);
        }
    }

    #[inline(never)]
    fn close_open_upvalues(&mut self, from: usize) {
        while let Some(&(slot, h)) = self.open_upvalues.last() {
            if slot < from {
                break;
            }
            let value = self.stack[slot];
            if let Ok(Obj::Upvalue(u)) = self.heap.get_mut(h) {
                *u = Upvalue::Closed(value);
            }
            self.open_upvalues.pop();
        }
    }

    // ------------------------------------------------------------ errors

    fn global_name(&self, slot: u32) -> VmResult<&str> {
        self.text(self.global_names[slot as usize])
    }

    /// The name of a value's type, as `type()` reports it.
    pub fn type_name(&self, value: Value) -> &'static str {
        let Some(h) = value.as_handle() else {
            return if value.is_number() {
                "number"
            } else if value.is_nil() {
                "nil"
            } else {
                "bool"
            };
        };
        match self.heap.get(h) {
            Ok(Obj::Str(_)) => "string",
            Ok(Obj::Closure(_) | Obj::BoundMethod(_) | Obj::Native(_)) => "function",
            Ok(Obj::Class(_)) => "class",
            Ok(Obj::Instance(_)) => "instance",
            Ok(Obj::Upvalue(_)) => "upvalue",
            Ok(Obj::List(_)) => "list",
            Ok(Obj::Map(_)) => "map",
            Err(_) => "reclaimed object",
        }
    }

    /// Builds a runtime error at the current instruction of every frame. The
    /// running frame's `ip` must have been saved.
    pub(crate) fn error(&self, message: String) -> Box<RuntimeError> {
        let trace: Vec<TraceLine> = self
            .frames
            .iter()
            .rev()
            .map(|frame| TraceLine {
                function: self.program.name(frame.function).to_string(),
                file: self.program.function(frame.function).file,
                span: self.program.span_before(frame.function, frame.ip),
            })
            .collect();
        Box::new(RuntimeError {
            message,
            interrupted: false,
            exit: None,
            sites: Vec::new(),
            at: trace.first().cloned(),
            trace,
        })
    }

    /// The error for operands of the wrong type — or, when one of them is a
    /// stale reference, the stale-reference error, which is the real problem.
    /// `b` is `None` for a unary operator.
    #[cold]
    #[inline(never)]
    pub(super) fn operands_error(
        &self,
        symbol: &str,
        expected: &str,
        a: Value,
        b: Option<Value>,
    ) -> Box<RuntimeError> {
        let stale = self
            .check_live(a)
            .and(b.map_or(Ok(()), |b| self.check_live(b)));
        if let Err(stale) = stale {
            return stale;
        }
        let Some(b) = b else {
            return self.error(format!(
                "operand of `{symbol}` must be {expected}, not {}",
                self.type_name(a)
            ));
        };
        self.error(format!(
            "operands of `{symbol}` must be {expected}, not {} and {}",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// The error that stops a program when the user presses Ctrl-C.
    #[cold]
    #[inline(never)]
    pub(crate) fn interrupted_error(&self) -> Box<RuntimeError> {
        let mut error = self.error("interrupted".into());
        error.interrupted = true;
        error
    }

    #[cold]
    fn steps_exhausted(&self) -> String {
        format!(
            "step limit reached: more than {} calls and loop iterations (see --max-steps)",
            self.config.max_steps.unwrap_or(u64::MAX)
        )
    }

    /// Pushes a native's result in place of the callee and its arguments.
    pub(crate) fn finish_native(&mut self, argc: usize, result: Value) {
        let at = self.stack.len() - 1 - argc;
        self.stack.truncate(at);
        self.stack.push(result);
    }

    /// The arguments of the native being called.
    pub(crate) fn native_args(&self, argc: usize) -> &[Value] {
        let live = self.stack.live();
        &live[live.len() - argc..]
    }
}
