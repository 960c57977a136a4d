"""What every view and dialog is handed: the journal, its change signal, undo history, settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..services import Journal
from .bridge import ChangeBridge
from .history.controller import UndoHistory
from .inbox.rescan import Rescanner
from .settings import AppSettings


@dataclass
class AppContext:
    journal: Journal
    bridge: ChangeBridge
    settings: AppSettings
    #: Undo and redo through the journal's operation log (built from the journal and bridge).
    history: UndoHistory = field(init=False)
    #: Looks for evidence in the background (Preferences › Sources); idle until started.
    rescanner: Rescanner = field(init=False)

    def __post_init__(self) -> None:
        self.history = UndoHistory(self.journal, self.bridge, self.bridge)
        self.rescanner = Rescanner(self.journal, self.settings)
