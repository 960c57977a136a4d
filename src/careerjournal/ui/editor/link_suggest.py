"""The links an entry most likely shows, found by meaning off the GUI thread, and applying them.

`find()` asks `journal.meaning` (the offline model) which skills, goal milestones and framework
criteria a text most likely evidences, each with the past entries already linked to it ("why"),
and which existing entries it looks like (likely duplicates). It runs in a worker thread behind
`SuggestRunner`, which waits until typing pauses and drops stale answers. Nothing here links
anything by itself: the editor and the Inbox show the findings, the user confirms each one, and
what cannot be saved with the entry in its one operation is applied right after it by
`apply_after()`, each link its own step in Edit › Undo.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from ...services import AssessmentDraft, EntryDraft, Journal, ServiceError
from ...store import StoreError
from ..formatting import format_date

if TYPE_CHECKING:
    from ...services.meaning import Suggestion

log = logging.getLogger(__name__)

#: At most this many suggestions of each kind are shown.
PER_KIND = 3
#: A "because" line names at most this many past entries.
BECAUSE = 2
#: Titles quoted in a line are cut to this many characters.
TITLE_CHARS = 60

SKILL, MILESTONE, CRITERION = "skill", "milestone", "criterion"
KINDS = (SKILL, MILESTONE, CRITERION)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkSuggest", text)


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2, ... replaced (each once, left to right)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value), 1)
    return text


# -- what was found ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    """An existing entry a finding points at: one of its "because" entries, or a look-alike."""

    entry_id: int
    title: str
    occurred_on: dt.date | None = None
    similarity: float = 0.0


@dataclass(frozen=True)
class Likely:
    """A skill, milestone or criterion the text most likely evidences, with why."""

    kind: str  # SKILL | MILESTONE | CRITERION
    target_id: int
    label: str
    score: float
    because: tuple[Seen, ...]


@dataclass(frozen=True)
class Findings:
    """One answer of the worker: suggestions by kind and look-alike entries.

    `off` is why meaning is unavailable (then everything else is empty); `failed` an error
    that stopped this one answer (logged, nothing shown).
    """

    serial: int = 0
    skills: tuple[Likely, ...] = ()
    milestones: tuple[Likely, ...] = ()
    criteria: tuple[Likely, ...] = ()
    duplicates: tuple[Seen, ...] = ()
    off: str | None = None
    failed: str = ""

    def of(self, kind: str) -> tuple[Likely, ...]:
        return {SKILL: self.skills, MILESTONE: self.milestones, CRITERION: self.criteria}[kind]


def meaning_off(journal: Journal) -> str | None:
    """Why meaning is unavailable for `journal` (one plain line), None when it is on. Cheap: the
    model is not loaded for it."""
    try:
        meaning = journal.meaning
        if meaning.available:
            return None
        return meaning.why_unavailable() or _tr("search by meaning is not available here")
    except Exception as exc:  # a broken installation must not break the editor
        log.warning("meaning is not usable: %s", exc)
        return str(exc) or type(exc).__name__


def text_of(draft: EntryDraft) -> str:
    """The text an entry is compared by: as its vector is made (title, body, result, tags)."""
    from ...services.meaning import model

    return model.entry_text(draft.title, draft.body, draft.measurable_result, draft.tags)


def find(journal: Journal, text: str, *, exclude: int | None = None, serial: int = 0) -> Findings:
    """Ask the model (slow on first use: call it off the GUI thread). Never raises."""
    off = meaning_off(journal)
    if off is not None:
        return Findings(serial, off=off)
    if not text.strip():
        return Findings(serial)
    try:
        meaning = journal.meaning
        found = meaning.suggest(text, exclude_entry=exclude, limit=PER_KIND * 2)
        twins = meaning.duplicates(text, exclude=exclude)
        groups = (found.skills, found.milestones, found.criteria)
        wanted = [b.entry_id for group in groups for s in group for b in s.because[:BECAUSE]]
        wanted += [entry_id for entry_id, _score in twins[:PER_KIND]]
        records = {r.id: r for r in journal.entries.get_many(list(dict.fromkeys(wanted)))}
    except Exception as exc:  # the worker reports, never raises
        log.warning("suggestions by meaning failed: %s", exc)
        return Findings(serial, failed=str(exc) or type(exc).__name__)

    def seen(entry_id: int, title: str, similarity: float) -> Seen | None:
        record = records.get(entry_id)
        if record is None or record.trashed:
            return None
        return Seen(entry_id, record.title or title, record.occurred_on, similarity)

    def likely(items: Sequence[Suggestion]) -> tuple[Likely, ...]:
        out = []
        for s in items:
            because = (seen(b.entry_id, b.title, b.similarity) for b in s.because)
            kept = tuple(b for b in because if b is not None)[:BECAUSE]
            out.append(Likely(s.kind, s.target_id, s.label, s.score, kept))
        return tuple(out)

    look_alikes = (seen(entry_id, "", score) for entry_id, score in twins)
    return Findings(
        serial,
        skills=likely(found.skills),
        milestones=likely(found.milestones),
        criteria=likely(found.criteria),
        duplicates=tuple(s for s in look_alikes if s is not None)[:PER_KIND],
    )


# -- words ------------------------------------------------------------------------------------


def quoted(seen: Seen) -> str:
    """`“Migrated billing to k8s” (2 Mar 2024)`."""
    title = " ".join(seen.title.split())
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    when = f" ({format_date(seen.occurred_on)})" if seen.occurred_on is not None else ""
    return f"“{title}”{when}"


def kind_word(kind: str) -> str:
    if kind == SKILL:
        return _tr("Skill")
    if kind == MILESTONE:
        return _tr("Milestone")
    return _tr("Criterion")


def because_text(item: Likely) -> str:
    """Why it is suggested: `like “Migrated billing to k8s” (2 Mar 2024), “Helm charts” (…)`."""
    if not item.because:
        return ""
    return fill(_tr("like %1"), ", ".join(quoted(b) for b in item.because))


def suggestion_text(item: Likely, label: str = "") -> str:
    """`Skill: Kubernetes — like “Migrated billing to k8s” (2 Mar 2024), “…”`."""
    head = fill(_tr("%1: %2"), kind_word(item.kind), label or item.label)
    why = because_text(item)
    return f"{head} — {why}" if why else head


def duplicate_text(seen: Seen) -> str:
    return fill(_tr("Looks like %1"), quoted(seen))


# -- what the user confirmed ------------------------------------------------------------------


@dataclass
class Confirmed:
    """Links the user confirmed for one entry (or Inbox suggestion), not yet saved.

    `skills`: the level to record for each skill, with the entry as its evidence.
    """

    skills: dict[int, AssessmentDraft] = field(default_factory=dict)
    milestones: list[int] = field(default_factory=list)
    criteria: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.skills or self.milestones or self.criteria)

    def count(self) -> int:
        return len(self.skills) + len(self.milestones) + len(self.criteria)

    def toggle(self, kind: str, target_id: int, on: bool) -> None:
        """Confirm (or take back) a milestone or criterion."""
        group = self.milestones if kind == MILESTONE else self.criteria
        if on and target_id not in group:
            group.append(target_id)
        elif not on and target_id in group:
            group.remove(target_id)


def apply_after(
    journal: Journal,
    entry_id: int,
    *,
    criteria: Iterable[int] = (),
    assessments: Iterable[AssessmentDraft] = (),
) -> list[str]:
    """Link the saved entry to what could not go with it: each link its own operation.

    Returns what failed, one plain line each (the rest is linked all the same).
    """
    problems: list[str] = []
    for criterion_id in criteria:
        try:
            journal.rubric.link(entry_id, criterion_id)
        except (ServiceError, StoreError) as exc:
            problems.append(str(exc))
    for draft in assessments:
        try:
            journal.skills.record_assessment(
                draft.skill_id,
                draft.level,
                assessed_on=draft.assessed_on or journal.entries.get(entry_id).occurred_on,
                source=draft.source,
                evidence_entry_id=entry_id,
                note=draft.note,
            )
        except (ServiceError, StoreError) as exc:
            problems.append(str(exc))
    return problems


def split_assessments(
    own: AssessmentDraft | None, confirmed: Confirmed
) -> tuple[AssessmentDraft | None, list[AssessmentDraft]]:
    """(the level saved with the entry, those recorded right after it). A save carries one level:
    the editor's own "Record a skill level" first, else the first confirmed skill."""
    levels = list(confirmed.skills.values())
    if own is not None:
        return own, levels
    return (levels[0], levels[1:]) if levels else (None, [])


def follow_entry_date(draft: AssessmentDraft, entry_day: dt.date) -> AssessmentDraft:
    """A level dated like the entry follows the entry's date (None), as the editor's own does."""
    return dataclasses.replace(draft, assessed_on=None) if draft.assessed_on == entry_day else draft


# -- the worker -------------------------------------------------------------------------------


class SuggestRunner(QObject):
    """Finds suggestions for the latest text, in a worker thread, once typing pauses.

    `request(text, exclude)` (re)starts the pause timer (`delay_ms`); then `find()` runs in a
    thread, one at a time: a request made meanwhile runs when it ends, and only the answer to the
    newest request is emitted (`ready(Findings)`, on the GUI thread).
    """

    DELAY_MS = 600

    ready = Signal(object)
    _finished = Signal(object)  # from the worker thread, queued to this object's thread

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self._journal = journal
        self._serial = 0
        self._wanted: tuple[str, int | None] = ("", None)
        self._thread: threading.Thread | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def delay_ms(self) -> int:
        return self._timer.interval()

    @delay_ms.setter
    def delay_ms(self, value: int) -> None:
        self._timer.setInterval(max(0, int(value)))

    @property
    def busy(self) -> bool:
        """A request is waiting for its pause or being answered."""
        return self._timer.isActive() or self._thread is not None

    def request(self, text: str, exclude: int | None = None, *, now: bool = False) -> None:
        """Find suggestions for `text` once typing pauses (`now`: without waiting)."""
        if self._closed:
            return
        self._serial += 1
        self._wanted = (text, exclude)
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def stop(self) -> None:
        """No more answers (the dialog closed); a running search is left to end by itself."""
        self._closed = True
        self._timer.stop()

    def _start(self) -> None:
        if self._closed or self._thread is not None:
            return  # the running one ends first; its end starts this one
        serial, (text, exclude) = self._serial, self._wanted
        self._thread = threading.Thread(
            target=self._run, args=(serial, text, exclude), name="link-suggest", daemon=True
        )
        self._thread.start()

    def _run(self, serial: int, text: str, exclude: int | None) -> None:
        findings = find(self._journal, text, exclude=exclude, serial=serial)
        with contextlib.suppress(RuntimeError):  # the dialog (and this object) is gone meanwhile
            self._finished.emit(findings)

    def _on_finished(self, findings: Findings) -> None:
        self._thread = None
        if self._closed:
            return
        if findings.serial != self._serial:
            if not self._timer.isActive():
                self._start()  # a newer request waited for this one
            return
        self.ready.emit(findings)


__all__ = [
    "CRITERION",
    "KINDS",
    "MILESTONE",
    "PER_KIND",
    "SKILL",
    "Confirmed",
    "Findings",
    "Likely",
    "Seen",
    "SuggestRunner",
    "apply_after",
    "because_text",
    "duplicate_text",
    "find",
    "meaning_off",
    "quoted",
    "split_assessments",
    "suggestion_text",
    "text_of",
]
