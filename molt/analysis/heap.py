"""The heap as the program analysis sees it (program_facts.py): what the attributes of the
instances of each shaped class, the items of each list the program makes, and the
module's globals can hold, and which of them code the analysis does not follow may
reach (*escaped*).

A list made by the program's code is an atom of its own ('list#<site>'): its items' fact
is the join of what is stored into a list of that site. That holds while no code the
analysis does not follow can reach the list: once a list flows into such code (a runtime
function that may keep it, a value whose fact is TOP, a global read back as anything ...)
it escapes, and its items are TOP from then on; so does what it held. An instance's class
escapes in the same way, and then its attributes' values escape too (a list in an
attribute of an instance anything may reach is reachable by anything). The attributes'
facts themselves hold either way: a store into anything counts for every class.
"""

from __future__ import annotations

from typing import Callable

from molt.analysis.facts import NOTHING, TOP, Fact, class_objects, instances
from molt.ir.classes import ProgramClasses

ITER_PREFIX = "iter#"
LIST_PREFIX = "list#"


def is_list_atom(atom: object) -> bool:
    return isinstance(atom, str) and atom.startswith(LIST_PREFIX)


def tracked(fact: Fact) -> list[object]:
    """The atoms of the fact whose contents the heap follows (lists, iterators, instances)."""
    return [a for a in fact if is_list_atom(a) or (isinstance(a, str) and a.startswith(ITER_PREFIX))
            or (isinstance(a, int) and a > 0)]


class Heap:
    def __init__(self, classes: ProgramClasses, changed: Callable[[str], None],
                 read: Callable[[str], None]) -> None:
        self.classes = classes
        self.changed = changed  # the readers of a key must see it again
        self.read = read  # the function being analyzed reads a key
        self.attributes: dict[tuple[int, str], Fact] = {}  # (class number, name)
        self.items: dict[str, Fact] = {}  # list atom -> its items
        self.globals: dict[str, Fact] = {}
        self.escaped: set[object] = set()
        # Every store names its attribute and no code sees an instance's dict: reads of
        # attributes are the joins of the stores (else they are anything).
        self.attributes_typed = classes.split_dicts

    def join(self, a: Fact, b: Fact) -> Fact:
        """a | b, where a value that becomes anything escapes."""
        if "top" in a or "top" in b:
            if "top" not in a:
                self.escape(a)
            if "top" not in b:
                self.escape(b)
            return TOP
        return a | b

    def escape(self, fact: Fact) -> None:
        for atom in tracked(fact):
            if atom in self.escaped:
                continue
            self.escaped.add(atom)
            if isinstance(atom, int):
                for (number, name), value in list(self.attributes.items()):
                    if number == atom:
                        self.escape(value)
            elif isinstance(atom, str) and atom.startswith(ITER_PREFIX):
                self.escape(frozenset({atom[len(ITER_PREFIX):]}))
            else:
                assert isinstance(atom, str)
                self.escape(self.items.get(atom, NOTHING))
                self.items[atom] = TOP
                self.changed("items:" + atom)

    # Attributes.

    def store_attribute(self, receiver: Fact, name: str, value: Fact) -> None:
        """receiver.name = value: for each class the receiver may be an instance of (all,
        for anything: changing a class changes what all its instances see)."""
        if not self.attributes_typed:
            self.escape(value)  # read back as anything
        if "top" in receiver or class_objects(receiver) or any(isinstance(a, str) and a not in ("none", "unbound")
                                                               for a in receiver):
            numbers = list(self.classes.classes)
            self.escape(value)
        else:
            numbers = instances(receiver)
        changed = False
        for number in numbers:
            binding = self.classes.lookup(number, name)
            if number in self.escaped or (binding is not None and binding.kind in ("def", "unknown")):
                self.escape(value)  # reachable by anything, or given to a property's setter
            old = self.attributes.get((number, name), NOTHING)
            new = self.join(old, value)
            if new != old:
                self.attributes[(number, name)] = new
                changed = True
        if changed:
            self.changed("attr:" + name)

    # Lists.

    def new_list(self, site: int, items: Fact = NOTHING) -> Fact:
        atom = LIST_PREFIX + str(site)
        if items:
            self.store_items(frozenset({atom}), items)
        return frozenset({atom})

    def items_of(self, container: Fact) -> Fact:
        """What reading an item of a list of this fact (or iterating it) gives."""
        result = NOTHING
        for atom in container:
            if isinstance(atom, str) and atom.startswith(ITER_PREFIX):
                atom = atom[len(ITER_PREFIX):]
            if is_list_atom(atom):
                assert isinstance(atom, str)
                self.read("items:" + atom)
                result = self.join(result, self.items.get(atom, NOTHING))
            elif atom != "none":
                return TOP
        return result

    def store_items(self, container: Fact, value: Fact) -> None:
        """value becomes an item of a list of this fact."""
        for atom in container:
            if is_list_atom(atom) and atom not in self.escaped:
                old = self.items.get(atom, NOTHING)  # type: ignore[arg-type]
                new = self.join(old, value)
                if new != old:
                    self.items[atom] = new  # type: ignore[index]
                    self.changed("items:" + atom)  # type: ignore[operator]
            elif atom != "none":
                self.escape(value)

    def iterator(self, container: Fact) -> Fact:
        """iter(x): an iterator over a list gives its items."""
        if container and all(is_list_atom(a) for a in container):
            return frozenset(ITER_PREFIX + a for a in container)  # type: ignore[operator]
        self.escape(container)
        return TOP

    # Globals.

    def store_global(self, name: str, value: Fact) -> None:
        old = self.globals.get(name, NOTHING)
        new = self.join(old, value)
        if new != old:
            self.globals[name] = new
            self.changed("global:" + name)
