"""Loading translations: Qt's own, ours (`resources/translations/careerjournal_<lang>.qm`) and a
pseudo-locale that lengthens every string to check layouts.

`CAREERJOURNAL_PSEUDO_LOCALE=1 careerjournal` shows every text as e.g. "[Ĵöúŕñåļ···]": about 40 %
longer, accented, bracketed so clipped text shows, with placeholders, `&` mnemonics and HTML tags
kept. Regenerate the catalogue with `python packaging/update_translations.py`.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ENV_PSEUDO_LOCALE = "CAREERJOURNAL_PSEUDO_LOCALE"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOGUE = "careerjournal"
# English is the source language; this catalogue only holds the singular/plural forms of its
# `tr("%n entries", "", n)` messages, so "1 entry" reads right in English and as a fallback.
SOURCE_PLURALS = TRANSLATIONS_DIR / f"{CATALOGUE}_en.qm"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥíĵķļɱñöþǫŕšţúṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÚṼŴẊÝŽ",
)
# Kept as they are: HTML tags and entities, printf/Qt placeholders, `&&` and `&X` mnemonics.
_KEEP = re.compile(
    r"<[^<>]+>"
    r"|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);"
    r"|%(?:\([A-Za-z_]\w*\))?[-+ #0]*\d*(?:\.\d+)?[sdifgeExXorc%]"
    r"|%L?\d+|%L?n"
    r"|&&|&."
    r"|\{[A-Za-z_]?\w*(?::[^{}]*)?\}"
)
# Qt parses these contexts' translations (key names), so they must stay as they are.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})


def pseudo_localize(text: str) -> str:
    """`text` accented, padded to ~140 % and bracketed; markup and placeholders left intact."""
    if not text:
        return text
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTED))
    padding = "·" * max(1, math.ceil(len(text) * 0.4))
    return "[" + "".join(parts) + padding + "]"


class PseudoTranslator(QTranslator):
    """A translator that pseudo-localizes every string it is asked for."""

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context in _UNTOUCHED_CONTEXTS:
            return sourceText
        return pseudo_localize(sourceText)

    def isEmpty(self) -> bool:
        return False


def pseudo_locale_requested() -> bool:
    return os.environ.get(ENV_PSEUDO_LOCALE, "").strip().lower() in {"1", "true", "yes", "on"}


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, *, pseudo: bool | None = None
) -> list[QTranslator]:
    """Install Qt's and our translations for `locale` (default: the system's) on `app`.

    With the pseudo-locale (`pseudo`, default from CAREERJOURNAL_PSEUDO_LOCALE) every string is
    pseudo-localized instead of ours. The translators are parented to `app` and also kept on it
    as `app.cj_translators`, so they live as long as it does.
    """
    locale = locale if locale is not None else QLocale.system()
    pseudo = pseudo_locale_requested() if pseudo is None else pseudo
    installed: list[QTranslator] = []

    def install(translator: QTranslator) -> None:
        app.installTranslator(translator)
        installed.append(translator)

    # Installed first, so it is asked last: any other catalogue's translation wins over it.
    plurals = QTranslator(app)
    if not pseudo and plurals.load(str(SOURCE_PLURALS)):
        install(plurals)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_dir and qt_translator.load(locale, "qtbase", "_", qt_dir):
        install(qt_translator)
    ours = QTranslator(app)
    if (
        not pseudo
        and locale.language() != QLocale.Language.English
        and ours.load(locale, CATALOGUE, "_", str(TRANSLATIONS_DIR))
    ):
        install(ours)
    if pseudo:
        install(PseudoTranslator(app))
    kept = list(getattr(app, "cj_translators", [])) + installed
    app.cj_translators = kept  # type: ignore[attr-defined]
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests switch languages back)."""
    for translator in translators:
        app.removeTranslator(translator)
    kept = [t for t in getattr(app, "cj_translators", []) if t not in translators]
    app.cj_translators = kept  # type: ignore[attr-defined]
