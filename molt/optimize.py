"""Binaryen: optimize a module's bytes at a level, keeping its name section.

Binaryen comes from PyPI's icpp-binaryen (Binaryen 116, bundled as a shared library). Its
Python wrapper leaves the module's features at none after reading, so Molt declares the
few C functions it needs and enables the features its modules use. Debug info stays on so
that the `name` section (Python function names in traps and profiles) survives.
"""

from __future__ import annotations

import functools
from typing import Any

from cffi import FFI  # type: ignore[import-untyped]

CDEF = """
typedef struct BinaryenModule *BinaryenModuleRef;
typedef uint32_t BinaryenFeatures;
BinaryenModuleRef BinaryenModuleRead(char *input, size_t inputSize);
void BinaryenModuleDispose(BinaryenModuleRef module);
bool BinaryenModuleValidate(BinaryenModuleRef module);
void BinaryenModuleOptimize(BinaryenModuleRef module);
void BinaryenSetOptimizeLevel(int level);
void BinaryenSetShrinkLevel(int level);
void BinaryenSetDebugInfo(bool on);
void BinaryenSetAlwaysInlineMaxSize(uint32_t size);
void BinaryenSetOneCallerInlineMaxSize(uint32_t size);
void BinaryenModuleSetFeatures(BinaryenModuleRef module, BinaryenFeatures features);
BinaryenFeatures BinaryenFeatureMVP(void);
BinaryenFeatures BinaryenFeatureMutableGlobals(void);
BinaryenFeatures BinaryenFeatureNontrappingFPToInt(void);
BinaryenFeatures BinaryenFeatureSignExt(void);
BinaryenFeatures BinaryenFeatureBulkMemory(void);
BinaryenFeatures BinaryenFeatureMultivalue(void);
BinaryenFeatures BinaryenFeatureReferenceTypes(void);
BinaryenFeatures BinaryenFeatureTailCall(void);
typedef struct BinaryenModuleAllocateAndWriteResult {
  void *binary;
  size_t binaryBytes;
  char *sourceMap;
} BinaryenModuleAllocateAndWriteResult;
BinaryenModuleAllocateAndWriteResult BinaryenModuleAllocateAndWrite(BinaryenModuleRef module,
                                                                    const char *sourceMapUrl);
void free(void *ptr);
"""

# -O level -> (optimize level, shrink level), as wasm-opt reads its flags.
LEVELS = {"1": (1, 0), "2": (2, 0), "3": (3, 0), "s": (2, 1), "z": (2, 2)}
# Binaryen inlines a function of at most this many instructions into every caller (its own
# default is 2) at the speed levels. The runtime is made of small helpers (type tests,
# accessors, decref) that Cranelift does not inline; 16 made the list/dict/str benchmarks
# 20-30% faster for +0.3 s of compile time, and a hello world no bigger. But Binaryen's
# time on a function grows faster than its size: a module body of thousands of statements
# (a program that is a long list of prints) took 3x longer, so a module with a function of
# more than LONG_FUNCTION IR ops keeps Binaryen's default.
ALWAYS_INLINE_MAX_SIZE = 16
LONG_FUNCTION = 4000
BINARYEN_ALWAYS_INLINE_MAX_SIZE = 2
# Binaryen inlines a function called from one place whatever its size (by default), which
# folds a whole class-heavy program into one huge function that Cranelift allocates
# registers for worse: richards ran 6% slower than with this bound (2000 .. 6000 measured
# alike; the other benchmarks within noise).
ONE_CALLER_INLINE_MAX_SIZE = 2000


@functools.lru_cache(maxsize=1)
def _binaryen() -> tuple[FFI, Any, Any]:
    import icpp_binaryen._lib as bundled

    ffi = FFI()
    ffi.cdef(CDEF)
    lib = ffi.dlopen(str(bundled._path))
    libc = ffi.dlopen(None)
    return ffi, lib, libc


class OptimizeError(Exception):
    pass


def optimize(wasm: bytes, level: str, longest_function: int = 0) -> bytes:
    """The module optimized by Binaryen's default pipeline at `level` (1, 2, 3, s or z).
    longest_function: the IR ops of the program's longest function, if known."""
    ffi, lib, libc = _binaryen()
    optimize_level, shrink_level = LEVELS[level]
    buffer = ffi.new("char[]", wasm)
    module = lib.BinaryenModuleRead(buffer, len(wasm))
    if module == ffi.NULL:
        raise OptimizeError("Binaryen could not read the module")
    try:
        features = 0
        for feature in (lib.BinaryenFeatureMutableGlobals, lib.BinaryenFeatureNontrappingFPToInt,
                        lib.BinaryenFeatureSignExt, lib.BinaryenFeatureBulkMemory,
                        lib.BinaryenFeatureMultivalue, lib.BinaryenFeatureReferenceTypes,
                        lib.BinaryenFeatureTailCall):
            features |= feature()
        lib.BinaryenModuleSetFeatures(module, features)
        if not lib.BinaryenModuleValidate(module):
            raise OptimizeError("Binaryen rejected the module before optimizing")
        lib.BinaryenSetOptimizeLevel(optimize_level)
        lib.BinaryenSetShrinkLevel(shrink_level)
        lib.BinaryenSetDebugInfo(True)
        if shrink_level == 0 and longest_function <= LONG_FUNCTION:
            lib.BinaryenSetAlwaysInlineMaxSize(ALWAYS_INLINE_MAX_SIZE)
        else:
            lib.BinaryenSetAlwaysInlineMaxSize(BINARYEN_ALWAYS_INLINE_MAX_SIZE)
        lib.BinaryenSetOneCallerInlineMaxSize(ONE_CALLER_INLINE_MAX_SIZE)
        lib.BinaryenModuleOptimize(module)
        result = lib.BinaryenModuleAllocateAndWrite(module, ffi.NULL)
        try:
            return bytes(ffi.buffer(result.binary, result.binaryBytes))
        finally:
            libc.free(result.binary)
            if result.sourceMap != ffi.NULL:
                libc.free(result.sourceMap)
    finally:
        lib.BinaryenModuleDispose(module)
