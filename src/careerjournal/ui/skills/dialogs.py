"""Dialogs of the Skills area: bands, skills, assessments, and the journal's scale and band share.

`BandDialog`, `SkillDialog` and `AssessmentDialog` write nothing: after Accepted, read what was
typed with `values()` / `draft()` and save it through an undo command. To save while the dialog
is still open (so a refused save keeps the text), pass `commit=`: it is called on OK with the
values, and a `ServiceError` or `StoreError` it raises is shown inline instead of closing.

`SkillSettingsDialog` writes itself: a scale switch rewrites every level and has no undo, so it
backs the journal up first.

Every dialog is keyboard-first: Alt+letter reaches each field, Enter (outside multi-line text)
and Ctrl+Enter accept while the OK button is enabled, Esc cancels.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import AssessmentSource, EntryKind, SkillScale
from ...domain.scales import levels as scale_levels
from ...services import (
    AssessmentDraft,
    BandRecord,
    ConflictError,
    EntryQuery,
    EntryRecord,
    Journal,
    NotFoundError,
    ServiceError,
    SkillRecord,
    ValidationError,
    validate,
)
from ...services.skills import ScaleChange
from ...store import BackupError, StoreError
from ..conflict_dialog import ConflictDialog, ConflictRow, Resolution
from ..editor.common import DATE_FORMAT, ErrorLabel, safe_kind_icon
from ..formatting import format_date
from ..record_conflicts import ask, band_rows, deleted_message, skill_rows
from ..view_parts import plain_tip, secondary, to_pydate, to_qdate

__all__ = [
    "EVIDENCE_KINDS",
    "EVIDENCE_LIMIT",
    "SUGGEST_DAYS",
    "AssessmentDialog",
    "BandDialog",
    "ScaleChangeModel",
    "SkillDialog",
    "SkillSettingsDialog",
    "SkillValues",
]

#: Longest band or skill name (the services' limit).
NAME_LIMIT = 120
#: How many recent entries the evidence list offers.
EVIDENCE_LIMIT = 300
#: Entry kinds that usually evidence a skill; listed first.
EVIDENCE_KINDS: tuple[EntryKind, ...] = (
    EntryKind.SKILL,
    EntryKind.CERTIFICATION,
    EntryKind.PROJECT,
    EntryKind.LEARNING,
    EntryKind.RECOGNITION,
    EntryKind.FEEDBACK,
)
#: An entry mentioning the skill is suggested as evidence when it is at most this many days old.
SUGGEST_DAYS = 60
#: Band share choices, in percent.
SHARE_RANGE = (10, 100)
#: What a backup made before a scale switch is called (part of its file name).
BACKUP_REASON = "scale-switch"

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


# -- bands ------------------------------------------------------------------------------------


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


# -- skills -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillValues:
    band_id: int
    name: str
    target_level: int | None
    description: str


class SkillDialog(_FormDialog):
    """Add (`skill=None`, in band `band_id` if given) or edit a skill; `values()` after OK."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bands: Sequence[BandRecord],
        level_names: Sequence[str],
        skill: SkillRecord | None = None,
        band_id: int | None = None,
        commit: Callable[[SkillValues], None] | None = None,
        reload: Callable[[], SkillRecord] | None = None,
    ):
        super().__init__(parent, self.tr("Add") if skill is None else self.tr("Save"), commit)
        self.setObjectName("skill_dialog")
        self.setWindowTitle(self.tr("New Skill") if skill is None else self.tr("Edit Skill"))
        #: The skill as last loaded (its version is the one a save expects); None when adding.
        self.skill = skill
        self._load_skill = reload
        self._bands = list(bands)
        self._level_names = tuple(level_names)
        self._touched = False

        self.band_combo = QComboBox(self)
        self.band_combo.setObjectName("band")
        for band in self._bands:
            self.band_combo.addItem(band.name, band.id)
        self.band_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.band_combo.setMinimumContentsLength(20)
        self.band_error = ErrorLabel("band", self)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.setPlaceholderText(self.tr("e.g. Automated testing"))
        self.name_error = ErrorLabel("name", self)

        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("target")
        self.target_combo.addItem(self.tr("No target"), None)
        for level in range(1, len(self._level_names) + 1):
            self.target_combo.addItem(level_text(level, self._level_names), level)
        self.target_combo.setMaxVisibleItems(len(self._level_names) + 1)
        self.target_error = ErrorLabel("target", self)

        self.description_edit = _text_edit(
            self,
            "description",
            3,
            self.tr("Optional: what this skill looks like at your target level"),
        )

        form = _form()
        band_label = QLabel(self.tr("&Band"), self)
        band_label.setBuddy(self.band_combo)
        form.addRow(band_label, _field_box(self, self.band_combo, self.band_error))
        name_label = QLabel(self.tr("&Name"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, _field_box(self, self.name_edit, self.name_error))
        self.current_label: QLabel | None = None
        if skill is not None:
            self.current_label = QLabel(self._current_text(skill), self)
            self.current_label.setObjectName("current_level")
            self.current_label.setWordWrap(True)
            self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note = _muted(QLabel(self.tr("Record an assessment to change it."), self))
            form.addRow(
                QLabel(self.tr("Current level"), self),
                _field_box(self, self.current_label, note),
            )
        target_label = QLabel(self.tr("&Target"), self)
        target_label.setBuddy(self.target_combo)
        form.addRow(target_label, _field_box(self, self.target_combo, self.target_error))
        description_label = QLabel(self.tr("&Description"), self)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        self._finish_layout(form)
        self._chain(self.band_combo, self.name_edit, self.target_combo, self.description_edit)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)

        chosen_band = skill.band_id if skill is not None else band_id
        index = self.band_combo.findData(chosen_band) if chosen_band is not None else 0
        self.band_combo.setCurrentIndex(max(0, index))
        if skill is not None:
            self.name_edit.setText(skill.name)
            self.description_edit.setPlainText(skill.description)
            target = self.target_combo.findData(skill.target_level)
            self.target_combo.setCurrentIndex(max(0, target))
        self.name_edit.textEdited.connect(self._on_edited)
        self.name_edit.textChanged.connect(self._check)
        self.band_combo.currentIndexChanged.connect(self._check)
        self._check()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_text(self, skill: SkillRecord) -> str:
        if skill.current_level is None:
            return self.tr("Not assessed yet")
        text = level_text(skill.current_level, self._level_names)
        if skill.assessed_on is not None:
            text = self.tr("%s, assessed %s") % (text, format_date(skill.assessed_on))
        return text

    def _on_edited(self, _text: str) -> None:
        self._touched = True

    def _band(self) -> BandRecord | None:
        band_id = self.band_combo.currentData()
        return next((b for b in self._bands if b.id == band_id), None)

    def _check(self) -> bool:
        ok = True
        band = self._band()
        if band is None:
            self.band_error.show_message(self.tr("Add a band first: every skill belongs to one."))
            ok = False
        else:
            self.band_error.clear_message()
        name = _clean_name(self.name_edit.text())
        message = ""
        if not name:
            message = self.tr("A skill needs a name.") if self._touched else ""
            ok = False
        elif band is not None and any(
            s.name.casefold() == name.casefold() and (self.skill is None or s.id != self.skill.id)
            for s in band.skills
        ):
            message = self.tr("Band “%s” already has a skill “%s”.") % (band.name, name)
            ok = False
        self.name_error.show_message(message)
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "name": self.name_error,
            "skill name": self.name_error,
            "target level": self.target_error,
            "band": self.band_error,
        }

    def values(self) -> SkillValues:
        band_id = self.band_combo.currentData()
        return SkillValues(
            band_id=int(band_id) if band_id is not None else 0,
            name=_clean_name(self.name_edit.text()),
            target_level=self.target_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
        )

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "skill"

    def _reload(self) -> SkillRecord | None:
        return self._load_skill() if self._load_skill is not None else None

    def _rebase(self, record: SkillRecord) -> None:
        self.skill = record

    def _band_name(self, band_id: int) -> str:
        band = next((b for b in self._bands if b.id == band_id), None)
        return band.name if band is not None else self.tr("Band %d") % band_id

    def _conflict_rows(self, current: SkillRecord) -> list[ConflictRow]:
        mine = self.values()
        return skill_rows(
            {
                "band_id": mine.band_id,
                "name": mine.name,
                "target_level": mine.target_level,
                "description": mine.description,
            },
            current,
            self.skill,
            band_name=self._band_name,
            level_text=lambda level: level_text(level, self._level_names),
        )

    def _show_record(self, record: SkillRecord, resolved: dict[str, Any] | None = None) -> None:
        shown = dataclasses.replace(record, **(resolved or {}))
        index = self.band_combo.findData(shown.band_id)
        if index < 0:  # a band added elsewhere: offer it by its id until the view refreshes
            self.band_combo.addItem(self._band_name(shown.band_id), shown.band_id)
            index = self.band_combo.count() - 1
        self.band_combo.setCurrentIndex(index)
        self.name_edit.setText(shown.name)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(shown.target_level)))
        self.description_edit.setPlainText(shown.description)
        if self.current_label is not None:
            self.current_label.setText(self._current_text(record))
        self._check()

    def _form_values(self) -> SkillValues:
        return self.values()

    def accept(self) -> None:
        if not self._check() or not self._run_commit(self.values()):
            return
        super().accept()


# -- assessments ------------------------------------------------------------------------------

SOURCES: tuple[tuple[AssessmentSource, str], ...] = (
    (AssessmentSource.SELF, "Self"),
    (AssessmentSource.MANAGER, "Manager"),
    (AssessmentSource.PEER, "Peer"),
    (AssessmentSource.CERTIFICATION, "Certification"),
)


def _mentions(name: str, entry: EntryRecord) -> bool:
    """Whether the entry's title or one of its tags names the skill (as whole words)."""

    def words(text: str) -> str:
        return " ".join(re.sub(r"[-_/]+", " ", text).split()).casefold()

    wanted = words(name)
    if not wanted:
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")
    return bool(pattern.search(words(entry.title))) or any(
        pattern.search(words(tag)) for tag in entry.tags
    )


class AssessmentDialog(_FormDialog):
    """Record a level for one skill: date, level, source, an evidence entry and a note.

    After Accepted, `draft()` is the assessment and `evidence_entry_id()` its evidence (None: none).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        skill: SkillRecord,
        level_names: Sequence[str],
        today: dt.date,
        commit: Callable[[AssessmentDraft], None] | None = None,
    ):
        super().__init__(parent, self.tr("Record"), commit)
        self.setObjectName("assessment_dialog")
        self.setWindowTitle(self.tr("Assess “%s”") % skill.name)
        self.journal = journal
        self.skill = skill
        self.today = today
        self._level_names = tuple(level_names)
        top = len(self._level_names)

        skill_label = QLabel(skill.name, self)
        skill_label.setObjectName("skill_name")
        skill_label.setTextFormat(Qt.TextFormat.PlainText)
        skill_label.setWordWrap(True)
        bold = skill_label.font()
        bold.setBold(True)
        skill_label.setFont(bold)
        self.status_label = QLabel(self._status_text(), self)
        self.status_label.setObjectName("skill_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDateRange(
            QDate(validate.MIN_YEAR, 1, 1), QDate(validate.MAX_YEAR, 12, 31)
        )
        self.date_edit.setDate(to_qdate(today))
        self.date_edit.setToolTip(self.tr("When the level was reached; Alt+Down opens a calendar"))
        self.date_error = ErrorLabel("date", self)

        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("level")
        for level in range(1, top + 1):
            self.level_combo.addItem(level_text(level, self._level_names), level)
        self.level_combo.setMaxVisibleItems(max(top, 1))
        proposed = min((skill.current_level or 0) + 1, top)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(proposed)))
        self.level_error = ErrorLabel("level", self)

        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("source")
        for source, text in SOURCES:
            self.source_combo.addItem(self.tr(text), source.value)

        self.evidence_combo = QComboBox(self)
        self.evidence_combo.setObjectName("evidence")
        self.evidence_combo.setEditable(True)
        self.evidence_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.evidence_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.evidence_combo.setMinimumContentsLength(44)
        self.evidence_combo.setMaxVisibleItems(15)
        self.evidence_combo.setToolTip(
            self.tr("The entry that shows this level; type part of its title or date to find it")
        )
        line = self.evidence_combo.lineEdit()
        line.setPlaceholderText(self.tr("Type to find an entry"))
        line.setClearButtonEnabled(True)
        self.evidence_completer = QCompleter(self.evidence_combo.model(), self.evidence_combo)
        self.evidence_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.evidence_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.evidence_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.evidence_completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.evidence_completer.setMaxVisibleItems(12)
        # Lists wider than the field, so long titles and their dates can be read.
        wide = self.fontMetrics().horizontalAdvance("M") * 56
        self.evidence_completer.popup().setMinimumWidth(wide)
        self.evidence_combo.view().setMinimumWidth(wide)
        self.evidence_combo.setCompleter(self.evidence_completer)
        self.evidence_error = ErrorLabel("evidence", self)
        self.suggested_entry_id: int | None = None
        self._fill_evidence()
        line.textEdited.connect(self.evidence_error.clear_message)
        # A chosen entry shows from its start (its date), not scrolled to the end of its title.
        self.evidence_combo.currentIndexChanged.connect(self._show_evidence_start)
        self.evidence_completer.activated.connect(self._show_evidence_start)
        self._show_evidence_start()

        self.note_edit = _text_edit(
            self, "note", 3, self.tr("Optional: what shows this level, who said so")
        )

        form = _form()

        def row(text: str, field: QWidget, *under: QWidget) -> None:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, _field_box(self, field, *under) if under else field)

        date_row = QWidget(self)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addStretch(1)
        form.addRow(QLabel(self.tr("Skill"), self), skill_label)
        form.addRow(QLabel(self.tr("Now"), self), self.status_label)
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, _field_box(self, date_row, self.date_error))
        row(self.tr("&Level"), self.level_combo, self.level_error)
        row(self.tr("&Source"), self.source_combo)
        row(self.tr("&Evidence"), self.evidence_combo, self.evidence_error)
        row(self.tr("N&ote"), self.note_edit)
        self._finish_layout(form)
        self._chain(
            self.date_edit, self.level_combo, self.source_combo, self.evidence_combo, self.note_edit
        )

        self.date_edit.dateChanged.connect(self._check_date)
        self.level_combo.currentIndexChanged.connect(self.level_error.clear_message)
        self._check_date()
        self.level_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _status_text(self) -> str:
        """`5 · Expert since 19 Oct 2026; target 5 · Expert`."""
        skill = self.skill
        if skill.current_level is None:
            now = self.tr("Not assessed yet")
        else:
            now = level_text(skill.current_level, self._level_names)
            if skill.assessed_on is not None:
                now = self.tr("%s since %s") % (now, format_date(skill.assessed_on))
        if skill.target_level is not None:
            target = level_text(skill.target_level, self._level_names)
            now = self.tr("%s; target %s") % (now, target)
        return now

    # -- evidence ---------------------------------------------------------------------------

    def _entry_text(self, entry: EntryRecord) -> str:
        return f"{format_date(entry.occurred_on)} · {entry.title}"

    def _add_entry(self, entry: EntryRecord, index: int | None = None) -> None:
        icon = safe_kind_icon(entry.kind)
        text = self._entry_text(entry)
        if index is None:
            self.evidence_combo.addItem(icon, text, entry.id)
        else:
            self.evidence_combo.insertItem(index, icon, text, entry.id)

    def _fill_evidence(self) -> None:
        """'No evidence entry', then recent live entries: evidence kinds first, newest first."""
        entries = self.journal.entries
        ids = entries.ids(EntryQuery())[:EVIDENCE_LIMIT]  # newest first
        recent = entries.get_many(ids)
        likely_kinds = frozenset(EVIDENCE_KINDS)
        likely = [e for e in recent if e.kind in likely_kinds]
        others = [e for e in recent if e.kind not in likely_kinds]
        self.evidence_combo.addItem(self.tr("No evidence entry"), None)
        for entry in (*likely, *others):
            self._add_entry(entry)
        self.evidence_combo.setCurrentIndex(0)
        # Suggest the newest entry of the last SUGGEST_DAYS that names the skill (on one day,
        # a likely kind first).
        since = self.today - dt.timedelta(days=SUGGEST_DAYS)
        newest = sorted(
            recent, key=lambda e: (-e.occurred_on.toordinal(), e.kind not in likely_kinds)
        )
        for entry in newest:
            if since <= entry.occurred_on <= self.today and _mentions(self.skill.name, entry):
                self.suggested_entry_id = entry.id
                self.set_evidence_entry(entry.id)
                break

    def set_evidence_entry(self, entry_id: int | None) -> bool:
        """Choose the evidence entry (None: none); an entry not listed is added to the list.

        False when there is no such entry (the choice is left as it was).
        """
        if entry_id is None:
            self.evidence_combo.setCurrentIndex(0)
            return True
        index = self.evidence_combo.findData(entry_id)
        if index < 0:
            try:
                entry = self.journal.entries.get(entry_id)
            except NotFoundError:
                return False
            self._add_entry(entry, 1)
            index = 1
        self.evidence_combo.setCurrentIndex(index)
        self._show_evidence_start()
        self.evidence_error.clear_message()
        return True

    def _show_evidence_start(self, *_args: object) -> None:
        self.evidence_combo.lineEdit().setCursorPosition(0)

    def _resolve_evidence(self) -> tuple[bool, int | None]:
        """(understood, entry id) for what the evidence field says.

        Blank means none; otherwise the text is a listed entry as shown, or part of exactly one
        listed entry's text (as the filter matches: any case). Anything else is not understood.
        """
        combo = self.evidence_combo
        text = combo.currentText()
        wanted = text.strip().casefold()
        if not wanted:
            return True, None
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            index = combo.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [i for i in range(1, combo.count()) if wanted in combo.itemText(i).casefold()]
            if len(matches) != 1:
                return False, None
            index = matches[0]
        data = combo.itemData(index)
        return True, int(data) if data is not None else None

    def evidence_entry_id(self) -> int | None:
        """The chosen evidence entry's id; None for none (or for text that names no entry)."""
        return self._resolve_evidence()[1]

    # -- checks and values ------------------------------------------------------------------

    def _check_date(self) -> bool:
        if to_pydate(self.date_edit.date()) > self.today:
            self.date_error.show_message(self.tr("An assessment cannot be in the future."))
            self.ok_button.setEnabled(False)
            return False
        self.date_error.clear_message()
        self.ok_button.setEnabled(True)
        return True

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "assessment date": self.date_error,
            "level": self.level_error,
            "evidence": self.evidence_error,
        }

    def draft(self) -> AssessmentDraft:
        return AssessmentDraft(
            skill_id=self.skill.id,
            level=int(self.level_combo.currentData()),
            source=AssessmentSource(self.source_combo.currentData()),
            assessed_on=to_pydate(self.date_edit.date()),
            note=self.note_edit.toPlainText().strip(),
        )

    def accept(self) -> None:
        if not self._check_date():
            self.date_edit.setFocus()
            return
        understood, _entry = self._resolve_evidence()
        if not understood:
            self.evidence_error.show_message(
                self.tr("“%s” is not one listed entry: pick one from the list, or clear it.")
                % self.evidence_combo.currentText().strip()
            )
            self.evidence_combo.setFocus()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()


# -- scale and band share ---------------------------------------------------------------------

SCALE_CHOICES: tuple[tuple[SkillScale, str], ...] = (
    (SkillScale.DREYFUS, "Dreyfus: five stages of competence"),
    (SkillScale.SFIA, "SFIA: seven levels of responsibility"),
)


class ScaleChangeModel(QAbstractTableModel):
    """The rows of a scale-switch preview: band, skill, current old → new, target old → new."""

    BAND, SKILL, CURRENT, TARGET = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._changes: list[ScaleChange] = []
        self._old: tuple[str, ...] = ()
        self._new: tuple[str, ...] = ()
        self._headers = (self.tr("Band"), self.tr("Skill"), self.tr("Current"), self.tr("Target"))

    def set_changes(
        self, changes: Sequence[ScaleChange], old_names: Sequence[str], new_names: Sequence[str]
    ) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self._old, self._new = tuple(old_names), tuple(new_names)
        self.endResetModel()

    def change(self, row: int) -> ScaleChange:
        return self._changes[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _move(self, old: int | None, new: int | None) -> str:
        if old is None:
            return "—"
        return f"{level_text(old, self._old)} → {level_text(new or 0, self._new)}"

    def text(self, row: int, column: int) -> str:
        change = self._changes[row]
        if column == self.BAND:
            return change.band
        if column == self.SKILL:
            return change.skill
        if column == self.CURRENT:
            return self._move(change.current, change.new_current)
        return self._move(change.target, change.new_target)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.text(index.row(), index.column()))
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class SkillSettingsDialog(QDialog):
    """The journal's skill scale and band share. OK saves them (a scale switch after a backup).

    `applied()` says whether anything was written; `backup_path` is the backup made first.
    """

    def __init__(self, parent: QWidget | None = None, *, journal: Journal):
        super().__init__(parent)
        self.setObjectName("skill_settings_dialog")
        self.setWindowTitle(self.tr("Skill Scale and Bands"))
        self.journal = journal
        self.backup_path: Path | None = None
        self._applied = False
        self._profile = journal.profile.get()

        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("scale")
        for scale, text in SCALE_CHOICES:
            self.scale_combo.addItem(self.tr(text), scale.value)
        self.scale_combo.setCurrentIndex(
            max(0, self.scale_combo.findData(self._profile.skill_scale.value))
        )
        self.levels_label = _muted(QLabel(self))
        self.levels_label.setObjectName("scale_levels")
        self.levels_label.setWordWrap(True)

        self.share_spin = QSpinBox(self)
        self.share_spin.setObjectName("band_share")
        self.share_spin.setRange(*SHARE_RANGE)
        self.share_spin.setSuffix(self.tr(" %"))
        self.share_spin.setValue(self._initial_share())
        self.share_spin.setToolTip(
            self.tr("How many of a band's skills must reach a level for the band to reach it")
        )
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("share_rule")
        self.rule_label.setWordWrap(True)

        self.preview_model = ScaleChangeModel(self)
        self.preview_heading = QLabel(self)
        self.preview_heading.setObjectName("preview_heading")
        self.preview_heading.setWordWrap(True)
        self.preview_table = QTableView(self)
        self.preview_table.setObjectName("preview")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setWordWrap(False)
        rows = self.preview_table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.preview_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.warning_label = ErrorLabel("switch_warning", self)

        self.form_error = ErrorLabel("form", self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.accept)

        form = _form()
        scale_label = QLabel(self.tr("Skill &scale"), self)
        scale_label.setBuddy(self.scale_combo)
        form.addRow(scale_label, _field_box(self, self.scale_combo, self.levels_label))
        share_label = QLabel(self.tr("&Band share"), self)
        share_label.setBuddy(self.share_spin)
        share_row = QWidget(self)
        share_layout = QHBoxLayout(share_row)
        share_layout.setContentsMargins(0, 0, 0, 0)
        share_layout.addWidget(self.share_spin)
        share_layout.addStretch(1)
        form.addRow(share_label, _field_box(self, share_row, self.rule_label))

        self.preview_box = QWidget(self)
        self.preview_box.setObjectName("preview_box")
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.setContentsMargins(0, 8, 0, 0)
        preview_layout.setSpacing(4)
        preview_layout.addWidget(self.preview_heading)
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.warning_label)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_box, 1)
        layout.addWidget(self.form_error)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        for before, after in itertools.pairwise(
            (self.scale_combo, self.share_spin, self.preview_table, self.ok_button)
        ):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 50)

        self.scale_combo.currentIndexChanged.connect(self._on_scale_changed)
        self.share_spin.valueChanged.connect(self._update_rule)
        self._on_scale_changed()
        self._update_rule()
        self.scale_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _initial_share(self) -> int:
        low, high = SHARE_RANGE
        return min(high, max(low, round(self._profile.band_share * 100)))

    def scale(self) -> SkillScale:
        return SkillScale(self.scale_combo.currentData())

    def share(self) -> float:
        """The chosen band share as a fraction (0.75 for 75 %)."""
        return self.share_spin.value() / 100

    def applied(self) -> bool:
        """Whether OK wrote anything (a scale switch, a new band share, or both)."""
        return self._applied

    def _has_backups(self) -> bool:
        return self.journal.can_back_up

    def _update_rule(self) -> None:
        self.rule_label.setText(
            self.tr(
                "A band reaches a level when at least %d %% of its skills are at that level or "
                "above."
            )
            % self.share_spin.value()
        )

    def _on_scale_changed(self) -> None:
        target = self.scale()
        names = scale_levels(target)
        self.levels_label.setText(  # wrapped between levels only
            " · ".join(
                f"{level}\u00a0{name}".replace(" ", "\u00a0") for level, name in enumerate(names, 1)
            )
        )
        self.form_error.clear_message()
        current = self._profile.skill_scale
        switching = target != current
        self.preview_box.setVisible(switching)
        if not switching:
            self.preview_model.set_changes([], (), ())
            self.ok_button.setText(self.tr("Save"))
            return
        self.ok_button.setText(self.tr("Switch Scale"))
        try:
            changes = self.journal.skills.preview_scale_switch(target)
        except (ServiceError, StoreError) as exc:
            changes = []
            self.form_error.show_message(str(exc))
        self.preview_model.set_changes(changes, scale_levels(current), names)
        self.preview_table.setVisible(bool(changes))
        if changes:
            self.preview_heading.setText(
                self.tr("What the switch does to each skill with a level or a target:")
            )
            self._fit_table()
        else:
            self.preview_heading.setText(
                self.tr("No skill has a level or a target yet, so no levels change.")
            )
        mapping = self.tr(
            "Every assessment and target is mapped proportionally (1 → 1, top → top)."
        )
        if self._has_backups():
            safety = self.tr("A backup is made first; switching back may not give the same levels.")
        else:
            safety = self.tr(
                "This journal is on a database server, so no backup is made here: back it up "
                "with its own tools first (for PostgreSQL, pg_dump). Switching back may not "
                "give the same levels."
            )
        self.warning_label.show_message(f"{mapping} {safety}")

    def _fit_table(self) -> None:
        """Wide enough for every column when the screen allows, tall enough for a few rows."""
        table = self.preview_table
        table.resizeColumnsToContents()
        width = (
            table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
        )
        limit = self.fontMetrics().horizontalAdvance("M") * 90
        table.setMinimumWidth(min(width, limit))

    def _backup(self) -> None:
        """Back up before a switch; a server journal (no file to copy) goes on without one."""
        try:
            self.backup_path = self.journal.backup(reason=BACKUP_REASON)
        except BackupError:
            if self._has_backups():
                raise  # an SQLite backup that failed: do not switch without it
            self.backup_path = None

    def accept(self) -> None:
        self.form_error.clear_message()
        target = self.scale()
        try:
            if target != self._profile.skill_scale:
                self._backup()
                self.journal.skills.switch_scale(target)
                self._applied = True
                self._profile = self.journal.profile.get()
            if self.share_spin.value() != self._initial_share():
                self._profile = self.journal.profile.update(band_share=self.share())
                self._applied = True
        except BackupError as exc:
            self.form_error.show_message(
                self.tr("The scale was not switched, because no backup could be made: %s") % exc
            )
            return
        except (ServiceError, StoreError) as exc:
            self.form_error.show_message(str(exc))
            return
        super().accept()
