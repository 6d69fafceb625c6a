//! The Molt native launcher.
//!
//! A native Molt executable is this program with a precompiled module appended (see
//! payload.rs). It reads the module from its own file, checks that the wasmtime that
//! precompiled it is its own, links WASI preview 1 with the capabilities granted at build
//! time (stdio, arguments, environment, clocks, random, and the directories named with
//! `--allow-dir`), runs `_start`, and exits with the program's code (after a trap, it calls
//! `molt_flush` first, so that what was printed is not lost). There is no compiler
//! inside: wasmtime is built with its runtime only.
//!
//! Every failure is one line on stderr: `molt: error: ...` when the program cannot be
//! loaded (exit 126), `molt: fatal: ...` when it traps (exit 134). No panic text escapes.

mod payload;

use wasmtime::{Config, Engine, Linker, Module, Store, Trap, WasmBacktrace};
use wasmtime_wasi::p1::{self, WasiP1Ctx};
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

const WASMTIME_VERSION: &str = env!("MOLT_WASMTIME_VERSION");
const LOAD_FAILURE_EXIT: i32 = 126;
const TRAP_EXIT: i32 = 134;

fn main() {
    std::panic::set_hook(Box::new(|_| {
        eprintln!("molt: fatal: internal error in the launcher");
        std::process::exit(TRAP_EXIT);
    }));
    let code = match load() {
        Ok((engine, module, payload)) => run(&engine, &module, &payload),
        Err(message) => {
            eprintln!("molt: error: {message}");
            LOAD_FAILURE_EXIT
        }
    };
    std::process::exit(code);
}

/// The engine, configured as host/engine.toml says, and the module appended to this file.
fn load() -> Result<(Engine, Module, payload::Payload), String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this executable: {e}"))?;
    let payload = payload::read(&exe)?;
    if payload.version != WASMTIME_VERSION {
        return Err(format!(
            "this program was precompiled by wasmtime {} but this launcher runs wasmtime {}; \
             rebuild it with `molt build --native`",
            payload.version, WASMTIME_VERSION
        ));
    }
    let mut config = Config::new();
    // The Python wasmtime that precompiles has concurrency support on; GC, exceptions and
    // threads are off on both sides (host/engine.toml).
    config.concurrency_support(true);
    let engine = Engine::new(&config).map_err(|e| format!("cannot start wasmtime: {e}"))?;
    // Safety: the bytes are a module serialized by wasmtime's own `Module::serialize`
    // (molt build --native); deserialize checks the version and the configuration.
    let module = unsafe { Module::deserialize(&engine, &payload.module) }.map_err(|e| {
        format!(
            "the program's precompiled code does not fit this launcher ({}); rebuild it with \
             `molt build --native`",
            first_line(&e.to_string())
        )
    })?;
    Ok((engine, module, payload))
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

fn run(engine: &Engine, module: &Module, payload: &payload::Payload) -> i32 {
    match instantiate_and_start(engine, module, payload) {
        Ok(()) => 0,
        Err(error) => {
            if let Some(exit) = error.downcast_ref::<I32Exit>() {
                return exit.0;
            }
            let what = match error.downcast_ref::<Trap>() {
                Some(trap) => describe(trap),
                None => first_line(&error.to_string()).to_string(),
            };
            let function = error
                .downcast_ref::<WasmBacktrace>()
                .and_then(|trace| trace.frames().first())
                .and_then(|frame| frame.func_name())
                .map(|name| format!(" in {}", name.trim_start_matches("__main__.")))
                .unwrap_or_default();
            eprintln!("molt: fatal: {what}{function}");
            TRAP_EXIT
        }
    }
}

fn instantiate_and_start(engine: &Engine, module: &Module, payload: &payload::Payload) -> wasmtime::Result<()> {
    let mut linker: Linker<WasiP1Ctx> = Linker::new(engine);
    p1::add_to_linker_sync(&mut linker, |ctx| ctx)?;
    let mut wasi = WasiCtxBuilder::new();
    wasi.inherit_stdio().inherit_env().args(&std::env::args().collect::<Vec<_>>());
    for (host, guest) in &payload.dirs {
        wasi.preopened_dir(host, guest, FsPerms::ReadWrite)?;
    }
    let mut store = Store::new(engine, wasi.build_p1());
    let instance = linker.instantiate(&mut store, module)?;
    let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
    let result = start.call(&mut store, ());
    if let Err(error) = &result {
        if error.downcast_ref::<Trap>().is_some() {
            // What the program printed before the trap is still in its buffer: write it
            // out (molt_flush, wasm_runtime/io.py). A failure here leaves the first trap
            // to be reported.
            if let Ok(flush) = instance.get_typed_func::<(), ()>(&mut store, "molt_flush") {
                let _ = flush.call(&mut store, ());
            }
        }
    }
    result
}

/// The one-line description of a trap, as host/run.py words it.
fn describe(trap: &Trap) -> String {
    match trap {
        Trap::StackOverflow => "stack overflow (recursion too deep)".into(),
        Trap::UnreachableCodeReached => "internal error (unreachable code reached)".into(),
        Trap::MemoryOutOfBounds => "memory access out of bounds".into(),
        Trap::IntegerDivisionByZero => "integer division by zero".into(),
        Trap::IntegerOverflow => "integer overflow".into(),
        other => other.to_string(),
    }
}
