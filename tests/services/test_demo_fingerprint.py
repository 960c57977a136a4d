"""The sample career is pinned: the same seed, size and day give the same journal, release after
release. Moving code or data tables around in `services/demo*.py` must not change a single row.

If the sample is changed on purpose (new titles, another distribution), update `FINGERPRINT`
to the new value printed by the failing test, and say so in the changelog.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from careerjournal.interchange.backup_format import dumps, export_backup
from careerjournal.services import Journal, demo

TODAY = dt.date(2026, 11, 26)
FINGERPRINT = "d28cb2ed5f6ffdae6963f48efb2e0a8ced2d1411c88509ed3838da10fdb3efe1"


def sample_fingerprint(path: Path) -> str:
    """SHA-256 of the backup export of a 300-entry sample (seed 5), its export time left out."""
    with Journal.open(path) as journal:
        demo.generate(journal, entries=300, seed=5, today=TODAY)
        backup = export_backup(journal)
    del backup["exported_at"]
    return hashlib.sha256(dumps(backup).encode("utf-8")).hexdigest()


def test_the_sample_career_is_unchanged(tmp_path: Path) -> None:
    found = sample_fingerprint(tmp_path / "sample.sqlite3")
    assert found == FINGERPRINT, f"the sample career changed: its fingerprint is now {found}"
