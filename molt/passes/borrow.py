"""Borrowed attribute reads: `self.queue is None`, `self.current.link`, `packet.data[i] = v`
read an attribute only to look at it once; the read need not take a reference (and the
register need not release it) when nothing can release the object before that look.

The object read from a slot of `source` is kept alive by that slot. While the register
holding it is live, every op must be *quiet*: it runs no code of the program and stores
into no slot at the offset read from (so the slot keeps its reference), and `source`
stays alive (a parameter the caller holds, or a register live all along). The register's
own uses are quiet ops, or one last use whose slow path, which may run the program's code,
holds references to its arguments while it runs (wasm_runtime/layout.py: the *_protected
functions). A last use may also be `d = register`, when every definition of d is such a
copy of a borrowed read (the paths of an attribute read of several classes meet so) and d
itself lives so: then d borrows too.

A read whose slot is unbound falls back to the generic lookup, which returns a new
reference: the borrowed variant keeps it in a cell of static data of its own (one per
site), releasing the one it kept before. No register still borrows that one: the site's
register is dead before the site runs again (a live register is only ever followed by
quiet ops and a last use, and a last use that runs code holds its arguments).
"""

from __future__ import annotations

from dataclasses import dataclass

from molt.analysis.dataflow import uses
from molt.ir.ops import (
    Assign, BasicBlock, Binary, Call, CheckError, Const, DataAddress, FuncIR, Instr, ModuleIR, Op, PyBinary,
    PyTruth, PyUnary, Register, successors,
)
from molt.ir.types import I32

# A read -> its borrowing variant, and the index of its slot offset argument (None: the
# offset is found at run time).
BORROWING_READS: dict[str, tuple[str, int | None]] = {
    "getattr_static": ("getattr_static_borrowed", 3),
    "slot_get": ("slot_get_borrowed", 2),
    "getattr_site": ("getattr_site_borrowed", None),
    "getattr_cached": ("getattr_cached_borrowed", None),
}
# Runtime calls that run no code of the program and release nothing a live register needs.
QUIET_CALLS = frozenset({"class_number", "numbered_now", "family_member", "family_of", "plain_number", "in_family",
                         "slots_valid", "class_numbered"})
# Stores into a slot at a known offset (the index of the offset argument): quiet for
# the slots at other offsets (the value they release is the slot's own).
SLOT_STORES = {"slot_set": 2, "slot_store": 3}
# Runtime calls whose slow paths hold their arguments while they run the program's code.
PROTECTING_CALLS = frozenset({"getattr_static", "setattr_static", "slot_get", "getattr_site", "setattr_site",
                              "getattr_cached", "setattr_cached", "subscript_get", "subscript_set", "py_truth"})
HELD_CELL_SIZE = 8


@dataclass
class Read:
    op: Call
    block: BasicBlock
    index: int
    source: Register
    offset: object  # the slot's offset, or None when found at run time
    merge: Assign | None = None  # its last use, when a copy into another register
    merge_at: tuple[int, int] = (0, 0)  # the copy's block label and index


def borrow_reads(fn: FuncIR, module: ModuleIR, tracked: set[int], params: set[int],
                 live_in: dict[int, set[int]], live_out: dict[int, set[int]]) -> set[int]:
    """Make the reads that can borrow their result do so; the ids of the registers that
    borrow. `params` are the parameters borrowed from the caller."""
    return Borrowing(fn, tracked, params, live_in, live_out).run(module)


class Borrowing:
    def __init__(self, fn: FuncIR, tracked: set[int], params: set[int],
                 live_in: dict[int, set[int]], live_out: dict[int, set[int]]) -> None:
        self.fn, self.tracked, self.params, self.live_in = fn, tracked, params, live_in
        self.blocks = {b.label: b for b in fn.blocks}
        self.defs: dict[int, list[Op]] = {}
        for block in fn.blocks:
            for op in block.ops:
                dest = op.dest_register()
                if dest is not None:
                    self.defs.setdefault(id(dest), []).append(op)
        self.after = live_after_ops(fn, tracked, live_out)

    def run(self, module: ModuleIR) -> set[int]:
        reads = self.reads()
        chosen = [read for read in reads.values() if read.merge is None]
        borrowed = {id(read.op.dest) for read in chosen}
        for dest, copies in self.merges(reads).items():
            chosen += copies
            borrowed |= {dest} | {id(read.op.dest) for read in copies}
        for read in chosen:
            variant = BORROWING_READS[read.op.callee][0]
            cell = f"__molt_held_{sum(name.startswith('__molt_held_') for name in module.tables)}"
            module.tables[cell] = ("zero", [HELD_CELL_SIZE])
            read.op.callee = variant
            read.op.args = read.op.args + [Const(DataAddress(cell), I32)]
        return borrowed

    def reads(self) -> dict[int, Read]:
        """The reads whose registers may borrow, by register id (those whose last use is a
        copy, only if the copy's destination can borrow: merges())."""
        found: dict[int, Read] = {}
        for block in self.fn.blocks:
            for index, op in enumerate(block.ops):
                if not (isinstance(op, Call) and op.callee in BORROWING_READS and op.dest is not None):
                    continue
                source, offset_index = op.args[0], BORROWING_READS[op.callee][1]
                offset = op.args[offset_index] if offset_index is not None else Const(None, I32)
                if (id(op.dest) not in self.tracked or len(self.defs[id(op.dest)]) != 1
                        or not isinstance(source, Register) or not isinstance(offset, Const)):
                    continue
                read = Read(op, block, index, source, offset.value)
                merges: list[tuple[Assign, int, int]] = []
                if self.quiet_while_live(op.dest, read, block.label, index, merges):
                    if merges:
                        copy, label, at = merges[0]
                        read.merge, read.merge_at = copy, (label, at)
                    found[id(op.dest)] = read
        return found

    def merges(self, reads: dict[int, Read]) -> dict[int, list[Read]]:
        """Registers every definition of which copies a borrowed read, and that may borrow
        themselves: each with its reads."""
        by_dest: dict[int, list[Read]] = {}
        for read in reads.values():
            if read.merge is not None:
                by_dest.setdefault(id(read.merge.dest), []).append(read)
        found: dict[int, list[Read]] = {}
        for dest, copies in by_dest.items():
            defs = self.defs.get(dest, [])
            if dest in self.params or len(defs) != len(copies) or dest not in self.tracked:
                continue
            if all(self.copy_lives_quietly(read) for read in copies):
                found[dest] = copies
        return found

    def copy_lives_quietly(self, read: Read) -> bool:
        assert read.merge is not None
        label, index = read.merge_at
        return self.quiet_while_live(read.merge.dest, read, label, index, None)

    def quiet_while_live(self, reg: Register, read: Read, label: int, index: int,
                         merges: list[tuple[Assign, int, int]] | None) -> bool:
        """Whether every op while `reg` (defined at block `label`, op `index`) is live is
        quiet or a use it may have, with the read's source alive all along. A last use
        that copies reg is allowed when `merges` is a list (it is added there)."""
        after = self.after
        if id(reg) not in after[label][index]:
            return True
        held = id(read.source) in self.params
        work, seen = [(label, index + 1)], {label}
        while work:
            at, start = work.pop()
            block = self.blocks[at]
            for i in range(start, len(block.ops)):
                op = block.ops[i]
                source_before = after[at][i - 1] if i > 0 else self.live_in[id(block)]
                if not held and id(read.source) not in source_before:
                    return False
                still_live = id(reg) in after[at][i]
                if (merges is not None and isinstance(op, Assign) and op.src is reg and not still_live
                        and op.dest is not reg):
                    merges.append((op, at, i))
                    if len(merges) > 1:
                        return False
                elif not allowed(op, reg, read.offset, still_live):
                    return False
                if not still_live:
                    break
            else:
                for succ in successors(block.ops[-1]):
                    if id(reg) in self.live_in[id(succ)] and succ.label not in seen:
                        seen.add(succ.label)
                        work.append((succ.label, 0))
        return True


def live_after_ops(fn: FuncIR, tracked: set[int], live_out: dict[int, set[int]]) -> dict[int, list[set[int]]]:
    """For each block (by label), the tracked registers live after each of its ops."""
    result: dict[int, list[set[int]]] = {}
    for block in fn.blocks:
        live = set(live_out[id(block)])
        after: list[set[int]] = []
        for op in reversed(block.ops):
            after.append(set(live))
            dest = op.dest_register()
            if dest is not None:
                live.discard(id(dest))
            live |= {id(r) for r in uses(op) if id(r) in tracked}
        after.reverse()
        result[block.label] = after
    return result


def allowed(op: Op, reg: Register, offset: object, still_live: bool) -> bool:
    if reg in uses(op):
        if isinstance(op, Call):
            if op.callee in QUIET_CALLS:
                return True
            return op.callee in PROTECTING_CALLS and not still_live
        if isinstance(op, Binary):
            return op.op in ("eq", "ne")
        if isinstance(op, Instr):
            return "store" not in op.opcode  # a tag test
        return isinstance(op, CheckError)
    return quiet(op, offset)


def quiet(op: Op, offset: object) -> bool:
    """An op that runs no code of the program and leaves the slots at `offset` alone (all
    slots, when offset is None)."""
    if isinstance(op, (PyBinary, PyUnary, PyTruth)):
        return False
    if isinstance(op, Instr):
        return "store" not in op.opcode
    if isinstance(op, Call):
        if op.callee in SLOT_STORES:
            stored = op.args[SLOT_STORES[op.callee]]
            return offset is not None and isinstance(stored, Const) and stored.value != offset
        return op.callee in QUIET_CALLS
    return True
