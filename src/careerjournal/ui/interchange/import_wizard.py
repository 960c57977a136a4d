"""File > Import: choose a file, see exactly what it would add, then import it in one step.

Reading and checking the file runs on a worker thread (a big LinkedIn archive takes a moment);
the preview and the import itself talk to the journal on the window's thread. Nothing is written
until the last page's Import button, and then all of it or nothing, after a backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...errors import CareerJournalError
from ...interchange.jobs import FORMAT_NAMES, PreparedImport, apply, prepare, preview
from ...interchange.plan import ImportResult
from ...services import Journal, ServiceError
from ..view_parts import secondary


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def row_labels() -> dict[str, str]:
    """What an import's counts are of (keys of `ImportResult.added`), in display order.

    Literals in `_tr()` calls, so the catalogue has them (lupdate cannot see `tr(variable)`)."""
    return {
        "roles": _tr("Roles"),
        "entries": _tr("Entries"),
        "bands": _tr("Skill bands"),
        "skills": _tr("Skills"),
        "assessments": _tr("Skill levels"),
        "goals": _tr("Goals"),
        "milestones": _tr("Milestones"),
        "reviews": _tr("Reviews"),
        "frameworks": _tr("Progression frameworks"),
        "criterion_assessments": _tr("Criterion assessments"),
        "criterion_evidence": _tr("Criterion evidence links"),
        "role_levels": _tr("Role levels"),
    }


def format_name(key: str) -> str:
    """An import format's name (a key of `FORMAT_NAMES`) in the user's language."""
    names = {
        "backup": _tr("Career Journal backup"),
        "jsonresume": _tr("JSON Resume"),
        "linkedin": _tr("LinkedIn data export"),
        "jrnl": _tr("jrnl journal (JSON export)"),
        "dayone": _tr("Day One journal (JSON export)"),
    }
    return names.get(key, FORMAT_NAMES.get(key, key))


def import_summary(result: ImportResult) -> str:
    """One line for the status bar once an import is written: how many of what, from where.

    (`ImportResult.lines()` is the CLI's English.)"""
    labels = row_labels()
    counts = " · ".join(f"{labels.get(key, key)}: {n}" for key, n in result.added.items() if n)
    text = _tr("Imported from %1 — %2") if counts else _tr("Nothing imported from %1.")
    return text.replace("%2", counts).replace("%1", result.plan.source)


class _Reader(QObject):
    """Runs `prepare` on a worker thread."""

    done = Signal(object)  # PreparedImport
    failed = Signal(str)

    def __init__(self, path: Path, fmt: str, journal: Journal):
        super().__init__()
        self._path, self._fmt = path, fmt
        self._scale = journal.profile.get().skill_scale  # read here, on the window's thread

    def run(self) -> None:
        try:
            self.done.emit(prepare(self._path, self._fmt, self._scale))
        except (ServiceError, OSError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a reader bug must not end the app or hang the wizard
            self.failed.emit(f"{self._path.name}: could not be read ({type(exc).__name__}: {exc})")


class ChooseFilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(
            self.tr(
                "A Career Journal backup, a JSON Resume file, your LinkedIn data export "
                "(the downloaded .zip, or the folder of its CSV files), or a journal exported "
                "from jrnl or Day One as JSON."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("File or folder"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&File…"))
        browse.clicked.connect(self._browse_file)
        folder = QPushButton(self.tr("F&older…"))
        folder.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(folder)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("import_format")
        self.format_combo.addItem(self.tr("Detect from the file"), "auto")
        for key in FORMAT_NAMES:
            self.format_combo.addItem(format_name(key), key)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Import from:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        note = QLabel(
            self.tr(
                "Nothing is written until you confirm on the last page. Entries, roles and skills "
                "already in the journal are recognised and skipped, so importing a file twice "
                "adds nothing the second time."
            )
        )
        note.setWordWrap(True)
        secondary(note)
        form.addRow(note)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and self.path().exists()

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            str(self.path().parent) if self.path_edit.text() else "",
            self.tr(
                "Backups, résumés, LinkedIn exports and journals (*.json *.zip);;All files (*)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("LinkedIn export folder"))
        if path:
            self.path_edit.setText(path)


class PreviewPage(QWizardPage):
    def __init__(self, journal: Journal, choose: ChooseFilePage, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal = journal
        self._choose = choose
        self.setTitle(self.tr("What this import adds"))
        self.prepared: PreparedImport | None = None
        self.result: ImportResult | None = None
        self._thread: QThread | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading has no known length
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("import_status")
        # File names and messages quoting the file's text: shown as text, never as HTML.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QStandardItemModel(0, 3, self)
        self.counts.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("New"), self.tr("Already in the journal")]
        )
        self.table = QTableView()
        self.table.setObjectName("import_counts")
        self.table.setModel(self.counts)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.notes = QLabel()
        self.notes.setObjectName("import_notes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        self.prepared, self.result = None, None
        self.counts.removeRows(0, self.counts.rowCount())
        self.notes.clear()
        self.progress.show()
        self.status.setText(self.tr("Reading %s…") % self._choose.path().name)
        self.completeChanged.emit()
        self._start(self._choose.path(), self._choose.fmt())

    def _start(self, path: Path, fmt: str) -> None:
        thread = QThread(self)
        reader = _Reader(path, fmt, self._journal)
        reader.moveToThread(thread)
        thread.started.connect(reader.run)
        reader.done.connect(self._on_read)
        reader.failed.connect(self._on_failed)
        # quit() is thread-safe: call it from the worker directly, so a caller waiting on the
        # thread (wait_until_read) is not waiting for its own event loop.
        reader.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        reader.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(reader.deleteLater)
        self._reader = reader  # keep it alive while the thread runs
        self._thread = thread
        thread.start()

    def wait_until_read(self, timeout_ms: int = 30_000) -> None:
        """Block until the reader is done (tests and the offscreen run use this)."""
        if self._thread is not None:
            self._thread.wait(timeout_ms)
            QApplication.processEvents()

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("This file cannot be imported.\n\n%s") % message)
        self.completeChanged.emit()

    def _on_read(self, prepared: PreparedImport) -> None:
        self.progress.hide()
        try:
            result = preview(self._journal, prepared)
        except CareerJournalError as exc:
            self._on_failed(str(exc))
            return
        self.prepared, self.result = prepared, result
        for key, label in row_labels().items():
            new, old = result.added.get(key, 0), result.duplicates.get(key, 0)
            if new or old:
                row = [
                    QStandardItem(label),
                    QStandardItem(str(new)),
                    QStandardItem(str(old)),
                ]
                for item in row[1:]:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.counts.appendRow(row)
        if any(result.added.values()):
            text = self.tr(
                "%s · %s. Press Import to add the new items in one step; a backup of the "
                "journal is made first."
            )
            self.status.setText(text % (format_name(prepared.format), prepared.path.name))
        else:
            self.status.setText(
                self.tr("%s · %s. Nothing new: everything in it is already in the journal.")
                % (format_name(prepared.format), prepared.path.name)
            )
        notes = list(result.plan.notes) if result.plan is not None else []
        self.notes.setText("\n".join(f"• {n}" for n in notes))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None and any(self.result.added.values())


class ImportWizard(QWizard):
    """Emits `imported` with the ImportResult once the import is written."""

    imported = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None, *, path: str = ""):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self._journal = journal
        self.choose = ChooseFilePage()
        self.preview_page = PreviewPage(journal, self.choose)
        self.addPage(self.choose)
        self.addPage(self.preview_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.outcome: ImportResult | None = None
        self.error = ""
        if path:
            self.choose.path_edit.setText(path)
        self.resize(620, 460)

    def accept(self) -> None:
        prepared = self.preview_page.prepared
        if prepared is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = apply(self._journal, prepared)
        except CareerJournalError as exc:
            self.error = str(exc)
            self.preview_page.status.setText(self.tr("Nothing was imported.\n\n%s") % exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.imported.emit(self.outcome)
        super().accept()
