"""The one list of host imports a Molt module may use: WASI preview 1 functions.

The compiler declares the ones the program reaches; the Python host (host/run.py) and the
native launcher (native_shim/) provide them by linking WASI. Types are WebAssembly types.
"""

from __future__ import annotations

from dataclasses import dataclass

WASI_MODULE = "wasi_snapshot_preview1"


@dataclass(frozen=True)
class HostImport:
    module: str
    name: str
    params: tuple[str, ...]
    result: str | None


HOST_IMPORTS: dict[str, HostImport] = {
    imp.name: imp
    for imp in (
        # fd_write(fd, iovs, iovs_len, nwritten_out) -> errno
        HostImport(WASI_MODULE, "fd_write", ("i32", "i32", "i32", "i32"), "i32"),
        # fd_read(fd, iovs, iovs_len, nread_out) -> errno
        HostImport(WASI_MODULE, "fd_read", ("i32", "i32", "i32", "i32"), "i32"),
        HostImport(WASI_MODULE, "proc_exit", ("i32",), None),
        # args_sizes_get(argc_out, argv_buf_size_out) / args_get(argv, argv_buf) -> errno
        HostImport(WASI_MODULE, "args_sizes_get", ("i32", "i32"), "i32"),
        HostImport(WASI_MODULE, "args_get", ("i32", "i32"), "i32"),
        HostImport(WASI_MODULE, "environ_sizes_get", ("i32", "i32"), "i32"),
        HostImport(WASI_MODULE, "environ_get", ("i32", "i32"), "i32"),
        # clock_time_get(clock_id, precision, time_out) -> errno
        HostImport(WASI_MODULE, "clock_time_get", ("i32", "i64", "i32"), "i32"),
        HostImport(WASI_MODULE, "random_get", ("i32", "i32"), "i32"),
    )
}
