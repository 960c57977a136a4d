"""Damage inside a record of an open journal: found in the background, or met by a view.

The check at open (`PRAGMA quick_check`) sees damage in the file's structure, not text inside a
record that no longer decodes. So after the window's first paint `DamageWatch` reads every record
on a thread of its own (its own read-only connection; cancellable), and `DamageHook` catches the
damage a view meets while loading, so neither ends in a traceback. Both report to the same place:
the journal refuses writes from then on, and a `DamageBanner` offers recovery.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..store.engine import Store
from ..store.integrity import DamagedJournalError, damage_reason, read_back


class DamageWatch(QObject):
    """Reads every record of an SQLite journal once, on a worker thread, after first paint.

    `damaged` is emitted on the GUI thread with the `DamagedRecordError` (the store is already
    marked damaged then); `finished` when the read-back ended, damaged or not, unless cancelled.
    """

    damaged = Signal(object)  # DamagedRecordError
    finished = Signal()
    _done = Signal(object)  # list[tuple[str, str]] | None, from the worker thread

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._done.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start_after_first_paint(self, window: QWidget) -> None:
        """Start once `window` has painted (at once when it already has)."""
        if self.store.path is None:  # a server database checks its own records
            return
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._thread is None:
            obj.removeEventFilter(self)
            self.start()
        return False

    def start(self) -> None:
        path = self.store.path
        if path is None or self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="careerjournal-damage-watch", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path) -> None:
        found: list[tuple[str, str]] | None
        try:
            found = read_back(path, self._cancel.is_set, passphrase=self.store.passphrase)
        except Exception:  # unreadable now (moved, locked): nothing to report
            found = []
        self._done.emit(None if self._cancel.is_set() else found)

    def _report(self, found: list[tuple[str, str]] | None) -> None:
        if found is None:
            return
        if found:
            table, reason = found[0]
            self.damaged.emit(self.store.mark_damaged(f"{reason}, in the table {table}"))
        self.finished.emit()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def cancel(self, wait_s: float = 5.0) -> None:
        """Stop the read-back (it looks between batches of rows) and wait for it briefly."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(wait_s)


class DamageHook:
    """The last resort for damage a view meets while reading: instead of a traceback, the
    error goes to `on_damage`. Any other exception goes on to the previous `sys.excepthook`.
    """

    def __init__(self, store: Store, on_damage: Callable[[DamagedJournalError], None]):
        self.store = store
        self.on_damage = on_damage
        self._previous: Callable[..., object] | None = None
        self._active = False

    def install(self) -> None:
        self._active = True
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self

    def uninstall(self) -> None:
        self._active = False
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
            self._previous = None
        # Else a later hook chains to this one: it stays, passing everything on.

    def __call__(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        damage = self._damage_in(exc) if self._active else None
        if damage is not None:
            self.on_damage(damage)
            return
        previous = self._previous or sys.__excepthook__
        previous(kind, exc, tb)

    def _damage_in(self, exc: BaseException) -> DamagedJournalError | None:
        if isinstance(exc, DamagedJournalError):
            return exc
        reason = damage_reason(exc)
        if reason is None or self.store.path is None:
            return None
        return self.store.mark_damaged(reason)


class DamageBanner(QFrame):
    """Across the top of the window: the journal is damaged, nothing more is written to it,
    and "Recover…" opens the same choice as at open (salvage, or put back a backup)."""

    recover_requested = Signal()

    def __init__(self, damage: DamagedJournalError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("damage_banner")
        # A warning, in either theme: an amber edge and a faint amber tint under the text.
        self.setStyleSheet(
            "QFrame#damage_banner { background: rgba(230, 150, 0, 36); "
            "border: 1px solid rgba(230, 150, 0, 170); border-left-width: 4px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title_label = QLabel(self.tr("This journal is damaged."))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(str(damage))
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recover_button = QPushButton(self.tr("Recover…"))
        self.recover_button.setObjectName("damage_recover")
        self.recover_button.setToolTip(
            self.tr("Salvage what can be read, or put back the newest good backup")
        )
        self.recover_button.clicked.connect(self.recover_requested)
        self.setFocusProxy(self.recover_button)
        self.setAccessibleName(self.title_label.text())

        words = QWidget()
        text = QVBoxLayout(words)
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.text_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(words, 1)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignVCenter)
