"""Molt: a compiler from Python to WebAssembly modules and native executables."""

__version__ = "0.1.0"
