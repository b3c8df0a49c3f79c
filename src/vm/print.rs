//! The printed form of values (LANGUAGE.md §3): what `print` writes and what
//! `str()` returns.

use super::Vm;
use crate::heap::{format_number, Obj, Value};

impl Vm {
    /// Appends the printed form of `value` to `out`.
    pub fn format_value(&self, value: Value, out: &mut String) {
        match value {
            Value::Nil => out.push_str("nil"),
            Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
            Value::Number(n) => format_number(n, out),
            Value::Obj(h) => match self.heap.get(h) {
                Err(_) => out.push_str("<reclaimed object>"),
                Ok(obj) => match obj {
                    Obj::Str(s) => out.push_str(&s.text),
                    Obj::Function(f) => function_name(&f.name, out),
                    Obj::Closure(c) => function_name(&c.function.name, out),
                    Obj::BoundMethod(b) => self.format_value(Value::Obj(b.method), out),
                    Obj::Native(_) => out.push_str("<native fn>"),
                    Obj::Class(c) => out.push_str(self.heap.str(c.name)),
                    Obj::Instance(i) => {
                        if let Ok(Obj::Class(c)) = self.heap.get(i.class) {
                            out.push_str(self.heap.str(c.name));
                        }
                        out.push_str(" instance");
                    }
                    Obj::Upvalue(_) => out.push_str("<upvalue>"),
                },
            },
        }
    }

    pub fn value_to_string(&self, value: Value) -> String {
        let mut s = String::new();
        self.format_value(value, &mut s);
        s
    }
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
