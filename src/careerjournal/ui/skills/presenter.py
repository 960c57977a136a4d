"""What the Skills area shows and does, without widgets: the overview of bands and skills, the
selected band or skill, which actions apply, a skill's level history, and every write.

Each write is one service call, so one operation of the journal's log: Edit › Undo takes it back
(a deleted band comes back with the same ids, skills and assessment history). A refused write
raises `ServiceError`/`StoreError` to the caller, which says why. Qt-free (plain pytest).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ...domain import AssessmentSource
from ...services import (
    AssessmentDraft,
    AssessmentRecord,
    BandRecord,
    Journal,
    ServiceError,
    SkillRecord,
)
from ...services.skills import BandStatus, SkillsOverview, SkillStatus
from ..goals.presenter import moved

Kind = Literal["band", "skill"]


@dataclass(frozen=True)
class SkillValues:
    """A skill as the skill dialog hands it over."""

    band_id: int
    name: str
    target_level: int | None
    description: str


@dataclass(frozen=True)
class SkillActions:
    new_skill: bool  # there is a band to add it to
    record: bool  # a skill is selected
    selected: bool  # edit, delete, move up and down


@dataclass(frozen=True)
class SkillHistory:
    """A skill's recorded levels, oldest first, and the titles of their evidence entries."""

    assessments: list[AssessmentRecord]
    titles: dict[int, str]  # entry id -> title (an entry purged since is missing)


class SkillsPresenter:
    """State and writes of the Skills area (the view draws them)."""

    def __init__(
        self,
        journal: Journal,
        today: Callable[[], dt.date] = dt.date.today,
        level_names: Callable[[Sequence[str]], tuple[str, ...]] = tuple,
    ):
        self.journal = journal
        self.today = today
        self._level_names = level_names  # the scale's names in the user's language (the view's)
        self.overview: SkillsOverview | None = None
        self.selection: tuple[Kind, int] | None = None

    # -- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Re-read the overview; on the first load, the first band is selected."""
        first = self.overview is None
        overview = self.journal.skills.overview(self.today())
        # The scale's level names in the user's language, for every view that shows them.
        names = self._level_names(overview.level_names)
        self.overview = dataclasses.replace(overview, level_names=names)
        if self.selection is not None and self._find(*self.selection) is None:
            self.selection = None
        if first and self.selection is None and self.overview.bands:
            self.selection = ("band", self.overview.bands[0].band.id)

    @property
    def bands(self) -> tuple[BandStatus, ...]:
        return self.overview.bands if self.overview else ()

    def _find(self, kind: Kind, item_id: int) -> tuple[BandStatus, SkillStatus | None] | None:
        for band in self.bands:
            if kind == "band" and band.band.id == item_id:
                return band, None
            for skill in band.skills if kind == "skill" else ():
                if skill.skill.id == item_id:
                    return band, skill
        return None

    # -- selection ----------------------------------------------------------------------------

    def select(self, selection: tuple[Kind, int] | None) -> None:
        self.selection = selection

    @property
    def selected_band(self) -> BandStatus | None:
        """The selected band, or the band of the selected skill."""
        found = self._find(*self.selection) if self.selection else None
        return found[0] if found else None

    @property
    def selected_skill(self) -> SkillStatus | None:
        found = self._find(*self.selection) if self.selection else None
        return found[1] if found else None

    def current_record(self) -> tuple[str, int, str] | None:
        """What Edit › History… is about: the selected skill, else the selected band."""
        skill = self.selected_skill
        if skill is not None:
            return ("skill", skill.skill.id, skill.skill.name)
        band = self.selected_band
        return None if band is None else ("band", band.band.id, band.band.name)

    def actions(self) -> SkillActions:
        return SkillActions(
            new_skill=bool(self.bands),
            record=self.selected_skill is not None,
            selected=self.selected_band is not None,
        )

    def history(self, skill_id: int) -> SkillHistory:
        assessments = self.journal.skills.history(skill_id)
        titles: dict[int, str] = {}
        for a in assessments:
            entry_id = a.evidence_entry_id
            if entry_id is not None and entry_id not in titles:
                with contextlib.suppress(ServiceError):  # purged since: shown as gone
                    titles[entry_id] = self.journal.entries.get(entry_id).title
        return SkillHistory(assessments, titles)

    def recorded_levels(self, band: BandStatus) -> int:
        """How many levels a band's skills have recorded (said before deleting it)."""
        return sum(len(self.journal.skills.history(s.skill.id)) for s in band.skills)

    # -- bands --------------------------------------------------------------------------------

    def add_band(self, name: str, description: str = "") -> BandRecord:
        return self.journal.skills.add_band(name, description)

    def add_bands(self, names: Sequence[str]) -> None:
        """Several bands: one operation, so one Undo takes them all back."""
        self.journal.skills.add_bands([(name, "") for name in names])

    def rename_band(self, base: BandRecord, name: str, description: str) -> BandRecord | None:
        """Save over `base`, the copy the user edited; None if nothing changed."""
        if (name, description) == (base.name, base.description):
            return None
        return self.journal.skills.rename_band(
            base.id, name, description, expected_version=base.version
        )

    def delete_band(self, band: BandRecord) -> None:
        self.journal.skills.delete_band(band.id, expected_version=band.version)

    # -- skills -------------------------------------------------------------------------------

    def add_skill(self, v: SkillValues) -> SkillRecord:
        return self.journal.skills.add_skill(
            v.band_id, v.name, target_level=v.target_level, description=v.description
        )

    def update_skill(self, base: SkillRecord, v: SkillValues) -> SkillRecord:
        """Name, band, target and description at once (refused if `base` changed since)."""
        return self.journal.skills.update_skill(
            base.id,
            name=v.name,
            band_id=v.band_id,
            target_level=v.target_level,
            clear_target=v.target_level is None,
            description=v.description,
            expected_version=base.version,
        )

    def delete_skill(self, skill: SkillRecord) -> None:
        self.journal.skills.delete_skill(skill.id, expected_version=skill.version)

    def move(self, step: int) -> bool:
        """Move the selected band (or skill, within its band) `step` places; False at an end."""
        band, skill = self.selected_band, self.selected_skill
        if band is None:
            return False
        if skill is None:
            order = [b.band.id for b in self.bands]
            new = moved(order, band.band.id, step)
            if new != order:
                self.journal.skills.reorder_bands(new)
        else:
            order = [s.skill.id for s in band.skills]
            new = moved(order, skill.skill.id, step)
            if new != order:
                self.journal.skills.reorder_skills(band.band.id, new)
        return new != order

    # -- levels -------------------------------------------------------------------------------

    def record_level(self, draft: AssessmentDraft, evidence_entry_id: int | None) -> None:
        self.journal.skills.record_assessment(
            draft.skill_id,
            draft.level,
            assessed_on=draft.assessed_on or self.today(),
            source=AssessmentSource(draft.source),
            evidence_entry_id=evidence_entry_id,
            note=draft.note,
        )

    def delete_level(self, assessment: AssessmentRecord) -> None:
        self.journal.skills.delete_assessment(assessment.id)
