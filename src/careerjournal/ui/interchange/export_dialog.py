"""File > Export: the whole journal as a backup, a JSON Resume, a Markdown brag document or CSV."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import CareerJournalError
from ...fileio import write_text_atomic
from ...services import Journal
from ..protection.notices import exports_are_plain_notice, journal_is_encrypted
from ..settings import AppSettings
from ..view_parts import secondary


def _backup(journal: Journal) -> str:
    from ...interchange.backup_format import export_backup

    return json.dumps(export_backup(journal), ensure_ascii=False, indent=2) + "\n"


def _resume(journal: Journal) -> str:
    from ...interchange.jsonresume import export_resume

    return json.dumps(export_resume(journal), ensure_ascii=False, indent=2) + "\n"


def _markdown(journal: Journal) -> str:
    from ...interchange.textexport import markdown_export

    return markdown_export(journal)


def _csv(journal: Journal) -> str:
    from ...interchange.textexport import csv_export

    return csv_export(journal)


#: key: (file suffix, writer); the order is the dialog's.
FORMATS: dict[str, tuple[str, Callable[[Journal], str]]] = {
    "backup": ("json", _backup),
    "jsonresume": ("json", _resume),
    "markdown": ("md", _markdown),
    "csv": ("csv", _csv),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def format_words(key: str) -> tuple[str, str, str]:
    """A format's (label, explanation, file filter) in the user's language.

    Each is a literal in a `_tr()` call, so the catalogue has it (a `tr()` of a variable is
    invisible to lupdate and stays English in every language)."""
    return {
        "backup": (
            _tr("Full backup (JSON)"),
            _tr(
                "Everything: profile, roles, entries with tags and links, skills and their "
                "history, goals, milestones and reviews, and the trash. Import it into any journal."
            ),
            _tr("Career Journal backup (*.json)"),
        ),
        "jsonresume": (
            _tr("JSON Resume"),
            _tr(
                "A résumé in the jsonresume.org standard: your roles, starred entries, skills, "
                "certifications and awards."
            ),
            _tr("JSON Resume (*.json)"),
        ),
        "markdown": (
            _tr("Markdown brag document"),
            _tr("Every entry grouped by period and kind, starred first, with measurable results."),
            _tr("Markdown (*.md)"),
        ),
        "csv": (
            _tr("CSV (one row per entry)"),
            _tr("For spreadsheets. Cells that start like a formula are quoted so they stay text."),
            _tr("CSV (*.csv)"),
        ),
    }[key]


class ExportDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self._journal = journal
        # Where "exports are plain" is remembered: given, or the window's (its `ctx.settings`).
        window_settings = getattr(getattr(parent, "ctx", None), "settings", None)
        self._settings = settings or window_settings or AppSettings()
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export the whole journal as:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(FORMATS):
            label, explanation, _filter = format_words(key)
            button = QRadioButton(label)
            button.setObjectName(f"export_{key}")
            button.setChecked(i == 0)
            self.group.addButton(button, i)
            self.buttons[key] = button
            note = QLabel(explanation)
            note.setWordWrap(True)
            secondary(note)
            note.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(button)
            layout.addWidget(note)
        self.error = QLabel()
        self.error.setObjectName("export_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may quote a path
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text);")
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        box.accepted.connect(self._choose_file)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def _choose_file(self) -> None:
        encrypted = journal_is_encrypted(self._journal)
        if not exports_are_plain_notice(self, self._settings, encrypted):
            return
        key = self.chosen()
        suffix = FORMATS[key][0]
        file_filter = format_words(key)[2]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"career-journal-{key}-{dt.date.today().isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(folder) / name), file_filter
        )
        if path:
            self.export_to(key, Path(path))

    def export_to(self, key: str, path: Path) -> Path | None:
        """Write the export; on failure say why in the dialog and keep it open."""
        suffix = FORMATS[key][0]
        if path.suffix.lower() != f".{suffix}":
            path = path.with_suffix(f".{suffix}")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = FORMATS[key][1](self._journal)
            self.written = write_text_atomic(path, text)
        except (OSError, CareerJournalError) as exc:
            self.error.setText(self.tr("Not exported: %s") % exc)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
        return self.written
