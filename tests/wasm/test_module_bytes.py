"""Byte-exact goldens: a tiny module and a name section, checked field by field."""

from __future__ import annotations

import wasmtime

from molt.wasm import (
    CodeSection,
    CustomSection,
    ExportSection,
    ExternalKind,
    FunctionBuilder,
    FunctionSection,
    FuncType,
    Module,
    NameSection,
    TypeSection,
    ValType,
)

I32 = ValType.I32


def _add_module() -> bytes:
    types = TypeSection()
    add_type = types.add(FuncType((I32, I32), (I32,)))
    functions = FunctionSection()
    functions.add(add_type)
    exports = ExportSection()
    exports.add("add", ExternalKind.FUNC, 0)
    body = FunctionBuilder([I32, I32], [I32])
    body.local_get(0)
    body.local_get(1)
    body.i32_add()
    code = CodeSection()
    code.add(body.finish())
    return Module().section(types).section(functions).section(exports).section(code).finish()


ADD_MODULE = bytes(
    [
        *b"\x00asm",  # magic
        0x01, 0x00, 0x00, 0x00,  # version 1
        0x01,  # type section id
        0x07,  # section size
        0x01,  # one type
        0x60,  # function type form
        0x02, 0x7F, 0x7F,  # two params: i32 i32
        0x01, 0x7F,  # one result: i32
        0x03,  # function section id
        0x02,  # section size
        0x01,  # one function
        0x00,  # its type index
        0x07,  # export section id
        0x07,  # section size
        0x01,  # one export
        0x03, *b"add",  # name "add"
        0x00,  # export kind: func
        0x00,  # function index 0
        0x0A,  # code section id
        0x09,  # section size
        0x01,  # one body
        0x07,  # body size
        0x00,  # no local runs
        0x20, 0x00,  # local.get 0
        0x20, 0x01,  # local.get 1
        0x6A,  # i32.add
        0x0B,  # end
    ]
)  # fmt: skip


def test_add_module_bytes() -> None:
    assert _add_module() == ADD_MODULE


def test_add_module_matches_wat2wasm() -> None:
    wat = '(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))'
    assert wasmtime.wat2wasm(wat) == ADD_MODULE


def test_add_module_runs() -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    instance = wasmtime.Instance(store, wasmtime.Module(engine, ADD_MODULE), [])
    add = instance.exports(store)["add"]
    assert isinstance(add, wasmtime.Func)
    assert add(store, 2, 40) == 42


NAME_SECTION = bytes(
    [
        0x00,  # custom section id
        0x1D,  # section size (29)
        0x04, *b"name",  # custom section name "name"
        0x00,  # subsection 0: module name
        0x02,  # subsection size
        0x01, *b"m",  # "m"
        0x01,  # subsection 1: function names
        0x07,  # subsection size
        0x02,  # two entries, sorted by index
        0x00, 0x01, *b"a",  # function 0: "a"
        0x01, 0x01, *b"b",  # function 1: "b"
        0x02,  # subsection 2: local names
        0x09,  # subsection size
        0x01,  # one function
        0x00,  # function 0
        0x02,  # two locals, sorted by index
        0x00, 0x01, *b"x",  # local 0: "x"
        0x01, 0x01, *b"y",  # local 1: "y"
    ]
)  # fmt: skip


def test_name_section_bytes() -> None:
    names = NameSection()
    # Added out of order and unsorted: the section sorts subsections and name maps.
    names.local_names([(0, [(1, "y"), (0, "x")])])
    names.function_names([(1, "b"), (0, "a")])
    names.module_name("m")
    module = Module().section(names).finish()
    assert module == b"\x00asm\x01\x00\x00\x00" + NAME_SECTION


def test_custom_section_bytes() -> None:
    module = Module().section(CustomSection("hi", b"\x01\x02")).finish()
    # id 0, size 5, name "hi" (length 2), payload 01 02
    assert module[8:] == bytes([0x00, 0x05, 0x02, *b"hi", 0x01, 0x02])


def test_empty_module() -> None:
    assert Module().finish() == b"\x00asm\x01\x00\x00\x00"
    wasmtime.Module.validate(wasmtime.Engine(), Module().finish())
