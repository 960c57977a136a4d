"""Plurals: every counted message uses Qt's %n forms, and English has its singular ("1 entry")."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from careerjournal.ui.translations import SOURCE_PLURALS, TRANSLATIONS_DIR

UI_DIR = Path(__file__).resolve().parents[2] / "src" / "careerjournal" / "ui"
SOURCE_TS = TRANSLATIONS_DIR / "careerjournal_en.ts"
# "1 level(s)", "%d item(s)": a count worded for both numbers at once.
BOTH_NUMBERS = re.compile(r"\w\((s|es)\)")


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def counted_messages() -> list[tuple[str, str, str]]:
    """(context, source, where) of every `self.tr(text, disambiguation, n)` and
    `QCoreApplication.translate(context, text, disambiguation, n)` call in the UI sources."""
    found: list[tuple[str, str, str]] = []
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, cls: str | None, path: Path = path) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call):
                    func = child.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    where = f"{path.relative_to(UI_DIR)}:{child.lineno}"
                    has_n = any(k.arg == "n" for k in child.keywords)
                    if name == "tr" and cls and (len(child.args) >= 3 or has_n):
                        text = _literal(child.args[0])
                        if text is not None:
                            found.append((cls, text, where))
                    elif name == "translate" and (len(child.args) >= 4 or has_n):
                        context, text = _literal(child.args[0]), _literal(child.args[1])
                        if context is not None and text is not None:
                            found.append((context, text, where))
                visit(child, inner)

        visit(tree, None)
    return found


def catalogue() -> dict[tuple[str, str], list[str]]:
    forms: dict[tuple[str, str], list[str]] = {}
    for ctx in ET.parse(SOURCE_TS).getroot().findall("context"):
        for message in ctx.findall("message"):
            numerus = [f.text or "" for f in message.iter("numerusform")]
            forms[(ctx.findtext("name") or "", message.findtext("source") or "")] = numerus
    return forms


def test_the_scan_finds_counted_messages() -> None:
    messages = counted_messages()
    assert ("StatusParts", "%Ln entries") in {(c, t) for c, t, _ in messages}
    assert len(messages) >= 5


def test_every_counted_message_says_n() -> None:
    missing = [where for _, text, where in counted_messages() if not re.search(r"%L?n", text)]
    assert not missing, f"counted messages without %n: {missing}"


def test_every_counted_message_has_english_forms() -> None:
    """Adding a `%n` message? Run `python packaging/update_translations.py` and check its forms."""
    forms = catalogue()
    missing = []
    for context, text, where in counted_messages():
        found = forms.get((context, text))
        if not found or len(found) != 2 or not all(found):
            missing.append(f"{where}: {text!r}")
    assert not missing, (
        "run packaging/update_translations.py; missing English forms:\n" + "\n".join(missing)
    )


def test_compiled_catalogue_matches_the_source() -> None:
    translator = QTranslator()
    assert translator.load(str(SOURCE_PLURALS))
    for (context, source), (singular, plural) in catalogue().items():
        # A translator picks the form; QCoreApplication.translate then fills in %n.
        assert translator.translate(context, source, None, 1) == singular
        assert translator.translate(context, source, None, 3) == plural


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 entries"), (1, "1 entry"), (2, "2 entries"), (1500, "1500 entries")],
)
def test_english_counts_read_right(qapp, count: int, expected: str) -> None:
    assert QCoreApplication.translate("FilterBar", "%n entries", None, count) == expected


def test_no_message_words_a_count_for_both_numbers() -> None:
    offenders = []
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = _literal(node) if isinstance(node, ast.expr) else None
            if text and BOTH_NUMBERS.search(text):
                offenders.append(f"{path.relative_to(UI_DIR)}:{node.lineno}: {text!r}")
    assert not offenders, "use tr('%n items', '', n):\n" + "\n".join(offenders)
