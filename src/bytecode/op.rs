//! The instruction set. Operands are `u32` indices, so there is no 256-constant or
//! 256-local limit. Each variant notes its stack effect as `[before] -> [after]`.

/// An index into the function's constant table. Loading relocates it into the
/// program's one flat table, as it does jump targets into the flat code
/// (src/vm/load.rs).
pub type ConstIndex = u32;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `[] -> [constant]`
    Constant(ConstIndex),
    /// `[] -> [nil]`
    Nil,
    /// `[] -> [true]`
    True,
    /// `[] -> [false]`
    False,
    /// `[a] -> []`
    Pop,
    /// `[] -> [local]`; the operand is a slot relative to the frame base.
    GetLocal(u32),
    /// `[v] -> [v]`, stores into the local.
    SetLocal(u32),
    /// `[] -> [global]`. The compiler emits the name's constant index; loading the
    /// function into the VM rewrites it to the global's slot.
    GetGlobal(u32),
    /// `[v] -> []`, defines (or redefines) the global.
    DefineGlobal(u32),
    /// `[v] -> [v]`, assigns an existing global.
    SetGlobal(u32),
    /// `[] -> [upvalue]`
    GetUpvalue(u32),
    /// `[v] -> [v]`
    SetUpvalue(u32),
    /// `[instance] -> [value]`. The compiler emits the name's constant index;
    /// loading the function rewrites it to the instruction's own inline cache
    /// (which holds the name), as for `SetProperty` and `Invoke`.
    GetProperty(ConstIndex),
    /// `[instance value] -> [value]`
    SetProperty(ConstIndex),
    /// `[this superclass] -> [bound method]`
    GetSuper(ConstIndex),
    /// `[a b] -> [a == b]`
    Equal,
    /// `[a b] -> [a != b]`
    NotEqual,
    /// `[a b] -> [a > b]` (numbers only; separate ops keep NaN comparisons IEEE-correct)
    Greater,
    GreaterEqual,
    Less,
    LessEqual,
    /// `[a b] -> [a + b]`, numbers or strings.
    Add,
    Subtract,
    Multiply,
    Divide,
    /// `[a b] -> [a % b]`, floored (the sign of `b`).
    Modulo,
    /// `[a] -> [!a]`
    Not,
    /// `[a] -> [-a]`
    Negate,
    /// `[a] -> []`, writes `a` and a newline.
    Print,
    /// `[item1 .. itemN] -> [list]`
    BuildList(u32),
    /// `[key1 value1 .. keyN valueN] -> [map]`
    BuildMap(u32),
    /// `[object index] -> [object[index]]`
    Index,
    /// `[object index value] -> [value]`
    SetIndex,
    /// `[object start end] -> [object[start:end]]`; `nil` bounds mean the ends.
    Slice,
    /// `[.. v (n values)] -> [.. v (n values) v]`: pushes a copy of the value
    /// `n` below the top (compound assignment evaluates its target once).
    Copy(u32),
    /// `for (var x in seq)`: the local at the operand holds the sequence and
    /// the one after it the position reached. Pushes the next element (and
    /// moves the position on), or jumps to the second operand when there is
    /// none. `[] -> [element]`
    ForIter(u32, u32),
    /// `[object seconds] -> [object]`: `object @ttl(seconds)`.
    Ttl,
    /// `[class seconds] -> [class]`: `@ttl(seconds) class ...`.
    ClassTtl,
    /// Unconditional jump to an instruction index of the function.
    Jump(u32),
    /// `[c] -> [c]`, jumps when `c` is falsey.
    JumpIfFalse(u32),
    /// `[condition] -> []`, jumping when it is falsey: the condition of an
    /// `if` or a loop, which both paths drop.
    PopJumpIfFalse(u32),
    /// Backward jump to an instruction index of the function; a safepoint.
    Loop(u32),
    /// `[callee args...] -> [result]`
    Call(u32),
    /// `[receiver args...] -> [result]`: `receiver.name(args)` without a bound method.
    Invoke(ConstIndex, u32),
    /// `[this args... superclass] -> [result]`
    SuperInvoke(ConstIndex, u32),
    /// `[] -> [closure]`; the constant is a function whose upvalue descriptors say
    /// what to capture. Loading replaces the operand with the function's id.
    Closure(ConstIndex),
    /// `[v] -> []`, closing the upvalue that points at the top slot.
    CloseUpvalue,
    /// `[result] -> []`, returns from the current frame.
    Return,
    /// `[] -> [class]`
    Class(ConstIndex),
    /// `[superclass subclass] -> [superclass]`, copies the methods down.
    Inherit,
    /// `[class closure] -> [class]`
    Method(ConstIndex),

    // Superinstructions: pairs the profiles of docs/performance.md show
    // dominate, fused by the compiler when no jump lands between them.
    /// `GetLocal(slot)` then `GetProperty(k)`: `this.x`, `p.x`. `[] -> [value]`
    GetLocalProperty(u32, ConstIndex),
    /// `Constant(k)` then `Add`, for a number constant: `[a] -> [a + k]`
    AddConstant(ConstIndex),
    /// `Constant(k)` then `Subtract`, for a number constant.
    SubtractConstant(ConstIndex),
    /// `Constant(k)` then `Less`, for a number constant.
    LessConstant(ConstIndex),
    /// `Constant(k)` then `Greater`, for a number constant.
    GreaterConstant(ConstIndex),
    /// `Constant(k)` then `Equal`, for a number constant.
    EqualConstant(ConstIndex),
    /// `Nil` then `Return`: `[] -> []`, returns `nil`.
    ReturnNil,
    /// `GetLocal(slot)` then `Return`: returns the local (`return n;`, and
    /// every initializer's `this`).
    ReturnLocal(u32),
    /// `GetLocalProperty(slot, k)` then `Return`: `return this.x;`, a getter.
    ReturnLocalProperty(u32, ConstIndex),
    /// `Add` then `Return`: `[a, b] -> []`, returns `a + b` (`return a + b;`,
    /// the tail of a recursive sum).
    ReturnAdd,
    /// `GetLocal(slot)` then `AddConstant(k)`: `[] -> [local + k]`
    LocalAddConstant(u32, ConstIndex),
    /// `GetLocal(slot)` then `SubtractConstant(k)`: `[] -> [local - k]`
    LocalSubtractConstant(u32, ConstIndex),
    /// `LessConstant(k)` then `PopJumpIfFalse(target)`: `[a] -> []`, jumping
    /// unless `a < k` — a loop's or an `if`'s test against a number.
    JumpUnlessLessConstant(ConstIndex, u32),
    /// `GreaterConstant(k)` then `PopJumpIfFalse(target)`.
    JumpUnlessGreaterConstant(ConstIndex, u32),
    /// `GetLocal(slot)` then `JumpUnlessLessConstant(k, target)`: `[] -> []`,
    /// jumping unless `local < k` — `if (n < 2)`, `while (i < 100)`. The
    /// slot is 16 bits so the instruction stays 12 bytes; a local above
    /// slot 65,535 keeps the pair.
    LocalJumpUnlessLessConstant(u16, ConstIndex, u32),
    /// `EqualConstant(k)` then `PopJumpIfFalse(target)`.
    JumpUnlessEqualConstant(ConstIndex, u32),
    /// `SetProperty(k)` then `Pop`: an assignment statement to a field.
    /// `[instance value] -> []`
    SetPropertyPop(ConstIndex),
    /// `SetLocal(slot)` then `Pop`: `[v] -> []`
    SetLocalPop(u32),
    /// `SetGlobal(slot)` then `Pop`: `[v] -> []`
    SetGlobalPop(u32),
    /// `GetLocal(a)` then `GetLocal(b)`: `[] -> [local a, local b]`, the
    /// operands of `a == b`, `a + b`, `f(a, b)`.
    GetLocals(u32, u32),
}

// The dispatch loop loads a whole instruction per step: keep it at 12 bytes.
const _: () = assert!(std::mem::size_of::<Op>() == 12);

impl Op {
    /// The operand that indexes the function's constants, if there is one —
    /// as the compiler emits it (loading rewrites global and property
    /// operands to slots and caches, and `Closure`'s to a function id).
    pub fn constant_operand(self) -> Option<ConstIndex> {
        let mut op = self;
        op.constant_operand_mut().map(|k| *k)
    }

    /// [`Op::constant_operand`], to rewrite it. The one list of which
    /// operands are constant indexes: the disassembler and the loader both
    /// go by it.
    pub fn constant_operand_mut(&mut self) -> Option<&mut ConstIndex> {
        match self {
            Op::Constant(k)
            | Op::GetGlobal(k)
            | Op::DefineGlobal(k)
            | Op::SetGlobal(k)
            | Op::GetProperty(k)
            | Op::GetLocalProperty(_, k)
            | Op::AddConstant(k)
            | Op::SubtractConstant(k)
            | Op::LessConstant(k)
            | Op::GreaterConstant(k)
            | Op::EqualConstant(k)
            | Op::ReturnLocalProperty(_, k)
            | Op::LocalAddConstant(_, k)
            | Op::LocalSubtractConstant(_, k)
            | Op::JumpUnlessLessConstant(k, _)
            | Op::LocalJumpUnlessLessConstant(_, k, _)
            | Op::JumpUnlessGreaterConstant(k, _)
            | Op::JumpUnlessEqualConstant(k, _)
            | Op::SetPropertyPop(k)
            | Op::SetGlobalPop(k)
            | Op::SetProperty(k)
            | Op::GetSuper(k)
            | Op::Invoke(k, _)
            | Op::SuperInvoke(k, _)
            | Op::Closure(k)
            | Op::Class(k)
            | Op::Method(k) => Some(k),
            _ => None,
        }
    }

    /// The instruction index a jump goes to, to patch or relocate it.
    pub fn jump_target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Op::Jump(t)
            | Op::JumpIfFalse(t)
            | Op::PopJumpIfFalse(t)
            | Op::Loop(t)
            | Op::ForIter(_, t)
            | Op::JumpUnlessLessConstant(_, t)
            | Op::LocalJumpUnlessLessConstant(_, _, t)
            | Op::JumpUnlessGreaterConstant(_, t)
            | Op::JumpUnlessEqualConstant(_, t) => Some(t),
            _ => None,
        }
    }

    /// The superinstruction for `self` followed by `next`, if there is one.
    /// `constants` are the function's constants so far. A superinstruction
    /// may fuse again with the instruction before it (`GetLocal` with
    /// `SubtractConstant`, itself `Constant` and `Subtract`).
    pub fn fuse(self, next: Op, constants: &[super::Constant]) -> Option<Op> {
        let number =
            |k: ConstIndex| matches!(constants.get(k as usize), Some(super::Constant::Number(_)));
        Some(match (self, next) {
            (Op::GetLocal(slot), Op::GetProperty(k)) => Op::GetLocalProperty(slot, k),
            (Op::Constant(k), Op::Add) if number(k) => Op::AddConstant(k),
            (Op::Constant(k), Op::Subtract) if number(k) => Op::SubtractConstant(k),
            (Op::Constant(k), Op::Less) if number(k) => Op::LessConstant(k),
            (Op::Constant(k), Op::Greater) if number(k) => Op::GreaterConstant(k),
            (Op::Constant(k), Op::Equal) if number(k) => Op::EqualConstant(k),
            (Op::Nil, Op::Return) => Op::ReturnNil,
            (Op::GetLocal(slot), Op::Return) => Op::ReturnLocal(slot),
            (Op::GetLocalProperty(slot, k), Op::Return) => Op::ReturnLocalProperty(slot, k),
            (Op::Add, Op::Return) => Op::ReturnAdd,
            (Op::GetLocal(slot), Op::AddConstant(k)) => Op::LocalAddConstant(slot, k),
            (Op::GetLocal(slot), Op::SubtractConstant(k)) => Op::LocalSubtractConstant(slot, k),
            (Op::LessConstant(k), Op::PopJumpIfFalse(t)) => Op::JumpUnlessLessConstant(k, t),
            (Op::GetLocal(slot), Op::JumpUnlessLessConstant(k, t)) => {
                Op::LocalJumpUnlessLessConstant(u16::try_from(slot).ok()?, k, t)
            }
            (Op::GreaterConstant(k), Op::PopJumpIfFalse(t)) => Op::JumpUnlessGreaterConstant(k, t),
            (Op::EqualConstant(k), Op::PopJumpIfFalse(t)) => Op::JumpUnlessEqualConstant(k, t),
            (Op::SetProperty(k), Op::Pop) => Op::SetPropertyPop(k),
            (Op::SetLocal(slot), Op::Pop) => Op::SetLocalPop(slot),
            (Op::SetGlobal(slot), Op::Pop) => Op::SetGlobalPop(slot),
            (Op::GetLocal(a), Op::GetLocal(b)) => Op::GetLocals(a, b),
            _ => return None,
        })
    }

    /// A superinstruction that gives its second instruction back when that
    /// one pairs better with the next (`a` then `b.x`: `GetLocals(a, b)`
    /// then `GetProperty` is `GetLocal(a)` then `GetLocalProperty(b, x)`):
    /// the two it was made of.
    pub fn unpair(self) -> Option<(Op, Op)> {
        match self {
            Op::GetLocals(a, b) => Some((Op::GetLocal(a), Op::GetLocal(b))),
            _ => None,
        }
    }

    /// Whether a superinstruction ending in `next` reports errors (and
    /// allocation sites) at the first instruction's source: a pop, a
    /// conditional jump or a return never fails, so the span that matters
    /// is the comparison's or the assignment's before it.
    pub fn fused_keeps_first_span(next: Op) -> bool {
        matches!(next, Op::Pop | Op::PopJumpIfFalse(_) | Op::Return)
    }

    /// How many values the instruction leaves on the stack minus how many it
    /// takes, along its fall-through path (see the stack effects above).
    pub fn stack_effect(self) -> i64 {
        match self {
            Op::Constant(_)
            | Op::Nil
            | Op::True
            | Op::False
            | Op::GetLocal(_)
            | Op::GetGlobal(_)
            | Op::GetUpvalue(_)
            | Op::Closure(_)
            | Op::Copy(_)
            | Op::ForIter(..)
            | Op::GetLocalProperty(..)
            | Op::LocalAddConstant(..)
            | Op::LocalSubtractConstant(..)
            | Op::Class(_) => 1,
            Op::GetLocals(..) => 2,
            Op::BuildList(n) => 1 - n as i64,
            Op::BuildMap(n) => 1 - 2 * n as i64,
            Op::Index | Op::Ttl | Op::ClassTtl => -1,
            Op::SetIndex | Op::Slice => -2,
            Op::SetLocal(_)
            | Op::SetGlobal(_)
            | Op::SetUpvalue(_)
            | Op::GetProperty(_)
            | Op::Not
            | Op::Negate
            | Op::Jump(_)
            | Op::JumpIfFalse(_)
            | Op::AddConstant(_)
            | Op::SubtractConstant(_)
            | Op::LessConstant(_)
            | Op::GreaterConstant(_)
            | Op::EqualConstant(_)
            | Op::ReturnNil
            | Op::ReturnLocal(_)
            | Op::ReturnLocalProperty(..)
            | Op::LocalJumpUnlessLessConstant(..)
            | Op::Loop(_) => 0,
            Op::Pop
            | Op::PopJumpIfFalse(_)
            | Op::DefineGlobal(_)
            | Op::SetProperty(_)
            | Op::GetSuper(_)
            | Op::Equal
            | Op::NotEqual
            | Op::Greater
            | Op::GreaterEqual
            | Op::Less
            | Op::LessEqual
            | Op::Add
            | Op::Subtract
            | Op::Multiply
            | Op::Divide
            | Op::Modulo
            | Op::Print
            | Op::CloseUpvalue
            | Op::Return
            | Op::Inherit
            | Op::Method(_)
            | Op::JumpUnlessLessConstant(..)
            | Op::JumpUnlessGreaterConstant(..)
            | Op::JumpUnlessEqualConstant(..)
            | Op::SetLocalPop(_)
            | Op::SetGlobalPop(_) => -1,
            Op::SetPropertyPop(_) | Op::ReturnAdd => -2,
            Op::Call(argc) | Op::Invoke(_, argc) => -(argc as i64),
            Op::SuperInvoke(_, argc) => -(argc as i64) - 1,
        }
    }
}
