"""Every text the UI translates is a literal where it is translated.

lupdate (and `packaging/update_translations.py`) find a text by reading the source: in
`self.tr(label)` or `_tr(name)` the text is a variable, so it never reaches the catalogue and
stays English in every language, while the pseudo-locale (which translates anything) shows it as
translated. test_pseudo_locale.py cannot see this; this test reads the source instead.

A helper is a function that calls `QCoreApplication.translate("context", text)` with
its own parameter; calls to it, to `self.tr`, to a `tr = self.tr` alias and to `translate`
itself must pass a string literal (an f-string is not one). By design, `ui/formatting.py`
translates the enum label tables of `domain/labels.py`, which the script reads itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[2] / "src" / "careerjournal" / "ui"

#: Read by update_translations.py from the tables they name, or the pseudo-locale itself.
BY_DESIGN = {"formatting.py", "translations.py"}

#: (file, call) still translating a variable, in files other work is changing. The lead empties
#: this list; never add to it to make the test pass.
PENDING: set[tuple[str, str]] = set()


def helpers(tree: ast.Module) -> list[ast.FunctionDef]:
    """Functions (at any depth) that pass one of their parameters to `translate` as the text."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        if any(
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and sub.func.attr == "translate"
            and len(sub.args) >= 2
            and isinstance(sub.args[1], ast.Name)
            and sub.args[1].id in params
            for sub in ast.walk(node)
        ):
            found.append(node)
    return found


def text_argument(call: ast.Call, wrappers: set[str]) -> ast.expr | None:
    """The argument of `call` that is the text to translate, if `call` translates."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name == "translate" and isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in {"p", "painter"}:
            return None  # QPainter.translate
        return call.args[1] if len(call.args) >= 2 else None
    if name == "tr" or (isinstance(func, ast.Name) and name in wrappers):
        literals = [isinstance(a, ast.Constant) for a in call.args[:2]]
        if name == "tr" and isinstance(func, ast.Name) and literals == [True, True]:
            return call.args[1]  # `tr = QCoreApplication.translate`: tr("context", "text")
        return call.args[0] if call.args else None
    return None


def variable_texts(path: Path, root: Path = UI_DIR) -> list[tuple[str, str, int]]:
    """(file, call, line) of every translation of something other than a string literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found_helpers = helpers(tree)
    wrappers = {node.name for node in found_helpers}
    inside_helpers = {id(sub) for node in found_helpers for sub in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in inside_helpers:
            continue
        text = text_argument(node, wrappers)
        if text is None or (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        found.append((path.relative_to(root).as_posix(), ast.unparse(node), node.lineno))
    return found


def test_every_translated_text_is_a_literal() -> None:
    found = [
        site
        for path in sorted(UI_DIR.rglob("*.py"))
        if path.name not in BY_DESIGN
        for site in variable_texts(path)
    ]
    new = [f"{file}:{line}: {call}" for file, call, line in found if (file, call) not in PENDING]
    assert not new, "translated, but not a literal (lupdate cannot see it):\n" + "\n".join(new)


def test_the_check_finds_a_variable_text(tmp_path: Path) -> None:
    source = tmp_path / "ui" / "sample.py"
    source.parent.mkdir()
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Sample', text)\n"
        "NAMES = ('Monday',)\n"
        "class W:\n"
        "    def f(self, day):\n"
        "        ok = self.tr('Sunday'), _tr('Friday')\n"
        "        return [self.tr(day), _tr(NAMES[0]), self.tr(f'{day}')]\n",
        encoding="utf-8",
    )
    calls = [call for _, call, _ in variable_texts(source, tmp_path / "ui")]
    assert calls == ["self.tr(day)", "_tr(NAMES[0])", "self.tr(f'{day}')"]
