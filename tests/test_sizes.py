"""Sizes a newcomer can hold (issue 16): no module over 600 lines, no function over 80 lines.

Every Python file of the package is measured. Allowed beyond the limits, and only these:
- store/migrations/: each migration is the schema history of one version, written once and never
  edited afterwards, so splitting it would only make the history harder to read;
- services/demo_data.py's data tables: the sample career's roles, bands, titles and texts are
  module-level tables that read best whole; the module's code (everything but its top-level
  assignments) is measured like any other, and so is each of its functions.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import careerjournal

PACKAGE = Path(careerjournal.__file__).parent
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
MIGRATIONS = "store/migrations/"
DEMO = "services/demo_data.py"  # the sample career's data tables


@functools.cache  # parsed once for both checks
def sources() -> tuple[tuple[str, ast.Module, str], ...]:
    """(path inside the package, syntax tree, text) of every module but the migrations."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if not name.startswith(MIGRATIONS):
            text = path.read_text(encoding="utf-8")
            found.append((name, ast.parse(text, filename=name), text))
    return tuple(found)


def module_lines(name: str, tree: ast.Module, text: str) -> int:
    """The module's lines; for the demo, less its data tables (its top-level assignments)."""
    lines = len(text.splitlines())
    if name == DEMO:
        tables = (n for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign))
        lines -= sum(n.end_lineno - n.lineno + 1 for n in tables if n.end_lineno)
    return lines


def long_functions(tree: ast.Module) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function or method, nested ones too, over the limit;
    a function runs from its `def` line to its last line, docstring and blank lines included."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append((node.name, node.lineno, length))
    return found


def test_no_module_is_over_600_lines() -> None:
    over = sorted(
        (lines, name)
        for name, tree, text in sources()
        if (lines := module_lines(name, tree, text)) > MAX_MODULE_LINES
    )
    assert not over, f"{len(over)} modules over {MAX_MODULE_LINES} lines: " + ", ".join(
        f"{name} ({lines})" for lines, name in reversed(over)
    )


def test_no_function_is_over_80_lines() -> None:
    over = sorted(
        (length, f"{name}:{line} {function}")
        for name, tree, _ in sources()
        for function, line, length in long_functions(tree)
    )
    assert not over, f"{len(over)} functions over {MAX_FUNCTION_LINES} lines: " + ", ".join(
        f"{where} ({length})" for length, where in reversed(over)
    )


def test_the_measures_see_what_they_should() -> None:
    """The measures are honest: code at exactly the limits passes, one line more fails."""
    body = "\n".join(f"    x = {i}" for i in range(MAX_FUNCTION_LINES - 1))
    tree = ast.parse(f"def long():\n{body}\n\ndef short():\n    return 1\n")
    assert long_functions(tree) == []  # exactly 80 lines is allowed
    method = "\n".join(f"        x = {i}" for i in range(MAX_FUNCTION_LINES))
    tree = ast.parse(f"class A:\n    def long(self):\n{method}\n")
    assert long_functions(tree) == [("long", 2, MAX_FUNCTION_LINES + 1)]

    table = "TABLE = (\n" + "    1,\n" * 700 + ")\n"
    code = "def f():\n    return TABLE\n"
    tree = ast.parse(table + code)
    assert module_lines("other.py", tree, table + code) == 704
    assert module_lines(DEMO, tree, table + code) == 2  # the demo's tables do not count


def test_the_allowed_exceptions_still_exist() -> None:
    """An allowance outlives its file only by mistake: drop it when the file goes."""
    assert (PACKAGE / MIGRATIONS).is_dir()
    assert (PACKAGE / DEMO).is_file()
