"""Qt stays in `careerjournal.ui` (and the PDF layout): the domain, store, services, CLI and every
other module never import it. The modules are found by walking the package, not listed by hand."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
"""


# Where Qt belongs: the desktop app, and the PDF layout (loaded only when a PDF is written).
QT_SIDE = ("careerjournal.ui", "careerjournal.report.pdf", "careerjournal.report.pagination")
# Not importable on its own: Alembic runs it, with its migration context set up.
NOT_IMPORTABLE = {"careerjournal.store.migrations.env"}

CHECK = """
import importlib, json
failed = {}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
print(json.dumps(failed))
"""


def qt_free_modules() -> list[str]:
    """Every module of the package found by pkgutil, less the Qt side, `__main__` (it runs the
    program) and the Alembic environment."""
    import careerjournal

    found = [m.name for m in pkgutil.walk_packages(careerjournal.__path__, "careerjournal.")]
    return [
        name
        for name in found
        if not any(name == side or name.startswith(side + ".") for side in QT_SIDE)
        and not name.endswith(".__main__")
        and name not in NOT_IMPORTABLE
    ]


def test_the_walk_finds_every_layer() -> None:
    names = set(qt_free_modules())
    for module in (
        "domain",
        "store",
        "services",
        "cli",
        "interchange",
        "harvest",
        "report.markdown",
    ):
        assert f"careerjournal.{module}" in names
    assert "careerjournal.ui" not in names
    assert "careerjournal.store.migrations.versions" in names


def qt_imports(modules: list[str]) -> dict[str, str]:
    """The modules among `modules` that fail to import in a process where Qt is blocked."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER + CHECK, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    failed: dict[str, str] = json.loads(result.stdout)
    return failed


def test_every_module_outside_the_ui_imports_without_qt() -> None:
    """Domain, store, services, CLI, interchange, report (but PDF): each imports with Qt blocked."""
    assert qt_imports(qt_free_modules()) == {}


def test_the_check_sees_a_module_that_imports_qt() -> None:
    failed = qt_imports(["careerjournal.domain", "careerjournal.report.pdf"])
    assert list(failed) == ["careerjournal.report.pdf"]
    assert "blocked: PySide6" in failed["careerjournal.report.pdf"]


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
