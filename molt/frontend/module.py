"""A Python program -> the IR of its functions and module body.

The whole source is first compiled by CPython (so every syntax error is CPython's, with its
message and location), then its top level is surveyed (defs, globals), then each function
and the module body are lowered. The module body is the function `module_body`, which the
runtime's `_start` calls.
"""

from __future__ import annotations

import ast
import symtable

from molt.errors import CompileError
from molt.frontend.constants import constant_items, module_constants, module_level_nodes
from molt.frontend.functools_cache import FRAMELESS
from molt.frontend.context import MODULE_PREFIX, FunctionLowering, ProgramInfo, Signature, UserFunction
from molt.frontend.functions import cell_variables, enter_function
from molt.frontend.enum_classes import lower_module_classes, module_class_attributes, modules_with_classes
from molt.frontend.modules import function_imports, module_imports
from molt.frontend.expressions import lower_expression
from molt.frontend.mangling import mangle_private_names
from molt.frontend.families import Receiver, method_receiver, program_classes, shaped_classes
from molt.frontend.program_shape import program_shape
from molt.frontend.method_calls import plain_methods
from molt.frontend.sites import SITE_CACHE_SIZE
from molt.frontend.statements import lower_statement, lower_statements
from molt.ir.builder import IRBuilder
from molt.ir.ops import (
    ENTRY1_SUFFIX, ENTRY_SUFFIX, ERROR, MISSING, UNBOUND, Assign, Binary, Call, Const, FuncIR, GlobalVar, ModuleIR, Register, Return, Unreachable,
    Value,
)
from molt.ir.methods import METHODS
from molt.ir.types import BOOL, I32, INT, OBJECT

MODULE_BODY = "module_body"
EXCEPTION_TEXT = "exception_text"
CALL_WITH_SELF = "call_with_self"
BUILTIN_METHOD_VALUE = "builtin_method_value"
BUILTIN_METHOD_CALL = "builtin_method_call"


def parse_program(source: str, file: str) -> ast.Module:
    """CPython's own parse and compile, for CPython's syntax errors; private names mangled
    (mangling.py), as in the symbol tables survey() takes from the same source."""
    try:
        compile(source, file, "exec", dont_inherit=True)
        tree = ast.parse(source, file)
    except SyntaxError as e:
        line = e.lineno or 0
        col = e.offset or 0
        raise CompileError(file, line, col, f"SyntaxError: {e.msg}") from None
    except ValueError as e:  # e.g. source code string cannot contain null bytes
        raise CompileError(file, 0, 0, f"SyntaxError: {e}") from None
    mangle_private_names(tree)
    return tree


def survey(tree: ast.Module, file: str, source: str) -> ProgramInfo:
    program = ProgramInfo(file, source.splitlines())
    program.tree = tree
    program.table = symtable.symtable(source, file, "exec")
    program.assigned_globals = assigned_globals(program.table)
    program.imports = module_imports(file, tree, program.table)
    program.methods = plain_methods(tree)
    program.shaped = shaped_classes(tree)
    program.shape = program_shape(tree, set(program.shaped))
    program.constants = module_constants(tree)
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            program.classes.add(node.name)
            for stmt in node.body:
                if isinstance(stmt, ast.FunctionDef):
                    program.class_attributes.add(stmt.name)
                for target in getattr(stmt, "targets", [getattr(stmt, "target", None)]):
                    if isinstance(target, ast.Name):
                        program.class_attributes.add(target.id)
            if any(isinstance(s, ast.FunctionDef) and s.name in ("__getattr__", "__getattribute__")
                   for s in node.body):
                program.dynamic_attributes = True
    program.module_classes = modules_with_classes(program)
    program.class_attributes |= module_class_attributes(program.module_classes)
    for part in ast.walk(tree):
        if isinstance(part, ast.Attribute) and isinstance(part.ctx, ast.Store):
            program.class_attributes.add(part.attr)
        elif isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id == "setattr":
            program.dynamic_attributes = True
    for position, node in enumerate(tree.body):
        if isinstance(node, ast.FunctionDef) and not node.decorator_list:
            if node.name in program.functions:
                raise CompileError(file, node.lineno, node.col_offset + 1,
                                   f"redefining the function '{node.name}' is not supported by molt yet")
            program.functions[node.name] = UserFunction(
                node.name, MODULE_PREFIX + node.name, node, Signature.of(node.args), position, node.name,
                function_scope(program, node))
    return program


def assigned_globals(table: symtable.SymbolTable) -> set[str]:
    """Names bound at the module's top level or through `global` in a function."""
    names = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported()}
    stack = list(table.get_children())
    while stack:
        child = stack.pop()
        names |= {s.get_name() for s in child.get_symbols() if s.is_declared_global() and s.is_assigned()}
        stack.extend(child.get_children())
    return names


def function_scope(program: ProgramInfo, node: ast.FunctionDef) -> symtable.SymbolTable:
    assert program.table is not None
    for child in program.table.get_children():
        if child.get_name() == node.name and child.get_type() == "function" and child.get_lineno() == node.lineno:
            return child
    raise AssertionError(f"no symbol table for {node.name}")


def lower_function(program: ProgramInfo, function: UserFunction) -> FuncIR:
    """The body of a function: it takes one argument per parameter slot, and its closure
    last when it has free variables."""
    node = function.node
    ctx = FunctionLowering(program, function, function.scope)
    ctx.imports = dict(function.imports)
    if isinstance(node, ast.FunctionDef) and function.scope is not None:
        ctx.imports.update(function_imports(program.file, node, function.scope))
    b = ctx.builder
    b.activate(b.new_block())
    b.line = node.lineno
    cells = set(cell_variables(function.scope))
    params = [ctx.local_register(name) if name not in cells else Register(name, OBJECT) for name in function.params]
    closure = Register("__closure__", OBJECT) if function.free else None
    enter_function(ctx, function, params, closure)
    if program.shaped and isinstance(node, ast.FunctionDef):
        track_receivers(ctx, function, node)
    if isinstance(node, ast.Lambda):
        value = lower_expression(ctx, node.body)
        b.emit(Return(value))
    else:
        lower_statements(ctx, node.body)
    if not b.terminated:
        b.emit(Return(Const(None, OBJECT)))
    fn = b.finish(function.symbol, params + ([closure] if closure else []), OBJECT, True, "python", function.name,
                  function.file or program.file, function.node.lineno)
    fn.variables = list(ctx.locals) + ctx.variables
    fn.frameless = function.symbol.split("@")[0] in FRAMELESS
    return fn


def track_receivers(ctx: FunctionLowering, function: UserFunction, node: ast.FunctionDef) -> None:
    """What the attribute sites of a function of a program with shaped classes know
    (families.py): in a method of a shaped class, whether self is a member of its family,
    tested here; for the other locals that sites read through (not cells), registers that
    hold the numbers of their values' classes with the epoch (wasm_runtime/layout.py's
    numbered_now): a parameter's from here, any other's from its first store (store_name)."""
    receivers = {n.value.id for n in ast.walk(node) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
    for name in sorted(receivers):
        if not ctx.is_local(name):
            continue
        number = ctx.class_numbers[name] = ctx.new_temp(I32)
        if name in function.params:
            ctx.builder.emit(Assign(number, ctx.call_primitive("numbered_now", [ctx.local_register(name)])))
        else:
            ctx.builder.emit(Assign(number, Const(0, I32)))
    found = method_receiver(ctx.program.shaped, node)
    if found is not None and found[0] in ctx.class_numbers:
        name, cls = found
        first, count = cls.family_span()
        member = ctx.call_primitive("family_member", [ctx.class_numbers[name], Const(first, I32), Const(count, I32)])
        ctx.receiver = Receiver(name, cls, member)


def entry_function(program: ProgramInfo, function: UserFunction) -> FuncIR:
    """The entry of a function called through a function object: a tuple with one
    argument per parameter slot, already bound (wasm_runtime/functions.py's py_call_kw)."""
    b = IRBuilder()
    b.activate(b.new_block())
    b.line = function.node.lineno
    f, args = Register("f", OBJECT), Register("args", OBJECT)
    values: list[Value] = []
    for i in range(len(function.params)):
        item = b.new_register(OBJECT)
        b.emit(Call(item, "tuple_get", [args, Const(i, I32)]))
        values.append(item)
    return finish_entry(program, function, b, f, values, [f, args], ENTRY_SUFFIX)


def finish_entry(program: ProgramInfo, function: UserFunction, b: IRBuilder, f: Register, values: list[Value],
                 params: list[Register], suffix: str) -> FuncIR:
    if function.free:
        closure = b.new_register(OBJECT)
        b.emit(Call(closure, "function_closure", [f]))
        values.append(closure)
    result = b.new_register(OBJECT)
    b.emit(Call(result, function.symbol, values))
    b.emit(Return(result))
    entry = b.finish(function.symbol + suffix, params, OBJECT, True, "python", function.name,
                     function.file or program.file, function.node.lineno)
    entry.entry = True
    return entry


def one_argument_entry(program: ProgramInfo, function: UserFunction) -> FuncIR | None:
    """For a function of one parameter: the entry that takes the argument itself, which
    key= functions, map() and filter() call without building a tuple."""
    if len(function.params) != 1 or not function.signature.simple:
        return None
    b = IRBuilder()
    b.activate(b.new_block())
    b.line = function.node.lineno
    f, arg = Register("f", OBJECT), Register("x", OBJECT)
    return finish_entry(program, function, b, f, [arg], [f, arg], ENTRY1_SUFFIX)


def call_with_self_function(with_classes: bool) -> FuncIR:
    """wasm_runtime/special.py's call_with_self: the calls of special methods, properties
    and __getattr__, which only a program with classes makes."""
    b = IRBuilder()
    b.activate(b.new_block())
    params = [Register(name, OBJECT) for name in ("f", "self", "args", "kwargs")]
    result = b.new_register(OBJECT)
    if with_classes:
        b.emit(Call(result, "call_with_self_of_class", list(params)))
        b.emit(Return(result))
    else:
        b.emit(Call(None, "raise_call_error", [Const("molt: no class to call a method of", OBJECT)]))
        b.emit(Return(Const(ERROR, OBJECT)))
    return b.finish(CALL_WITH_SELF, params, OBJECT, True, "runtime")


def builtin_method_functions(method_values: bool) -> list[FuncIR]:
    """wasm_runtime/builtin_methods.py's builtin_method_value and builtin_method_call:
    methods of builtin values as values, for a program that may take one
    (takes_method_values). Without, none is made, and none is called."""
    made, called = IRBuilder(), IRBuilder()
    made.activate(made.new_block())
    called.activate(called.new_block())
    value_params = [Register("v", OBJECT), Register("name", OBJECT)]
    call_params = [Register("m", OBJECT), Register("args", OBJECT), Register("kwargs", OBJECT)]
    if method_values:
        for b, callee, params in ((made, "builtin_method_get", value_params),
                                  (called, "builtin_method_bind", call_params)):
            result = b.new_register(OBJECT)
            b.emit(Call(result, callee, list(params)))
            b.emit(Return(result))
    else:
        made.emit(Return(Const(MISSING, OBJECT)))
        called.emit(Unreachable())
    return [made.finish(BUILTIN_METHOD_VALUE, value_params, OBJECT, True, "runtime"),
            called.finish(BUILTIN_METHOD_CALL, call_params, OBJECT, True, "runtime")]


def takes_method_values(tree: ast.Module) -> bool:
    """The program may read a method of a builtin value without calling it: `xs.append`
    not called at once, or getattr()/hasattr() of a name that is a method's or not known.
    `self.count` is taken for an attribute of an instance, which is never a builtin
    method (were self a builtin value, the read would raise AttributeError, not go wrong)."""
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr in METHODS and id(node) not in called
                and not (isinstance(node.value, ast.Name) and node.value.id == "self")):
            return True
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr") and len(node.args) >= 2):
            name = node.args[1]
            if not (isinstance(name, ast.Constant) and isinstance(name.value, str)) or name.value in METHODS:
                return True
    return False


def exception_text_function(with_classes: bool) -> FuncIR:
    """wasm_runtime/exc.py's exception_text: what the printer of an uncaught exception
    writes of it, by the exceptions' own classes only in a program that has classes."""
    b = IRBuilder()
    b.activate(b.new_block())
    e, part, text = Register("e", OBJECT), Register("part", I32), b.new_register(OBJECT)
    b.emit(Call(text, "exc_text_of_class" if with_classes else "exc_text", [e, part]))
    b.emit(Return(text))
    return b.finish(EXCEPTION_TEXT, [e, part], OBJECT, True, "runtime")


# A module body of more than OUTLINE_ABOVE AST nodes (outside def bodies) is lowered as
# parts of about PART_SIZE nodes each, one function per run of statements, which the
# module body calls in order: Binaryen's time on one function grows much faster than its
# size (3300 top-level statements, one function of 118k IR ops: two minutes of -O2).
# A part is about 10k IR ops, too big for Binaryen to inline back.
OUTLINE_ABOVE = 8000
PART_SIZE = 4000


def statement_size(stmt: ast.stmt) -> int:
    """The AST nodes of a statement that the module body runs (not the bodies of defs and
    lambdas, which are functions of their own, nor displays of constants, which are one
    static object: containers.py)."""
    return sum(1 for _ in module_level_nodes(stmt, is_constant_display))


def is_constant_display(node: ast.AST) -> bool:
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and constant_items(node.elts) is not None


def module_parts(body: list[ast.stmt]) -> list[list[int]]:
    """The indices of the module's statements, in runs of about PART_SIZE nodes; one run
    of all when the body is small."""
    sizes = [statement_size(stmt) for stmt in body]
    if sum(sizes) <= OUTLINE_ABOVE:
        return [list(range(len(body)))]
    joined = joined_statements(body)
    parts: list[list[int]] = [[]]
    filled = 0
    for index, size in enumerate(sizes):
        if filled >= PART_SIZE and index not in joined:
            parts.append([])
            filled = 0
        parts[-1].append(index)
        filled += size
    return parts


def joined_statements(body: list[ast.stmt]) -> set[int]:
    """The statements that must be in the same part as the one before them. A class
    statement uses values an earlier decorated class statement computed, when it derives
    from that class (a dataclass inherits its base's field defaults, held in registers of
    the code that made the base: dataclass_methods.py): the two and all between stay in
    one function."""
    decorated = {stmt.name: index for index, stmt in enumerate(body)
                 if isinstance(stmt, ast.ClassDef) and stmt.decorator_list}
    joined: set[int] = set()
    for index, stmt in enumerate(body):
        if isinstance(stmt, ast.ClassDef):
            for base in stmt.bases:
                first = decorated.get(base.id) if isinstance(base, ast.Name) else None
                if first is not None and first < index:
                    joined.update(range(first + 1, index + 1))
    return joined


def lower_module_body(program: ProgramInfo, tree: ast.Module, module: ModuleIR) -> FuncIR:
    ctx = FunctionLowering(program, None, program.table)
    b = ctx.builder
    b.activate(b.new_block())
    b.emit(Call(None, "recursion_enter", []))
    if program.classes:
        shape = program.shape
        b.emit(Call(None, "program_mode", [Const(int(shape.split_dicts), I32), Const(int(shape.frozen), I32)]))
    lower_module_classes(ctx)
    parts = module_parts(tree.body)
    if len(parts) == 1:
        lower_module_statements(ctx, tree.body, parts[0])
    else:
        for number, indices in enumerate(parts):
            part = lower_module_part(program, tree.body, indices, f"{MODULE_BODY}.part{number}")
            module.functions[part.name] = part
            b.emit(Call(ctx.new_temp(), part.name, []))
    if not b.terminated:
        b.emit(Return(Const(None, OBJECT)))
    return b.finish(MODULE_BODY, [], OBJECT, True, "python", "<module>", program.file, 1)


def lower_module_statements(ctx: FunctionLowering, body: list[ast.stmt], indices: list[int]) -> None:
    for index in indices:
        ctx.statement_index = index
        lower_statement(ctx, body[index])


def lower_module_part(program: ProgramInfo, body: list[ast.stmt], indices: list[int], name: str) -> FuncIR:
    """A run of the module's statements as a function of its own (FuncIR.module_part)."""
    ctx = FunctionLowering(program, None, program.table)
    b = ctx.builder
    b.activate(b.new_block())
    lower_module_statements(ctx, body, indices)
    if not b.terminated:
        b.emit(Return(Const(None, OBJECT)))
    fn = b.finish(name, [], OBJECT, True, "python", "<module>", program.file, body[indices[0]].lineno)
    fn.module_part = True
    return fn


def compile_program(source: str, file: str) -> ModuleIR:
    """The program's functions and globals (the runtime is linked in later)."""
    tree = parse_program(source, file)
    program = survey(tree, file, source)
    module = ModuleIR()
    for function in program.functions.values():
        module.functions[function.symbol] = lower_function(program, function)
    module.functions[MODULE_BODY] = lower_module_body(program, tree, module)
    with_classes = bool(program.classes or program.imports)
    module.functions[EXCEPTION_TEXT] = exception_text_function(with_classes)
    module.functions[CALL_WITH_SELF] = call_with_self_function(with_classes)
    for provided in builtin_method_functions(takes_method_values(tree)):
        module.functions[provided.name] = provided
    while program.lambdas:
        function = program.lambdas.pop(0)
        module.functions[function.symbol] = lower_function(program, function)
    for function in program.escaping.values():
        for entry in (entry_function(program, function), one_argument_entry(program, function)):
            if entry is not None:
                module.functions[entry.name] = entry
    for symbol in program.globals.values():
        module.globals[symbol] = GlobalVar(symbol, OBJECT, UNBOUND, python=True)
    for function in program.functions.values():
        flag = ProgramInfo.defined_flag(function)
        module.globals[flag] = GlobalVar(flag, I32, 0, python=False)
    for cache in program.site_caches:
        module.tables[cache] = ("zero", [SITE_CACHE_SIZE])
    module.classes = program_classes(program.shaped, tree, program.methods, program.shape.split_dicts,
                                     program.shape.frozen)
    return module
