"""Fold what the program analysis proved (molt/analysis/program_facts.py) into the code.

- A branch that can go only one way becomes a goto, and the blocks no edge reaches go.
- In a program whose families are frozen (no class ever loses its number: the runtime
  traps if one would, wasm_runtime/layout.py), a class test the facts decide is a
  constant, or `x is not None` when the value is an instance of the tested classes or
  None; `self.x` in a method whose self is surely of its class's family is the slot's
  load or store without the epoch's test; a class called by name keeps its number.
- Then the class numbers nothing reads any more are not computed.

Runs right after the analysis, before the specializer (which must not see the ops of
blocks that never run: their registers' types come from the blocks that do).
"""

from __future__ import annotations

from molt.analysis.facts import Fact, in_range, narrowed, type_of
from molt.analysis.program_facts import FunctionFacts, Test
from molt.ir.ops import (
    Assign, Binary, Branch, Call, Const, FuncIR, Goto, Op, PyBinary, Register, Unbox, Unreachable, Value, line_of,
)
from molt.ir.types import BOOL, OBJECT

# Calls without effects, which go when nothing reads their result.
PURE_CALLS = frozenset({"numbered_now", "family_of", "plain_number", "class_number", "family_member", "in_family",
                        "class_numbered", "slots_valid"})


def fold_facts(fn: FuncIR, facts: FunctionFacts | None, frozen: bool) -> None:
    if facts is None:
        return
    for block in fn.blocks:
        if id(block) not in facts.reached:
            continue
        block.ops = with_unboxed_operands(block.ops, facts)
        if frozen:
            block.ops = [folded(op, facts) for op in block.ops]
        term = block.ops[-1]
        if isinstance(term, Branch) and id(term) in facts.edges:
            true_edge, false_edge = facts.edges[id(term)]
            if true_edge != false_edge:
                block.ops[-1] = Goto(term.if_true if true_edge else term.if_false, line=term.line)
            elif not true_edge:
                block.ops[-1] = Unreachable(line=term.line)  # it tests a value nothing gives
    fn.blocks = [b for b in fn.blocks if id(b) in facts.reached]
    drop_unread(fn)


def folded(op: Op, facts: FunctionFacts) -> Op:
    """The op a frozen program needs in place of op."""
    if not isinstance(op, Call):
        return op
    test, subject = facts.tests.get(id(op)), facts.subjects.get(id(op))
    if op.callee == "class_numbered" and op.dest is not None:
        return Assign(op.dest, Const(True, BOOL), line=op.line)
    if test is None or subject is None or test.subject is None:
        return op
    inside, outside = in_range(subject, test.first, test.count)
    if op.callee in ("in_family", "slots_valid") and op.dest is not None:
        if not outside or not inside:
            return Assign(op.dest, Const(not outside, BOOL), line=op.line)
        if is_none(narrowed(subject, test.first, test.count, False)):
            return Binary(op.dest, "ne", test.subject, Const(None, OBJECT), line=op.line)
    if outside:
        return op
    if op.callee == "getattr_static":
        return Call(op.dest, "slot_get", [op.args[0], op.args[1], op.args[3]], line=op.line)
    if op.callee == "setattr_static":
        return Call(None, "slot_store", [op.args[0], op.args[1], op.args[2], op.args[4]], line=op.line)
    return op


def with_unboxed_operands(ops: list[Op], facts: FunctionFacts) -> list[Op]:
    """Where a test narrowed an `object` register to an int, a float or a bool (its
    other values failed it), the ops after it read the register unboxed."""
    result: list[Op] = []
    for op in ops:
        narrowed = facts.narrowed.get(id(op))
        if narrowed and not keeps_boxed(op):
            mapping: dict[Register, Value] = {}
            for reg, fact in narrowed.values():
                rtype = type_of(fact)
                if reg.type == OBJECT and rtype is not None and not rtype.boxed:
                    unboxed = Register(f"{reg.name}_{rtype.name}", rtype)
                    result.append(Unbox(unboxed, reg, line=line_of(op)))
                    mapping[reg] = unboxed
            op.replace_operands(mapping)
        result.append(op)
    return result


def keeps_boxed(op: Op) -> bool:
    """Identity tests and class tests look at the boxed value itself."""
    return (isinstance(op, PyBinary) and op.op in ("is", "is not")) or (
        isinstance(op, Binary) and op.left.type == OBJECT) or (isinstance(op, Call) and op.callee in PURE_CALLS)


def is_none(fact: Fact) -> bool:
    return fact == frozenset({"none"})


def drop_unread(fn: FuncIR) -> None:
    """Remove copies and pure calls whose results nothing reads, until none is left."""
    while True:
        read: set[int] = set()
        for block in fn.blocks:
            for op in block.ops:
                read.update(id(v) for v in op.operands() if isinstance(v, Register))
        removed = False
        for block in fn.blocks:
            kept = [op for op in block.ops if not unread(op, read)]
            removed = removed or len(kept) != len(block.ops)
            block.ops = kept
        if not removed:
            return


def unread(op: Op, read: set[int]) -> bool:
    dest = op.dest_register()
    if dest is None or id(dest) in read:
        return False
    return isinstance(op, Assign) or (isinstance(op, Call) and op.callee in PURE_CALLS)


__all__ = ["fold_facts", "Test"]
