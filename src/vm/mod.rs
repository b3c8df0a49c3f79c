//! The virtual machine: a value stack, call frames and globals, running loaded
//! bytecode against the heap. The VM owns the roots; the heap owns the objects.
//!
//! - [`load`]: moves compiled prototypes into the heap and binds global names.
//! - [`run`]: the dispatch loop.
//! - [`gc`]: the allocation entry point and root marking.
//! - [`print`]: how values print.

mod containers;
mod gc;
mod load;
mod memory;
mod print;
mod program;
mod properties;
mod run;
mod sequences;
mod stack;

pub mod error;

pub(crate) use containers::Position;
pub use error::{RuntimeError, TraceLine, VmResult};

use crate::bytecode::Proto;
use crate::heap::{Handle, Heap, HeapConfig, Value};
use rustc_hash::FxHashMap;
use std::io::Write;
use std::time::Instant;

/// Set when the user presses Ctrl-C; the running program stops at its next
/// call or loop iteration (or during `sleep`) with an "interrupted" error. One
/// flag for the process: a process runs one program at a time.
static INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Asks the running program to stop (from a Ctrl-C handler); true if it had
/// already been asked, so a second Ctrl-C can end the process instead.
pub fn interrupt() -> bool {
    INTERRUPT.swap(true, std::sync::atomic::Ordering::Relaxed)
}

/// Forgets a Ctrl-C, before the next program or REPL entry runs.
pub fn clear_interrupt() {
    INTERRUPT.store(false, std::sync::atomic::Ordering::Relaxed);
}

#[inline(always)]
pub(crate) fn interrupted() -> bool {
    INTERRUPT.load(std::sync::atomic::Ordering::Relaxed)
}

/// Which clock `clock()`, `sleep()` and `@ttl` deadlines use (`--clock`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockKind {
    /// The monotonic wall clock.
    Real,
    /// Starts at 0 and moves only when the program calls `sleep`: runs with
    /// deadlines are exact and reproducible.
    Virtual,
}

/// Settings of one VM (the memory flags of the command line).
#[derive(Debug, Clone)]
pub struct VmConfig {
    pub heap: HeapConfig,
    pub clock: ClockKind,
    /// `free` does nothing (`--ignore-free`).
    pub ignore_free: bool,
    /// `@ttl` has no effect (`--ignore-ttl`).
    pub ignore_ttl: bool,
    /// One line per collection on stderr (`--gc-trace`).
    pub gc_trace: bool,
    /// Record live bytes over time (`--heap-timeline`).
    pub timeline: bool,
    /// Deepest call nesting before a "stack overflow" error.
    pub max_depth: usize,
    /// Steps (calls and loop iterations) before the program is stopped
    /// (`--max-steps`); `None` for no limit.
    pub max_steps: Option<u64>,
    /// What `args()` returns: the arguments after the script's path.
    pub args: Vec<String>,
    /// Seeds `random()` (`--seed`); `None` seeds it from the clock.
    pub seed: Option<u64>,
    /// `read_file` and `write_file` may touch the file system. Off for the
    /// fuzzers, which must not write wherever random input says.
    pub files: bool,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            heap: HeapConfig::default(),
            clock: ClockKind::Real,
            ignore_free: false,
            ignore_ttl: false,
            gc_trace: false,
            timeline: false,
            max_depth: 10_000,
            max_steps: None,
            args: Vec::new(),
            seed: None,
            files: true,
        }
    }
}

/// The seed `random()` starts from: `--seed`, else the time of day, so runs
/// differ unless asked not to.
fn config_seed(config: &VmConfig) -> u64 {
    config.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    })
}

/// An active call.
struct Frame {
    closure: Handle,
    function: program::FunctionId,
    /// Index of the next instruction in the program's code (kept up to date
    /// only when the frame is not the one running, or when the running frame
    /// must be inspected).
    ip: usize,
    /// Stack index of slot 0 (the callee, or `this`).
    base: usize,
}

pub struct Vm {
    pub heap: Heap,
    /// Every loaded function's code and constants.
    program: program::Program,
    stack: stack::Stack,
    frames: Vec<Frame>,
    /// Global values by slot; `None` until defined.
    globals: Vec<Option<Value>>,
    /// The name of each global slot (an interned string).
    global_names: Vec<Handle>,
    global_slots: FxHashMap<Handle, u32>,
    /// Upvalues still pointing into the stack, sorted by stack index.
    open_upvalues: Vec<(usize, Handle)>,
    /// Values that must survive a collection although nothing else holds them yet
    /// (constants of a function being loaded, a native's intermediate results).
    temp_roots: Vec<Value>,
    /// Live bytes when the running incremental cycle started (`--gc-trace`).
    cycle_start_bytes: u64,
    init_string: Handle,
    /// The inline caches of the loaded code's property instructions, whose
    /// operands the loader rewrites to indexes here.
    caches: Vec<properties::PropertyCache>,
    out: Box<dyn Write>,
    /// What `input()` reads when not stdin: the same bytes replayed to every
    /// run of `--contrast`.
    input: Option<std::io::Cursor<Vec<u8>>>,
    config: VmConfig,
    started: Instant,
    /// Seconds slept so far under the virtual clock.
    virtual_now: f64,
    /// Steps left before `--max-steps` stops the program.
    steps_left: u64,
    /// How many frames were running when the innermost dispatch loop
    /// started: it returns when that many are left (0 for the script; more
    /// while a native calls back into code, see `Vm::call_back`).
    run_floor: usize,
    /// Dispatch loops nested by natives calling back (`Vm::call_back`).
    call_back_depth: u32,
    /// The generator behind `random()`, seeded by `--seed` or the clock.
    pub(crate) rng: fastrand::Rng,
}

impl Vm {
    /// A VM writing program output to `out`, with the natives defined.
    pub fn new(config: VmConfig, out: Box<dyn Write>) -> Vm {
        // The limit applies to the program: the natives are defined first.
        let mut heap = Heap::new(HeapConfig {
            limit: None,
            ..config.heap
        });
        // Interned before the VM exists, so it needs no rooting yet; afterwards
        // `init_string` is a root.
        let init_string = heap.runtime_string("init");
        let steps_left = config.max_steps.unwrap_or(u64::MAX);
        let seed = config_seed(&config);
        let mut vm = Vm {
            heap,
            program: program::Program::default(),
            stack: stack::Stack::new(),
            frames: Vec::new(),
            globals: Vec::new(),
            global_names: Vec::new(),
            global_slots: FxHashMap::default(),
            open_upvalues: Vec::new(),
            temp_roots: Vec::new(),
            cycle_start_bytes: 0,
            init_string,
            caches: Vec::new(),
            out,
            input: None,
            config,
            started: Instant::now(),
            virtual_now: 0.0,
            steps_left,
            run_floor: 0,
            call_back_depth: 0,
            rng: fastrand::Rng::with_seed(seed),
        };
        crate::natives::define_all(&mut vm).expect("no limit while natives are defined");
        vm.heap.set_limit(vm.config.heap.limit);
        if vm.config.timeline {
            vm.heap.record_timeline();
            if vm.config.clock == ClockKind::Virtual {
                vm.heap.timeline_clock(0.0);
            }
        }
        vm
    }

    pub fn config(&self) -> &VmConfig {
        &self.config
    }

    /// Seconds since the VM started on the active clock: what `clock()` returns
    /// and what `@ttl` deadlines are measured against.
    pub fn clock(&self) -> f64 {
        match self.config.clock {
            ClockKind::Real => self.started.elapsed().as_secs_f64(),
            ClockKind::Virtual => self.virtual_now,
        }
    }

    /// Waits `seconds` (real clock) or moves virtual time on; then expires
    /// whatever became due. A real wait ends early when the user presses
    /// Ctrl-C (the caller then reports the interruption).
    pub fn sleep(&mut self, seconds: f64) {
        match self.config.clock {
            ClockKind::Real => {
                let until = Instant::now() + std::time::Duration::from_secs_f64(seconds);
                let slice = std::time::Duration::from_millis(20);
                while !interrupted() {
                    let now = Instant::now();
                    if now >= until {
                        break;
                    }
                    std::thread::sleep(slice.min(until - now));
                }
            }
            ClockKind::Virtual => {
                self.virtual_now += seconds;
                self.heap.timeline_clock(self.virtual_now);
            }
        }
        self.safepoint();
    }

    /// A safepoint: reclaims every object whose deadline has passed. The check
    /// inlined into the dispatch loop is one comparison; the clock is read only
    /// when some deadline is pending.
    #[inline(always)]
    pub(crate) fn safepoint(&mut self) {
        if self.heap.has_deadlines() {
            self.expire_due();
        }
    }

    #[inline(never)]
    fn expire_due(&mut self) {
        if let Some(deadline) = self.heap.next_deadline() {
            let now = self.clock();
            if deadline <= now {
                self.heap.expire(now);
            }
        }
    }

    /// Loads a compiled program from source file `file` and runs it to the end.
    pub fn interpret(&mut self, script: Proto, file: u32) -> VmResult<()> {
        let result = self.load_script(script, file).map_err(|mut error| {
            // Loading runs no code yet: point at the start of the program.
            error.at.get_or_insert(TraceLine {
                function: "script".into(),
                file,
                span: Default::default(),
            });
            error
        });
        let result = result.and_then(|()| self.run());
        match result {
            // The script's own return value (always `nil`).
            Ok(()) => self.stack.clear(),
            Err(_) => self.reset(),
        }
        result
    }

    /// Forgets the interrupted program's stack so the VM can run more code (the
    /// REPL) with its globals and heap intact.
    fn reset(&mut self) {
        self.stack.clear();
        self.frames.clear();
        self.open_upvalues.clear();
        self.temp_roots.clear();
        self.run_floor = 0;
        self.call_back_depth = 0;
    }

    /// Makes `input()` read these bytes instead of stdin.
    pub fn set_input(&mut self, bytes: Vec<u8>) {
        self.input = Some(std::io::Cursor::new(bytes));
    }

    /// Reads one line for `input()`, from the replayed bytes or stdin.
    pub(crate) fn read_line(&mut self, line: &mut Vec<u8>) -> std::io::Result<usize> {
        use std::io::BufRead;
        match &mut self.input {
            Some(bytes) => bytes.read_until(b'\n', line),
            None => std::io::stdin().lock().read_until(b'\n', line),
        }
    }

    /// Writes program output (what `print` and `write` produce).
    pub fn write_out(&mut self, text: &str) -> std::io::Result<()> {
        self.out.write_all(text.as_bytes())
    }

    /// Writes any buffered program output.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    /// Defines or replaces a global by name.
    pub fn define_global(&mut self, name: &str, value: Value) -> VmResult<()> {
        let name = {
            let mut vm = self.holding();
            vm.hold(value);
            vm.intern(name)?
        };
        let slot = self.global_slot(name);
        self.globals[slot as usize] = Some(value);
        Ok(())
    }

    /// The names of all globals defined so far (for completion and tests).
    pub fn global_names(&self) -> Vec<String> {
        self.global_names
            .iter()
            .zip(&self.globals)
            .filter(|(_, v)| v.is_some())
            .filter_map(|(n, _)| Some(self.heap.str(*n).ok()??.to_string()))
            .collect()
    }

    fn global_slot(&mut self, name: Handle) -> u32 {
        if let Some(&slot) = self.global_slots.get(&name) {
            return slot;
        }
        let slot = self.globals.len() as u32;
        self.globals.push(None);
        self.global_names.push(name);
        self.global_slots.insert(name, slot);
        slot
    }
}
