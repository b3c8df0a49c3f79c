//! The instruction set. Operands are `u32` indices, so there is no 256-constant or
//! 256-local limit. Each variant notes its stack effect as `[before] -> [after]`.

/// An index into the current function's constant table.
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
    /// `[instance] -> [value]`; operand: constant index of the property name.
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
    /// `[a] -> [!a]`
    Not,
    /// `[a] -> [-a]`
    Negate,
    /// `[a] -> []`, writes `a` and a newline.
    Print,
    /// Unconditional jump to an absolute instruction index.
    Jump(u32),
    /// `[c] -> [c]`, jumps when `c` is falsey.
    JumpIfFalse(u32),
    /// Backward jump to an absolute index; a safepoint.
    Loop(u32),
    /// `[callee args...] -> [result]`
    Call(u32),
    /// `[receiver args...] -> [result]`: `receiver.name(args)` without a bound method.
    Invoke(ConstIndex, u32),
    /// `[this args... superclass] -> [result]`
    SuperInvoke(ConstIndex, u32),
    /// `[] -> [closure]`; the constant is a function whose upvalue descriptors say
    /// what to capture.
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
}
