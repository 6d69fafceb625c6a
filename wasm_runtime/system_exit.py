"""The end of a program: sys.exit() (SystemExit and its `code`), the exit status of an
uncaught exception, and how the name of an uncaught exception's class is printed."""


def sys_exit(status: obj) -> None:
    """sys.exit(status) (MISSING for sys.exit()): SystemExit with CPython's arguments, none
    for None, a tuple's items for a tuple, else the status itself."""
    args: obj = 0
    if status == MISSING_VALUE or status == NONE_VALUE:
        args = tuple_new(0)
    elif type_of(status) == TYPE_TUPLE:
        args = new_ref(status)
    else:
        args = tuple_new(1)
        if args == ERROR_VALUE:
            return
        tuple_init(args, 0, status)
    if args == ERROR_VALUE:
        return
    e: obj = exc_new(EXC_SYSTEM_EXIT, args)
    decref(args)
    if e != ERROR_VALUE:
        set_exception(e)


def system_exit_code(e: obj) -> obj:
    """e.code of a SystemExit: None without arguments, the argument, or the tuple of them."""
    args: obj = exc_args(e)
    n: i32 = tuple_length(args)
    if n == 0:
        return NONE_VALUE
    if n == 1:
        return new_ref(tuple_item(args, 0))
    return new_ref(args)


def uncaught_exit_status() -> i32:
    """The exit status of a program that an exception ended: for SystemExit its code, as
    CPython's handle_system_exit takes it (no traceback); 1 after printing the traceback
    of any other exception."""
    e: obj = EXC_CURRENT
    if not exc_kind_is(load_i32(i32(e), EXC_KIND), EXC_SYSTEM_EXIT):
        print_uncaught()
        return 1
    EXC_CURRENT = 0
    code: obj = system_exit_code(e)
    status: i32 = exit_status_of(e, code)
    decref(code)
    decref(e)
    return status


def exit_status_of(e: obj, code: obj) -> i32:
    """None is 0 and an int is itself (as the OS keeps it: its low 8 bits); anything else
    is printed to stderr and gives 1. str(code) is the str the exception made of its
    arguments when it was made (one argument's str, or the tuple's): calling str() here
    would link every type's str into every program."""
    if code == NONE_VALUE:
        return 0
    if is_int(code) or is_bool(code):
        return i32(code) & 255
    if is_int_like(code):
        return 255  # a big int: CPython's conversion to a C long fails, and exit(-1) is 255
    text: obj = exception_text(e, TEXT_STR)
    if text == ERROR_VALUE:  # its __str__ raised: CPython prints nothing more either
        decref(EXC_CURRENT)
        EXC_CURRENT = 0
        return 1
    stderr_write_str(text)
    stderr_write_str("\n")
    decref(text)
    return 1


def exception_qualified_name(e: obj) -> obj:
    """The name of an uncaught exception's type as CPython's traceback prints it: with its
    module and a dot when its class is a standard module's (dataclasses.
    FrozenInstanceError: its __module__); the name alone for the program's classes and
    builtin exceptions."""
    name: obj = exception_type_name(e)
    cls: obj = load_i64(i32(e), EXC_CLASS)
    if cls == 0:
        return new_ref(name)
    module: obj = dict_find(load_i64(i32(cls), CLASS_DICT), "__module__")
    if module == MISSING_VALUE or not is_str(module) or str_eq(module, "__main__") or str_eq(module, "builtins"):
        return new_ref(name)
    return str_concat3(module, ".", name)
