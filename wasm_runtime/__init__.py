"""The runtime every Molt module carries, in Molt's low-level dialect (docs/dialect.md).

These files are compiled by Molt, not imported by Python; this package only locates them.
"""
