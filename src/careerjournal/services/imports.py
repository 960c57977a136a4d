"""Applying an import plan: one transaction, a backup first, nothing added twice.

Duplicates are judged by content, so importing the same file twice adds nothing the second time:
a role by (title, organisation, start date), an entry by (date, kind, title), a band and a skill
by name, an assessment by (skill, date, level). Everything imported is stored as plain text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import func, select, true
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session

from ..domain import Entry, Profile, Role, Skill, SkillAssessment, SkillBand
from ..store import BackupError
from .base import Service
from .changes import Action, Change, Topic
from .entries import EntryService
from .errors import ValidationError
from .operations import OpCode
from .roles import _validate as validate_role

if TYPE_CHECKING:
    from ..interchange.plan import ImportPlan, ImportResult

KINDS = ("roles", "entries", "bands", "skills", "assessments")


class ImportService(Service):
    def preview(self, plan: ImportPlan) -> ImportResult:
        """What `apply` would add, without writing anything."""
        with self._store.read() as session:
            added, dupes = self._run(session, plan, write=False)
        from ..interchange.plan import ImportResult

        return ImportResult(plan, True, added, dupes)

    def apply(self, plan: ImportPlan, *, backup: bool = True) -> ImportResult:
        """Add what is new in one transaction; a verified backup of the journal first."""
        from ..interchange.errors import ImportProblem
        from ..interchange.plan import ImportResult

        made = None
        with self._store.read() as session:
            added, _ = self._run(session, plan, write=False)
        from ..store.backup import can_back_up, make_backup

        if backup and any(added.values()) and can_back_up(self._store):
            try:
                made = str(make_backup(self._store, reason="before-import"))
            except BackupError as exc:
                raise ImportProblem(plan.source, f"no backup could be made first: {exc}") from exc
        try:
            with self._log.record(OpCode.IMPORT, plan.source) as op:
                op.watch_inserts()
                op.watch_where("profile", true())
                added, dupes = self._run(op.session, plan, write=True)
                op.count = sum(added.values())
        except ValidationError as exc:
            raise ImportProblem(plan.source, str(exc)) from exc
        except StatementError as exc:
            if isinstance(exc, OperationalError):  # the database's problem, not the file's
                raise
            detail = getattr(exc, "orig", None) or exc
            raise ImportProblem(
                plan.source, f"could not be imported; the journal was left unchanged ({detail})"
            ) from exc
        if any(added.values()):
            self._announce(Change.of(Topic.ALL, Action.RELOADED))
        return ImportResult(plan, False, added, dupes, made)

    # -- the work, shared by preview and apply -----------------------------------------------

    def _run(
        self, session: Session, plan: ImportPlan, *, write: bool
    ) -> tuple[dict[str, int], dict[str, int]]:
        from ..interchange.errors import ImportProblem

        added = dict.fromkeys(KINDS, 0)
        dupes = dict.fromkeys(KINDS, 0)

        roles = {
            (r.title.lower(), r.organisation.lower(), r.start_date)
            for r in session.scalars(select(Role))
        }
        for i, draft in enumerate(plan.roles, 1):
            try:
                clean = validate_role(draft)
            except ValidationError as exc:
                raise ImportProblem(plan.source, str(exc), f"role {i} “{draft.title}”") from exc
            key = (clean.title.lower(), clean.organisation.lower(), clean.start_date)
            if key in roles:
                dupes["roles"] += 1
                continue
            roles.add(key)
            added["roles"] += 1
            if write:
                session.add(Role(**clean.__dict__))
        if write:
            session.flush()

        entries = EntryService(self._store, self._feed)
        seen = {
            (day, kind, title.lower())
            for day, kind, title in session.execute(
                select(Entry.occurred_on, Entry.kind, Entry.title)
            )
        }
        for i, entry_draft in enumerate(plan.entries, 1):
            try:
                entry_clean = entries._validate(entry_draft)
            except ValidationError as exc:
                where = f"entry {i} “{entry_draft.title}”"
                raise ImportProblem(plan.source, str(exc), where) from exc
            entry_key = (entry_clean.occurred_on, entry_clean.kind, entry_clean.title.lower())
            if entry_key in seen:
                dupes["entries"] += 1
                continue
            seen.add(entry_key)
            added["entries"] += 1
            if write:
                entry = Entry()
                session.add(entry)
                with session.no_autoflush:
                    entries._apply(session, entry, entry_clean)
                session.flush()

        self._skills(session, plan, added, dupes, write=write)
        if write and plan.profile_name:
            profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
            if profile is None:
                profile = Profile()
                session.add(profile)
            if not profile.name:
                profile.name = plan.profile_name.strip()[:200]
        return added, dupes

    @staticmethod
    def _skills(
        session: Session,
        plan: ImportPlan,
        added: dict[str, int],
        dupes: dict[str, int],
        *,
        write: bool,
    ) -> None:
        from ..interchange.errors import ImportProblem
        from .skills import SkillService

        bands = {b.name.lower(): b for b in session.scalars(select(SkillBand))}
        skills = {
            (s.band.name.lower(), s.name.lower()): s
            for s in session.scalars(select(Skill).join(SkillBand))
        }
        assessed: set[tuple[object, dt.date, int]] = {
            (a.skill_id, a.assessed_on, a.level) for a in session.scalars(select(SkillAssessment))
        }
        new_bands: set[str] = set()
        new_skills: set[tuple[str, str]] = set()
        top = max_level_of(session)
        next_position = session.scalar(select(func.coalesce(func.max(SkillBand.position), -1)))
        for i, p in enumerate(plan.skills, 1):
            where = f"skill {i} “{p.name}”"
            band_name, skill_name = p.band.strip()[:120], p.name.strip()[:120]
            if not band_name or not skill_name:
                raise ImportProblem(plan.source, "a skill and its band need names", where)
            for level in (p.level, p.target_level):
                if level is not None and not 1 <= level <= top:
                    raise ImportProblem(plan.source, f"level {level} is not on the scale", where)
            bkey, skey = band_name.lower(), (band_name.lower(), skill_name.lower())
            band = bands.get(bkey)
            if band is None and bkey not in new_bands:
                new_bands.add(bkey)
                added["bands"] += 1
                if write:
                    next_position = (next_position or 0) + 1
                    band = SkillBand(name=band_name, position=next_position, description="")
                    session.add(band)
                    session.flush()
                    bands[bkey] = band
            skill = skills.get(skey)
            if skill is None and skey not in new_skills:
                new_skills.add(skey)
                added["skills"] += 1
                if write:
                    assert band is not None
                    skill = Skill(
                        name=skill_name,
                        target_level=p.target_level,
                        description="",
                        position=len(band.skills),
                    )
                    band.skills.append(skill)
                    session.flush()
                    skills[skey] = skill
            elif skill is not None or skey in new_skills:
                dupes["skills"] += 1
            if p.level is None or p.assessed_on is None:
                continue
            akey: tuple[object, dt.date, int] = (
                skill.id if skill is not None else skey,
                p.assessed_on,
                p.level,
            )
            if akey in assessed:
                dupes["assessments"] += 1
                continue
            assessed.add(akey)
            added["assessments"] += 1
            if write and skill is not None:
                from .records import AssessmentDraft

                SkillService.append_assessment(
                    session,
                    AssessmentDraft(skill.id, p.level, p.source, p.assessed_on, p.note),
                    default_day=p.assessed_on,
                    evidence=None,
                )


def max_level_of(session: Session) -> int:
    from ..domain.scales import max_level
    from .skills import SkillService

    return max_level(SkillService._scale(session))
