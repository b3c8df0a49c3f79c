//! Compiles the AST into bytecode prototypes, resolving every variable to a local
//! slot, an upvalue or a global, and reporting the compile errors of docs/language.md §3.
//!
//! The compiler never touches the heap: it emits plain [`Proto`]s whose constants
//! are Rust values, and the VM moves them into the heap when it loads them. So no
//! collection can ever observe a half-built function.

mod scope;

use crate::bytecode::{Constant, FunctionKind, Op, Proto, UpvalueDesc};
use crate::syntax::ast::{
    BinaryOp, Class, Expr, ExprKind, Function, Name, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::{CompileError, Span};
use rustc_hash::FxHashMap;
use scope::{Lookup, Scopes};

/// Compiles a whole program into the prototype of its top-level script.
pub fn compile(program: &[Stmt]) -> Result<Proto, Vec<CompileError>> {
    compile_with(program, false)
}

/// Compiles what the parser recovered from a program with syntax errors,
/// only for the errors it has. Recovery may have dropped the loop around a
/// `break` (the loop's header or body was the broken statement), so a
/// `break` or `continue` found outside a loop is not reported there.
pub fn compile_recovered(program: &[Stmt]) -> Result<Proto, Vec<CompileError>> {
    compile_with(program, true)
}

fn compile_with(program: &[Stmt], recovered: bool) -> Result<Proto, Vec<CompileError>> {
    let mut compiler = Compiler {
        functions: Vec::new(),
        classes: Vec::new(),
        errors: Vec::new(),
        recovered,
    };
    compiler.begin_function(String::new(), FunctionKind::Script);
    for stmt in program {
        compiler.statement(stmt);
    }
    let proto = compiler.end_function(Span::default());
    if compiler.errors.is_empty() {
        Ok(proto)
    } else {
        Err(compiler.errors)
    }
}

/// The function being compiled, one per nesting level.
struct FunctionState {
    proto: Proto,
    scopes: Scopes,
    /// Deduplicates string constants (names are used over and over).
    strings: FxHashMap<String, u32>,
    /// Deduplicates upvalue descriptors.
    upvalue_index: FxHashMap<(bool, u32), u32>,
    /// Values on the stack at this point of the code, and the most so far.
    depth: i64,
    max_depth: i64,
    /// The loops around the code being compiled, innermost last.
    loops: Vec<LoopState>,
    /// The latest position a jump lands on.
    target: Option<usize>,
}

/// A loop that `break` and `continue` may leave.
struct LoopState {
    /// The scope depth the loop runs at: locals deeper than it belong to one
    /// iteration and are dropped (and closed over) by `break` and `continue`.
    depth: u32,
    /// Where `continue` jumps when that is backwards (a loop's start); `None`
    /// when it is forwards (a `for`'s increment), so it is patched later.
    continue_to: Option<u32>,
    continues: Vec<usize>,
    breaks: Vec<usize>,
}

struct ClassState {
    has_superclass: bool,
}

struct Compiler {
    functions: Vec<FunctionState>,
    classes: Vec<ClassState>,
    errors: Vec<CompileError>,
    /// Compiling a tree the parser recovered (see [`compile_recovered`]).
    recovered: bool,
}

/// Where a resolved variable lives.
enum Place {
    Local(u32),
    Upvalue(u32),
    Global(u32),
}

impl Compiler {
    // ------------------------------------------------------------ emitting

    fn current(&mut self) -> &mut FunctionState {
        self.functions
            .last_mut()
            .expect("a function is always being compiled")
    }

    fn emit(&mut self, op: Op, span: Span) -> usize {
        let state = self.current();
        state.depth += op.stack_effect();
        state.max_depth = state.max_depth.max(state.depth);
        let proto = &mut state.proto;
        proto.code.push(op);
        proto.spans.push(span);
        // A pair with a superinstruction becomes one instruction, unless a
        // jump lands on the second (then the first may not have run); the
        // result may pair with the one before it in turn. What is absorbed
        // is the instruction just emitted, or what it fused into, and never
        // a superinstruction holding a jump: a caller learns where its jump
        // ended up from the position returned here, and the positions it
        // kept from before (jumps to patch, loop starts) stay valid. A
        // regrouping (`Op::unpair`) changes the last two in place.
        let mut at = proto.code.len() - 1;
        while at > 0 && state.target != Some(at) {
            let (first, second) = (proto.code[at - 1], proto.code[at]);
            if let Some(fused) = first.fuse(second, &proto.constants) {
                proto.code[at - 1] = fused;
                if !Op::fused_keeps_first_span(second) {
                    proto.spans[at - 1] = proto.spans[at];
                }
                proto.code.pop();
                proto.spans.pop();
                at -= 1;
                continue;
            }
            // Or the pair before gives its second instruction back to make
            // a better pair with this one (`Op::unpair`); nothing moves.
            if let Some((kept, given)) = first.unpair() {
                if let Some(fused) = given.fuse(second, &proto.constants) {
                    proto.code[at - 1] = kept;
                    proto.code[at] = fused;
                    if Op::fused_keeps_first_span(second) {
                        proto.spans[at] = proto.spans[at - 1];
                    }
                }
            }
            break;
        }
        at
    }

    /// Where control merges from a jump taken with `values` more on the stack
    /// than the fall-through path left (the condition an `if` or loop pops on
    /// each path), so the depth tracking follows the path that starts here.
    fn join_with(&mut self, values: i64) {
        self.current().depth += values;
    }

    /// The position of the next instruction, as a jump target (every caller
    /// jumps there), so it is never fused into the instruction before it.
    fn here(&mut self) -> u32 {
        let state = self.current();
        let at = state.proto.code.len();
        state.target = Some(at);
        at as u32
    }

    /// Points the jump at `at` to the next instruction.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let op = &mut self.current().proto.code[at];
        match op.jump_target_mut() {
            Some(t) => *t = target,
            None => unreachable!("patching a non-jump {op:?}"),
        }
    }

    fn constant(&mut self, constant: Constant) -> u32 {
        let proto = &mut self.current().proto;
        proto.constants.push(constant);
        (proto.constants.len() - 1) as u32
    }

    fn string_constant(&mut self, text: &str) -> u32 {
        if let Some(&k) = self.current().strings.get(text) {
            return k;
        }
        let k = self.constant(Constant::Str(text.to_string()));
        self.current().strings.insert(text.to_string(), k);
        k
    }

    fn error(&mut self, message: impl Into<String>, span: Span, label: &str) {
        self.errors.push(CompileError::new(message, span, label));
    }

    // ------------------------------------------------------------ functions

    fn begin_function(&mut self, name: String, kind: FunctionKind) {
        // Slot 0 holds the callee; in methods it is `this`.
        let slot_zero = match kind {
            FunctionKind::Method | FunctionKind::Initializer => "this",
            FunctionKind::Function | FunctionKind::Script => "",
        };
        let mut scopes = Scopes::default();
        scopes.declare(slot_zero);
        scopes.mark_initialized();
        self.functions.push(FunctionState {
            proto: Proto::new(name, kind),
            scopes,
            strings: FxHashMap::default(),
            upvalue_index: FxHashMap::default(),
            depth: 1,
            max_depth: 1,
            loops: Vec::new(),
            target: None,
        });
    }

    /// Emits the implicit return and yields the finished prototype.
    fn end_function(&mut self, span: Span) -> Proto {
        if self.current().proto.kind == FunctionKind::Initializer {
            self.emit(Op::GetLocal(0), span);
        } else {
            self.emit(Op::Nil, span);
        }
        self.emit(Op::Return, span);
        let state = self.functions.pop().expect("begin_function pushed");
        let mut proto = state.proto;
        // A little slack above the computed bound costs nothing and guards the
        // reservation against an off-by-one in the depth tracking.
        proto.max_stack = u32::try_from(state.max_depth + 4).unwrap_or(u32::MAX);
        proto
    }

    fn function(&mut self, f: &Function, kind: FunctionKind) {
        self.begin_function(f.name.text.clone(), kind);
        self.current().proto.arity = f.params.len() as u32;
        // The caller pushed the arguments above slot 0.
        self.current().depth += f.params.len() as i64;
        let depth = self.current().depth;
        self.current().max_depth = depth;
        self.current().scopes.begin();
        for param in &f.params {
            self.declare_local(param);
            self.current().scopes.mark_initialized();
        }
        for stmt in &f.body {
            self.statement(stmt);
        }
        let end = Span::new(f.span.end.saturating_sub(1) as usize, f.span.end as usize);
        let proto = self.end_function(end);
        let k = self.constant(Constant::Function(Box::new(proto)));
        self.emit(Op::Closure(k), f.name.span);
    }

    // ------------------------------------------------------------ variables

    fn declare_local(&mut self, name: &Name) {
        if self.current().scopes.declared_in_current(&name.text) {
            self.error(
                format!(
                    "a variable named `{}` is already declared in this scope",
                    name.text
                ),
                name.span,
                "declared again here",
            );
        }
        self.current().scopes.declare(&name.text);
    }

    /// Declares `name` in the current scope: a local inside a block, else a global
    /// (defined later by [`Self::define`]).
    fn declare(&mut self, name: &Name) {
        if self.current().scopes.depth() > 0 {
            self.declare_local(name);
        }
    }

    /// Finishes a declaration whose value is on the stack.
    fn define(&mut self, name: &Name) {
        if self.current().scopes.depth() > 0 {
            self.current().scopes.mark_initialized();
        } else {
            let k = self.string_constant(&name.text);
            self.emit(Op::DefineGlobal(k), name.span);
        }
    }

    fn resolve(&mut self, name: &Name) -> Place {
        let top = self.functions.len() - 1;
        match self.functions[top].scopes.lookup(&name.text) {
            Lookup::Found(slot) => return Place::Local(slot),
            Lookup::Uninitialized => {
                self.own_initializer_error(name);
                return Place::Local(0);
            }
            Lookup::Missing => {}
        }
        // Find the nearest enclosing function that has it as a local...
        let mut found = None;
        for level in (0..top).rev() {
            match self.functions[level].scopes.lookup(&name.text) {
                Lookup::Found(slot) => {
                    self.functions[level].scopes.mark_captured(slot);
                    found = Some((level, slot));
                    break;
                }
                Lookup::Uninitialized => {
                    self.own_initializer_error(name);
                    return Place::Local(0);
                }
                Lookup::Missing => {}
            }
        }
        // ... a global when none has (top-level `var`s are globals, never locals).
        let Some((level, slot)) = found else {
            let k = self.string_constant(&name.text);
            return Place::Global(k);
        };
        // ... then thread it down as an upvalue through every function in between.
        let mut index = slot;
        let mut is_local = true;
        for inner in level + 1..=top {
            index = self.add_upvalue(inner, is_local, index);
            is_local = false;
        }
        Place::Upvalue(index)
    }

    fn own_initializer_error(&mut self, name: &Name) {
        self.error(
            format!(
                "can't read local variable `{}` in its own initializer",
                name.text
            ),
            name.span,
            "read here",
        );
    }

    fn add_upvalue(&mut self, function: usize, is_local: bool, index: u32) -> u32 {
        let state = &mut self.functions[function];
        if let Some(&i) = state.upvalue_index.get(&(is_local, index)) {
            return i;
        }
        state.proto.upvalues.push(UpvalueDesc { index, is_local });
        let i = (state.proto.upvalues.len() - 1) as u32;
        state.upvalue_index.insert((is_local, index), i);
        i
    }

    fn get_variable(&mut self, name: &Name) {
        let op = match self.resolve(name) {
            Place::Local(slot) => Op::GetLocal(slot),
            Place::Upvalue(i) => Op::GetUpvalue(i),
            Place::Global(k) => Op::GetGlobal(k),
        };
        self.emit(op, name.span);
    }

    fn set_variable(&mut self, name: &Name, span: Span) {
        let op = match self.resolve(name) {
            Place::Local(slot) => Op::SetLocal(slot),
            Place::Upvalue(i) => Op::SetUpvalue(i),
            Place::Global(k) => Op::SetGlobal(k),
        };
        self.emit(op, span);
    }

    fn begin_scope(&mut self) {
        self.current().scopes.begin();
    }

    fn end_scope(&mut self, span: Span) {
        for captured in self.current().scopes.end() {
            let op = if captured { Op::CloseUpvalue } else { Op::Pop };
            self.emit(op, span);
        }
    }

    // ------------------------------------------------------------ statements

    fn statement(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expression(e) => {
                self.expression(e);
                self.emit(Op::Pop, stmt.span);
            }
            StmtKind::Print(e) => {
                self.expression(e);
                self.emit(Op::Print, stmt.span);
            }
            StmtKind::Var(name, init) => {
                self.declare(name);
                match init {
                    Some(e) => self.expression(e),
                    None => {
                        self.emit(Op::Nil, name.span);
                    }
                }
                self.define(name);
            }
            StmtKind::Block(body) => {
                self.begin_scope();
                for s in body {
                    self.statement(s);
                }
                self.end_scope(Span::new(
                    stmt.span.end as usize - 1,
                    stmt.span.end as usize,
                ));
            }
            StmtKind::If(condition, then, other) => {
                self.expression(condition);
                let to_else = self.emit(Op::PopJumpIfFalse(0), condition.span);
                self.statement(then);
                match other {
                    Some(other) => {
                        let to_end = self.emit(Op::Jump(0), stmt.span);
                        self.patch(to_else);
                        self.statement(other);
                        self.patch(to_end);
                    }
                    None => self.patch(to_else),
                }
            }
            StmtKind::While(condition, body) => {
                let start = self.here();
                self.begin_loop(Some(start));
                self.expression(condition);
                let exit = self.emit(Op::PopJumpIfFalse(0), condition.span);
                self.statement(body);
                self.emit(Op::Loop(start), stmt.span);
                self.patch(exit);
                self.end_loop();
            }
            StmtKind::ForIn {
                name,
                iterable,
                body,
            } => self.for_in(stmt.span, name, iterable, body),
            StmtKind::Break => self.leave_loop(stmt.span, true),
            StmtKind::Continue => self.leave_loop(stmt.span, false),
            StmtKind::For {
                init,
                condition,
                increment,
                body,
            } => self.for_loop(
                stmt.span,
                init.as_deref(),
                condition.as_ref(),
                increment.as_ref(),
                body,
            ),
            StmtKind::Return(value) => self.return_statement(stmt.span, value.as_ref()),
            StmtKind::Function(f) => {
                self.declare(&f.name);
                // A local function may call itself, so it is usable before its body ends.
                if self.current().scopes.depth() > 0 {
                    self.current().scopes.mark_initialized();
                }
                self.function(f, FunctionKind::Function);
                self.define(&f.name);
            }
            StmtKind::Class(c) => self.class(c),
            StmtKind::Error => {}
        }
    }

    fn for_loop(
        &mut self,
        span: Span,
        init: Option<&Stmt>,
        condition: Option<&Expr>,
        increment: Option<&Expr>,
        body: &Stmt,
    ) {
        self.begin_scope();
        if let Some(init) = init {
            self.statement(init);
        }
        let start = self.here();
        // With an increment, `continue` jumps forwards to it.
        self.begin_loop(increment.is_none().then_some(start));
        let exit = condition.map(|c| {
            self.expression(c);
            self.emit(Op::PopJumpIfFalse(0), c.span)
        });
        self.statement(body);
        // The increment is written before the body but runs after it; from the
        // tree it can simply be emitted there, so an iteration has one jump back.
        if let Some(inc) = increment {
            let continues = std::mem::take(&mut self.innermost_loop().continues);
            for at in continues {
                self.patch(at);
            }
            self.expression(inc);
            self.emit(Op::Pop, inc.span);
        }
        self.emit(Op::Loop(start), span);
        if let Some(exit) = exit {
            self.patch(exit);
        }
        self.end_loop();
        self.end_scope(span);
    }

    /// `for (var name in iterable) body`: the sequence and the position reached
    /// are hidden locals of a scope around the loop; each iteration's element
    /// is a fresh local `name` (so closures made in different iterations
    /// capture different variables, as in Lua and JavaScript).
    fn for_in(&mut self, span: Span, name: &Name, iterable: &Expr, body: &Stmt) {
        self.begin_scope();
        self.expression(iterable);
        // Names with a space can't clash with the program's.
        let seq = self.current().scopes.declare("for sequence");
        self.current().scopes.mark_initialized();
        let k = self.constant(Constant::Number(0.0));
        self.emit(Op::Constant(k), iterable.span);
        self.current().scopes.declare("for position");
        self.current().scopes.mark_initialized();
        let start = self.here();
        self.begin_loop(Some(start));
        let next = self.emit(Op::ForIter(seq, 0), iterable.span);
        self.begin_scope();
        self.declare_local(name);
        self.current().scopes.mark_initialized();
        self.statement(body);
        self.end_scope(span);
        self.emit(Op::Loop(start), span);
        // The exhausted path jumps here without an element on the stack.
        self.patch(next);
        self.end_loop();
        self.end_scope(span);
    }

    /// Enters a loop whose `continue` goes back to `continue_to` (or, when
    /// `None`, forwards to code patched in before [`Self::end_loop`]).
    fn begin_loop(&mut self, continue_to: Option<u32>) {
        let depth = self.current().scopes.depth();
        self.current().loops.push(LoopState {
            depth,
            continue_to,
            continues: Vec::new(),
            breaks: Vec::new(),
        });
    }

    fn innermost_loop(&mut self) -> &mut LoopState {
        self.current()
            .loops
            .last_mut()
            .expect("called inside a loop")
    }

    /// Leaves the loop: every `break` lands here.
    fn end_loop(&mut self) {
        let state = self.current().loops.pop().expect("begin_loop pushed");
        for at in state.breaks {
            self.patch(at);
        }
    }

    /// `break` (or `continue`): drops the locals of the iteration, closing any
    /// a closure captured, and jumps out of (or on with) the innermost loop.
    fn leave_loop(&mut self, span: Span, is_break: bool) {
        let word = if is_break { "break" } else { "continue" };
        let Some(depth) = self.current().loops.last().map(|l| l.depth) else {
            if self.recovered {
                return;
            }
            self.error(
                format!("`{word}` outside a loop"),
                span,
                "not inside `while` or `for`",
            );
            return;
        };
        let n = self.current().scopes.count_deeper_than(depth);
        // Closing a local no closure captured costs one comparison, and whether
        // one will is only known at the end of the body: close them all.
        for _ in 0..n {
            self.emit(Op::CloseUpvalue, span);
        }
        let target = self.innermost_loop().continue_to;
        match (is_break, target) {
            (false, Some(start)) => {
                self.emit(Op::Loop(start), span);
            }
            _ => {
                let at = self.emit(Op::Jump(0), span);
                let state = self.innermost_loop();
                if is_break {
                    state.breaks.push(at);
                } else {
                    state.continues.push(at);
                }
            }
        }
        // The code after this statement is reached only by other paths, where
        // the locals are still on the stack.
        self.join_with(n as i64);
    }

    fn return_statement(&mut self, span: Span, value: Option<&Expr>) {
        let kind = self.current().proto.kind;
        if kind == FunctionKind::Script {
            self.error(
                "can't return from top-level code",
                span,
                "return outside a function",
            );
            return;
        }
        match value {
            Some(v) if kind == FunctionKind::Initializer => {
                self.error(
                    "can't return a value from an initializer",
                    v.span,
                    "value returned here",
                );
            }
            Some(v) => {
                self.expression(v);
                self.emit(Op::Return, span);
            }
            None if kind == FunctionKind::Initializer => {
                self.emit(Op::GetLocal(0), span);
                self.emit(Op::Return, span);
            }
            None => {
                self.emit(Op::Nil, span);
                self.emit(Op::Return, span);
            }
        }
    }

    fn class(&mut self, class: &Class) {
        let name = &class.name;
        let k = self.string_constant(&name.text);
        self.declare(name);
        self.emit(Op::Class(k), name.span);
        if let Some((annotation, argument)) = &class.annotation {
            self.expression(argument);
            if self.check_annotation(annotation) {
                self.emit(Op::ClassTtl, annotation.span);
            }
        }
        self.define(name);
        self.classes.push(ClassState {
            has_superclass: false,
        });
        if let Some(superclass) = &class.superclass {
            if superclass.text == name.text {
                self.error(
                    "a class can't inherit from itself",
                    superclass.span,
                    "inherits from itself",
                );
            }
            self.get_variable(superclass);
            // `super` is a local of a scope wrapping the methods, so each method
            // captures the superclass as an upvalue.
            self.begin_scope();
            self.current().scopes.declare("super");
            self.current().scopes.mark_initialized();
            self.get_variable(name);
            self.emit(Op::Inherit, superclass.span);
            self.classes
                .last_mut()
                .expect("pushed above")
                .has_superclass = true;
        }
        self.get_variable(name);
        for method in &class.methods {
            let kind = if method.name.text == "init" {
                FunctionKind::Initializer
            } else {
                FunctionKind::Method
            };
            self.function(method, kind);
            let k = self.string_constant(&method.name.text);
            self.emit(Op::Method(k), method.name.span);
        }
        self.emit(Op::Pop, name.span);
        if class.superclass.is_some() {
            self.end_scope(name.span);
        }
        self.classes.pop();
    }

    // ------------------------------------------------------------ expressions

    fn expression(&mut self, expr: &Expr) {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Nil => {
                self.emit(Op::Nil, span);
            }
            ExprKind::Bool(true) => {
                self.emit(Op::True, span);
            }
            ExprKind::Bool(false) => {
                self.emit(Op::False, span);
            }
            ExprKind::Number(n) => {
                let k = self.constant(Constant::Number(*n));
                self.emit(Op::Constant(k), span);
            }
            ExprKind::Str(s) => {
                let k = self.string_constant(s);
                self.emit(Op::Constant(k), span);
            }
            ExprKind::Variable(name) => self.get_variable(name),
            ExprKind::Assign(name, value) => {
                self.expression(value);
                self.set_variable(name, name.span);
            }
            ExprKind::Unary(op, operand) => {
                self.expression(operand);
                let op = match op {
                    UnaryOp::Negate => Op::Negate,
                    UnaryOp::Not => Op::Not,
                };
                self.emit(op, span);
            }
            ExprKind::Binary(..) => self.binary_chain(expr),
            ExprKind::Call(callee, args) => self.call(callee, args, span),
            ExprKind::Get(object, name) => {
                self.expression(object);
                let k = self.string_constant(&name.text);
                self.emit(Op::GetProperty(k), name.span);
            }
            ExprKind::Set(object, name, value) => {
                self.expression(object);
                self.expression(value);
                let k = self.string_constant(&name.text);
                self.emit(Op::SetProperty(k), name.span);
            }
            ExprKind::List(items) => {
                for item in items {
                    self.expression(item);
                }
                self.emit(Op::BuildList(items.len() as u32), span);
            }
            ExprKind::Map(entries) => {
                for (key, value) in entries {
                    self.expression(key);
                    self.expression(value);
                }
                self.emit(Op::BuildMap(entries.len() as u32), span);
            }
            ExprKind::Index(object, index) => {
                self.expression(object);
                self.expression(index);
                self.emit(Op::Index, span);
            }
            ExprKind::SetIndex(object, index, value) => {
                self.expression(object);
                self.expression(index);
                self.expression(value);
                self.emit(Op::SetIndex, span);
            }
            ExprKind::Update(target, op, value) => self.update(target, *op, value, span),
            ExprKind::Slice(object, start, end) => {
                self.expression(object);
                for bound in [start, end] {
                    match bound {
                        Some(e) => self.expression(e),
                        None => {
                            self.emit(Op::Nil, span);
                        }
                    }
                }
                self.emit(Op::Slice, span);
            }
            ExprKind::Annotated(object, name, argument) => {
                self.expression(object);
                self.expression(argument);
                if self.check_annotation(name) {
                    self.emit(Op::Ttl, span);
                }
            }
            ExprKind::This => {
                if self.classes.is_empty() {
                    self.error("can't use `this` outside of a class", span, "`this` here");
                    return;
                }
                self.this(span);
            }
            ExprKind::Super(name) => {
                if !self.check_super(span) {
                    return;
                }
                self.this(span);
                self.super_class(span);
                let k = self.string_constant(&name.text);
                self.emit(Op::GetSuper(k), name.span);
            }
        }
    }

    /// A binary expression and the chain of binary expressions down its left
    /// operand (`a + b - c` is `(a + b) - c`), compiled in a loop: a chain of
    /// any length costs no Rust stack per operand.
    fn binary_chain(&mut self, expr: &Expr) {
        let mut spine = Vec::new();
        let mut leftmost = expr;
        while let ExprKind::Binary(left, _, _) = &leftmost.kind {
            spine.push(leftmost);
            leftmost = left;
        }
        self.expression(leftmost);
        for node in spine.into_iter().rev() {
            let ExprKind::Binary(_, op, right) = &node.kind else {
                unreachable!("the spine holds binary nodes")
            };
            let span = node.span;
            match op {
                BinaryOp::And => {
                    let end = self.emit(Op::JumpIfFalse(0), span);
                    self.emit(Op::Pop, span);
                    self.expression(right);
                    self.patch(end);
                }
                BinaryOp::Or => {
                    let to_right = self.emit(Op::JumpIfFalse(0), span);
                    let end = self.emit(Op::Jump(0), span);
                    self.patch(to_right);
                    self.emit(Op::Pop, span);
                    self.expression(right);
                    self.patch(end);
                }
                &op => {
                    self.expression(right);
                    self.emit(operator(op), span);
                }
            }
        }
    }

    /// `target op= value`: the target's object and index are evaluated once,
    /// copied on the stack for the read and kept there for the write.
    fn update(&mut self, target: &Expr, op: BinaryOp, value: &Expr, span: Span) {
        let op = operator(op);
        match &target.kind {
            ExprKind::Variable(name) => {
                self.get_variable(name);
                self.expression(value);
                self.emit(op, span);
                self.set_variable(name, name.span);
            }
            ExprKind::Get(object, name) => {
                let k = self.string_constant(&name.text);
                self.expression(object);
                self.emit(Op::Copy(0), name.span);
                self.emit(Op::GetProperty(k), name.span);
                self.expression(value);
                self.emit(op, span);
                self.emit(Op::SetProperty(k), name.span);
            }
            ExprKind::Index(object, index) => {
                self.expression(object);
                self.expression(index);
                self.emit(Op::Copy(1), target.span);
                self.emit(Op::Copy(1), target.span);
                self.emit(Op::Index, target.span);
                self.expression(value);
                self.emit(op, span);
                self.emit(Op::SetIndex, target.span);
            }
            _ => unreachable!("the grammar builds updates of names, fields and indexes"),
        }
    }

    /// Reports an annotation other than `@ttl`; true when it is `@ttl`.
    fn check_annotation(&mut self, name: &Name) -> bool {
        if name.text == "ttl" {
            return true;
        }
        self.error(
            format!(
                "unknown annotation `@{}` (the only annotation is `@ttl`)",
                name.text
            ),
            name.span,
            "unknown annotation",
        );
        false
    }

    fn this(&mut self, span: Span) {
        self.get_variable(&Name {
            text: "this".into(),
            span,
        });
    }

    fn super_class(&mut self, span: Span) {
        self.get_variable(&Name {
            text: "super".into(),
            span,
        });
    }

    /// Reports `super` used where there is none; true when it is fine.
    fn check_super(&mut self, span: Span) -> bool {
        match self.classes.last() {
            None => {
                self.error("can't use `super` outside of a class", span, "`super` here");
                false
            }
            Some(ClassState {
                has_superclass: false,
            }) => {
                self.error(
                    "can't use `super` in a class with no superclass",
                    span,
                    "`super` here",
                );
                false
            }
            Some(_) => true,
        }
    }

    fn call(&mut self, callee: &Expr, args: &[Expr], span: Span) {
        let argc = args.len() as u32;
        match &callee.kind {
            // `a.m(x)` calls the method directly instead of building a bound method.
            ExprKind::Get(object, name) => {
                self.expression(object);
                for a in args {
                    self.expression(a);
                }
                let k = self.string_constant(&name.text);
                self.emit(Op::Invoke(k, argc), span);
            }
            ExprKind::Super(name) => {
                if !self.check_super(callee.span) {
                    return;
                }
                self.this(callee.span);
                for a in args {
                    self.expression(a);
                }
                self.super_class(callee.span);
                let k = self.string_constant(&name.text);
                self.emit(Op::SuperInvoke(k, argc), span);
            }
            _ => {
                self.expression(callee);
                for a in args {
                    self.expression(a);
                }
                self.emit(Op::Call(argc), span);
            }
        }
    }
}

/// The instruction of a binary operator that evaluates both operands (`and`
/// and `or` short-circuit, so they compile to jumps instead).
fn operator(op: BinaryOp) -> Op {
    match op {
        BinaryOp::Add => Op::Add,
        BinaryOp::Subtract => Op::Subtract,
        BinaryOp::Multiply => Op::Multiply,
        BinaryOp::Divide => Op::Divide,
        BinaryOp::Modulo => Op::Modulo,
        BinaryOp::Equal => Op::Equal,
        BinaryOp::NotEqual => Op::NotEqual,
        BinaryOp::Less => Op::Less,
        BinaryOp::LessEqual => Op::LessEqual,
        BinaryOp::Greater => Op::Greater,
        BinaryOp::GreaterEqual => Op::GreaterEqual,
        BinaryOp::And | BinaryOp::Or => unreachable!("`{}` short-circuits", op.symbol()),
    }
}
