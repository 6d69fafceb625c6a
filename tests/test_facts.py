"""The program analysis (molt/analysis/program_facts.py, heap.py): what it proves of
instances, attributes, lists, globals and escaping functions, and what the fold pass
drops because of it."""

from __future__ import annotations

import textwrap

from molt.analysis.facts import Fact
from molt.analysis.program_facts import ProgramAnalysis, analyze_program
from molt.driver import PYTHON_PASSES, Options, compile_to_ir, load_runtime
from molt.frontend.module import compile_program
from molt.ir.ops import Call, ModuleIR


def analysis_of(source: str) -> ProgramAnalysis:
    program = compile_program(textwrap.dedent(source), "app.py")
    runtime = load_runtime()
    module = ModuleIR(dict(runtime.functions), dict(runtime.imports), dict(runtime.globals), runtime.constants,
                      runtime.tables)
    module.functions.update(program.functions)
    module.classes = program.classes
    for _, run in PYTHON_PASSES:
        for fn in program.functions.values():
            run(fn, module)
    return analyze_program(module)


def params(analysis: ProgramAnalysis, qualname: str) -> list[Fact]:
    symbol = next(s for s in analysis.python if s.startswith(f"__main__.{qualname}@") or s == f"__main__.{qualname}")
    return analysis.params[symbol]


def escaped(analysis: ProgramAnalysis) -> set[str]:
    return {s.removeprefix("__main__.").split("@")[0] for s in analysis.escaped}


NODES = """
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next
    def total(self):
        node, s = self, 0
        while node is not None:
            s += node.value
            node = node.next
        return s
class Stack:
    def __init__(self):
        self.items = []
    def push(self, node):
        self.items.append(node)
    def top(self):
        return self.items[-1]
stack = Stack()
node = Node(1, Node(2, None))
stack.push(node)
print(stack.top().total())
"""


def test_instances_attributes_and_list_items_are_followed() -> None:
    analysis = analysis_of(NODES)
    node, stack = 1, 2  # the classes' numbers, in order
    assert params(analysis, "Node.total") == [frozenset({node})]
    assert params(analysis, "Node.__init__") == [frozenset({node}), frozenset({"int"}),
                                                 frozenset({node, "none"})]
    assert params(analysis, "Stack.push") == [frozenset({stack}), frozenset({node})]
    heap = analysis.heap
    assert heap.attributes[(node, "next")] == frozenset({node, "none"})
    (items,) = heap.attributes[(stack, "items")]
    assert heap.items[str(items)] == frozenset({node})
    assert not escaped(analysis) and not heap.escaped


def test_a_list_code_the_analysis_does_not_follow_may_reach_holds_anything() -> None:
    analysis = analysis_of(NODES + "saved = {'items': stack.items}\n")
    heap = analysis.heap
    (items,) = heap.attributes[(2, "items")]
    assert heap.items[str(items)] == frozenset({"top"})
    assert 1 in heap.escaped  # the nodes it held may be reached too


def test_functions_that_escape_take_anything() -> None:
    analysis = analysis_of(NODES + "f = stack.top\nprint(sorted([3, 1], key=lambda x: -x))\n")
    assert "Stack.top" in escaped(analysis)  # a bound method
    assert params(analysis, "Stack.top") == [frozenset({"top"})]
    assert "<lambda>" in escaped(analysis)  # sorted() calls it
    assert "Node.total" in escaped(analysis)  # called on what Stack.top returns: anything
    assert "Node.__init__" not in escaped(analysis)


def test_special_methods_escape_and_init_does_not_in_a_frozen_program() -> None:
    analysis = analysis_of("""
        class P:
            def __init__(self, x):
                self.x = x
            def __repr__(self):
                return "P(" + str(self.x) + ")"
        print(P(1), P(2.5))
    """)
    assert escaped(analysis) == {"P.__repr__"}
    assert params(analysis, "P.__init__") == [frozenset({1}), frozenset({"int", "float"})]


def test_a_global_is_the_join_of_its_stores() -> None:
    analysis = analysis_of("""
        count = 0
        def bump():
            global count
            count = count + 1
        bump()
        print(count)
    """)
    assert analysis.heap.globals["__main__.count"] == frozenset({"int"})


def test_class_tests_the_facts_decide_are_gone() -> None:
    module = compile_to_ir(textwrap.dedent(NODES), "app.py", Options(inline=False))
    total = next(fn for name, fn in module.functions.items() if name.startswith("__main__.Node.total@"))
    calls = {op.callee for block in total.blocks for op in block.ops if isinstance(op, Call)}
    assert not calls & {"in_family", "family_of", "plain_number", "numbered_now", "getattr_site"}
    assert "slot_get" in calls
