"""Add or rename a skill band."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ....services import BandRecord
from ...conflict_dialog import ConflictRow
from ...editor.common import ErrorLabel
from ...record_conflicts import band_rows
from .form import NAME_LIMIT, _clean_name, _field_box, _form, _FormDialog, _text_edit


class BandDialog(_FormDialog):
    """Add or rename a band. `existing_names`: the other bands' names, refused inline."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str = "",
        description: str = "",
        title: str,
        existing_names: Collection[str] = (),
        commit: Callable[[tuple[str, str]], None] | None = None,
        band: BandRecord | None = None,
        reload: Callable[[], BandRecord] | None = None,
    ):
        super().__init__(parent, self.tr("Save") if name else self.tr("Add"), commit)
        self.setObjectName("band_dialog")
        self.setWindowTitle(title)
        #: The band as last loaded (its version is the one a save expects); None when adding.
        self.band = band
        self._load_band = reload
        self._taken = {n.casefold() for n in existing_names} - {_clean_name(name).casefold()}
        self._touched = False

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.setPlaceholderText(self.tr("e.g. Engineering craft"))
        self.name_error = ErrorLabel("name", self)
        self.description_edit = _text_edit(
            self,
            "description",
            4,
            self.tr("Optional: what the skills in this band have in common"),
        )

        form = _form()
        name_label = QLabel(self.tr("&Name"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, _field_box(self, self.name_edit, self.name_error))
        description_label = QLabel(self.tr("&Description"), self)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        self._finish_layout(form)
        self._chain(self.name_edit, self.description_edit)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)

        self.name_edit.setText(name)
        self.description_edit.setPlainText(description)
        self.name_edit.textEdited.connect(self._on_edited)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edited(self, _text: str) -> None:
        self._touched = True

    def _check(self) -> bool:
        """OK only for a name that is not blank and not another band's."""
        name = _clean_name(self.name_edit.text())
        message = ""
        if not name:
            message = self.tr("A band needs a name.") if self._touched else ""
            ok = False
        elif name.casefold() in self._taken:
            message = self.tr("There is already a band called “%s”.") % name
            ok = False
        else:
            ok = True
        self.name_error.show_message(message)
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {"name": self.name_error, "band name": self.name_error}

    def values(self) -> tuple[str, str]:
        """(name, description), tidied: single-spaced name, description without outer blanks."""
        return _clean_name(self.name_edit.text()), self.description_edit.toPlainText().strip()

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "band"

    def _reload(self) -> BandRecord | None:
        return self._load_band() if self._load_band is not None else None

    def _rebase(self, record: BandRecord) -> None:
        self.band = record

    def _conflict_rows(self, current: BandRecord) -> list[ConflictRow]:
        return band_rows(self.values(), current, self.band)

    def _show_record(self, record: BandRecord, resolved: dict[str, Any] | None = None) -> None:
        values = {"name": record.name, "description": record.description, **(resolved or {})}
        self.name_edit.setText(values["name"])
        self.description_edit.setPlainText(values["description"])
        self._check()

    def _form_values(self) -> tuple[str, str]:
        return self.values()

    def accept(self) -> None:
        if not self._check() or not self._run_commit(self.values()):
            return
        super().accept()
