"""Skill bands, skills and assessments as records, and the journal's scale: shared by the skill
service (writes) and the overview (reads), so neither imports the other."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import Profile, Skill, SkillAssessment, SkillBand, SkillScale
from .records import AssessmentRecord, BandRecord, SkillRecord


def assessment_record(a: SkillAssessment) -> AssessmentRecord:
    return AssessmentRecord(
        id=a.id,
        skill_id=a.skill_id,
        assessed_on=a.assessed_on,
        level=a.level,
        source=a.source,
        evidence_entry_id=a.evidence_entry_id,
        note=a.note,
    )


def skill_record(skill: Skill) -> SkillRecord:
    latest = skill.assessments[-1] if skill.assessments else None
    return SkillRecord(
        id=skill.id,
        band_id=skill.band_id,
        name=skill.name,
        position=skill.position,
        target_level=skill.target_level,
        description=skill.description,
        current_level=latest.level if latest else None,
        assessed_on=latest.assessed_on if latest else None,
        version=skill.version,
    )


def band_record(band: SkillBand) -> BandRecord:
    return BandRecord(
        id=band.id,
        name=band.name,
        position=band.position,
        description=band.description,
        skills=tuple(skill_record(s) for s in band.skills),
        version=band.version,
    )


def band_records(session: Session) -> list[BandRecord]:
    """Every band with its skills (and their latest assessments), in display order."""
    stmt = (
        select(SkillBand)
        .options(selectinload(SkillBand.skills).selectinload(Skill.assessments))
        .order_by(SkillBand.position, SkillBand.id)
    )
    return [band_record(b) for b in session.scalars(stmt)]


def journal_scale(session: Session) -> SkillScale:
    profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
    return profile.skill_scale if profile is not None else SkillScale.DREYFUS
