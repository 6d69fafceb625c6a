"""Class decorators: @dataclass, @functools.total_ordering, and the program's own.

Decorators are evaluated before the class body runs and applied to the class after, the
innermost first, as in CPython. @dataclass is the exception: it writes methods into the
class body (dataclass_methods.py), so it takes effect before the class is made, as if it
were the innermost decorator.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Callable

from molt.frontend.context import FunctionLowering
from molt.frontend.dataclass_methods import DataclassOptions, dataclass_options
from molt.frontend.modules import resolve
from molt.ir.ops import Value


@dataclass
class Decoration:
    """The decorators of a class statement: @dataclass's options, and what applies each
    other decorator to the class object (outermost first)."""

    dataclass: DataclassOptions | None = None
    applications: list[Callable[[Value], Value]] = field(default_factory=list)

    def apply(self, cls: Value) -> Value:
        for application in reversed(self.applications):
            cls = application(cls)
        return cls


def class_decoration(ctx: FunctionLowering, node: ast.ClassDef) -> Decoration:
    """The decorators of a class statement, those of the program evaluated now."""
    from molt.frontend.expressions import lower_expression
    from molt.frontend.functions import call_with
    from molt.frontend.total_ordering import apply_total_ordering

    decoration = Decoration()
    for decorator in node.decorator_list:
        callee = decorator.func if isinstance(decorator, ast.Call) else decorator
        target = resolve(ctx, callee)
        if target is not None and target.dotted == "dataclasses.dataclass":
            if decoration.dataclass is not None:
                raise ctx.error(decorator, "@dataclass twice")
            decoration.dataclass = dataclass_options(ctx, decorator)
        elif target is not None and target.dotted == "functools.total_ordering" and decorator is callee:
            decoration.applications.append(lambda cls: apply_total_ordering(ctx, cls))
        else:
            value = lower_expression(ctx, decorator)
            decoration.applications.append(lambda cls, value=value: call_with(ctx, value, [cls]))  # type: ignore[misc]
    return decoration
