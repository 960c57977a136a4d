"""The main window's status bar: how many entries there are, which journal, the last backup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from .formatting import format_datetime


def _status_label(name: str, text: str = "") -> QLabel:
    """A status bar part: plain text (it may show a file name), a little room either side."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(4, 0, 8, 0)
    return label


class StatusParts(QObject):
    """The three labels of the status bar and how each is worded."""

    def __init__(self, status: QStatusBar, journal_name: str, *, file_backups: bool):
        super().__init__(status)
        self._file_backups = file_backups
        self.count_label = _status_label("status_count")
        self.file_label = _status_label("status_file", journal_name)
        self.file_label.setToolTip(self.tr("The journal this window shows"))
        self.backup_label = _status_label("status_backup")
        status.addWidget(self.count_label)
        status.addWidget(self.file_label, 1)
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
