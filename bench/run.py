"""Time Molt beside CPython on the programs of bench/programs/.

For each program: compile it with Molt (timed apart, as "compile"), run it under CPython,
as WASM in wasmtime and as a native executable, check that all print the same, and report
the median seconds of each and the ratios CPython / Molt, all measured in this one run.
Start-up is taken out of every side:
- CPython and native: by subtracting the time of an empty program (bench/empty.py) run the
  same way, in a process of its own;
- WASM: by timing only the instantiation and the run of the module, precompiled by
  Cranelift beforehand, in this process.
Then it reports the start-up of a native hello world (median of many runs) and its size.

    python bench/run.py [--repeat N] [PROGRAM.py ...]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
EMPTY = HERE / "empty.py"
HELLO = HERE.parent / "examples" / "hello.py"
STARTUP_RUNS = 101


@dataclass
class Result:
    name: str
    compile_seconds: float
    cpython: float
    wasm: float
    native: float
    agree: bool


@dataclass
class Built:
    """A program compiled once: its precompiled module and its native executable."""

    module: Path
    executable: Path
    compile_seconds: float


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, proc.stdout


def median_time(command: list[str], repeat: int) -> tuple[float, str]:
    times, output = [], ""
    for _ in range(repeat):
        t, output = timed(command)
        times.append(t)
    return statistics.median(times), output


def build(program: Path, out_dir: Path) -> Built:
    """Compile to WASM, precompile with Cranelift, and make the native executable."""
    from molt.aot import build_native
    from molt.driver import build_wasm
    from molt.host.run import precompile

    start = time.perf_counter()
    wasm = build_wasm(program.read_text(encoding="utf-8"), str(program), "2")
    compiled = precompile(wasm)
    elapsed = time.perf_counter() - start
    module = out_dir / (program.stem + ".cwasm")
    module.write_bytes(compiled)
    executable = out_dir / program.stem
    build_native(wasm, executable, [])
    return Built(module, executable, elapsed)


def time_module(path: Path, out_dir: Path, repeat: int) -> tuple[float, str]:
    """Median seconds to instantiate and run a precompiled module, and its output."""
    import wasmtime

    from molt.host.run import Streams, engine, run_module

    module = wasmtime.Module.deserialize(engine(), path.read_bytes())
    out = out_dir / "stdout"
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        code = run_module(engine(), module, [path.stem], Streams(stdout=str(out)))
        times.append(time.perf_counter() - start)
        if code != 0:
            raise SystemExit(f"{path.stem} exited with {code}")
    return statistics.median(times), out.read_text(encoding="utf-8")


def measure(programs: list[Path], repeat: int, out_dir: Path) -> list[Result]:
    empty = build(EMPTY, out_dir)
    cpython_base, _ = median_time([sys.executable, str(EMPTY)], repeat)
    wasm_base, _ = time_module(empty.module, out_dir, repeat)
    native_base, _ = median_time([str(empty.executable)], repeat)
    results = []
    for program in programs:
        built = build(program, out_dir)
        cpython, expected = median_time([sys.executable, str(program)], repeat)
        wasm, wasm_output = time_module(built.module, out_dir, repeat)
        native, native_output = median_time([str(built.executable)], repeat)
        results.append(Result(program.stem, built.compile_seconds, max(cpython - cpython_base, 1e-4),
                              max(wasm - wasm_base, 1e-4), max(native - native_base, 1e-4),
                              expected == wasm_output == native_output))
    return results


def startup(out_dir: Path) -> tuple[float, int]:
    """Median seconds from exec to exit of the native hello world, and its size in bytes."""
    executable = build(HELLO, out_dir).executable
    seconds, _ = median_time([str(executable)], STARTUP_RUNS)
    return seconds, executable.stat().st_size


def report(results: list[Result], startup_seconds: float, size: int) -> str:
    lines = [f"{'program':<10}{'compile s':>10}{'CPython s':>11}{'WASM s':>9}{'native s':>10}"
             f"{'CPython/WASM':>14}{'CPython/native':>16}  output",
             "-" * 88]
    for r in results:
        lines.append(f"{r.name:<10}{r.compile_seconds:>10.2f}{r.cpython:>11.3f}{r.wasm:>9.3f}{r.native:>10.3f}"
                     f"{r.cpython / r.wasm:>13.1f}x{r.cpython / r.native:>15.1f}x  "
                     f"{'same' if r.agree else 'DIFFERENT'}")
    lines.append("")
    lines.append(f"native hello world: starts and exits in {startup_seconds * 1000:.1f} ms "
                 f"(median of {STARTUP_RUNS}), {size / 1e6:.2f} MB")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    programs = args.programs or sorted(PROGRAMS.glob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        results = measure(programs, args.repeat, out_dir)
        startup_seconds, size = startup(out_dir)
    print(report(results, startup_seconds, size))
    return 0 if all(r.agree for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
