"""Appraisals and reviews that took place, and the journal's profile."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select, true

from ..domain import Profile, Review, SkillScale
from . import validate, versions
from .base import Service
from .changes import Action, Change, Topic
from .entries import role_id_at
from .errors import ValidationError
from .operations import OpCode
from .records import ProfileRecord, ReviewRecord

STAGES = ("early", "mid", "late")


def review_record(r: Review) -> ReviewRecord:
    return ReviewRecord(
        id=r.id,
        held_on=r.held_on,
        outcome=r.outcome,
        notes=r.notes,
        role_id=r.role_id,
        version=r.version,
    )


class ReviewService(Service):
    def add(self, held_on: dt.date, outcome: str = "", notes: str = "") -> ReviewRecord:
        day = validate.check_date(held_on, "review date")
        with self._log.record(OpCode.REVIEW_ADD, outcome.strip()) as op:
            session = op.session
            review = Review(
                held_on=day,
                outcome=outcome.strip()[:200],
                notes=notes.strip(),
                role_id=role_id_at(session, day),
            )
            session.add(review)
            session.flush()
            op.created("review", [review.id], deep=False)
            record = review_record(review)
        self._announce(Change.of(Topic.REVIEWS, Action.ADDED, [record.id]))
        return record

    def update(
        self,
        review_id: int,
        held_on: dt.date,
        outcome: str = "",
        notes: str = "",
        *,
        expected_version: int,
    ) -> ReviewRecord:
        """Change a review; refused (ConflictError) if it is no longer at `expected_version`."""
        day = validate.check_date(held_on, "review date")
        with self._log.record(OpCode.REVIEW_EDIT, outcome.strip()) as op:
            session = op.session
            review = versions.checked(session, Review, review_id, expected_version, "review")
            op.watch("review", [review_id])
            review.held_on = day
            review.outcome = outcome.strip()[:200]
            review.notes = notes.strip()
            review.role_id = role_id_at(session, day)
            versions.bump(review)
            session.flush()
            record = review_record(review)
        self._announce(Change.of(Topic.REVIEWS, Action.UPDATED, [review_id]))
        return record

    def delete(self, review_id: int, *, expected_version: int) -> None:
        with self._log.record(OpCode.REVIEW_DELETE) as op:
            review = versions.checked(op.session, Review, review_id, expected_version, "review")
            op.subject = review.outcome
            op.watch("review", [review_id])
            op.session.delete(review)
        self._announce(Change.of(Topic.REVIEWS, Action.DELETED, [review_id]))

    def list(self) -> list[ReviewRecord]:
        """Reviews, oldest first."""
        with self._store.read() as session:
            stmt = select(Review).order_by(Review.held_on, Review.id)
            return [review_record(r) for r in session.scalars(stmt)]

    def latest(self) -> ReviewRecord | None:
        reviews = self.list()
        return reviews[-1] if reviews else None


def _profile_record(p: Profile | None) -> ProfileRecord:
    if p is None:
        return ProfileRecord("", None, SkillScale.DREYFUS, 0, None, None, 0.75)
    return ProfileRecord(
        name=p.name,
        career_start=p.career_start,
        skill_scale=p.skill_scale,
        week_start=p.week_start,
        next_appraisal=p.next_appraisal,
        stage_override=p.stage_override,
        band_share=p.band_share,
    )


class ProfileService(Service):
    def get(self) -> ProfileRecord:
        with self._store.read() as session:
            return _profile_record(session.scalar(select(Profile).order_by(Profile.id).limit(1)))

    def update(self, **changes: object) -> ProfileRecord:
        """Change some profile fields, e.g. `update(career_start=date(2014, 9, 1))`."""
        current = self.get()
        try:
            new = dataclasses.replace(current, **changes)  # type: ignore[arg-type]
        except TypeError as exc:
            raise ValidationError("profile", f"Unknown profile setting: {exc}") from exc
        if not 0 <= new.week_start <= 6:
            raise ValidationError(
                "week_start", "The week starts on a day 0 (Monday) to 6 (Sunday)."
            )
        if not 0 < new.band_share <= 1:
            raise ValidationError(
                "band_share", "The band share is a fraction above 0 and at most 1."
            )
        if new.stage_override is not None and new.stage_override not in STAGES:
            raise ValidationError("stage", f"Career stage must be one of {', '.join(STAGES)}.")
        if new.career_start is not None:
            validate.check_date(new.career_start, "career start")
        if new.next_appraisal is not None:
            validate.check_date(new.next_appraisal, "next appraisal")
        new = dataclasses.replace(new, name=validate.text(new.name, "name", 200))
        with self._log.record(OpCode.PROFILE_EDIT) as op:
            session = op.session
            op.watch_where("profile", true())
            profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
            if profile is None:
                profile = Profile()
                session.add(profile)
            for field in dataclasses.fields(new):
                setattr(profile, field.name, getattr(new, field.name))
            session.flush()
            record = _profile_record(profile)
        self._announce(Change.of(Topic.PROFILE, Action.UPDATED))
        return record
