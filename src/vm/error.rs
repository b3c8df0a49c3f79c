//! Runtime errors as values: a message, where it happened, and the stack trace at
//! that moment. Rendering is `crate::diagnostics`'s job.

use crate::syntax::Span;

/// One line of a stack trace: the function and the call site within it.
#[derive(Debug, Clone, PartialEq)]
pub struct TraceLine {
    pub function: String,
    pub file: u32,
    pub span: Span,
}

/// A runtime error is boxed wherever it travels (`VmResult`): the hot paths
/// return `Result`s, and a pointer-sized error keeps them in registers.
pub type VmResult<T> = Result<T, Box<RuntimeError>>;

/// Marks where a source location goes in a message: `SITE_MARK`, the index into
/// `RuntimeError::sites`, `SITE_MARK`. The VM knows sites as byte offsets; only
/// the renderer knows file names and lines.
pub const SITE_MARK: char = '\u{1}';

#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeError {
    pub message: String,
    /// Allocation and free sites the message refers to.
    pub sites: Vec<crate::heap::Site>,
    /// Where the error happened; `None` only for errors raised outside any code.
    pub at: Option<TraceLine>,
    /// Innermost first, including the frame of `at`.
    pub trace: Vec<TraceLine>,
    /// Raised because the user pressed Ctrl-C (see `vm::interrupt`).
    pub interrupted: bool,
    /// Not an error: the program called `exit(code)`. It unwinds like one so
    /// every frame and native stops, and the driver reports nothing.
    pub exit: Option<u8>,
}
