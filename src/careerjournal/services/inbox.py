"""The evidence inbox: candidates found by harvesting, and the user's triage of them.

Finding evidence is not a user action: storing what a harvest found is a plain transaction, never
an operation on the undo stack (a background rescan must not become the next Ctrl+Z). Deciding is:
accepting (one entry per candidate, or several merged into one), and dismissing are operations,
undone as one. A decided candidate keeps its key, so a rescan never brings it back; the same work
found in two sources (same fingerprint, or a link an entry already has) is stored as a duplicate
and shown once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain import (
    Candidate,
    CandidateStatus,
    Entry,
    EvidenceLink,
    Goal,
    GoalStatus,
    HarvestSource,
    HarvestState,
    Milestone,
    Skill,
    SkillBand,
)
from ..domain.models import utc_now
from ..harvest import HarvestReport, Skipped
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ServiceError
from .inbox_records import (
    CandidateRecord,
    OpenMilestone,
    QuietWeek,
    SkillHint,
    Suggestions,
    apply_found,
    draft_of,
    grown,
    suggest,
    to_record,
    week_facts,
)
from .operations import OpCode, Operation
from .records import AssessmentDraft, EntryDraft, EntryRecord

if TYPE_CHECKING:
    from .entries import EntryService

CHUNK = 500


@dataclass(frozen=True)
class StoreResult:
    """What storing one harvest did: counts, and the places its source skipped."""

    source: HarvestSource
    added: int = 0
    updated: int = 0
    known: int = 0  # found again, already decided (or unchanged)
    duplicates: int = 0  # the same work as another candidate or an entry
    read: int = 0
    skipped: tuple[Skipped, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.value,
            "added": self.added,
            "updated": self.updated,
            "known": self.known,
            "duplicates": self.duplicates,
            "read": self.read,
            "skipped": [
                {"where": s.where, "reason": s.reason, "detail": s.detail} for s in self.skipped
            ],
        }


class AlreadyDecidedError(ServiceError):
    """A candidate was accepted or dismissed meanwhile (another window, the CLI)."""


class InboxService(Service):
    # -- harvesting ----------------------------------------------------------------------------

    def states(self, source: HarvestSource) -> dict[str, dict[str, Any]]:
        """What each location of `source` had at its last harvest (for an incremental rescan)."""
        with self._store.read() as session:
            found = session.execute(
                select(HarvestState.location, HarvestState.state).where(
                    HarvestState.source == source
                )
            )
            return {location: dict(state or {}) for location, state in found}

    def run(
        self, source: HarvestSource, read: Callable[[dict[str, dict[str, Any]]], HarvestReport]
    ) -> StoreResult:
        """Harvest with `read(states)` (the source's reader) and store what it found."""
        return self.store(source, read(self.states(source)))

    def store(self, source: HarvestSource, report: HarvestReport) -> StoreResult:
        """Keep what a harvest found: new candidates added, pending ones refreshed, decided ones
        left alone; then remember each location's state. One transaction."""
        counts = {"added": 0, "updated": 0, "known": 0, "duplicates": 0}
        added: list[int] = []
        with self._store.write() as session:
            by_key: dict[str, Any] = {}
            for found in report.found:
                if found.source is source:
                    by_key[found.key[:300]] = found  # the last one of a key wins
            existing = self._existing(session, source, list(by_key))
            prints = self._fingerprints(session, [f.fingerprint for f in by_key.values()])
            urls = self._linked_urls(session, [u.url for f in by_key.values() for u in f.links])
            for key, found in by_key.items():
                row = existing.get(key)
                if row is not None:
                    found = grown(row, found)
                    if row.status is CandidateStatus.NEW and apply_found(row, found):
                        counts["updated"] += 1
                    else:
                        counts["known"] += 1
                    continue
                row = Candidate(source=source, key=key, found_at=utc_now())
                apply_found(row, found)
                twin = bool(found.fingerprint) and found.fingerprint in prints
                entry_id = next((urls[u.url] for u in found.links if u.url in urls), None)
                if twin or entry_id is not None:
                    row.status = CandidateStatus.DUPLICATE
                    row.entry_id = entry_id if entry_id is not None else prints[found.fingerprint]
                    row.decided_at = utc_now()
                    counts["duplicates"] += 1
                else:
                    row.status = CandidateStatus.NEW
                    counts["added"] += 1
                session.add(row)
                session.flush()
                if found.fingerprint and not twin:
                    prints[found.fingerprint] = row.entry_id
                if row.status is CandidateStatus.NEW:
                    added.append(row.id)
            self._keep_states(session, source, report.states)
        self._announce(Change.of(Topic.INBOX, Action.ADDED, added))
        return StoreResult(source, read=report.read, skipped=tuple(report.skipped), **counts)

    @staticmethod
    def _existing(session: Session, source: HarvestSource, keys: list[str]) -> dict[str, Candidate]:
        out: dict[str, Candidate] = {}
        for i in range(0, len(keys), CHUNK):
            stmt = select(Candidate).where(
                Candidate.source == source, Candidate.key.in_(keys[i : i + CHUNK])
            )
            out.update((row.key, row) for row in session.scalars(stmt))
        return out

    @staticmethod
    def _fingerprints(session: Session, prints: list[str]) -> dict[str, int | None]:
        """Fingerprints already in the inbox, with the entry their candidate became (if any)."""
        wanted = sorted({p for p in prints if p})
        out: dict[str, int | None] = {}
        for i in range(0, len(wanted), CHUNK):
            stmt = select(Candidate.fingerprint, Candidate.entry_id).where(
                Candidate.fingerprint.in_(wanted[i : i + CHUNK]),
                Candidate.status != CandidateStatus.DUPLICATE,
            )
            for fp, entry_id in session.execute(stmt):
                out[fp] = out.get(fp) or entry_id
        return out

    @staticmethod
    def _linked_urls(session: Session, urls: list[str]) -> dict[str, int]:
        """Links some entry already has (the user wrote it up): their entry ids."""
        wanted = sorted(set(urls))
        out: dict[str, int] = {}
        for i in range(0, len(wanted), CHUNK):
            stmt = (
                select(EvidenceLink.url, EvidenceLink.entry_id)
                .join(Entry, Entry.id == EvidenceLink.entry_id)
                .where(EvidenceLink.url.in_(wanted[i : i + CHUNK]), Entry.trashed_at.is_(None))
            )
            out.update((url, entry_id) for url, entry_id in session.execute(stmt))
        return out

    @staticmethod
    def _keep_states(
        session: Session, source: HarvestSource, states: Mapping[str, Mapping[str, Any]]
    ) -> None:
        for location, state in states.items():
            where = location[:1000]
            row = session.scalar(
                select(HarvestState).where(
                    HarvestState.source == source, HarvestState.location == where
                )
            )
            if row is None:
                row = HarvestState(source=source, location=where)
                session.add(row)
            row.state = dict(state)
            row.scanned_at = utc_now()

    # -- reading -------------------------------------------------------------------------------

    def pending(
        self, *, source: HarvestSource | None = None, limit: int | None = None
    ) -> list[CandidateRecord]:
        """The inbox: candidates not decided yet, newest first."""
        stmt = select(Candidate).where(Candidate.status == CandidateStatus.NEW)
        if source is not None:
            stmt = stmt.where(Candidate.source == source)
        stmt = stmt.order_by(Candidate.occurred_on.desc(), Candidate.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._store.read() as session:
            return [to_record(row) for row in session.scalars(stmt)]

    def count(self) -> int:
        stmt = select(func.count()).where(Candidate.status == CandidateStatus.NEW)
        with self._store.read() as session:
            return int(session.scalar(stmt) or 0)

    def get(self, candidate_id: int) -> CandidateRecord:
        with self._store.read() as session:
            row = session.get(Candidate, candidate_id)
            if row is None:
                raise NotFoundError(f"There is no suggestion {candidate_id} in the inbox.")
            return to_record(row)

    def many(self, ids: Sequence[int]) -> list[CandidateRecord]:
        """Candidates by id, in the order given; NotFoundError names a missing one."""
        with self._store.read() as session:
            return [to_record(self._row(session, i)) for i in ids]

    @staticmethod
    def _row(session: Session, candidate_id: int) -> Candidate:
        row = session.get(Candidate, candidate_id)
        if row is None:
            raise NotFoundError(f"There is no suggestion {candidate_id} in the inbox.")
        return row

    def suggestions(self, ids: Iterable[int]) -> dict[int, Suggestions]:
        """Skills and open goal milestones each candidate's text points at."""
        wanted = list(ids)
        if not wanted:
            return {}
        with self._store.read() as session:
            skills = [
                SkillHint(sid, name, band)
                for sid, name, band in session.execute(
                    select(Skill.id, Skill.name, SkillBand.name).join(SkillBand)
                )
            ]
            milestones = [
                OpenMilestone(mid, title, goal, str(kind), dict(criterion or {}))
                for mid, title, goal, kind, criterion in session.execute(
                    select(
                        Milestone.id,
                        Milestone.title,
                        Goal.title,
                        Milestone.criterion_kind,
                        Milestone.criterion,
                    )
                    .join(Goal)
                    .where(Milestone.done_on.is_(None), Goal.status == GoalStatus.ACTIVE)
                    .order_by(Goal.id, Milestone.position)
                )
            ]
            rows = [to_record(self._row(session, i)) for i in wanted]
        return {c.id: suggest(c, skills, milestones) for c in rows}

    def draft(self, ids: Sequence[int], title: str = "") -> EntryDraft:
        """The entry these candidates suggest (several: merged into one), for the editor."""
        return draft_of(self.many(ids), title)

    # -- deciding: each an operation -----------------------------------------------------------

    def accept(
        self,
        ids: Sequence[int],
        draft: EntryDraft | None = None,
        *,
        title: str = "",
        link_milestones: Sequence[int] = (),
        assessment: AssessmentDraft | None = None,
    ) -> EntryRecord:
        """One entry from one candidate (as suggested, or as `draft` says), or from several
        merged; the candidates are marked accepted in the same operation."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            raise ServiceError("Choose at least one suggestion.")
        candidates = self._pending(wanted)
        if draft is None:
            draft = draft_of(candidates, title)
        code = OpCode.INBOX_ACCEPT if len(wanted) == 1 else OpCode.INBOX_MERGE

        def mark(op: Operation, entry_id: int) -> None:
            self._decide(op, wanted, CandidateStatus.ACCEPTED, entry_id)

        record = self._entries().add(
            draft, assessment=assessment, link_milestones=link_milestones, code=code, then=mark
        )
        self._announce(Change.of(Topic.INBOX, Action.UPDATED, wanted))
        return record

    def accept_each(self, ids: Sequence[int]) -> list[EntryRecord]:
        """Each candidate becomes its own entry, as suggested: one operation for them all."""
        wanted = list(dict.fromkeys(ids))
        candidates = self._pending(wanted)

        def mark(op: Operation, entry_ids: list[int]) -> None:
            op.watch("candidate", wanted)
            now = utc_now()
            for cid, eid in zip(wanted, entry_ids, strict=True):
                op.session.execute(
                    update(Candidate)
                    .where(Candidate.id == cid)
                    .values(status=CandidateStatus.ACCEPTED, entry_id=eid, decided_at=now)
                )

        drafts = [draft_of([c]) for c in candidates]
        records = self._entries().add_many(drafts, code=OpCode.INBOX_ACCEPT, then=mark)
        self._announce(Change.of(Topic.INBOX, Action.UPDATED, wanted))
        return records

    def dismiss(self, ids: Sequence[int]) -> int:
        """Dismiss candidates: they leave the inbox and never come back on a rescan."""
        wanted = list(dict.fromkeys(ids))
        candidates = self._pending(wanted)
        subject = candidates[0].title if len(candidates) == 1 else ""
        with self._log.record(OpCode.INBOX_DISMISS, subject, len(wanted)) as op:
            self._decide(op, wanted, CandidateStatus.DISMISSED, None)
        self._announce(Change.of(Topic.INBOX, Action.UPDATED, wanted))
        return len(wanted)

    def mark_duplicate(self, candidate_id: int, entry_id: int) -> int:
        """A suggestion that is already in the journal as `entry_id` (found by meaning): it leaves
        the inbox as a duplicate of that entry and never comes back on a rescan; one undoable
        dismissal. Returns 1."""
        (candidate,) = self._pending([candidate_id])
        self._entries().get(entry_id)  # NotFoundError when it is gone
        with self._log.record(OpCode.INBOX_DISMISS, candidate.title, 1) as op:
            self._decide(op, [candidate_id], CandidateStatus.DUPLICATE, entry_id)
        self._announce(Change.of(Topic.INBOX, Action.UPDATED, [candidate_id]))
        return 1

    def dismiss_origin(self, candidate_id: int) -> int:
        """Dismiss every pending candidate from the same place as this one (a repository, a
        calendar file): Shift+D. Returns how many."""
        one = self.get(candidate_id)
        with self._store.read() as session:
            ids = list(
                session.scalars(
                    select(Candidate.id).where(
                        Candidate.status == CandidateStatus.NEW,
                        Candidate.source == one.source,
                        Candidate.origin == one.origin,
                    )
                )
            )
        return self.dismiss(ids) if ids else 0

    def _pending(self, ids: Sequence[int]) -> list[CandidateRecord]:
        if not ids:
            raise ServiceError("Choose at least one suggestion.")
        candidates = self.many(ids)
        for c in candidates:
            if c.status is not CandidateStatus.NEW:
                raise AlreadyDecidedError(
                    f"Suggestion {c.id} “{c.title}” was already {c.status.value}."
                )
        return candidates

    @staticmethod
    def _decide(
        op: Operation, ids: Sequence[int], status: CandidateStatus, entry_id: int | None
    ) -> None:
        op.watch("candidate", ids)
        stmt = (
            update(Candidate)
            .where(Candidate.id.in_(ids), Candidate.status == CandidateStatus.NEW)
            .values(status=status, entry_id=entry_id, decided_at=utc_now())
        )
        done = op.session.execute(stmt).rowcount  # type: ignore[attr-defined]
        if done != len(ids):  # decided meanwhile, between our read and this write
            raise AlreadyDecidedError("A suggestion was decided meanwhile; nothing was changed.")

    def _entries(self) -> EntryService:
        from .entries import EntryService

        return EntryService(self._store, self._feed, self._log)

    # -- the nudge: a week with evidence and nothing written -----------------------------------

    def quiet_week(self, today: dt.date, week_start: int = 0) -> QuietWeek | None:
        """Last complete week, if it has harvested evidence and no entry; else None."""
        this_week = today - dt.timedelta(days=(today.weekday() - week_start) % 7)
        start = this_week - dt.timedelta(days=7)
        end = this_week - dt.timedelta(days=1)
        with self._store.read() as session:
            written = session.scalar(
                select(func.count()).where(
                    Entry.occurred_on.between(start, end), Entry.trashed_at.is_(None)
                )
            )
            if written:
                return None
            rows = [
                to_record(row)
                for row in session.scalars(
                    select(Candidate).where(
                        Candidate.occurred_on.between(start, end),
                        Candidate.status != CandidateStatus.DUPLICATE,
                    )
                )
            ]
        week = week_facts(start, rows)
        return week if week.evidence else None
