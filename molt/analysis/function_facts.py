"""One function's part of the program analysis (program_facts.py): the facts of its
registers block by block, the edges its branches can take, and what it gives the rest of
the program (arguments of its calls, its returns, stores into the heap: heap.py).

Each op has a transfer function below. The registers assigned more than once, and those
that tests look at, have a fact per block (an environment), which a test narrows on each
edge of a branch on it; the others have one fact. A runtime call the analysis does not
model is code it does not follow: what it is given escapes (heap.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from molt.analysis.facts import (
    NOTHING, NONE_FACT, TOP, Fact, class_objects, in_range, instances, narrowed, of_const, of_items, of_type, only,
    type_of, without,
)
from molt.analysis.types import INPLACE_OPERATORS, binary_result, unary_result
from molt.ir.ops import (
    MISSING, STOP, UNBOUND, Assign, BasicBlock, Binary, Branch, Call, Const, ConstTuple, FuncIR, FunctionRef, Goto,
    LoadGlobal, Op, PyBinary, PyTruth, PyUnary, Register, Return, StoreGlobal, Unary, Value, successors,
)
from molt.ir.types import BOOL, FLOAT, INT, LIST, OBJECT, STR

if TYPE_CHECKING:
    from molt.analysis.program_facts import ProgramAnalysis

# Attribute reads and stores of the program's code: the index of the name argument, and
# of the stored value.
ATTRIBUTE_READS = frozenset({"getattr_static", "slot_get", "getattr_site", "getattr_cached", "py_getattr",
                             "getattr_builtin", "hasattr_builtin"})
ATTRIBUTE_STORES = frozenset({"setattr_static", "slot_store", "setattr_site", "setattr_cached", "py_setattr",
                              "setattr_builtin", "object_setattr_builtin"})
METHOD_LOOKUPS = frozenset({"method_site", "method_cached"})
# self.x += k in place (wasm_runtime/slot_arithmetic.py): a read and a store of the name.
SLOT_INCREMENTS = frozenset({"attr_iadd_static", "slot_iadd_int"})
SUPER_LOOKUPS = frozenset({"super_method_call", "super_getattr"})
# Calls of a value: what they call is the value's (its __init__, for a class).
VALUE_CALLS = frozenset({"py_call", "call_one", "py_call_kw"})
# The number of a value's class (molt/frontend/sites.py), from its first argument.
CLASS_NUMBERS = frozenset({"family_of", "plain_number", "numbered_now", "class_number"})
# Reads of a function object's defaults: no escape.
STATIC_READS = frozenset({"function_default", "function_kwdefault"})
# Runtime calls that may look up any attribute of their argument by a name of its own.
DYNAMIC_LOOKUPS = frozenset({"match_class"})
# List operations the heap follows (heap.py).
HEAP_CALLS = frozenset({"list_new", "list_append", "list_append_method", "method_append", "list_extend",
                        "method_extend", "list_set_int", "py_setitem", "list_get_int", "py_getitem", "py_iter",
                        "py_next"})
# What compiled code asks of classes (molt/frontend/sites.py, class_calls.py).
CLASS_CALLS = CLASS_NUMBERS | {"in_family", "family_member", "slots_valid", "class_numbered", "shaped_instance_new",
                               "is_instance_object"}
# Runtime calls that keep nothing they are given and call no code of the program but the
# special methods of the values (print, repr, comparisons, len, truth ...), or nothing.
READERS = frozenset({
    "print_obj", "py_repr", "py_str", "py_truth", "py_len", "sequence_length_int", "py_eq", "py_ne", "py_lt",
    "py_le", "py_gt", "py_ge", "py_hash", "py_contains_bool", "py_isinstance", "isinstance_code",
    "is_instance_object", "py_callable", "stdout_write_str", "recursion_enter", "recursion_leave",
    "raise_name_error", "raise_unbound_local", "program_mode", "class_set_family", "traceback_add",
    "function_default", "function_kwdefault", "raise_init_result", "str_concat", "str_eq", "py_int", "py_float",
    "py_abs", "py_neg", "py_pos", "print_call",
})


@dataclass
class Test:
    """A bool register's meaning, for the branches on it: `subject` is (kind 'range') an
    instance of a class in [first, first + count), or (kind 'is') the atom `atom`;
    `negated` flips it. Kind 'numbered': a class keeps its number."""

    kind: str  # 'range', 'is', 'instance' (of any class of the program), 'numbered'
    subject: Register | None
    first: int = 0
    count: int = 0
    atom: str = ""
    negated: bool = False


@dataclass
class FunctionFacts:
    """What the analysis found in one function."""

    # Register id -> the join of every value it is assigned.
    registers: dict[int, Fact] = field(default_factory=dict)
    # Block ids that can run.
    reached: set[int] = field(default_factory=set)
    # Branch op id -> (the true edge can be taken, the false edge can be taken).
    edges: dict[int, tuple[bool, bool]] = field(default_factory=dict)
    # Op id -> the fact of the value an op tests or reads through (its subject) there.
    subjects: dict[int, Fact] = field(default_factory=dict)
    # Op id -> the Test of a class test op whose subject is known, with its fact.
    tests: dict[int, Test] = field(default_factory=dict)
    # Op id -> {register id: (register, fact)}: operands that tests narrowed there to a
    # fact of an unboxed type (`n` after `n is UNBOUND` failed, for a global n).
    narrowed: dict[int, dict[int, tuple[Register, Fact]]] = field(default_factory=dict)


class FunctionAnalysis:
    """One function's analysis, given the facts of its parameters so far."""

    def __init__(self, program: ProgramAnalysis, fn: FuncIR) -> None:
        self.program = program
        self.fn = fn
        self.out = FunctionFacts()
        self.frozen = program.classes.frozen
        defs: dict[int, int] = {}
        for p in fn.params:
            defs[id(p)] = 1
        self.uses: dict[int, list[BasicBlock]] = {}
        subjects: set[int] = set()
        self.namespaces: set[int] = set()
        for block in fn.blocks:
            for op in block.ops:
                dest = op.dest_register()
                if dest is not None:
                    defs[id(dest)] = defs.get(id(dest), 0) + 1
                for value in op.operands():
                    if isinstance(value, Register):
                        self.uses.setdefault(id(value), []).append(block)
                if (isinstance(op, Call) and (op.callee in CLASS_NUMBERS or op.callee == "is_instance_object")
                        and isinstance(op.args[0], Register)):
                    subjects.add(id(op.args[0]))
                if isinstance(op, PyBinary) and op.op in ("is", "is not") and isinstance(op.left, Register):
                    subjects.add(id(op.left))
                if isinstance(op, Binary) and op.op in ("eq", "ne") and isinstance(op.left, Register):
                    subjects.add(id(op.left))
                if isinstance(op, Call) and op.callee == "class_new":
                    self.namespaces.update(id(a) for a in op.args[2:3] if isinstance(a, Register))
        self.tracked = {reg for reg, count in defs.items() if count > 1} | subjects
        self.env_in: dict[int, dict[int, Fact]] = {}
        # Number registers (CLASS_NUMBERS results, and copies): the value they are of.
        self.numbers: dict[int, Register] = {}
        # Member registers (family_member): the value, first and count.
        self.members: dict[int, tuple[Register, int, int]] = {}
        self.work: list[BasicBlock] = []
        self.pending: set[int] = set()
        self.made: Test | None = None

    def run(self) -> FunctionFacts:
        fn, program = self.fn, self.program
        env: dict[int, Fact] = {}
        for param, fact in zip(fn.params, program.params[fn.name]):
            self.define(param, fact, env, {})
        self.flow(fn.blocks[0], env)
        while self.work:
            block = self.work.pop()
            self.pending.discard(id(block))
            self.visit(block, dict(self.env_in[id(block)]))
        return self.out

    # Values.

    def fact(self, value: Value | None, env: dict[int, Fact]) -> Fact:
        if value is None:
            return NONE_FACT
        if isinstance(value, Const):
            return of_const(value)
        if id(value) in self.tracked:
            return env.get(id(value), NOTHING)
        return self.out.registers.get(id(value), NOTHING)

    def define(self, reg: Register, fact: Fact, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        if reg.type != OBJECT and not (fact and type_of(fact) == reg.type):
            fact = of_type(reg.type)  # what its type says (a list keeps its site)
        old = self.out.registers.get(id(reg), NOTHING)
        new = self.program.heap.join(old, fact)
        if new != old:
            self.out.registers[id(reg)] = new
            if id(reg) not in self.tracked:
                for block in self.uses.get(id(reg), ()):
                    if id(block) in self.out.reached:
                        self.push(block)
        if id(reg) in self.tracked:
            env[id(reg)] = fact
        # What it tested, and what tested it, no longer hold.
        tests.pop(id(reg), None)
        for key in [k for k, t in tests.items() if t.subject is reg]:
            del tests[key]

    # Blocks.

    def flow(self, target: BasicBlock, env: dict[int, Fact]) -> None:
        """Join env into the entry of target (a block an edge that can be taken leads to)."""
        old = self.env_in.get(id(target))
        if old is None:
            self.env_in[id(target)] = dict(env)
            self.out.reached.add(id(target))
            self.push(target)
            return
        changed = False
        for key, fact in env.items():
            new = self.program.heap.join(old.get(key, NOTHING), fact)
            if new != old.get(key):
                old[key] = new
                changed = True
        if changed:
            self.push(target)

    def push(self, block: BasicBlock) -> None:
        if id(block) not in self.pending:
            self.pending.add(id(block))
            self.work.append(block)

    def visit(self, block: BasicBlock, env: dict[int, Fact]) -> None:
        tests: dict[int, Test] = {}
        for op in block.ops:
            if block.handler is not None:
                self.flow(block.handler, env)
            self.transfer(op, env, tests)
        if block.handler is not None:
            self.flow(block.handler, env)

    def transfer(self, op: Op, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        program, fn = self.program, self.fn
        self.note_narrowed(op, env)
        for value in op.operands():
            if isinstance(value, Const) and isinstance(value.value, FunctionRef) and not self.static_use(op, value):
                program.escape(value.value.symbol)
        if isinstance(op, Assign):
            if isinstance(op.src, Register) and id(op.src) in self.numbers:
                self.numbers[id(op.dest)] = self.numbers[id(op.src)]
            test = tests.get(id(op.src)) if isinstance(op.src, Register) else None
            self.define(op.dest, self.fact(op.src, env), env, tests)
            if test is not None and test.subject is not op.dest:
                tests[id(op.dest)] = test
        elif isinstance(op, PyBinary):
            self.py_binary(op, env, tests)
        elif isinstance(op, PyUnary):
            self.escape_if_called_back([self.fact(op.operand, env)])
            operand = type_of(self.fact(op.operand, env))
            self.define(op.dest, of_type(unary_result(op.op, operand)) if operand else NOTHING, env, tests)
        elif isinstance(op, PyTruth):
            self.escape_if_called_back([self.fact(op.value, env)])
            test = tests.get(id(op.value)) if isinstance(op.value, Register) else None
            self.define(op.dest, of_type(BOOL), env, tests)
            if test is not None and test.subject is not op.dest:
                tests[id(op.dest)] = test
        elif isinstance(op, Binary):
            self.binary(op, env, tests)
        elif isinstance(op, Unary) and op.op == "not" and isinstance(op.operand, Register) and id(op.operand) in tests:
            test = tests[id(op.operand)]
            self.define(op.dest, of_type(op.dest.type), env, tests)
            if test.subject is not op.dest:
                tests[id(op.dest)] = Test(test.kind, test.subject, test.first, test.count, test.atom, not test.negated)
        elif isinstance(op, LoadGlobal):
            self.load_global(op, env, tests)
        elif isinstance(op, StoreGlobal):
            program.heap.store_global(op.name, self.fact(op.src, env))
        elif isinstance(op, Call):
            self.call(op, env, tests)
        elif isinstance(op, Return):
            program.returned(fn.name, self.fact(op.value, env))
        elif isinstance(op, Branch):
            self.branch(op, env, tests)
        elif isinstance(op, Goto):
            self.flow(op.target, env)
        else:
            dest = op.dest_register()
            if dest is not None:
                self.define(dest, of_type(dest.type), env, tests)
            for succ in successors(op):
                self.flow(succ, env)

    def note_narrowed(self, op: Op, env: dict[int, Fact]) -> None:
        narrowed: dict[int, tuple[Register, Fact]] = {}
        for value in op.operands():
            if isinstance(value, Register) and id(value) in self.tracked and id(value) in env:
                fact = env[id(value)]
                if type_of(fact) in (INT, FLOAT, BOOL):
                    narrowed[id(value)] = (value, fact)
        if narrowed:
            self.out.narrowed[id(op)] = narrowed
        else:
            self.out.narrowed.pop(id(op), None)

    def static_use(self, op: Op, value: Const) -> bool:
        """A use of a function object that lets it go nowhere: a def storing it (its name
        is followed at each read), a method into its class's namespace, a default read,
        a comparison."""
        if isinstance(op, (StoreGlobal, Binary, PyBinary)):
            return True
        if isinstance(op, Call):
            if op.callee in STATIC_READS:
                return True
            if (op.callee == "dict_setitem" and isinstance(op.args[0], Register) and id(op.args[0]) in self.namespaces
                    and self.program.classes.split_dicts  # else vars(C) may read it
                    and isinstance(value.value, FunctionRef) and value.value.symbol in self.program.plain_methods):
                return True
        return False

    def load_global(self, op: LoadGlobal, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        program = self.program
        for symbol in program.global_functions.get(op.name, ()):
            program.escape(symbol)
        program.depend(self.fn.name, "global:" + op.name)
        fact = program.heap.join(program.heap.globals.get(op.name, NOTHING), frozenset({"unbound"}))
        for number, info in program.classes.classes.items():
            if op.name == "__main__." + info.name:
                fact = frozenset({-number, "unbound"})  # bound by its class statement only
        self.define(op.dest, fact, env, tests)

    def py_binary(self, op: PyBinary, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        if op.op in ("is", "is not"):
            self.define(op.dest, of_type(BOOL), env, tests)
            subject, other = op.left, op.right
            if isinstance(subject, Register) and isinstance(other, Const) and other.value is None:
                tests[id(op.dest)] = Test("is", subject, atom="none", negated=op.op == "is not")
            return
        heap = self.program.heap
        left_fact, right_fact = self.fact(op.left, env), self.fact(op.right, env)
        self.escape_if_called_back([left_fact, right_fact])  # __add__, __eq__ ... take both
        left, right = type_of(left_fact), type_of(right_fact)
        if left is None or right is None:
            self.define(op.dest, NOTHING, env, tests)
            return
        base = op.op[:-1] if op.op in INPLACE_OPERATORS else op.op
        counts = (INT, BOOL)
        if left == LIST and (base == "*" and right in counts or base == "+" and right == LIST):
            items = heap.items_of(left_fact) if base == "*" else heap.join(heap.items_of(left_fact),
                                                                           heap.items_of(right_fact))
            if op.op in INPLACE_OPERATORS:  # the list itself grows
                heap.store_items(left_fact, items)
                self.define(op.dest, left_fact, env, tests)
            else:
                self.define(op.dest, heap.new_list(id(op), items), env, tests)
            return
        if right == LIST and base == "*" and left in counts and op.op not in INPLACE_OPERATORS:
            self.define(op.dest, heap.new_list(id(op), heap.items_of(right_fact)), env, tests)
            return
        result = binary_result(base, left, right, op.right)
        if base in ("==", "!=") and (self.compares_itself(left_fact) or self.compares_itself(right_fact)):
            result = OBJECT  # a program's __eq__ returns what it likes
        if result not in (INT, FLOAT, BOOL, STR):
            heap.escape(left_fact)  # a container of their items, or what a special method made
            heap.escape(right_fact)
        self.define(op.dest, of_type(result), env, tests)

    def binary(self, op: Binary, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        self.define(op.dest, of_type(op.dest.type), env, tests)
        if op.op in ("eq", "ne") and isinstance(op.left, Register) and isinstance(op.right, Const):
            if op.right.value is UNBOUND or op.right.value is STOP:
                atom = "unbound" if op.right.value is UNBOUND else "stop"
                tests[id(op.dest)] = Test("is", op.left, atom=atom, negated=op.op == "ne")
            elif op.right.value is None and op.left.type == OBJECT:
                tests[id(op.dest)] = Test("is", op.left, atom="none", negated=op.op == "ne")

    # Calls.

    def call(self, op: Call, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        program, name = self.program, self.fn.name
        args = [self.fact(a, env) for a in op.args]
        callee = op.callee
        result: Fact = of_type(op.dest.type) if op.dest is not None else NOTHING
        self.made = None  # the Test of the call's result, if it is a test
        if callee in program.python:
            program.reach(callee, args)
            program.depend(name, "return:" + callee)
            result = program.returns.get(callee, NOTHING)
        elif callee in ATTRIBUTE_READS:
            self.out.subjects[id(op)] = args[0]
            result = program.read(name, args[0], const_str(op.args[1]))
            if callee == "getattr_builtin" and not (isinstance(op.args[2], Const) and op.args[2].value is MISSING):
                result = program.heap.join(result, args[2])  # the default
            if callee == "hasattr_builtin":
                result = of_type(BOOL)
        elif callee in ATTRIBUTE_STORES:
            self.out.subjects[id(op)] = args[0]
            self.store_attribute(args[0], const_str(op.args[1]), args[2])
        elif callee in SLOT_INCREMENTS:
            self.out.subjects[id(op)] = args[0]
            self.increment_attribute(args[0], const_str(op.args[1]))
        elif callee in HEAP_CALLS:
            result = self.heap_call(op, args, result)
        elif callee in CLASS_CALLS:
            result = self.class_call(op, args, env, tests, result)
        elif callee in READERS:
            self.escape_if_called_back(args)
        else:
            # Code the analysis does not follow: whatever it is given may end up anywhere.
            for fact in args:
                program.heap.escape(fact)
            if callee in METHOD_LOOKUPS:
                self.method_lookup(args[0], const_str(op.args[1]))
            elif callee in SUPER_LOOKUPS:
                program.escape_methods(const_str(op.args[2]))
            elif callee in DYNAMIC_LOOKUPS:
                program.escape_methods(None)
            elif callee in VALUE_CALLS:
                program.init_escapes(args[0])
            elif callee == "dict_getitem" and isinstance(op.args[0], Register) and id(op.args[0]) in self.namespaces:
                program.escape_methods(const_str(op.args[1]))  # a class body reads what it bound
        if callee in ("getattr_static", "setattr_static", "attr_iadd_static") and isinstance(op.args[-2], Register):
            member = self.members.get(id(op.args[-2]))
            if member is not None:
                subject, first, count = member
                self.out.tests[id(op)] = Test("range", subject, first, count)
                self.out.subjects[id(op)] = self.fact(subject, env)
        if op.dest is not None:
            self.define(op.dest, result, env, tests)
            if callee == "class_numbered":
                self.made = Test("numbered", None)
            if self.made is not None:
                tests[id(op.dest)] = self.made

    def store_attribute(self, receiver: Fact, attribute: str | None, value: Fact) -> None:
        heap = self.program.heap
        if attribute is not None:
            heap.store_attribute(receiver, attribute, value)
            return
        heap.escape(value)
        if heap.attributes_typed:
            heap.attributes_typed = False
            for reader in self.program.reachable:
                self.program.mark(reader)

    def increment_attribute(self, receiver: Fact, attribute: str | None) -> None:
        """receiver.attribute += k (wasm_runtime/slot_arithmetic.py): what it held, plus an
        int (an int stays an int, a float a float; anything else gives what its operator
        gives, which has it)."""
        program = self.program
        current = program.read(self.fn.name, receiver, attribute)
        rtype = type_of(current)
        if rtype in (INT, BOOL, FLOAT):
            result = of_type(binary_result("+", rtype, INT))
        elif not current:
            result = NOTHING
        else:
            program.heap.escape(current)  # its __iadd__ takes it
            result = TOP
        self.store_attribute(receiver, attribute, result)

    def heap_call(self, op: Call, args: list[Fact], result: Fact) -> Fact:
        """The runtime's list operations, on lists the heap follows (heap.py)."""
        heap, callee = self.program.heap, op.callee
        self.escape_if_called_back(args)  # a container's __getitem__ ... take them all
        if callee == "list_new":
            return heap.new_list(id(op))
        if callee in ("list_append", "list_append_method", "method_append"):
            heap.store_items(args[0], args[1])
        elif callee in ("list_extend", "method_extend"):
            source = op.args[1]
            if isinstance(source, Const) and isinstance(source.value, ConstTuple):
                heap.store_items(args[0], of_items(source.value))
            else:
                heap.store_items(args[0], heap.items_of(args[1]))
        elif callee in ("list_set_int", "py_setitem"):
            if is_index(args[1]):
                heap.store_items(args[0], args[2])
            else:  # a slice takes an iterable's items; anything else is no list's
                heap.store_items(args[0], heap.join(args[2], heap.items_of(args[2])))
        elif callee in ("list_get_int", "py_getitem"):
            if is_index(args[1]):
                return heap.items_of(args[0])
            heap.escape(args[0])  # a slice is a new list of the same items
            return TOP
        elif callee == "py_iter":
            return heap.iterator(args[0])
        elif callee == "py_next":
            return heap.join(heap.items_of(args[0]), frozenset({"stop"}))
        return result

    def class_call(self, op: Call, args: list[Fact], env: dict[int, Fact], tests: dict[int, Test],
                   result: Fact) -> Fact:
        """What compiled code asks of classes and their numbers (molt/frontend/sites.py)."""
        callee = op.callee
        if callee == "shaped_instance_new":
            return frozenset({const_int(op.args[1])})
        if callee == "is_instance_object" and op.dest is not None and isinstance(op.args[0], Register):
            self.made = Test("instance", op.args[0])
        if callee in CLASS_NUMBERS and isinstance(op.args[0], Register) and op.dest is not None:
            self.numbers[id(op.dest)] = op.args[0]
        elif callee == "in_family" and op.dest is not None:
            self.class_test(op, env)
        elif callee == "family_member" and op.dest is not None and isinstance(op.args[0], Register):
            subject = self.numbers.get(id(op.args[0]))
            if subject is not None:
                self.members[id(op.dest)] = (subject, const_int(op.args[1]), const_int(op.args[2]))
        elif callee == "slots_valid" and op.dest is not None and isinstance(op.args[1], Register):
            member = self.members.get(id(op.args[1]))
            if member is not None:
                subject, first, count = member
                self.made = test = Test("range", subject, first, count)
                self.out.tests[id(op)] = test
                self.out.subjects[id(op)] = self.fact(subject, env)
        return result

    def escape_if_called_back(self, args: list[Fact]) -> None:
        """A runtime function that keeps nothing it is given may still call a special
        method of an instance among them (or among a list's items), which takes them all
        as anything."""
        if any(self.calls_back(fact, set()) for fact in args):
            for fact in args:
                self.program.heap.escape(fact)

    def compares_itself(self, fact: Fact) -> bool:
        """The value may be an instance whose class has __eq__ or __ne__."""
        return "top" in fact or any(
            isinstance(a, int) and a > 0 and (self.program.classes.lookup(a, "__eq__") is not None
                                              or self.program.classes.lookup(a, "__ne__") is not None)
            for a in fact)

    def calls_back(self, fact: Fact, seen: set[object]) -> bool:
        """The value may be, or hold, an instance with special methods of the program's."""
        for atom in fact:
            if atom in seen:
                continue
            seen.add(atom)
            if atom == "top" or (isinstance(atom, int) and atom > 0 and self.program.has_special_methods(atom)):
                return True
            if isinstance(atom, str) and (atom.startswith("list#") or atom.startswith("iter#")):
                if self.calls_back(self.program.heap.items_of(frozenset({atom})), seen):
                    return True
        return False

    def method_lookup(self, receiver: Fact, name: str | None) -> None:
        """The function a class has for name, found for an instance: it is then called
        with the instance by a generic call, or compared with the known candidates."""
        program = self.program
        if name is None or "top" in receiver:
            program.escape_methods(name)
            return
        for number in instances(receiver):
            binding = program.classes.lookup(number, name)
            if binding is not None:
                program.escape_binding(binding, name)
        for number in class_objects(receiver):
            program.escape_binding(program.classes.lookup(number, name), name)

    def class_test(self, op: Call, env: dict[int, Fact]) -> None:
        assert op.dest is not None
        number = op.args[0]
        subject = self.numbers.get(id(number)) if isinstance(number, Register) else None
        if subject is None or not self.unchanged_since_numbered(op, subject, number):
            return
        self.made = test = Test("range", subject, const_int(op.args[1]), const_int(op.args[2]))
        self.out.tests[id(op)] = test
        self.out.subjects[id(op)] = self.fact(subject, env)

    def unchanged_since_numbered(self, op: Call, subject: Register, number: Value) -> bool:
        """The subject holds the value its number was taken of: nothing assigns it on the
        way from the number's op (or a copy of it) to this test (molt/frontend/sites.py
        tests a number in blocks that do nothing else)."""
        if id(subject) not in self.tracked:
            return True
        block = self.block_of(op)
        index = block.ops.index(op)
        seen: set[int] = set()
        while True:
            for earlier in reversed(block.ops[:index]):
                if earlier.dest_register() is number or (isinstance(earlier, Call) and earlier.callee in CLASS_NUMBERS
                                                         and earlier.dest_register() is number):
                    return True
                if earlier.dest_register() is subject:
                    return False
            preds = self.predecessors().get(id(block), [])
            if len(preds) != 1 or id(block) in seen:
                return False
            seen.add(id(block))
            block = preds[0]
            index = len(block.ops)

    def block_of(self, op: Op) -> BasicBlock:
        if not hasattr(self, "_op_blocks"):
            self._op_blocks = {id(o): b for b in self.fn.blocks for o in b.ops}
        return self._op_blocks[id(op)]

    def predecessors(self) -> dict[int, list[BasicBlock]]:
        if not hasattr(self, "_preds"):
            preds: dict[int, list[BasicBlock]] = {}
            for block in self.fn.blocks:
                for succ in block.successors():
                    preds.setdefault(id(succ), []).append(block)
            self._preds = preds
        return self._preds

    # Branches.

    def branch(self, op: Branch, env: dict[int, Fact], tests: dict[int, Test]) -> None:
        cond = op.cond
        if isinstance(cond, Const):
            taken = (bool(cond.value), not cond.value)
            envs = (env, env)
        elif id(cond) in tests:
            taken, envs = self.decide(tests[id(cond)], env)
        else:
            taken, envs = (True, True), (env, env)
        old = self.out.edges.get(id(op), (False, False))
        self.out.edges[id(op)] = (old[0] or taken[0], old[1] or taken[1])
        if taken[0]:
            self.flow(op.if_true, envs[0])
        if taken[1]:
            self.flow(op.if_false, envs[1])

    def decide(self, test: Test, env: dict[int, Fact]) -> tuple[tuple[bool, bool], tuple[dict[int, Fact], dict[int, Fact]]]:
        """Which edges of a branch on `test` can be taken, with what each edge knows."""
        if test.kind == "numbered":
            return (True, not self.frozen), (env, env)
        subject = test.subject
        assert subject is not None
        fact = self.fact(subject, env)
        if test.kind == "range":
            inside, outside = in_range(fact, test.first, test.count)
            yes = narrowed(fact, test.first, test.count, True)
            if "top" in fact:
                self.program.heap.escape(yes)  # instances that anything may be
            # A class that lost its number fails the test too, unless the program is frozen.
            no = narrowed(fact, test.first, test.count, False) if self.frozen else fact
            outside = outside or (inside and not self.frozen)
        elif test.kind == "instance":  # of a class of the program's
            yes = fact if "top" in fact else frozenset(a for a in fact if isinstance(a, int) and a > 0)
            no = fact if "top" in fact else fact - yes
            inside, outside = bool(yes), bool(no)
        else:
            inside, outside = test.atom in fact or "top" in fact, bool(without(fact, test.atom))
            yes, no = only(fact, test.atom), without(fact, test.atom)
        taken = (inside, outside)
        envs = (self.narrow(env, subject, yes), self.narrow(env, subject, no))
        if test.negated:
            return (taken[1], taken[0]), (envs[1], envs[0])
        return taken, envs

    def narrow(self, env: dict[int, Fact], subject: Register, fact: Fact) -> dict[int, Fact]:
        if id(subject) not in self.tracked:
            return env
        narrowed_env = dict(env)
        narrowed_env[id(subject)] = fact
        return narrowed_env


def const_str(value: Value) -> str | None:
    return value.value if isinstance(value, Const) and isinstance(value.value, str) else None


def is_index(fact: Fact) -> bool:
    return bool(fact) and all(a in ("int", "bool") for a in fact)


def const_int(value: Value) -> int:
    assert isinstance(value, Const) and isinstance(value.value, int)
    return value.value
