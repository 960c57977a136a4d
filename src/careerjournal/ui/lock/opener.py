"""Opening an encrypted journal off the GUI thread: key derivation and open take a noticeable
moment (SQLCipher stretches the passphrase on every new connection), and the window keeps
painting meanwhile.

The worker also asks the keychain (which may itself wait for the desktop's keychain service),
creates the journal's sealing keys the first time, and receives what was sealed for it while it
was locked; the window is built on the GUI thread afterwards. SQLAlchemy lets the connection
made here be used there: a file database's pool is opened with `check_same_thread=False`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from ...errors import CareerJournalError
from ...services import Journal
from ...store.errors import ProtectedJournalError

if TYPE_CHECKING:
    from ...services.sealing import ReceiveReport

log = logging.getLogger(__name__)


@dataclass
class Unlocked:
    """An open journal, with what happened to the entries sealed while it was locked."""

    journal: Journal
    passphrase: str | None
    received: ReceiveReport | None = None
    problem: str | None = None  # why the sealed entries could not be received (one line)
    recalled: bool = False  # the passphrase came from the keychain
    delivered: bool = field(default=False, repr=False)


class OpenWorker(QThread):
    """Open `location` with `passphrase` (None: the one `recall()` finds, if any).

    Emits `opened(Unlocked)` or `failed(error)`: a CareerJournalError (ProtectedJournalError when
    no passphrase was known) or an OSError.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        location: str,
        passphrase: str | None,
        *,
        backup_keep: int,
        recall: Callable[[], str | None] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.location = location
        self.passphrase = passphrase
        self.backup_keep = backup_keep
        self.recall = recall
        self.result: Unlocked | None = None
        self.recalled = False  # the passphrase tried came from the keychain

    def run(self) -> None:
        passphrase, recalled = self.passphrase, False
        if passphrase is None and self.recall is not None:
            passphrase = self.recall()
            recalled = self.recalled = passphrase is not None
        if passphrase is None:
            self.failed.emit(ProtectedJournalError("No passphrase is known for this journal."))
            return
        try:
            journal = Journal.open(
                self.location, create=False, backup_keep=self.backup_keep, passphrase=passphrase
            )
        except (CareerJournalError, OSError) as exc:
            self.failed.emit(exc)
            return
        result = Unlocked(journal, passphrase, recalled=recalled)
        result.received, result.problem = receive_sealed(journal)
        self.result = result
        self.opened.emit(result)

    def take_result(self) -> Unlocked | None:
        """The journal opened, once (None when none was, or it was taken already)."""
        result = self.result
        if result is None or result.delivered:
            return None
        result.delivered = True
        return result


def receive_sealed(journal: Journal) -> tuple[ReceiveReport | None, str | None]:
    """Make the journal's sealing keys (the first time) and add what was sealed for it.

    A failure here never stops the journal from opening: the sealed records stay where they
    are for the next time, and the one-line reason is returned to be shown."""
    store = journal.store
    if not store.encrypted or store.read_only:
        return None, None
    try:
        sealing = journal.sealing
        sealing.ensure_keys()
        return sealing.receive(), None
    except (CareerJournalError, OSError) as exc:
        log.warning("sealed entries not received: %s", exc)
        return None, str(exc)
