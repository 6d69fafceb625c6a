"""The WebAssembly encoder: bytes of modules, written by hand. Knows no Python semantics."""

from molt.wasm.builder import FunctionBuilder, Label
from molt.wasm.disasm import disassemble, function_instructions
from molt.wasm.leb128 import decode_signed, decode_unsigned, encode_signed, encode_unsigned
from molt.wasm.module import Module
from molt.wasm.opcodes import INSTRUCTIONS, Imm, OpInfo
from molt.wasm.sections import (
    CodeSection,
    CustomSection,
    DataCountSection,
    DataSection,
    ElementSection,
    ExportSection,
    FunctionSection,
    GlobalSection,
    ImportSection,
    MemorySection,
    NameSection,
    Section,
    SectionId,
    StartSection,
    TableSection,
    TypeSection,
)
from molt.wasm.types import BlockType, ConstExpr, ExternalKind, FuncType, Limits, ValType

__all__ = [
    "BlockType",
    "CodeSection",
    "ConstExpr",
    "CustomSection",
    "DataCountSection",
    "DataSection",
    "ElementSection",
    "ExportSection",
    "ExternalKind",
    "FuncType",
    "FunctionBuilder",
    "FunctionSection",
    "GlobalSection",
    "INSTRUCTIONS",
    "Imm",
    "ImportSection",
    "Label",
    "Limits",
    "MemorySection",
    "Module",
    "NameSection",
    "OpInfo",
    "Section",
    "SectionId",
    "StartSection",
    "TableSection",
    "TypeSection",
    "ValType",
    "decode_signed",
    "decode_unsigned",
    "disassemble",
    "encode_signed",
    "encode_unsigned",
    "function_instructions",
]
