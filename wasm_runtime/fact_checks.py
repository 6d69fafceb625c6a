"""Checks of what the compiler's analysis proved (molt/analysis/program_facts.py), made
where compiled code relies on it in builds that ask for them (molt.driver.Options.check_ir,
which every test build sets): a fact that does not hold stops the program with a trap,
instead of reading a value or a slot wrongly."""


def fact_check_kind(v: obj, kind: i32) -> None:
    """v is an int (kind 0), a float (1) or a bool (2)."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    ok: i32 = 0
    if kind == 0:
        ok = tag == TAG_INT or (tag == TAG_PTR and load_i32(i32(v), OB_TYPE) == TYPE_INT)
    elif kind == 1:
        ok = tag < TAG_FIRST
    else:
        ok = tag == TAG_BOOL
    if ok == 0:
        unreachable()


def fact_check_family(v: obj, first: i32, count: i32) -> None:
    """v is an instance of a class numbered in [first, first + count) that keeps its number."""
    if in_family(class_number(v), first, count) == 0:
        unreachable()
