"""The compiler is annotated, and mypy agrees with its annotations."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_mypy_passes() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
