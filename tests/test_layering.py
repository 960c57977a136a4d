"""Qt stays in `careerjournal.ui`: the domain, store, services and CLI never import it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
"""


@pytest.mark.parametrize(
    "module",
    [
        "careerjournal.domain",
        "careerjournal.store",
        "careerjournal.store.migrate",
        "careerjournal.services",
        "careerjournal.services.demo",
        "careerjournal.cli",
        "careerjournal.report.markdown",
        "careerjournal.report.html",
        "careerjournal.report.svg",
        "careerjournal.interchange.backup_format",
        "careerjournal.interchange.detect",
        "careerjournal.interchange.jobs",
        "careerjournal.interchange.jsonresume",
        "careerjournal.interchange.linkedin",
        "careerjournal.interchange.textexport",
        "careerjournal.fileio",
    ],
)
def test_module_imports_without_qt(module: str) -> None:
    code = BLOCKER + f"import {module}\nprint('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_commands_run_without_loading_qt(tmp_path: Path) -> None:
    db = tmp_path / "j.sqlite3"
    code = f"""
import sys
from careerjournal.app import main
for argv in (["add", "Shipped it"], ["list"], ["search", "ship"], ["show", "1"], ["check"]):
    assert main(["--database", {str(db)!r}, "--create", *argv]) == 0, argv
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
