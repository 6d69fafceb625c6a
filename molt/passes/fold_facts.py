"""Fold what the program analysis proved (molt/analysis/program_facts.py) into the code.

- A branch that can go only one way becomes a goto, and the blocks no edge reaches go.
- A value the analysis proved to be an int, a float or a bool is unboxed where it is
  read as one: the result of a runtime call that returns it boxed (an attribute, a
  list's item), and a register that a test narrowed (`n` once `n is UNBOUND` failed).
- In a program whose families are frozen (no class ever loses its number: the runtime
  traps if one would, wasm_runtime/layout.py), a class test the facts decide is a
  constant, or `x is not None` when the value is an instance of the tested classes or
  None; `self.x` in a method whose self is surely of its class's family is the slot's
  load or store without the epoch's test; a class called by name keeps its number.
- Then the class numbers nothing reads any more are not computed.

With `check` (tests: molt.driver.Options.check_ir), each fact that an unboxing or a
folded class test relies on is tested at run time (wasm_runtime/fact_checks.py).

Runs right after the analysis, before the specializer (which must not see the ops of
blocks that never run: their registers' types come from the blocks that do).
"""

from __future__ import annotations

from molt.analysis.facts import NOTHING, Fact, in_range, instances, narrowed, of_const, type_of
from molt.analysis.function_facts import FunctionFacts
from molt.analysis.program_facts import ProgramAnalysis
from molt.analysis.representation import computes_with
from molt.ir.ops import (
    Assign, Binary, Branch, Call, Const, FuncIR, Goto, Op, PyBinary, Register, Return, Unbox, Unreachable, Value,
    line_of,
)
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import BOOL, FLOAT, I32, INT, OBJECT, RType

# Calls without effects, which go when nothing reads their result.
PURE_CALLS = frozenset({"numbered_now", "family_of", "plain_number", "class_number", "family_member", "in_family",
                        "class_numbered", "slots_valid", "is_instance_object"})
# wasm_runtime/fact_checks.py's kinds.
KIND_CODES = {INT: 0, FLOAT: 1, BOOL: 2}
# Values that are never heap objects (no reference to take or release).
HEAP_FREE = frozenset({"bool", "none", "float", "unbound", "stop"})
# Reads of slots that give the value unboxed (wasm_runtime/scalar_slots.py).
UNBOXED_SLOT_READS = {BOOL: "slot_get_bool", FLOAT: "slot_get_float"}


class Folder:
    def __init__(self, fn: FuncIR, facts: FunctionFacts, analysis: ProgramAnalysis, check: bool) -> None:
        self.fn, self.facts, self.analysis, self.check = fn, facts, analysis, check
        self.frozen = analysis.classes.frozen
        self.count = 0

    def run(self) -> None:
        facts = self.facts
        for block in self.fn.blocks:
            if id(block) not in facts.reached:
                continue
            ops: list[Op] = []
            for op in block.ops:
                self.unbox_operands(op, ops)
                for new in self.folded(op) if self.frozen else [op]:
                    ops += self.scalar_store(new)
                self.unbox_result(ops)
            block.ops = ops
            term = block.ops[-1]
            if isinstance(term, Branch) and id(term) in facts.edges:
                true_edge, false_edge = facts.edges[id(term)]
                if true_edge != false_edge:
                    block.ops[-1] = Goto(term.if_true if true_edge else term.if_false, line=term.line)
                elif not true_edge:
                    block.ops[-1] = Unreachable(line=term.line)  # it tests a value nothing gives
        self.fn.blocks = [b for b in self.fn.blocks if id(b) in facts.reached]
        drop_unread(self.fn)

    def temp(self, rtype: RType, hint: str) -> Register:
        self.count += 1
        return Register(f"{hint}_{self.count}", rtype)

    def unboxed(self, value: Register, rtype: RType, line: int, ops: list[Op]) -> Register:
        """value (boxed, proved to be of rtype) unboxed, with its check."""
        if self.check:
            ops.append(Call(None, "fact_check_kind", [value, Const(KIND_CODES[rtype], I32)], line=line))
        dest = self.temp(rtype, f"{value.name}_{rtype.name}")
        ops.append(Unbox(dest, value, line=line))
        return dest

    def unbox_operands(self, op: Op, ops: list[Op]) -> None:
        """Where a test narrowed an `object` register to an int, a float or a bool (its
        other values failed it), the op reads it unboxed."""
        narrowed_here = self.facts.narrowed.get(id(op))
        if not narrowed_here or keeps_boxed(op):
            return
        mapping: dict[Register, Value] = {}
        computed = {id(v) for i, v in enumerate(op.operands()) if self.wants_unboxed(op, i)}
        for reg, fact in narrowed_here.values():
            rtype = type_of(fact)
            if reg.type == OBJECT and rtype in KIND_CODES and id(reg) in computed:
                mapping[reg] = self.unboxed(reg, rtype, line_of(op), ops)
        op.replace_operands(mapping)

    def wants_unboxed(self, op: Op, index: int) -> bool:
        """Whether op computes with its index-th operand, or takes it unboxed."""
        if isinstance(op, Assign):
            return not op.dest.type.boxed
        if isinstance(op, Return):
            return self.fn.result is not None and not self.fn.result.boxed
        if isinstance(op, Call) and op.callee in self.analysis.python:
            params = self.analysis.python[op.callee].params
            return index < len(params) and not params[index].type.boxed
        return computes_with(op, index, self.analysis)

    def unbox_result(self, ops: list[Op]) -> None:
        """A runtime call whose result the analysis typed (an attribute that is always an
        int ...) returns it boxed: the register gets it unboxed."""
        op = ops[-1]
        if not (isinstance(op, Call) and op.dest is not None and op.callee in PRIMITIVES):
            return
        result = PRIMITIVES[op.callee].result
        if result is None or not result.boxed or op.dest.type not in KIND_CODES:
            return
        if op.callee == "slot_get" and op.dest.type in UNBOXED_SLOT_READS:
            ops[-1] = Call(op.dest, UNBOXED_SLOT_READS[op.dest.type], op.args, line=op.line)
            return
        dest, op.dest = op.dest, self.temp(result, "boxed")
        ops.append(Assign(dest, self.unboxed(op.dest, dest.type, op.line, ops), line=op.line))

    def folded(self, op: Op) -> list[Op]:
        """What a frozen program needs in place of op."""
        if not isinstance(op, Call):
            return [op]
        test, subject = self.facts.tests.get(id(op)), self.facts.subjects.get(id(op))
        if op.callee == "class_numbered" and op.dest is not None:
            return [Assign(op.dest, Const(True, BOOL), line=op.line)]
        if test is None or subject is None or test.subject is None:
            return [op]
        inside, outside = in_range(subject, test.first, test.count)
        checked: list[Op] = []
        if self.check and inside and not outside:
            checked.append(Call(None, "fact_check_family",
                                [test.subject, Const(test.first, I32), Const(test.count, I32)], line=op.line))
        if op.callee in ("in_family", "slots_valid") and op.dest is not None:
            if not outside or not inside:
                return checked + [Assign(op.dest, Const(not outside, BOOL), line=op.line)]
            if is_none(narrowed(subject, test.first, test.count, False)):
                return [Binary(op.dest, "ne", test.subject, Const(None, OBJECT), line=op.line)]
        if outside:
            return [op]
        if op.callee == "getattr_static":
            return checked + [Call(op.dest, "slot_get", [op.args[0], op.args[1], op.args[3]], line=op.line)]
        if op.callee == "setattr_static":
            return checked + [Call(None, "slot_store", [op.args[0], op.args[1], op.args[2], op.args[4]], line=op.line)]
        if op.callee == "attr_iadd_static":
            v, name, k, subtract, _, offset = op.args
            return checked + [Call(None, "slot_iadd_int", [v, name, offset, k, subtract], line=op.line)]
        return [op]

    def scalar_store(self, op: Op) -> list[Op]:
        """A store into a slot that holds and gets no heap object: no reference counts."""
        if not (isinstance(op, Call) and op.callee == "slot_store"):
            return [op]
        v, name, value, offset = op.args
        receiver = self.facts.subjects.get(id(op), NOTHING)
        attributes = self.analysis.heap.attributes
        if not self.analysis.heap.attributes_typed:
            return [op]  # a store by a computed name is in no fact
        if not receiver or any(not (isinstance(a, int) and a > 0) for a in receiver):
            return [op]
        if not isinstance(name, Const) or not all(heap_free(attributes.get((n, str(name.value)), NOTHING))
                                                  for n in instances(receiver)):
            return [op]
        if not heap_free(self.value_fact(value)):
            return [op]
        checked: list[Op] = []
        if self.check:
            checked.append(Call(None, "fact_check_scalar_slot", [v, value, offset], line=op.line))
        return checked + [Call(None, "slot_put", [v, value, offset], line=op.line)]

    def value_fact(self, value: Value) -> Fact:
        if isinstance(value, Const):
            return of_const(value)
        if value.type != OBJECT:
            return frozenset({"bool"}) if value.type in (BOOL, FLOAT) else frozenset({"top"})
        return self.facts.registers.get(id(value), frozenset({"top"}))


def fold_facts(fn: FuncIR, analysis: ProgramAnalysis, check: bool = False) -> None:
    facts = analysis.results.get(fn.name)
    if facts is not None:
        Folder(fn, facts, analysis, check).run()


def heap_free(fact: Fact) -> bool:
    return all(a in HEAP_FREE for a in fact)


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
