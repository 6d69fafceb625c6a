"""The runtime dialect: wasm_runtime/*.py (typed, C-like Python) -> runtime functions in IR.

The dialect is the Python syntax subset the runtime is written in (docs/dialect.md):
- module level: constants `NAME = <constant expression>`, data tables
  `NAME = data_i64([...])` (the name is the table's address), mutable globals
  `NAME: i32 = <constant>`, and functions with every parameter and the result annotated
  with `i32`, `i64`, `f64` or `obj` (a boxed Python value, an i64). A function whose body
  is `...` is a declaration of a function the program provides (the user's module body).
- statements: annotated and plain assignment, augmented assignment, if/elif/else, while,
  `for i in range(a, b[, constant step])` (i32 when a and b are both literals, unless i is
  declared), break, continue, return, calls, pass.
- `@inline` on a function: the program's functions get its body at each call
  (passes/inline.py); for the fast paths of the hottest runtime calls.
- expressions: machine arithmetic that wraps (`//` and `%` truncate, as div_s/rem_s do),
  comparisons giving i32, and/or/not on i32, conditional expressions, calls of runtime
  functions, intrinsics (load_i32, store_i64, memory_grow, shr_u ...) and host imports.
  An int literal takes the type its context expects. A str literal is a static str object.
Nothing is implicit: no refcounts and no error checks are added; the runtime does its own.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from molt.errors import CompileError
from molt.frontend.dialect_intrinsics import INTRINSICS, emit_intrinsic
from molt.ir.builder import IRBuilder
from molt.ir.ops import (
    Assign, Binary, Call, Const, DataAddress, FuncIR, GlobalVar, ImportDecl, LoadGlobal, ModuleIR,
    Register, Return, StoreGlobal, Unary, Value,
)
from molt.ir.types import F64, I32, I64, OBJECT, STR, RType

# `obj` documents a boxed Python value; to the machine it is an i64.
TYPES: dict[str, RType] = {"i32": I32, "i64": I64, "f64": F64, "obj": I64}
# data_zero(n) reserves n zeroed bytes without storing them in the module.
TABLE_KINDS = {"data_i64": "i64", "data_i32": "i32", "data_u8": "u8", "data_zero": "zero"}

BINARY_OPS: dict[type, str] = {
    ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.FloorDiv: "floordiv", ast.Div: "div",
    ast.Mod: "mod", ast.BitAnd: "and", ast.BitOr: "or", ast.BitXor: "xor", ast.LShift: "shl",
    ast.RShift: "shr",
}
COMPARE_OPS: dict[type, str] = {
    ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge",
    ast.Is: "eq", ast.IsNot: "ne",
}


@dataclass
class Signature:
    params: list[tuple[str, RType]]
    result: RType | None


class DialectModule:
    """Everything the runtime sources declare, gathered before any body is compiled so
    that functions, constants and globals may be used before their definition."""

    def __init__(self) -> None:
        self.constants: dict[str, int | float] = {}
        self.tables: dict[str, tuple[str, list[int]]] = {}
        self.globals: dict[str, GlobalVar] = {}
        self.signatures: dict[str, Signature] = {}
        self.declared_only: set[str] = set()
        self.bodies: dict[str, tuple[str, ast.FunctionDef]] = {}
        self.inline: set[str] = set()
        self.imports: dict[str, ImportDecl] = {}
        # Constant expressions not folded yet, so that files may use each other's constants
        # in any order: name -> (file, expression).
        self.pending: dict[str, tuple[str, ast.expr]] = {}
        self.folding: set[str] = set()
        self.raw_tables: dict[str, tuple[str, ast.Call]] = {}
        self.raw_globals: dict[str, tuple[str, RType, ast.expr]] = {}


def error(file: str, node: ast.AST, message: str) -> CompileError:
    return CompileError(file, getattr(node, "lineno", 0), getattr(node, "col_offset", -1) + 1, message)


def compile_runtime(files: list[Path], host_imports: dict[str, ImportDecl],
                    extra_sources: tuple[tuple[str, str], ...] = ()) -> ModuleIR:
    """Compile the runtime sources into one ModuleIR (every function, reachable or not).

    `extra_sources` are (file name, text) pairs compiled with them; the runtime's tests use
    one to define `module_body` in the dialect itself."""
    mod = DialectModule()
    mod.imports = dict(host_imports)
    sources = [(str(path), path.read_text(encoding="utf-8")) for path in files] + list(extra_sources)
    for file, source in sources:
        try:
            tree = ast.parse(source, filename=file)
        except SyntaxError as e:
            raise CompileError(file, e.lineno or 0, e.offset or 0, f"SyntaxError: {e.msg}") from None
        for node in tree.body:
            _declare(mod, file, node)
    for name in list(mod.pending):
        _resolve_constant(mod, name)
    for name, (file, call) in list(mod.raw_tables.items()):
        mod.tables[name] = (TABLE_KINDS[call.func.id], _table_values(mod, file, call))  # type: ignore[attr-defined]
    for name, (file, rtype, value) in list(mod.raw_globals.items()):
        mod.globals[name] = GlobalVar(name, rtype, fold_constant(mod, file, value), python=False)
    module = ModuleIR(imports=mod.imports, constants=mod.constants, tables=mod.tables)
    module.globals.update(mod.globals)
    for name, (file, node) in mod.bodies.items():
        module.functions[name] = FunctionCompiler(mod, file, node).compile()
        module.functions[name].inline = name in mod.inline
    return module


def _declare(mod: DialectModule, file: str, node: ast.stmt) -> None:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return  # imports are for editors; the dialect's names are all built in
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return  # docstring
    if isinstance(node, ast.FunctionDef):
        _declare_function(mod, file, node)
        return
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        name = node.targets[0].id
        _check_new_name(mod, file, node, name)
        value = node.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in TABLE_KINDS:
            mod.raw_tables[name] = (file, value)
            mod.tables[name] = ("pending", [])
        else:
            mod.pending[name] = (file, value)
        return
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        name = node.target.id
        _check_new_name(mod, file, node, name)
        mod.raw_globals[name] = (file, _annotation(file, node.annotation), node.value)
        mod.globals[name] = GlobalVar(name, _annotation(file, node.annotation), 0, python=False)
        return
    raise error(file, node, "this statement is not allowed at the top level of the runtime dialect")


def _resolve_constant(mod: DialectModule, name: str) -> int | float:
    if name in mod.constants:
        return mod.constants[name]
    file, value = mod.pending[name]
    if name in mod.folding:
        raise error(file, value, f"constant '{name}' is defined in terms of itself")
    mod.folding.add(name)
    mod.constants[name] = fold_constant(mod, file, value)
    del mod.pending[name]
    return mod.constants[name]


def _check_new_name(mod: DialectModule, file: str, node: ast.AST, name: str) -> None:
    if (name in mod.pending or name in mod.constants or name in mod.tables or name in mod.globals
            or name in mod.signatures):
        raise error(file, node, f"'{name}' is defined twice in the runtime")


def _declare_function(mod: DialectModule, file: str, node: ast.FunctionDef) -> None:
    declaration = _is_declaration(node)
    if node.name in mod.declared_only and not declaration:
        mod.declared_only.discard(node.name)  # a definition of a declared function
    elif node.name in mod.bodies and declaration:
        return  # declared after its definition
    else:
        _check_new_name(mod, file, node, node.name)
    params = []
    for arg in node.args.args:
        if arg.annotation is None:
            raise error(file, arg, f"parameter '{arg.arg}' needs a type")
        params.append((arg.arg, _annotation(file, arg.annotation)))
    if node.returns is None:
        raise error(file, node, f"function '{node.name}' needs a result annotation (-> None for none)")
    result = None if _is_none(node.returns) else _annotation(file, node.returns)
    signature = Signature(params, result)
    if mod.signatures.setdefault(node.name, signature) != signature:
        raise error(file, node, f"'{node.name}' is declared with another signature elsewhere in the runtime")
    if declaration:
        mod.declared_only.add(node.name)
    else:
        mod.bodies[node.name] = (file, node)
    for decorator in node.decorator_list:
        if not (isinstance(decorator, ast.Name) and decorator.id == "inline") or declaration:
            raise error(file, decorator, "the only decorator of the runtime dialect is @inline, on a definition")
        mod.inline.add(node.name)


def _is_declaration(node: ast.FunctionDef) -> bool:
    """A body of only `...` (after a docstring) declares a function defined elsewhere."""
    body = [s for s in node.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str))]
    return (len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
            and body[0].value.value is Ellipsis)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _annotation(file: str, node: ast.expr) -> RType:
    if isinstance(node, ast.Name) and node.id in TYPES:
        return TYPES[node.id]
    raise error(file, node, "a dialect type must be one of i32, i64, f64, obj")


def _table_values(mod: DialectModule, file: str, call: ast.Call) -> list[int]:
    if len(call.args) != 1:
        raise error(file, call, "a data table takes one list or bytes literal")
    arg = call.args[0]
    if call.func.id == "data_zero":  # type: ignore[attr-defined]
        return [int(fold_constant(mod, file, arg))]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, bytes):
        return list(arg.value)
    if isinstance(arg, (ast.List, ast.Tuple)):
        return [int(fold_constant(mod, file, e)) for e in arg.elts]
    raise error(file, arg, "a data table takes one list or bytes literal")


def fold_constant(mod: DialectModule, file: str, node: ast.expr) -> int | float:
    """Evaluate a constant expression of the dialect at compile time."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return int(node.value)
    if isinstance(node, ast.Name) and (node.id in mod.constants or node.id in mod.pending):
        return _resolve_constant(mod, node.id)
    if isinstance(node, ast.UnaryOp):
        v = fold_constant(mod, file, node.operand)
        if isinstance(node.op, ast.USub):
            return -v
        if isinstance(node.op, ast.Invert) and isinstance(v, int):
            return ~v
    if isinstance(node, ast.BinOp):
        a = fold_constant(mod, file, node.left)
        b = fold_constant(mod, file, node.right)
        ops = {
            ast.Add: lambda: a + b, ast.Sub: lambda: a - b, ast.Mult: lambda: a * b,
            ast.FloorDiv: lambda: a // b, ast.Mod: lambda: a % b, ast.Pow: lambda: a ** b,
            ast.BitAnd: lambda: int(a) & int(b), ast.BitOr: lambda: int(a) | int(b),
            ast.BitXor: lambda: int(a) ^ int(b), ast.LShift: lambda: int(a) << int(b),
            ast.RShift: lambda: int(a) >> int(b), ast.Div: lambda: a / b,
        }
        if type(node.op) in ops:
            return ops[type(node.op)]()
    raise error(file, node, "not a constant expression")


def wrap_const(value: int, rtype: RType) -> int:
    """An int constant as the signed value of its machine type (0xFFFF... is fine in i64)."""
    bits = 32 if rtype == I32 else 64
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


class FunctionCompiler:
    """Compiles one dialect function body."""

    def __init__(self, mod: DialectModule, file: str, node: ast.FunctionDef) -> None:
        self.mod = mod
        self.file = file
        self.node = node
        self.builder = IRBuilder()
        self.signature = mod.signatures[node.name]
        self.locals: dict[str, Register] = {}
        self.loops: list[tuple[object, object]] = []  # (continue target, break target)

    def error(self, node: ast.AST, message: str) -> CompileError:
        return error(self.file, node, message)

    def compile(self) -> FuncIR:
        b = self.builder
        b.activate(b.new_block())
        params = []
        for name, rtype in self.signature.params:
            reg = Register(name, rtype)
            self.locals[name] = reg
            params.append(reg)
        self.statements(self.node.body)
        if not b.terminated:
            if self.signature.result is not None:
                # Falling off the end of a function with a result is a bug in the runtime.
                b.line = self.node.end_lineno or self.node.lineno
                emit_intrinsic(self, "unreachable", [], self.node)
            else:
                b.emit(Return(None))
        return b.finish(self.node.name, params, self.signature.result, False, "runtime",
                        self.node.name, self.file, self.node.lineno)

    # Statements.

    def statements(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.builder.line = stmt.lineno
            self.statement(stmt)

    def statement(self, node: ast.stmt) -> None:
        b = self.builder
        if isinstance(node, ast.Expr):
            if isinstance(node.value, ast.Constant):
                return
            self.expression(node.value, None, want_result=False)
        elif isinstance(node, ast.AnnAssign):
            if not isinstance(node.target, ast.Name):
                raise self.error(node, "only a name can be declared")
            rtype = _annotation(self.file, node.annotation)
            name = node.target.id
            if name in self.locals and self.locals[name].type != rtype:
                raise self.error(node, f"'{name}' is already declared as {self.locals[name].type}")
            reg = self.locals.setdefault(name, Register(name, rtype))
            if node.value is not None:
                b.emit(Assign(reg, self.expression(node.value, rtype)))
        elif isinstance(node, ast.Assign):
            if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
                raise self.error(node, "assign to one name at a time")
            self.assign(node.targets[0].id, node.value, node)
        elif isinstance(node, ast.AugAssign):
            if not isinstance(node.target, ast.Name):
                raise self.error(node, "augmented assignment to a name only")
            binop = ast.BinOp(ast.Name(node.target.id, ast.Load()), node.op, node.value)
            ast.copy_location(binop, node)
            ast.copy_location(binop.left, node)
            self.assign(node.target.id, binop, node)
        elif isinstance(node, ast.If):
            self.if_statement(node)
        elif isinstance(node, ast.While):
            self.while_statement(node)
        elif isinstance(node, ast.For):
            self.for_range(node)
        elif isinstance(node, ast.Break):
            if not self.loops:
                raise self.error(node, "break outside a loop")
            b.goto(self.loops[-1][1])  # type: ignore[arg-type]
        elif isinstance(node, ast.Continue):
            if not self.loops:
                raise self.error(node, "continue outside a loop")
            b.goto(self.loops[-1][0])  # type: ignore[arg-type]
        elif isinstance(node, ast.Return):
            self.return_statement(node)
        elif isinstance(node, ast.Pass):
            pass
        else:
            raise self.error(node, f"{type(node).__name__} statements are not part of the runtime dialect")

    def assign(self, name: str, value: ast.expr, node: ast.stmt) -> None:
        if name in self.locals:
            reg = self.locals[name]
            self.builder.emit(Assign(reg, self.expression(value, reg.type)))
        elif name in self.mod.globals:
            g = self.mod.globals[name]
            self.builder.emit(StoreGlobal(name, self.expression(value, g.type)))
        elif name in self.mod.constants or name in self.mod.tables:
            raise self.error(node, f"'{name}' is a constant")
        else:
            result = self.expression(value, None)
            reg = Register(name, result.type)
            self.locals[name] = reg
            self.builder.emit(Assign(reg, result))

    def if_statement(self, node: ast.If) -> None:
        b = self.builder
        then, after = b.new_block(), b.new_block()
        otherwise = b.new_block() if node.orelse else after
        self.condition(node.test, then, otherwise)
        b.activate(then)
        self.statements(node.body)
        b.goto(after)
        if node.orelse:
            b.activate(otherwise)
            self.statements(node.orelse)
            b.goto(after)
        b.activate(after)

    def while_statement(self, node: ast.While) -> None:
        if node.orelse:
            raise self.error(node, "while/else is not part of the runtime dialect")
        b = self.builder
        head, body, after = b.new_block(), b.new_block(), b.new_block()
        b.goto(head)
        b.activate(head)
        self.condition(node.test, body, after)
        b.activate(body)
        self.loops.append((head, after))
        self.statements(node.body)
        self.loops.pop()
        b.goto(head)
        b.activate(after)

    def for_range(self, node: ast.For) -> None:
        """`for i in range(start, stop, step)`, step a constant: i is left at its last value."""
        call = node.iter
        if (node.orelse or not isinstance(node.target, ast.Name) or not isinstance(call, ast.Call)
                or not isinstance(call.func, ast.Name) or call.func.id != "range" or not 1 <= len(call.args) <= 3):
            raise self.error(node, "the dialect's for loops are `for name in range(...)` only")
        name = node.target.id
        args = call.args
        start_node = args[0] if len(args) > 1 else ast.Constant(0)
        stop_node = args[1] if len(args) > 1 else args[0]
        step = int(fold_constant(self.mod, self.file, args[2])) if len(args) == 3 else 1
        if step == 0:
            raise self.error(call, "range step must not be zero")
        reg = self.locals.get(name)
        b = self.builder
        if reg is not None:
            start = self.expression(start_node, reg.type)
            stop_value = self.expression(stop_node, reg.type)
        elif self.is_untyped_literal(start_node):
            # A literal start takes the type of the stop (evaluating a literal has no
            # effects); a loop between two literals counts in i32.
            stop_value = self.expression(stop_node, I32 if self.is_untyped_literal(stop_node) else None)
            start = self.expression(start_node, stop_value.type)
        else:
            start = self.expression(start_node, None)
            stop_value = self.expression(stop_node, start.type)
        if reg is None:
            reg = self.locals[name] = Register(name, start.type)
        stop = self.new_temp(reg.type)
        b.emit(Assign(stop, stop_value))
        b.emit(Assign(reg, start))
        head, body, step_block, after = b.new_block(), b.new_block(), b.new_block(), b.new_block()
        b.goto(head)
        b.activate(head)
        more = self.new_temp(I32)
        b.emit(Binary(more, "lt" if step > 0 else "gt", reg, stop))
        b.branch(more, body, after)
        b.activate(body)
        self.loops.append((step_block, after))
        self.statements(node.body)
        self.loops.pop()
        b.goto(step_block)
        b.activate(step_block)
        b.emit(Binary(reg, "add", reg, Const(step, reg.type)))
        b.goto(head)
        b.activate(after)

    def return_statement(self, node: ast.Return) -> None:
        result = self.signature.result
        if node.value is None:
            if result is not None:
                raise self.error(node, "this function must return a value")
            self.builder.emit(Return(None))
            return
        if result is None:
            raise self.error(node, "this function returns nothing")
        self.builder.emit(Return(self.expression(node.value, result)))

    def condition(self, test: ast.expr, if_true: object, if_false: object) -> None:
        """Branch on an i32 condition, with and/or/not turned into jumps."""
        b = self.builder
        if isinstance(test, ast.BoolOp):
            for operand in test.values[:-1]:
                nxt = b.new_block()
                if isinstance(test.op, ast.And):
                    self.condition(operand, nxt, if_false)
                else:
                    self.condition(operand, if_true, nxt)
                b.activate(nxt)
            self.condition(test.values[-1], if_true, if_false)
            return
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            self.condition(test.operand, if_false, if_true)
            return
        value = self.expression(test, I32)
        if value.type == I64:  # as in C, a non-zero i64 is true
            nonzero = self.new_temp(I32)
            b.emit(Binary(nonzero, "ne", value, Const(0, I64)))
            value = nonzero
        if value.type != I32:
            raise self.error(test, f"a condition must be an i32 or i64, not {value.type}")
        b.branch(value, if_true, if_false)  # type: ignore[arg-type]

    # Expressions.

    def new_temp(self, rtype: RType) -> Register:
        return self.builder.new_register(rtype)

    def expression(self, node: ast.expr, expected: RType | None, want_result: bool = True) -> Value:
        if isinstance(node, ast.Constant):
            return self.constant(node, expected)
        if isinstance(node, ast.Name):
            return self.name(node, expected)
        if isinstance(node, ast.BinOp):
            return self.binary(node, expected)
        if isinstance(node, ast.Compare):
            return self.compare(node)
        if isinstance(node, ast.UnaryOp):
            return self.unary(node, expected)
        if isinstance(node, ast.BoolOp):
            return self.bool_value(node)
        if isinstance(node, ast.IfExp):
            return self.if_expression(node, expected)
        if isinstance(node, ast.Call):
            return self.call(node, expected, want_result)
        raise self.error(node, f"{type(node).__name__} expressions are not part of the runtime dialect")

    def constant(self, node: ast.Constant, expected: RType | None) -> Value:
        v = node.value
        if isinstance(v, bool):
            return Const(int(v), I32)
        if isinstance(v, int):
            rtype = expected if expected in (I32, I64, F64) else I64
            return Const(float(v), F64) if rtype == F64 else Const(wrap_const(v, rtype), rtype)  # type: ignore[arg-type]
        if isinstance(v, float):
            return Const(v, F64)
        if isinstance(v, str):
            return Const(v, STR)
        raise self.error(node, f"{type(v).__name__} constants are not part of the runtime dialect")

    def name(self, node: ast.Name, expected: RType | None) -> Value:
        name = node.id
        if name in self.locals:
            return self.locals[name]
        if name in self.mod.constants:
            return self.constant(ast.Constant(self.mod.constants[name]), expected)
        if name in self.mod.tables:
            return Const(DataAddress(name), I32)
        if name in self.mod.globals:
            g = self.mod.globals[name]
            dest = self.new_temp(g.type)
            self.builder.emit(LoadGlobal(dest, name))
            return dest
        raise self.error(node, f"name '{name}' is not defined in the runtime")

    def operand_pair(self, left: ast.expr, right: ast.expr, expected: RType | None) -> tuple[Value, Value]:
        """Type the side that has a type of its own first; a literal takes it."""
        if self.is_untyped_literal(left) and not self.is_untyped_literal(right):
            b = self.expression(right, expected)
            return self.expression(left, b.type), b
        a = self.expression(left, expected)
        return a, self.expression(right, a.type)

    def is_untyped_literal(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return True
        if isinstance(node, ast.Name) and node.id in self.mod.constants and node.id not in self.locals:
            return isinstance(self.mod.constants[node.id], int)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Invert)):
            return self.is_untyped_literal(node.operand)
        if isinstance(node, ast.BinOp):
            return self.is_untyped_literal(node.left) and self.is_untyped_literal(node.right)
        return False

    def binary(self, node: ast.BinOp, expected: RType | None) -> Value:
        if self.is_untyped_literal(node):
            value = fold_constant(self.mod, self.file, node)
            return self.constant(ast.Constant(value), expected)
        op = BINARY_OPS.get(type(node.op))
        if op is None:
            raise self.error(node, "this operator is not part of the runtime dialect")
        a, b = self.operand_pair(node.left, node.right, expected)
        if a.type != b.type:
            raise self.error(node, f"operands of different types: {a.type} and {b.type}")
        if a.type == F64 and op in ("floordiv", "mod", "and", "or", "xor", "shl", "shr"):
            raise self.error(node, "this operator does not apply to f64")
        if a.type != F64 and op == "div":
            raise self.error(node, "use // for integer division")
        dest = self.new_temp(a.type)
        self.builder.emit(Binary(dest, op, a, b))
        return dest

    def compare(self, node: ast.Compare) -> Value:
        if len(node.ops) != 1:
            raise self.error(node, "chained comparisons are not part of the runtime dialect")
        op = COMPARE_OPS.get(type(node.ops[0]))
        if op is None:
            raise self.error(node, "this comparison is not part of the runtime dialect")
        a, b = self.operand_pair(node.left, node.comparators[0], None)
        if a.type.wasm != b.type.wasm:
            raise self.error(node, f"comparison of {a.type} and {b.type}")
        if a.type != b.type:  # obj and str constant: compare bits
            b = Const(b.value, a.type) if isinstance(b, Const) else b
            a = Const(a.value, b.type) if isinstance(a, Const) else a
        dest = self.new_temp(I32)
        self.builder.emit(Binary(dest, op, a, b))
        return dest

    def unary(self, node: ast.UnaryOp, expected: RType | None) -> Value:
        if self.is_untyped_literal(node):
            return self.constant(ast.Constant(fold_constant(self.mod, self.file, node)), expected)
        if isinstance(node.op, ast.Not):
            value = self.expression(node.operand, I32)
            dest = self.new_temp(I32)
            self.builder.emit(Binary(dest, "eq", value, Const(0, value.type)))
            return dest
        value = self.expression(node.operand, expected)
        dest = self.new_temp(value.type)
        if isinstance(node.op, ast.USub):
            self.builder.emit(Unary(dest, "neg", value))
        elif isinstance(node.op, ast.Invert):
            self.builder.emit(Binary(dest, "xor", value, Const(-1, value.type)))
        else:
            raise self.error(node, "this unary operator is not part of the runtime dialect")
        return dest

    def bool_value(self, node: ast.BoolOp) -> Value:
        b = self.builder
        dest = self.new_temp(I32)
        yes, no, after = b.new_block(), b.new_block(), b.new_block()
        self.condition(node, yes, no)
        b.activate(yes)
        b.emit(Assign(dest, Const(1, I32)))
        b.goto(after)
        b.activate(no)
        b.emit(Assign(dest, Const(0, I32)))
        b.goto(after)
        b.activate(after)
        return dest

    def if_expression(self, node: ast.IfExp, expected: RType | None) -> Value:
        b = self.builder
        yes, no, after = b.new_block(), b.new_block(), b.new_block()
        self.condition(node.test, yes, no)
        b.activate(yes)
        first = self.expression(node.body, expected)
        dest = self.new_temp(first.type)
        b.emit(Assign(dest, first))
        b.goto(after)
        b.activate(no)
        b.emit(Assign(dest, self.expression(node.orelse, first.type)))
        b.goto(after)
        b.activate(after)
        return dest

    def call(self, node: ast.Call, expected: RType | None, want_result: bool) -> Value:
        if not isinstance(node.func, ast.Name) or node.keywords:
            raise self.error(node, "calls in the dialect are of names, with positional arguments")
        name = node.func.id
        if name in INTRINSICS:
            result = emit_intrinsic(self, name, node.args, node, expected)
            return result if result is not None else Const(0, I32)
        if name in self.mod.signatures:
            sig = self.mod.signatures[name]
            params = [t for _, t in sig.params]
            result_type = sig.result
        elif name in self.mod.imports:
            imp = self.mod.imports[name]
            params, result_type = list(imp.params), imp.result
        else:
            raise self.error(node, f"function '{name}' is not defined in the runtime")
        if len(node.args) != len(params):
            raise self.error(node, f"{name}() takes {len(params)} arguments, {len(node.args)} given")
        args = []
        for arg, ptype in zip(node.args, params):
            value = self.expression(arg, ptype)
            if value.type.wasm != ptype.wasm:
                raise self.error(arg, f"argument of type {value.type} passed for {ptype}")
            args.append(value)
        if result_type is None:
            if want_result:
                raise self.error(node, f"{name}() returns nothing")
            self.builder.emit(Call(None, name, args))
            return Const(0, I32)
        dest = self.new_temp(result_type)
        self.builder.emit(Call(dest, name, args))
        return dest

