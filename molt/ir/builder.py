"""IRBuilder: makes blocks, registers and ops for one function, knowing nothing of ast."""

from __future__ import annotations

from molt.ir.ops import (
    BasicBlock, Branch, Frame, FuncIR, Goto, Op, Register, Return, Unreachable, Value, TERMINATORS,
)
from molt.ir.types import RType


class IRBuilder:
    """Appends ops to the current block. After a terminator, the builder has no current
    block until `activate` (code after `return` is dropped, as CPython does)."""

    def __init__(self) -> None:
        self.blocks: list[BasicBlock] = []
        self.current: BasicBlock | None = None
        # The handler of the blocks made from now on (see BasicBlock.handler).
        self.handler: BasicBlock | None = None
        # The comprehension frames of the blocks made from now on (see BasicBlock.frames).
        self.frames: tuple[Frame, ...] = ()
        self.line = 0
        self._temps = 0
        self._labels = 0

    def new_block(self) -> BasicBlock:
        block = BasicBlock(self._labels, handler=self.handler, frames=self.frames)
        self._labels += 1
        self.blocks.append(block)
        return block

    def activate(self, block: BasicBlock) -> None:
        self.current = block

    def new_register(self, rtype: RType, name: str = "") -> Register:
        self._temps += 1
        return Register(name or f"t{self._temps}", rtype)

    @property
    def terminated(self) -> bool:
        return self.current is None

    def emit(self, op: Op) -> Op:
        """Append op at the current line; a terminator closes the current block."""
        if self.current is None:
            # Unreachable code (after return/break/raise): build it in a dead block that
            # `finish` drops, so that compile errors in it are still reported.
            self.current = self.new_block()
        if getattr(op, "line", 0) == 0:
            op.line = self.line  # type: ignore[attr-defined]
        self.current.ops.append(op)
        if isinstance(op, TERMINATORS):
            self.current = None
        return op

    def goto(self, target: BasicBlock) -> None:
        if self.current is not None:
            self.emit(Goto(target))

    def branch(self, cond: Value, if_true: BasicBlock, if_false: BasicBlock) -> None:
        self.emit(Branch(cond, if_true, if_false))

    def finish(
        self, name: str, params: list[Register], result: RType | None, raises: bool,
        kind: str, python_name: str = "", file: str = "", line: int = 0,
    ) -> FuncIR:
        """The function, with blocks unreachable from the entry removed. A block left open
        gets `return None`-like termination from the caller before this (see frontends)."""
        if self.current is not None:
            self.emit(Unreachable())
        fn = FuncIR(name, params, result, self.blocks, raises, kind, python_name, file, line)
        remove_unreachable_blocks(fn)
        return fn


def remove_unreachable_blocks(fn: FuncIR) -> None:
    """Keep only the blocks reachable from the entry (the first block), in order."""
    reachable: set[int] = set()
    stack = [fn.blocks[0]]
    while stack:
        block = stack.pop()
        if id(block) in reachable:
            continue
        reachable.add(id(block))
        stack.extend(block.successors())
    fn.blocks = [b for b in fn.blocks if id(b) in reachable]
