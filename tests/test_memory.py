"""Reference counts are exact: a loop that builds and drops containers a million times
keeps its memory flat (the issue's bar: within 2 MB of the peak after a thousand rounds)."""

from __future__ import annotations

from pathlib import Path

from test_runtime import memory_pages_after_run

CHURN = """
def churn(n):
    kept = 0
    for i in range(n):
        items = [i, str(i), (i, i + 1), [i] * 3]
        table = {"a": items, i: (i,), "n": {i, i + 1}}
        words = ("x" * (i % 50) + "y").split("x")
        text = f"{i}:{len(words)}" + str(table["a"][1])
        pairs = [(k, v) for k, v in enumerate(items)]
        nested = {k: [v, v] for k, v in pairs}
        total = sum(len(str(v)) for v in nested.values())
        kept = (kept + total + len(text)) % 1000003
    return kept
print(churn(N))
"""

PAGE = 65536


def test_memory_stays_flat_over_a_million_container_rounds(tmp_path: Path) -> None:
    small_pages, small_out = memory_pages_after_run(tmp_path / "small", CHURN.replace("N", "1000"))
    large_pages, large_out = memory_pages_after_run(tmp_path / "large", CHURN.replace("N", "1000000"))
    assert small_out.strip().isdigit() and large_out.strip().isdigit()
    # Memory never shrinks, so the size at exit is the peak.
    assert (large_pages - small_pages) * PAGE <= 2 * 1024 * 1024, (small_pages, large_pages)
