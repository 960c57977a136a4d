"""What every view and dialog is handed: the journal, its change signal, undo stack and settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from ..services import Journal
from .bridge import ChangeBridge
from .settings import AppSettings


@dataclass
class AppContext:
    journal: Journal
    bridge: ChangeBridge
    undo_stack: QUndoStack
    settings: AppSettings
