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
from molt.frontend.context import MODULE_PREFIX, FunctionLowering, ProgramInfo, UserFunction
from molt.frontend.calls import arity_message
from molt.frontend.expressions import lower_expression
from molt.frontend.statements import lower_statement, lower_statements
from molt.ir.builder import IRBuilder
from molt.ir.ops import (
    ENTRY1_SUFFIX, ENTRY_SUFFIX, UNBOUND, Binary, Call, Const, FuncIR, GlobalVar, ModuleIR, Register, Return, Unreachable,
    Value,
)
from molt.ir.types import BOOL, I32, INT, OBJECT

MODULE_BODY = "module_body"
# The symbol tables of comprehensions, which Molt lowers inline.
COMPREHENSION_SCOPES = frozenset({"listcomp", "setcomp", "dictcomp", "genexpr"})


def parse_program(source: str, file: str) -> ast.Module:
    """CPython's own parse and compile, for CPython's syntax errors."""
    try:
        compile(source, file, "exec", dont_inherit=True)
        return ast.parse(source, file)
    except SyntaxError as e:
        line = e.lineno or 0
        col = e.offset or 0
        raise CompileError(file, line, col, f"SyntaxError: {e.msg}") from None
    except ValueError as e:  # e.g. source code string cannot contain null bytes
        raise CompileError(file, 0, 0, f"SyntaxError: {e}") from None


def survey(tree: ast.Module, file: str, source: str) -> ProgramInfo:
    program = ProgramInfo(file, source.splitlines())
    program.table = symtable.symtable(source, file, "exec")
    program.assigned_globals = assigned_globals(program.table)
    for position, node in enumerate(tree.body):
        if isinstance(node, ast.FunctionDef):
            check_signature(file, node)
            if node.name in program.functions:
                raise CompileError(file, node.lineno, node.col_offset + 1,
                                   f"redefining the function '{node.name}' is not supported by molt yet")
            program.functions[node.name] = UserFunction(
                node.name, MODULE_PREFIX + node.name, node, [a.arg for a in node.args.args], position)
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


def check_signature(file: str, node: ast.FunctionDef) -> None:
    args = node.args
    what = ""
    if node.decorator_list:
        what = "a decorator"
    elif args.defaults or args.kw_defaults:
        what = "a default argument value"
    elif args.vararg or args.kwarg:
        what = "a *args or **kwargs parameter"
    elif args.kwonlyargs or args.posonlyargs:
        what = "a keyword-only or positional-only parameter"
    if what:
        raise CompileError(file, node.lineno, node.col_offset + 1,
                           f"{what} is not supported by molt yet (it comes with the functions issue)")


def function_scope(program: ProgramInfo, name: str) -> symtable.SymbolTable:
    assert program.table is not None
    for child in program.table.get_children():
        if child.get_name() == name and child.get_type() == "function":
            return child
    raise AssertionError(f"no symbol table for {name}")


def lower_function(program: ProgramInfo, function: UserFunction) -> FuncIR:
    node = function.node
    scope = None
    if isinstance(node, ast.FunctionDef):
        scope = function_scope(program, function.name)
        for child in scope.get_children():
            if child.get_name() not in COMPREHENSION_SCOPES and child.get_name() != "lambda":
                raise CompileError(program.file, child.get_lineno(), 1,
                                   "a nested function is not supported by molt yet (closures come with "
                                   "the functions issue)")
    ctx = FunctionLowering(program, function, scope)
    b = ctx.builder
    b.activate(b.new_block())
    b.line = node.lineno
    params = [ctx.local_register(name) for name in function.params]
    if isinstance(node, ast.Lambda):
        value = lower_expression(ctx, node.body)
        b.emit(Return(value))
    else:
        lower_statements(ctx, node.body)
    if not b.terminated:
        b.emit(Return(Const(None, OBJECT)))
    fn = b.finish(function.symbol, params, OBJECT, True, "python", function.name,
                  program.file, function.node.lineno)
    fn.variables = list(ctx.locals) + ctx.variables
    return fn


def entry_function(program: ProgramInfo, function: UserFunction) -> FuncIR:
    """The entry of a function called through a function object: one tuple of arguments,
    checked against the function's parameters (CPython's TypeErrors), then a direct call."""
    b = IRBuilder()
    b.activate(b.new_block())
    b.line = function.node.lineno
    args = Register("args", OBJECT)
    arity = len(function.params)
    count = b.new_register(INT)
    b.emit(Call(count, "py_len", [args]))
    for given in range(arity):
        # Too few arguments: CPython names the missing parameters.
        short, ok = b.new_block(), b.new_block()
        is_short = b.new_register(BOOL)
        b.emit(Binary(is_short, "eq", count, Const(given, INT)))
        b.branch(is_short, short, ok)
        b.activate(short)
        b.emit(Call(None, "raise_call_error", [Const(arity_message(function, given), OBJECT)]))
        b.emit(Unreachable())
        b.activate(ok)
    too_many, ok = b.new_block(), b.new_block()
    is_long = b.new_register(BOOL)
    b.emit(Binary(is_long, "gt", count, Const(arity, INT)))
    b.branch(is_long, too_many, ok)
    b.activate(too_many)
    b.emit(Call(None, "raise_too_many_arguments", [Const(function.name, OBJECT), Const(arity, I32), count]))
    b.emit(Unreachable())
    b.activate(ok)
    values: list[Value] = []
    for i in range(arity):
        item = b.new_register(OBJECT)
        b.emit(Call(item, "tuple_get", [args, Const(i, I32)]))
        values.append(item)
    result = b.new_register(OBJECT)
    b.emit(Call(result, function.symbol, values))
    b.emit(Return(result))
    return b.finish(function.symbol + ENTRY_SUFFIX, [args], OBJECT, True, "python", function.name,
                    program.file, function.node.lineno)


def one_argument_entry(program: ProgramInfo, function: UserFunction) -> FuncIR | None:
    """For a function of one parameter: the entry that takes the argument itself, which
    key= functions, map() and filter() call without building a tuple."""
    if len(function.params) != 1:
        return None
    b = IRBuilder()
    b.activate(b.new_block())
    b.line = function.node.lineno
    arg = Register("x", OBJECT)
    result = b.new_register(OBJECT)
    b.emit(Call(result, function.symbol, [arg]))
    b.emit(Return(result))
    return b.finish(function.symbol + ENTRY1_SUFFIX, [arg], OBJECT, True, "python", function.name,
                    program.file, function.node.lineno)


def lower_module_body(program: ProgramInfo, tree: ast.Module) -> FuncIR:
    ctx = FunctionLowering(program, None, program.table)
    b = ctx.builder
    b.activate(b.new_block())
    for index, stmt in enumerate(tree.body):
        ctx.statement_index = index
        lower_statement(ctx, stmt)
    if not b.terminated:
        b.emit(Return(Const(None, OBJECT)))
    return b.finish(MODULE_BODY, [], OBJECT, True, "python", "<module>", program.file, 1)


def compile_program(source: str, file: str) -> ModuleIR:
    """The program's functions and globals (the runtime is linked in later)."""
    tree = parse_program(source, file)
    program = survey(tree, file, source)
    module = ModuleIR()
    for function in program.functions.values():
        module.functions[function.symbol] = lower_function(program, function)
    module.functions[MODULE_BODY] = lower_module_body(program, tree)
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
    return module
