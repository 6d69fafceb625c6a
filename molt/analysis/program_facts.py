"""The program analysis: what every register of the program's functions can hold
(facts.py), which blocks can run, and which way each test of a value's class goes.

An abstract interpretation of the whole program, optimistic as SCCP (Wegman and Zadeck):
a function is analyzed once something calls it, a block once an edge that can be taken
leads to it, and a branch's edges are taken as the facts of its test allow. Within a
function it is flow-sensitive: the registers assigned more than once, and those that
tests look at, have a fact per block, which a test narrows on each edge (`x is None`,
an instance's class number in a range: molt/frontend/sites.py). Across functions it is
not: a parameter's fact is the join of the arguments of every call that can happen, a
function's result the join of its returns.

What flows where:
- attributes, by class and name: a read from an instance of a shaped class is the join of
  every value stored under that name into an instance of its class (or into anything the
  analysis does not know), and of what the class bodies bind it to; this
  needs every store to name its attribute, which a program whose instances' dicts no code
  can see guarantees (ProgramClasses.split_dicts);
- calls: a direct call gives its arguments to its callee; a function whose object may be
  called by code the analysis does not follow (it *escapes*: passed as a value, read as
  an attribute, found by a generic call, a special method the runtime calls) is entered
  through its entries with anything as arguments;
- classes: in a program whose families are frozen (no class ever loses its number), a
  class test is exact, so the edge where it fails narrows its value too.
"""

from __future__ import annotations

from molt.analysis.facts import NOTHING, TOP, Fact, class_objects, of_const
from molt.analysis.function_facts import FunctionAnalysis, FunctionFacts
from molt.analysis.heap import Heap
from molt.ir.classes import Binding, ProgramClasses
from molt.ir.ops import ENTRY1_SUFFIX, ENTRY_SUFFIX, Call, Const, FunctionRef, ModuleIR, StoreGlobal
from molt.ir.types import OBJECT

# Methods the runtime calls by name, besides the special methods: keys() of a mapping given
# to dict(), dict.update, {**m} or f(**m) (wasm_runtime/mappings.py).
RUNTIME_CALLED = frozenset({"keys"})


class ProgramAnalysis:
    def __init__(self, module: ModuleIR) -> None:
        self.module = module
        self.classes = module.classes or ProgramClasses()
        self.python = {name: fn for name, fn in module.functions.items() if fn.kind == "python"}
        self.params: dict[str, list[Fact]] = {name: [NOTHING] * len(fn.params) for name, fn in self.python.items()}
        self.returns: dict[str, Fact] = {}
        self.heap = Heap(self.classes, self.changed, lambda key: self.depend(self.current, key))
        self.current = ""  # the function being analyzed
        # The plain methods' symbols (their names may be mangled: molt/frontend/mangling.py).
        self.plain_methods = {symbol for symbols in self.classes.methods.values() for symbol in symbols}
        self.escaped: set[str] = set()
        self.reachable: set[str] = set()
        self.dirty: list[str] = []
        self.readers: dict[str, set[str]] = {}  # "attr:N" / "return:F" -> the functions that read it
        self.results: dict[str, FunctionFacts] = {}
        # Globals that hold a function of the program (its def stores it): name -> symbols.
        self.global_functions: dict[str, set[str]] = {}
        for fn in self.python.values():
            for block in fn.blocks:
                for op in block.ops:
                    if isinstance(op, StoreGlobal) and isinstance(op.src, Const) and isinstance(op.src.value, FunctionRef):
                        self.global_functions.setdefault(op.name, set()).add(op.src.value.symbol)

    # The worklist.

    def run(self) -> None:
        self.reach("module_body", [])
        # The runtime calls special methods on any instance; a frozen program's classes
        # are instantiated by name, or by a generic call the analysis sees (init_escapes).
        shaped_defs = {b.symbol for c in self.classes.classes.values() for b in c.bindings.values() if b.kind == "def"}
        closed = self.classes.frozen and not self.classes.open_subclasses
        for name, symbols in self.classes.methods.items():
            if name.startswith("__") and name.endswith("__") or name in RUNTIME_CALLED:
                for symbol in symbols:
                    if not (closed and name in ("__init__", "__new__") and symbol in shaped_defs):
                        self.escape(symbol)
        for fn in self.module.functions.values():
            if fn.kind != "python":
                for block in fn.blocks:
                    for op in block.ops:
                        if isinstance(op, Call) and op.callee in self.python:
                            self.reach(op.callee, [TOP] * len(op.args))  # the runtime calls it
        while self.dirty:
            name = self.current = self.dirty.pop()
            self.results[name] = FunctionAnalysis(self, self.python[name]).run()

    def reach(self, name: str, args: list[Fact]) -> None:
        if name not in self.python:
            return
        params = self.params[name]
        changed = name not in self.reachable
        self.reachable.add(name)
        for i, fact in enumerate(args[:len(params)]):
            new = self.heap.join(params[i], fact)
            if new != params[i]:
                params[i] = new
                changed = True
        if changed:
            self.mark(name)

    def mark(self, name: str) -> None:
        if name not in self.dirty:
            self.dirty.append(name)

    def depend(self, reader: str, key: str) -> None:
        self.readers.setdefault(key, set()).add(reader)

    def changed(self, key: str) -> None:
        for reader in self.readers.get(key, ()):
            self.mark(reader)

    def returned(self, name: str, fact: Fact) -> None:
        if name in self.escaped or self.python[name].entry:
            self.heap.escape(fact)  # to a caller the analysis does not follow
        old = self.returns.get(name, NOTHING)
        new = self.heap.join(old, fact)
        if new != old:
            self.returns[name] = new
            self.changed("return:" + name)

    def escape(self, symbol: str) -> None:
        """A function whose object code the analysis does not follow may call."""
        if symbol in self.escaped:
            return
        self.escaped.add(symbol)
        self.heap.escape(self.returns.get(symbol, NOTHING))
        for suffix in (ENTRY_SUFFIX, ENTRY1_SUFFIX):
            entry = self.python.get(symbol + suffix)
            if entry is not None:
                self.reach(entry.name, [TOP] * len(entry.params))
        if symbol in self.python:
            self.reach(symbol, [TOP] * len(self.python[symbol].params))

    def escape_methods(self, name: str | None) -> None:
        """Every method named `name` (every method, for None)."""
        names = [name] if name is not None else list(self.classes.methods)
        for method in names:
            for symbol in self.classes.methods.get(method, []):
                self.escape(symbol)

    def escape_binding(self, binding: Binding | None, name: str) -> None:
        if binding is None:
            return
        if binding.kind == "def":
            self.escape(binding.symbol)
        elif binding.kind == "unknown":
            self.escape_methods(name)

    # What attribute reads give.

    def read(self, reader: str, receiver: Fact, name: str | None) -> Fact:
        """receiver.name (a name found at run time for None)."""
        if name is None:
            self.escape_methods(None)
            self.heap.escape(receiver)
            return TOP
        result = NOTHING
        for atom in receiver:
            if atom == "none" or atom == "unbound":
                part = TOP if name.startswith("__") else NOTHING  # else AttributeError
            elif isinstance(atom, int) and atom < 0:
                binding = self.classes.lookup(-atom, name)
                self.escape_binding(binding, name)
                # What its body binds, or what was stored into it (heap.store_attribute).
                self.depend(reader, "attr:" + name)
                if binding is None and name.startswith("__"):
                    part = TOP  # __name__, __mro__ ... of every class
                else:
                    part = self.heap.join(self.binding_fact(binding),
                                          self.heap.attributes.get((-atom, name), NOTHING))
            elif isinstance(atom, int):
                part = self.instance_read(reader, atom, name)
            else:
                # Anything, or a builtin value (whose methods are no program's, but
                # a bound method of it holds it).
                if atom == "top":
                    self.escape_methods(name)
                self.heap.escape(receiver)
                part = TOP
            result = self.heap.join(result, part)
        return result

    def instance_read(self, reader: str, number: int, name: str) -> Fact:
        binding = self.classes.lookup(number, name)
        if binding is not None and binding.kind in ("def", "unknown"):
            self.escape_binding(binding, name)
            self.heap.escape(frozenset({number}))  # a bound method holds the instance
            return TOP  # a bound method, a property's value ...
        if not self.heap.attributes_typed or name.startswith("__") or self.classes.lookup(number, "__getattr__"):
            return TOP
        self.depend(reader, "attr:" + name)
        return self.heap.join(self.heap.attributes.get((number, name), NOTHING), self.binding_fact(binding))

    def binding_fact(self, binding: Binding | None) -> Fact:
        if binding is None:
            return NOTHING
        if binding.kind == "const":
            return of_const(Const(binding.value, OBJECT))  # type: ignore[arg-type]
        return TOP

    def has_special_methods(self, number: int) -> bool:
        """Instances of class `number` have special methods of the program's (which the
        runtime calls with them, as anything)."""
        chain = self.classes.classes[number].chain
        if chain is None:
            return True
        return any(name.startswith("__") and name not in ("__init__", "__new__")
                   for link in chain for name in self.classes.classes[link].bindings)

    def init_escapes(self, callee: Fact) -> None:
        """A value called generically may be a class: its __init__ runs from the runtime."""
        if "top" in callee and (not self.classes.frozen or self.classes.open_subclasses):
            self.escape_methods("__init__")
            self.escape_methods("__new__")
        for number in class_objects(callee):
            self.escape_binding(self.classes.lookup(number, "__init__"), "__init__")


def analyze_program(module: ModuleIR) -> ProgramAnalysis:
    analysis = ProgramAnalysis(module)
    analysis.run()
    return analysis
