"""The main window's status bar: how many entries there are, which journal, the last backup,
and a rescan for evidence while it runs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ..domain import HarvestSource
from .formatting import enum_label, format_datetime

if TYPE_CHECKING:
    from ..services.inbox import StoreResult

_PLACE = re.compile(r"%([123])")
RESULT_MS = 15_000  # how long a rescan's outcome stays in the status bar


def _status_label(name: str, text: str = "") -> QLabel:
    """A status bar part: plain text (it may show a file name), a little room either side."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(4, 0, 8, 0)
    return label


def rescan_summary(results: Sequence[StoreResult]) -> str:
    """ "Found 12 new suggestions", or "No new suggestions"; and how many places were skipped."""
    added = sum(result.added for result in results)
    skipped = sum(len(result.skipped) for result in results)
    if added:
        text = QCoreApplication.translate("StatusParts", "Found %Ln new suggestions", "", added)
    else:
        text = QCoreApplication.translate("StatusParts", "No new suggestions")
    if skipped:
        text += " " + QCoreApplication.translate(
            "StatusParts", "(%Ln places could not be read)", "", skipped
        )
    return text


class StatusParts(QObject):
    """The three labels of the status bar and how each is worded; a progress bar during a
    rescan."""

    def __init__(self, status: QStatusBar, journal_name: str, *, file_backups: bool):
        super().__init__(status)
        self._status = status
        self._file_backups = file_backups
        self.count_label = _status_label("status_count")
        self.file_label = _status_label("status_file", journal_name)
        self.file_label.setToolTip(self.tr("The journal this window shows"))
        self.backup_label = _status_label("status_backup")
        status.addWidget(self.count_label)
        status.addWidget(self.file_label, 1)
        self.progress_label = _status_label("status_rescan")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("status_rescan_progress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(120)
        self.progress_bar.setMaximumHeight(self.count_label.sizeHint().height())
        for part in (self.progress_label, self.progress_bar):
            part.hide()
            status.addPermanentWidget(part)
        status.addPermanentWidget(self.backup_label)

    def show_count(self, total: int, shown: int, *, trash: bool, filtered: bool) -> None:
        """ "1,500 entries", "37 of 1,500 entries" when filtered, "4 in the trash" there."""
        if trash:
            text = self.tr("%Ln in the trash", "", shown)
        elif filtered and shown != total:
            text = self.tr("%1 of %Ln entries", "", total).replace(
                "%1", self.count_label.locale().toString(shown)
            )
        else:
            text = self.tr("%Ln entries", "", total)
        self.count_label.setText(text)

    def show_last_backup(self, when: dt.datetime | None) -> None:
        if not self._file_backups:
            self.backup_label.setText(self.tr("Backups: use your database's own tools"))
        elif when is None:
            self.backup_label.setText(self.tr("Not backed up yet"))
        else:
            self.backup_label.setText(self.tr("Last backup %s") % format_datetime(when))

    def show_progress(self, done: int, total: int, what: str) -> None:
        """A rescan is reading source `what` (a `HarvestSource` value), the `done`th (from 1)
        of `total`; the ones before it are done:
        "Looking for evidence: Git (1 of 3)…" and a bar."""
        try:
            source = enum_label(HarvestSource(what))
        except ValueError:  # not a source: no name rather than a failure
            source = "?"
        number = self.progress_label.locale().toString
        text = self.tr("Looking for evidence: %1 (%2 of %3)…")
        values = {"1": source, "2": number(done), "3": number(total)}
        self.progress_label.setText(_PLACE.sub(lambda m: values[m.group(1)], text))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(max(0, min(done - 1, total)))
        self.progress_bar.setAccessibleName(self.progress_label.text())
        self.progress_label.show()
        self.progress_bar.show()

    def finish_progress(self, results: Sequence[StoreResult]) -> None:
        """The rescan ended: hide the bar, say for a while what it found."""
        self._hide_progress()
        self._status.showMessage(rescan_summary(results), RESULT_MS)

    def fail_progress(self, message: str) -> None:
        """The rescan stopped on an error: hide the bar, show why (already worded)."""
        self._hide_progress()
        self._status.showMessage(message, RESULT_MS)

    def _hide_progress(self) -> None:
        self.progress_label.hide()
        self.progress_bar.hide()
        self.progress_label.clear()
