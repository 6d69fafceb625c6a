"""Time Molt beside CPython on the programs of bench/programs/.

For each program: compile it with Molt (timed apart, as "compile"), run it under CPython and
as WASM in wasmtime, check that both print the same, and report the median seconds of each
and the ratio CPython / Molt, all measured in this one run. Start-up is taken out of both
sides: CPython's by subtracting the time of an empty program (bench/empty.py) run the same
way; Molt's by timing only the instantiation and the run of the module, precompiled by
Cranelift beforehand (the same work, less the empty program's, as a native executable does).

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


@dataclass
class Result:
    name: str
    compile_seconds: float
    cpython: float
    molt: float
    agree: bool

    @property
    def ratio(self) -> float:
        return self.cpython / self.molt if self.molt > 0 else float("inf")


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


def build(program: Path, out_dir: Path) -> tuple[Path, float]:
    """Compile to WASM, then precompile with Cranelift; (module path, compile seconds)."""
    from molt.driver import build_wasm
    from molt.host.run import precompile

    start = time.perf_counter()
    wasm = build_wasm(program.read_text(encoding="utf-8"), str(program), "2")
    compiled = precompile(wasm)
    elapsed = time.perf_counter() - start
    path = out_dir / (program.stem + ".cwasm")
    path.write_bytes(compiled)
    return path, elapsed


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


def measure(programs: list[Path], repeat: int) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        empty_module, _ = build(EMPTY, out_dir)
        cpython_base, _ = median_time([sys.executable, str(EMPTY)], repeat)
        molt_base, _ = time_module(empty_module, out_dir, repeat)
        for program in programs:
            module, compile_seconds = build(program, out_dir)
            cpython, expected = median_time([sys.executable, str(program)], repeat)
            molt, actual = time_module(module, out_dir, repeat)
            results.append(Result(program.stem, compile_seconds, max(cpython - cpython_base, 1e-4),
                                  max(molt - molt_base, 1e-4), expected == actual))
    return results


def report(results: list[Result]) -> str:
    lines = [f"{'program':<16}{'compile s':>10}{'CPython s':>11}{'Molt s':>9}{'CPython/Molt':>14}  output",
             "-" * 68]
    for r in results:
        lines.append(f"{r.name:<16}{r.compile_seconds:>10.2f}{r.cpython:>11.3f}{r.molt:>9.3f}"
                     f"{r.ratio:>13.1f}x  {'same' if r.agree else 'DIFFERENT'}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    programs = args.programs or sorted(PROGRAMS.glob("*.py"))
    results = measure(programs, args.repeat)
    print(report(results))
    return 0 if all(r.agree for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
