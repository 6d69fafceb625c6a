"""Module constants: a global bound once, at the top level, to a literal.

`DATA_SIZE = 4` at the top of a module, with nothing else binding DATA_SIZE anywhere, is a
constant: every read of it that runs after the assignment sees 4. The compiler then reads
it as the literal (an unboxed int for the int specializer, no global load, no reference
count) instead of as a global.

A read runs after the assignment when it lies below it in the file: top-level statements
run in order and do not overlap, so code on a later line belongs to a later top-level
statement (a def, a class, a loop ...), which runs after the assignment, and so do the
functions it defines. A read on an earlier line (in a function defined before the
assignment) stays a global read, so that a call made before the assignment raises
NameError as in CPython.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable, Iterator

from molt.ir.ops import Const, ConstTuple
from molt.ir.types import TUPLE

# The ints a value holds unboxed (NaN-boxed within +-2**47); a literal beyond is made at run time.
SMALL_INT_MIN = -(1 << 47)
SMALL_INT_MAX = (1 << 47) - 1


@dataclass(frozen=True)
class ModuleConstant:
    value: Const
    after_line: int  # the last line of the assignment: reads below it see the value


def module_constants(tree: ast.Module) -> dict[str, ModuleConstant]:
    """The module's constants by name."""
    bindings = binding_counts(tree)
    constants: dict[str, ModuleConstant] = {}
    for stmt in tree.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        value = literal_value(stmt.value)
        if value is not None and bindings.get(name) == 1:
            constants[name] = ModuleConstant(value, stmt.end_lineno or stmt.lineno)
    return constants


def literal_value(node: ast.expr) -> Const | None:
    """The constant a literal (or a negated number) evaluates to: ints that fit a small int,
    floats, str, bool and None; None for anything else."""
    negate = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    if negate:
        node = node.operand  # type: ignore[attr-defined]
    if not isinstance(node, ast.Constant):
        return None
    value = node.value
    if negate:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        value = -value
    if isinstance(value, int) and not isinstance(value, bool) and not SMALL_INT_MIN <= value <= SMALL_INT_MAX:
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return Const.of(value)
    return None


def constant_tuple(node: ast.expr) -> Const | None:
    """A tuple display of literals and such tuples, as a static tuple constant; None for
    any other expression (and for (), which is the runtime's one empty tuple)."""
    if not isinstance(node, ast.Tuple) or not node.elts:
        return None
    return constant_items(node.elts)


def constant_items(elements: list[ast.expr]) -> Const | None:
    """The elements of a display as one static tuple, when each is a literal or a constant
    tuple (CPython builds [1, 2, 3] and {1, 2, 3} from such a tuple too)."""
    items = []
    for element in elements:
        item = literal_value(element) or constant_tuple(element)
        if item is None:
            return None
        items.append(item.value)
    return Const(ConstTuple(tuple(items)), TUPLE)


def binding_counts(tree: ast.Module) -> dict[str, int]:
    """How often each name is bound at the module's level (a class body's names count too,
    which only makes the rule stricter); a `global` or `nonlocal` declaration of a name
    anywhere counts twice, which disqualifies it."""
    counts: dict[str, int] = {}

    def bind(name: str | None, times: int = 1) -> None:
        if name is not None:
            counts[name] = counts.get(name, 0) + times

    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                bind(name, 2)
    for node in module_level_nodes(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bind(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bind(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ExceptHandler):
            bind(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)):
            bind(node.name)
        elif isinstance(node, ast.MatchMapping):
            bind(node.rest)
    return counts


def module_level_nodes(tree: ast.AST, leaf: Callable[[ast.AST], bool] = lambda node: False) -> Iterator[ast.AST]:
    """The nodes of the module's code (or of one of its statements) outside function
    bodies (their names bind locals); below a node that `leaf` accepts, none."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if leaf(node):
            continue
        for field, value in ast.iter_fields(node):
            if field == "body" and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(value, ast.AST):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(item for item in value if isinstance(item, ast.AST))
