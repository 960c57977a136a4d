"""The undo history is bounded: old operations beyond the bound go, on a worker thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from careerjournal.domain.models import Operation
from careerjournal.services import EntryDraft, Journal
from careerjournal.ui.history.pruner import HistoryPruner
from careerjournal.ui.settings import AppSettings


def test_the_pruner_forgets_old_operations_beyond_the_bound(qtbot: QtBot, tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        for title in ("One", "Two", "Three", "Four"):
            journal.entries.add(EntryDraft(title))
        two_years_ago = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=730)
        with journal.store.write() as session:
            session.execute(
                update(Operation).where(Operation.id <= 3).values(done_at=two_years_ago)
            )
        pruner = HistoryPruner(journal, keep=2, days=365)
        with qtbot.waitSignal(pruner.finished, timeout=10_000) as signal:
            pruner.start()
        assert signal.args == [2]  # "One" and "Two": old and beyond the newest two
        assert [o.subject for o in journal.history.list()] == ["Four", "Three"]


def test_the_bound_is_a_setting_with_sensible_limits(settings: AppSettings) -> None:
    assert (settings.undo_keep, settings.undo_days) == (10_000, 365)
    settings.undo_keep = 5
    settings.undo_days = 99_999
    assert (settings.undo_keep, settings.undo_days) == (100, 3650)
