"""`triggered`, `clicked` and `toggled` pass a bool: a slot that takes something else breaks.

Summary › Export PDF once reached `export_pdf(path)` as `path=False` and failed silently. This
scans the UI for connections of those signals straight to a method and checks that the method's
first parameter, if it has one, is a `bool`.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[2] / "src" / "careerjournal" / "ui"
BOOL_SIGNALS = {"triggered", "clicked", "toggled"}


def methods_by_class(tree: ast.Module) -> dict[str, dict[str, ast.FunctionDef]]:
    found: dict[str, dict[str, ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            found[node.name] = {
                item.name: item for item in node.body if isinstance(item, ast.FunctionDef)
            }
    return found


def takes_something_else(method: ast.FunctionDef) -> str | None:
    """The first parameter after self when it is not a bool, else None."""
    params = method.args.posonlyargs + method.args.args
    if len(params) < 2:
        return None
    first = params[1]
    annotation = ast.unparse(first.annotation) if first.annotation is not None else ""
    return None if annotation == "bool" else f"{first.arg}: {annotation or '?'}"


def bad_connections() -> list[str]:
    found = []
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            methods = methods_by_class(tree).get(cls.name, {})
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if not (isinstance(func, ast.Attribute) and func.attr == "connect"):
                    continue
                signal = func.value
                if not (isinstance(signal, ast.Attribute) and signal.attr in BOOL_SIGNALS):
                    continue
                if len(call.args) != 1:
                    continue
                slot = call.args[0]
                if not (
                    isinstance(slot, ast.Attribute)
                    and isinstance(slot.value, ast.Name)
                    and slot.value.id == "self"
                    and slot.attr in methods
                ):
                    continue
                problem = takes_something_else(methods[slot.attr])
                if problem:
                    where = f"{path.relative_to(UI_DIR)}:{call.lineno}"
                    found.append(f"{where}: {signal.attr} -> {slot.attr}({problem})")
    return found


def test_the_scan_sees_connections() -> None:
    text = (UI_DIR / "main_window.py").read_text(encoding="utf-8")
    assert ".triggered.connect(" in text


def test_bool_signals_reach_no_slot_that_takes_something_else() -> None:
    problems = bad_connections()
    assert not problems, "wrap the slot in a lambda or give it no parameters:\n" + "\n".join(
        problems
    )
