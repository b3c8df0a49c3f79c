//! A stale reference is always an error, never a wrong value — generated over
//! every instruction and native that uses an object. For each operand position
//! of each case, the operand is an object that is dead when the operation
//! runs — expired by `@ttl(0)` or freed — and the run must stop at that line
//! with the stale-reference error ("use of expired list", "use of freed
//! string", ...), under both clocks and every `--gc` mode.
//!
//! The `@ttl(0)` objects are made right before the operation with no safepoint
//! in between, so they die at the operation's own safepoint: exactly the place
//! where an instruction that checked its operands first and allocated after
//! used to read a dead string as `""` or lose a write.

use minilang::bytecode::Op;
use minilang::natives::NATIVES;
use std::process::Command;

/// One operation to try. `code` names its operands `$0`, `$1`, ...; one of
/// them at a time is the dead object, the others are the `live` expressions
/// (variables made in the prelude, so making them is no safepoint).
struct Case {
    /// The instruction or native exercised.
    target: &'static str,
    code: &'static str,
    /// Per operand: the kind of the dead object put there, and a live value.
    operands: &'static [(Kind, &'static str)],
    /// Whether the operation is a safepoint. An `@ttl(0)` object only dies at
    /// a safepoint, so for the others only the freed object is tried.
    safepoint: bool,
}

#[derive(Clone, Copy)]
enum Kind {
    Str,
    List,
    Map,
    Instance,
}

impl Kind {
    fn make(self) -> &'static str {
        match self {
            // Made at run time: string constants belong to the code.
            Kind::Str => r#"("st" + "ale")"#,
            Kind::List => "[1, 2]",
            Kind::Map => r#"{"k": 1}"#,
            Kind::Instance => "C()",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Str => "string",
            Kind::List => "list",
            Kind::Map => "map",
            Kind::Instance => "instance",
        }
    }
}

use Kind::*;

/// Classes and live values every case may use; `$0`.. refer to these.
const PRELUDE: &str = r#"class C { init() { this.f = 1; } m() { return 1; } } var str_ = "x" + "y"; var list_ = [1, 2]; var map_ = {"k": 1}; var inst_ = C();"#;

const CASES: &[Case] = &[
    // --- instructions
    Case {
        target: "Add",
        code: "print $0 + $1;",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "ReturnAdd",
        code: "fun join(a, b) { return a + b; } print join($0, $1);",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "Add (type error)",
        code: "print $0 + -1;",
        operands: &[(List, "list_")],
        safepoint: false,
    },
    Case {
        target: "AddConstant",
        code: "print $0 + 1;",
        operands: &[(List, "list_")],
        safepoint: false,
    },
    Case {
        target: "SubtractConstant",
        code: "print $0 - 1;",
        operands: &[(Str, "str_")],
        safepoint: false,
    },
    Case {
        target: "Less",
        code: "print $0 < -1;",
        operands: &[(List, "list_")],
        safepoint: false,
    },
    Case {
        target: "LessConstant",
        code: "print $0 < 1;",
        operands: &[(List, "list_")],
        safepoint: false,
    },
    Case {
        target: "GreaterConstant",
        code: "print $0 > 1;",
        operands: &[(Map, "map_")],
        safepoint: false,
    },
    Case {
        target: "Subtract",
        code: "print 1 - $0;",
        operands: &[(Str, "str_")],
        safepoint: false,
    },
    Case {
        target: "Negate",
        code: "print -$0;",
        operands: &[(Map, "map_")],
        safepoint: false,
    },
    Case {
        target: "GetProperty (field)",
        code: "print $0.f;",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "GetLocalProperty (field)",
        code: "{ var o = $0; print o.f; }",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "GetLocalProperty (method)",
        code: "{ var o = $0; print o.m; }",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "GetProperty (method)",
        code: "print $0.m;",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    // An assignment whose value is used is `SetProperty`; as a statement it
    // is `SetPropertyPop`.
    Case {
        target: "SetProperty (existing field)",
        code: "print $0.f = $1;",
        operands: &[(Instance, "inst_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "SetProperty (new field)",
        code: "print $0.g = $1;",
        operands: &[(Instance, "inst_"), (Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "SetPropertyPop (existing field)",
        code: "$0.f = $1;",
        operands: &[(Instance, "inst_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "SetPropertyPop (new field)",
        code: "$0.g = $1;",
        operands: &[(Instance, "inst_"), (Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "ReturnLocalProperty (field)",
        code: "fun get(o) { return o.f; } print get($0);",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "ReturnLocalProperty (method)",
        code: "fun get(o) { return o.m; } print get($0);",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "LocalAddConstant",
        code: "{ var o = $0; print o + 1; }",
        operands: &[(List, "list_")],
        safepoint: false,
    },
    Case {
        target: "LocalSubtractConstant",
        code: "{ var o = $0; print o - 1; }",
        operands: &[(Str, "str_")],
        safepoint: false,
    },
    Case {
        target: "JumpUnlessLessConstant",
        code: "if ($0 < 1) print 1;",
        operands: &[(List, "list_")],
        safepoint: false,
    },
    Case {
        target: "LocalJumpUnlessLessConstant",
        code: "{ var o = $0; if (o < 1) print 1; }",
        operands: &[(Map, "map_")],
        safepoint: false,
    },
    Case {
        target: "JumpUnlessGreaterConstant",
        code: "while ($0 > 1) print 1;",
        operands: &[(Map, "map_")],
        safepoint: false,
    },
    Case {
        target: "Invoke",
        code: "print $0.m();",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "Call",
        code: "print $0();",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "Print",
        code: "print $0;",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "Print (nested)",
        code: "print [$0];",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "BuildList",
        code: "var made = [1, $0];",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "BuildMap",
        code: "var made = {$0: $1};",
        operands: &[(List, "list_"), (Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "Index (list)",
        code: "print $0[0];",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "Index (string)",
        code: "print $0[0];",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "Index (map key)",
        code: "print $0[$1];",
        operands: &[(Map, "map_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "SetIndex (list)",
        code: "$0[0] = $1;",
        operands: &[(List, "list_"), (Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "SetIndex (new map key)",
        code: "$0[$1] = $2;",
        operands: &[(Map, "map_"), (Str, "str_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "Ttl",
        code: "$0 @ttl(10);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "Ttl (duration)",
        code: "list_ @ttl($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "Less (strings)",
        code: "print $0 < $1;",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "Slice (list)",
        code: "print $0[0:1];",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "Slice (string and bound)",
        code: "print $0[$1:];",
        operands: &[(Str, "str_"), (Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "ForIter",
        code: "for (var x in $0) print x;",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "ForIter (string)",
        code: "for (var x in $0) print x;",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "Update (field)",
        code: "$0.f += 1;",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "Update (index)",
        code: "$0[0] += 1;",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    // --- natives (every argument of every native is checked)
    Case {
        target: "len",
        code: "print len($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "push",
        code: "push($0, $1);",
        operands: &[(List, "list_"), (Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "pop",
        code: "print pop($0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "keys",
        code: "print keys($0);",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "has",
        code: "print has($0, $1);",
        operands: &[(Map, "map_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "remove",
        code: "print remove($0, $1);",
        operands: &[(Map, "map_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "str",
        code: "print str($0);",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "num",
        code: "print num($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "type",
        code: "print type($0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "sleep",
        code: "sleep($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "free",
        code: "free($0);",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "write",
        code: "write($0, $1);",
        operands: &[(Str, "str_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "input",
        code: "print input($0);",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "split",
        code: "print split($0, $1);",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "join",
        code: "print join($0, $1);",
        operands: &[(List, "list_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "trim",
        code: "print trim($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "upper",
        code: "print upper($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "lower",
        code: "print lower($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "find",
        code: "print find($0, $1);",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "replace",
        code: "print replace($0, $1, $2);",
        operands: &[(Str, "str_"), (Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "starts_with",
        code: "print starts_with($0, $1);",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "ends_with",
        code: "print ends_with($0, $1);",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "repeat",
        code: "print repeat($0, 2);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "ord",
        code: "print ord($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "chr",
        code: "print chr($0);",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "fixed",
        code: "print fixed(1, $0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "sort",
        code: "sort($0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "sort (function)",
        code: "sort(list_, $0);",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "insert",
        code: "insert($0, 0, $1);",
        operands: &[(List, "list_"), (Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "remove_at",
        code: "print remove_at($0, 0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "index_of",
        code: "print index_of($0, $1);",
        operands: &[(List, "list_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "contains",
        code: "print contains($0, $1);",
        operands: &[(Map, "map_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "reverse",
        code: "print reverse($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "concat",
        code: "print concat($0, $1);",
        operands: &[(List, "list_"), (List, "list_")],
        safepoint: true,
    },
    Case {
        target: "slice",
        code: "print slice($0, 0, 1);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "values",
        code: "print values($0);",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "items",
        code: "print items($0);",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "copy",
        code: "print copy($0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "floor",
        code: "print floor($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "ceil",
        code: "print ceil($0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "round",
        code: "print round($0);",
        operands: &[(Map, "map_")],
        safepoint: true,
    },
    Case {
        target: "abs",
        code: "print abs($0);",
        operands: &[(Instance, "inst_")],
        safepoint: true,
    },
    Case {
        target: "sqrt",
        code: "print sqrt($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "pow",
        code: "print pow(2, $0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "min",
        code: "print min($0);",
        operands: &[(List, "list_")],
        safepoint: true,
    },
    Case {
        target: "max",
        code: "print max(1, $0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "random_int",
        code: "print random_int($0, 2);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "read_file",
        code: "print read_file($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "write_file",
        code: "write_file($0, $1);",
        operands: &[(Str, "str_"), (Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "exit",
        code: "exit($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
    Case {
        target: "env",
        code: "print env($0);",
        operands: &[(Str, "str_")],
        safepoint: true,
    },
];

/// Natives that take no object, or take a dead one on purpose.
const NATIVES_WITHOUT_OPERANDS: &[&str] = &[
    "clock",
    "gc",
    "args",
    "heap_stats",
    // `alive(x)` is how a program asks; it never errors.
    "alive",
];

/// The cases that exercise `op`, by target prefix. The match is exhaustive, so
/// a new instruction does not compile here until someone says which case
/// covers it (or that it uses no object).
fn covering_case(op: &Op) -> Option<&'static str> {
    match op {
        Op::Add => Some("Add"),
        Op::ReturnAdd => Some("ReturnAdd"),
        Op::Subtract | Op::Multiply | Op::Divide | Op::Modulo => Some("Subtract"),
        Op::Slice => Some("Slice"),
        Op::ForIter(..) => Some("ForIter"),
        Op::Greater | Op::GreaterEqual | Op::Less | Op::LessEqual => Some("Less"),
        Op::Negate => Some("Negate"),
        Op::GetProperty(_) => Some("GetProperty"),
        Op::GetLocalProperty(..) => Some("GetLocalProperty"),
        Op::AddConstant(_) => Some("AddConstant"),
        Op::SubtractConstant(_) => Some("SubtractConstant"),
        Op::LessConstant(_) => Some("LessConstant"),
        Op::GreaterConstant(_) => Some("GreaterConstant"),
        Op::SetProperty(_) => Some("SetProperty"),
        Op::SetPropertyPop(_) => Some("SetPropertyPop"),
        Op::ReturnLocalProperty(..) => Some("ReturnLocalProperty"),
        Op::LocalAddConstant(..) => Some("LocalAddConstant"),
        Op::LocalSubtractConstant(..) => Some("LocalSubtractConstant"),
        Op::JumpUnlessLessConstant(..) => Some("JumpUnlessLessConstant"),
        Op::LocalJumpUnlessLessConstant(..) => Some("LocalJumpUnlessLessConstant"),
        Op::JumpUnlessGreaterConstant(..) => Some("JumpUnlessGreaterConstant"),
        // `this` is the operand: see `a_dead_this_under_super`.
        Op::GetSuper(_) | Op::SuperInvoke(..) => None,
        Op::Invoke(..) => Some("Invoke"),
        Op::Call(_) => Some("Call"),
        Op::Print => Some("Print"),
        Op::BuildList(_) => Some("BuildList"),
        Op::BuildMap(_) => Some("BuildMap"),
        Op::Index => Some("Index"),
        Op::SetIndex => Some("SetIndex"),
        Op::Ttl => Some("Ttl"),
        // Move or compare references without looking inside them (equality and
        // truth never error), or work only on code: functions, classes and
        // captured variables cannot be freed or expire.
        Op::Constant(_)
        | Op::Nil
        | Op::True
        | Op::False
        | Op::Pop
        | Op::GetLocal(_)
        | Op::SetLocal(_)
        | Op::GetGlobal(_)
        | Op::DefineGlobal(_)
        | Op::SetGlobal(_)
        | Op::GetUpvalue(_)
        | Op::SetUpvalue(_)
        | Op::Equal
        | Op::NotEqual
        | Op::Not
        | Op::Jump(_)
        | Op::JumpIfFalse(_)
        | Op::PopJumpIfFalse(_)
        | Op::Loop(_)
        | Op::Closure(_)
        | Op::CloseUpvalue
        | Op::Return
        | Op::Class(_)
        | Op::ClassTtl
        | Op::Inherit
        | Op::Method(_)
        | Op::Copy(_)
        | Op::EqualConstant(_)
        | Op::JumpUnlessEqualConstant(..)
        | Op::ReturnLocal(_)
        | Op::SetLocalPop(_)
        | Op::SetGlobalPop(_)
        | Op::GetLocals(..)
        | Op::ReturnNil => None,
    }
}

/// One sample of every instruction.
const EVERY_OP: &[Op] = &[
    Op::Constant(0),
    Op::Nil,
    Op::True,
    Op::False,
    Op::Pop,
    Op::GetLocal(0),
    Op::SetLocal(0),
    Op::GetGlobal(0),
    Op::DefineGlobal(0),
    Op::SetGlobal(0),
    Op::GetUpvalue(0),
    Op::SetUpvalue(0),
    Op::GetProperty(0),
    Op::SetProperty(0),
    Op::GetSuper(0),
    Op::Equal,
    Op::NotEqual,
    Op::Greater,
    Op::GreaterEqual,
    Op::Less,
    Op::LessEqual,
    Op::Add,
    Op::Subtract,
    Op::Multiply,
    Op::Divide,
    Op::Not,
    Op::Negate,
    Op::Print,
    Op::BuildList(0),
    Op::BuildMap(0),
    Op::Index,
    Op::SetIndex,
    Op::Ttl,
    Op::ClassTtl,
    Op::Jump(0),
    Op::JumpIfFalse(0),
    Op::PopJumpIfFalse(0),
    Op::Loop(0),
    Op::Call(0),
    Op::Invoke(0, 0),
    Op::SuperInvoke(0, 0),
    Op::Closure(0),
    Op::CloseUpvalue,
    Op::Return,
    Op::Class(0),
    Op::Inherit,
    Op::Method(0),
    Op::Modulo,
    Op::Slice,
    Op::Copy(0),
    Op::ForIter(0, 0),
    Op::GetLocalProperty(0, 0),
    Op::AddConstant(0),
    Op::SubtractConstant(0),
    Op::LessConstant(0),
    Op::GreaterConstant(0),
    Op::EqualConstant(0),
    Op::ReturnNil,
    Op::ReturnLocal(0),
    Op::ReturnLocalProperty(0, 0),
    Op::ReturnAdd,
    Op::LocalAddConstant(0, 0),
    Op::LocalSubtractConstant(0, 0),
    Op::JumpUnlessLessConstant(0, 0),
    Op::LocalJumpUnlessLessConstant(0, 0, 0),
    Op::JumpUnlessGreaterConstant(0, 0),
    Op::JumpUnlessEqualConstant(0, 0),
    Op::SetPropertyPop(0),
    Op::SetLocalPop(0),
    Op::SetGlobalPop(0),
    Op::GetLocals(0, 0),
];

#[test]
fn every_instruction_and_native_that_uses_an_object_has_a_case() {
    let has_case = |prefix: &str| CASES.iter().any(|c| c.target.starts_with(prefix));
    for op in EVERY_OP {
        if let Some(prefix) = covering_case(op) {
            assert!(has_case(prefix), "no case exercises {op:?}");
        }
    }
    for native in NATIVES {
        let most = native.arity + native.optional;
        if most > 0 && !NATIVES_WITHOUT_OPERANDS.contains(&native.name) {
            assert!(
                has_case(native.name),
                "no case passes a dead object to `{}`",
                native.name
            );
        }
    }
}

/// A case named after an instruction must run that instruction: the
/// compiler fuses pairs into superinstructions, and a case whose code
/// compiled to something else would leave its instruction untested.
#[test]
fn every_instruction_case_runs_its_instruction() {
    let op_name = |op: &Op| {
        let text = format!("{op:?}");
        text.split('(').next().expect("a name").to_string()
    };
    let names: Vec<String> = EVERY_OP.iter().map(op_name).collect();
    let mut checked = 0;
    for case in CASES {
        let name = case.target.split(' ').next().expect("a name");
        if !names.iter().any(|n| n == name) {
            continue;
        }
        checked += 1;
        let source = program(case, 0, Death::Freed);
        let output = Command::new(env!("CARGO_BIN_EXE_minilang"))
            .args(["--dump", "-e", &source])
            .output()
            .expect("runs");
        let dump = String::from_utf8_lossy(&output.stdout);
        // A listing line is `index  Op(operands)  ; constant`.
        let ran = dump.lines().any(|line| {
            let mut words = line.split_whitespace();
            words.next().is_some_and(|i| i.parse::<usize>().is_ok())
                && words
                    .next()
                    .is_some_and(|op| op.split('(').next() == Some(name))
        });
        assert!(ran, "case `{}` compiles to no {name}:\n{dump}", case.target);
    }
    assert!(checked >= 40, "only {checked} cases name an instruction");
}

/// How the dead object died.
#[derive(Clone, Copy, Debug)]
enum Death {
    Expired,
    Freed,
}

/// The program: prelude on line 1, the dead object on line 2, the operation on
/// line 3 (so the error must point at `<-e>:3:`), then a line that must not run.
fn program(case: &Case, position: usize, death: Death) -> String {
    let (kind, _) = case.operands[position];
    let dead = match death {
        Death::Expired => format!("var dead = {} @ttl(0);", kind.make()),
        Death::Freed => format!("var dead = {}; free(dead);", kind.make()),
    };
    let mut code = case.code.to_string();
    for (i, (_, live)) in case.operands.iter().enumerate() {
        let operand = if i == position { "dead" } else { live };
        code = code.replace(&format!("${i}"), operand);
    }
    format!("{PRELUDE}\n{dead}\n{code}\nprint \"not reached\";\n")
}

fn expected_message(case: &Case, kind: Kind, death: Death) -> String {
    let kind = kind.name();
    match (death, case.target) {
        (Death::Expired, "free") => format!("free of expired {kind}"),
        (Death::Freed, "free") => format!("double free of {kind}"),
        (Death::Expired, _) => format!("use of expired {kind}"),
        (Death::Freed, _) => format!("use of freed {kind}"),
    }
}

#[test]
fn a_dead_operand_is_always_the_stale_reference_error() {
    let mut failures = Vec::new();
    let mut runs = 0;
    for case in CASES {
        for position in 0..case.operands.len() {
            for death in [Death::Expired, Death::Freed] {
                if matches!(death, Death::Expired) && !case.safepoint {
                    continue;
                }
                let source = program(case, position, death);
                let message = expected_message(case, case.operands[position].0, death);
                for clock in ["real", "virtual"] {
                    for gc in ["on", "stop-the-world", "off", "stress"] {
                        runs += 1;
                        let output = Command::new(env!("CARGO_BIN_EXE_minilang"))
                            .args(["--clock", clock, "--gc", gc, "-e", &source])
                            .env_remove("MINILANG_GC")
                            .output()
                            .expect("runs");
                        let stdout = String::from_utf8_lossy(&output.stdout);
                        let stderr = String::from_utf8_lossy(&output.stderr);
                        let ok = output.status.code() == Some(70)
                            && stderr.contains(&message)
                            && stderr.contains("<-e>:3:")
                            && !stdout.contains("not reached");
                        if !ok {
                            failures.push(format!(
                                "{} operand {position} {death:?} (--clock {clock} --gc {gc}): \
                                 wanted `{message}` at line 3\n--- program\n{source}--- stdout\n{stdout}--- stderr\n{stderr}",
                                case.target
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(runs > 300, "only {runs} runs");
    assert!(
        failures.is_empty(),
        "{} of {runs} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `super.m` and `super.m()` use `this`, which only a method can kill.
#[test]
fn a_dead_this_under_super() {
    for (access, op) in [("super.m", "GetSuper"), ("super.m()", "SuperInvoke")] {
        for (kill, message) in [
            ("this @ttl(0);", "use of expired instance"),
            ("free(this);", "use of freed instance"),
        ] {
            let source = format!(
                "class C {{ m() {{ return 1; }} }}\n\
                 class D < C {{ m() {{ {kill} return {access}; }} }}\n\
                 print D().m();\nprint \"not reached\";\n"
            );
            for clock in ["real", "virtual"] {
                for gc in ["on", "stop-the-world", "off", "stress"] {
                    let output = Command::new(env!("CARGO_BIN_EXE_minilang"))
                        .args(["--clock", clock, "--gc", gc, "-e", &source])
                        .output()
                        .expect("runs");
                    let stdout = String::from_utf8_lossy(&output.stdout);
                    let stderr = String::from_utf8_lossy(&output.stderr);
                    assert_eq!(output.status.code(), Some(70), "{op} {kill}: {stderr}");
                    assert!(stderr.contains(message), "{op} {kill}: {stderr}");
                    assert!(stderr.contains("<-e>:2:"), "{op} {kill}: {stderr}");
                    assert!(!stdout.contains("not reached"));
                }
            }
        }
    }
}
