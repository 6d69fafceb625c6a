"""The frontend's state: what the program defines, and the function being lowered.

`ProgramInfo` is gathered once from the module's top level before any body is lowered.
`FunctionLowering` holds one function's IRBuilder, its locals and the loop stack, and the
small helpers every construct family shares (new registers, raising, source locations).
"""

from __future__ import annotations

import ast
import contextlib
import symtable
from dataclasses import dataclass, field
from typing import Iterator

from molt.errors import CompileError, unsupported
from molt.ir.builder import IRBuilder
from molt.ir.ops import (
    UNBOUND, BasicBlock, Binary, Call, Const, LoadGlobal, Register, Unreachable, Value,
)
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import BOOL, OBJECT, RType

MODULE_PREFIX = "__main__."

BUILTIN_FUNCTIONS = frozenset({
    "print", "abs", "min", "max", "int", "float", "str", "bool", "range", "len", "list", "tuple",
    "dict", "set", "frozenset", "sorted", "reversed", "enumerate", "zip", "sum", "any", "all",
    "isinstance", "type", "repr", "ascii", "hash", "ord", "chr", "hex", "oct", "bin", "pow",
    "divmod", "iter", "next", "bytes", "map", "filter", "round", "format",
})
# Builtin names that are types, with their type codes (wasm_runtime/types_obj.py).
BUILTIN_TYPES: dict[str, int] = {
    "str": 1, "int": 3, "list": 4, "tuple": 5, "dict": 6, "set": 7, "frozenset": 8, "range": 9,
    "bytes": 10, "type": 11, "float": 16, "bool": 17,
}


@dataclass
class UserFunction:
    """A `def` at the top level of the program, or a lambda (position -1)."""

    name: str
    symbol: str
    node: ast.FunctionDef | ast.Lambda
    params: list[str]
    # Index of its def among the module's top-level statements (see `needs_defined_check`).
    position: int


@dataclass
class ProgramInfo:
    file: str
    source_lines: list[str]
    functions: dict[str, UserFunction] = field(default_factory=dict)
    globals: dict[str, str] = field(default_factory=dict)  # Python name -> global symbol
    # Names the module assigns at its top level or in `global` statements.
    assigned_globals: set[str] = field(default_factory=set)
    # Lambdas met while lowering, to lower in turn; functions used as values.
    lambdas: list[UserFunction] = field(default_factory=list)
    escaping: dict[str, UserFunction] = field(default_factory=dict)
    table: symtable.SymbolTable | None = None

    def global_symbol(self, name: str) -> str:
        return self.globals.setdefault(name, MODULE_PREFIX + name)

    @staticmethod
    def defined_flag(function: UserFunction) -> str:
        return function.symbol + ":defined"


@dataclass
class Loop:
    continue_target: BasicBlock
    break_target: BasicBlock


class FunctionLowering:
    """Lowers one function (or the module body) to IR."""

    def __init__(self, program: ProgramInfo, function: UserFunction | None,
                 scope: symtable.SymbolTable | None) -> None:
        self.program = program
        self.function = function  # None for the module body
        self.scope = scope
        self.builder = IRBuilder()
        self.locals: dict[str, Register] = {}
        # Names of the registers of Python variables (for the unbound-local checks).
        self.variables: list[str] = []
        self.loops: list[Loop] = []
        # The module-level statement being lowered (module body only).
        self.statement_index = 0
        # The variables of the comprehensions being lowered, innermost last: a
        # comprehension's loop variables are its own, not the function's.
        self.comprehension_locals: list[dict[str, Register]] = []
        self._comprehension_count = 0

    @property
    def file(self) -> str:
        return self.program.file

    def error(self, node: ast.AST, what: str, why: str = "") -> CompileError:
        return unsupported(self.file, node, what, why)

    def new_temp(self, rtype: RType = OBJECT) -> Register:
        return self.builder.new_register(rtype)

    def set_line(self, node: ast.AST) -> None:
        self.builder.line = getattr(node, "lineno", self.builder.line)

    # Names.

    def is_local(self, name: str) -> bool:
        if any(name in scope for scope in self.comprehension_locals):
            return True
        if isinstance(self.function, UserFunction) and isinstance(self.function.node, ast.Lambda):
            return name in self.function.params
        if self.function is None or self.scope is None:
            return False
        try:
            symbol = self.scope.lookup(name)
        except KeyError:  # only used inside a comprehension: not the function's
            return False
        return symbol.is_local() and not symbol.is_global()

    def local_register(self, name: str) -> Register:
        for scope in reversed(self.comprehension_locals):
            if name in scope:
                return scope[name]
        reg = self.locals.get(name)
        if reg is None:
            reg = self.locals[name] = Register(name, OBJECT)
        return reg

    def shadows(self, name: str) -> bool:
        """The program binds `name` itself (a local, a global, a function), hiding the builtin."""
        return self.is_local(name) or name in self.program.functions or name in self.program.assigned_globals

    @contextlib.contextmanager
    def comprehension_scope(self, node: ast.AST) -> Iterator[None]:
        """Names bound by the comprehension's `for` targets are its own registers."""
        generators = getattr(node, "generators", [])
        names: dict[str, Register] = {}
        self._comprehension_count += 1
        for generator in generators:
            for target in ast.walk(generator.target):
                if isinstance(target, ast.Name):
                    name = f"{target.id}.{self._comprehension_count}"
                    names.setdefault(target.id, Register(name, OBJECT))
        self.comprehension_locals.append(names)
        try:
            yield
        finally:
            self.comprehension_locals.pop()
        for reg in names.values():
            self.variables.append(reg.name)

    def load_global(self, name: str) -> Register:
        """Read a module global, raising NameError while it is unbound."""
        symbol = self.program.global_symbol(name)
        value = self.new_temp()
        self.builder.emit(LoadGlobal(value, symbol))
        unbound = self.new_temp(BOOL)
        self.builder.emit(Binary(unbound, "eq", value, Const(UNBOUND, OBJECT)))
        self.raise_if(unbound, "raise_name_error", [Const(name, OBJECT)])
        return value

    # Raising.

    def raise_if(self, cond: Value, primitive: str, args: list[Value]) -> None:
        """Branch to a call of a raising primitive when cond holds; continue otherwise."""
        b = self.builder
        raise_block, ok = b.new_block(), b.new_block()
        b.branch(cond, raise_block, ok)
        b.activate(raise_block)
        self.raise_now(primitive, args)
        b.activate(ok)

    def raise_now(self, primitive: str, args: list[Value]) -> None:
        """Call a primitive that always raises; the exception pass routes its error."""
        assert PRIMITIVES[primitive].raises
        self.builder.emit(Call(None, primitive, args))
        self.builder.emit(Unreachable())

    def call_primitive(self, name: str, args: list[Value], dest_type: RType | None = None) -> Register:
        prim = PRIMITIVES[name]
        assert prim.result is not None, name
        dest = self.new_temp(dest_type or prim.result)
        self.builder.emit(Call(dest, name, args))
        return dest
