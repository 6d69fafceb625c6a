"""The native launcher: a Rust program (this directory's crate) that runs the precompiled
Molt module appended to its own file. `pip install` builds it (see setup.py); this package
only locates the built binary."""
