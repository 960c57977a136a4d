"""The unlock window: what an encrypted journal shows while it is locked (at start, after Lock).

It holds no journal: only the file's name, a passphrase field and the ways out (unlock, capture
a quick win sealed for later, open another journal). What happens on those buttons is the
`LockKeeper`'s business; this widget only asks and shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ..editor.common import ErrorLabel
from ..icons import app_icon
from ..view_parts import secondary

ICON_SIZE = 72
COLUMN_WIDTH = 380


def journal_name(journal_file: Path) -> str:
    """The journal as a person reads it: under the home folder as `~/…` (as Store.display_name)."""
    try:
        return str(Path("~") / journal_file.relative_to(Path.home()))
    except (ValueError, RuntimeError):
        return str(journal_file)


class UnlockWindow(QWidget):
    """A locked journal: type its passphrase (Enter unlocks), or capture a win sealed for later."""

    unlock_requested = Signal(str, bool)  # the passphrase, "remember on this computer"
    quick_win_requested = Signal()
    open_another_requested = Signal()
    painted = Signal()  # the first paint (an automatic unlock waits for it)

    def __init__(self, journal_file: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlock_window")
        self.journal_file = journal_file
        self._painted = False
        self._busy = False
        self._capture_possible = True
        name = journal_name(journal_file)
        self.setWindowTitle(f"{APP_NAME} — {name}")
        self.setWindowIcon(app_icon())
        self._build(name)

    def _build(self, name: str) -> None:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.name_label = QLabel(name)
        self.name_label.setObjectName("unlock_name")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        intro = QLabel(self.tr("This journal is locked. Type its passphrase to open it."))
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro.setWordWrap(True)

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textEdited.connect(lambda _text: self.error.clear_message())
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setObjectName("unlock_remember")
        self.remember.setToolTip(
            self.tr("Keep the passphrase in this computer's keychain: the journal opens by itself")
        )
        self.remember.hide()
        self.no_keychain = QLabel(
            self.tr("This computer has no keychain to remember the passphrase in.")
        )
        self.no_keychain.setObjectName("unlock_no_keychain")
        self.no_keychain.setWordWrap(True)
        secondary(self.no_keychain)
        self.no_keychain.hide()
        self.error = ErrorLabel("unlock", self)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)

        self.pending = QLabel()
        self.pending.setObjectName("unlock_pending")
        self.pending.setWordWrap(True)
        secondary(self.pending)
        self.pending.hide()
        self.quick_win_button = QPushButton(self.tr("&Quick Win…"))
        self.quick_win_button.setObjectName("unlock_quick_win")
        self.quick_win_button.setToolTip(
            self.tr("Capture a win now; it is sealed and added when the journal is unlocked")
        )
        self.quick_win_button.clicked.connect(self.quick_win_requested)
        self.open_another_button = QPushButton(self.tr("&Open Another Journal…"))
        self.open_another_button.setObjectName("unlock_open_another")
        self.open_another_button.clicked.connect(self.open_another_requested)
        self._lay_out(icon, intro)

    def _lay_out(self, icon: QLabel, intro: QLabel) -> None:
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        for widget in (icon, self.name_label, intro, self.passphrase, self.remember):
            layout.addWidget(widget)
        layout.addWidget(self.no_keychain)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)
        layout.addSpacing(18)
        layout.addWidget(self.pending)
        others = QHBoxLayout()
        others.addWidget(self.quick_win_button)
        others.addWidget(self.open_another_button)
        layout.addLayout(others)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.resize(720, 520)

    # -- what the keeper shows ----------------------------------------------------------------

    def set_keychain(self, available: bool, remembered: bool = False) -> None:
        """The "Remember" box where there is a keychain, otherwise a short note."""
        self.remember.setVisible(available)
        self.remember.setChecked(available and remembered)
        self.no_keychain.setVisible(not available)

    def set_busy(self, busy: bool) -> None:
        """While the journal opens (a fraction of a second): nothing to click twice."""
        self._busy = busy
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
        for widget in (
            self.unlock_button,
            self.passphrase,
            self.remember,
            self.open_another_button,
        ):
            widget.setEnabled(not busy)
        self.quick_win_button.setEnabled(self._capture_possible and not busy)
        if not busy:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_busy(self) -> bool:
        return self._busy

    def show_error(self, message: str) -> None:
        """Say why the journal did not open; the passphrase stays, selected, to type again."""
        self.error.show_message(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_pending(self, count: int) -> None:
        """How many quick wins wait, sealed, for the next unlock."""
        self.pending.setText(
            self.tr("%n quick wins wait to be added when the journal is unlocked.", "", count)
        )
        self.pending.setVisible(count > 0)

    def set_capture_possible(self, possible: bool) -> None:
        """Capture while locked needs the journal's public key (written at an unlock here)."""
        self._capture_possible = possible
        self.quick_win_button.setEnabled(possible and not self._busy)
        self.quick_win_button.setToolTip(
            self.tr("Capture a win now; it is sealed and added when the journal is unlocked")
            if possible
            else self.tr("Unlock this journal once on this computer to capture while it is locked")
        )

    # -- events -------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Type the journal's passphrase."))
            return
        self.error.clear_message()
        self.unlock_requested.emit(text, not self.remember.isHidden() and self.remember.isChecked())

    def forget_typed(self) -> None:
        """Empty the field (after an unlock, before the window goes)."""
        self.passphrase.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return handled
