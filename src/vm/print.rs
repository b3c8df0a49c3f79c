//! The printed form of values (docs/language.md §3): what `print` writes and what
//! `str()` returns. Inside lists and maps strings are quoted; a container met
//! again while it is being printed (a cycle) prints as `[...]` or `{...}`.

use super::Vm;
use crate::heap::{format_number, Handle, Obj, Stale, Value};

/// Containers nested deeper than this print as `[...]` / `{...}`, which bounds
/// the recursion of printing a list of a list of ... a million deep.
const MAX_PRINT_DEPTH: usize = 200;

impl Vm {
    /// Appends the printed form of `value` to `out`; fails on a freed or
    /// expired object anywhere inside it.
    pub fn try_format(&self, value: Value, out: &mut String) -> Result<(), Stale> {
        self.format_nested(value, out, &mut Vec::new(), false)
    }

    /// `open` holds the containers being printed around this value.
    fn format_nested(
        &self,
        value: Value,
        out: &mut String,
        open: &mut Vec<Handle>,
        quoted: bool,
    ) -> Result<(), Stale> {
        let Some(h) = value.as_handle() else {
            if let Some(n) = value.as_number() {
                format_number(n, out);
            } else if let Some(b) = value.as_bool() {
                out.push_str(if b { "true" } else { "false" });
            } else {
                out.push_str("nil");
            }
            return Ok(());
        };
        let obj = self.heap.get(h)?;
        match obj {
            Obj::Str(s) if quoted => quote(&s.text, out),
            Obj::Str(s) => out.push_str(&s.text),
            Obj::Closure(c) => function_name(&self.program.function(c.function).name, out),
            Obj::BoundMethod(b) => {
                return self.format_nested(Value::obj(b.method), out, open, quoted)
            }
            Obj::Native(_) => out.push_str("<native fn>"),
            Obj::Class(c) => out.push_str(self.heap.str(c.name)?.unwrap_or_default()),
            Obj::Instance(i) => {
                if let Obj::Class(c) = self.heap.get(i.class)? {
                    out.push_str(self.heap.str(c.name)?.unwrap_or_default());
                }
                out.push_str(" instance");
            }
            Obj::Upvalue(_) => out.push_str("<upvalue>"),
            Obj::List(items) => {
                if open.contains(&h) || open.len() >= MAX_PRINT_DEPTH {
                    out.push_str("[...]");
                    return Ok(());
                }
                open.push(h);
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.format_nested(*item, out, open, true)?;
                }
                out.push(']');
                open.pop();
            }
            Obj::Map(map) => {
                if open.contains(&h) || open.len() >= MAX_PRINT_DEPTH {
                    out.push_str("{...}");
                    return Ok(());
                }
                open.push(h);
                out.push('{');
                // An entry whose key died is gone, even before the map is purged.
                let entries = map.iter().filter(|(key, _)| self.heap.key_is_live(key));
                for (i, (key, item)) in entries.enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.format_nested(key.to_value(), out, open, true)?;
                    out.push_str(": ");
                    self.format_nested(*item, out, open, true)?;
                }
                out.push('}');
                open.pop();
            }
        }
        Ok(())
    }

    /// The printed form for messages, where a stale part prints as what it was.
    pub fn value_to_string(&self, value: Value) -> String {
        let mut s = String::new();
        if let Err(stale) = self.try_format(value, &mut s) {
            s.push_str(&format!("<reclaimed {}>", stale.kind.name()));
        }
        s
    }

    /// How a value reads inside a message: strings quoted, like in containers.
    pub fn describe_value(&self, value: Value) -> String {
        let mut s = String::new();
        if let Err(stale) = self.format_nested(value, &mut s, &mut Vec::new(), true) {
            s.push_str(&format!("<reclaimed {}>", stale.kind.name()));
        }
        s
    }
}

/// A string as a literal that reads back.
fn quote(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn function_name(name: &str, out: &mut String) {
    if name.is_empty() {
        out.push_str("<script>");
    } else {
        out.push_str("<fn ");
        out.push_str(name);
        out.push('>');
    }
}
