//! The abstract syntax tree the parser builds and the compiler walks. Every node
//! carries the byte span it came from, so any later error can point at source.
//!
//! Each node also records its nesting depth. The parser refuses trees deeper than
//! [`MAX_NESTING`], which bounds the recursion of everything that walks them (the
//! compiler, `Drop`), so hostile input cannot overflow the Rust stack.
//!
//! A chain of binary operators (`a + b + c + ...`, `x and y and z`) is not
//! nesting: it is one level however long it is. Its tree is deep along the
//! left operands, so everything that walks it goes down that spine in a loop
//! (the compiler's `binary_chain`, `Drop for Expr`), never once per operand.
//! docs/decisions.md lists exactly what counts as a level.

/// Deepest nesting of expressions and statements a program may have.
pub const MAX_NESTING: u32 = 256;

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        // Sources are capped well below 4 GiB by the driver, so offsets fit.
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A name as written, with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Negate,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Subtract,
    Multiply,
    Divide,
    /// Floored, as in Lua and Python: the result has the sign of the divisor.
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    /// Short-circuiting; yields an operand, not a boolean.
    And,
    Or,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Subtract => "-",
            BinaryOp::Multiply => "*",
            BinaryOp::Divide => "/",
            BinaryOp::Modulo => "%",
            BinaryOp::Equal => "==",
            BinaryOp::NotEqual => "!=",
            BinaryOp::Less => "<",
            BinaryOp::LessEqual => "<=",
            BinaryOp::Greater => ">",
            BinaryOp::GreaterEqual => ">=",
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    /// For operators and calls this is the operator or the call's parentheses, the
    /// spot a runtime error should point at.
    pub span: Span,
    pub depth: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Nil,
    Bool(bool),
    Number(f64),
    Str(String),
    Variable(Name),
    Assign(Name, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(Box<Expr>, BinaryOp, Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    Get(Box<Expr>, Name),
    Set(Box<Expr>, Name, Box<Expr>),
    This,
    Super(Name),
    /// `[a, b, c]`
    List(Vec<Expr>),
    /// `{k: v, ...}`
    Map(Vec<(Expr, Expr)>),
    /// `object[index]`
    Index(Box<Expr>, Box<Expr>),
    /// `object[index] = value`
    SetIndex(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `target op= value`, where the target is a `Variable`, `Get` or `Index`
    /// node, evaluated once.
    Update(Box<Expr>, BinaryOp, Box<Expr>),
    /// `object[start:end]`, either bound optional.
    Slice(Box<Expr>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// `object @name(argument)`; only `@ttl` exists.
    Annotated(Box<Expr>, Name, Box<Expr>),
}

impl Expr {
    /// Builds a node whose depth is one more than its deepest child.
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        let child = |e: &Expr| e.depth;
        let depth = 1 + match &kind {
            ExprKind::Nil
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Str(_)
            | ExprKind::Variable(_)
            | ExprKind::This
            | ExprKind::Super(_) => 0,
            ExprKind::Assign(_, value) => child(value),
            ExprKind::Unary(_, operand) => child(operand),
            // The chain adds no level: only its operands' own nesting counts.
            ExprKind::Binary(left, _, right) => child(left).max(child(right)) - 1,
            ExprKind::Call(callee, args) => args.iter().map(child).fold(child(callee), u32::max),
            ExprKind::Get(object, _) => child(object),
            ExprKind::Set(object, _, value) => child(object).max(child(value)),
            ExprKind::List(items) => items.iter().map(child).max().unwrap_or(0),
            ExprKind::Map(entries) => entries
                .iter()
                .map(|(k, v)| child(k).max(child(v)))
                .max()
                .unwrap_or(0),
            ExprKind::Index(object, index) => child(object).max(child(index)),
            ExprKind::SetIndex(object, index, value) => {
                child(object).max(child(index)).max(child(value))
            }
            ExprKind::Annotated(object, _, argument) => child(object).max(child(argument)),
            ExprKind::Update(target, _, value) => child(target).max(child(value)),
            ExprKind::Slice(object, start, end) => child(object)
                .max(start.as_deref().map_or(0, child))
                .max(end.as_deref().map_or(0, child)),
        };
        Expr { kind, span, depth }
    }
}

impl Drop for Expr {
    /// Unlinks a binary chain's left spine one operand at a time, so dropping
    /// a chain of a million operands does not recurse a million deep.
    fn drop(&mut self) {
        let mut next = take_left_chain(&mut self.kind);
        while let Some(mut node) = next {
            next = take_left_chain(&mut node.kind);
            // `node` drops here with a leaf where its chain was.
        }
    }
}

/// The left operand of a binary node when it is itself a binary node, replaced
/// by a leaf.
fn take_left_chain(kind: &mut ExprKind) -> Option<Expr> {
    match kind {
        ExprKind::Binary(left, _, _) if matches!(left.kind, ExprKind::Binary(..)) => {
            let leaf = Expr {
                kind: ExprKind::Nil,
                span: Span::default(),
                depth: 1,
            };
            Some(std::mem::replace(&mut **left, leaf))
        }
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: Name,
    pub params: Vec<Name>,
    pub body: Vec<Stmt>,
    /// Span of the whole declaration, for the function's own diagnostics.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    /// `@name(argument)` before `class`; only `@ttl` exists.
    pub annotation: Option<(Name, Expr)>,
    pub name: Name,
    pub superclass: Option<Name>,
    pub methods: Vec<Function>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    pub depth: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expression(Expr),
    Print(Expr),
    Var(Name, Option<Expr>),
    Block(Vec<Stmt>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    While(Expr, Box<Stmt>),
    /// Kept apart from `While` because the loop variable gets a fresh scope.
    For {
        init: Option<Box<Stmt>>,
        condition: Option<Expr>,
        increment: Option<Expr>,
        body: Box<Stmt>,
    },
    /// `for (var name in iterable) body`
    ForIn {
        name: Name,
        iterable: Expr,
        body: Box<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Function(Function),
    Class(Class),
    /// A statement the parser could not read; its error is already recorded.
    Error,
}

fn stmts_depth(stmts: &[Stmt]) -> u32 {
    stmts.iter().map(|s| s.depth).max().unwrap_or(0)
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        let expr = |e: &Option<Expr>| e.as_ref().map_or(0, |e| e.depth);
        let depth = 1 + match &kind {
            StmtKind::Expression(e) | StmtKind::Print(e) => e.depth,
            StmtKind::Var(_, init) | StmtKind::Return(init) => expr(init),
            StmtKind::Block(body) => stmts_depth(body),
            StmtKind::If(cond, then, other) => cond
                .depth
                .max(then.depth)
                .max(other.as_ref().map_or(0, |s| s.depth)),
            StmtKind::While(cond, body) => cond.depth.max(body.depth),
            StmtKind::For {
                init,
                condition,
                increment,
                body,
            } => init
                .as_ref()
                .map_or(0, |s| s.depth)
                .max(expr(condition))
                .max(expr(increment))
                .max(body.depth),
            StmtKind::ForIn { iterable, body, .. } => iterable.depth.max(body.depth),
            StmtKind::Break | StmtKind::Continue => 0,
            StmtKind::Function(f) => stmts_depth(&f.body),
            StmtKind::Class(c) => c
                .methods
                .iter()
                .map(|m| stmts_depth(&m.body))
                .max()
                .unwrap_or(0)
                .max(c.annotation.as_ref().map_or(0, |(_, e)| e.depth)),
            StmtKind::Error => 0,
        };
        Stmt { kind, span, depth }
    }
}
