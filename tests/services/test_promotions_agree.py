"""One definition of a promotion: every view counts the same steps on the sample career.

The sample career has two roles begun by a promotion and a diagonal move to a higher level
(recorded with a promotion entry too): three promotions, wherever they are counted.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from careerjournal.services import Journal, demo
from careerjournal.services.summary import SummaryOptions
from careerjournal.services.timeline import timeline_data
from cli_run import run_cli

TODAY = dt.date(2026, 11, 26)


@pytest.mark.sqlite_only
def test_every_view_counts_the_same_promotions(tmp_path: Path) -> None:
    path = tmp_path / "sample.sqlite3"
    with Journal.open(path) as journal:
        demo.generate(journal, entries=300, seed=3, today=TODAY)
        expected = journal.roles.promotions(until=TODAY)
        days = [p.day for p in expected]
        assert len(days) == 3
        promoted = {p.role_id for p in expected}

        ins = journal.insights.compute(TODAY)
        assert [p.day for p in ins.leaps.promotions] == days  # Big leaps
        assert ins.lattice.promotion_count == 3  # Lattice
        # The diagonal step up is both a diagonal move and a promotion.
        assert any(m.day in days for m in ins.lattice.moves)

        data = timeline_data(journal, today=TODAY)  # the promotion lines
        assert [m.day for m in data.markers if m.promotion] == days
        assert {m.role_id for m in data.markers if m.promotion} == promoted

        whole = SummaryOptions(date_from=data.first_day or TODAY, date_to=TODAY)
        summary = journal.summary.build(whole, today=TODAY)
        headline = summary.headline
        assert [p.day for p in headline.promotions] == days
        assert [m.day for m in headline.moves if m.promotion] == days
        assert summary.stats.big_leaps == 3  # the report's "Big leaps" figure

    result = run_cli("--database", str(path), "insights", "--json")  # in-process (cli_run.py)
    assert result.returncode == 0, result.stderr
    leaps = json.loads(result.stdout)["leaps"]
    lattice = json.loads(result.stdout)["lattice"]
    # `insights --json` is as of the real today: the sample career's promotions are all past.
    assert [p["date"] for p in leaps["promotions"]] == [d.isoformat() for d in days]
    assert lattice["promotion_count"] == 3
