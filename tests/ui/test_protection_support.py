"""Helpers for the passphrase protection tests: answer the modal dialogs as a user would (they
run their own event loop, so the answer is scheduled before the flow opens them)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QMessageBox

from careerjournal.services import EntryDraft, Journal

D = TypeVar("D", bound=QDialog)


def when_modal(
    kind: type[D],
    act: Callable[[D], None],
    *,
    name: str | None = None,
    missed: list[str] | None = None,
    tries: int = 1500,
) -> None:
    """Run `act` on the next modal dialog of `kind` (and object name `name`) once it is shown.

    Gives up after `tries` polls (30 s): then it notes that in `missed` and closes whatever
    modal dialog is open, so a test fails instead of hanging.
    """

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if (
            isinstance(widget, kind)
            and widget.isVisible()
            and (name is None or widget.objectName() == name)
        ):
            act(widget)
            return
        if left:
            QTimer.singleShot(20, lambda: poll(left - 1))
            return
        if missed is not None:
            missed.append(f"no {name or kind.__name__} was shown")
        if isinstance(widget, QDialog):
            widget.done(0)

    QTimer.singleShot(0, lambda: poll(tries))


def button(dialog: QDialog, text: str) -> QAbstractButton:
    """The dialog's button labelled `text` (mnemonic ampersands ignored)."""
    found = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton)}
    assert text in found, f"no button {text!r} among {sorted(found)}"
    return found[text]


def click(qtbot, dialog: QDialog, text: str) -> None:
    qtbot.mouseClick(button(dialog, text), Qt.MouseButton.LeftButton)


def type_passphrase(qtbot, new: str, confirm: str | None = None, *, then: str = "") -> Callable:
    """An answer for the passphrase dialog: type `new` and its confirmation, click `then`
    (the dialog's OK button when empty)."""

    def act(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "new_passphrase"), new)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "confirm_passphrase"), confirm or new)
        target = (
            button(dialog, then) if then else dialog.findChild(QAbstractButton, "passphrase_ok")
        )
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    return act


def answer_box(qtbot, text: str, seen: list[str], *, name: str | None = None) -> None:
    """Click `text` in the next message box, noting what it said in `seen`."""

    def act(box: QMessageBox) -> None:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        click(qtbot, box, text)

    when_modal(QMessageBox, act, name=name, missed=seen)


def new_journal(blank: Path, path: Path, titles: tuple[str, ...] = ("Shipped the search",)) -> Path:
    """A journal file with a few entries (a copy of the blank one: no migration)."""
    shutil.copyfile(blank, path)
    path.chmod(0o600)
    journal = Journal.open(path)
    try:
        for title in titles:
            journal.entries.add(EntryDraft(title))
    finally:
        journal.close()
    return path


class FakeWindow:
    """The window's side of the flows: closes and reopens a real journal, noting each call."""

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = path
        self.calls: list[tuple[str, str | None]] = []
        self.journal: Journal | None = Journal.open(path, passphrase=passphrase)

    def close_journal(self) -> None:
        self.calls.append(("close", None))
        assert self.journal is not None, "closed twice"
        self.journal.close()
        self.journal = None

    def reopen(self, passphrase: str | None) -> bool:
        self.calls.append(("reopen", passphrase))
        assert self.journal is None, "reopened while open"
        try:
            self.journal = Journal.open(self.path, passphrase=passphrase)
        except Exception:
            return False
        return True

    def titles(self) -> list[str]:
        from careerjournal.services import EntryQuery

        assert self.journal is not None
        return sorted(e.title for e in self.journal.entries.list(EntryQuery()))

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
