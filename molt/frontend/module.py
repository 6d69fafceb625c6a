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
from molt.frontend.statements import lower_statement, lower_statements
from molt.ir.ops import UNBOUND, Const, FuncIR, GlobalVar, ModuleIR, Return
from molt.ir.types import I32, OBJECT

MODULE_BODY = "module_body"


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
    for position, node in enumerate(tree.body):
        if isinstance(node, ast.FunctionDef):
            check_signature(file, node)
            if node.name in program.functions:
                raise CompileError(file, node.lineno, node.col_offset + 1,
                                   f"redefining the function '{node.name}' is not supported by molt yet")
            program.functions[node.name] = UserFunction(
                node.name, MODULE_PREFIX + node.name, node, [a.arg for a in node.args.args], position)
    return program


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
    scope = function_scope(program, function.name)
    ctx = FunctionLowering(program, function, scope)
    for child in scope.get_children():
        raise CompileError(program.file, child.get_lineno(), 1,
                           "a nested function, lambda or comprehension is not supported by molt yet")
    b = ctx.builder
    b.activate(b.new_block())
    b.line = function.node.lineno
    params = [ctx.local_register(name) for name in function.params]
    lower_statements(ctx, function.node.body)
    if not b.terminated:
        b.emit(Return(Const(None, OBJECT)))
    fn = b.finish(function.symbol, params, OBJECT, True, "python", function.name,
                  program.file, function.node.lineno)
    fn.variables = list(ctx.locals)
    return fn


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
    for symbol in program.globals.values():
        module.globals[symbol] = GlobalVar(symbol, OBJECT, UNBOUND, python=True)
    for function in program.functions.values():
        flag = ProgramInfo.defined_flag(function)
        module.globals[flag] = GlobalVar(flag, I32, 0, python=False)
    return module
