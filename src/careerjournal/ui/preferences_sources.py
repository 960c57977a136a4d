"""Preferences › Sources: where a rescan looks for evidence, who "you" are there, and a rescan.

The places are kept on this computer (`AppSettings.sources`): they are paths of this machine,
so they do not travel with the journal file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelection, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..harvest.sources import NOTES_PATTERNS, SourceConfig, valid_pattern
from .context import AppContext
from .status_parts import rescan_summary
from .view_parts import secondary

_AUTHOR_SEPARATORS = re.compile(r"[,;\n]")


class _PlaceView(QListView):
    """A list of places where Delete (Backspace on a Mac keyboard) removes the selected ones."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or (
            event.key() == Qt.Key.Key_Backspace and not event.modifiers()
        ):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PlaceList(QWidget):
    """A list of folders or files with Add… (a file dialog) and Remove (or the Delete key)."""

    def __init__(
        self,
        name: str,
        places: tuple[str, ...],
        *,
        title: str,
        name_filter: str = "",
        parent: QWidget | None = None,
    ):
        """`title` is the file dialog's; without `name_filter` the places are folders."""
        super().__init__(parent)
        self._title, self._filter = title, name_filter
        self.model = QStringListModel(list(places), self)
        self.view = _PlaceView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setMaximumHeight(self.view.fontMetrics().height() * 5)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.delete_pressed.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addLayout(buttons)

    def set_accessible(self, what: str) -> None:
        """Names for screen readers: the list, and its buttons (whose text says only "Add…")."""
        self.view.setAccessibleName(what)
        self.add_button.setAccessibleName(self.tr("Add to %s") % what)
        self.remove_button.setAccessibleName(self.tr("Remove from %s") % what)

    def places(self) -> tuple[str, ...]:
        return tuple(self.model.stringList())

    def add(self, paths: list[str]) -> None:
        """Add paths not in the list yet (in the order given)."""
        known = self.model.stringList()
        known += [p for p in dict.fromkeys(paths) if p and p not in known]
        self.model.setStringList(known)

    def choose(self) -> None:
        """Add… : a folder, or several files, chosen in the file dialog."""
        current = self.model.stringList()
        start = str(Path(current[-1]).parent) if current else str(Path.home())
        if self._filter:
            chosen, _ = QFileDialog.getOpenFileNames(self, self._title, start, self._filter)
        else:
            folder = QFileDialog.getExistingDirectory(self, self._title, start)
            chosen = [folder] if folder else []
        self.add([str(Path(path)) for path in chosen])

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)

    def _selection_changed(self, *_: QItemSelection) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())


class SourcesPage(QWidget):
    """The Sources tab: the places of each source, the user's names, and Rescan Now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pref_sources")
        self._ctx = ctx
        config = ctx.settings.sources
        self._build_lists(config)
        self.authors = QLineEdit(", ".join(config.authors))
        self.authors.setObjectName("pref_authors")
        self.authors.setPlaceholderText(self.tr("Your emails and names, comma-separated"))
        authors_hint = QLabel(
            self.tr(
                "Commits, issues and pull requests by any of these count as yours: add your "
                "work and personal addresses, your name as git shows it, and your Jira and "
                "GitHub user names."
            )
        )
        authors_hint.setWordWrap(True)
        secondary(authors_hint)
        self.pattern = QComboBox()
        self.pattern.setObjectName("pref_notes_pattern")
        self.pattern.setEditable(True)
        self.pattern.addItems(list(NOTES_PATTERNS))
        self.pattern.setCurrentText(config.notes_pattern)
        self.pattern.setToolTip(self.tr("How daily notes' file names write the date"))
        self.rescan_on_start = QCheckBox(self.tr("Rescan w&hen the app starts"))
        self.rescan_on_start.setObjectName("pref_rescan_on_start")
        self.rescan_on_start.setChecked(config.rescan_on_start)
        self.rescan_now = QPushButton(self.tr("Rescan N&ow"))
        self.rescan_now.setObjectName("pref_rescan_now")
        self.rescan_now.clicked.connect(self.start_rescan)
        self.state = QLabel()
        self.state.setObjectName("pref_rescan_state")
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # may name a file
        self.state.setWordWrap(True)
        secondary(self.state)
        self._lay_out(authors_hint)
        rescanner = ctx.rescanner
        rescanner.started.connect(self._started)
        rescanner.finished.connect(self._finished)
        rescanner.failed.connect(self._failed)
        self._show_running(rescanner.running)
        if ctx.journal.store.read_only:
            self.rescan_now.setEnabled(False)
            self.state.setText(self.tr("This journal is read-only: no evidence is added to it."))

    def _build_lists(self, config: SourceConfig) -> None:
        self.git_folders = PlaceList(
            "pref_git_folders", config.git_folders, title=self.tr("Add a Git Repository Folder")
        )
        self.calendar_files = PlaceList(
            "pref_calendar_files",
            config.calendar_files,
            title=self.tr("Add Calendar Files"),
            name_filter=self.tr("Calendars (*.ics);;All files (*)"),
        )
        self.jira_files = PlaceList(
            "pref_jira_files",
            config.jira_files,
            title=self.tr("Add Jira CSV Exports"),
            name_filter=self.tr("Jira CSV exports (*.csv);;All files (*)"),
        )
        self.github_files = PlaceList(
            "pref_github_files",
            config.github_files,
            title=self.tr("Add GitHub or GitLab Exports"),
            name_filter=self.tr("GitHub or GitLab JSON (*.json);;All files (*)"),
        )
        self.notes_folders = PlaceList(
            "pref_notes_folders", config.notes_folders, title=self.tr("Add a Notes Folder")
        )

    def _lay_out(self, authors_hint: QLabel) -> None:
        form = QFormLayout()
        rows = (
            (self.tr("Git fo&lders:"), self.git_folders),
            (self.tr("&Calendar files:"), self.calendar_files),
            (self.tr("J&ira CSV files:"), self.jira_files),
            (self.tr("GitHub/GitLab &pull requests:"), self.github_files),
            (self.tr("&Notes folders:"), self.notes_folders),
        )
        for text, places in rows:
            label = QLabel(text)
            label.setBuddy(places.view)
            places.set_accessible(text.replace("&", "").rstrip(":"))
            form.addRow(label, places)
        pattern_label = QLabel(self.tr("Dat&e format in notes:"))
        pattern_label.setBuddy(self.pattern)
        form.addRow(pattern_label, self.pattern)
        authors_label = QLabel(self.tr("Your e&mails and names:"))
        authors_label.setBuddy(self.authors)
        form.addRow(authors_label, self.authors)
        form.addRow("", authors_hint)
        rescan_row = QHBoxLayout()
        rescan_row.addWidget(self.rescan_on_start)
        rescan_row.addStretch(1)
        rescan_row.addWidget(self.rescan_now)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(rescan_row)
        layout.addWidget(self.state)
        layout.addStretch(1)

    def config(self) -> SourceConfig:
        """The sources as set on the page."""
        authors = (a.strip() for a in _AUTHOR_SEPARATORS.split(self.authors.text()))
        return SourceConfig.from_json(
            {
                "git_folders": list(self.git_folders.places()),
                "authors": [a for a in authors if a],
                "calendar_files": list(self.calendar_files.places()),
                "jira_files": list(self.jira_files.places()),
                "github_files": list(self.github_files.places()),
                "notes_folders": list(self.notes_folders.places()),
                "notes_pattern": self.pattern.currentText().strip(),
                "rescan_on_start": self.rescan_on_start.isChecked(),
            }
        )

    def problem(self) -> str | None:
        """What keeps the page from being saved, worded for the user (None: nothing)."""
        pattern = self.pattern.currentText().strip()
        if valid_pattern(pattern):
            return None
        return (
            self.tr(
                "Date format in notes: “%s” needs YYYY, MM and DD (the year, month and day), "
                "as in YYYY-MM-DD."
            )
            % pattern
        )

    def save(self) -> None:
        """Keep the page's sources in the settings (call `problem()` first)."""
        self._ctx.settings.sources = self.config()

    def start_rescan(self) -> None:
        """Rescan Now: save the sources, then look for evidence in the background."""
        problem = self.problem()
        if problem is not None:
            self.state.setText(problem)
            self.pattern.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.save()
        if not self._ctx.rescanner.start() and not self._ctx.rescanner.running:
            self.state.setText(self.tr("Add a folder or file to look in first."))

    def _show_running(self, running: bool) -> None:
        self.rescan_now.setEnabled(not running and not self._ctx.journal.store.read_only)
        if running:
            self.state.setText(self.tr("Looking for evidence… The status bar shows how far."))

    def _started(self) -> None:
        self._show_running(True)

    def _finished(self, results: object) -> None:
        self._show_running(False)
        self.state.setText(rescan_summary(results))  # type: ignore[arg-type]

    def _failed(self, message: str) -> None:
        self._show_running(False)
        self.state.setText(message)
