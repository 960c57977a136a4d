"""Progression frameworks in the journal: import (and re-import), list, use, settings, levels.

Re-importing a framework of the same name keeps every criterion whose wording is unchanged or
only edited (same topic and level, similar text; see `interchange.framework.diff`) in its row,
so its evidence and assessments stay; criteria the new file drops go, with theirs. Each write is
one operation of the journal's log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sqlalchemy import delete, func, select, true, update
from sqlalchemy.orm import Session

from ..domain import (
    Framework,
    FrameworkCriterion,
    FrameworkLevel,
    FrameworkTopic,
    Role,
    RoleLevel,
    TickRule,
    criterion_evidence,
)
from ..interchange import framework as reader
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .framework_records import FrameworkRecord, ImportOutcome, LevelRecord, RubricSettings
from .operations import OpCode
from .rubric_maths import check_thresholds, guess_level, settings_from

BUNDLED = Path(__file__).resolve().parent.parent / "resources" / "frameworks"


def bundled_files() -> list[Path]:
    """The published frameworks that ship with the app (Monzo's, MIT; see their LICENSE).

    The folder's README (what they are, where from) is not one of them.
    """
    if not BUNDLED.is_dir():
        return []
    return sorted(p for p in BUNDLED.glob("*.md") if p.stem.casefold() != "readme")


def framework_record(session: Session, f: Framework) -> FrameworkRecord:
    topics = session.scalar(
        select(func.count()).select_from(FrameworkTopic).where(FrameworkTopic.framework_id == f.id)
    )
    criteria = session.scalar(
        select(func.count())
        .select_from(FrameworkCriterion)
        .where(FrameworkCriterion.framework_id == f.id)
    )
    return FrameworkRecord(
        id=f.id,
        name=f.name,
        source=f.source,
        active=f.active,
        imported_at=f.imported_at,
        levels=tuple(LevelRecord(lv.number, lv.name) for lv in f.levels),
        topic_count=topics or 0,
        criterion_count=criteria or 0,
        settings=settings_from(f.settings),
        version=f.version,
    )


def stored_framework(session: Session, f: Framework) -> reader.Framework:
    """A stored framework as the reader's model, to diff a new file against."""
    topics = {t.id: t for t in f.topics}
    rows = session.scalars(
        select(FrameworkCriterion)
        .where(FrameworkCriterion.framework_id == f.id)
        .order_by(FrameworkCriterion.position)
    )
    criteria = tuple(
        reader.Criterion(topics[c.topic_id].key, c.level, c.text, tuple(c.examples or ()))
        for c in rows
    )
    return reader.Framework(
        name=f.name,
        source=f.source,
        levels=tuple(reader.Level(lv.number, lv.name) for lv in f.levels),
        topics=tuple(reader.Topic(t.key, t.title) for t in f.topics),
        criteria=criteria,
    )


class FrameworkService(Service):
    # -- reading ------------------------------------------------------------------------------

    def list(self) -> list[FrameworkRecord]:
        """By name, in any case (sorted here: the same on every database and collation)."""
        with self._store.read() as session:
            found = sorted(session.scalars(select(Framework)), key=_by_name)
            return [framework_record(session, f) for f in found]

    def active(self) -> FrameworkRecord | None:
        with self._store.read() as session:
            f = session.scalar(select(Framework).where(Framework.active.is_(True)).limit(1))
            return framework_record(session, f) if f is not None else None

    def get(self, framework_id: int) -> FrameworkRecord:
        with self._store.read() as session:
            return framework_record(session, self._framework(session, framework_id))

    def find(self, name: str) -> FrameworkRecord:
        """By name (any case) or id; NotFoundError names what was asked for."""
        wanted = name.strip()
        for record in self.list():
            if record.name.casefold() == wanted.casefold() or str(record.id) == wanted:
                return record
        raise NotFoundError(f"There is no framework “{wanted}”.")

    # -- import -------------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportOutcome:
        """Read a framework file (ImportProblem when it cannot be) and import it."""
        return self.import_framework(reader.read_framework(Path(path)))

    def import_framework(self, fw: reader.Framework) -> ImportOutcome:
        """New, or a re-import of the framework of the same name (any case); the first one
        becomes active."""
        if not fw.name.strip():
            raise ValidationError("name", "A framework needs a name.")
        fw = fit_columns(fw)
        with self._log.record(OpCode.FRAMEWORK_IMPORT, fw.name) as op:
            session = op.session
            # Compared here, not with SQL's lower(): SQLite lowers ASCII letters only.
            wanted = fw.name.casefold()
            existing = next(
                (f for f in session.scalars(select(Framework)) if f.name.casefold() == wanted),
                None,
            )
            if existing is None:
                any_active = session.scalar(select(Framework.id).where(Framework.active.is_(True)))
                target = Framework(name=fw.name, source=fw.source, active=any_active is None)
                target.settings = RubricSettings().to_json()
                session.add(target)
                session.flush()
                op.created("framework", [target.id])
                _write_levels_topics(session, target, fw)
                _add_criteria(session, target, fw, list(fw.criteria))
                outcome = ImportOutcome(
                    framework_record(session, target), True, added=len(fw.criteria), notes=fw.notes
                )
            else:
                op.watch("framework", [existing.id], deep=True)
                outcome = _reimport(session, existing, fw)
        self._announce(Change.of(Topic.FRAMEWORKS, Action.RELOADED))
        return outcome

    # -- choices ------------------------------------------------------------------------------

    def use(self, framework_id: int) -> FrameworkRecord:
        """Make this framework the active one (the rubric, the goal and the case follow it)."""
        with self._log.record(OpCode.FRAMEWORK_USE) as op:
            session = op.session
            target = self._framework(session, framework_id)
            op.subject = target.name
            op.watch_where("framework", true())
            session.execute(update(Framework).values(active=False))
            session.execute(
                update(Framework).where(Framework.id == framework_id).values(active=True)
            )
            session.flush()
            session.refresh(target)
            record = framework_record(session, target)
        self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED, [framework_id]))
        return record

    def delete(self, framework_id: int) -> None:
        """Remove a framework with its criteria, evidence links and assessments (undoable).

        When it was the active one, the first of the others (by name) becomes active, so that
        a journal with frameworks always has one in use.
        """
        with self._log.record(OpCode.FRAMEWORK_DELETE) as op:
            session = op.session
            target = self._framework(session, framework_id)
            op.subject = target.name
            was_active = target.active
            op.watch("framework", [framework_id], deep=True)
            op.watch_where("framework", true())
            session.execute(delete(Framework).where(Framework.id == framework_id))
            others = sorted(session.scalars(select(Framework)), key=_by_name)
            if was_active and others:
                session.execute(
                    update(Framework).where(Framework.id == others[0].id).values(active=True)
                )
        self._announce(Change.of(Topic.FRAMEWORKS, Action.DELETED, [framework_id]))

    def update_settings(
        self,
        framework_id: int,
        *,
        thresholds: tuple[float, ...] | None = None,
        tick: object | None = None,
    ) -> FrameworkRecord:
        with self._log.record(OpCode.FRAMEWORK_SETTINGS) as op:
            session = op.session
            target = self._framework(session, framework_id)
            op.subject = target.name
            op.watch("framework", [framework_id])
            current = settings_from(target.settings)
            new_thresholds = current.thresholds if thresholds is None else thresholds
            new = RubricSettings(
                check_thresholds(new_thresholds),
                current.tick if tick is None else _tick(tick),
            )
            target.settings = new.to_json()
            target.version += 1
            session.flush()
            record = framework_record(session, target)
        self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED, [framework_id]))
        return record

    # -- which level a role is ----------------------------------------------------------------

    def role_level(self, role_id: int, framework_id: int) -> tuple[int | None, tuple[int, ...]]:
        """The role's level in the framework: (level, ()) when stored or guessed for sure, else
        (None, the levels its label could mean) for the user to choose from once."""
        with self._store.read() as session:
            return role_level(session, role_id, framework_id)

    def set_role_level(self, role_id: int, level: int, framework_id: int | None = None) -> None:
        with self._log.record(OpCode.ROLE_LEVEL) as op:
            session = op.session
            role = session.get(Role, role_id)
            if role is None:
                raise NotFoundError(f"There is no role {role_id}.")
            fid = framework_id if framework_id is not None else _active_id(session)
            target = self._framework(session, fid)
            if level not in {lv.number for lv in target.levels}:
                raise ValidationError("level", f"“{target.name}” has no level {level}.")
            op.subject = role.title
            op.watch_where(
                "role_level", (RoleLevel.role_id == role_id) & (RoleLevel.framework_id == fid)
            )
            session.execute(
                delete(RoleLevel).where(RoleLevel.role_id == role_id, RoleLevel.framework_id == fid)
            )
            session.add(RoleLevel(role_id=role_id, framework_id=fid, level=level))
        self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED))

    def _framework(self, session: Session, framework_id: int) -> Framework:
        found = session.get(Framework, framework_id)
        if found is None:
            raise NotFoundError(f"There is no framework {framework_id}.")
        return found


def role_level(
    session: Session, role_id: int, framework_id: int
) -> tuple[int | None, tuple[int, ...]]:
    stored = session.scalar(
        select(RoleLevel.level).where(
            RoleLevel.role_id == role_id, RoleLevel.framework_id == framework_id
        )
    )
    levels = session.execute(
        select(FrameworkLevel.number, FrameworkLevel.name)
        .where(FrameworkLevel.framework_id == framework_id)
        .order_by(FrameworkLevel.number)
    ).all()
    # A level a re-import has since removed no longer says anything: guess again.
    if stored is not None and any(n == stored for n, _ in levels):
        return stored, ()
    role = session.get(Role, role_id)
    label = role.level if role is not None else ""
    return guess_level(label, [(n, name) for n, name in levels])


#: Column sizes (domain/framework_models.py): the reader allows 500 characters in a name.
NAME_CHARS = 200
SOURCE_CHARS = 300
TOPIC_KEY_CHARS = 200
TOPIC_TITLE_CHARS = 300


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fit_columns(fw: reader.Framework) -> reader.Framework:
    """The framework with names clipped to the columns that hold them (PostgreSQL refuses
    longer values). Topic keys are clipped the same way on every import (and kept distinct),
    so a re-import finds its criteria again."""
    keys: dict[str, str] = {}
    for topic in fw.topics:
        key = topic.key[:TOPIC_KEY_CHARS]
        n = 1
        while key in keys.values():
            n += 1
            key = f"{topic.key[: TOPIC_KEY_CHARS - 8]}-{n}"
        keys[topic.key] = key
    if all(k == v for k, v in keys.items()) and not any(
        len(name) > limit
        for name, limit in [
            (fw.name, NAME_CHARS),
            (fw.source, SOURCE_CHARS),
            *((lv.name, NAME_CHARS) for lv in fw.levels),
            *((t.title, TOPIC_TITLE_CHARS) for t in fw.topics),
        ]
    ):
        return fw
    return dataclasses.replace(
        fw,
        name=_clip(fw.name, NAME_CHARS),
        source=_clip(fw.source, SOURCE_CHARS),
        levels=tuple(reader.Level(lv.number, _clip(lv.name, NAME_CHARS)) for lv in fw.levels),
        topics=tuple(
            reader.Topic(keys[t.key], _clip(t.title, TOPIC_TITLE_CHARS)) for t in fw.topics
        ),
        criteria=tuple(
            dataclasses.replace(c, topic=keys.get(c.topic, c.topic[:TOPIC_KEY_CHARS]))
            for c in fw.criteria
        ),
    )


def _by_name(f: Framework) -> tuple[str, int]:
    return f.name.casefold(), f.id


def _active_id(session: Session) -> int:
    found = session.scalar(select(Framework.id).where(Framework.active.is_(True)).limit(1))
    if found is None:
        raise ValidationError("framework", "No framework is in use: import one first.")
    return found


def _tick(value: object) -> TickRule:
    try:
        return TickRule(str(value))
    except ValueError as exc:
        rules = ", ".join(r.value for r in TickRule)
        raise ValidationError("tick", f"The rule for a met criterion is one of {rules}.") from exc


def _write_levels_topics(session: Session, target: Framework, fw: reader.Framework) -> None:
    """Levels by number and topics by key, updated in place; those the file no longer has go."""
    levels = {lv.number: lv for lv in target.levels}
    for level in fw.levels:
        row = levels.pop(level.number, None)
        if row is None:
            session.add(
                FrameworkLevel(framework_id=target.id, number=level.number, name=level.name)
            )
        else:
            row.name = level.name
    for row in levels.values():
        session.delete(row)
    topics = {t.key: t for t in target.topics}
    for position, topic in enumerate(fw.topics):
        trow = topics.pop(topic.key, None)
        if trow is None:
            session.add(
                FrameworkTopic(
                    framework_id=target.id, key=topic.key, title=topic.title, position=position
                )
            )
        else:
            trow.title, trow.position = topic.title, position
    session.flush()
    for trow in topics.values():  # their criteria were moved or removed by the caller
        session.delete(trow)
    session.flush()
    session.expire(target, ["levels", "topics"])


def _topic_ids(session: Session, framework_id: int) -> dict[str, int]:
    rows = session.execute(
        select(FrameworkTopic.key, FrameworkTopic.id).where(
            FrameworkTopic.framework_id == framework_id
        )
    ).all()
    return {key: tid for key, tid in rows}


def _add_criteria(
    session: Session, target: Framework, fw: reader.Framework, new: list[reader.Criterion]
) -> None:
    topic_ids = _topic_ids(session, target.id)
    position = {c.key: i for i, c in enumerate(fw.criteria)}
    for c in new:
        session.add(
            FrameworkCriterion(
                framework_id=target.id,
                topic_id=topic_ids[c.topic],
                level=c.level,
                key=c.key,
                text=c.text,
                examples=list(c.examples),
                position=position.get(c.key, 0),
            )
        )
    session.flush()


def _reimport(session: Session, target: Framework, fw: reader.Framework) -> ImportOutcome:
    change = reader.diff(stored_framework(session, target), fw)
    key_map = change.key_map
    new_by_key = {c.key: c for c in fw.criteria}
    position = {c.key: i for i, c in enumerate(fw.criteria)}
    rows = list(
        session.scalars(
            select(FrameworkCriterion).where(FrameworkCriterion.framework_id == target.id)
        )
    )
    removed_ids = [r.id for r in rows if r.key not in key_map]
    lost = _evidence_count(session, removed_ids)
    kept = _evidence_count(session, [r.id for r in rows if r.key in key_map])
    if removed_ids:
        session.execute(delete(FrameworkCriterion).where(FrameworkCriterion.id.in_(removed_ids)))
    # Topics first (new ones added), then every surviving criterion moved to its new wording.
    target.source = fw.source
    target.imported_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    target.version += 1
    _write_topics_only(session, target, fw)
    topic_ids = _topic_ids(session, target.id)
    for r in rows:
        if r.id in removed_ids:
            continue
        new = new_by_key[key_map[r.key]]
        r.key, r.text, r.examples = new.key, new.text, list(new.examples)
        r.level, r.topic_id, r.position = new.level, topic_ids[new.topic], position[new.key]
    session.flush()
    _add_criteria(session, target, fw, list(change.added))
    _write_levels_topics(session, target, fw)
    return ImportOutcome(
        framework_record(session, target),
        False,
        added=len(change.added),
        changed=len(change.changed),
        removed=len(change.removed),
        unchanged=len(change.unchanged),
        kept_evidence=kept,
        lost_evidence=lost,
        notes=fw.notes,
    )


def _write_topics_only(session: Session, target: Framework, fw: reader.Framework) -> None:
    existing = _topic_ids(session, target.id)
    for position, topic in enumerate(fw.topics):
        if topic.key not in existing:
            session.add(
                FrameworkTopic(
                    framework_id=target.id, key=topic.key, title=topic.title, position=position
                )
            )
    session.flush()


def _evidence_count(session: Session, criterion_ids: list[int]) -> int:
    if not criterion_ids:
        return 0
    total = 0
    for start in range(0, len(criterion_ids), 900):
        chunk = criterion_ids[start : start + 900]
        total += (
            session.scalar(
                select(func.count())
                .select_from(criterion_evidence)
                .where(criterion_evidence.c.criterion_id.in_(chunk))
            )
            or 0
        )
    return total
