//! What the user sees about memory after a run: the reclamation table of
//! `--stats` with its leak report ([`stats`]), the `--contrast` table of the four
//! strategies ([`contrast`]), and `--heap-timeline` files ([`timeline`]).
//! Reports read the heap's figures; they never change them.

pub mod contrast;
pub mod stats;
pub mod timeline;
