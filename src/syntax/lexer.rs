//! Turns source text into tokens with byte spans. Owns the token set of
//! docs/language.md §1; knows nothing about the grammar beyond which words are keywords.
//!
//! A lexical error does not stop the lexer: it is recorded and an `Error` token is
//! handed to the parser, whose error recovery then skips the broken statement, so
//! one run reports every error of a file.

use logos::Logos;

/// Why a stretch of source is not a token.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// Filled in by [`Lexer`] from the offending text (logos only knows "no match").
    #[default]
    NoMatch,
    UnexpectedChar(char),
    UnterminatedString,
    UnterminatedComment,
    BadEscape(String),
    /// A number with a `_` that is not between two digits (`1_`, `1__0`).
    BadSeparator(String),
}

impl std::fmt::Display for LexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LexError::NoMatch => write!(f, "unexpected input"),
            LexError::UnexpectedChar(c) if c.is_control() => {
                write!(f, "unexpected character U+{:04X}", *c as u32)
            }
            LexError::UnexpectedChar(c) => write!(f, "unexpected character `{c}`"),
            LexError::UnterminatedString => write!(f, "unterminated string"),
            LexError::UnterminatedComment => write!(f, "unterminated block comment"),
            LexError::BadSeparator(text) => {
                write!(
                    f,
                    "`{text}`: a `_` in a number must stand between two digits"
                )
            }
            LexError::BadEscape(e) => {
                write!(f, "unknown escape `{e}` (known: \\n \\t \\\" \\\\)")
            }
        }
    }
}

/// Tokens, grouped as the grammar groups them.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\n\f]+")]
#[logos(skip r"//[^\n]*")]
#[logos(skip r"/\*([^*]|\*+[^*/])*\*+/")]
pub enum Token<'s> {
    // Keywords.
    #[token("and")]
    And,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("else")]
    Else,
    #[token("false")]
    False,
    #[token("for")]
    For,
    #[token("fun")]
    Fun,
    #[token("if")]
    If,
    #[token("in")]
    In,
    #[token("nil")]
    Nil,
    #[token("or")]
    Or,
    #[token("print")]
    Print,
    #[token("return")]
    Return,
    #[token("super")]
    Super,
    #[token("this")]
    This,
    #[token("true")]
    True,
    #[token("var")]
    Var,
    #[token("while")]
    While,

    // Literals and names.
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Ident(&'s str),
    /// Digits may be grouped with `_` between them (`1_000_000`); an exponent
    /// may follow (`1e3`, `2.5e-4`).
    #[regex(
        r"[0-9]+(_[0-9]+)*(\.[0-9]+(_[0-9]+)*)?([eE][+-]?[0-9]+(_[0-9]+)*)?",
        number
    )]
    Number(f64),
    /// A duration is a number of seconds: `250ms` lexes as `0.25`.
    #[regex(r"[0-9]+(_[0-9]+)*(\.[0-9]+(_[0-9]+)*)?(ms|s)", duration)]
    Duration(f64),
    #[regex(r#""([^"\\]|\\(.|\n))*""#, string)]
    #[regex(r#""([^"\\]|\\(.|\n))*\\?"#, unterminated_string)]
    Str(String),
    #[regex(r"/\*([^*]|\*+[^*/])*\**", unterminated_comment)]
    UnterminatedComment,

    // Punctuation.
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(";")]
    Semicolon,
    #[token(":")]
    Colon,
    #[token("@")]
    At,
    #[token("-")]
    Minus,
    #[token("+")]
    Plus,
    #[token("/")]
    Slash,
    #[token("*")]
    Star,
    #[token("%")]
    Percent,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("!")]
    Bang,
    #[token("!=")]
    BangEqual,
    #[token("=")]
    Equal,
    #[token("==")]
    EqualEqual,
    #[token(">")]
    Greater,
    #[token(">=")]
    GreaterEqual,
    #[token("<")]
    Less,
    #[token("<=")]
    LessEqual,

    /// Stands in for text that is not a token; the error itself is in
    /// [`Lexer::errors`]. Never produced by logos directly.
    Error,
}

/// The value of a literal the number regex admitted. Without its `_`
/// separators it is always a valid float literal; a 10,000-digit literal
/// parses to infinity, as in Lua and Python.
fn parse_digits(text: &str) -> f64 {
    if text.contains('_') {
        text.replace('_', "").parse().unwrap_or(f64::NAN)
    } else {
        text.parse().unwrap_or(f64::NAN)
    }
}

/// logos does not back out of a partly matched group, so `1_` and `1__0`
/// arrive here with the dangling `_` included: refuse them.
fn check_separators(text: &str) -> Result<(), LexError> {
    let dangling = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'_' && !w[1].is_ascii_digit());
    if dangling || text.ends_with('_') {
        return Err(LexError::BadSeparator(text.to_string()));
    }
    Ok(())
}

fn number<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Result<f64, LexError> {
    check_separators(lex.slice())?;
    Ok(parse_digits(lex.slice()))
}

fn duration<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Result<f64, LexError> {
    let text = lex.slice();
    check_separators(text)?;
    Ok(if let Some(ms) = text.strip_suffix("ms") {
        parse_digits(ms) / 1000.0
    } else {
        parse_digits(&text[..text.len() - 1])
    })
}

fn unterminated_string<'s>(_: &mut logos::Lexer<'s, Token<'s>>) -> Result<String, LexError> {
    Err(LexError::UnterminatedString)
}

fn unterminated_comment<'s>(_: &mut logos::Lexer<'s, Token<'s>>) -> Result<(), LexError> {
    Err(LexError::UnterminatedComment)
}

fn string<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Result<String, LexError> {
    let body = &lex.slice()[1..lex.slice().len() - 1];
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some(other) => return Err(LexError::BadEscape(format!("\\{other}"))),
            None => return Err(LexError::UnterminatedString),
        }
    }
    Ok(out)
}

/// A lexical error with the byte range it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct SpannedLexError {
    pub error: LexError,
    pub start: usize,
    pub end: usize,
}

/// The token stream the generated parser pulls from: `(start, token, end)` triples.
pub struct Lexer<'s> {
    inner: logos::Lexer<'s, Token<'s>>,
    /// Every lexical error met so far, in source order.
    pub errors: Vec<SpannedLexError>,
    guard: super::guard::NestingGuard,
    /// Where the guard stopped the stream, if it did.
    pub too_deep: Option<(usize, usize)>,
    /// The byte range of every token handed out, in order (for errors that
    /// point at the token before the one the parser stopped at).
    pub spans: Vec<(usize, usize)>,
}

impl<'s> Lexer<'s> {
    pub fn new(source: &'s str) -> Self {
        Lexer {
            inner: Token::lexer(source),
            errors: Vec::new(),
            guard: Default::default(),
            too_deep: None,
            spans: Vec::new(),
        }
    }
}

/// The lexer never fails outright (errors become [`Token::Error`]); the error type
/// is the parser's only because lalrpop wants one type for both.
pub type Spanned<'s> = Result<(usize, Token<'s>, usize), super::parser::TooDeep>;

impl<'s> Iterator for Lexer<'s> {
    type Item = Spanned<'s>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.too_deep.is_some() {
            return None;
        }
        let result = self.inner.next()?;
        let span = self.inner.span();
        let token = match result {
            Ok(token) => token,
            Err(mut error) => {
                if error == LexError::NoMatch {
                    let c = self.inner.slice().chars().next().unwrap_or('\u{0}');
                    error = LexError::UnexpectedChar(c);
                }
                // An unterminated string or comment runs to the end of the
                // input; its error points at the opening quote or `/*` alone,
                // not at lines the input may not even show (a REPL entry).
                let end = match error {
                    LexError::UnterminatedString => span.start + 1,
                    LexError::UnterminatedComment => span.start + 2,
                    _ => span.end,
                };
                self.errors.push(SpannedLexError {
                    error,
                    start: span.start,
                    end,
                });
                Token::Error
            }
        };
        self.spans.push((span.start, span.end));
        if !self.guard.admit(&token) {
            // End the stream here: the parser sees the end of input, and the
            // nesting error is reported instead of what that causes.
            self.too_deep = Some((span.start, span.end));
            return None;
        }
        Some(Ok((span.start, token, span.end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token<'_>> {
        Lexer::new(src).map(|t| t.unwrap().1).collect()
    }

    #[test]
    fn durations_are_seconds() {
        assert_eq!(
            kinds("250ms 2s 1.5s"),
            vec![
                Token::Duration(0.25),
                Token::Duration(2.0),
                Token::Duration(1.5)
            ]
        );
    }

    #[test]
    fn number_literals_take_exponents_and_separators() {
        assert_eq!(
            kinds("1e3 2.5e-4 1_000_000 1.5E+2 1_0.2_5 2_000ms"),
            vec![
                Token::Number(1000.0),
                Token::Number(0.00025),
                Token::Number(1_000_000.0),
                Token::Number(150.0),
                Token::Number(10.25),
                Token::Duration(2.0),
            ]
        );
        // An `e` with no digits after it is a name, as before exponents existed.
        assert_eq!(
            kinds("2e x"),
            vec![Token::Number(2.0), Token::Ident("e"), Token::Ident("x")]
        );
        // A separator only stands between digits.
        for bad in ["1_", "1__0", "1_.5", "2_ms"] {
            let mut lexer = Lexer::new(bad);
            for _ in &mut lexer {}
            assert!(
                matches!(lexer.errors[0].error, LexError::BadSeparator(_)),
                "{bad}"
            );
        }
    }

    #[test]
    fn escapes_and_multiline_strings() {
        assert_eq!(
            kinds("\"a\\n\\t\\\"\\\\\nb\""),
            vec![Token::Str("a\n\t\"\\\nb".into())]
        );
    }

    #[test]
    fn unterminated_string_is_one_error_at_its_start() {
        let mut lexer = Lexer::new("print \"abc");
        let tokens: Vec<_> = (&mut lexer).map(|t| t.unwrap()).collect();
        assert_eq!(tokens.len(), 2);
        assert_eq!(lexer.errors[0].error, LexError::UnterminatedString);
        assert_eq!(lexer.errors[0].start, 6);
    }

    #[test]
    fn keywords_need_whole_words() {
        assert_eq!(kinds("orchid or"), vec![Token::Ident("orchid"), Token::Or]);
    }

    #[test]
    fn comments_are_skipped() {
        assert_eq!(
            kinds("1 // x\n/* y\n*/ 2"),
            vec![Token::Number(1.0), Token::Number(2.0)]
        );
    }
}
