"""@dataclass: the fields of a class body, and the methods generated from them.

As CPython's dataclasses module does, Molt writes each method as Python source
(__init__, __repr__, __eq__, the order methods, __hash__, and __setattr__/__delattr__ for
frozen classes) and compiles it as a method of the class (synthesized.py). The source
lays out like CPython's, so that a traceback names the same "<string>" lines. Values the
methods need (defaults, default factories, the FrozenInstanceError class) reach them as
defaults of their parameters, computed in the class body: the source never names a
global the program could rebind.

Fields are known when Molt compiles: the annotated names of the class body, after those
of its dataclass bases. A base's defaults are the values its class body computed, so a
dataclass may inherit only from a dataclass made earlier by a top-level statement.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, fields, replace

from molt.frontend.context import FunctionLowering
from molt.frontend.modules import is_imported
from molt.ir.ops import Call, Const, LoadGlobal, Value
from molt.ir.types import I32, OBJECT

FILE = "<string>"
# The global that holds dataclasses.FrozenInstanceError (made at the start of the program:
# enum_classes.py lowers the modules' classes).
FROZEN_ERROR_GLOBAL = "dataclasses.FrozenInstanceError"


@dataclass(frozen=True)
class DataclassOptions:
    """The arguments of @dataclass(...) that Molt supports (CPython's defaults)."""

    init: bool = True
    repr: bool = True
    eq: bool = True
    order: bool = False
    frozen: bool = False
    match_args: bool = True


@dataclass
class Field:
    """A field: its default value or default factory (computed in the class body), and
    whether __init__, __repr__ and the comparisons use it."""

    name: str
    default: Value | None = None
    factory: Value | None = None
    init: bool = True
    repr: bool = True
    compare: bool = True

    @property
    def has_default(self) -> bool:
        return self.default is not None or self.factory is not None


@dataclass
class DataclassBody:
    """A dataclass being lowered: its options and the fields its body declares."""

    options: DataclassOptions
    fields: dict[str, Field] = field(default_factory=dict)
    # The fields the generated __init__ stores, its own and its bases' (instance layout).
    stored_fields: list[str] = field(default_factory=list)
    # A frozen dataclass's: the list its __setattr__ finds the class in (frozen_methods).
    class_holder: Value | None = None


@dataclass
class DataclassInfo:
    """A dataclass made: what a dataclass that inherits from it needs."""

    fields: dict[str, Field]
    frozen: bool
    post_init: bool
    statement_index: int  # the top-level statement that made it, -1 if in a block


def dataclass_options(ctx: FunctionLowering, decorator: ast.expr) -> DataclassOptions:
    """The options of `@dataclass` or `@dataclass(...)`, each True or False."""
    if not isinstance(decorator, ast.Call):
        return DataclassOptions()
    if decorator.args:
        raise ctx.error(decorator, "positional arguments to dataclass()")
    known = {f.name for f in fields(DataclassOptions)}
    values: dict[str, bool] = {}
    for keyword in decorator.keywords:
        if keyword.arg not in known:
            raise ctx.error(keyword, f"dataclass({keyword.arg}=...)" if keyword.arg else "dataclass(**options)")
        values[keyword.arg] = constant_flag(ctx, keyword.value, f"dataclass({keyword.arg}=...)")
    options = replace(DataclassOptions(), **values)
    if options.order and not options.eq:
        raise ctx.error(decorator, "dataclass(order=True, eq=False)", "CPython refuses it: eq must be true if order is true")
    return options


def constant_flag(ctx: FunctionLowering, node: ast.expr, what: str) -> bool:
    if not (isinstance(node, ast.Constant) and isinstance(node.value, bool)):
        raise ctx.error(node, f"{what} with a value that is not True or False")
    return node.value


# The class body.

def lower_field(ctx: FunctionLowering, body: DataclassBody, stmt: ast.AnnAssign) -> None:
    """`name: T`, `name: T = default` or `name: T = field(...)` in a dataclass body. The
    default is the class attribute, as in CPython; a default factory is kept for __init__."""
    from molt.frontend.classes import bind
    from molt.frontend.expressions import lower_expression

    assert isinstance(stmt.target, ast.Name)
    name = stmt.target.id
    if is_class_variable(ctx, stmt.annotation):
        if stmt.value is not None:
            bind(ctx, ctx.class_body, name, lower_expression(ctx, stmt.value))
        return
    if is_imported(ctx, stmt.annotation, "dataclasses.InitVar"):
        raise ctx.error(stmt.annotation, "InitVar fields")
    value = stmt.value
    if isinstance(value, ast.Call) and is_imported(ctx, value.func, "dataclasses.field"):
        found = field_call(ctx, name, value)
    else:
        found = Field(name)
        if value is not None:
            check_default(ctx, name, value)
            found.default = lower_expression(ctx, value)
    ctx.set_line(stmt)
    if found.default is not None:
        bind(ctx, ctx.class_body, name, found.default)
    body.fields.pop(name, None)  # annotated again: CPython's __annotations__ keeps the first place
    body.fields[name] = found


FIELD_FLAGS = ("init", "repr", "compare")


def field_call(ctx: FunctionLowering, name: str, call: ast.Call) -> Field:
    """field(default=..., default_factory=..., init=, repr=, compare=)."""
    from molt.frontend.expressions import lower_expression

    if call.args:
        raise ctx.error(call, "positional arguments to field()")
    found = Field(name)
    for keyword in call.keywords:
        if keyword.arg == "default":
            check_default(ctx, name, keyword.value)
            found.default = lower_expression(ctx, keyword.value)
        elif keyword.arg == "default_factory":
            found.factory = lower_expression(ctx, keyword.value)
        elif keyword.arg in FIELD_FLAGS:
            setattr(found, keyword.arg, constant_flag(ctx, keyword.value, f"field({keyword.arg}=...)"))
        else:
            raise ctx.error(keyword, f"field({keyword.arg}=...)" if keyword.arg else "field(**options)")
    if found.default is not None and found.factory is not None:
        raise ctx.error(call, "field() with both default and default_factory", "CPython refuses it")
    return found


def check_default(ctx: FunctionLowering, name: str, value: ast.expr) -> None:
    """CPython refuses a mutable default (ValueError when the class is made)."""
    kinds = {ast.List: "list", ast.Dict: "dict", ast.Set: "set", ast.ListComp: "list", ast.DictComp: "dict",
             ast.SetComp: "set"}
    kind = kinds.get(type(value))
    if kind is not None:
        raise ctx.error(value, f"the mutable default {kind} of the field {name}",
                        "CPython refuses it: use field(default_factory=...)")


def is_class_variable(ctx: FunctionLowering, annotation: ast.expr) -> bool:
    """ClassVar, ClassVar[T] (or typing.ClassVar ..., or either as a string): not a field."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return False
        head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
        return isinstance(head, (ast.Name, ast.Attribute)) and getattr(head, "id", getattr(head, "attr", "")) == "ClassVar"
    if isinstance(annotation, ast.Subscript):
        annotation = annotation.value
    return is_imported(ctx, annotation, "typing.ClassVar")


# The methods.

def add_dataclass_methods(ctx: FunctionLowering, node: ast.ClassDef, body: DataclassBody, names: set[str]) -> None:
    """The generated methods, bound in the class body being lowered (a method the class
    defines itself is kept, as CPython keeps it). Their symbols name the class statement's
    line: another class of the same name gets methods of its own."""
    from molt.frontend.synthesized import written_by_molt

    with written_by_molt(ctx, f"{ctx.module_name}.<dataclass {node.lineno}>", FILE):
        bind_dataclass_methods(ctx, node, body, names)


def bind_dataclass_methods(ctx: FunctionLowering, node: ast.ClassDef, body: DataclassBody, names: set[str]) -> None:
    from molt.frontend.classes import bind, read_class_name

    all_fields = inherited_fields(ctx, node, body.options)
    all_fields.update(body.fields)
    for f in all_fields.values():
        if f.default is not None and f.name in body.fields:
            f.default = read_class_name(ctx, f.name)  # the class attribute at the end of the body
    options = body.options
    info = DataclassInfo(all_fields, options.frozen, "__post_init__" in names or any_base_post_init(ctx, node),
                         statement_index(ctx, node))
    ctx.program.dataclasses[node.name] = info
    if options.init and "__init__" not in names:
        body.stored_fields = [f.name for f in all_fields.values() if f.init or f.has_default]
    methods = generated_methods(ctx, node, body, all_fields, names, info.post_init)
    ctx.set_line(node)
    for name, value in methods:
        bind(ctx, ctx.class_body, name, value)


def generated_methods(ctx: FunctionLowering, node: ast.ClassDef, body: DataclassBody,
                      all_fields: dict[str, Field], names: set[str], post_init: bool) -> list[tuple[str, Value]]:
    """The methods (and __match_args__) the options ask for, in CPython's order."""
    from molt.frontend.containers import build_tuple

    options = body.options
    methods: list[tuple[str, Value]] = []
    if options.init and "__init__" not in names:
        methods.append(("__init__", init_method(ctx, node, list(all_fields.values()), options, post_init)))
    if options.repr and "__repr__" not in names:
        methods.append(("__repr__", simple_method(ctx, repr_source(all_fields))))
    if options.eq and "__eq__" not in names:
        methods.append(("__eq__", simple_method(ctx, compare_source("__eq__", "==", all_fields))))
    if options.order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            refuse_overwrite(ctx, node, names, name, "Consider using functools.total_ordering")
            methods.append((name, simple_method(ctx, compare_source(name, op, all_fields))))
    if options.frozen:
        methods += frozen_methods(ctx, node, body, all_fields, names)
    if options.eq and options.frozen and "__hash__" not in names:
        methods.append(("__hash__", simple_method(ctx, hash_source(all_fields))))
    if options.match_args and "__match_args__" not in names:
        match_args: list[Value] = [Const(f.name, OBJECT) for f in all_fields.values() if f.init]
        methods.append(("__match_args__", build_tuple(ctx, match_args)))
    return methods


def refuse_overwrite(ctx: FunctionLowering, node: ast.ClassDef, names: set[str], name: str, hint: str = "") -> None:
    if name in names:
        raise ctx.error(node, f"a dataclass that defines {name} itself",
                        f"CPython refuses it: Cannot overwrite attribute {name} in class {node.name}. {hint}".rstrip())


def statement_index(ctx: FunctionLowering, node: ast.ClassDef) -> int:
    tree = ctx.program.tree
    top_level = tree is not None and any(stmt is node for stmt in tree.body)
    return ctx.statement_index if top_level else -1


def dataclass_bases(ctx: FunctionLowering, node: ast.ClassDef) -> list[tuple[ast.expr, DataclassInfo]]:
    """The bases that are dataclasses of the program, each made by an earlier top-level
    statement (its defaults are values that statement computed)."""
    found = []
    for base in node.bases:
        info = ctx.program.dataclasses.get(base.id) if isinstance(base, ast.Name) else None
        if info is None:
            continue
        if info.statement_index < 0 or info.statement_index >= ctx.statement_index:
            raise ctx.error(base, "a dataclass whose dataclass base is made in a block",
                            "its defaults must be computed before, by a top-level statement")
        found.append((base, info))
    return found


def inherited_fields(ctx: FunctionLowering, node: ast.ClassDef, options: DataclassOptions) -> dict[str, Field]:
    """The fields of the dataclass bases, the last base's first (CPython collects them
    along the MRO in reverse)."""
    result: dict[str, Field] = {}
    for base, info in reversed(dataclass_bases(ctx, node)):
        if info.frozen != options.frozen:
            raise ctx.error(base, "a frozen dataclass with a base that is not, or the other way round",
                            "CPython refuses it")
        result.update({name: replace(f) for name, f in info.fields.items()})
    return result


def any_base_post_init(ctx: FunctionLowering, node: ast.ClassDef) -> bool:
    return any(info.post_init for _, info in dataclass_bases(ctx, node))


def simple_method(ctx: FunctionLowering, source: str) -> Value:
    from molt.frontend.synthesized import method_object

    return method_object(ctx, source, [], {})


def self_name(all_fields: dict[str, Field]) -> str:
    """`self`, unless a field has that name (CPython's rule)."""
    return "__dataclass_self__" if "self" in all_fields else "self"


def method_source(header: str, lines: list[str]) -> str:
    """A def as CPython's _create_fn lays it out: the def on line 2, its body from line 3."""
    return "\n" + header + "\n" + "".join(f"  {line}\n" for line in (lines or ["pass"]))


def repr_source(all_fields: dict[str, Field]) -> str:
    me = self_name(all_fields)
    parts = ", ".join(f"{f.name}={{{me}.{f.name}!r}}" for f in all_fields.values() if f.repr)
    return method_source(f"def __repr__({me}):", [f'return {me}.__class__.__qualname__ + f"({parts})"'])


def field_tuple(owner: str, all_fields: dict[str, Field]) -> str:
    return "(" + "".join(f"{owner}.{f.name}," for f in all_fields.values() if f.compare) + ")"


def compare_source(name: str, op: str, all_fields: dict[str, Field]) -> str:
    me = self_name(all_fields)
    return method_source(f"def {name}({me}, other):", [
        f"if type(other) is type({me}):",  # CPython: other.__class__, which Molt's builtins lack
        f" return {field_tuple(me, all_fields)}{op}{field_tuple('other', all_fields)}",
        "return NotImplemented",
    ])


def hash_source(all_fields: dict[str, Field]) -> str:
    me = self_name(all_fields)
    return method_source(f"def __hash__({me}):", [f"return hash({field_tuple(me, all_fields)})"])


def init_method(ctx: FunctionLowering, node: ast.ClassDef, all_fields: list[Field], options: DataclassOptions,
                post_init: bool) -> Value:
    """__init__(self, <init fields>): each field from its argument, its default or its
    factory (called per instance)."""
    from molt.frontend.synthesized import method_object

    me = self_name({f.name: f for f in all_fields})
    params, lines = [me], []
    defaults: list[Value | None] = []
    kwdefaults: dict[str, Value] = {}
    seen_default: Field | None = None
    sentinel: Value | None = None
    for f in all_fields:
        if f.init:
            if f.has_default:
                seen_default = f
                if f.factory is not None and sentinel is None:
                    sentinel = ctx.call_primitive("list_new", [Const(0, I32)])  # a value no caller has
                defaults.append(f.default if f.default is not None else sentinel)
                params.append(f"{f.name}=_")
            elif seen_default is not None:
                raise ctx.error(node, f"the field {f.name} without a default after the field {seen_default.name}",
                                f"CPython refuses it: non-default argument '{f.name}' follows default argument")
            else:
                params.append(f.name)
        value = field_initial_value(f, kwdefaults)
        if value is not None:
            lines.append(field_store(me, f.name, value, options.frozen))
    if sentinel is not None:
        kwdefaults["__dataclass_HAS_DEFAULT_FACTORY__"] = sentinel
    if kwdefaults:
        params.append("*")
        params += [f"{name}=_" for name in kwdefaults]
    if post_init:
        lines.append(f"{me}.__post_init__()")
    source = method_source(f"def __init__({', '.join(params)}):", lines)
    return method_object(ctx, source, [d for d in defaults if d is not None], kwdefaults)


def field_initial_value(f: Field, kwdefaults: dict[str, Value]) -> str | None:
    """The expression __init__ gives a field (None: it leaves the field unset). Defaults
    and factories are hidden keyword-only parameters of __init__."""
    if f.factory is not None:
        factory = f"__dataclass_dflt_{f.name}__"
        kwdefaults[factory] = f.factory
        if f.init:
            return f"{factory}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}"
        return f"{factory}()"
    if f.init:
        return f.name
    if f.default is not None:
        default = f"__dataclass_dflt_{f.name}__"
        kwdefaults[default] = f.default
        return default
    return None


def field_store(me: str, name: str, value: str, frozen: bool) -> str:
    if frozen:
        return f"object.__setattr__({me},{name!r},{value})"
    return f"{me}.{name}={value}"


def frozen_methods(ctx: FunctionLowering, node: ast.ClassDef, body: DataclassBody, all_fields: dict[str, Field],
                   names: set[str]) -> list[tuple[str, Value]]:
    """__setattr__ and __delattr__ that raise FrozenInstanceError for the class's own
    instances and for its fields (a subclass's other attributes may change). The class
    reaches them in a list that gets it once it is made (class_made)."""
    from molt.frontend.synthesized import method_object

    error = ctx.new_temp()
    ctx.builder.emit(LoadGlobal(error, FROZEN_ERROR_GLOBAL))
    body.class_holder = ctx.call_primitive("list_new", [Const(0, I32)])
    me = self_name(all_fields)
    field_names = "".join(f"{name!r}," for name in all_fields)
    methods = []
    for name, params, verb in (("__setattr__", "name, value", "assign to"), ("__delattr__", "name", "delete")):
        refuse_overwrite(ctx, node, names, name)
        source = method_source(f"def {name}({me}, {params}, *, __dataclass_error__=_, __dataclass_cls__=_):", [
            f"if type({me}) is __dataclass_cls__[0] or name in ({field_names}):",
            f' raise __dataclass_error__(f"cannot {verb} field {{name!r}}")',
            f"object.{name}({me}, {params})",  # CPython: super(cls, self).{name}
        ])
        kwdefaults: dict[str, Value] = {"__dataclass_error__": error, "__dataclass_cls__": body.class_holder}
        methods.append((name, method_object(ctx, source, [], kwdefaults)))
    return methods


def class_made(ctx: FunctionLowering, cls: Value, body: DataclassBody) -> None:
    """After class_new: a frozen dataclass's stores go to its __setattr__, which learns
    the class."""
    if body.class_holder is not None:
        ctx.builder.emit(Call(None, "class_mark_setattr", [cls]))
        ctx.call_primitive("list_append", [body.class_holder, cls])

