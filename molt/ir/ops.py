"""The IR's data: values, ops, basic blocks, functions and the module.

A function is a list of basic blocks. A block is a list of ops; its last op, and only its
last op, is a terminator (Goto, Branch, CheckError, Return, Unreachable). Registers are
mutable variables (not SSA): the frontend assigns Python locals to them many times. Every
op carries the source line it came from, for tracebacks.

Two kinds of function share this IR:
- `python` functions, made from user code: their boxed registers hold owned references
  once the refcount pass has run, and raising ops are followed by CheckError once the
  exception pass has run.
- `runtime` functions, made from wasm_runtime/ (the dialect): everything is explicit,
  as in C; no pass adds refcounts or error checks to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Union

from molt.ir.types import BOOL, FLOAT, INT, NONE, RType, STR

if TYPE_CHECKING:
    from molt.ir.classes import ProgramClasses


@dataclass(eq=False)
class Register:
    """A variable of a function. Identity, not name, makes two registers the same.

    `small` marks an int register that always holds a small int, never a big form
    (analysis/small_ints.py proves it): no checks and no reference counts are needed.
    `never` marks a register no value ever reaches (the op that defines it always raises:
    analysis/program_facts.py proves it), so that what converts it is dead code.
    `known` is the Python type the analysis proved for a register kept boxed (an int that
    only goes from one attribute to another): converting it to that type is an unbox."""

    name: str
    type: RType
    small: bool = False
    never: bool = False
    known: RType | None = None

    def __repr__(self) -> str:
        return f"%{self.name}"


class Sentinel:
    """A reserved boxed value that is not a Python object (see wasm_runtime/values.py)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name.upper()


# A local or global that has not been assigned yet holds UNBOUND.
UNBOUND = Sentinel("unbound")
# A function returning a boxed value returns ERROR when it raised.
ERROR = Sentinel("error")
# py_next returns STOP when the iterator is exhausted.
STOP = Sentinel("stop")
# An optional argument of a runtime function that the call leaves out.
MISSING = Sentinel("missing")

@dataclass(frozen=True)
class DataAddress:
    """The i32 address of a static data table (or `__heap_base`, the end of static data),
    known once codegen lays out memory."""

    name: str


@dataclass(frozen=True)
class FunctionRef:
    """A function of the program as a value: a static function object that calls it
    through its entry (symbol + ENTRY_SUFFIX, see frontend/module.py), with its signature
    (wasm_runtime/functions.py). arity is -1 when a call must bind its arguments."""

    symbol: str
    name: str
    arity: int
    qualname: str = ""
    params: tuple[str, ...] = ()
    posonly: int = 0
    argcount: int = 0
    kwonly: int = 0
    flags: int = 0


class ConstTuple:
    """A tuple of constants (small ints, floats, str, bool, None, tuples of them): a static,
    immortal tuple object, as CPython keeps a code object's constant tuples.

    Equal when the items are the same constants of the same types: (1,) and (True,) and
    (1.0,) are three objects, as are (0.0,) and (-0.0,), which == alone would merge."""

    __slots__ = ("items", "key")

    def __init__(self, items: tuple["ConstValue", ...]) -> None:
        self.items = items
        self.key: tuple[tuple[str, object], ...] = tuple((type(i).__name__, i.key if isinstance(i, ConstTuple) else repr(i)) for i in items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConstTuple) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return "(" + ", ".join(map(repr, self.items)) + ("," if len(self.items) == 1 else "") + ")"


ENTRY_SUFFIX = ".entry"
# A function of one parameter also has an entry that takes its argument as such (no tuple).
ENTRY1_SUFFIX = ".entry1"

ConstValue = Union[int, float, bool, str, None, Sentinel, DataAddress, FunctionRef, ConstTuple]


@dataclass(frozen=True)
class Const:
    """A constant operand. A str or tuple constant is a static, immortal object."""

    value: ConstValue
    type: RType

    @property
    def static_object(self) -> bool:
        """A pointer to a static object, which takes references like any object (str, tuple)."""
        return isinstance(self.value, (str, ConstTuple))

    @staticmethod
    def of(value: ConstValue) -> "Const":
        """The constant for a Python literal, with its natural type."""
        if isinstance(value, bool):
            return Const(value, BOOL)
        if isinstance(value, int):
            return Const(value, INT)
        if isinstance(value, float):
            return Const(value, FLOAT)
        if isinstance(value, str):
            return Const(value, STR)
        return Const(None, NONE)


Value = Union[Register, Const]


@dataclass(eq=False)
class Op:
    """Base of all ops. `line` is the source line (0 when synthetic)."""

    def operands(self) -> list[Value]:
        """The values the op reads, in order (from the fields named in _operand_fields)."""
        values: list[Value] = []
        for name in self._operand_fields:
            current = getattr(self, name)
            if isinstance(current, list):
                values.extend(current)
            elif current is not None:
                values.append(current)
        return values

    def dest_register(self) -> Register | None:
        """The register the op writes, if any (its `dest` field)."""
        dest = getattr(self, "dest", None)
        assert dest is None or isinstance(dest, Register)
        return dest

    def replace_operands(self, mapping: dict[Register, Value]) -> None:
        """Rewrite operands through `mapping` (used by passes that rename registers)."""
        for name in self._operand_fields:
            current = getattr(self, name)
            if isinstance(current, list):
                setattr(self, name, [_mapped(v, mapping) for v in current])
            elif current is not None:
                setattr(self, name, _mapped(current, mapping))

    _operand_fields: ClassVar[tuple[str, ...]] = ()


def line_of(op: Op) -> int:
    """The source line of an op (every concrete op has one)."""
    return int(getattr(op, "line", 0))


def _mapped(value: Value, mapping: dict[Register, Value]) -> Value:
    if isinstance(value, Register):
        return mapping.get(value, value)
    return value


@dataclass(eq=False)
class Assign(Op):
    """dest = src (same type)."""

    dest: Register
    src: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("src",)


@dataclass(eq=False)
class Binary(Op):
    """dest = left <op> right on one unboxed type (int, float, bool or a machine type).

    Arithmetic ops: add sub mul div floordiv mod and or xor shl shr (`div` is float
    division; on machine ints `floordiv`/`mod` are the truncating div_s/rem_s).
    Comparisons: eq ne lt le gt ge, with a bool (or i32) result. On `int` the arithmetic is
    exact or raises (the exception pass expands the raise); on machine ints it wraps.
    """

    dest: Register
    op: str
    left: Value
    right: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("left", "right")


COMPARISONS = frozenset({"eq", "ne", "lt", "le", "gt", "ge"})


@dataclass(eq=False)
class Unary(Op):
    """dest = <op> operand on one unboxed type: neg, not (bool), invert."""

    dest: Register
    op: str
    operand: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("operand",)


@dataclass(eq=False)
class Instr(Op):
    """A WebAssembly instruction by its spec name, on machine operands: loads, stores,
    conversions, memory.grow, unsigned comparisons. `immediates` follow the spec order
    (a memory access takes its offset). `dest` is None for instructions with no result."""

    dest: Register | None
    opcode: str
    args: list[Value]
    immediates: tuple[int, ...] = ()
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("args",)


@dataclass(eq=False)
class Box(Op):
    """dest (a boxed register) = the NaN-box of src (an unboxed int, float or bool)."""

    dest: Register
    src: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("src",)


@dataclass(eq=False)
class Unbox(Op):
    """dest (int, float or bool) = the payload of src, a boxed value already known to
    have that Python type. It never fails; checked conversions are runtime calls."""

    dest: Register
    src: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("src",)


@dataclass(eq=False)
class Call(Op):
    """dest = callee(args...), a direct call of a function of the module by name.

    Boxed arguments are borrowed; a boxed result is a new reference.
    """

    dest: Register | None
    callee: str
    args: list[Value]
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("args",)


@dataclass(eq=False)
class PyBinary(Op):
    """dest = left <op> right with Python semantics on any values, before specialization.

    op is the Python operator: + - * / // % ** < <= > >= == != (is, is not are PyIs), or
    += *= for augmented assignment, where a list extends or repeats itself in place.
    """

    dest: Register
    op: str
    left: Value
    right: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("left", "right")


@dataclass(eq=False)
class PyUnary(Op):
    """dest = <op> operand with Python semantics: '-', '+'."""

    dest: Register
    op: str
    operand: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("operand",)


@dataclass(eq=False)
class PyTruth(Op):
    """dest (bool) = the truth value of a Python value (`bool(x)`)."""

    dest: Register
    value: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("value",)


@dataclass(eq=False)
class LoadGlobal(Op):
    """dest = the module global `name` (a Python global: boxed, owned by the global)."""

    dest: Register
    name: str
    line: int = 0


@dataclass(eq=False)
class StoreGlobal(Op):
    """global `name` = src. For a Python global the old value is released and src is
    retained by the refcount pass."""

    name: str
    src: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("src",)


@dataclass(eq=False)
class IncRef(Op):
    """Add a reference to value if it is a heap object (inserted by the refcount pass)."""

    value: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("value",)


@dataclass(eq=False)
class DecRef(Op):
    """Drop a reference to value if it is a heap object, freeing it at zero."""

    value: Value
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("value",)


# Terminators.


@dataclass(eq=False)
class Goto(Op):
    target: "BasicBlock"
    line: int = 0


@dataclass(eq=False)
class Branch(Op):
    """Go to if_true when cond (a bool or i32) is non-zero, else to if_false."""

    cond: Value
    if_true: "BasicBlock"
    if_false: "BasicBlock"
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("cond",)


@dataclass(eq=False)
class CheckError(Op):
    """Go to `error` if the op before it raised, else to `ok`.

    `value` is that op's result: a boxed result is tested against the error sentinel;
    without one (None, or an unboxed result) the runtime's pending-exception flag is read.
    """

    value: Register | None
    error: "BasicBlock"
    ok: "BasicBlock"
    line: int = 0
    _operand_fields: ClassVar[tuple[str, ...]] = ("value",)


@dataclass(eq=False)
class Return(Op):
    """Return value (None for a function without result). A boxed value's reference is
    handed to the caller. `raised`: the return of an exception (the exception pass's),
    which the caller's check finds pending."""

    value: Value | None
    line: int = 0
    raised: bool = False
    _operand_fields: ClassVar[tuple[str, ...]] = ("value",)


@dataclass(eq=False)
class Unreachable(Op):
    """Control never gets here (after a call that always raises has been checked)."""

    line: int = 0


TERMINATORS = (Goto, Branch, CheckError, Return, Unreachable)


def successors(op: Op) -> list["BasicBlock"]:
    if isinstance(op, Goto):
        return [op.target]
    if isinstance(op, Branch):
        return [op.if_true, op.if_false]
    if isinstance(op, CheckError):
        return [op.error, op.ok]
    return []


@dataclass(frozen=True)
class Frame:
    """A frame CPython has and Molt inlines: a comprehension's (`<listcomp>`), which its
    function calls at `line`."""

    name: str
    line: int


@dataclass(eq=False)
class BasicBlock:
    """A straight run of ops; only the last is a terminator.

    `handler`: inside a `try`, the block an exception raised by any op of this block goes
    to. It counts as a successor, taken from anywhere in the block (so analyses treat the
    edge as leaving from the block's entry state). The exception pass makes these edges
    explicit (CheckError) and clears every handler.
    `frames`: the comprehensions this block is code of, outermost first; a traceback shows
    their frames (the exception pass).
    """

    label: int
    ops: list[Op] = field(default_factory=list)
    handler: "BasicBlock | None" = None
    frames: tuple[Frame, ...] = ()

    @property
    def terminator(self) -> Op:
        return self.ops[-1]

    def successors(self) -> list["BasicBlock"]:
        succs = successors(self.ops[-1]) if self.ops else []
        return succs + [self.handler] if self.handler is not None else succs

    def __repr__(self) -> str:
        return f"L{self.label}"


@dataclass(eq=False)
class FuncIR:
    """One function.

    name:        the symbol, unique in the module ('fib', 'str_concat', '__main__').
    params:      registers holding the arguments, in order.
    result:      the result type, None for no result (runtime functions only).
    raises:      calling it may raise (leave an exception pending).
    kind:        'python' or 'runtime' (see the module docstring).
    python_name: the name a traceback shows ('<module>' for the module body).
    file, line:  where it is defined.
    variables:   the names of the registers of Python locals (python functions only).
    """

    name: str
    params: list[Register]
    result: RType | None
    blocks: list[BasicBlock]
    raises: bool
    kind: str
    python_name: str = ""
    file: str = ""
    line: int = 0
    # Names of the registers that hold the function's Python local variables.
    variables: list[str] = field(default_factory=list)
    # An entry of a function object (frontend/module.py): called through the function
    # table, so its result stays boxed; it adds no traceback frame (its callee does).
    entry: bool = False
    # A Python function Molt writes for code that is C in CPython (a cache wrapper's call):
    # it adds no traceback frame either.
    frameless: bool = False
    # A run of the module body's statements, outlined (frontend/module.py): it records the
    # `<module>` frame itself and takes no level of recursion; the module body's call of
    # it records no frame.
    module_part: bool = False
    # A runtime function marked @inline: the program's functions get its body at each
    # call (passes/inline.py).
    inline: bool = False

    def registers(self) -> list[Register]:
        """Every register the function uses, params first, in first-seen order."""
        seen: dict[int, Register] = {}
        for reg in self.params:
            seen.setdefault(id(reg), reg)
        for block in self.blocks:
            for op in block.ops:
                dest = op.dest_register()
                if dest is not None:
                    seen.setdefault(id(dest), dest)
                for value in op.operands():
                    if isinstance(value, Register):
                        seen.setdefault(id(value), value)
        return list(seen.values())


@dataclass
class GlobalVar:
    """A module-level variable: a WebAssembly global of `type`, starting at `init`.

    A Python global is boxed; it starts as the 'unbound' marker until assigned.
    """

    name: str
    type: RType
    init: ConstValue
    python: bool


@dataclass(frozen=True)
class ImportDecl:
    """A function the host provides, called like a module function by `name`."""

    name: str
    module: str
    field: str
    params: tuple[RType, ...]
    result: RType | None


@dataclass
class ModuleIR:
    """A whole program: user functions and the runtime functions it reaches."""

    functions: dict[str, FuncIR] = field(default_factory=dict)
    imports: dict[str, ImportDecl] = field(default_factory=dict)
    globals: dict[str, GlobalVar] = field(default_factory=dict)
    # Constants of the runtime dialect, by name (ints and floats), after folding.
    constants: dict[str, int | float] = field(default_factory=dict)
    # Static data tables of the runtime dialect: name -> (element kind, values).
    tables: dict[str, tuple[str, list[int]]] = field(default_factory=dict)
    # The source lines of each Python file, for the traceback's source lines.
    sources: dict[str, list[str]] = field(default_factory=dict)
    # What the frontend knows of the program's classes (molt/ir/classes.py).
    classes: ProgramClasses | None = None
