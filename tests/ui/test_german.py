"""The German catalogue is complete and well formed, and the German window's menus can be
driven by keyboard: every message finished, placeholders, plural forms, accelerators and markup
as in the source, every translatable text of the UI in the catalogue.

A message that fails here: translate it in `careerjournal_de.ts` (or run
`python packaging/update_translations.py` first when the text is new), then run the script
again to compile the `.qm`.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

from careerjournal.ui.context import AppContext
from careerjournal.ui.editor.entry_editor import EntryEditor
from careerjournal.ui.goals.dialogs import GoalDialog, LinkEvidenceDialog, MilestoneDialog
from careerjournal.ui.interchange.export_dialog import ExportDialog
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.preferences import PreferencesDialog
from careerjournal.ui.translations import (
    TRANSLATIONS_DIR,
    install_translators,
    remove_translators,
)

TS = TRANSLATIONS_DIR / "careerjournal_de.ts"
QM = TRANSLATIONS_DIR / "careerjournal_de.qm"
UI_DIR = Path(__file__).resolve().parents[2] / "src" / "careerjournal" / "ui"

# printf (%s %d %%), Qt (%1 %L1 %n %Ln) and str.format ({name}) placeholders.
PLACEHOLDER = re.compile(r"%%|%L?\d|%L?n|%[sdif]|\{\w*\}")
# "&File" marks F; "&&" is a literal ampersand; "&amp;" an HTML entity.
ACCELERATOR = re.compile(r"&(?!&|#?\w+;)(?=\S)")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^<>]*>")
WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay as they are in German: products, formats, file patterns.
NAMES = re.compile(r"Career Journal|JSON Resume|LinkedIn|Markdown|\(\*\.\w+\)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def messages() -> list[Message]:
    found = []
    for ctx in ET.parse(TS).getroot().findall("context"):
        for message in ctx.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.findall("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    context=ctx.findtext("name") or "",
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    unfinished=translation.get("type") in {"unfinished", "vanished", "obsolete"},
                    forms=forms,
                )
            )
    return found


def _placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def _accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text))


def test_the_catalogue_is_the_real_one() -> None:
    found = messages()
    assert len(found) > 900
    assert any(m.numerus for m in found)
    assert any(m.comment for m in found)  # the enum labels, told apart by disambiguation


def test_every_message_is_finished() -> None:
    unfinished = [str(m) for m in messages() if m.unfinished or not all(f.strip() for f in m.forms)]
    assert not unfinished, f"{len(unfinished)} untranslated:\n" + "\n".join(unfinished)


def test_placeholders_match_the_source() -> None:
    wrong = [
        f"{m}: {form!r}"
        for m in messages()
        for form in m.forms
        if _placeholders(form) != _placeholders(m.source)
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_plural_messages_have_both_german_forms() -> None:
    wrong = [str(m) for m in messages() if m.numerus and len(m.forms) != 2]
    assert not wrong, "German needs a singular and a plural form:\n" + "\n".join(wrong)
    singular = [str(m) for m in messages() if m.numerus and m.forms[0] == m.forms[1]]
    # "%n im Papierkorb" is the same for one and many; a few such are fine, all are a mistake.
    assert len(singular) < 5, singular


def test_accelerators_at_most_one_and_only_where_the_source_has_one() -> None:
    wrong = [
        f"{m}: {form!r}"
        for m in messages()
        for form in m.forms
        if _accelerators(form) > 1 or (_accelerators(form) > 0) != (_accelerators(m.source) > 0)
    ]
    assert not wrong, "accelerators:\n" + "\n".join(wrong)


def test_markup_is_kept() -> None:
    wrong = [
        f"{m}: {form!r}"
        for m in messages()
        for form in m.forms
        if TAG.findall(form) != TAG.findall(m.source)
    ]
    assert not wrong, "HTML tags differ:\n" + "\n".join(wrong)


def test_no_english_left_in_long_messages() -> None:
    """A text of three words or more identical to its source was copied, not translated
    ("Markdown (*.md)" and "Link %d: %s" may stay as they are)."""
    same = [
        str(m)
        for m in messages()
        if m.forms[0] == m.source
        and len(WORD.findall(NAMES.sub("", PLACEHOLDER.sub("", m.source)))) >= 3
    ]
    assert not same, "\n".join(same)


def test_compiled_catalogue_matches_the_source() -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    for m in messages():
        comment = m.comment or None
        if m.numerus:
            assert translator.translate(m.context, m.source, comment, 1) == m.forms[0], str(m)
            assert translator.translate(m.context, m.source, comment, 5) == m.forms[1], str(m)
        else:
            assert translator.translate(m.context, m.source, comment) == m.forms[0], str(m)


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def source_texts() -> list[tuple[str, str, str]]:
    """(context, text, where) of every literal `self.tr(text)`, `translate(ctx, text)` and
    module `_tr(text)` helper call (or its alias `t = _tr`) in the UI sources."""
    found: list[tuple[str, str, str]] = []
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {}  # `def _tr(text): return QCoreApplication.translate("ctx", text)`
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                for sub in ast.walk(node):
                    if (
                        isinstance(sub, ast.Call)
                        and isinstance(sub.func, ast.Attribute)
                        and sub.func.attr == "translate"
                        and len(sub.args) >= 2
                        and _literal(sub.args[0]) is not None
                        and _literal(sub.args[1]) is None
                    ):
                        helpers[node.name] = _literal(sub.args[0])
        for sub in ast.walk(tree):  # `t = _tr` inside a function
            if (
                isinstance(sub, ast.Assign)
                and len(sub.targets) == 1
                and isinstance(sub.targets[0], ast.Name)
                and isinstance(sub.value, ast.Name)
                and sub.value.id in helpers
            ):
                helpers[sub.targets[0].id] = helpers[sub.value.id]
        stack: list[tuple[str | None, ast.AST]] = [(None, tree)]
        while stack:
            cls, node = stack.pop()
            for child in ast.iter_child_nodes(node):
                stack.append((child.name if isinstance(child, ast.ClassDef) else cls, child))
                if not isinstance(child, ast.Call) or not child.args:
                    continue
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                where = f"{path.relative_to(UI_DIR)}:{child.lineno}"
                first = _literal(args[0])
                second = _literal(args[1]) if len(args) >= 2 else None
                if name == "translate" and first is not None and second is not None:
                    found.append((first, second, where))
                elif name == "tr" and isinstance(func, ast.Attribute) and cls and first:
                    found.append((cls, first, where))
                elif name in helpers and first is not None:
                    found.append((helpers[name] or "", first, where))
    return found


def test_the_source_scan_finds_texts() -> None:
    texts = {(c, t) for c, t, _ in source_texts()}
    assert ("MainWindow", "&File") in texts
    assert ("areas", "Timeline") in texts  # through the module's _tr helper
    assert len(texts) > 500


def test_every_translatable_text_of_the_ui_is_in_the_catalogue() -> None:
    """Catches texts lupdate missed or that were added after the catalogue was regenerated."""
    known = {(m.context, m.source) for m in messages()}
    missing = sorted(
        {f"{where}: {c}: {t!r}" for c, t, where in source_texts() if (c, t) not in known}
    )
    assert not missing, "run packaging/update_translations.py and translate:\n" + "\n".join(missing)


@pytest.fixture
def german(qapp) -> Iterator[None]:
    installed = install_translators(qapp, QLocale("de_DE"), pseudo=False)
    yield
    remove_translators(qapp, installed)
    assert QCoreApplication.translate("areas", "Timeline") == "Timeline"


def _mnemonic(text: str) -> str | None:
    match = ACCELERATOR.search(text)
    return text[match.end()].lower() if match else None


def _clashes(menu_actions: list, where: str) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in menu_actions:
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        key = _mnemonic(action.text())
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{where}: {seen[key]!r} and {action.text()!r} both use {key!r}")
        seen[key] = action.text()
        if action.menu() is not None:
            clashes += _clashes(action.menu().actions(), f"{where} › {action.text()}")
    return clashes


def test_german_main_window_is_german(qtbot, ctx: AppContext, german: None) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions() if a.text()]
    assert titles[:2] == ["&Datei", "&Bearbeiten"]
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    texts = [a.text() for menu in menus for a in menu.actions() if a.text()]
    assert texts
    english = {"&New Entry…", "&Quit", "&Undo", "&Redo", "&Open Journal…", "&Export…"}
    assert not english & set(texts)


def test_german_menus_have_no_accelerator_clashes(qtbot, ctx: AppContext, german: None) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    clashes = _clashes(window.menuBar().actions(), "menu bar")
    assert not clashes, "\n".join(clashes)


def _widget_texts(widget: QWidget) -> list[str]:
    """The texts in `widget` whose `&` mnemonic moves the focus: buddy labels, buttons, check
    boxes, group boxes and tabs."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [
        button.text()
        for button in widget.findChildren(QAbstractButton)
        # a tool bar's button shows its action without a mnemonic
        if not (isinstance(button, QToolButton) and button.defaultAction() is not None)
    ]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def test_german_dialogs_have_no_accelerator_clashes(qtbot, ctx: AppContext, german: None) -> None:
    import datetime as dt

    today = dt.date(2026, 12, 6)
    dialogs: list[QWidget] = [
        PreferencesDialog(ctx),
        EntryEditor(ctx),
        GoalDialog(today=today),
        MilestoneDialog(journal=ctx.journal, today=today),
        LinkEvidenceDialog(journal=ctx.journal, already=set(), title="Nachweise"),
        ExportDialog(ctx.journal),
    ]
    clashes = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        seen: dict[str, str] = {}
        texts = _widget_texts(dialog)
        assert any(_mnemonic(t) for t in texts), type(dialog).__name__
        for text in texts:
            key = _mnemonic(text)
            if key is not None and key in seen:
                clashes.append(f"{type(dialog).__name__}: {seen[key]!r} and {text!r} use {key!r}")
            if key is not None:
                seen[key] = text
    assert not clashes, "\n".join(clashes)


def test_german_areas_have_no_accelerator_clashes(qtbot, ctx: AppContext, german: None) -> None:
    """Alt+letter in an area reaches one field, and not a menu of the menu bar."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    menus = {
        key: action.text()
        for action in window.menuBar().actions()
        if (key := _mnemonic(action.text())) is not None
    }
    clashes = []
    for area in ["journal", "timeline", "skills", "goals", "insights", "summary", "levels"]:
        window.show_area(area)
        QCoreApplication.processEvents()
        seen = dict(menus)
        for text in _widget_texts(window.stack.currentWidget()):
            key = _mnemonic(text)
            if key is not None and key in seen:
                clashes.append(f"{area}: {seen[key]!r} and {text!r} use {key!r}")
            if key is not None:
                seen[key] = text
    assert not clashes, "\n".join(clashes)
