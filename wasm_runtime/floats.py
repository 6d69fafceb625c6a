"""Float arithmetic with Python's semantics, and float <-> text (not written yet)."""


def not_yet(what: obj) -> None:
    raise_with_parts(EXC_NOT_IMPLEMENTED_ERROR, what, " is not supported by molt yet", "")


def float_floordiv(a: f64, b: f64) -> f64:
    not_yet("float //")
    return 0.0


def float_mod(a: f64, b: f64) -> f64:
    not_yet("float %")
    return 0.0


def float_pow(a: f64, b: f64) -> f64:
    not_yet("float **")
    return 0.0


def float_repr(f: f64) -> obj:
    not_yet("float repr")
    return ERROR_VALUE


def parse_float(s: obj) -> f64:
    not_yet("float()")
    return 0.0
