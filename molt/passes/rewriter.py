"""BlockRewriter: the shared frame of passes that replace ops and may split blocks."""

from __future__ import annotations

from molt.ir.ops import BasicBlock, FuncIR, Op, Register
from molt.ir.types import RType


class BlockRewriter:
    """Feeds every op of every block to `rewrite`, which emits replacements.

    A block keeps its identity as the head of its rewritten code, so jumps into it stay
    valid; `new_block` and `activate` let `rewrite` continue in fresh blocks, and the
    original terminator lands in whichever block is current when it is emitted.
    """

    def __init__(self, fn: FuncIR) -> None:
        self.fn = fn
        self.next_label = max(b.label for b in fn.blocks) + 1
        self.new_blocks: list[BasicBlock] = []
        self.current = fn.blocks[0]
        self.line = 0
        self.temps = 0

    def run(self) -> None:
        for block in list(self.fn.blocks):
            old_ops = block.ops
            block.ops = []
            self.current = block
            for op in old_ops:
                self.line = getattr(op, "line", 0)
                self.rewrite(op)
        self.fn.blocks += self.new_blocks

    def rewrite(self, op: Op) -> None:
        self.emit(op)

    def emit(self, op: Op) -> Op:
        if getattr(op, "line", 0) == 0:
            op.line = self.line  # type: ignore[attr-defined]
        self.current.ops.append(op)
        return op

    def new_block(self) -> BasicBlock:
        """A block continuing the current one: raising, it goes to the same handler."""
        block = BasicBlock(self.next_label, handler=self.current.handler, frames=self.current.frames)
        self.next_label += 1
        self.new_blocks.append(block)
        return block

    def activate(self, block: BasicBlock) -> None:
        self.current = block

    def temp(self, rtype: RType, hint: str = "s") -> Register:
        self.temps += 1
        return Register(f"{hint}{self.temps}", rtype)
