"""The module's entry point: run the program's module body, report an uncaught exception."""


def module_body() -> obj:
    """The program's top-level code, compiled from the user's module."""
    ...


def _start() -> None:
    heap_init()
    result: obj = module_body()
    stdout_flush()
    if result == ERROR_VALUE:
        proc_exit(uncaught_exit_status())
    decref(result)
