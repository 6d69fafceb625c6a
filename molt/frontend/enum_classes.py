"""enum.Enum and enum.IntEnum, and the classes of the standard modules Molt writes in Python.

Enum, IntEnum and dataclasses.FrozenInstanceError are classes Molt writes (below) and
makes when the program starts, into globals the program cannot name (`enum.Enum` ...);
their imported names read those globals. A class statement with an enum base lowers as
any class, noting the names its body assigns (its members, auto() values computed here),
then the runtime's enum_make_members turns those values into members
(wasm_runtime/enums.py, which also gives the class iteration, len(), Color(value),
Color[name] and `in`).
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import functools
from dataclasses import dataclass, field

from molt.frontend.context import EXCEPTION_TYPES, FunctionLowering, ProgramInfo
from molt.frontend.functools_cache import FACTORY_ARGUMENTS, FUNCTOOLS_CLASSES, FUNCTOOLS_SOURCE
from molt.frontend.modules import Imported, is_imported
from molt.frontend.synthesized import parse_definitions, written_by_molt
from molt.ir.ops import Const, LoadGlobal, StoreGlobal, Value
from molt.ir.types import I32, OBJECT

# Enum as CPython 3.11 shows it: repr <Color.RED: 1>, str Color.RED, format of the str,
# hashed by name, compared by identity (no order). IntEnum (a ReprEnum): str and format
# of the int, and the int's arithmetic and comparisons.
ENUM_SOURCE = '''
class Enum:
    _member_type_ = object

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_
''' + '''
class IntEnum:
    _member_type_ = int

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == other

    def __lt__(self, other):
        return self._value_ < other

    def __le__(self, other):
        return self._value_ <= other

    def __gt__(self, other):
        return self._value_ > other

    def __ge__(self, other):
        return self._value_ >= other

    def __index__(self):
        return self._value_

    def __int__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_
''' + "".join(f'''
    def __{name}__(self, other):
        return self._value_ {op} other

    def __r{name}__(self, other):
        return other {op} self._value_
''' for name, op in (("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
                     ("mod", "%"), ("pow", "**"), ("and", "&"), ("or", "|"), ("xor", "^"), ("lshift", "<<"),
                     ("rshift", ">>")))
DATACLASSES_SOURCE = '''
class FrozenInstanceError(AttributeError):
    __module__ = "dataclasses"
'''
# The classes of each module, in the order they are made, with their base: a class made
# before (by the global it is in) or a builtin exception type. The bases written in the
# source are not evaluated: the program's names are not the module's.
MODULE_CLASSES: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "enum": (ENUM_SOURCE, [("Enum", None), ("IntEnum", "enum.Enum")]),
    "dataclasses": (DATACLASSES_SOURCE, [("FrozenInstanceError", "AttributeError")]),
    "functools": (FUNCTOOLS_SOURCE, [(name, None) for name in FUNCTOOLS_CLASSES]),
}
FILES = {"enum": enum.__file__ or "enum.py", "dataclasses": dataclasses.__file__ or "dataclasses.py",
         "functools": functools.__file__ or "functools.py"}
# A module whose classes serve only some of its names: they are made only for a program
# that names one of those (functools' for its caches, not for reduce).
NEEDED_FOR = {"functools": frozenset(name.split(".")[1] for name in FACTORY_ARGUMENTS)}


def modules_with_classes(program: ProgramInfo) -> list[str]:
    """The modules of MODULE_CLASSES that the program imports anywhere (and, for those of
    NEEDED_FOR, names one of the names their classes serve)."""
    assert program.tree is not None
    imported: set[str] = set()
    names: set[str] = set()
    for node in ast.walk(program.tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imported.add(node.module)
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
    return [module for module in MODULE_CLASSES
            if module in imported and (module not in NEEDED_FOR or names & NEEDED_FOR[module])]


def module_class_attributes(modules: list[str]) -> set[str]:
    """The names the classes of these modules bind and the attributes their code stores
    (a call x.cache_info() may be a method of theirs, as of the program's classes)."""
    names: set[str] = set()
    for module in modules:
        source, classes = MODULE_CLASSES[module]
        for name, _ in classes:
            node, _ = parse_definitions(source, FILES[module])[name]
            for part in ast.walk(node):
                if isinstance(part, ast.FunctionDef):
                    names.add(part.name)
                elif isinstance(part, ast.Attribute) and isinstance(part.ctx, ast.Store):
                    names.add(part.attr)
    return names


def lower_module_classes(ctx: FunctionLowering) -> None:
    """At the start of the program: the classes of the modules it imports, each in its
    global (`enum.Enum` ...), so that every use finds it made."""
    from molt.frontend.classes import build_class

    for module in ctx.program.module_classes:
        source, classes = MODULE_CLASSES[module]
        definitions = parse_definitions(source, FILES[module])
        with written_by_molt(ctx, module, FILES[module]):
            for name, base in classes:
                node, table = definitions[name]
                assert isinstance(node, ast.ClassDef)
                bases = [module_class_base(ctx, base)] if base else []
                cls = build_class(ctx, node, table, bases, None, None)
                symbol = f"{module}.{name}"
                ctx.program.globals[symbol] = symbol  # a key no Python name can be
                ctx.builder.emit(StoreGlobal(symbol, cls))


def module_class_base(ctx: FunctionLowering, base: str) -> Value:
    if base in EXCEPTION_TYPES:
        return ctx.call_primitive("type_object", [Const(EXCEPTION_TYPES[base], I32)])
    return load_module_global(ctx, base)


def load_module_global(ctx: FunctionLowering, symbol: str) -> Value:
    value = ctx.new_temp()
    ctx.builder.emit(LoadGlobal(value, symbol))
    return value


MODULE_CLASS_NAMES = {f"{module}.{name}" for module, (_, classes) in MODULE_CLASSES.items() for name, _ in classes}


def module_class(ctx: FunctionLowering, node: ast.expr, target: Imported) -> Value | None:
    """Enum, IntEnum or FrozenInstanceError read as a value: the class made at the start;
    functools.lru_cache and functools.cache: a factory of caches (functools_cache.py)."""
    if target.dotted in FACTORY_ARGUMENTS:
        from molt.frontend.calls import call_object_with

        if ctx.class_body is not None:
            raise ctx.error(node, f"{target.dotted} in a class body", "molt's cache wrappers do not bind as methods")
        factory = load_module_global(ctx, "functools._lru_cache_factory")
        arguments: list[Value] = [Const.of(a) for a in FACTORY_ARGUMENTS[target.dotted]]
        return call_object_with(ctx, node, factory, arguments, {})
    if target.dotted not in MODULE_CLASS_NAMES:
        return None
    return load_module_global(ctx, target.dotted)


def module_class_symbol(ctx: FunctionLowering, name: str) -> str | None:
    """In code Molt writes for a standard module (functools_cache.py), a name of one of
    that module's classes reads the class made at the start."""
    if ctx.function is None:
        return None
    symbol = f"{ctx.function.symbol.split('.')[0]}.{name}"
    return symbol if symbol in MODULE_CLASS_NAMES else None


# Enum class statements.

@dataclass
class EnumBody:
    """An enum class being lowered: the names of its members, in order, and the values
    auto() counts from (None once a value is not a constant int)."""

    name: str
    members: list[str] = field(default_factory=list)
    last_values: list[int] | None = field(default_factory=list)


def enum_body(ctx: FunctionLowering, node: ast.ClassDef) -> EnumBody | None:
    """An EnumBody when a base of the class is Enum, IntEnum or an enum of the program."""
    found = False
    for base in node.bases:
        if is_imported(ctx, base, "enum.Enum", "enum.IntEnum"):
            found = True
        elif isinstance(base, ast.Name) and base.id in ctx.program.enums:
            if ctx.program.enums[base.id]:
                raise ctx.error(base, f"extending the enum {base.id}", "CPython refuses to extend an enum with members")
            found = True
    if not found:
        return None
    for stmt in node.body:
        if NEXT_VALUE_METHOD in bound_names(stmt):
            raise ctx.error(stmt, f"defining {NEXT_VALUE_METHOD} in an enum", "molt computes auto() values when it compiles")
    return EnumBody(node.name)


# The method an enum defines to compute its auto() values (CPython's
# Enum._generate_next_value_), which Molt never calls: auto() counts at compile time.
NEXT_VALUE_METHOD = "_generate_next_value_"


def bound_names(stmt: ast.stmt) -> list[str]:
    """The names a statement of a class body binds by a def or an assignment."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [stmt.name]
    targets: list[ast.expr] = [stmt.target] if isinstance(stmt, (ast.AnnAssign, ast.AugAssign)) else getattr(
        stmt, "targets", [])
    return [node.id for target in targets for node in ast.walk(target) if isinstance(node, ast.Name)]


def lower_member(ctx: FunctionLowering, body: EnumBody, stmt: ast.stmt) -> bool:
    """`NAME = value` in an enum body: a member (bound as its value until the class is
    made); False for other statements, which lower as in any class."""
    from molt.frontend.classes import bind

    targets: list[ast.expr] = [stmt.target] if isinstance(stmt, ast.AnnAssign) else getattr(stmt, "targets", [])
    value_node = getattr(stmt, "value", None)
    names = [t.id for t in targets if isinstance(t, ast.Name)]
    if value_node is None or not targets or len(names) != len(targets):
        return False
    members = [name for name in names if is_member_name(name) and not is_private(body.name, name)]
    if not members or isinstance(value_node, ast.Lambda):
        return False
    for name in members:
        check_member_name(ctx, stmt, body, name)
    for name in names:
        if name not in members and not is_private(body.name, name):
            raise ctx.error(stmt, f"assigning {name} together with a member")
    value = member_value(ctx, body, value_node)
    ctx.set_line(stmt)
    for name in names:
        bind(ctx, ctx.class_body, name, value)
        if name in members:
            body.members.append(name)
    return True


def is_member_name(name: str) -> bool:
    """Not _sunder_ nor __dunder__ (CPython's _is_sunder and _is_dunder)."""
    sunder = len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"
    dunder = len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"
    return not (sunder or dunder)


def is_private(class_name: str, name: str) -> bool:
    """CPython 3.11's enum._is_private: a name mangled in the class body (`__x` in class
    Color is `_Color__x`, mangling.py) is a plain attribute of the enum, not a member. (Its
    test of the character after the pattern compares a str with a list, so it never
    fails; not copied.)"""
    pattern = f"_{class_name}__"
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def check_member_name(ctx: FunctionLowering, stmt: ast.stmt, body: EnumBody, name: str) -> None:
    if name.startswith("__"):  # in a class named only underscores, which mangles nothing
        raise ctx.error(stmt, f"the private member name {name}")
    if name in body.members:
        raise ctx.error(stmt, f"defining the member {name} twice", "CPython refuses it")


def member_value(ctx: FunctionLowering, body: EnumBody, node: ast.expr) -> Value:
    """A member's value; auto() counts on from the last value, as CPython 3.11's
    _generate_next_value_ does when the values so far are ints in increasing order."""
    from molt.frontend.expressions import lower_expression

    if isinstance(node, ast.Call) and is_imported(ctx, node.func, "enum.auto"):
        if node.args or node.keywords:
            raise ctx.error(node, "auto() with arguments")
        last = body.last_values
        if last is None or (last and last[-1] != max(last)):
            raise ctx.error(node, "auto() after a value that is not an int above the others",
                            "molt computes auto() values when it compiles")
        number = last[-1] + 1 if last else 1
        last.append(number)
        return Const(number, OBJECT)
    constant = node.value if isinstance(node, ast.Constant) else None
    if body.last_values is not None:
        if isinstance(constant, int) and not isinstance(constant, bool):
            body.last_values.append(constant)
        else:
            body.last_values = None
    return lower_expression(ctx, node)


def make_members(ctx: FunctionLowering, cls: Value, body: EnumBody) -> None:
    """After the class is made: its members, from the values bound to their names."""
    from molt.frontend.containers import build_tuple

    names = build_tuple(ctx, [Const(name, OBJECT) for name in body.members])
    ctx.call_primitive("enum_make_members", [cls, names])
    ctx.program.enums[body.name] = bool(body.members)
