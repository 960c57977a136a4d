"""Journal entries: add, edit, trash, restore, purge, and the queries views and the CLI need."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, String, delete, func, select, type_coerce, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from ..domain import MICRO_KINDS, Entry, EntryKind, EvidenceLink, Role, Tag, entry_tag
from ..domain.models import Milestone, milestone_evidence, utc_now
from ..store import search
from . import validate
from .base import Service
from .changes import Action, Change, Topic
from .errors import ConflictError, NotFoundError, ValidationError
from .operations import OpCode, Operation
from .records import AUTO, AssessmentDraft, EntryDraft, EntryQuery, EntryRecord, LinkRecord
from .rubric_links import relink_criteria
from .skills import SkillService

# A new entry's kind when the journal has no micro-progressions yet.
CAPTURE_FALLBACK_KIND = EntryKind.PROJECT


class SortKey(StrEnum):
    DATE = "date"
    KIND = "kind"
    TITLE = "title"
    IMPACT = "impact"
    ROLE = "role"


_SORT_COLUMNS = {
    SortKey.DATE: Entry.occurred_on,
    SortKey.KIND: Entry.kind,
    SortKey.IMPACT: Entry.impact,
}


def _sort_column(sort: SortKey, dialect: str) -> Any:
    """The ORDER BY expression; text is case-folded (SQLite's lower() folds ASCII only)."""
    if sort in _SORT_COLUMNS:
        return _SORT_COLUMNS[sort]
    fold = func.cj_fold if dialect == "sqlite" else func.lower
    text = Entry.title if sort is SortKey.TITLE else func.coalesce(Role.title, "")
    return fold(text)


def to_record(entry: Entry) -> EntryRecord:
    return EntryRecord(
        id=entry.id,
        occurred_on=entry.occurred_on,
        kind=entry.kind,
        title=entry.title,
        body=entry.body,
        impact=entry.impact,
        measurable_result=entry.measurable_result,
        starred=entry.starred,
        tags=tuple(sorted(t.name for t in entry.tags)),  # as loaded (by name), also when new
        links=tuple(LinkRecord(link.url, link.label) for link in entry.links),
        role_id=entry.role_id,
        role_title=entry.role.title if entry.role is not None else "",
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        trashed_at=entry.trashed_at,
        version=entry.version,
    )


def _loaded() -> Select[Entry]:
    return select(Entry).options(
        selectinload(Entry.tags), selectinload(Entry.links), selectinload(Entry.role)
    )


class EntryService(Service):
    # -- writes -------------------------------------------------------------------------------

    def add(
        self,
        draft: EntryDraft,
        *,
        assessment: AssessmentDraft | None = None,
        link_milestones: Sequence[int] = (),
        code: OpCode = OpCode.ENTRY_ADD,
        then: Callable[[Operation, int], None] | None = None,
        link_criteria: Sequence[int] = (),
    ) -> EntryRecord:
        """Save a new entry: one operation, undone as one.

        With `assessment`, a skill level is recorded with this entry as its evidence (dated like
        the entry unless the draft says otherwise); with `link_milestones`, the entry becomes
        evidence for those milestones. All in the same transaction: all saved, or nothing.
        `then(op, entry_id)` runs last in that transaction (the inbox marks what it accepted).
        """
        clean = self._validate(draft)
        with self._log.record(code, clean.title, 1) as op:
            session = op.session
            op.watch_where("tag", Tag.name.in_(clean.tags))
            self._watch_milestones(op, link_milestones)
            entry = Entry()
            session.add(entry)
            with session.no_autoflush:  # one INSERT, so a new entry starts at version 1
                self._apply(session, entry, clean)
            try:
                session.flush()
            except IntegrityError as exc:
                raise ValidationError("entry", f"The entry could not be saved: {exc.orig}") from exc
            op.created("entry", [entry.id])
            if assessment is not None:
                self._assess(session, entry, assessment)
            self._relink(session, entry, link_milestones, ())
            relink_criteria(session, entry.id, link_criteria, ())
            if then is not None:
                then(op, entry.id)
            record = to_record(entry)
        self._announce(Change.of(Topic.ENTRIES, Action.ADDED, [record.id]))
        self._announce_side_effects(assessment, link_milestones)
        if link_criteria:
            self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED))
        return record

    def add_many(
        self,
        drafts: Sequence[EntryDraft],
        *,
        code: OpCode,
        then: Callable[[Operation, list[int]], None] | None = None,
    ) -> list[EntryRecord]:
        """Save several new entries as one operation (accepting inbox suggestions as they are)."""
        cleaned = [self._validate(d) for d in drafts]
        if not cleaned:
            return []
        subject = cleaned[0].title if len(cleaned) == 1 else ""
        with self._log.record(code, subject, len(cleaned)) as op:
            session = op.session
            op.watch_where("tag", Tag.name.in_({t for d in cleaned for t in d.tags}))
            made = []
            for clean in cleaned:
                entry = Entry()
                session.add(entry)
                with session.no_autoflush:
                    self._apply(session, entry, clean)
                made.append(entry)
                try:
                    session.flush()  # each in turn: the next one finds the tags this one made
                except IntegrityError as exc:
                    msg = f"The entry could not be saved: {exc.orig}"
                    raise ValidationError("entry", msg) from exc
            ids = [e.id for e in made]
            op.created("entry", ids)
            if then is not None:
                then(op, ids)
            records = [to_record(e) for e in made]
        self._announce(Change.of(Topic.ENTRIES, Action.ADDED, ids))
        return records

    @staticmethod
    def _assess(session: Session, entry: Entry, assessment: AssessmentDraft) -> None:
        SkillService.append_assessment(
            session, assessment, default_day=entry.occurred_on, evidence=entry.id
        )
        session.flush()

    @staticmethod
    def _watch_milestones(op: Operation, *groups: Sequence[int]) -> None:
        ids = sorted({m for group in groups for m in group})
        op.watch("milestone", ids)

    @staticmethod
    def _relink(session: Session, entry: Entry, link: Sequence[int], unlink: Sequence[int]) -> None:
        """Make the entry evidence for the `link` milestones and no longer for `unlink` ones."""
        wanted = dict.fromkeys(link)
        for milestone_id in [*wanted, *unlink]:
            if session.get(Milestone, milestone_id) is None:
                raise NotFoundError(f"There is no milestone {milestone_id}.")
        have = set(
            session.scalars(
                select(milestone_evidence.c.milestone_id).where(
                    milestone_evidence.c.entry_id == entry.id
                )
            )
        )
        add = [m for m in wanted if m not in have]
        drop = [m for m in dict.fromkeys(unlink) if m in have and m not in wanted]
        if add:
            session.execute(
                milestone_evidence.insert(),
                [{"milestone_id": m, "entry_id": entry.id} for m in add],
            )
        if drop:
            session.execute(
                delete(milestone_evidence).where(
                    milestone_evidence.c.entry_id == entry.id,
                    milestone_evidence.c.milestone_id.in_(drop),
                )
            )

    def _announce_side_effects(
        self, assessment: AssessmentDraft | None, *milestone_groups: Sequence[int]
    ) -> None:
        if assessment is not None:
            self._announce(Change.of(Topic.SKILLS, Action.UPDATED, [assessment.skill_id]))
        if any(milestone_groups):
            self._announce(Change.of(Topic.GOALS, Action.UPDATED))

    def update(
        self,
        entry_id: int,
        draft: EntryDraft,
        *,
        expected_version: int,
        assessment: AssessmentDraft | None = None,
        link_milestones: Sequence[int] = (),
        unlink_milestones: Sequence[int] = (),
        code: OpCode = OpCode.ENTRY_EDIT,
        link_criteria: Sequence[int] = (),
        unlink_criteria: Sequence[int] = (),
    ) -> EntryRecord:
        """Replace an entry's fields; refused (ConflictError) unless it is still at
        `expected_version`, the version the caller read (so a stale copy never overwrites).

        With `assessment`, also record a skill level evidenced by this entry; with
        `link_milestones` / `unlink_milestones`, make it (no longer) evidence for those
        milestones. One operation: all saved, or nothing (`code` says what it is in the log:
        an edit, or the restore of an earlier version).
        """
        clean = self._validate(draft)
        try:
            with self._log.record(code, clean.title) as op:
                session = op.session
                entry = self._get(session, entry_id)
                if entry.version != expected_version:
                    raise ConflictError(
                        f"Entry {entry_id} was changed elsewhere since you opened it "
                        f"(version {expected_version}, now {entry.version}). Reopen it to see "
                        "the newer text; yours is kept in the editor.",
                        kind="entry",
                        record_id=entry_id,
                        expected=expected_version,
                        current=entry.version,
                    )
                op.watch("entry", [entry_id], deep=True)
                op.watch_where("tag", Tag.name.in_(clean.tags))
                self._watch_milestones(op, link_milestones, unlink_milestones)
                with session.no_autoflush:  # one UPDATE, so one edit is one version
                    self._apply(session, entry, clean)
                # Always a new version, also when only tags or links changed (no column did).
                flag_modified(entry, "title")
                self._drop_unused_tags(session)
                if assessment is not None:
                    self._assess(session, entry, assessment)
                self._relink(session, entry, link_milestones, unlink_milestones)
                relink_criteria(session, entry_id, link_criteria, unlink_criteria)
                record = to_record(entry)
        except StaleDataError as exc:
            raise ConflictError(
                f"Entry {entry_id} was changed by another program meanwhile.",
                kind="entry",
                record_id=entry_id,
                expected=expected_version,
            ) from exc
        self._announce(Change.of(Topic.ENTRIES, Action.UPDATED, [entry_id]))
        self._announce_side_effects(assessment, link_milestones, unlink_milestones)
        if link_criteria or unlink_criteria:
            self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED))
        return record

    def trash(self, ids: Iterable[int]) -> list[int]:
        """Move entries to the trash; returns the ids that were live and now are trashed."""
        return self._set_trashed(ids, utc_now(), Action.TRASHED)

    def restore(self, ids: Iterable[int]) -> list[int]:
        return self._set_trashed(ids, None, Action.RESTORED)

    def purge(self, ids: Iterable[int]) -> list[int]:
        """Delete entries for good (trash or not), with all that went with them (tags no other
        entry uses, their milestone links, their evidence role in levels). Returns the ids
        that existed."""
        wanted = list(dict.fromkeys(ids))
        with self._log.record(OpCode.ENTRIES_PURGE) as op:
            session = op.session
            found = list(session.scalars(select(Entry.id).where(Entry.id.in_(wanted))))
            op.count = len(found)
            if len(found) == 1:
                op.subject = session.scalar(select(Entry.title).where(Entry.id == found[0])) or ""
            if found:
                op.watch("entry", found, deep=True)
                session.execute(delete(Entry).where(Entry.id.in_(found)))
                self._drop_unused_tags(session)
        if found:
            self._announce(Change.of(Topic.ENTRIES, Action.DELETED, found))
        return found

    def empty_trash(self) -> int:
        with self._store.read() as session:
            ids = list(session.scalars(select(Entry.id).where(Entry.trashed_at.is_not(None))))
        return len(self.purge(ids))

    # -- reads --------------------------------------------------------------------------------

    def get(self, entry_id: int) -> EntryRecord:
        with self._store.read() as session:
            return to_record(self._get(session, entry_id))

    def get_many(self, ids: Sequence[int]) -> list[EntryRecord]:
        """Records for `ids` in the order given; ids that no longer exist are skipped."""
        by_id: dict[int, EntryRecord] = {}
        with self._store.read() as session:
            for start in range(0, len(ids), 900):  # stay below SQLite's bound-parameter limit
                chunk = ids[start : start + 900]
                for entry in session.scalars(_loaded().where(Entry.id.in_(chunk))):
                    by_id[entry.id] = to_record(entry)
        return [by_id[i] for i in ids if i in by_id]

    def ids(
        self,
        query: EntryQuery = EntryQuery(),
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
    ) -> list[int]:
        """Ids of matching entries in display order (ties broken by id, same direction)."""
        with self._store.read() as session:
            stmt = apply_query(session, select(Entry.id), query)
            if sort is SortKey.ROLE:
                stmt = stmt.outerjoin(Role, Role.id == Entry.role_id)
            column = _sort_column(sort, session.get_bind().dialect.name)
            order = [column.desc(), Entry.id.desc()] if descending else [column, Entry.id]
            if sort is not SortKey.DATE:
                order.insert(1, Entry.occurred_on.desc() if descending else Entry.occurred_on)
            # Plain Core execution: 100,000 ids come back without ORM row processing.
            return list(session.connection().execute(stmt.order_by(*order)).scalars().all())

    def list(
        self, query: EntryQuery = EntryQuery(), *, limit: int | None = None
    ) -> list[EntryRecord]:
        """Matching entries, oldest first (the order a journal is read in)."""
        with self._store.read() as session:
            stmt = apply_query(session, _loaded(), query).order_by(Entry.occurred_on, Entry.id)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [to_record(e) for e in session.scalars(stmt)]

    def count(self, query: EntryQuery = EntryQuery()) -> int:
        with self._store.read() as session:
            stmt = apply_query(session, select(func.count(Entry.id)), query)
            return int(session.execute(stmt).scalar_one())

    def search(
        self, text: str, *, limit: int | None = 50, include_trashed: bool = False
    ) -> builtins.list[EntryRecord]:
        """Full-text search, best match first."""
        with self._store.read() as session:
            ids = search.search_ids(session, text, limit=limit, include_trashed=include_trashed)
        return self.get_many(ids)

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Every tag in use on live entries with how many entries carry it, most used first."""
        with self._store.read() as session:
            rows = session.execute(
                select(Tag.name, func.count(entry_tag.c.entry_id))
                .join(entry_tag, entry_tag.c.tag_id == Tag.id)
                .join(Entry, Entry.id == entry_tag.c.entry_id)
                .where(Entry.trashed_at.is_(None))
                .group_by(Tag.name)
                .order_by(func.count(entry_tag.c.entry_id).desc(), Tag.name)
            ).all()
        return [(name, int(n)) for name, n in rows]

    def most_used_kind(
        self, today: dt.date | None = None, *, window_days: int = 365
    ) -> EntryKind | None:
        """The micro-progression kind of most live entries dated in the `window_days` up to
        `today` (all time when there are none then); ties go to the earlier kind in
        `MICRO_KINDS`. None for a journal without micro-progressions.

        Never promotion or other, which Insights leaves out of progress and momentum: this is
        the default kind of a new entry, so a one-keystroke capture always counts.
        """
        today = today or dt.date.today()
        micro = [k.value for k in MICRO_KINDS]
        kind = type_coerce(Entry.kind, String)
        stmt = (
            select(kind, func.count())
            .where(Entry.trashed_at.is_(None), kind.in_(micro))
            .group_by(kind)
        )
        since = today - dt.timedelta(days=window_days - 1)
        with self._store.read() as session:
            rows = session.execute(
                stmt.where(Entry.occurred_on >= since, Entry.occurred_on <= today)
            ).all()
            if not rows:
                rows = session.execute(stmt).all()
        if not rows:
            return None
        counts = {str(k): int(n) for k, n in rows}
        return max(MICRO_KINDS, key=lambda k: (counts.get(k.value, 0), -MICRO_KINDS.index(k)))

    def capture_kind(self, today: dt.date | None = None) -> EntryKind:
        """The kind of a new entry when the user does not say: the most used micro-progression
        kind, else project (a small win is most often something delivered)."""
        return self.most_used_kind(today) or CAPTURE_FALLBACK_KIND

    def date_span(self) -> tuple[dt.date, dt.date] | None:
        """First and last date of live entries, or None for an empty journal."""
        with self._store.read() as session:
            lo, hi = session.execute(
                select(func.min(Entry.occurred_on), func.max(Entry.occurred_on)).where(
                    Entry.trashed_at.is_(None)
                )
            ).one()
        return None if lo is None else (lo, hi)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, entry_id: int) -> Entry:
        entry = session.scalars(_loaded().where(Entry.id == entry_id)).one_or_none()
        if entry is None:
            raise NotFoundError(f"There is no entry {entry_id}.")
        return entry

    @staticmethod
    def _validate(draft: EntryDraft) -> EntryDraft:
        links = []
        for link in draft.links:
            url = validate.text(link.url, "links", 2000)
            if not url:
                raise ValidationError("links", "An evidence link is empty; give its address.")
            links.append(LinkRecord(url, validate.text(link.label, "links", 200)))
        return EntryDraft(
            title=validate.title(draft.title),
            occurred_on=validate.check_date(draft.occurred_on),
            kind=EntryKind(draft.kind),
            body=draft.body.rstrip(),
            impact=validate.impact(draft.impact),
            measurable_result=draft.measurable_result.strip()[:300],
            starred=bool(draft.starred),
            tags=validate.tags(draft.tags),
            links=tuple(links),
            role_id=draft.role_id,
        )

    def _apply(self, session: Session, entry: Entry, draft: EntryDraft) -> None:
        entry.occurred_on = draft.occurred_on
        entry.kind = draft.kind
        entry.title = draft.title
        entry.body = draft.body
        entry.impact = draft.impact
        entry.measurable_result = draft.measurable_result
        entry.starred = draft.starred
        role_id = role_id_at(session, draft.occurred_on) if draft.role_id == AUTO else draft.role_id
        role = None if role_id is None else session.get(Role, role_id)
        if role_id is not None and role is None:
            raise ValidationError("role", f"There is no role {role_id}.")
        entry.role_id = role_id
        entry.role = role  # the object too, so the record's role title is the new one
        entry.tags = tags_by_name(session, draft.tags)
        new_links = [(link.url, link.label) for link in draft.links]
        if [(link.url, link.label) for link in entry.links] != new_links:
            entry.links = [
                EvidenceLink(url=url, label=label, position=i)
                for i, (url, label) in enumerate(new_links)
            ]

    @staticmethod
    def _drop_unused_tags(session: Session) -> None:
        session.flush()
        # Core delete: tag objects loaded in this session stay usable.
        session.execute(
            delete(Tag.__table__).where(  # type: ignore[arg-type]
                ~select(entry_tag.c.tag_id).where(entry_tag.c.tag_id == Tag.id).exists()
            )
        )

    def _set_trashed(
        self, ids: Iterable[int], when: dt.datetime | None, action: Action
    ) -> builtins.list[int]:
        wanted = list(dict.fromkeys(ids))
        condition = (
            Entry.trashed_at.is_(None) if when is not None else Entry.trashed_at.is_not(None)
        )
        code = OpCode.ENTRIES_TRASH if when is not None else OpCode.ENTRIES_RESTORE
        changed: builtins.list[int] = []
        with self._log.record(code) as op:
            session = op.session
            op.watch("entry", wanted)
            for start in range(0, len(wanted), 900):
                chunk = wanted[start : start + 900]
                # The condition is part of the UPDATE: on PostgreSQL a concurrent move of the
                # same entry is re-checked after its lock, so only one device "changes" it.
                moved = set(
                    session.execute(
                        update(Entry)
                        .where(Entry.id.in_(chunk), condition)
                        .values(trashed_at=when, version=Entry.version + 1)
                        .returning(Entry.id)
                        .execution_options(synchronize_session=False)
                    ).scalars()
                )
                changed.extend(i for i in chunk if i in moved)
            op.count = len(changed)
            if len(changed) == 1:
                op.subject = session.scalar(select(Entry.title).where(Entry.id == changed[0])) or ""
        if changed:
            self._announce(Change.of(Topic.ENTRIES, action, changed))
        return changed


def role_id_at(session: Session, day: dt.date) -> int | None:
    """The role held on `day` (the latest started, if several overlap)."""
    return session.scalars(
        select(Role.id)
        .where(Role.start_date <= day, (Role.end_date.is_(None)) | (Role.end_date >= day))
        .order_by(Role.start_date.desc(), Role.id.desc())
        .limit(1)
    ).first()


def tags_by_name(session: Session, names: Sequence[str]) -> list[Tag]:
    """Tag rows for `names`, creating the missing ones."""
    if not names:
        return []
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
    result = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[name] = tag
        result.append(tag)
    return result


def apply_query(session: Session, stmt: Select, query: EntryQuery) -> Select:  # type: ignore[type-arg]
    """Narrow a select over `Entry` to the entries `query` describes."""
    if query.trashed is True:
        stmt = stmt.where(Entry.trashed_at.is_not(None))
    elif query.trashed is False:
        stmt = stmt.where(Entry.trashed_at.is_(None))
    if query.date_from is not None:
        stmt = stmt.where(Entry.occurred_on >= query.date_from)
    if query.date_to is not None:
        stmt = stmt.where(Entry.occurred_on <= query.date_to)
    if query.kinds is not None:
        stmt = stmt.where(Entry.kind.in_(sorted(query.kinds)))
    if query.starred is not None:
        stmt = stmt.where(Entry.starred.is_(query.starred))
    if query.role_id is not None:
        stmt = stmt.where(Entry.role_id == query.role_id)
    if query.tags:
        names = sorted(validate.tags(tuple(query.tags)))
        tagged = (
            select(entry_tag.c.entry_id)
            .join(Tag, Tag.id == entry_tag.c.tag_id)
            .where(Tag.name.in_(names))
        )
        stmt = stmt.where(Entry.id.in_(tagged))
    if query.text.strip():
        matching = search.matching_ids(session.get_bind().dialect.name, query.text)
        if matching is None:  # only punctuation typed: nothing can match
            stmt = stmt.where(Entry.id.is_(None))
        else:
            stmt = stmt.where(Entry.id.in_(matching))
    return stmt
