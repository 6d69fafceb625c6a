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
    from molt.driver import build_wasm, read_source

    path = str(Path(app).resolve())
    try:
        source = read_source(app)
        return build_wasm(source, path, opt_level)
    except CompileError as e:
        if e.file == path:
            e.file = app  # as the user wrote it
        click.echo(e.render(), err=True)
        sys.exit(EXIT_COMPILE_ERROR)
    except UsageError as e:
        fail(str(e))
    raise AssertionError("unreachable")


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


@cli.command()
@click.argument("app", type=click.Path(dir_okay=False))
@click.option("--wasm", "target", flag_value="wasm", default=True, help="Write a WASI command module (the default).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: APP with .wasm).")
@click.option("-O", "opt_level", type=OPT_CHOICE, default="2", show_default=True, help="Binaryen optimization level.")
@click.option("--emit-ir", is_flag=True, help="Print the program's IR after all passes instead of building.")
def build(app: str, target: str, output: str | None, opt_level: str, emit_ir: bool) -> None:
    """Compile APP (a Python file) to a WebAssembly module."""
    if emit_ir:
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
        return
    wasm = build_or_fail(app, opt_level)
    out = Path(output) if output else Path(app).with_suffix(".wasm")
    try:
        out.write_bytes(wasm)
    except OSError as e:
        fail(f"{out}: {e.strerror}")


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("app", type=click.Path(dir_okay=False))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("-O", "opt_level", type=OPT_CHOICE, default="2", show_default=True, help="Binaryen optimization level.")
def run(app: str, args: tuple[str, ...], opt_level: str) -> None:
    """Compile APP and run it in wasmtime, passing ARGS; exits with the program's code."""
    wasm = build_or_fail(app, opt_level)
    from molt.host.run import run_wasm

    sys.stdout.flush()
    code = run_wasm(wasm, [app, *args])
    sys.exit(code)


if __name__ == "__main__":
    main()
