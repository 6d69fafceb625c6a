"""CompileError: the one error the compiler shows users, and its one-line rendering."""

from __future__ import annotations


class CompileError(Exception):
    """A problem in the user's program (or the runtime's source), located at file:line:col.

    `line` is 1-based and `col` is 1-based (the ast's col_offset plus one), which is how
    editors and CPython's SyntaxError count.
    """

    def __init__(self, file: str, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.col = col
        self.message = message

    def render(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: error: {self.message}"


class UsageError(Exception):
    """Bad input to a command that is not located in a source file (a missing file, a bad flag)."""


def unsupported(file: str, node: object, what: str, why: str = "") -> CompileError:
    """The refusal for a construct Molt does not compile yet, located at `node`."""
    line = getattr(node, "lineno", 0)
    col = getattr(node, "col_offset", -1) + 1
    reason = f" ({why})" if why else ""
    return CompileError(file, line, col, f"{what} is not supported by molt yet{reason}")
