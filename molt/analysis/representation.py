"""The representation of each register from its fact (program_facts.py): unboxed where
the analysis proved a Python type the machine holds unboxed, boxed where it did not, and
ints that are only passed on kept boxed. A function nothing can call keeps no code."""

from __future__ import annotations

from molt.analysis.facts import NOTHING, type_of
from molt.analysis.program_facts import ProgramAnalysis
from molt.ir.ops import (
    Assign, BasicBlock, Binary, Branch, Call, FuncIR, Instr, Op, PyBinary, PyTruth, PyUnary, Register, Return,
    Unary, Unreachable,
)
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import INT, OBJECT


def apply_types(analysis: ProgramAnalysis) -> None:
    """Give every register of the program's functions the representation its fact allows
    (an `object` register the frontend left that always holds an int is an int ...), and
    every function its result's. A function nothing can call keeps no code: it traps."""
    for name, fn in analysis.python.items():
        found = analysis.results.get(name)
        if found is None:
            fn.blocks = [BasicBlock(0, [Unreachable(line=fn.line)])]
            continue
        for reg in fn.registers():
            if reg.type == OBJECT:
                fact = found.registers.get(id(reg), NOTHING)
                reg.type = type_of(fact) or OBJECT
                reg.never = not fact
        if name != "module_body" and not fn.entry:
            fn.result = type_of(analysis.returns.get(name, NOTHING)) or OBJECT
    for name, fn in analysis.python.items():
        if name in analysis.results:
            keep_passed_ints_boxed(fn, analysis)


def keep_passed_ints_boxed(fn: FuncIR, analysis: ProgramAnalysis) -> None:
    """Ints that are only passed on (from an attribute to another, to a call) stay boxed:
    unboxing an int tests its tag and boxing it again tests its range. A web of registers
    that copy each other stays boxed unless one of them is computed with (arithmetic,
    comparisons, truth, a call that takes an unboxed int); its registers then keep the
    type they are `known` to have, which a conversion unboxes."""
    webs: dict[int, Register] = {}  # register id -> the web's root

    def root(reg: Register) -> Register:
        while id(reg) in webs and webs[id(reg)] is not reg:
            reg = webs[id(reg)]
        return reg

    ints = [r for r in fn.registers() if r.type == INT and not r.small]
    for reg in ints:
        webs[id(reg)] = reg
    computed: set[int] = set()
    for block in fn.blocks:
        for op in block.ops:
            if isinstance(op, Assign) and isinstance(op.src, Register) and id(op.src) in webs and id(op.dest) in webs:
                webs[id(root(op.dest))] = root(op.src)
                continue
            for i, value in enumerate(op.operands()):
                if isinstance(value, Register) and id(value) in webs and computes_with(op, i, analysis):
                    computed.add(id(value))
            dest = op.dest_register()
            if dest is not None and id(dest) in webs and not gives_boxed(op):
                computed.add(id(dest))  # made unboxed: boxing it would cost as much
    computed_roots = {id(root(r)) for r in ints if id(r) in computed}
    for reg in ints:
        if id(root(reg)) not in computed_roots:
            reg.type, reg.known = OBJECT, INT


def gives_boxed(op: Op) -> bool:
    """An op whose result comes boxed: a runtime call's (an attribute, an item), a copy."""
    if isinstance(op, Assign):
        return True
    return isinstance(op, Call) and op.callee in PRIMITIVES and PRIMITIVES[op.callee].result == OBJECT


def computes_with(op: Op, index: int, analysis: ProgramAnalysis) -> bool:
    """Whether op needs its index-th operand as an unboxed int."""
    if isinstance(op, (PyBinary, PyUnary, PyTruth, Binary, Unary, Branch, Instr)):
        return True
    if isinstance(op, Return):
        return True  # the function's result may be an int
    if isinstance(op, Call):
        callee = analysis.module.functions.get(op.callee)
        if callee is not None and callee.kind == "python":
            return True  # its parameter may be an int
        if op.callee in PRIMITIVES:
            params = PRIMITIVES[op.callee].params
            return index < len(params) and params[index] == INT or op.callee in ("py_getitem", "py_setitem")
    return False
