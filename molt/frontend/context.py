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
from typing import TYPE_CHECKING, Any, Callable, Iterator

from molt.errors import CompileError, unsupported
from molt.ir.builder import IRBuilder
from molt.ir.ops import (
    UNBOUND, BasicBlock, Binary, Call, Const, FunctionRef, LoadGlobal, Register, Unreachable, Value,
)
from molt.frontend.program_shape import ProgramShape
from molt.frontend.scopes import cell_variables, comprehension_table, symbol_of
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import BOOL, OBJECT, RType

if TYPE_CHECKING:
    from molt.frontend.constants import ModuleConstant
    from molt.frontend.dataclass_methods import DataclassInfo
    from molt.frontend.modules import Imported

MODULE_PREFIX = "__main__."

BUILTIN_FUNCTIONS = frozenset({
    "print", "abs", "min", "max", "int", "float", "str", "bool", "range", "len", "list", "tuple",
    "dict", "set", "frozenset", "sorted", "reversed", "enumerate", "zip", "sum", "any", "all",
    "isinstance", "type", "repr", "ascii", "hash", "ord", "chr", "hex", "oct", "bin", "pow",
    "divmod", "iter", "next", "bytes", "map", "filter", "round", "format", "issubclass",
    "callable", "getattr", "setattr", "hasattr", "delattr", "vars", "property", "staticmethod", "classmethod",
    "slice",
})
# The builtin exception types, with their type codes: TYPECODE_EXCEPTION + their kind
# (EXC_* of wasm_runtime/exc.py, in this order).
EXCEPTION_TYPES: dict[str, int] = {name: 64 + kind for kind, name in enumerate([
    "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "ValueError",
    "TypeError", "NameError", "UnboundLocalError", "MemoryError", "NotImplementedError", "RecursionError",
    "IndexError", "KeyError", "LookupError", "AttributeError", "StopIteration", "RuntimeError",
    "AssertionError", "UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError", "KeyboardInterrupt",
    "SystemExit", "GeneratorExit", "FloatingPointError", "ImportError", "ModuleNotFoundError", "OSError",
    "FileNotFoundError", "EOFError", "SyntaxError", "IndentationError", "TabError", "TimeoutError",
    "PermissionError", "FileExistsError", "IsADirectoryError", "NotADirectoryError", "ConnectionError",
    "BufferError", "ReferenceError", "SystemError", "StopAsyncIteration", "Warning", "UserWarning",
    "DeprecationWarning", "RuntimeWarning",
])}
# Other names CPython gives the same classes.
EXCEPTION_TYPES.update(EnvironmentError=EXCEPTION_TYPES["OSError"], IOError=EXCEPTION_TYPES["OSError"])
# Builtin names that are types, with their type codes (wasm_runtime/types_obj.py).
BUILTIN_TYPES: dict[str, int] = {
    "str": 1, "int": 3, "list": 4, "tuple": 5, "dict": 6, "set": 7, "frozenset": 8, "range": 9,
    "bytes": 10, "type": 11, "float": 16, "bool": 17, "object": 19, "property": 26, "staticmethod": 25,
    "classmethod": 24, "slice": 14,
}


@dataclass
class Signature:
    """A function's parameters: `params` names every slot of its entry, in order
    (positional parameters, *args, keyword-only parameters, **kwargs)."""

    params: list[str]
    posonly: int = 0
    argcount: int = 0
    kwonly: int = 0
    varargs: bool = False
    varkw: bool = False
    defaults: int = 0  # the last `defaults` positional parameters have a default
    kwdefaults: tuple[str, ...] = ()  # keyword-only parameters with a default

    @staticmethod
    def of(args: ast.arguments) -> "Signature":
        positional = [a.arg for a in args.posonlyargs + args.args]
        params = positional + ([args.vararg.arg] if args.vararg else []) + [a.arg for a in args.kwonlyargs]
        params += [args.kwarg.arg] if args.kwarg else []
        kwdefaults = tuple(a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None)
        return Signature(params, len(args.posonlyargs), len(positional), len(args.kwonlyargs), args.vararg is not None,
                         args.kwarg is not None, len(args.defaults), kwdefaults)

    @property
    def simple(self) -> bool:
        """A call binds it by passing exactly argcount positional arguments."""
        return not (self.defaults or self.kwonly or self.varargs or self.varkw)

    @property
    def flags(self) -> int:
        return int(self.varargs) | 2 * int(self.varkw)


@dataclass
class UserFunction:
    """A function of the program: a `def` (at the top level, nested, or decorated) or a
    lambda. Top-level undecorated defs (ProgramInfo.functions) are called directly; the
    others exist as function objects made when their def or lambda runs."""

    name: str
    symbol: str
    node: ast.FunctionDef | ast.Lambda
    signature: Signature
    # Index of its def among the module's top-level statements (see `needs_defined_check`),
    # -1 for the others.
    position: int
    qualname: str = ""
    scope: symtable.SymbolTable | None = None
    # The free variables it reads from the functions around it (its closure, in order).
    free: list[str] = field(default_factory=list)
    # The file its tracebacks name, when it is not the program's (functions Molt writes
    # itself: synthesized.py).
    file: str = ""
    # Its free variables that an enclosing function imports (modules.py).
    imports: dict[str, Imported] = field(default_factory=dict)

    @property
    def params(self) -> list[str]:
        return self.signature.params

    def ref(self) -> FunctionRef:
        """Its static function object."""
        s = self.signature
        return FunctionRef(self.symbol, self.name, s.argcount if s.simple else -1, self.qualname or self.name,
                           tuple(s.params), s.posonly, s.argcount, s.kwonly, s.flags)


@dataclass
class ProgramInfo:
    file: str
    source_lines: list[str]
    functions: dict[str, UserFunction] = field(default_factory=dict)
    globals: dict[str, str] = field(default_factory=dict)  # Python name -> global symbol
    # Names the module assigns at its top level or in `global` statements.
    assigned_globals: set[str] = field(default_factory=set)
    # Nested functions and lambdas met while lowering, to lower in turn; functions used as
    # values.
    lambdas: list[UserFunction] = field(default_factory=list)
    escaping: dict[str, UserFunction] = field(default_factory=dict)
    table: symtable.SymbolTable | None = None
    tree: ast.Module | None = None
    # The names of the program's classes; every name their bodies bind and every
    # attribute the program stores (so that a call `x.append(...)` knows x may be an
    # instance).
    classes: set[str] = field(default_factory=set)
    class_attributes: set[str] = field(default_factory=set)
    # The standard modules whose classes Molt writes in Python and makes at the start
    # (enum_classes.py), for this program.
    module_classes: list[str] = field(default_factory=list)
    # A class has __getattr__, or the program calls setattr(): an instance may answer to
    # any name, so no method call is surely a builtin type's (calls.py).
    dynamic_attributes: bool = False
    # The program's classes of exceptions, as their class statements run (classes.py).
    exception_classes: set[str] = field(default_factory=set)
    # The names the module's top level imports (modules.py), and what each stands for.
    imports: dict[str, Imported] = field(default_factory=dict)
    # The dataclasses made so far, by name (dataclass_methods.py: their fields).
    dataclasses: dict[str, DataclassInfo] = field(default_factory=dict)
    # The plain methods of the program's classes by name, for direct calls (method_calls.py).
    methods: dict[str, list[UserFunction]] = field(default_factory=dict)
    # The data tables of the attribute sites' caches (sites.py), by name.
    site_caches: list[str] = field(default_factory=list)
    # The enum classes made so far, by name: whether each has members (enum_classes.py).
    enums: dict[str, bool] = field(default_factory=dict)
    # The classes whose layouts the compiler knows, by name (families.py).
    shaped: dict[str, Any] = field(default_factory=dict)
    # The module's constants (constants.py): globals bound once, to a literal.
    constants: dict[str, ModuleConstant] = field(default_factory=dict)
    # What the program can do to its instances and classes (program_shape.py).
    shape: ProgramShape = field(default_factory=lambda: ProgramShape(False, False))

    def global_symbol(self, name: str) -> str:
        return self.globals.setdefault(name, MODULE_PREFIX + name)

    def function_constant(self, function: UserFunction) -> Const:
        """The static function object of a function (which then needs its entries)."""
        self.escaping[function.symbol] = function
        return Const(function.ref(), OBJECT)

    @staticmethod
    def defined_flag(function: UserFunction) -> str:
        return function.symbol + ":defined"


@dataclass
class Loop:
    continue_target: BasicBlock
    break_target: BasicBlock
    # How many enclosing try blocks (FunctionLowering.exits) are outside the loop.
    exits_depth: int


@dataclass
class TryExit:
    """What leaving a try block by return/break/continue must do: run a finally body, call
    `leave` (a with statement's __exit__), or end the handling of an exception (an except
    clause, with its `as` name)."""

    outer_handler: BasicBlock | None
    finally_body: list[ast.stmt] | None = None
    name: str | None = None
    leave: Callable[[], None] | None = None


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
        # The try blocks being lowered, innermost last.
        self.exits: list[TryExit] = []
        # The module-level statement being lowered (module body only).
        self.statement_index = 0
        # The variables of the comprehensions being lowered, innermost last: a
        # comprehension's loop variables are its own, not the function's.
        self.comprehension_locals: list[dict[str, Register]] = []
        # Variables that live in cells (functions.py), by name: the registers holding
        # the cells; those of `free_cells` belong to an enclosing function.
        self.cells: dict[str, Register] = {}
        self.free_cells: set[str] = set()
        # The symbol tables around the code being lowered: the function's, then those of
        # the comprehensions being lowered.
        self.tables: list[symtable.SymbolTable | None] = [scope]
        # Inside a class body: its namespace (classes.py), and the prefix of qualified names.
        self.class_body: Any = None
        self.qualname_prefix = ""
        # Where the functions defined here come from: the program (__main__), or the
        # Python source Molt writes for a standard module (synthesized.py).
        self.module_name = "__main__"
        self.source_file = ""
        # The names this scope imports (modules.py): the module's, or the function's own.
        self.imports: dict[str, Imported] = program.imports if function is None else {}
        self._comprehension_count = 0
        # In a method of a shaped class: its self (families.py's Receiver).
        self.receiver: Any = None
        # The locals that are receivers of attribute sites, each with a register that
        # holds the number of its value's class (families.py), kept by every store.
        self.class_numbers: dict[str, Register] = {}

    @property
    def file(self) -> str:
        return self.program.file

    def error(self, node: ast.AST, what: str, why: str = "") -> CompileError:
        return unsupported(self.file, node, what, why)

    def new_temp(self, rtype: RType = OBJECT) -> Register:
        return self.builder.new_register(rtype)

    def continue_in_new_block(self) -> None:
        b = self.builder
        block = b.new_block()
        b.goto(block)
        b.activate(block)

    def switch_handler(self, handler: BasicBlock | None) -> None:
        """Continue in a new block whose exceptions go to `handler`."""
        self.builder.handler = handler
        if not self.builder.terminated:
            self.continue_in_new_block()

    def set_line(self, node: ast.AST) -> None:
        self.builder.line = getattr(node, "lineno", self.builder.line)

    # Names.

    def is_local(self, name: str) -> bool:
        """A plain local variable (held in a register), or a comprehension's."""
        if any(name in scope for scope in self.comprehension_locals):
            return True
        if name in self.cells:
            return False
        if self.function is not None and self.scope is None:  # a builtin's lambda
            return name in self.function.params
        if self.function is None or self.scope is None:
            return False
        try:
            symbol = symbol_of(self.scope, name)
        except KeyError:  # only used inside a comprehension: not the function's
            return False
        return symbol.is_local() and not symbol.is_global()

    def is_cell(self, name: str) -> bool:
        return name in self.cells and not any(name in scope for scope in self.comprehension_locals)

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
        return (self.is_local(name) or name in self.cells or name in self.program.functions
                or name in self.program.assigned_globals)

    @contextlib.contextmanager
    def comprehension_scope(self, node: ast.AST) -> Iterator[None]:
        """Names bound by the comprehension's `for` targets are its own registers, or its
        own cells when functions made inside use them."""
        generators = getattr(node, "generators", [])
        names: dict[str, Register] = {}
        self._comprehension_count += 1
        table = comprehension_table(self.tables[-1], node, self.siblings())
        closed_over = set(cell_variables(table))
        outer_cells = dict(self.cells)
        for generator in generators:
            for target in ast.walk(generator.target):
                if isinstance(target, ast.Name):
                    if target.id in closed_over:
                        if target.id not in names:
                            names[target.id] = self.call_primitive("cell_new", [])
                        continue
                    name = f"{target.id}.{self._comprehension_count}"
                    names.setdefault(target.id, Register(name, OBJECT))
        cells = {name: reg for name, reg in names.items() if name in closed_over}
        for name in cells:
            del names[name]
        self.cells.update(cells)
        self.comprehension_locals.append(names)
        if table is not None:
            self.tables.append(table)
        try:
            yield
        finally:
            self.comprehension_locals.pop()
            if table is not None:
                self.tables.pop()
            self.cells = outer_cells
        for reg in names.values():
            self.variables.append(reg.name)

    def siblings(self) -> list[ast.AST]:
        """The AST nodes of the function being lowered (or of the module), in walk order."""
        root = self.function.node if self.function is not None else self.program.tree
        return list(ast.walk(root)) if root is not None else []

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
