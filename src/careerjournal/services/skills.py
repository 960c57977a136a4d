"""Skill bands, skills and their assessment history (appended, never overwritten)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ..domain import (
    AssessmentSource,
    CriterionKind,
    Entry,
    Milestone,
    Profile,
    Skill,
    SkillAssessment,
    SkillBand,
    SkillScale,
)
from ..domain.scales import map_level, max_level
from . import skill_overview, validate, versions
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .operations import OpCode
from .records import AssessmentDraft, AssessmentRecord, BandRecord, SkillRecord
from .skill_overview import BandStatus as BandStatus  # all four importable from here too
from .skill_overview import ScaleChange as ScaleChange
from .skill_overview import SkillsOverview as SkillsOverview
from .skill_overview import SkillStatus as SkillStatus
from .skill_records import assessment_record, band_record, band_records, journal_scale, skill_record


def _next_position(band: SkillBand) -> int:
    """After the band's last skill (positions may have holes after deletions)."""
    return max((s.position for s in band.skills), default=-1) + 1


class SkillService(Service):
    # -- bands --------------------------------------------------------------------------------

    def add_band(self, name: str, description: str = "") -> BandRecord:
        return self.add_bands([(name, description)])[0]

    def add_bands(self, bands: Sequence[tuple[str, str]]) -> list[BandRecord]:
        """Add bands (name, description) in order: one operation, so one Undo takes all back.

        All or nothing: a name already taken refuses the lot.
        """
        cleaned = [(validate.title(n, "band name", 120), d.strip()) for n, d in bands]
        if not cleaned:
            return []
        subject = cleaned[0][0] if len(cleaned) == 1 else ""
        with self._log.record(OpCode.BAND_ADD, subject, count=len(cleaned)) as op:
            session = op.session
            highest = session.scalar(select(func.coalesce(func.max(SkillBand.position), -1)))
            position = int(highest if highest is not None else -1)
            added: list[SkillBand] = []
            for name, description in cleaned:
                self._unique_band(session, name)
                position += 1
                band = SkillBand(name=name, description=description, position=position)
                session.add(band)
                session.flush()
                added.append(band)
            op.created("skill_band", [b.id for b in added])
            records = [band_record(b) for b in added]
        self._announce(Change.of(Topic.SKILLS, Action.ADDED, [r.id for r in records]))
        return records

    def rename_band(
        self,
        band_id: int,
        name: str,
        description: str | None = None,
        *,
        expected_version: int,
    ) -> BandRecord:
        """Rename a band (and set its description); refused (ConflictError) if it is no longer
        at `expected_version`, the version the caller read."""
        clean = validate.title(name, "band name", 120)
        with self._log.record(OpCode.BAND_EDIT, clean) as op:
            session = op.session
            band = versions.checked(session, SkillBand, band_id, expected_version, "band")
            op.watch("skill_band", [band_id])
            if clean != band.name:
                self._unique_band(session, clean, except_id=band_id)
            band.name = clean
            if description is not None:
                band.description = description.strip()
            versions.bump(band)
            session.flush()
            record = band_record(band)
        self._announce(Change.of(Topic.SKILLS, Action.UPDATED, [band_id]))
        return record

    def reorder_bands(self, band_ids: Sequence[int]) -> None:
        """Set the display order of bands to `band_ids` (all of them).

        Unversioned on purpose: positions are no band's content, so a reorder never overwrites
        an edit made elsewhere (and a band added meanwhile makes the list incomplete: refused).
        """
        with self._log.record(OpCode.BANDS_REORDER, count=len(band_ids)) as op:
            session = op.session
            op.watch_where("skill_band", true())
            bands = {b.id: b for b in session.scalars(select(SkillBand))}
            if sorted(bands) != sorted(band_ids):
                raise ValidationError("bands", "Reordering must list every band exactly once.")
            for position, band_id in enumerate(band_ids):
                bands[band_id].position = position
        self._announce(Change.of(Topic.SKILLS, Action.UPDATED, band_ids))

    def reorder_skills(self, band_id: int, skill_ids: Sequence[int]) -> None:
        """Set the order of a band's skills to `skill_ids` (all of them); unversioned, like
        `reorder_bands`."""
        with self._log.record(OpCode.SKILLS_REORDER, count=len(skill_ids)) as op:
            session = op.session
            band = self._band(session, band_id)
            op.subject = band.name
            op.watch("skill", [s.id for s in band.skills])
            skills = {s.id: s for s in band.skills}
            if sorted(skills) != sorted(skill_ids):
                raise ValidationError(
                    "skills", "Reordering must list every skill of the band exactly once."
                )
            for position, skill_id in enumerate(skill_ids):
                skills[skill_id].position = position
        self._announce(Change.of(Topic.SKILLS, Action.UPDATED, skill_ids))

    def delete_band(self, band_id: int, *, expected_version: int) -> int:
        """Delete a band with its skills and their assessment history; returns skills removed."""
        with self._log.record(OpCode.BAND_DELETE) as op:
            session = op.session
            band = versions.checked(session, SkillBand, band_id, expected_version, "band")
            op.subject = band.name
            op.watch("skill_band", [band_id], deep=True)
            removed = len(band.skills)
            session.delete(band)
        self._announce(Change.of(Topic.SKILLS, Action.DELETED, [band_id]))
        return removed

    def bands(self) -> list[BandRecord]:
        with self._store.read() as session:
            return band_records(session)

    # -- skills -------------------------------------------------------------------------------

    def add_skill(
        self, band_id: int, name: str, *, target_level: int | None = None, description: str = ""
    ) -> SkillRecord:
        clean = validate.title(name, "skill name", 120)
        with self._log.record(OpCode.SKILL_ADD, clean) as op:
            session = op.session
            band = self._band(session, band_id)
            self._check_level(session, target_level, "target level", allow_none=True)
            if any(s.name.lower() == clean.lower() for s in band.skills):
                raise ValidationError("name", f"Band {band.name!r} already has a skill {clean!r}.")
            skill = Skill(
                name=clean,
                target_level=target_level,
                description=description.strip(),
                position=_next_position(band),
            )
            band.skills.append(skill)
            session.flush()
            op.created("skill", [skill.id])
            record = skill_record(skill)
        self._announce(Change.of(Topic.SKILLS, Action.ADDED, [record.id]))
        return record

    def update_skill(
        self,
        skill_id: int,
        *,
        name: str | None = None,
        target_level: int | None = None,
        clear_target: bool = False,
        description: str | None = None,
        band_id: int | None = None,
        expected_version: int,
    ) -> SkillRecord:
        """Change what is given; refused (ConflictError) if the skill is no longer at
        `expected_version`, the version the caller read."""
        with self._log.record(OpCode.SKILL_EDIT) as op:
            session = op.session
            skill = versions.checked(session, Skill, skill_id, expected_version, "skill")
            op.watch("skill", [skill_id])
            was = skill_record(skill)
            op.subject = skill.name if name is None else name
            band = skill.band
            if band_id is not None and band_id != skill.band_id:
                band = self._band(session, band_id)
            new_name = skill.name if name is None else validate.title(name, "skill name", 120)
            renamed = new_name.lower() != skill.name.lower()
            if (renamed or band is not skill.band) and any(
                s.id != skill.id and s.name.lower() == new_name.lower() for s in band.skills
            ):
                raise ValidationError(
                    "name", f"Band {band.name!r} already has a skill {new_name!r}."
                )
            skill.name = new_name
            if clear_target:
                skill.target_level = None
            elif target_level is not None:
                self._check_level(session, target_level, "target level")
                skill.target_level = target_level
            if description is not None:
                skill.description = description.strip()
            if band is not skill.band:  # moved: last in its new band
                skill.position = _next_position(band)
                skill.band = band
            session.flush()
            if skill_record(skill) != was:  # a save that changes nothing is no new version
                versions.bump(skill)
                session.flush()
            record = skill_record(skill)
        self._announce(Change.of(Topic.SKILLS, Action.UPDATED, [skill_id]))
        return record

    def delete_skill(self, skill_id: int, *, expected_version: int) -> int:
        """Delete a skill and its history; returns how many assessments went with it."""
        with self._log.record(OpCode.SKILL_DELETE) as op:
            session = op.session
            skill = versions.checked(session, Skill, skill_id, expected_version, "skill")
            op.subject = skill.name
            op.watch("skill", [skill_id], deep=True)
            removed = len(skill.assessments)
            session.delete(skill)
        self._announce(Change.of(Topic.SKILLS, Action.DELETED, [skill_id]))
        return removed

    def get_band(self, band_id: int) -> BandRecord:
        with self._store.read() as session:
            return band_record(self._band(session, band_id))

    def get_skill(self, skill_id: int) -> SkillRecord:
        with self._store.read() as session:
            return skill_record(self._skill(session, skill_id))

    # -- assessments --------------------------------------------------------------------------

    def record_assessment(
        self,
        skill_id: int,
        level: int,
        *,
        assessed_on: dt.date | None = None,
        source: AssessmentSource = AssessmentSource.SELF,
        evidence_entry_id: int | None = None,
        note: str = "",
    ) -> AssessmentRecord:
        """Add an assessment to a skill's history.

        Unversioned on purpose: assessments are an append-only history, so one recorded on
        another device is added next to this one, never overwritten.
        """
        day = validate.check_date(assessed_on or dt.date.today(), "assessment date")
        with self._log.record(OpCode.LEVEL_RECORD, count=level) as op:
            session = op.session
            skill = self._skill(session, skill_id)
            op.subject = skill.name
            self._check_level(session, level, "level")
            if evidence_entry_id is not None and session.get(Entry, evidence_entry_id) is None:
                raise ValidationError("evidence", f"There is no entry {evidence_entry_id}.")
            assessment = SkillAssessment(
                assessed_on=day,
                level=level,
                source=AssessmentSource(source),
                evidence_entry_id=evidence_entry_id,
                note=note.strip(),
            )
            skill.assessments.append(assessment)
            session.flush()
            op.created("skill_assessment", [assessment.id])
            record = assessment_record(assessment)
        self._announce(Change.of(Topic.SKILLS, Action.UPDATED, [skill_id]))
        return record

    def delete_assessment(self, assessment_id: int) -> None:
        """Remove one assessment (history rows carry no version: they are never edited)."""
        with self._log.record(OpCode.LEVEL_DELETE) as op:
            session = op.session
            a = session.get(SkillAssessment, assessment_id)
            if a is None:
                raise NotFoundError(f"There is no assessment {assessment_id}.")
            op.subject, op.count = a.skill.name, a.level
            op.watch("skill_assessment", [assessment_id])
            skill_id = a.skill_id
            session.delete(a)
        self._announce(Change.of(Topic.SKILLS, Action.UPDATED, [skill_id]))

    def history(self, skill_id: int) -> list[AssessmentRecord]:
        """A skill's assessments, oldest first; same-day ones in the order they were recorded."""
        with self._store.read() as session:
            self._skill(session, skill_id)
            stmt = (
                select(SkillAssessment)
                .where(SkillAssessment.skill_id == skill_id)
                .order_by(SkillAssessment.assessed_on, SkillAssessment.id)
            )
            return [assessment_record(a) for a in session.scalars(stmt)]

    def evidenced_by(self, entry_id: int) -> list[AssessmentRecord]:
        """Assessments that name `entry_id` as their evidence, in the order recorded."""
        with self._store.read() as session:
            stmt = (
                select(SkillAssessment)
                .where(SkillAssessment.evidence_entry_id == entry_id)
                .order_by(SkillAssessment.id)
            )
            return [assessment_record(a) for a in session.scalars(stmt)]

    @staticmethod
    def append_assessment(
        session: Session, draft: AssessmentDraft, *, default_day: dt.date, evidence: int | None
    ) -> SkillAssessment:
        """Validate and add one assessment inside the caller's transaction (entry + level)."""
        skill = session.get(Skill, draft.skill_id)
        if skill is None:
            raise ValidationError("assessment", f"There is no skill {draft.skill_id}.")
        SkillService._check_level(session, draft.level, "level")
        day = validate.check_date(draft.assessed_on or default_day, "assessment date")
        assessment = SkillAssessment(
            assessed_on=day,
            level=draft.level,
            source=AssessmentSource(draft.source),
            evidence_entry_id=evidence,
            note=draft.note.strip(),
        )
        skill.assessments.append(assessment)
        return assessment

    # -- overview ---------------------------------------------------------------------------

    def overview(self, today: dt.date | None = None) -> SkillsOverview:
        """Bands with their levels, targets, shortfalls and histories as of `today`."""
        with self._store.read() as session:
            return skill_overview.overview(session, today or dt.date.today())

    # -- scale ------------------------------------------------------------------------------

    def preview_scale_switch(self, target: SkillScale) -> list[ScaleChange]:
        """What switching the journal's scale would do to each assessed or targeted skill."""
        with self._store.read() as session:
            return skill_overview.preview_scale_switch(session, target)

    def switch_scale(self, target: SkillScale) -> int:
        """Switch scale, mapping every assessment and target proportionally; returns rows changed.

        History is rewritten in one transaction; the mapping is monotonic, so the order of levels
        (and so every "rose" or "fell") is kept. A whole-journal rewrite with no copy to check
        against: it bumps the version of every skill and milestone whose level it maps instead,
        so a copy read before the switch is refused when saved.
        """
        target = SkillScale(target)
        changed = 0
        with self._log.record(OpCode.SCALE_SWITCH, target.value) as op:
            session = op.session
            source = self._scale(session)
            if source == target:
                return 0
            op.watch_where("skill_assessment", true())
            op.watch_where("skill", Skill.target_level.is_not(None))
            op.watch_where("milestone", Milestone.criterion_kind == CriterionKind.SKILL_LEVEL)
            op.watch_where("profile", true())
            for a in session.scalars(select(SkillAssessment)):
                a.level = map_level(a.level, source, target)
                changed += 1
            for skill in session.scalars(select(Skill).where(Skill.target_level.is_not(None))):
                assert skill.target_level is not None  # the query says so
                skill.target_level = map_level(skill.target_level, source, target)
                versions.bump(skill)  # a copy read before holds a level on the old scale
                changed += 1
            # Milestones that wait for "skill X at level N" name a level on this scale too.
            top = max_level(source)
            for milestone in session.scalars(
                select(Milestone).where(Milestone.criterion_kind == CriterionKind.SKILL_LEVEL)
            ):
                criterion = dict(milestone.criterion or {})
                level = criterion.get("level")
                if isinstance(level, int) and 1 <= level <= top:
                    criterion["level"] = map_level(level, source, target)
                    milestone.criterion = criterion
                    versions.bump(milestone)
                    changed += 1
            profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
            if profile is None:
                profile = Profile()
                session.add(profile)
            profile.skill_scale = target
        # Levels and the profile changed together: one change that every view reloads on.
        self._announce(Change.of(Topic.ALL, Action.RELOADED))
        return changed

    _scale = staticmethod(journal_scale)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _band(session: Session, band_id: int) -> SkillBand:
        band = session.get(SkillBand, band_id)
        if band is None:
            raise NotFoundError(f"There is no skill band {band_id}.")
        return band

    @staticmethod
    def _skill(session: Session, skill_id: int) -> Skill:
        skill = session.get(Skill, skill_id)
        if skill is None:
            raise NotFoundError(f"There is no skill {skill_id}.")
        return skill

    @staticmethod
    def _unique_band(session: Session, name: str, except_id: int | None = None) -> None:
        clash = session.scalar(
            select(SkillBand.id).where(
                func.lower(SkillBand.name) == name.lower(), SkillBand.id != except_id
            )
        )
        if clash is not None:
            raise ValidationError("name", f"There is already a band called {name!r}.")

    @staticmethod
    def _check_level(
        session: Session, level: int | None, what: str, allow_none: bool = False
    ) -> None:
        if level is None and allow_none:
            return
        validate.level(level, max_level(SkillService._scale(session)), what)
