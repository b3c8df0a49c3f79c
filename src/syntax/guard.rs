//! A cheap watch over the token stream for nesting the parser would only see
//! after building it. The parser's error recovery can cost the depth of its
//! stack for every token it skips, so a hostile file that nests deeply and then
//! goes wrong (100,000 `{` followed by junk) would take quadratic time. The
//! guard stops the stream as soon as some kind of nesting passes the limit, so
//! the parse stack never gets deeper than a few times [`MAX_NESTING`].

use super::ast::MAX_NESTING;
use super::lexer::Token;

#[derive(Default)]
pub struct NestingGuard {
    /// Open `(`, `[` and `{`.
    brackets: u32,
    /// Open `(` only: a `;` inside `for (...;...)` ends no statement.
    parens: u32,
    /// `-` / `!` in a row: `- - - x`.
    unary_run: u32,
    /// `=` in the current statement: `a = b = c`.
    assignments: u32,
    /// `if` / `while` / `for` heads in the current statement: `if (a) if (b) ...`.
    statement_heads: u32,
    /// `else` in the current chain: `if ... else if ... else if ...`.
    else_chain: u32,
    /// The previous token ended a statement (`;` or `}`).
    after_statement: bool,
}

impl NestingGuard {
    /// Looks at the next token; false when it nests too deeply.
    pub fn admit(&mut self, token: &Token<'_>) -> bool {
        use Token::*;
        if self.after_statement && !matches!(token, Else) {
            self.else_chain = 0;
        }
        self.after_statement = false;
        if matches!(token, Minus | Bang) {
            self.unary_run += 1;
        } else {
            self.unary_run = 0;
        }
        match token {
            LParen => {
                self.brackets += 1;
                self.parens += 1;
            }
            LBracket => self.brackets += 1,
            LBrace => {
                self.brackets += 1;
                self.end_statement();
            }
            RParen => {
                self.brackets = self.brackets.saturating_sub(1);
                self.parens = self.parens.saturating_sub(1);
            }
            RBracket => self.brackets = self.brackets.saturating_sub(1),
            RBrace => {
                self.brackets = self.brackets.saturating_sub(1);
                self.end_statement();
                self.after_statement = true;
            }
            Semicolon if self.parens == 0 => {
                self.end_statement();
                self.after_statement = true;
            }
            Equal | PlusEqual | MinusEqual | StarEqual | SlashEqual | PercentEqual => {
                self.assignments += 1
            }
            If | While | For => self.statement_heads += 1,
            Else => self.else_chain += 1,
            _ => {}
        }
        [
            self.brackets,
            self.unary_run,
            self.assignments,
            self.statement_heads,
            self.else_chain,
        ]
        .iter()
        .all(|&n| n <= MAX_NESTING)
    }

    fn end_statement(&mut self) {
        self.assignments = 0;
        self.statement_heads = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::Lexer;

    /// Whether the lexer's guard lets the whole source through.
    fn admits(source: &str) -> bool {
        let mut lexer = Lexer::new(source);
        for _ in &mut lexer {}
        lexer.too_deep.is_none()
    }

    #[test]
    fn ordinary_programs_pass() {
        let many_ifs = "if (a) x; else y;\n".repeat(5000);
        assert!(admits(&many_ifs));
        let many_statements = "a = b = c; for (i = 0; i < 1; i = i + 1) print -x;\n".repeat(5000);
        assert!(admits(&many_statements));
        assert!(admits(&"{ print 1; }\n".repeat(5000)));
    }

    #[test]
    fn each_kind_of_deep_nesting_is_caught() {
        let n = MAX_NESTING as usize + 1;
        assert!(!admits(&"{".repeat(n)));
        assert!(!admits(&format!("print {}1;", "- ".repeat(n))));
        assert!(!admits(&format!("{} 1;", "a = ".repeat(n))));
        assert!(!admits(&format!("{} x;", "if (a) ".repeat(n))));
        assert!(!admits(&format!("{} x;", "for (;;) ".repeat(n))));
        assert!(!admits(&format!(
            "if (a) x; {}",
            "else if (b) x; ".repeat(n)
        )));
    }
}
