"""Native executables: precompile a module with Cranelift and append it to the launcher.

The launcher (native_shim/, built by `pip install`) runs the module appended to its own
file; the layout of what is appended is drawn in native_shim/src/payload.rs and written
here. The module is precompiled by the Python wasmtime with the engine configuration of
host/engine.toml, which the launcher mirrors; both carry the same wasmtime version, which
the trailer records and the launcher checks.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import os
import struct
from pathlib import Path

from molt.errors import UsageError

MAGIC = b"MOLTEXE1"
VERSION_FIELD = 32
LAUNCHER = "molt-launcher"


def launcher_path() -> Path:
    path = Path(str(importlib.resources.files("molt.native_shim") / LAUNCHER))
    if not path.exists():
        raise UsageError("the native launcher is not built (cargo was missing when Molt was "
                         "installed); install Rust's cargo and reinstall Molt")
    return path


def wasmtime_version() -> str:
    """The wasmtime version of host/engine.toml, checked against the installed one."""
    from molt.host.run import engine_settings

    version = str(engine_settings()["wasmtime_version"])
    installed = importlib.metadata.version("wasmtime")
    if installed != version:
        raise UsageError(f"the installed wasmtime is {installed} but Molt's launcher needs {version}; "
                         f"reinstall Molt")
    return version


def trailer(module_at: int, module_len: int, manifest_at: int, manifest_len: int, version: str) -> bytes:
    encoded = version.encode("ascii")
    assert len(encoded) <= VERSION_FIELD
    return MAGIC + struct.pack("<4Q", module_at, module_len, manifest_at, manifest_len) + encoded.ljust(
        VERSION_FIELD, b"\0")


def manifest(dirs: list[tuple[str, str]]) -> bytes:
    return "".join(f"dir\t{host}\t{guest}\n" for host, guest in dirs).encode("utf-8")


def write_executable(output: Path, precompiled: bytes, dirs: list[tuple[str, str]], version: str) -> None:
    launcher = launcher_path().read_bytes()
    listing = manifest(dirs)
    module_at = len(launcher)
    manifest_at = module_at + len(precompiled)
    data = launcher + precompiled + listing + trailer(module_at, len(precompiled), manifest_at, len(listing), version)
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_bytes(data)
    tmp.chmod(0o755)
    os.replace(tmp, output)


def build_native(wasm: bytes, output: Path, dirs: list[tuple[str, str]]) -> None:
    """Write a native executable for the module, granting it `dirs` (host, guest)."""
    from molt.host.run import precompile

    version = wasmtime_version()
    write_executable(output, precompile(wasm), dirs, version)


def parse_allow_dir(spec: str) -> tuple[str, str]:
    """HOST_DIR[:GUEST_DIR] -> (absolute host path, guest path; the host path as written
    by default)."""
    host, _, guest = spec.partition(":")
    if not host:
        raise UsageError(f"--allow-dir {spec}: no host directory")
    if not Path(host).is_dir():
        raise UsageError(f"--allow-dir {spec}: {host} is not a directory")
    return str(Path(host).resolve()), guest or host
