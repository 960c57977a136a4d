"""Translations: the German catalogue compiles and loads, the pseudo-locale lengthens strings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.translations import (
    TRANSLATIONS_DIR,
    PseudoTranslator,
    install_translators,
    pseudo_localize,
    remove_translators,
)

TS = TRANSLATIONS_DIR / "careerjournal_de.ts"
QM = TRANSLATIONS_DIR / "careerjournal_de.qm"


def translated_messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) for every finished, singular message in the .ts."""
    found = []
    for ctx in ET.parse(TS).getroot().findall("context"):
        for message in ctx.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            if message.get("numerus") == "yes":
                continue
            found.append(
                (
                    ctx.findtext("name") or "",
                    message.findtext("source") or "",
                    translation.text or "",
                )
            )
    return found


@pytest.fixture
def installed(qapp) -> Iterator[list[QTranslator]]:
    """Translators a test installs; removed afterwards so other tests see English."""
    translators: list[QTranslator] = []
    yield translators
    remove_translators(qapp, translators)
    assert QCoreApplication.translate("areas", "Timeline") == "Timeline"


def test_catalogue_exists_and_qm_matches_ts() -> None:
    assert TS.exists()
    assert QM.exists()
    messages = translated_messages()
    assert len(messages) >= 5
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation in messages:
        assert translator.translate(context, source) == translation, (context, source)


def test_german_is_loaded_for_de_locale(qapp, installed: list[QTranslator]) -> None:
    installed += install_translators(qapp, QLocale("de_DE"), pseudo=False)
    assert installed
    assert QCoreApplication.translate("areas", "Timeline") == "Zeitleiste"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("areas", "no such text") == "no such text"


def test_english_locale_installs_no_catalogue_of_ours(qapp, installed: list[QTranslator]) -> None:
    installed += install_translators(qapp, QLocale("en_US"), pseudo=False)
    assert QCoreApplication.translate("areas", "Timeline") == "Timeline"


def test_pseudo_localize_lengthens_and_keeps_markup() -> None:
    text = pseudo_localize("Journal")
    assert text.startswith("[")
    assert text.endswith("]")
    assert len(text) >= len("Journal") * 1.4
    assert "Journal" not in text
    assert "Ĵ" in text
    assert pseudo_localize("") == ""

    for placeholder in ["%s", "%d", "%n", "%1", "%L1", "%(count)d", "{name}"]:
        assert placeholder in pseudo_localize(f"Saved {placeholder} entries"), placeholder
    assert "&F" in pseudo_localize("&File")
    assert "&&" in pseudo_localize("Tom && Jerry")
    rich = pseudo_localize('<b>Bold</b> and <a href="https://x.org/a">link</a> &amp; more')
    for tag in ["<b>", "</b>", '<a href="https://x.org/a">', "</a>", "&amp;"]:
        assert tag in rich, tag


def test_pseudo_translator_translates_everything_but_key_names() -> None:
    translator = PseudoTranslator()
    assert not translator.isEmpty()
    assert translator.translate("Anything", "Goals") == pseudo_localize("Goals")
    assert translator.translate("QShortcut", "Ctrl") == "Ctrl"


def test_environment_switch_installs_pseudo_locale(
    qapp, installed: list[QTranslator], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERJOURNAL_PSEUDO_LOCALE", "1")
    installed += install_translators(qapp, QLocale("de_DE"))
    assert any(isinstance(t, PseudoTranslator) for t in installed)
    assert QCoreApplication.translate("areas", "Timeline") == pseudo_localize("Timeline")
    assert QCoreApplication.translate("x", "%n entries", None, 3).startswith("[3 ")


def test_main_window_under_pseudo_locale_has_long_menu_titles(
    qtbot, qapp, ctx: AppContext, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, pseudo=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions() if a.text()]
    assert pseudo_localize("&File") in titles
    assert pseudo_localize("&Help") in titles
    for title in titles:
        assert title.startswith("[")
        assert title.endswith("]")
        assert "&" in title  # mnemonics survive
