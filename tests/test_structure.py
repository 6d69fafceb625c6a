"""Dominators of codegen/structure.py against their definition, on random graphs.

A block d dominates b when every path from the entry to b passes through d; the immediate
dominator is the strict dominator nearest to b. The definition is computed here the slow
way (iterated set intersection) and compared with ControlFlow's Lengauer-Tarjan.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from molt.codegen.structure import ControlFlow
from molt.ir.ops import BasicBlock, Branch, FuncIR, Goto, Return


def graph(edges: list[tuple[int, int | None, int | None]]) -> FuncIR:
    """Blocks 0..n-1; block i goes to its one or two targets (None: returns)."""
    blocks = [BasicBlock(label=i) for i in range(len(edges))]
    for block, (_, first, second) in zip(blocks, edges):
        if first is None:
            block.ops.append(Return(None))
        elif second is None:
            block.ops.append(Goto(blocks[first]))
        else:
            block.ops.append(Branch(None, blocks[first], blocks[second]))  # type: ignore[arg-type]
    return FuncIR(name="f", params=[], result=None, blocks=blocks, raises=False, kind="python")


def dominator_sets(fn: FuncIR, reachable: list[BasicBlock]) -> dict[int, set[int]]:
    everything = {id(b) for b in reachable}
    dom = {id(b): set(everything) for b in reachable}
    dom[id(fn.blocks[0])] = {id(fn.blocks[0])}
    preds: dict[int, list[BasicBlock]] = {id(b): [] for b in reachable}
    for block in reachable:
        for succ in block.successors():
            preds[id(succ)].append(block)
    changed = True
    while changed:
        changed = False
        for block in reachable[1:]:
            new = set.intersection(*(dom[id(p)] for p in preds[id(block)])) | {id(block)}
            if new != dom[id(block)]:
                dom[id(block)] = new
                changed = True
    return dom


@st.composite
def graphs(draw: st.DrawFn) -> FuncIR:
    n = draw(st.integers(1, 24))
    target = st.one_of(st.none(), st.integers(0, n - 1))
    edges = [(i, draw(target), draw(target)) for i in range(n)]
    return graph(edges)


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_immediate_dominators_match_the_definition(fn: FuncIR) -> None:
    cfg = ControlFlow(fn)
    dom = dominator_sets(fn, cfg.order)
    for block in cfg.order[1:]:
        idom = cfg.idom[id(block)]
        strict = dom[id(block)] - {id(block)}
        assert id(idom) in strict
        # The nearest strict dominator: every other strict dominator dominates it.
        assert strict - {id(idom)} <= dom[id(idom)]
    assert cfg.idom[id(fn.blocks[0])] is fn.blocks[0]


def test_a_long_chain_meeting_at_one_block() -> None:
    """A module body's shape: each statement may branch to one shared error block."""
    n = 4000
    edges = [(i, i + 1, n) for i in range(n)] + [(n, None, None)]
    fn = graph(edges)
    cfg = ControlFlow(fn)
    assert cfg.idom[id(fn.blocks[n])] is fn.blocks[0]
    assert cfg.idom[id(fn.blocks[n - 1])] is fn.blocks[n - 2]
