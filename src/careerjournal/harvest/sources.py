"""Where to look for evidence (the user's configured places) and one rescan of all of them.

`SourceConfig` is what Preferences › Sources keeps; `harvest_all` reads every configured source in
turn and stores what each found in the journal's inbox. The readers are imported only when a
rescan runs, so starting the app never loads them. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import HarvestSource
from .found import HarvestReport, Skipped

if TYPE_CHECKING:
    from ..services import Journal
    from ..services.inbox import StoreResult

DEFAULT_PATTERN = "YYYY-MM-DD"
#: The date patterns offered for notes (the field also takes others made of the same parts).
NOTES_PATTERNS = ("YYYY-MM-DD", "DD.MM.YYYY", "YYYYMMDD", "YYYY/MM/DD")
MAX_PLACES = 200  # per list: more is a mistake (a pasted file list), not a configuration
MAX_TEXT = 4096  # one path, address or name
MAX_PATTERN = 100
_LISTS = ("git_folders", "authors", "calendar_files", "jira_files", "github_files", "notes_folders")
_PATTERN_PARTS = re.compile(r"YYYY|MM|DD")


def valid_pattern(pattern: str) -> bool:
    """A notes date pattern as `harvest.notes` reads it: YYYY, MM and DD each at least once
    (a part may repeat: "YYYY/MM/YYYY-MM-DD"); other characters stand for themselves."""
    parts = set(_PATTERN_PARTS.findall(pattern))
    return 0 < len(pattern) <= MAX_PATTERN and parts == {"YYYY", "MM", "DD"}


@dataclass(frozen=True)
class SourceConfig:
    """The places a rescan reads, and who "you" are in them.

    `authors` are the user's emails and names (work and personal); they also match Jira
    assignees and GitHub/GitLab logins."""

    git_folders: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    calendar_files: tuple[str, ...] = ()
    jira_files: tuple[str, ...] = ()
    github_files: tuple[str, ...] = ()
    notes_folders: tuple[str, ...] = ()
    notes_pattern: str = DEFAULT_PATTERN
    rescan_on_start: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: list(getattr(self, name)) for name in _LISTS}
        out["notes_pattern"] = self.notes_pattern
        out["rescan_on_start"] = self.rescan_on_start
        return out

    @classmethod
    def from_json(cls, data: object) -> SourceConfig:
        """Tolerant: anything that is not what `to_json` writes reads as the default."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {name: _texts(data.get(name)) for name in _LISTS}
        pattern = data.get("notes_pattern")
        if isinstance(pattern, str) and valid_pattern(pattern.strip()):
            values["notes_pattern"] = pattern.strip()
        values["rescan_on_start"] = data.get("rescan_on_start") is True
        return cls(**values)

    @property
    def empty(self) -> bool:
        """Nothing to read (the authors alone are no place to look)."""
        return not self.sources

    def places(self, source: HarvestSource) -> tuple[str, ...]:
        """The folders (git, notes) or files (the others) configured for `source`."""
        return {
            HarvestSource.GIT: self.git_folders,
            HarvestSource.CALENDAR: self.calendar_files,
            HarvestSource.JIRA: self.jira_files,
            HarvestSource.GITHUB: self.github_files,
            HarvestSource.NOTES: self.notes_folders,
        }[source]

    @property
    def sources(self) -> list[HarvestSource]:
        """The sources with at least one place configured, in the order a rescan reads them."""
        return [source for source in HarvestSource if self.places(source)]


def _texts(value: object) -> tuple[str, ...]:
    """A list of strings, trimmed, without blanks or repeats; a lone string is a list of one."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        return ()
    out: list[str] = []
    for item in items:
        if isinstance(item, str) and item.strip() and len(item) <= MAX_TEXT:
            text = item.strip()
            if text not in out:
                out.append(text)
    return tuple(out[:MAX_PLACES])


def _existing(places: Sequence[str], *, folders: bool) -> tuple[list[Path], list[Skipped]]:
    """The places that are there (folders or files, as wanted) and a "missing" skip for each
    of the others."""
    found: list[Path] = []
    missing: list[Skipped] = []
    for place in places:
        path = Path(place).expanduser()
        there = path.is_dir() if folders else path.is_file()
        if there:
            found.append(path)
        else:
            missing.append(Skipped(str(path), "missing"))
    return found, missing


def harvest_all(
    journal: Journal,
    config: SourceConfig,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> list[StoreResult]:
    """Read every configured source in turn and store what each found in the inbox.

    `progress(step, steps, source)` is called before each source: it is the `step`th (from 1)
    of `steps`; `source` is a `HarvestSource` value. `cancelled()` is asked between sources (and
    by the git reader between repositories); a cancelled rescan returns what it stored so far.
    A folder or file that is not there is a `Skipped(where, "missing")` of its source."""
    sources = config.sources
    results: list[StoreResult] = []
    for step, source in enumerate(sources, start=1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(step, len(sources), source.value)
        results.append(_harvest_one(journal, config, source, cancelled=cancelled, today=today))
    return results


def _harvest_one(
    journal: Journal,
    config: SourceConfig,
    source: HarvestSource,
    *,
    cancelled: Callable[[], bool] | None,
    today: dt.date | None,
) -> StoreResult:
    """One source: its reader on the places that are there (it is imported only then), and a
    "missing" skip for each of the others."""
    folders = source in (HarvestSource.GIT, HarvestSource.NOTES)
    there, missing = _existing(config.places(source), folders=folders)
    if not there:
        return journal.inbox.store(source, HarvestReport(skipped=missing))
    if source is HarvestSource.GIT:
        from . import git

        def read(states: dict[str, dict[str, Any]]) -> HarvestReport:
            report = git.harvest(
                there, config.authors, states=states, cancelled=cancelled, today=today
            )
            report.skipped[:0] = missing
            return report

        return journal.inbox.run(source, read)
    if source is HarvestSource.CALENDAR:
        from . import calendar

        report = calendar.harvest(there, today=today)
    elif source is HarvestSource.JIRA:
        from . import jira

        report = jira.harvest(there, assignees=config.authors)
    elif source is HarvestSource.GITHUB:
        from . import github

        report = github.harvest(there, logins=config.authors)
    else:
        from . import notes

        report = notes.harvest(there, pattern=config.notes_pattern)
    report.skipped[:0] = missing
    return journal.inbox.store(source, report)
