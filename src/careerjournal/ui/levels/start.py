"""Getting a progression framework into the journal: a published one, or the user's own file.

`choose_published` lists the frameworks that ship with the app (Monzo's, MIT licence, shown on
request) with their levels, topics and criteria; "Use This Framework" imports the chosen one
(or re-imports it, keeping evidence) and makes it the one in use. `import_from_file` imports a
Markdown, YAML or CSV file. Either reports the outcome (`import_report`); a file that cannot be
read is refused with its one-line reason, and nothing changes. Reading a framework takes well
under a second, so it runs here, under a wait cursor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...interchange.errors import ImportProblem
from ...interchange.framework import read_framework
from ...services import ServiceError
from ...services.frameworks import BUNDLED, bundled_files
from ...store import StoreError
from ..context import AppContext
from ..view_parts import secondary
from .import_report import show_outcome

LICENCE_FILE = "LICENSE-monzo-progression-framework"
LAST_FOLDER_KEY = "levels/import_folder"  # where the last framework file was chosen
PATH_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("LevelsStart", text)


@contextmanager
def waiting() -> Iterator[None]:
    """The wait cursor while reading (and importing) a framework."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def licence_path() -> Path:
    """The licence of the bundled frameworks, next to them."""
    files = bundled_files()
    return (files[0].parent if files else BUNDLED) / LICENCE_FILE


class LicenceDialog(QDialog):
    """The bundled frameworks' licence, as it ships with them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("framework_licence")
        self.setWindowTitle(self.tr("Licence of the Published Frameworks"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("framework_licence_text")
        self.text.setReadOnly(True)
        try:
            self.text.setPlainText(licence_path().read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(self.tr("The licence file is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)


class PublishedDialog(QDialog):
    """The published frameworks, one a row: name, levels, topics, criteria, in the journal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levels_published_dialog")
        self.setWindowTitle(self.tr("Use a Published Framework"))
        intro = QLabel(
            self.tr(
                "Choose a published progression framework to measure your progress against: "
                "its levels, and what each level expects, topic by topic."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("levels_published_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Framework"),
                self.tr("Levels"),
                self.tr("Topics"),
                self.tr("Criteria"),
                self.tr("In your journal"),
            ]
        )
        self.list.setAccessibleName(self.tr("Published frameworks"))
        self._fill(ctx)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.source = QLabel(self.tr("Source: Monzo progression framework, MIT licence."), self)
        self.source.setObjectName("levels_published_source")
        secondary(self.source)
        self.licence_button = QPushButton(self.tr("View &Licence…"), self)
        self.licence_button.setObjectName("levels_published_licence")
        self.licence_button.clicked.connect(self.show_licence)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.licence_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use_button = buttons.addButton(
            self.tr("&Use This Framework"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("levels_published_use")
        self.use_button.setDefault(True)
        self.use_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(source_row)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _fill(self, ctx: AppContext) -> None:
        known = {f.name.casefold(): f for f in ctx.journal.frameworks.list()}
        for path in bundled_files():
            try:
                fw = read_framework(path)
            except ImportProblem:
                continue  # not a framework (the folder's README), or damaged: not offered
            counts = [str(len(fw.levels)), str(len(fw.topics)), str(len(fw.criteria))]
            stored = known.get(fw.name.casefold())
            if stored is None:
                status = ""
            elif stored.active:
                status = self.tr("In use")
            else:
                status = self.tr("Imported")
            item = QTreeWidgetItem([fw.name, *counts, status])  # item text is never rich text
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, path.name)
            for column in range(1, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)

    def names(self) -> list[str]:
        """The frameworks offered, in their order."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def chosen(self) -> Path | None:
        """The file of the selected framework (None: none selected)."""
        items = self.list.selectedItems()
        return Path(str(items[0].data(0, PATH_ROLE))) if items else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def show_licence(self) -> None:
        LicenceDialog(self).exec()

    def _selection_changed(self) -> None:
        self.use_button.setEnabled(self.chosen() is not None)


def show_problem(parent: QWidget | None, message: str) -> None:
    """A file that could not be imported: its one-line reason; nothing changed."""
    box = QMessageBox(parent)
    box.setObjectName("framework_import_problem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Framework Not Imported"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # names the file, quotes from it
    box.setText(message)
    box.setInformativeText(_tr("Nothing was changed."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def import_path(ctx: AppContext, parent: QWidget | None, path: Path, *, use: bool) -> None:
    """Import (or re-import) the framework in `path` and report it; `use`: make it the one in
    use. A file that cannot be imported is refused with its reason."""
    frameworks = ctx.journal.frameworks
    try:
        with waiting():
            outcome = frameworks.import_file(path)
            if use and not outcome.framework.active:
                outcome = replace(outcome, framework=frameworks.use(outcome.framework.id))
            active = frameworks.active()
    except (ServiceError, StoreError) as exc:  # ImportProblem too: the file's problem, one line
        show_problem(parent, str(exc))
        return
    show_outcome(outcome, parent, active)


def choose_published(ctx: AppContext, parent: QWidget | None) -> None:
    """Offer the published frameworks; import the chosen one and make it the one in use."""
    with waiting():
        dialog = PublishedDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = dialog.chosen()
    if path is not None:
        import_path(ctx, parent, path, use=True)


def import_from_file(ctx: AppContext, parent: QWidget | None) -> None:
    """Ask for a framework file (Markdown, YAML or CSV), import it and report the outcome."""
    folder = ctx.settings.value(LAST_FOLDER_KEY, "")
    start = str(folder) if isinstance(folder, str) and folder else str(Path.home())
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a Progression Framework"),
        start,
        _tr("Progression frameworks (*.md *.yaml *.yml *.csv);;All files (*)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    ctx.settings.set_value(LAST_FOLDER_KEY, str(path.parent))
    import_path(ctx, parent, path, use=False)


__all__ = [
    "LicenceDialog",
    "PublishedDialog",
    "choose_published",
    "import_from_file",
    "import_path",
    "licence_path",
    "show_problem",
]
