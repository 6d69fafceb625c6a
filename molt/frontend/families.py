"""Class families (Tier 0): classes whose instances' layouts the compiler knows, so that
in their methods `self.name` is a load from a slot at a fixed offset and `self.m(...)`
a direct call (wasm_runtime/layout.py: class_number, getattr_static, slots_valid).

A class is shaped when the compiler knows all it can become: a top-level class statement,
without decorators or keywords, whose name nothing else binds, whose bases are `object`
or shaped classes, and whose body binds none of the names that take attribute access
over (__slots__, __getattribute__, __setattr__, __delattr__). Its layout is computed here
as wasm_runtime/layout.py's layout_new computes it at run time.

Shaped classes are numbered in preorder of the tree of first bases, so that a class and
every class that keeps its layout as a prefix (its subclasses through first bases: its
family) have consecutive numbers. What is true of every class of a family and of their
bases, read from their bodies, holds for any instance whose class number is in the
family's range: those bodies are all the class dicts it can see until one is changed at
run time, when every class loses its number (wasm_runtime/layout.py: FAMILY_EPOCH).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Callable, TypeVar

from molt.frontend.context import UserFunction
from molt.frontend.layouts import instance_attribute_names, receiver
from molt.ir.classes import UNKNOWN, Binding, ClassInfo, ProgramClasses
from molt.ir.ops import Register

INSTANCE_SLOTS = 24  # wasm_runtime/layout.py
# Names that, bound in a class body, take over attribute access.
ACCESS_HOOKS = frozenset({"__slots__", "__getattribute__", "__setattr__", "__delattr__"})


class Absent:
    """No class body binds the name (ShapedClass.class_binding)."""


ABSENT = Absent()


@dataclass(eq=False)
class ShapedClass:
    """`bindings`: the names the class body binds, each to its def when that is a plain
    def (a function, which never decides an instance attribute) or None otherwise;
    constants count as plain too (a str or int is no descriptor)."""

    name: str
    node: ast.ClassDef
    bases: list[ShapedClass]
    layout: list[str]
    bindings: dict[str, ast.FunctionDef | ast.Constant | None]
    number: int = 0
    subclasses: list[ShapedClass] = field(default_factory=list)  # by first base

    def family(self) -> list[ShapedClass]:
        """The class and every class that keeps its layout (its first-base subtree)."""
        found = [self]
        for sub in self.subclasses:
            found += sub.family()
        return found

    def family_span(self) -> tuple[int, int]:
        """Its number and how many classes its family has."""
        return self.number, len(self.family())

    def ancestors(self) -> list[ShapedClass]:
        """The class and all its bases, transitively (the class dicts its MRO holds)."""
        found: dict[int, ShapedClass] = {}
        pending = [self]
        while pending:
            cls = pending.pop()
            if id(cls) not in found:
                found[id(cls)] = cls
                pending += cls.bases
        return list(found.values())

    def slot_offset(self, name: str) -> int | None:
        """The offset of `name`'s slot in every instance of the family, when they all
        have it there (exact_slot)."""
        return uniform([member.exact_slot(name) for member in self.family()])

    def method(self, name: str) -> ast.FunctionDef | None:
        """The def that `instance.name` finds for every instance of the family, when they
        all find the same plain def (exact_method)."""
        return uniform([member.exact_method(name) for member in self.family()])

    def exact_slot(self, name: str) -> int | None:
        """The offset of `name`'s slot in an instance of this very class, when no class of
        its MRO binds `name` to what might be a descriptor."""
        if name not in self.layout:
            return None
        if any(name in cls.bindings and cls.bindings[name] is None for cls in self.ancestors()):
            return None
        return INSTANCE_SLOTS + 8 * self.layout.index(name)

    def class_binding(self, name: str) -> ast.FunctionDef | ast.Constant | None | Absent:
        """What `C.name` finds in the class bodies of C's MRO, as `bindings` says it (ABSENT
        when no class binds it; None, unknown, past a class of several bases)."""
        cls: ShapedClass | None = self
        while cls is not None and name not in cls.bindings:
            if len(cls.bases) > 1:
                return None
            cls = cls.bases[0] if cls.bases else None
        return cls.bindings[name] if cls is not None else ABSENT

    def exact_method(self, name: str) -> ast.FunctionDef | None:
        """The plain def that `instance.name` finds for an instance of this very class
        whose slots hold no `name` (single inheritance only: the MRO is the chain)."""
        if name in self.layout:
            return None
        binding = self.class_binding(name)
        return binding if isinstance(binding, ast.FunctionDef) else None


T = TypeVar("T")


def uniform(answers: list[T | None]) -> T | None:
    """The answer when all are the same (defs compare by identity)."""
    first = answers[0]
    return first if first is not None and all(a == first for a in answers) else None


def family_ranges(shaped: dict[str, ShapedClass], answer: Callable[[ShapedClass], T | None]) -> list[tuple[int, int, T]]:
    """The classes numbered first .. first + count - 1 for which `answer` is the same
    value (not None), as (first, count, value), over all shaped classes."""
    ranges: list[tuple[int, int, T]] = []
    for cls in sorted(shaped.values(), key=lambda c: c.number):
        value = answer(cls)
        if value is None:
            continue
        if ranges and ranges[-1][0] + ranges[-1][1] == cls.number and ranges[-1][2] == value:
            first, count, _ = ranges[-1]
            ranges[-1] = (first, count + 1, value)
        else:
            ranges.append((cls.number, 1, value))
    return ranges


def shaped_classes(tree: ast.Module) -> dict[str, ShapedClass]:
    """The program's shaped classes by name, numbered."""
    rebound = names_bound_elsewhere(tree)
    shaped: dict[str, ShapedClass] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.decorator_list or node.keywords or node.name in rebound:
            continue
        if any(not isinstance(b, ast.Name) or (b.id != "object" and b.id not in shaped) for b in node.bases):
            continue
        if "object" in rebound and any(b.id == "object" for b in node.bases if isinstance(b, ast.Name)):
            continue
        bindings = body_bindings(node)
        if ACCESS_HOOKS & set(bindings):
            continue
        bases = [shaped[b.id] for b in node.bases if isinstance(b, ast.Name) and b.id != "object"]
        layout: list[str] = []
        for base in bases:
            layout += [n for n in base.layout if n not in layout]
        layout += [n for n in instance_attribute_names(node) if n not in layout]
        cls = ShapedClass(node.name, node, bases, layout, bindings)
        if bases:
            bases[0].subclasses.append(cls)
        shaped[node.name] = cls
    number = 1
    for cls in shaped.values():
        if not cls.bases:
            for member in cls.family():
                member.number = number
                number += 1
    return shaped


def body_bindings(node: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.Constant | None]:
    bindings: dict[str, ast.FunctionDef | ast.Constant | None] = {}
    seen: set[str] = set()

    def bind(name: str, value: ast.FunctionDef | ast.Constant | None) -> None:
        # A name bound twice is whatever ran last: not known here.
        bindings[name] = value if name not in seen else None
        seen.add(name)

    for stmt in node.body:
        if isinstance(stmt, ast.FunctionDef) and not stmt.decorator_list:
            bind(stmt.name, stmt)
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) and all(
                isinstance(t, ast.Name) for t in stmt.targets):
            for target in stmt.targets:
                assert isinstance(target, ast.Name)
                bind(target.id, stmt.value)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and (
                stmt.value is None or isinstance(stmt.value, ast.Constant)):
            if stmt.value is not None:
                bind(stmt.target.id, stmt.value)
        else:
            for name in statement_bindings(stmt):
                bind(name, None)
    return bindings


def statement_bindings(stmt: ast.stmt) -> set[str]:
    """The names a statement of a class body binds (not those of the functions it defines)."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {stmt.name}
    names: set[str] = set()
    pending: list[ast.AST] = [stmt]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        elif isinstance(node, ast.Lambda):
            continue
        pending.extend(ast.iter_child_nodes(node))
    return names


def names_bound_elsewhere(tree: ast.Module) -> set[str]:
    """Names bound anywhere in the program other than by one top-level class statement:
    a class bound to such a name may not be the class its statement made."""
    counts: dict[str, int] = {}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names = [node.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.alias):
            names = [(node.asname or node.name).split(".")[0]]
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names = list(node.names) * 2
        elif isinstance(node, ast.arg):
            names = [node.arg]
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            names = [node.name]  # `except E as name`, `case name`
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names = [node.rest]
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, count in counts.items() if count > 1}


@dataclass
class Receiver:
    """The `self` of a method of a shaped class while its body is lowered: its name, its
    class, and the register that tells whether it is a member of the class's family."""

    name: str
    cls: ShapedClass
    member: Register  # BOOL


def method_receiver(shaped: dict[str, ShapedClass], method: ast.AST) -> tuple[str, ShapedClass] | None:
    """For a def directly in the body of a shaped class, whose first parameter nothing
    rebinds: that parameter's name and the class."""
    if not isinstance(method, ast.FunctionDef):
        return None
    owner = next((cls for cls in shaped.values() if any(stmt is method for stmt in cls.node.body)), None)
    name = receiver(method)
    if owner is None or name is None:
        return None
    for node in ast.walk(method):
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, (ast.Store, ast.Del)):
            return None
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return None
    return name, owner


def program_classes(shaped: dict[str, ShapedClass], tree: ast.Module, methods: dict[str, list[UserFunction]],
                    split_dicts: bool, frozen: bool) -> ProgramClasses:
    """What the stages after the frontend learn of the classes (molt/ir/classes.py)."""
    plain = {id(m.node): m.symbol for found in methods.values() for m in found}
    info = ProgramClasses(split_dicts=split_dicts, frozen=frozen,
                          methods={name: [m.symbol for m in found] for name, found in methods.items()})
    for cls in shaped.values():
        bindings: dict[str, Binding] = {}
        for name, bound in cls.bindings.items():
            if isinstance(bound, ast.FunctionDef) and id(bound) in plain:
                bindings[name] = Binding("def", plain[id(bound)])
            elif isinstance(bound, ast.Constant) and isinstance(bound.value, (int, float, str, type(None))):
                bindings[name] = Binding("const", value=bound.value)
            elif isinstance(bound, ast.Constant):
                bindings[name] = Binding("value")
            else:
                bindings[name] = UNKNOWN
        info.classes[cls.number] = ClassInfo(cls.name, cls.number, list(cls.layout), lookup_chain(cls), bindings)
    info.open_subclasses = any(
        isinstance(node, ast.ClassDef) and not (node.name in shaped and shaped[node.name].node is node)
        and any(isinstance(b, ast.Name) and b.id in shaped for b in node.bases)
        for node in ast.walk(tree))
    return info


def lookup_chain(cls: ShapedClass) -> list[int] | None:
    """The numbers of the classes of cls's MRO when it is a chain of single bases."""
    chain: list[int] = []
    link: ShapedClass | None = cls
    while link is not None:
        if len(link.bases) > 1:
            return None
        chain.append(link.number)
        link = link.bases[0] if link.bases else None
    return chain
