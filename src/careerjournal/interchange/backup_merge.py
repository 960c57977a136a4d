"""Merging a backup into a journal with content: what is new is added, references remapped.

What is already there is judged by content, like every importer: a role by title, employer and
start, an entry by day, kind and title, a band or skill by name, a goal by title and creation day,
a milestone by title within its goal, a review by its day; a framework by its name, its criteria
by key (see backup_frameworks), an evidence link or role level by what it joins, a criterion's
assessment by its day and status.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from ..domain import CriterionKind, EntryKind, SkillScale, entry_tag, milestone_evidence
from ..domain.scales import map_level
from .backup_check import BackupData
from .backup_frameworks import merge_frameworks, remap_milestone
from .backup_tables import (
    ENTRY_FIELDS,
    GOAL_FIELDS,
    KINDS,
    REVIEW_FIELDS,
    ROLE_FIELDS,
    TABLES,
    insert_rows,
    pick_columns,
)


class Merge:
    """Add what is new in a backup to a journal with content; new ids, references remapped.

    With `write` False nothing is written: new records get placeholder ids (negative), so the
    counts are exactly what a real run would add.
    """

    def __init__(self, session: Session, data: BackupData, *, write: bool):
        self.s = session
        self.data = data
        self.write = write
        self.added = dict.fromkeys(KINDS, 0)
        self.dupes = dict.fromkeys(KINDS, 0)
        self.notes: list[str] = []
        self._placeholder = 0
        profile_t = TABLES["profile"]
        row = session.execute(
            select(profile_t.c.id, profile_t.c.skill_scale).order_by(profile_t.c.id).limit(1)
        ).first()
        self.profile_id = None if row is None else row.id
        self.scale = SkillScale.DREYFUS if row is None else SkillScale(row.skill_scale)

    def new(self, table: Table, values: dict[str, Any]) -> int:
        if not self.write:
            self._placeholder -= 1
            return self._placeholder
        return int(
            self.s.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()
        )

    def level(self, level: int | None) -> int | None:
        return None if level is None else map_level(level, self.data.scale, self.scale)

    def run(self) -> None:
        roles = self.roles()
        entries = self.entries(roles)
        skills = self.skills()
        self.assessments(skills, entries)
        criteria = merge_frameworks(self, roles, entries)
        self.goals(skills, entries, criteria)
        self.reviews(roles)
        if self.write:
            self.profile()

    def roles(self) -> dict[int, int]:
        t = TABLES["role"]
        have: dict[tuple[str, str, dt.date], int] = {}
        for rid, title, org, start in self.s.execute(
            select(t.c.id, t.c.title, t.c.organisation, t.c.start_date).order_by(t.c.id)
        ):
            have.setdefault((title.lower(), org.lower(), start), rid)
        mapping = {}
        for r in self.data.roles:
            key = (r["title"].lower(), r["organisation"].lower(), r["start_date"])
            if key in have:
                mapping[r["id"]] = have[key]
                self.dupes["roles"] += 1
            else:
                values = pick_columns(r, ROLE_FIELDS[1:])
                mapping[r["id"]] = self.new(t, values)
                self.added["roles"] += 1
        return mapping

    def entries(self, roles: dict[int, int]) -> dict[int, int]:
        t = TABLES["entry"]
        have: dict[tuple[dt.date, str, str], int] = {}
        for eid, day, kind, title in self.s.execute(
            select(t.c.id, t.c.occurred_on, t.c.kind, t.c.title).order_by(t.c.id)
        ):
            have.setdefault((day, EntryKind(kind).value, title.lower()), eid)
        tag_t = TABLES["tag"]
        tags = {name: tid for tid, name in self.s.execute(select(tag_t.c.id, tag_t.c.name))}
        mapping = {}
        for e in self.data.entries:
            key = (e["occurred_on"], e["kind"].value, e["title"].lower())
            if key in have:
                mapping[e["id"]] = have[key]
                self.dupes["entries"] += 1
                continue
            values = pick_columns(e, ENTRY_FIELDS[1:])
            values["role_id"] = None if e["role_id"] is None else roles[e["role_id"]]
            entry_id = mapping[e["id"]] = self.new(t, values)
            self.added["entries"] += 1
            if not self.write:
                continue
            for name in e["tags"]:
                if name not in tags:
                    tags[name] = self.new(tag_t, {"name": name})
                self.s.execute(insert(entry_tag).values(entry_id=entry_id, tag_id=tags[name]))
            for i, link in enumerate(e["links"]):
                self.new(
                    TABLES["evidence_link"],
                    {"entry_id": entry_id, "position": i, **pick_columns(link, ("url", "label"))},
                )
        return mapping

    def skills(self) -> dict[int, int]:
        band_t, skill_t = TABLES["skill_band"], TABLES["skill"]
        bands = {
            name.lower(): bid for bid, name in self.s.execute(select(band_t.c.id, band_t.c.name))
        }
        next_band = (
            self.s.execute(select(func.coalesce(func.max(band_t.c.position), -1))).scalar_one() + 1
        )
        skills: dict[tuple[int, str], int] = {}
        next_skill: dict[int, int] = {}
        for sid, bid, name, position in self.s.execute(
            select(skill_t.c.id, skill_t.c.band_id, skill_t.c.name, skill_t.c.position)
        ):
            skills[(bid, name.lower())] = sid
            next_skill[bid] = max(next_skill.get(bid, 0), position + 1)
        band_map: dict[int, int] = {}
        new_bands: set[int] = set()
        for b in sorted(self.data.bands, key=lambda b: (b["position"], b["id"])):
            key = b["name"].lower()
            if key in bands:
                band_map[b["id"]] = bands[key]
                self.dupes["bands"] += 1
                continue
            values = {"name": b["name"], "position": next_band, "description": b["description"]}
            next_band += 1
            band_map[b["id"]] = bands[key] = self.new(band_t, values)
            new_bands.add(band_map[b["id"]])
            self.added["bands"] += 1
        mapping = {}
        for s in sorted(self.data.skills, key=lambda s: (s["position"], s["id"])):
            band_id = band_map[s["band_id"]]
            key = (band_id, s["name"].lower())
            if key in skills:
                mapping[s["id"]] = skills[key]
                self.dupes["skills"] += 1
                continue
            if band_id in new_bands:
                position = s["position"]
            else:
                position = next_skill.get(band_id, 0)
                next_skill[band_id] = position + 1
            values = {
                "band_id": band_id,
                "name": s["name"],
                "position": position,
                "target_level": self.level(s["target_level"]),
                "description": s["description"],
            }
            mapping[s["id"]] = skills[key] = self.new(skill_t, values)
            self.added["skills"] += 1
        return mapping

    def assessments(self, skills: dict[int, int], entries: dict[int, int]) -> None:
        t = TABLES["skill_assessment"]
        have = {tuple(r) for r in self.s.execute(select(t.c.skill_id, t.c.assessed_on, t.c.level))}
        for a in self.data.assessments:
            level = self.level(a["level"])
            key = (skills[a["skill_id"]], a["assessed_on"], level)
            if key in have:
                self.dupes["assessments"] += 1
                continue
            evidence = a["evidence_entry_id"]
            values = {
                "skill_id": key[0],
                "assessed_on": a["assessed_on"],
                "level": level,
                "source": a["source"],
                "evidence_entry_id": None if evidence is None else entries[evidence],
                "note": a["note"],
            }
            self.new(t, values)
            self.added["assessments"] += 1

    def goals(
        self, skills: dict[int, int], entries: dict[int, int], criteria: dict[int, int]
    ) -> None:
        goal_t, ms_t = TABLES["goal"], TABLES["milestone"]
        have: dict[tuple[str, dt.date], int] = {}
        pinned = False
        for gid, title, created, is_pinned in self.s.execute(
            select(goal_t.c.id, goal_t.c.title, goal_t.c.created_on, goal_t.c.pinned).order_by(
                goal_t.c.id
            )
        ):
            have.setdefault((title.lower(), created), gid)
            pinned = pinned or bool(is_pinned)
        goal_map: dict[int, int] = {}
        new_goals: set[int] = set()
        for g in self.data.goals:
            key = (g["title"].lower(), g["created_on"])
            if key in have:
                goal_map[g["id"]] = have[key]
                self.dupes["goals"] += 1
                continue
            values = pick_columns(g, GOAL_FIELDS[1:])
            if values["pinned"] and pinned:
                values["pinned"] = False
                self.notes.append(
                    f"The goal “{g['title']}” was the next promotion in the backup; the journal "
                    "keeps its own, so it was added unpinned."
                )
            pinned = pinned or values["pinned"]
            goal_map[g["id"]] = self.new(goal_t, values)
            new_goals.add(goal_map[g["id"]])
            self.added["goals"] += 1
        titles: set[tuple[int, str]] = set()
        next_position: dict[int, int] = {}
        for gid, title, position in self.s.execute(
            select(ms_t.c.goal_id, ms_t.c.title, ms_t.c.position)
        ):
            titles.add((gid, title.lower()))
            next_position[gid] = max(next_position.get(gid, 0), position + 1)
        for m in sorted(self.data.milestones, key=lambda m: (m["position"], m["id"])):
            goal_id = goal_map[m["goal_id"]]
            key = (goal_id, m["title"].lower())
            if key in titles:
                self.dupes["milestones"] += 1
                continue
            if goal_id in new_goals:
                position = m["position"]
            else:
                position = next_position.get(goal_id, 0)
                next_position[goal_id] = position + 1
            kind, criterion = self.criterion(m, skills, criteria)
            values = {
                "goal_id": goal_id,
                "position": position,
                "title": m["title"],
                "due_on": m["due_on"],
                "done_on": m["done_on"],
                "weight": m["weight"],
                "criterion_kind": kind,
                "criterion": criterion,
            }
            milestone_id = self.new(ms_t, values)
            self.added["milestones"] += 1
            if self.write:
                linked = dict.fromkeys(entries[e] for e in m["evidence"])
                insert_rows(
                    self.s,
                    milestone_evidence,
                    [{"milestone_id": milestone_id, "entry_id": e} for e in linked],
                )

    def criterion(
        self, m: dict[str, Any], skills: dict[int, int], criteria: dict[int, int]
    ) -> tuple[CriterionKind, dict[str, Any]]:
        """A milestone's criterion in the journal's ids; one whose skill or framework criterion
        the journal has not got becomes a milestone ticked by hand (with a note)."""
        kind, criterion = m["criterion_kind"], dict(m["criterion"])
        if kind is CriterionKind.SKILL_LEVEL:
            if criterion["skill_id"] in skills:
                criterion["skill_id"] = skills[criterion["skill_id"]]
                criterion["level"] = map_level(criterion["level"], self.data.scale, self.scale)
                return kind, criterion
            self.notes.append(
                f"The milestone “{m['title']}” waited for a skill that is not in the "
                "backup; it was added as a milestone you tick by hand."
            )
            return CriterionKind.MANUAL, {}
        if kind is CriterionKind.FRAMEWORK:
            remapped = remap_milestone(self, m["title"], criterion, criteria)
            return (kind, remapped) if remapped is not None else (CriterionKind.MANUAL, {})
        return kind, criterion

    def reviews(self, roles: dict[int, int]) -> None:
        t = TABLES["review"]
        have = set(self.s.execute(select(t.c.held_on)).scalars())
        for r in self.data.reviews:
            if r["held_on"] in have:
                self.dupes["reviews"] += 1
                continue
            values = pick_columns(r, REVIEW_FIELDS[1:])
            values["role_id"] = None if r["role_id"] is None else roles[r["role_id"]]
            self.new(t, values)
            self.added["reviews"] += 1

    def profile(self) -> None:
        """Fill what the journal's profile leaves empty; its settings and scale stay."""
        if self.data.profile is None:
            return
        t, p = TABLES["profile"], self.data.profile
        if self.profile_id is None:
            self.s.execute(insert(t).values(**{**p, "skill_scale": self.scale}))
            return
        row = self.s.execute(select(t).where(t.c.id == self.profile_id)).mappings().one()
        changes = {
            k: p[k]
            for k in ("name", "career_start", "next_appraisal")
            if row[k] in (None, "") and p[k] not in (None, "")
        }
        if changes:
            self.s.execute(t.update().where(t.c.id == self.profile_id).values(**changes))
