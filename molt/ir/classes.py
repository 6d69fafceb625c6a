"""What the frontend knows of the program's classes, handed to the stages after it with the
IR (ModuleIR.classes): the classes whose layouts it computed (molt/frontend/families.py),
what their bodies bind, and what the program can do to them
(molt/frontend/program_shape.py). molt/analysis/facts.py reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from molt.ir.ops import ConstValue


@dataclass(frozen=True)
class Binding:
    """What a class body binds a name to: `def` (a plain def: its function's symbol),
    `const` (a constant: its value), `value` (another constant: bytes, a complex ...) or
    `unknown` (anything else, or bound twice)."""

    kind: str
    symbol: str = ""
    value: ConstValue = None


UNKNOWN = Binding("unknown")


@dataclass
class ClassInfo:
    """A shaped class. `chain`: the numbers of the classes whose bodies a lookup on it
    reads, in MRO order (itself first), or None when it has several bases somewhere."""

    name: str
    number: int
    layout: list[str]
    chain: list[int] | None
    bindings: dict[str, Binding]


@dataclass
class ProgramClasses:
    """split_dicts, frozen: program_shape.py's answers. open_subclasses: a class outside
    the families inherits from one of them (it shares their methods, and its instances
    are theirs to no analysis). methods: the symbols of the plain methods of the program's
    classes (static function objects, defs in class bodies), by name."""

    classes: dict[int, ClassInfo] = field(default_factory=dict)
    split_dicts: bool = False
    frozen: bool = False
    open_subclasses: bool = True
    methods: dict[str, list[str]] = field(default_factory=dict)

    def lookup(self, number: int, name: str) -> Binding | None:
        """What `name` is found as in the class bodies of class `number`'s MRO (None:
        no body binds it)."""
        chain = self.classes[number].chain
        if chain is None:
            return UNKNOWN
        for link in chain:
            binding = self.classes[link].bindings.get(name)
            if binding is not None:
                return binding
        return None
