"""Imports of the standard modules Molt knows, and what their names compile to.

An import binds names at compile time only: `import sys` makes `sys` stand for the module
in its scope, `from functools import reduce` makes `reduce` stand for functools.reduce.
The modules have no state to set up, so an import statement does nothing at run time, and
every use of an imported name is decided here: a call Molt compiles (sys.exit,
functools.reduce, typing.cast), a constant (sys.maxsize, typing.TYPE_CHECKING), a class
decorator or base (classes.py hands those to dataclasses.py, enums.py and ordering.py),
or a refusal at compile time. Any other module is refused where it is imported.

The imports of a scope are gathered before its code is lowered (the module's by `survey`,
a function's when its lowering starts), so that a function defined before a top-level
import still sees it. An imported name must not be bound in another way in its scope.
"""

from __future__ import annotations

import __future__
import ast
import symtable
import sys
import typing
from dataclasses import dataclass
from typing import Iterator

from molt.errors import CompileError, unsupported
from molt.frontend.context import FunctionLowering
from molt.frontend.scopes import symbol_of
from molt.ir.ops import MISSING, Const, Value
from molt.ir.types import OBJECT


@dataclass(frozen=True)
class Imported:
    """What an imported name stands for: a module (member None) or one of its names."""

    module: str
    member: str | None = None

    @property
    def dotted(self) -> str:
        return self.module if self.member is None else f"{self.module}.{self.member}"


# The names each known module gives. typing gives every public name: they are only
# meaningful in annotations, which Molt never evaluates. __future__'s features change how
# CPython compiles, and its compile() has already checked them.
MODULE_MEMBERS: dict[str, frozenset[str]] = {
    "typing": frozenset(name for name in dir(typing) if not name.startswith("_")),
    "__future__": frozenset(__future__.all_feature_names),
    "sys": frozenset({"exit", "maxsize"}),
    "functools": frozenset({"reduce", "total_ordering", "lru_cache", "cache"}),
    "dataclasses": frozenset({"dataclass", "field", "FrozenInstanceError"}),
    "enum": frozenset({"Enum", "IntEnum", "auto"}),
}
KNOWN_MODULES = "typing, sys, functools, dataclasses, enum and __future__"
# Names of known modules that Molt leaves out on purpose, with the reason.
REFUSED_MEMBERS: dict[str, str] = {
    "functools.wraps": "molt's functions have no writable __name__, __doc__ or __wrapped__",
}


def module_imports(file: str, tree: ast.Module, table: symtable.SymbolTable) -> dict[str, Imported]:
    """The names the module's top level imports (in any block, but not in defs or classes)."""
    found = scope_imports(file, tree.body, table)
    for name in found:
        rebinding = global_rebinding(table, name)
        if rebinding is not None:
            raise CompileError(file, rebinding.get_lineno(), 1,
                               f"rebinding the imported name '{name}' in a function is not supported by molt yet")
    return found


def function_imports(file: str, node: ast.FunctionDef, table: symtable.SymbolTable) -> dict[str, Imported]:
    """The names a function imports: its own variables (its inner functions resolve them
    too: functions.py passes them on, and the cells CPython would make stay unused)."""
    found = scope_imports(file, node.body, table)
    for name in found:
        if symbol_of(table, name).is_global():
            location = next(n for n in scope_statements(node.body) if name in bound_names(n))
            raise unsupported(file, location, f"importing '{name}' into a global of the module",
                              "molt binds an imported name only in the scope that imports it")
    return found


def scope_imports(file: str, body: list[ast.stmt], table: symtable.SymbolTable) -> dict[str, Imported]:
    found: dict[str, Imported] = {}
    for node in scope_statements(body):
        for name, target in import_bindings(file, node):
            if found.get(name, target) != target:
                raise unsupported(file, node, f"importing two things as '{name}'")
            symbol = table.lookup(name)
            if symbol.is_assigned() or symbol.is_parameter():
                raise unsupported(file, node, f"rebinding the imported name '{name}'",
                                  "molt binds an imported name once, when it compiles")
            found[name] = target
    return found


def scope_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of a scope, in the blocks of its compound statements too (not in
    defs and classes, which are scopes of their own, nor under `if TYPE_CHECKING:`, which
    never runs)."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(node, ast.If) and is_type_checking_test(node.test):
            yield from scope_statements(node.orelse)
            continue
        yield node
        yield from scope_statements(nested_statements(node))


def nested_statements(node: ast.AST) -> list[ast.stmt]:
    """The statements of a compound statement's blocks (its except clauses' and cases' too)."""
    found: list[ast.stmt] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.stmt):
            found.append(child)
        elif isinstance(child, (ast.excepthandler, ast.match_case)):
            found += [c for c in ast.iter_child_nodes(child) if isinstance(c, ast.stmt)]
    return found


def is_type_checking_test(test: ast.expr) -> bool:
    """`if TYPE_CHECKING:` or `if typing.TYPE_CHECKING:`, by its spelling (lower_if checks
    that the name is typing's)."""
    if isinstance(test, ast.Attribute):
        return test.attr == "TYPE_CHECKING" and isinstance(test.value, ast.Name)
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def bound_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.asname or alias.name.partition(".")[0] for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        return [alias.asname or alias.name for alias in node.names]
    return []


def import_bindings(file: str, node: ast.AST) -> list[tuple[str, Imported]]:
    """The (name, what it stands for) pairs an import statement binds; a refusal for a
    module or a name Molt does not know."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            check_module(file, node, alias.name)
        return [(alias.asname or alias.name, Imported(alias.name)) for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    module = "." * node.level + (node.module or "")
    check_module(file, node, module)
    pairs = []
    for alias in node.names:
        if alias.name == "*":
            raise unsupported(file, node, f"from {module} import *", "import the names one by one")
        check_member(file, alias, Imported(module, alias.name))
        pairs.append((alias.asname or alias.name, Imported(module, alias.name)))
    return pairs


def check_module(file: str, node: ast.AST, module: str) -> None:
    if module not in MODULE_MEMBERS:
        raise unsupported(file, node, f"importing {module}", f"molt knows only the modules {KNOWN_MODULES}")


def check_member(file: str, node: ast.AST, target: Imported) -> None:
    if target.member not in MODULE_MEMBERS[target.module]:
        raise unsupported(file, node, f"importing {target.dotted}", unknown_member_reason(target))


def unknown_member_reason(target: Imported) -> str:
    why = REFUSED_MEMBERS.get(target.dotted)
    if why is not None:
        return why
    *others, last = sorted(MODULE_MEMBERS[target.module])
    known = f"{', '.join(others)} and {last}" if others else last
    return f"molt knows only {known} from {target.module}"


def global_rebinding(table: symtable.SymbolTable, name: str) -> symtable.SymbolTable | None:
    """A function that declares `name` global and binds it, if any."""
    stack = list(table.get_children())
    while stack:
        child = stack.pop()
        try:
            symbol = child.lookup(name)
        except KeyError:
            symbol = None
        if symbol is not None and symbol.is_declared_global() and (symbol.is_assigned() or symbol.is_imported()):
            return child
        stack.extend(child.get_children())
    return None


# Resolving names.

def imported_name(ctx: FunctionLowering, name: str) -> Imported | None:
    """What `name` stands for where ctx is, if an import bound it."""
    if any(name in scope for scope in ctx.comprehension_locals):
        return None
    if ctx.class_body is not None and name in ctx.class_body.names:
        return None
    if name in ctx.imports:
        return ctx.imports[name]
    if ctx.function is not None and (ctx.is_local(name) or name in ctx.cells):
        return None  # its own variable, or an enclosing function's that no import binds
    return ctx.program.imports.get(name)


def resolve(ctx: FunctionLowering, node: ast.expr) -> Imported | None:
    """What `name` or `module.name` stands for, if it is imported; a refusal for a name a
    known module does not give."""
    if isinstance(node, ast.Name):
        return imported_name(ctx, node.id)
    if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
        return None
    module = imported_name(ctx, node.value.id)
    if module is None or module.member is not None:
        return None
    target = Imported(module.module, node.attr)
    if node.attr not in MODULE_MEMBERS[module.module]:
        raise ctx.error(node, target.dotted, unknown_member_reason(target))
    return target


def is_imported(ctx: FunctionLowering, node: ast.expr, *targets: str) -> bool:
    """Whether node names one of `targets` ("module.name")."""
    found = resolve(ctx, node)
    return found is not None and found.dotted in targets


# Using imported names.

def imported_value(ctx: FunctionLowering, node: ast.expr, target: Imported) -> Value:
    """An imported name read as a value: the constants Molt knows; anything else is a
    refusal (typing's names mean something only in annotations)."""
    if target.dotted == "typing.TYPE_CHECKING":
        return Const.of(False)
    if target.dotted == "sys.maxsize":
        from molt.frontend.expressions import lower_constant

        return lower_constant(ctx, ast.copy_location(ast.Constant(sys.maxsize), node))
    from molt.frontend.enum_classes import module_class

    cls = module_class(ctx, node, target)
    if cls is not None:
        return cls
    if target.member is None:
        raise ctx.error(node, f"using the module {target.module} as a value")
    why = "typing's names are only understood in annotations" if target.module == "typing" else ""
    raise ctx.error(node, f"using {target.dotted} as a value", why)


def call_imported(ctx: FunctionLowering, node: ast.Call, target: Imported) -> Value:
    """A call of an imported function."""
    from molt.frontend.functools_cache import FACTORY_ARGUMENTS

    if target.dotted in FACTORY_ARGUMENTS:  # lru_cache(maxsize=...), cache(f): a call of the factory
        from molt.frontend.calls import call_object

        return call_object(ctx, node, imported_value(ctx, node.func, target))
    lowering = IMPORTED_CALLS.get(target.dotted)
    if lowering is None:
        where = {"dataclasses.field": " outside a dataclass's fields", "enum.auto": " outside an enum's members"}
        raise ctx.error(node, f"calling {target.dotted}{where.get(target.dotted, '')}")
    return lowering(ctx, node)


def positional_arguments(ctx: FunctionLowering, node: ast.Call, name: str, least: int, most: int) -> list[ast.expr]:
    """The arguments of a call of a function that takes `least` to `most` positional
    arguments and no keywords (their count is checked when Molt compiles the call)."""
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise ctx.error(node, f"keyword or star arguments to {name}()")
    if not least <= len(node.args) <= most:
        raise ctx.error(node, f"{name}() with {len(node.args)} arguments")
    return node.args


def call_cast(ctx: FunctionLowering, node: ast.Call) -> Value:
    """typing.cast(T, x) is x; T is a type expression, which Molt does not evaluate."""
    from molt.frontend.expressions import lower_expression

    _, value = positional_arguments(ctx, node, "cast", 2, 2)
    return lower_expression(ctx, value)


def call_exit(ctx: FunctionLowering, node: ast.Call) -> Value:
    """sys.exit([status]) raises SystemExit; nothing after it runs."""
    from molt.frontend.expressions import lower_expression

    args = positional_arguments(ctx, node, "exit", 0, 1)
    status = lower_expression(ctx, args[0]) if args else Const(MISSING, OBJECT)
    ctx.set_line(node)
    ctx.raise_now("sys_exit", [status])
    ctx.builder.activate(ctx.builder.new_block())  # unreachable: dropped with its code
    return Const(None, OBJECT)


def call_reduce(ctx: FunctionLowering, node: ast.Call) -> Value:
    """functools.reduce(function, iterable[, initial])"""
    from molt.frontend.expressions import lower_expression

    args = [lower_expression(ctx, a) for a in positional_arguments(ctx, node, "reduce", 2, 3)]
    if len(args) == 2:
        args.append(Const(MISSING, OBJECT))
    ctx.set_line(node)
    return ctx.call_primitive("functools_reduce", args)


IMPORTED_CALLS = {
    "typing.cast": call_cast,
    "sys.exit": call_exit,
    "functools.reduce": call_reduce,
}


# Statements.

def lower_import(ctx: FunctionLowering, node: ast.Import | ast.ImportFrom) -> None:
    """An import statement binds its names when the scope's imports are gathered; here
    only an import that gathering could not see is refused."""
    for name, target in import_bindings(ctx.file, node):
        if ctx.imports.get(name) != target:
            raise ctx.error(node, "an import under an `if TYPE_CHECKING:` whose TYPE_CHECKING is not typing's")


def never_runs(ctx: FunctionLowering, node: ast.If) -> bool:
    """`if TYPE_CHECKING:` with typing's TYPE_CHECKING, which is False at run time: its body
    (imports for annotations, often of modules Molt does not know) is not compiled."""
    return is_type_checking_test(node.test) and is_imported(ctx, node.test, "typing.TYPE_CHECKING")
