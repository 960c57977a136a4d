"""What the lock and unlock tests share: an encrypted journal with known text, a controller whose
message boxes are recorded, a keychain in memory, and a walk over every widget and model."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import cipher
from careerjournal.ui.application import AppController
from careerjournal.ui.lock import ENV_PASSPHRASE, UnlockWindow
from careerjournal.ui.settings import AppSettings

PASSPHRASE = "correct horse"
#: Text that is only in the journal: none of it may stay anywhere once it is locked.
TITLES = (
    "Shipped the Lindqvist billing migration",
    "Mentored Ottoline through her first on-call",
    "Keynote at the Brightwater meetup",
)
BODY = "Invoice failures fell from 212 to 9 a week after the Zephyrine rollout"
SECRETS = (*TITLES, "Zephyrine", "Lindqvist", "Ottoline", "Brightwater")


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict: tests never touch the keychain of the computer they run on."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory, blank_sqlite: Path) -> Path:
    """An encrypted journal holding TITLES (the first with BODY); copied, never opened."""
    folder = tmp_path_factory.mktemp("encrypted")
    plain = folder / "plain.sqlite3"
    shutil.copyfile(blank_sqlite, plain)
    with Journal.open(plain) as journal:
        for number, title in enumerate(TITLES):
            journal.entries.add(
                EntryDraft(
                    title=title,
                    occurred_on=dt.date(2024, 3, 1 + number),
                    body=BODY if number == 0 else "",
                )
            )
    target = folder / "journal.sqlite3"
    con = cipher.module().connect(str(plain))
    try:
        cipher.export(con, target, PASSPHRASE)
    finally:
        con.close()
    return target


@pytest.fixture
def encrypted_journal(encrypted_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(encrypted_template, path)
    path.chmod(0o600)
    return path


class LockController(AppController):
    """The app's controller with its message boxes recorded and no draft prompt at start."""

    def __init__(self, app: QApplication, settings: AppSettings):
        super().__init__(app, settings)
        self.messages: list[str] = []

    def _inform(self, parent: object, message: str, warn: bool = False) -> None:
        self.messages.append(message)

    def _recover_drafts(self) -> None:
        pass


@pytest.fixture
def controllers(qapp: QApplication) -> Iterator[list[LockController]]:
    made: list[LockController] = []
    yield made
    for controller in made:
        controller.shutdown()
    settle()


def make(controllers: list[LockController], settings: AppSettings) -> LockController:
    controller = LockController(QApplication.instance(), settings)  # type: ignore[arg-type]
    controllers.append(controller)
    return controller


def unlock_window(qtbot: QtBot, controller: AppController) -> UnlockWindow:
    window = controller.keeper.window
    assert window is not None, "no unlock window"
    qtbot.waitExposed(window)
    window.activateWindow()  # offscreen has no window manager to do it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=10_000)  # a look in the keychain
    return window


def type_passphrase(qtbot: QtBot, window: UnlockWindow, text: str) -> None:
    """Type into the (focused) passphrase field, replacing what is selected, then Enter."""
    qtbot.waitUntil(lambda: window.passphrase.isEnabled())
    window.passphrase.setFocus()
    window.passphrase.selectAll()
    qtbot.keyClicks(window.passphrase, text)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)


def unlock(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    type_passphrase(qtbot, unlock_window(qtbot, controller), passphrase)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    qtbot.waitExposed(controller.window)


def settle() -> None:
    """Let windows closed with deleteLater really go."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


# -- where text could remain --------------------------------------------------------------------

_WIDGET_TEXT = (
    "text",
    "toPlainText",
    "windowTitle",
    "toolTip",
    "statusTip",
    "whatsThis",
    "placeholderText",
    "currentText",
    "accessibleName",
    "accessibleDescription",
)
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    *(Qt.ItemDataRole(Qt.ItemDataRole.UserRole + n) for n in range(12)),
)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    if not shiboken6.isValid(model):
        return
    for row in range(min(model.rowCount(parent), 2000)):
        for column in range(min(model.columnCount(parent), 40)):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and model.rowCount(index) > 0:  # a tree's children
                yield from model_texts(model, index)


def texts_everywhere() -> list[str]:
    """Every text a widget, an action or an item model of the app holds now."""
    found: list[str] = []
    models: dict[int, QAbstractItemModel] = {}
    for widget in QApplication.allWidgets():
        for name in _WIDGET_TEXT:
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    found.append(value)
        for action in widget.actions():
            found.extend((action.text(), action.toolTip(), action.statusTip(), action.iconText()))
        model = getattr(widget, "model", None)
        if callable(model):
            try:
                value = model()
            except TypeError:
                value = None
            if isinstance(value, QAbstractItemModel):
                models[id(value)] = value
        for child in widget.findChildren(QAbstractItemModel):
            models[id(child)] = child
    app = QApplication.instance()
    for child in app.findChildren(QAbstractItemModel):
        models[id(child)] = child
    for model in models.values():
        if shiboken6.isValid(model):
            found.extend(model_texts(model))
    return found


def secrets_in(texts: list[str]) -> list[str]:
    return sorted({secret for text in texts for secret in SECRETS if secret in text})


def top_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
