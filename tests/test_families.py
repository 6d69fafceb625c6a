"""Class families (molt/frontend/families.py): which classes are shaped, how they are
numbered, and what the compiler concludes about their slots and methods."""

import ast
import textwrap

from molt.frontend.families import INSTANCE_SLOTS, family_ranges, method_receiver, shaped_classes


def shaped(source: str):  # type: ignore[no-untyped-def]
    return shaped_classes(ast.parse(textwrap.dedent(source)))


HIERARCHY = """
class A:
    def __init__(self):
        self.x = 1
        self.y = 2
    def m(self):
        return self.x
class B(A):
    def __init__(self):
        self.z = 3
    def m(self):
        return 0
class C(B):
    pass
class D(A):
    def n(self):
        self.w = 4
class E:
    def __init__(self):
        self.y = 5
"""


def test_families_are_preorder_ranges_of_first_bases() -> None:
    classes = shaped(HIERARCHY)
    assert {name: c.number for name, c in classes.items()} == {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5}
    assert classes["A"].family_span() == (1, 4)
    assert classes["B"].family_span() == (2, 2)
    assert classes["E"].family_span() == (5, 1)


def test_layouts_keep_the_first_base_as_a_prefix() -> None:
    classes = shaped(HIERARCHY)
    assert classes["A"].layout == ["x", "y"]
    assert classes["C"].layout == ["x", "y", "z"]
    assert classes["D"].layout == ["x", "y", "w"]
    assert classes["A"].slot_offset("y") == INSTANCE_SLOTS + 8
    assert classes["A"].slot_offset("z") is None  # only B's family has it


def test_methods_known_per_class_and_per_family() -> None:
    classes = shaped(HIERARCHY)
    assert classes["A"].method("m") is None  # B overrides it
    assert classes["D"].method("m") is classes["A"].bindings["m"]
    assert classes["C"].exact_method("m") is classes["B"].bindings["m"]
    ranges = family_ranges(classes, lambda c: c.exact_method("m"))
    assert [(first, count) for first, count, _ in ranges] == [(1, 1), (2, 2), (4, 1)]
    slots = family_ranges(classes, lambda c: c.exact_slot("y"))
    assert [(first, count, offset) for first, count, offset in slots] == [(1, 4, 32), (5, 1, 24)]


def test_what_leaves_a_class_unshaped() -> None:
    classes = shaped("""
        import dataclasses
        class Rebound:
            pass
        Rebound = 1
        @dataclasses.dataclass
        class Decorated:
            x: int = 0
        class Hooked:
            def __setattr__(self, name, value):
                pass
        class Slotted:
            __slots__ = ("a",)
        class FromHooked(Hooked):
            pass
        class Error(ValueError):
            pass
        class Plain:
            pass
    """)
    assert list(classes) == ["Plain"]


def test_a_binding_that_may_be_a_descriptor_hides_the_slot() -> None:
    classes = shaped("""
        class A:
            size = 0
            def __init__(self):
                self.size = 1
                self.cost = 2
        class B(A):
            @property
            def size(self):
                return 3
            cost = compute()
    """)
    assert classes["A"].exact_slot("size") == INSTANCE_SLOTS
    assert classes["B"].exact_slot("size") is None
    assert classes["B"].exact_slot("cost") is None
    assert classes["A"].slot_offset("size") is None


def test_a_method_receiver_is_self_unless_rebound() -> None:
    tree = ast.parse(textwrap.dedent("""
        class A:
            def keep(self):
                return self.x
            def rebind(self):
                self = 1
            @staticmethod
            def static(x):
                return x
    """))
    classes = shaped_classes(tree)
    keep, rebind, static = tree.body[0].body  # type: ignore[attr-defined]
    assert method_receiver(classes, keep) == ("self", classes["A"])
    assert method_receiver(classes, rebind) is None
    assert method_receiver(classes, static) is None


KNOWN_NUMBERS = """
class Task:
    def __init__(self):
        self.held = False
        self.link = None
    def is_held(self):
        return self.held
    def run(self):
        task = self
        count = 0
        while task is not None:
            if not task.is_held():
                count += 1
            task = task.link
        return count
print(Task().run())
"""


def test_copied_methods_reuse_the_callers_class_numbers() -> None:
    from molt.driver import PYTHON_PASSES, LATE_PASSES, compile_program, load_runtime
    from molt.ir.ops import Call, ModuleIR
    from molt.passes.known_numbers import reuse_known_numbers

    program = compile_program(textwrap.dedent(KNOWN_NUMBERS), "app.py")
    runtime = load_runtime()
    module = ModuleIR({**runtime.functions, **program.functions}, dict(runtime.imports),
                      {**runtime.globals, **program.globals}, runtime.constants, {**runtime.tables, **program.tables})
    python = list(program.functions.values())
    for _, run in PYTHON_PASSES + [p for p in LATE_PASSES if p[0] in ("specialize", "exceptions", "refcount", "inline_small")]:
        for fn in python:
            run(fn, module)
    run_method = next(fn for name, fn in module.functions.items() if ".run@" in name and "entry" not in name)

    def numberings() -> int:
        return sum(isinstance(op, Call) and op.callee == "numbered_now" for b in run_method.blocks for op in b.ops)

    # task at its two stores, and the copy of is_held's entry (its self: task).
    assert numberings() == 3
    reuse_known_numbers(run_method, module)
    assert numberings() == 2


def test_a_layout_the_runtime_does_not_share_is_refused_at_run_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The offsets compiled into the fast paths come from the compiler's layouts; the
    runtime checks each class's against its own, so a disagreement cannot read a wrong
    slot silently."""
    import molt.frontend.module as frontend_module
    from conftest import run_wasm
    from molt.driver import build_wasm

    def reversed_layouts(tree):  # type: ignore[no-untyped-def]
        classes = shaped_classes(tree)
        for cls in classes.values():
            cls.layout = list(reversed(cls.layout))
        return classes

    monkeypatch.setattr(frontend_module, "shaped_classes", reversed_layouts)
    source = "class P:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\nprint(P().x)\n"
    outcome = run_wasm(build_wasm(source, "app.py"))
    assert outcome.exit_code == 1
    assert outcome.last_stderr_line == "RuntimeError: molt internal error: a class's layout is not the one compiled in"
