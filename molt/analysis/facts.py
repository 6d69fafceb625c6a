"""Facts: what a value can be, as the program analysis (program_facts.py) computes them.

A fact is a set of atoms, one for each kind of value the register may hold:
    'int' 'float' 'bool' 'str' 'none' 'list' 'tuple' 'dict'   values of those types
    n > 0      an instance of the shaped class numbered n (molt/ir/classes.py)
    -n         the class object of the shaped class numbered n
    'list#<site>'  a list made at that site of the program (analysis/heap.py)
    'iter#<list atom>'  an iterator over such a list
    'unbound'  the UNBOUND marker of a local not assigned yet
    'stop'     the STOP marker an iterator's next gives when it is done
    'top'      anything at all (a fact holding it is TOP, whatever else it holds)
The empty fact (NOTHING) is a register that holds no value yet: the analysis is
optimistic, and a value nothing reaches stays NOTHING.
"""

from __future__ import annotations

from typing import Union

from molt.ir.ops import STOP, UNBOUND, Const, ConstTuple, Sentinel
from molt.ir.types import BOOL, DICT, FLOAT, INT, LIST, NONE, OBJECT, STR, TUPLE, RType

Atom = Union[str, int]
Fact = frozenset[Atom]

TOP: Fact = frozenset({"top"})
NOTHING: Fact = frozenset()
NONE_FACT: Fact = frozenset({"none"})

KINDS: dict[RType, str] = {INT: "int", FLOAT: "float", BOOL: "bool", STR: "str", NONE: "none", LIST: "list",
                           TUPLE: "tuple", DICT: "dict"}
TYPES: dict[str, RType] = {kind: rtype for rtype, kind in KINDS.items()}


def of_type(rtype: RType) -> Fact:
    """The fact of a register whose representation says its Python type."""
    kind = KINDS.get(rtype)
    return frozenset({kind}) if kind is not None else TOP


def of_const(const: Const) -> Fact:
    value = const.value
    if isinstance(value, Sentinel):
        if value is UNBOUND:
            return frozenset({"unbound"})
        return frozenset({"stop"}) if value is STOP else TOP
    if const.type not in (OBJECT, *KINDS):
        return TOP  # a machine value: no Python value
    if value is None:
        return NONE_FACT
    for python_type, kind in ((bool, "bool"), (int, "int"), (float, "float"), (str, "str"), (ConstTuple, "tuple")):
        if isinstance(value, python_type):
            return frozenset({kind})
    return TOP


def of_items(t: ConstTuple) -> Fact:
    """What an item of a tuple constant is (a list display of constants is made from one)."""
    fact: Fact = NOTHING
    for item in t.items:
        fact |= frozenset({"tuple"}) if isinstance(item, ConstTuple) else of_const(Const.of(item))
    return fact


def type_of(fact: Fact) -> RType | None:
    """The representation a register of this fact can have: a Python type it always has,
    else OBJECT; None when it holds nothing."""
    if not fact:
        return None
    if all(isinstance(a, str) and (a == "list" or a.startswith("list#")) for a in fact):
        return TYPES["list"]  # lists made at sites of their own (analysis/heap.py)
    if len(fact) == 1:
        (atom,) = fact
        if isinstance(atom, str) and atom in TYPES:
            return TYPES[atom]
    return OBJECT


def instances(fact: Fact) -> list[int]:
    """The numbers of the shaped classes whose instances the fact holds."""
    return sorted(a for a in fact if isinstance(a, int) and a > 0)


def class_objects(fact: Fact) -> list[int]:
    return sorted(-a for a in fact if isinstance(a, int) and a < 0)


def in_range(fact: Fact, first: int, count: int) -> tuple[bool, bool]:
    """(can be, can be other than) an instance of a class numbered in [first, first + count)."""
    if "top" in fact:
        return True, True
    inside = any(isinstance(a, int) and first <= a < first + count for a in fact)
    outside = any(not (isinstance(a, int) and first <= a < first + count) for a in fact)
    return inside, outside


def narrowed(fact: Fact, first: int, count: int, inside: bool) -> Fact:
    """The fact of a value known to be (inside) or not to be (not inside) an instance of a
    class numbered in [first, first + count)."""
    members = frozenset(range(first, first + count))
    if inside:
        return members if "top" in fact else frozenset(a for a in fact if a in members)
    return fact if "top" in fact else frozenset(a for a in fact if a not in members)


def without(fact: Fact, atom: Atom) -> Fact:
    return fact if "top" in fact else fact - {atom}


def only(fact: Fact, atom: Atom) -> Fact:
    """The fact of a value known to be `atom` (NOTHING when it cannot be)."""
    return frozenset({atom}) if "top" in fact or atom in fact else NOTHING
