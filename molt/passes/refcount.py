"""Insert reference counting: every boxed register owns one reference while it is live.

Runs last on the program's functions, after the exception pass, so that error paths are
ordinary edges here. The rules (mypyc's, after CPython's conventions):
- a call returns a new reference, and its arguments are borrowed;
- `x = y` takes a reference (IncRef) unless y dies there, in which case it moves;
- reading a global or a str constant takes a reference; storing a global gives one to the
  global and releases the value it replaces;
- `return x` hands x's reference to the caller;
- when a register dies (no later use on any path) it is released (DecRef): after its last
  use, or on the edge to a successor where it is no longer live;
- a parameter the function never reassigns is borrowed from the caller for the whole call
  and is never released; one that is reassigned is taken (IncRef) at entry.
Registers that can only hold unboxed-able values (boxed numbers, None, UNBOUND) are left out.
"""

from __future__ import annotations

from molt.analysis.dataflow import liveness, predecessors, uses
from molt.passes.borrow import borrow_reads
from molt.ir.ops import (
    Assign, BasicBlock, Box, Call, CheckError, Const, DecRef, FuncIR, Goto, IncRef, LoadGlobal, ModuleIR, Op,
    Register, Return, StoreGlobal, Unbox, Value, line_of, successors, TERMINATORS,
)


def view_source(op: Op) -> Value | None:
    """The value an op copies into its destination (`x = y`, and boxing or unboxing an int,
    which convert a reference without taking one), or None."""
    if isinstance(op, (Assign, Box, Unbox)):
        return op.src
    return None


def maybe_heap_registers(fn: FuncIR) -> dict[int, Register]:
    """Refcounted registers that may hold a heap reference: those written by a call or a
    global read, or copied from one; machine arithmetic and constants (but str constants)
    never give one."""
    regs = {id(r): r for r in fn.registers() if r.type.refcounted and not r.small}
    heap: set[int] = {id(p) for p in fn.params if id(p) in regs}
    changed = True
    while changed:
        changed = False
        for block in fn.blocks:
            for op in block.ops:
                dest = op.dest_register()
                if dest is None or id(dest) not in regs or id(dest) in heap:
                    continue
                src = view_source(op)
                if src is not None:
                    if isinstance(src, Const) and not src.static_object:
                        continue
                    if isinstance(src, Register) and id(src) not in heap:
                        continue
                elif not isinstance(op, (Call, LoadGlobal)):
                    continue
                heap.add(id(dest))
                changed = True
    return {i: regs[i] for i in heap}


class RefCounts:
    def __init__(self, fn: FuncIR, module: ModuleIR) -> None:
        self.fn = fn
        self.tracked = maybe_heap_registers(fn)
        assigned = {id(op.dest_register()) for b in fn.blocks for op in b.ops if op.dest_register() is not None}
        self.borrowed = {id(p) for p in fn.params if id(p) in self.tracked and id(p) not in assigned}
        self.live_in, self.live_out = liveness(fn, set(self.tracked))
        self.borrowed |= borrow_reads(fn, module, set(self.tracked), set(self.borrowed), self.live_in, self.live_out)
        self.next_label = max(b.label for b in fn.blocks) + 1

    def owned(self, reg: Register) -> bool:
        return id(reg) in self.tracked and id(reg) not in self.borrowed

    def run(self) -> None:
        fn = self.fn
        for block in list(fn.blocks):
            self.rewrite_block(block)
        self.insert_edge_releases()
        entry_takes = [IncRef(p) for p in fn.params if id(p) in self.tracked and id(p) not in self.borrowed]
        fn.blocks[0].ops[0:0] = entry_takes

    def rewrite_block(self, block: BasicBlock) -> None:
        # Liveness after each op, from the block's end backward.
        live = set(self.live_out[id(block)])
        live_after: list[set[int]] = []
        for op in reversed(block.ops):
            live_after.append(set(live))
            dest = op.dest_register()
            if dest is not None:
                live.discard(id(dest))
            for reg in uses(op):
                if id(reg) in self.tracked:
                    live.add(id(reg))
        live_after.reverse()
        out: list[Op] = []
        for op, after in zip(block.ops, live_after):
            if isinstance(op, TERMINATORS):
                if isinstance(op, Return) and op.value is not None and self.needs_take_for_return(op.value, after):
                    out.append(IncRef(op.value, line=line_of(op)))
                out.append(op)
                continue
            replaced = self.take_old_global(op)
            if replaced is not None:
                out.append(LoadGlobal(replaced, op.name, line=line_of(op)))  # type: ignore[attr-defined]
            out.append(op)
            out.extend(self.after(op, after, replaced))
        block.ops = out

    def needs_take_for_return(self, value: object, after: set[int]) -> bool:
        if isinstance(value, Const):
            return value.static_object
        assert isinstance(value, Register)
        return id(value) in self.tracked and not self.owned(value)

    @staticmethod
    def take_old_global(op: Op) -> Register | None:
        """For a store to a boxed global, the register that keeps the value it replaces
        (released after the store: the new value may be the old one)."""
        if isinstance(op, StoreGlobal) and op.src.type.refcounted:
            return Register(f"old_{op.name}", op.src.type)
        return None

    def after(self, op: Op, live_after: set[int], replaced: Register | None) -> list[Op]:
        ops: list[Op] = []
        dest = op.dest_register()
        moved: Register | None = None
        if isinstance(op, StoreGlobal) and op.src.type.refcounted:
            src = op.src
            if isinstance(src, Register) and self.owned(src) and id(src) not in live_after:
                moved = src
            elif isinstance(src, Register) and id(src) not in self.tracked:
                pass
            elif not isinstance(src, Const) or src.static_object:
                ops.append(IncRef(src, line=line_of(op)))
            assert replaced is not None
            ops.append(DecRef(replaced, line=line_of(op)))
        if dest is not None and self.owned(dest):
            src_view = view_source(op)
            if src_view is not None:
                src = src_view
                if isinstance(src, Register) and self.owned(src) and id(src) not in live_after and src is not dest:
                    moved = src
                elif isinstance(src, Register) and id(src) not in self.tracked:
                    pass
                elif not isinstance(src, Const) or src.static_object:
                    ops.append(IncRef(dest, line=line_of(op)))
            elif isinstance(op, LoadGlobal):
                ops.append(IncRef(dest, line=line_of(op)))
            if id(dest) not in live_after:
                ops.append(DecRef(dest, line=line_of(op)))
        released: set[int] = set()
        for reg in uses(op):
            if (self.owned(reg) and id(reg) not in live_after and reg is not moved
                    and reg is not dest and id(reg) not in released):
                released.add(id(reg))
                ops.append(DecRef(reg, line=line_of(op)))
        return ops

    def insert_edge_releases(self) -> None:
        """Release registers live at a branch but dead in the successor taken."""
        preds = predecessors(self.fn)
        new_blocks: list[BasicBlock] = []
        for block in list(self.fn.blocks):
            term = block.terminator
            succs = successors(term)
            if not succs:
                continue
            live_at_branch = set(self.live_out[id(block)])
            live_at_branch |= {id(r) for r in uses(term) if id(r) in self.tracked}
            for succ in dict.fromkeys(succs):
                dying = [self.tracked[i] for i in live_at_branch - self.live_in[id(succ)]
                         if i not in self.borrowed]
                if isinstance(term, CheckError) and term.value is not None and succ is term.error:
                    # On the error edge the op's result is the error marker, not a reference.
                    dying = [r for r in dying if r is not term.value]
                if not dying:
                    continue
                dying.sort(key=lambda r: r.name)
                releases: list[Op] = [DecRef(r, line=line_of(term)) for r in dying]
                if len(preds[id(succ)]) == 1:
                    succ.ops[0:0] = releases
                else:
                    edge = BasicBlock(self.next_label, releases + [Goto(succ)])
                    self.next_label += 1
                    new_blocks.append(edge)
                    retarget(term, succ, edge)
        self.fn.blocks += new_blocks


def retarget(term: Op, old: BasicBlock, new: BasicBlock) -> None:
    for attr in ("target", "if_true", "if_false", "error", "ok"):
        if getattr(term, attr, None) is old:
            setattr(term, attr, new)


def insert_refcounts(fn: FuncIR, module: ModuleIR) -> None:
    if fn.kind == "python":
        RefCounts(fn, module).run()
