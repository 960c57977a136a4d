"""What an import would add: roles, entries and skills as drafts, plus notes for the user.

Importers (JSON Resume, LinkedIn) build an `ImportPlan` without touching the journal; the plan is
shown as a preview (`--dry-run`, the import wizard) and applied by `ImportService`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain import AssessmentSource
from ..services.records import EntryDraft, RoleDraft


@dataclass(frozen=True)
class PlannedSkill:
    band: str
    name: str
    level: int | None = None  # on the journal's scale; None: listed, not assessed
    assessed_on: dt.date | None = None
    source: AssessmentSource = AssessmentSource.SELF
    target_level: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ImportPlan:
    source: str  # the file's name, for messages
    format: str  # "jsonresume", "linkedin", ...
    roles: tuple[RoleDraft, ...] = ()
    entries: tuple[EntryDraft, ...] = ()
    skills: tuple[PlannedSkill, ...] = ()
    profile_name: str = ""
    notes: tuple[str, ...] = field(default=())  # what was approximated or left out, in words


NOUNS = {
    "roles": ("role", "roles"),
    "entries": ("entry", "entries"),
    "bands": ("skill band", "skill bands"),
    "skills": ("skill", "skills"),
    "assessments": ("skill assessment", "skill assessments"),
    "goals": ("goal", "goals"),
    "milestones": ("milestone", "milestones"),
    "reviews": ("review", "reviews"),
    "frameworks": ("progression framework", "progression frameworks"),
    "criterion_assessments": ("criterion assessment", "criterion assessments"),
    "criterion_evidence": ("criterion evidence link", "criterion evidence links"),
    "role_levels": ("role level", "role levels"),
}


def counted(n: int, kind: str) -> str:
    """'1 role', '2 roles', '1 skill band': a count with its noun in the right number."""
    one, many = NOUNS.get(kind, (kind, kind))
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class ImportResult:
    """What an import added (or, for a dry run, would add) and what it found already there."""

    plan: ImportPlan
    dry_run: bool
    added: dict[str, int]  # keys of NOUNS: "roles", "entries", "bands", "skills", ...
    duplicates: dict[str, int]  # already in the journal (or twice in the file)
    backup: str | None = None  # the backup made before writing, if any

    def lines(self) -> list[str]:
        verb = "would add" if self.dry_run else "added"
        parts = [counted(n, what) for what, n in self.added.items() if n]
        dupes = [counted(n, what) for what, n in self.duplicates.items() if n]
        out = [f"{self.plan.source}: {verb} {', '.join(parts) if parts else 'nothing'}."]
        if dupes:
            out.append(f"Already in the journal, skipped: {', '.join(dupes)}.")
        out.extend(self.plan.notes)
        if self.backup:
            out.append(f"A backup was made first: {self.backup}")
        return out
