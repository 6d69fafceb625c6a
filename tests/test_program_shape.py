"""What the compiler proves of a program's instances and classes (molt/frontend/program_shape.py)."""

from __future__ import annotations

import ast

import pytest

from molt.frontend.families import shaped_classes
from molt.frontend.program_shape import program_shape

CLASSES = """
class A:
    def __init__(self):
        self.x = 1
    def get(self):
        return self.x
class B(A):
    pass
"""


def shape(program: str):  # type: ignore[no-untyped-def]
    tree = ast.parse(CLASSES + program)
    return program_shape(tree, set(shaped_classes(tree)))


@pytest.mark.parametrize("program", [
    "a = A(); a.y = 2; print(a.get(), getattr(a, 'y'), hasattr(a, 'z'))",
    "print(isinstance(B(), (A, B)), issubclass(B, A), A.get(B()))",
    "print(type(A()).__name__, type(A()) is A, A().__class__.__name__)",
    "match A():\n    case A(): print('A')",
])
def test_frozen(program: str) -> None:
    assert shape(program).split_dicts and shape(program).frozen


@pytest.mark.parametrize("program", [
    "print(vars(A()))",
    "print(A().__dict__)",
    "name = 'x'; print(getattr(A(), name))",
    "f = getattr; print(f(A(), 'x'))",
    "setattr(A(), 'x' + 'y', 1)",
    "object.__setattr__(A(), input(), 1)",
    "a = A(); a.get = lambda: 3",
    "setattr(A(), 'get', 1)",
])
def test_dicts_seen(program: str) -> None:
    assert not shape(program).split_dicts and not shape(program).frozen


@pytest.mark.parametrize("program", [
    "A.y = 2",
    "C = A",
    "setattr(A, 'x', 1)",
    "print([A, B])",
    "del B.get",
    "t = type(A())",
    "t = A().__class__",
    "f = type",
    "print(type(A()).__mro__)",
    "class K(A):\n    @classmethod\n    def make(cls):\n        return cls()",
    "class K(A):\n    def me(self):\n        return __class__",
])
def test_classes_reached(program: str) -> None:
    assert shape(program).split_dicts and not shape(program).frozen


@pytest.mark.parametrize("program", [
    "print(A.__mro__[0](2))",
    "B.__bases__[0].tag = 1",
    "getattr(A(), '__class__').tag = 1",
    "class S:\n    def __eq__(self, other):\n        other.tag = 1\n        return False\nprint(S() == A)",
    "print(type(A()) in [A])",
    "def isinstance(obj, cls):\n    cls.tag = 1\n    return True\nprint(isinstance(A(), A))",
])
def test_class_objects_reached_through_their_relations(program: str) -> None:
    assert not shape(program).frozen


def test_classes_compared_with_classes_stay_frozen() -> None:
    assert shape("a = A()\nprint(type(a) == A, a.__class__ != B, type(a) is B)").frozen
