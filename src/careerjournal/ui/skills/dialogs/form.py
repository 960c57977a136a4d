"""What the dialogs of the Skills and Goals areas share: the OK/Cancel frame with its inline
errors and conflict handling (`_FormDialog`), and small builders of form rows."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....services import ConflictError, NotFoundError, ServiceError, ValidationError
from ....store import StoreError
from ...conflict_dialog import ConflictDialog, ConflictRow, Resolution
from ...editor.common import ErrorLabel
from ...record_conflicts import ask, deleted_message
from ...view_parts import secondary

#: Longest band or skill name (the services' limit).
NAME_LIMIT = 120
Commit = Callable[[Any], None]


def _clean_name(text: str) -> str:
    return " ".join(text.split())


def level_text(level: int, names: Sequence[str]) -> str:
    """`3 · Competent` (just the number when the level is outside `names`)."""
    if 1 <= level <= len(names):
        return f"{level} · {names[level - 1]}"
    return str(level)


def _muted(label: QLabel) -> QLabel:
    return secondary(label)  # quieter, yet readable (a disabled label is not)


def _field_box(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A field with what goes under it (its error label, a note), tightly stacked."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def _text_edit(parent: QWidget, name: str, lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab leaves the field; it is not a place for tab characters
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return edit


class _FormDialog(QDialog):
    """OK/Cancel, Ctrl+Enter, a hint line and a general error line shared by the dialogs."""

    def __init__(self, parent: QWidget | None, ok_text: str, commit: Commit | None = None):
        super().__init__(parent)
        self._commit = commit
        self.form_error = ErrorLabel("form", self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(self.tr("%s (Ctrl+Enter)") % ok_text)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.hint = _muted(QLabel(self.tr("%s saves · Esc cancels") % keys, self))
        self.hint.setObjectName("hint")
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._accept_by_key)

    def _finish_layout(self, form: QFormLayout, *extra: QWidget) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.form_error)
        layout.addSpacing(4)
        layout.addLayout(bottom)

    def _chain(self, *widgets: QWidget) -> None:
        """Tab goes down the form as it looks, then to OK and Cancel."""
        for before, after in itertools.pairwise([*widgets, self.ok_button, self.cancel_button]):
            QWidget.setTabOrder(before, after)

    def _accept_by_key(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def _field_errors(self) -> dict[str, ErrorLabel]:
        """Inline labels by the `field` a service's ValidationError names."""
        return {}

    def show_error(self, error: ServiceError | StoreError | str) -> None:
        """Show a refused save inline: under its field when the error names one we show."""
        if isinstance(error, ValidationError):
            label = self._field_errors().get(error.field)
            if label is not None:
                label.show_message(error.message)
                return
        self.form_error.show_message(str(error))

    def _run_commit(self, values: object) -> bool:
        """Call `commit` (if any); False, with the error shown, when it refused."""
        self.form_error.clear_message()
        if self._commit is None:
            return True
        try:
            self._commit(values)
        except ConflictError as exc:
            return self._settle_conflict(exc)
        except NotFoundError as exc:
            self.show_error(deleted_message(self._record_kind) if self._gone() else exc)
            return False
        except (ServiceError, StoreError) as exc:
            self.show_error(exc)
            return False
        return True

    # -- a save refused because the record changed elsewhere --------------------------------
    #
    # An edit dialog given `reload=` (the record as stored now) answers a ConflictError with
    # the conflict dialog. It overrides the hooks below and keeps the record as last loaded
    # (`goal`, `milestone`, `band`, `skill`), which the caller's `commit` reads for the version
    # to expect.

    #: "goal", "milestone", "band" or "skill": the record kind, for the conflict's wording.
    _record_kind = ""
    #: The conflict dialog while it is open (tests answer it there).
    conflict_dialog: ConflictDialog | None = None

    def _reload(self) -> Any:
        """The record as stored now (NotFoundError when deleted); None: no conflict handling."""
        return None

    def _gone(self) -> bool:
        """Whether the record this dialog edits was deleted (elsewhere)."""
        try:
            self._reload()
        except NotFoundError:
            return True
        except (ServiceError, StoreError):
            return False
        return False

    def _rebase(self, record: Any) -> None:
        """Edit on from `record`: the next save expects its version."""

    def _conflict_rows(self, current: Any) -> list[ConflictRow]:
        return []

    def _show_record(self, record: Any, resolved: dict[str, Any] | None = None) -> None:
        """Put `record` (with the `resolved` fields over it, when given) into the form."""

    def _form_values(self) -> object:
        """What `commit` is called with, read from the form."""
        return None

    def _settle_conflict(self, exc: ConflictError) -> bool:
        """Show both versions and act on the answer; True when the save went through.

        Cancel keeps the dialog and the text; Take Theirs puts the stored record into the
        form (saving from there edits it); Keep Mine and Merge save again, expecting the
        version just read. A record deleted elsewhere is said, and the text stays.
        """
        try:
            current = self._reload()
        except NotFoundError:
            self.form_error.show_message(deleted_message(self._record_kind))
            return False
        except (ServiceError, StoreError) as error:
            self.show_error(error)
            return False
        if current is None:
            self.show_error(exc)
            return False
        answer = ask(self, self, self._conflict_rows(current), self._record_kind)
        if answer is None:
            return False  # still editing, the text as typed
        resolution, values = answer
        self._rebase(current)
        if resolution is Resolution.TAKE_THEIRS:
            self._show_record(current)
            return False
        if resolution is Resolution.MERGE:
            self._show_record(current, values)
        # Keep Mine: the form already holds it.
        return self._run_commit(self._form_values())
