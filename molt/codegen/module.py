"""A whole program's IR -> the bytes of one WebAssembly module.

Function indices: imports first, then the module's functions in ModuleIR order. The module
exports its memory and the functions named in `exports`, and carries a `name` section so
that traps and profiles show Python function names.
"""

from __future__ import annotations

from molt.codegen.function import VALTYPES, FunctionCodegen
from molt.codegen.layout import Layout
from molt.ir.ops import (
    ENTRY1_SUFFIX, ENTRY_SUFFIX, Call, Const, ConstTuple, DataAddress, FunctionRef, Instr, ModuleIR,
)
from molt.ir.types import I64, RType
from molt.wasm.module import Module
from molt.wasm.sections import (
    CodeSection, DataSection, ElementSection, ExportSection, FunctionSection, GlobalSection,
    ImportSection, MemorySection, NameSection, TableSection, TypeSection,
)
from molt.wasm.types import ConstExpr, ExternalKind, FuncType, Limits, ValType


def collect_constants(module: ModuleIR) -> tuple[list[str], list[ConstTuple], dict[str, tuple[str, list[int]]],
                                                 list[FunctionRef]]:
    """The str and tuple constants, data tables and function objects the module's functions
    use, each once, in first-use order (a tuple's items before it): a module carries only the
    static data it reaches."""
    strings: dict[str, None] = {}
    tuples: dict[ConstTuple, None] = {}
    tables: dict[str, tuple[str, list[int]]] = {}
    functions: dict[str, FunctionRef] = {}

    def add_tuple(t: ConstTuple) -> None:
        for item in t.items:
            if isinstance(item, str):
                strings.setdefault(item, None)
            elif isinstance(item, ConstTuple):
                add_tuple(item)
        tuples.setdefault(t, None)

    for fn in module.functions.values():
        for block in fn.blocks:
            for op in block.ops:
                for value in op.operands():
                    if isinstance(value, Const):
                        if isinstance(value.value, str):
                            strings.setdefault(value.value, None)
                        elif isinstance(value.value, ConstTuple):
                            add_tuple(value.value)
                        elif isinstance(value.value, DataAddress) and value.value.name in module.tables:
                            tables.setdefault(value.value.name, module.tables[value.value.name])
                        elif isinstance(value.value, FunctionRef):
                            functions.setdefault(value.value.symbol, value.value)
    return list(strings), list(tuples), tables, list(functions.values())


def uses_function_table(module: ModuleIR) -> bool:
    return any(isinstance(op, Instr) and op.opcode == "call_entry"
               for fn in module.functions.values() for block in fn.blocks for op in block.ops)


def used_imports(module: ModuleIR) -> list[str]:
    used: dict[str, None] = {}
    for fn in module.functions.values():
        for block in fn.blocks:
            for op in block.ops:
                if isinstance(op, Call) and op.callee in module.imports:
                    used.setdefault(op.callee, None)
    return list(used)


class TypeTable:
    def __init__(self) -> None:
        self.section = TypeSection()
        self.indices: dict[FuncType, int] = {}

    def index(self, params: list[RType] | tuple[RType, ...], result: RType | None) -> int:
        ftype = FuncType(tuple(VALTYPES[p.wasm] for p in params),
                         (VALTYPES[result.wasm],) if result is not None else ())
        if ftype not in self.indices:
            self.indices[ftype] = self.section.add(ftype)
        return self.indices[ftype]


def generate_module(module: ModuleIR, exports: list[str], module_name: str = "molt") -> bytes:
    strings, tuples, tables, function_refs = collect_constants(module)
    layout = Layout(module.constants, tables, strings, function_refs, tuples)
    types = TypeTable()
    entry_type = types.index([I64, I64], I64)
    imports = ImportSection()
    func_indices: dict[str, int] = {}
    names: list[tuple[int, str]] = []
    for name in used_imports(module):
        decl = module.imports[name]
        func_indices[name] = imports.add_func(decl.module, decl.field, types.index(decl.params, decl.result))
        names.append((func_indices[name], name))
    first = len(func_indices)
    functions = FunctionSection()
    for i, fn in enumerate(module.functions.values()):
        func_indices[fn.name] = first + i
        functions.add(types.index([p.type for p in fn.params], fn.result))
        names.append((first + i, fn.name))

    globals_ = GlobalSection()
    global_indices: dict[str, int] = {}
    for g in module.globals.values():
        valtype = VALTYPES[g.type.wasm]
        if g.type.boxed:
            init = ConstExpr.i64_const(layout.boxed_constant(g.init))
        elif g.type.wasm == "f64":
            init = ConstExpr.f64_const(float(g.init))  # type: ignore[arg-type]
        elif g.type.wasm == "i64":
            init = ConstExpr.i64_const(int(g.init))  # type: ignore[arg-type]
        else:
            init = ConstExpr.i32_const(int(g.init))  # type: ignore[arg-type]
        global_indices[g.name] = globals_.add(valtype, True, init)

    code = CodeSection()
    local_names = []
    for fn in module.functions.values():
        gen = FunctionCodegen(fn, layout, func_indices.__getitem__, global_indices.__getitem__, entry_type)
        builder = gen.generate()
        code.add(builder.finish())
        local_names.append((func_indices[fn.name], builder.local_names()))

    memory = MemorySection()
    memory.add(Limits(layout.initial_pages))
    export = ExportSection()
    export.add("memory", ExternalKind.MEMORY, 0)
    for name in exports:
        export.add(name, ExternalKind.FUNC, func_indices[name])
    data = DataSection()
    if layout.data:
        from molt.codegen.layout import DATA_START

        data.add_active(0, ConstExpr.i32_const(DATA_START), bytes(layout.data))
    name_section = NameSection()
    name_section.module_name(module_name)
    name_section.function_names(names)
    name_section.local_names(local_names)

    # Function objects call their entries through one funcref table, in layout order.
    table = TableSection()
    elements = ElementSection()
    # Slots 2k and 2k + 1: function k's entry, and its one-argument entry (or the entry again).
    if function_refs or uses_function_table(module):
        size = 2 * len(function_refs)
        table.add(ValType.FUNCREF, Limits(size, size))
        if function_refs:
            entries = []
            for symbol in layout.function_order:
                entry = func_indices[symbol + ENTRY_SUFFIX]
                entries += [entry, func_indices.get(symbol + ENTRY1_SUFFIX, entry)]
            elements.add_active(0, ConstExpr.i32_const(0), entries)

    out = Module()
    out.section(types.section)
    out.section(imports)
    out.section(functions)
    if table.count:
        out.section(table)
    out.section(memory)
    out.section(globals_)
    out.section(export)
    if elements.count:
        out.section(elements)
    out.section(code)
    out.section(data)
    out.section(name_section)
    return out.finish()
