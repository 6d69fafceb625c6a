"""Generate wasm_runtime/methods.py: one dispatcher per method name of molt/ir/methods.py.

Run: python tools/gen_methods.py   (tests/test_runtime.py checks the file is up to date)

Each dispatcher `method_<name>(self, params...)` tests the type of self and calls the
function of that type (a row of IMPLEMENTATIONS below), after checking that the type takes
as many arguments as were given; for a type without the method it raises AttributeError.

For methods as values (wasm_runtime/builtin_methods.py): `builtin_method_index(self, name)`
numbers the method `name` of self's type (-1 for none), and `call_builtin_method(self,
index, args, kwargs)` binds a call's arguments to the parameters of method `index` and
calls its dispatcher.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from molt.ir.methods import IMPLEMENTATIONS, METHODS, MethodSignature, method_function  # noqa: E402

OUT = ROOT / "wasm_runtime" / "methods.py"

# The type test of each receiver kind of IMPLEMENTATIONS, on `t` (the heap type id of
# self) or on `self`.
TESTS = {"str": "t == TYPE_STR", "bytes": "t == TYPE_BYTES", "list": "t == TYPE_LIST",
         "tuple": "t == TYPE_TUPLE", "range": "t == TYPE_RANGE", "dict": "t == TYPE_DICT",
         "set": "t == TYPE_SET", "anyset": "(t == TYPE_SET or t == TYPE_FROZENSET)",
         "int": "is_int_like(self)", "float": "is_float(self)", "slice": "t == TYPE_SLICE"}


def parameters(signature: MethodSignature) -> list[str]:
    names = list(signature.positional)
    if signature.varargs:
        names.append("args")
    if signature.varkw:
        names.append("kwargs")
    names += list(signature.keyword_only)
    return names


# A receiver of each kind, to ask CPython how its methods report missing arguments.
SAMPLES = {"str": "ab", "bytes": b"ab", "list": [1], "tuple": (1,), "range": range(2), "dict": {1: 2},
           "set": {1}, "anyset": frozenset({1}), "int": 5, "float": 2.5, "slice": slice(1, 2)}
SAMPLES = {kind: repr(value) for kind, value in SAMPLES.items()}  # a fresh one per call
REQUIRED = re.compile(r"exactly one argument|at least (\d+) argument|expected (\d+) argument")


def cpython_message(kind: str, name: str, n: int) -> str:
    """CPython's TypeError for method `name` of `kind` called with n arguments (None
    each), or "" when it raises none."""
    try:
        getattr(eval(SAMPLES[kind]), name)(*[None] * n)
    except TypeError as e:
        return str(e)
    except Exception:  # noqa: BLE001 (another error: the arguments were accepted)
        return ""
    return ""


def around_count(message: str, n: int) -> tuple[str, str] | None:
    """The message before and after the number of arguments given, n, at its end."""
    given = re.search(rf"got {n}$|\({n} given\)$", message)
    if given is None:
        return None
    at = given.start() + given.group().index(str(n))
    return message[:at], message[at + len(str(n)):]


def arity_error(kind: str, before: str, given: str, after: str) -> str:
    """The call of arity_error (builtin_methods.py); a message that starts with the type's
    name names the receiver's type at run time (a set or a frozenset)."""
    prefix = type(eval(SAMPLES[kind])).__name__ + "."
    if before.startswith(prefix):
        return f'method_arity_error(self, "{before[len(prefix):]}", {given}, "{after}")'
    return f'arity_error("{before}", {given}, "{after}")'


def missing_check(kind: str, name: str, params: list[str]) -> list[str]:
    """The test that the required parameters got arguments (they fill from the left)."""
    message = cpython_message(kind, name, 0)
    required = REQUIRED.search(message)
    if not message or required is None:
        return []
    count = int(required.group(1) or required.group(2) or 1)
    parts = around_count(message, 0)
    assert parts is not None, (kind, name, message)
    given = " + ".join(f"({p} != MISSING_VALUE)" for p in params[:count])
    return [f"        if {params[count - 1]} == MISSING_VALUE:",
            f"            return {arity_error(kind, parts[0], given, parts[1])}"]


def extra_check(kind: str, name: str, params: list[str], count: int) -> list[str]:
    """The test that no parameter beyond the type's `count` got an argument."""
    message = cpython_message(kind, name, count + 1)
    parts = around_count(message, count + 1) if message else None
    lines = []
    for extra in params[count:]:
        lines.append(f"        if {extra} != MISSING_VALUE:")
        if parts is None or extra in ("args", "kwargs"):
            lines.append(f'            return too_many_arguments(self, "{name}", {count})')
        else:
            given = " + ".join([str(count)] + [f"({p} != MISSING_VALUE)" for p in params[count:]])
            lines.append(f"            return {arity_error(kind, parts[0], given, parts[1])}")
    return lines


def dispatcher(name: str, signature: MethodSignature) -> str:
    params = parameters(signature)
    header = ", ".join(["self: obj"] + [f"{p}: obj" for p in params])
    lines = [f"def {method_function(name)}({header}) -> obj:", "    t: i32 = type_of(self)"]
    for kind, function, count in IMPLEMENTATIONS[name]:
        lines.append(f"    if {TESTS[kind]}:")
        lines += missing_check(kind, name, params)
        lines += extra_check(kind, name, params, count)
        args = ", ".join(["self"] + params[:count])
        lines.append(f"        return {function}({args})")
    lines.append(f'    return no_attribute(self, "{name}")')
    return "\n".join(lines)


def method_index(names: list[str]) -> str:
    lines = ["def builtin_method_index(self: obj, name: obj) -> i32:",
             '    """The number of the method `name` of the builtin type of self, or -1."""',
             "    t: i32 = type_of(self)"]
    for index, name in enumerate(names):
        tests = " or ".join(TESTS[kind] for kind, _, _ in IMPLEMENTATIONS[name])
        lines.append(f'    if str_eq(name, "{name}"):')
        lines.append(f"        return {index} if {tests} else -1")
    lines.append("    return -1")
    return "\n".join(lines)


def binding(index: int, name: str, signature: MethodSignature) -> list[str]:
    """The arm of call_builtin_method for one method."""
    accepted = list(signature.keywords) + list(signature.keyword_only)
    assert len(accepted) <= 2, name
    first, second = ([f'"{k}"' for k in accepted] + ["MISSING_VALUE", "MISSING_VALUE"])[:2]
    lines = [f"    if index == {index}:"]
    if not signature.varargs:
        most = len(signature.positional)
        lines.append(f"        if tuple_length(args) > {most}:")
        for kind, _, _ in IMPLEMENTATIONS[name]:
            parts = around_count(cpython_message(kind, name, most + 1), most + 1)
            if parts is not None:
                lines.append(f"            if {TESTS[kind]}:")
                lines.append(f"                return {arity_error(kind, parts[0], 'tuple_length(args)', parts[1])}")
        lines.append(f'            return too_many_arguments(self, "{name}", {most})')
    if not signature.varkw:
        lines.append(f'        if not keywords_fit(self, "{name}", kwargs, {first}, {second}):')
        lines.append("            return ERROR_VALUE")
    values = []
    for i, param in enumerate(signature.positional):
        keyword = f'"{param}"' if param in signature.keywords else "MISSING_VALUE"
        values.append(f"argument(args, {i}, kwargs, {keyword})")
    if signature.varargs:
        lines.append(f"        rest: obj = tuple_around(MISSING_VALUE, args, {len(signature.positional)}, MISSING_VALUE)")
        lines.append("        if rest == ERROR_VALUE:")
        lines.append("            return rest")
        values.append("rest")
    if signature.varkw:
        values.append("keywords_or_missing(kwargs)")
    values += [f'argument(args, NO_POSITION, kwargs, "{k}")' for k in signature.keyword_only]
    call = f"{method_function(name)}({', '.join(['self'] + values)})"
    if signature.varargs:
        lines += [f"        result: obj = {call}", "        decref(rest)", "        return result"]
    else:
        lines.append(f"        return {call}")
    return lines


def call_builtin(names: list[str]) -> str:
    lines = ["def call_builtin_method(self: obj, index: i32, args: obj, kwargs: obj) -> obj:",
             '    """self.<method number index>(*args, **kwargs): the arguments bound to its parameters."""',
             "    t: i32 = type_of(self)"]
    for index, name in enumerate(names):
        lines += binding(index, name, METHODS[name])
    return "\n".join(lines)


def generate() -> str:
    missing = set(METHODS) - set(IMPLEMENTATIONS)
    assert not missing, f"no implementations for {sorted(missing)}"
    parts = ['"""Method calls: `x.name(...)` calls method_name(x, ...), which dispatches on the type of x.\n\n'
             'GENERATED by tools/gen_methods.py from molt/ir/methods.py; do not edit."""\n']
    for name, signature in METHODS.items():
        parts.append(dispatcher(name, signature))
    parts.append(method_index(list(METHODS)))
    parts.append(call_builtin(list(METHODS)))
    return "\n\n\n".join(parts) + "\n"


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run python tools/gen_methods.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
