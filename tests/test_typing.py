"""mypy --strict on the Qt-free core and the CLI, as configured in pyproject.toml (issue 16)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Fewer files than this means the configuration lost a package, not that the core shrank.
MIN_CHECKED = 40


@pytest.mark.slow
def test_core_passes_mypy_strict() -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is not installed")
    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-color-output",
        ]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 0, f"mypy --strict: {len(errors)} errors\n{stdout}{stderr}"
    checked = re.search(r"no issues found in (\d+) source files", stdout)
    assert checked is not None, stdout
    assert int(checked.group(1)) >= MIN_CHECKED, stdout
