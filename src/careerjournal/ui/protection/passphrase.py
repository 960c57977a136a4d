"""The dialog that asks for a new passphrase, twice: to protect a journal or to change its
passphrase. OK stays disabled until the passphrase is acceptable and both fields match."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..view_parts import secondary


class Purpose(StrEnum):
    PROTECT = "protect"
    CHANGE = "change"


def passphrase_problem(passphrase: str) -> str | None:
    """`careerjournal.store.encryption.check_passphrase`: None, "empty" or "short"."""
    from ...store.encryption import check_passphrase

    return check_passphrase(passphrase)


def min_passphrase() -> int:
    from ...store.encryption import MIN_PASSPHRASE

    return MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    """New passphrase + confirmation, a Show toggle, and what the passphrase means.

    For a change, `current` is the passphrase in use (the caller knows it: the journal is open):
    only the new one is asked for, and it must differ from it.
    """

    def __init__(
        self, parent: QWidget | None, purpose: Purpose, *, current: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self._purpose = purpose
        self._current = current
        tr = self.tr
        if purpose is Purpose.PROTECT:
            self.setWindowTitle(tr("Protect with a Passphrase"))
            what = tr(
                "The journal file, and the backups made from now on, are encrypted with this "
                "passphrase."
            )
            go = tr("&Protect")
        else:
            self.setWindowTitle(tr("Change the Passphrase"))
            what = tr(
                "The journal file and its new backups are encrypted with the new passphrase; "
                "earlier backups keep the current one."
            )
            go = tr("&Change Passphrase")
        layout = QVBoxLayout(self)
        for text in (
            what,
            tr("A forgotten passphrase cannot be recovered: there is no back door."),
        ):
            line = QLabel(text)
            line.setWordWrap(True)
            layout.addWidget(line)

        self.new = self._field("new_passphrase")
        self.confirm = self._field("confirm_passphrase")
        form = QFormLayout()
        form.addRow(
            tr("&New passphrase:") if purpose is Purpose.CHANGE else tr("&Passphrase:"), self.new
        )
        form.addRow(tr("&Repeat it:"), self.confirm)
        layout.addLayout(form)
        self.show_box = QCheckBox(tr("&Show passphrase"))
        self.show_box.setObjectName("show_passphrase")
        self.show_box.toggled.connect(self._show)
        layout.addWidget(self.show_box)
        self.problem = secondary(QLabel())
        self.problem.setObjectName("passphrase_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok: QPushButton = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(go)
        self.ok.setObjectName("passphrase_ok")
        box.accepted.connect(self._accept_if_valid)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.new.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self._validate()
        self.resize(460, self.sizeHint().height())

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(260)
        return field

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.new, self.confirm):
            field.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.new.text()

    def problem_text(self) -> str:
        """Why OK is disabled, in words ("" when nothing needs saying yet, or all is well)."""
        new, confirm = self.new.text(), self.confirm.text()
        code = passphrase_problem(new)
        if code == "empty":
            return ""
        if code is not None:  # "short", or any code a later check adds
            return self.tr("Use at least %n characters.", "", min_passphrase())
        if self._current is not None and new == self._current:
            return self.tr("This is the passphrase in use: choose a new one.")
        if confirm and confirm != new and not new.startswith(confirm):
            return self.tr("The two passphrases differ.")
        return ""

    def valid(self) -> bool:
        new = self.new.text()
        return (
            passphrase_problem(new) is None and new == self.confirm.text() and new != self._current
        )

    def _validate(self) -> None:
        self.problem.setText(self.problem_text())
        self.ok.setEnabled(self.valid())

    def _accept_if_valid(self) -> None:
        if self.valid():  # Enter in a field presses OK even while it is disabled
            self.accept()
