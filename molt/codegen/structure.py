"""Control flow: a function's basic blocks -> WebAssembly's structured block/loop/if.

The algorithm is Norman Ramsey's "Beyond Relooper" (ICFP 2022) for reducible graphs,
which is all that Molt's frontends produce. Over the dominator tree:
- a loop header (the target of a back edge) is wrapped in `loop`;
- a block with two or more forward predecessors (a merge node) is placed after a `block`
  that its predecessors leave with `br`; the merge children of a node are nested with the
  highest reverse-postorder number outermost, so every forward branch exits outward;
- any other successor is dominated by its only predecessor and is emitted in place.
Branches backward go to a loop's start with `br`; nothing else needs a label.
"""

from __future__ import annotations

from typing import Callable

from molt.ir.ops import BasicBlock, Branch, CheckError, FuncIR, Goto, Op, Return, Unreachable
from molt.wasm.builder import FunctionBuilder, Label


class ControlFlow:
    """Reverse postorder, dominators and the node kinds of one function's graph."""

    def __init__(self, fn: FuncIR) -> None:
        self.entry = fn.blocks[0]
        self.order = reverse_postorder(self.entry)
        self.rpo = {id(b): i for i, b in enumerate(self.order)}
        self.preds: dict[int, list[BasicBlock]] = {id(b): [] for b in self.order}
        for block in self.order:
            for succ in block.successors():
                self.preds[id(succ)].append(block)
        self.idom = self._dominators()
        self.children: dict[int, list[BasicBlock]] = {id(b): [] for b in self.order}
        for block in self.order[1:]:
            self.children[id(self.idom[id(block)])].append(block)
        self.loop_headers: set[int] = set()
        self.merge_nodes: set[int] = set()
        for block in self.order:
            forward = 0
            for pred in self.preds[id(block)]:
                if self.rpo[id(pred)] >= self.rpo[id(block)]:
                    self.loop_headers.add(id(block))
                else:
                    forward += 1
            if forward >= 2:
                self.merge_nodes.add(id(block))

    def _dominators(self) -> dict[int, BasicBlock]:
        """Lengauer and Tarjan's algorithm, the simple version (path compression only).

        The iterative algorithm of Cooper, Harvey and Kennedy walks dominator chains at
        every merge; a module body of thousands of statements is one long chain whose
        checks all meet at one error block, and it took seconds. Vertices are numbered
        1..n in depth-first preorder; 0 stands for none.
        """
        blocks: list[BasicBlock] = [self.entry]  # blocks[0] is never read
        number: dict[int, int] = {}
        parent = [0]
        stack: list[tuple[BasicBlock, int, int]] = [(self.entry, 0, 0)]
        while stack:  # preorder numbering, iteratively: (block, next successor, parent)
            block, i, from_vertex = stack.pop()
            if i == 0:
                if id(block) in number:
                    continue
                number[id(block)] = len(blocks)
                blocks.append(block)
                parent.append(from_vertex)
            succs = block.successors()
            if i < len(succs):
                stack.append((block, i + 1, from_vertex))
                if id(succs[i]) not in number:
                    stack.append((succs[i], 0, number[id(block)]))
        n = len(blocks) - 1
        preds = [[number[id(p)] for p in self.preds[id(b)]] for b in blocks]
        semi = list(range(n + 1))
        label = list(range(n + 1))
        ancestor = [0] * (n + 1)
        idom = [0] * (n + 1)
        bucket: list[list[int]] = [[] for _ in range(n + 1)]

        def evaluate(v: int) -> int:
            if ancestor[v] == 0:
                return v
            path = []
            while ancestor[ancestor[v]] != 0:
                path.append(v)
                v = ancestor[v]
            for x in reversed(path):  # compress, from the top of the path down
                a = ancestor[x]
                if semi[label[a]] < semi[label[x]]:
                    label[x] = label[a]
                ancestor[x] = ancestor[a]
            return label[path[0]] if path else label[v]

        for w in range(n, 1, -1):
            for v in preds[w]:
                u = evaluate(v)
                if semi[u] < semi[w]:
                    semi[w] = semi[u]
            bucket[semi[w]].append(w)
            ancestor[w] = parent[w]
            for v in bucket[parent[w]]:
                u = evaluate(v)
                idom[v] = u if semi[u] < semi[v] else parent[w]
            bucket[parent[w]].clear()
        for w in range(2, n + 1):
            if idom[w] != semi[w]:
                idom[w] = idom[idom[w]]
        idom[1] = 1
        return {id(blocks[v]): blocks[idom[v]] for v in range(1, n + 1)}

    def dominates(self, a: BasicBlock, b: BasicBlock) -> bool:
        while True:
            if a is b:
                return True
            parent = self.idom[id(b)]
            if parent is b:
                return False
            b = parent

    def check_reducible(self, name: str) -> None:
        for block in self.order:
            for succ in block.successors():
                if self.rpo[id(succ)] <= self.rpo[id(block)] and not self.dominates(succ, block):
                    raise AssertionError(f"{name}: irreducible control flow at L{succ.label}")


def reverse_postorder(entry: BasicBlock) -> list[BasicBlock]:
    """Blocks reachable from entry, in reverse postorder (iterative, for long functions)."""
    visited: set[int] = {id(entry)}
    postorder: list[BasicBlock] = []
    stack: list[tuple[BasicBlock, int]] = [(entry, 0)]
    while stack:
        block, i = stack.pop()
        succs = block.successors()
        if i < len(succs):
            stack.append((block, i + 1))
            succ = succs[i]
            if id(succ) not in visited:
                visited.add(id(succ))
                stack.append((succ, 0))
        else:
            postorder.append(block)
    postorder.reverse()
    return postorder


class Structurizer:
    """Emits a function's blocks as structured code through a FunctionBuilder.

    `emit_body(block)` writes a block's ops except its terminator; `emit_condition(op)`
    pushes the i32 condition of a Branch or CheckError (non-zero: the first target);
    `emit_return(op)` writes a Return.

    The walk is Ramsey's recursive `doTree`/`nodeWithin`/`doBranch`, run on an explicit
    stack of steps so that a long function cannot exhaust Python's stack: each step either
    writes instructions or pushes the steps that make it up, last step first.
    """

    def __init__(
        self, fn: FuncIR, builder: FunctionBuilder,
        emit_body: Callable[[BasicBlock], None],
        emit_condition: Callable[[Op], None],
        emit_return: Callable[[Return], None],
    ) -> None:
        self.cfg = ControlFlow(fn)
        self.cfg.check_reducible(fn.name)
        self.builder = builder
        self.emit_body = emit_body
        self.emit_condition = emit_condition
        self.emit_return = emit_return
        self.loop_labels: dict[int, Label] = {}
        self.block_labels: dict[int, Label] = {}

    def emit(self) -> None:
        steps: list[Callable[[], None]] = [lambda: self.do_tree(steps, self.cfg.entry)]
        while steps:
            steps.pop()()

    def do_tree(self, steps: list[Callable[[], None]], x: BasicBlock) -> None:
        merges = [c for c in self.cfg.children[id(x)] if id(c) in self.cfg.merge_nodes]
        merges.sort(key=lambda b: self.cfg.rpo[id(b)], reverse=True)
        if id(x) in self.cfg.loop_headers:
            steps.append(lambda: self.close(self.loop_labels, x))
            steps.append(lambda: self.node_within(steps, x, merges))
            self.loop_labels[id(x)] = self.builder.loop()
        else:
            steps.append(lambda: self.node_within(steps, x, merges))

    def close(self, labels: dict[int, Label], block: BasicBlock) -> None:
        self.builder.end()
        del labels[id(block)]

    def node_within(self, steps: list[Callable[[], None]], x: BasicBlock, merges: list[BasicBlock]) -> None:
        if merges:
            follower = merges[0]
            steps.append(lambda: self.do_tree(steps, follower))
            steps.append(lambda: self.close(self.block_labels, follower))
            steps.append(lambda: self.node_within(steps, x, merges[1:]))
            self.block_labels[id(follower)] = self.builder.block()
            return
        self.emit_body(x)
        term = x.terminator
        if isinstance(term, Goto):
            self.do_branch(steps, x, term.target)
        elif isinstance(term, (Branch, CheckError)):
            first, second = (term.if_true, term.if_false) if isinstance(term, Branch) else (term.error, term.ok)
            self.emit_condition(term)
            self.builder.if_()
            steps.append(self.builder.end)
            steps.append(lambda: self.do_branch(steps, x, second))
            steps.append(self.builder.else_)
            steps.append(lambda: self.do_branch(steps, x, first))
        elif isinstance(term, Return):
            self.emit_return(term)
        elif isinstance(term, Unreachable):
            self.builder.unreachable()
        else:
            raise AssertionError(f"unknown terminator {term}")

    def do_branch(self, steps: list[Callable[[], None]], source: BasicBlock, target: BasicBlock) -> None:
        if self.cfg.rpo[id(target)] <= self.cfg.rpo[id(source)]:
            self.builder.br(self.loop_labels[id(target)])
        elif id(target) in self.cfg.merge_nodes:
            self.builder.br(self.block_labels[id(target)])
        else:
            self.do_tree(steps, target)
