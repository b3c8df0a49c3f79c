//! Source text to syntax tree: the lexer (logos), the parser (lalrpop, from
//! `grammar/minilang.lalrpop`) and the AST they produce. Nothing here knows about
//! bytecode, the heap or the VM.

pub mod ast;
mod guard;
pub mod lexer;
pub mod parser;

pub use ast::Span;
pub use parser::{parse_expression, parse_program, Completeness};

/// An error found before the program runs: in the lexer, the parser or the
/// compiler. Rendered by `crate::diagnostics`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub message: String,
    pub span: Span,
    /// Short text under the caret.
    pub label: String,
}

impl CompileError {
    pub fn new(message: impl Into<String>, span: Span, label: impl Into<String>) -> Self {
        CompileError {
            message: message.into(),
            span,
            label: label.into(),
        }
    }
}

/// The source text of a fixed token, for messages.
pub fn token_text(token: &lexer::Token<'_>) -> Option<&'static str> {
    use lexer::Token::*;
    Some(match token {
        And => "and",
        Break => "break",
        Class => "class",
        Continue => "continue",
        Else => "else",
        False => "false",
        For => "for",
        Fun => "fun",
        If => "if",
        In => "in",
        Nil => "nil",
        Or => "or",
        Print => "print",
        Return => "return",
        Super => "super",
        This => "this",
        True => "true",
        Var => "var",
        While => "while",
        LParen => "(",
        RParen => ")",
        LBrace => "{",
        RBrace => "}",
        LBracket => "[",
        RBracket => "]",
        Comma => ",",
        Dot => ".",
        Semicolon => ";",
        Colon => ":",
        At => "@",
        Minus => "-",
        Plus => "+",
        Slash => "/",
        Star => "*",
        Percent => "%",
        PlusEqual => "+=",
        MinusEqual => "-=",
        StarEqual => "*=",
        SlashEqual => "/=",
        PercentEqual => "%=",
        Bang => "!",
        BangEqual => "!=",
        Equal => "=",
        EqualEqual => "==",
        Greater => ">",
        GreaterEqual => ">=",
        Less => "<",
        LessEqual => "<=",
        Ident(_) | Number(_) | Duration(_) | Str(_) | Error | UnterminatedComment => return None,
    })
}
