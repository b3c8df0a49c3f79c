//! Glue around the lalrpop-generated parser: node constructors that enforce the
//! nesting limit, and the translation of lalrpop's errors into [`CompileError`]s.

use super::ast::{Expr, ExprKind, Name, Span, Stmt, StmtKind, MAX_NESTING};
use super::lexer::{Lexer, Token};
use super::CompileError;
use lalrpop_util::{lalrpop_mod, ErrorRecovery, ParseError};

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_qualifications)]
    grammar,
    "/minilang.rs"
);

/// The one error a grammar action can raise: the tree got too deep.
#[derive(Debug, Clone, PartialEq)]
pub struct TooDeep {
    pub span: Span,
}

type ActionResult<'s, T> = Result<T, ParseError<usize, Token<'s>, TooDeep>>;

/// Node constructors called from the grammar's actions.
pub mod node {
    use super::*;

    fn check<'s>(depth: u32, l: usize, r: usize) -> ActionResult<'s, ()> {
        if depth > MAX_NESTING {
            Err(ParseError::User {
                error: TooDeep {
                    span: Span::new(l, r),
                },
            })
        } else {
            Ok(())
        }
    }

    pub fn expr<'s>(kind: ExprKind, l: usize, r: usize) -> ActionResult<'s, Expr> {
        let e = Expr::new(kind, Span::new(l, r));
        check(e.depth, l, r)?;
        Ok(e)
    }

    pub fn group<'s>(mut e: Expr, l: usize, r: usize) -> ActionResult<'s, Expr> {
        e.depth += 1;
        check(e.depth, l, r)?;
        Ok(e)
    }

    pub fn stmt<'s>(kind: StmtKind, l: usize, r: usize) -> ActionResult<'s, Stmt> {
        let s = Stmt::new(kind, Span::new(l, r));
        check(s.depth, l, r)?;
        Ok(s)
    }

    pub fn for_loop<'s>(
        header: (Option<Stmt>, Option<Expr>, Option<Expr>),
        body: Stmt,
        l: usize,
        r: usize,
    ) -> ActionResult<'s, Stmt> {
        let (init, condition, increment) = header;
        stmt(
            StmtKind::For {
                init: init.map(Box::new),
                condition,
                increment,
                body: Box::new(body),
            },
            l,
            r,
        )
    }

    pub fn for_in<'s>(
        name: Name,
        iterable: Expr,
        body: Stmt,
        l: usize,
        r: usize,
    ) -> ActionResult<'s, Stmt> {
        stmt(
            StmtKind::ForIn {
                name,
                iterable,
                body: Box::new(body),
            },
            l,
            r,
        )
    }

    pub fn error(l: usize, r: usize) -> Stmt {
        Stmt::new(StmtKind::Error, Span::new(l, r))
    }
}

/// What kind of failure a parse ended with; the REPL asks for more input on
/// `Incomplete` instead of reporting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    Incomplete,
}

/// Parses a whole program. On failure returns every error found, in source
/// order, and whether the input merely ended too early.
/// A parse that hit errors may still yield the recovered program (broken
/// statements replaced by `StmtKind::Error`), so the compiler can report its
/// errors too.
pub struct Failed {
    pub errors: Vec<CompileError>,
    pub completeness: Completeness,
    pub recovered: Option<Vec<Stmt>>,
}

pub fn parse_program(source: &str) -> Result<Vec<Stmt>, Failed> {
    let mut lexer = Lexer::new(source);
    let mut recovered = Vec::new();
    let result = grammar::ProgramParser::new().parse(&mut recovered, &mut lexer);
    let mut errors: Vec<CompileError> = lexer
        .errors
        .iter()
        .map(|e| CompileError::new(e.error.to_string(), Span::new(e.start, e.end), "here"))
        .collect();
    let mut completeness = Completeness::Complete;
    let too_deep = lexer.too_deep;
    if let Some((l, r)) = too_deep {
        errors.push(
            convert(
                ParseError::User {
                    error: TooDeep {
                        span: Span::new(l, r),
                    },
                },
                source.len(),
            )
            .expect("a nesting error converts"),
        );
    }
    let spans = std::mem::take(&mut lexer.spans);
    let mut report = |error: ParseError<usize, Token<'_>, TooDeep>| {
        if let Some(e) = missing_semicolon(&error, &spans, source) {
            errors.push(e);
            return;
        }
        // The end of input the guard made is not the user's.
        if too_deep.is_some() && matches!(error, ParseError::UnrecognizedEof { .. }) {
            return;
        }
        if matches!(error, ParseError::UnrecognizedEof { .. }) {
            completeness = Completeness::Incomplete;
        }
        if let Some(e) = convert(error, source.len()) {
            errors.push(e);
        }
    };
    // Braces opened in tokens that recoveries skipped: the `}` that closes
    // each is the consequence of the first error, not a second one.
    let mut skipped_open = 0usize;
    for ErrorRecovery {
        error,
        dropped_tokens,
    } in recovered
    {
        let stray_brace = matches!(
            &error,
            ParseError::UnrecognizedToken {
                token: (_, Token::RBrace, _),
                ..
            }
        );
        if stray_brace && skipped_open > 0 {
            skipped_open -= 1;
            continue;
        }
        for (_, token, _) in &dropped_tokens {
            match token {
                Token::LBrace => skipped_open += 1,
                Token::RBrace => skipped_open = skipped_open.saturating_sub(1),
                _ => {}
            }
        }
        report(error);
    }
    let program = match result {
        Ok(program) => Some(program),
        Err(error) => {
            report(error);
            None
        }
    };
    if errors.is_empty() {
        if let Some(program) = program {
            return Ok(program);
        }
    }
    errors.sort_by_key(|e| e.span.start);
    errors.dedup_by_key(|e| e.span.start);
    Err(Failed {
        errors,
        completeness,
        recovered: program,
    })
}

/// A statement whose `;` is missing at the end of its line: the parser stops
/// at the next line's first token, but the `;` belongs after the token before
/// it, which is where the error points.
fn missing_semicolon(
    error: &ParseError<usize, Token<'_>, TooDeep>,
    spans: &[(usize, usize)],
    source: &str,
) -> Option<CompileError> {
    let ParseError::UnrecognizedToken {
        token: (l, _, _),
        expected,
    } = error
    else {
        return None;
    };
    if !expected.iter().any(|e| e == "\";\"") {
        return None;
    }
    let before = spans.partition_point(|&(start, _)| start < *l);
    let &(start, end) = spans.get(before.checked_sub(1)?)?;
    if !source.get(end..*l)?.contains('\n') {
        return None;
    }
    Some(CompileError::new(
        "expected `;` after this",
        Span::new(start, end),
        "`;` missing after this",
    ))
}

/// Parses `source` as one bare expression (what the REPL echoes); `None` if it
/// is anything else or has any error.
pub fn parse_expression(source: &str) -> Option<Expr> {
    let mut lexer = Lexer::new(source);
    let mut recovered = Vec::new();
    let result = grammar::ExpressionParser::new().parse(&mut recovered, &mut lexer);
    match result {
        Ok(expr) if recovered.is_empty() && lexer.errors.is_empty() => Some(expr),
        _ => None,
    }
}

/// Describes the token the parser did not expect, as a user would name it.
fn describe(token: &Token<'_>) -> String {
    match token {
        Token::Ident(name) => format!("identifier `{name}`"),
        Token::Number(_) | Token::Duration(_) => "a number".into(),
        Token::Str(_) => "a string".into(),
        other => {
            let text = format!("{other:?}");
            let symbol = super::token_text(other).unwrap_or(text.as_str());
            format!("`{symbol}`")
        }
    }
}

/// Turns lalrpop's expected-terminal list (`"\";\""`, `"identifier"`) into prose.
fn expected_list(expected: &[String]) -> String {
    let names: Vec<String> = expected
        .iter()
        .map(|e| {
            let bare = e.trim_matches('"');
            match bare {
                "identifier" => "an identifier".to_string(),
                "number" | "duration" | "string" => format!("a {bare}"),
                "invalid token" | "unterminated comment" => String::new(),
                _ => format!("`{bare}`"),
            }
        })
        .filter(|s| !s.is_empty() && s != "a duration")
        .collect();
    match names.len() {
        0 => String::new(),
        1 => format!(", expected {}", names[0]),
        n if n <= 6 => format!(
            ", expected {} or {}",
            names[..n - 1].join(", "),
            names[n - 1]
        ),
        // A long list after a complete expression: the `;` is what is missing.
        _ if expected.iter().any(|e| e == "\";\"") => ", expected `;`".into(),
        _ if expected.iter().any(|e| e == "\"var\"") => ", expected a statement".into(),
        _ => ", expected an expression".into(),
    }
}

fn convert(error: ParseError<usize, Token<'_>, TooDeep>, eof: usize) -> Option<CompileError> {
    Some(match error {
        ParseError::InvalidToken { location } => {
            CompileError::new("invalid token", Span::new(location, location + 1), "here")
        }
        ParseError::UnrecognizedEof { location, expected } => CompileError::new(
            format!("unexpected end of input{}", expected_list(&expected)),
            Span::new(location.min(eof), location.min(eof)),
            "input ends here",
        ),
        ParseError::UnrecognizedToken {
            token: (l, token, r),
            expected,
        } => {
            // The lexer already reported what is wrong with this text.
            if matches!(token, Token::Error | Token::UnterminatedComment) {
                return None;
            }
            CompileError::new(
                format!(
                    "unexpected {}{}",
                    describe(&token),
                    expected_list(&expected)
                ),
                Span::new(l, r),
                "unexpected here",
            )
        }
        ParseError::ExtraToken {
            token: (l, token, r),
        } => CompileError::new(
            format!("unexpected {}", describe(&token)),
            Span::new(l, r),
            "unexpected here",
        ),
        ParseError::User { error } => CompileError::new(
            format!("program nested too deeply (the limit is {MAX_NESTING} levels)"),
            error.span,
            "too deep here",
        ),
    })
}
