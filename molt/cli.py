"""The `molt` command line: build and run. Every failure is one line and an exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from molt import __version__
from molt.errors import CompileError, UsageError

EXIT_COMPILE_ERROR = 2


def fail(message: str) -> None:
    click.echo(f"molt: error: {message}", err=True)
    sys.exit(EXIT_COMPILE_ERROR)


def build_or_fail(app: str, opt_level: str) -> bytes:
    """The module for APP, or one error line and exit 2."""
    from molt.driver import build_wasm, read_source

    path = str(Path(app).resolve())
    try:
        return build_wasm(read_source(app), path, opt_level)
    except CompileError as e:
        if e.file == path:
            e.file = app  # as the user wrote it
        click.echo(e.render(), err=True)
        sys.exit(EXIT_COMPILE_ERROR)
    except UsageError as e:
        fail(str(e))
    raise AssertionError("unreachable")


def native_or_fail(wasm: bytes, output: Path, allow_dirs: tuple[str, ...]) -> None:
    from molt.aot import build_native, parse_allow_dir

    try:
        build_native(wasm, output, [parse_allow_dir(spec) for spec in allow_dirs])
    except UsageError as e:
        fail(str(e))
    except OSError as e:
        fail(f"{output}: {e.strerror}")


def default_output(app: str, target: str) -> Path:
    path = Path(app)
    return path.with_suffix(".wasm") if target == "wasm" else path.with_suffix("")


OPT_CHOICE = click.Choice(["0", "1", "2", "3", "s", "z"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="molt", message="%(prog)s %(version)s")
def cli() -> None:
    """Molt compiles Python programs to WebAssembly modules."""


def main() -> None:
    """The console script: click's usage errors become one line, as every other error."""
    try:
        code = cli.main(standalone_mode=False)
    except click.UsageError as e:
        fail(e.format_message())
    except click.ClickException as e:
        fail(e.format_message())
    except click.Abort:
        fail("aborted")
    sys.exit(code if isinstance(code, int) else 0)


ALLOW_DIR = click.option(
    "--allow-dir", "allow_dirs", multiple=True, metavar="HOST_DIR[:GUEST_DIR]",
    help="Native only: let the program use this directory (repeatable). Nothing else on the "
         "filesystem is reachable.")


@cli.command()
@click.argument("app", type=click.Path(dir_okay=False))
@click.option("--wasm", "target", flag_value="wasm", default=True, help="Write a WASI command module (the default).")
@click.option("--native", "target", flag_value="native", help="Write a native executable (no Python needed to run it).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Output file (default: APP with .wasm, or APP without .py for --native).")
@click.option("-O", "opt_level", type=OPT_CHOICE, default="2", show_default=True, help="Binaryen optimization level.")
@ALLOW_DIR
@click.option("--emit-ir", is_flag=True, help="Print the program's IR after all passes instead of building.")
def build(app: str, target: str, output: str | None, opt_level: str, allow_dirs: tuple[str, ...],
          emit_ir: bool) -> None:
    """Compile APP (a Python file) to a WebAssembly module or a native executable."""
    if emit_ir:
        emit_ir_or_fail(app)
        return
    if allow_dirs and target != "native":
        fail("--allow-dir applies to native executables (add --native)")
    wasm = build_or_fail(app, opt_level)
    out = Path(output) if output else default_output(app, target)
    if target == "native":
        native_or_fail(wasm, out, allow_dirs)
        return
    try:
        out.write_bytes(wasm)
    except OSError as e:
        fail(f"{out}: {e.strerror}")


def emit_ir_or_fail(app: str) -> None:
    from molt.driver import compile_to_ir, read_source
    from molt.ir.printer import format_module

    try:
        module = compile_to_ir(read_source(app), app)
    except CompileError as e:
        click.echo(e.render(), err=True)
        sys.exit(EXIT_COMPILE_ERROR)
    except UsageError as e:
        fail(str(e))
    click.echo(format_module(module), nl=False)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("app", type=click.Path(dir_okay=False))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("--native", is_flag=True, help="Build a native executable and run it.")
@click.option("-O", "opt_level", type=OPT_CHOICE, default="2", show_default=True, help="Binaryen optimization level.")
@ALLOW_DIR
def run(app: str, args: tuple[str, ...], native: bool, opt_level: str, allow_dirs: tuple[str, ...]) -> None:
    """Compile APP and run it, passing ARGS; exits with the program's code.

    It runs in wasmtime, or with --native as a native executable (kept in a temporary
    directory for the run)."""
    if allow_dirs and not native:
        fail("--allow-dir applies to native executables (add --native)")
    wasm = build_or_fail(app, opt_level)
    sys.stdout.flush()
    if not native:
        from molt.host.run import run_wasm

        sys.exit(run_wasm(wasm, [app, *args]))
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / Path(app).stem
        native_or_fail(wasm, exe, allow_dirs)
        sys.exit(subprocess.run([str(exe), *args]).returncode)


if __name__ == "__main__":
    main()
