"""The sample career's generator: roles, reviews, salary, skills and the entries between them.

`Generator` draws everything from one `random.Random`, in a fixed order, and collects the rows in
a `Plan` (ids included) for `services/demo.py` to bulk-insert; `demo_goals` adds the assessment
histories and the goals. The data it draws from lives in `demo_data`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..domain import EntryKind, MoveKind, SkillScale
from ..domain.scales import map_level
from . import demo_data as data

# The app stamps times to the whole second; the sample's entries are created at this microsecond,
# so a journal can tell the sample's entries from entries a person wrote (without a schema change).
SAMPLE_MICROSECOND = 1
CURRENCY = "EUR"

_SLUG_WORD = re.compile(r"[a-z0-9]+")


class Fill(dict[str, str]):
    """Placeholder values for one text, each picked on first use so repeated names agree.

    `person2`, `step3` and the like draw from the pool of `person`, `step`, avoiding the values
    already drawn from it.
    """

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.drawn: dict[str, set[str]] = {}

    def __missing__(self, key: str) -> str:
        base = key.rstrip("0123456789")
        pool = data.POOLS[base]
        drawn = self.drawn.setdefault(base, set())
        value = self.rng.choice(pool)
        while value in drawn and len(drawn) < len(pool):
            value = self.rng.choice(pool)
        drawn.add(value)
        if "{" in value:
            value = value.format_map(self)
        self[key] = value
        return value


@dataclass(slots=True)
class EntrySpec:
    day: dt.date
    kind: EntryKind
    title: str
    minute: int = 540  # time of day it was written down, in minutes
    body: str = ""
    impact: int = 2
    result: str = ""
    starred: bool = False
    tags: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    skill: int | None = None  # index into data.SKILLS for skill and certification entries
    cert: str = ""


@dataclass
class Plan:
    """The rows of the sample career but its entries, ids included, ready for bulk inserts."""

    profile: dict[str, Any] | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    skills: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    milestones: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def _money(amount: int) -> str:
    return f"{amount:,} {CURRENCY}"


def _slug(words: str) -> str:
    return "-".join(_SLUG_WORD.findall(words.lower())[:6]) or "note"


class Generator:
    def __init__(
        self, rng: random.Random, today: dt.date, ids: dict[str, int], scale: SkillScale
    ) -> None:
        self.rng = rng
        self.today = today
        self.ids = ids  # next free id per table
        # Entries are numbered from here in date order (`entry_rows`), not through `next_id`.
        self.first_entry_id = ids["entry"]
        self.scale = scale
        self.plan = Plan()
        self.start = years_before(today, 12) - dt.timedelta(days=rng.randint(0, 150))
        self.role_starts: list[dt.date] = []
        self.role_ranks: list[int] = []
        self.role_ids: list[int] = []
        self.promotions: list[dt.date] = []  # start dates of promotions and diagonal moves
        self.skill_ids: list[int] = []
        self.skill_first: list[dt.date] = []
        # (day, salary after it, role index for a role change or None, raise in per mille)
        self.salary_events: list[tuple[dt.date, int, int | None, int]] = []

    def next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def level(self, dreyfus: int) -> int:
        return map_level(dreyfus, SkillScale.DREYFUS, self.scale)

    # -- skeleton: roles, reviews, skills -----------------------------------------------------

    def build_roles(self) -> None:
        rng, day = self.rng, self.start
        rows = self.plan.roles
        for i, spec in enumerate(data.ROLES):
            last = i == len(data.ROLES) - 1
            pay = round(spec.pay * (1 + rng.uniform(-0.04, 0.04)) / 500) * 500
            end = None
            if not last:
                months = spec.months + rng.randint(-2, 3)
                end = _add_months(day, months) - dt.timedelta(days=1)
            rows.append(
                {
                    "id": self.next_id("role"),
                    "title": spec.title,
                    "organisation": spec.organisation,
                    "function": spec.function,
                    "level": spec.level,
                    "level_rank": spec.rank,
                    "start_date": day,
                    "end_date": end,
                    "move_kind": spec.move,
                    "pay": Decimal(pay),
                    "currency": CURRENCY,
                    "notes": spec.notes,
                    "volunteer": False,
                }
            )
            self.role_starts.append(day)
            self.role_ranks.append(spec.rank)
            self.role_ids.append(rows[-1]["id"])
            if spec.move in (MoveKind.PROMOTION, MoveKind.DIAGONAL):
                self.promotions.append(day)
            if end is not None:
                day = end + dt.timedelta(days=1)

    def role_index(self, day: dt.date) -> int:
        return max(0, bisect.bisect_right(self.role_starts, day) - 1)

    def build_reviews(self) -> None:
        """Yearly appraisals, plus a promotion review before a promotion that no appraisal
        preceded; a raise follows each appraisal unless a role change just brought one."""
        rng = self.rng
        yearly, day = [], self.start + dt.timedelta(days=360 + rng.randint(0, 30))
        while day <= self.today:
            yearly.append(day)
            day += dt.timedelta(days=365 + rng.randint(-10, 10))
        held = [(d, False) for d in yearly]
        for promotion in self.promotions:
            if not any(0 < (promotion - d).days <= 150 for d in yearly):
                held.append((promotion - dt.timedelta(days=rng.randint(40, 75)), True))
        raises: list[tuple[dt.date, int]] = []
        for day, for_promotion in sorted(held):
            role = self.role_index(day)
            if for_promotion or any(0 < (p - day).days <= 150 for p in self.promotions):
                title = self.plan.roles[role + 1]["title"]
                outcome = f"Promotion to {title} approved"
                if not for_promotion:
                    outcome = f"Exceeds expectations; put forward for {title}"
            elif (day - self.role_starts[role]).days < 100:
                outcome = "Settling into the new role; on track"
            else:
                outcome = rng.choice(data.REVIEW_OUTCOMES)
            strengths = rng.sample(data.STRENGTHS, 2)
            self.plan.reviews.append(
                {
                    "id": self.next_id("review"),
                    "held_on": day,
                    "outcome": outcome,
                    "notes": (
                        f"**Strengths:** {strengths[0]}; {strengths[1]}.\n\n"
                        f"**To work on:** {rng.choice(data.GROWTH_AREAS)}.\n\n"
                        f"Agreed next step: {rng.choice(data.NEXT_STEPS)}."
                    ),
                    "role_id": self.role_ids[role],
                }
            )
            raise_day = day + dt.timedelta(days=rng.randint(14, 45))
            recent_change = any(abs((s - raise_day).days) < 120 for s in self.role_starts[1:])
            if not for_promotion and raise_day <= self.today and not recent_change:
                raises.append((raise_day, rng.randint(25, 55)))  # per mille
        self.fold_salary(raises)

    def fold_salary(self, raises: list[tuple[dt.date, int]]) -> None:
        """Salary history: raises compound; a role change pays at least a little more."""
        changes = [(row["start_date"], 0, i) for i, row in enumerate(self.plan.roles)]
        salary = 0
        for day, is_raise, value in sorted(changes + [(d, 1, pm) for d, pm in raises]):
            if is_raise:
                salary = salary * (1000 + value) // 100_000 * 100
                self.salary_events.append((day, salary, None, value))
            else:
                row = self.plan.roles[value]
                salary = max(int(row["pay"]), -(-(salary + 1000) // 500) * 500)
                row["pay"] = Decimal(salary)
                self.salary_events.append((day, salary, value, 0))

    def build_profile(self, existing: dict[str, Any] | None) -> None:
        last_review = self.plan.reviews[-1]["held_on"] if self.plan.reviews else self.start
        next_appraisal = last_review
        while next_appraisal <= self.today:
            next_appraisal += dt.timedelta(days=365)
        if existing is not None:
            existing.update(career_start=self.start, next_appraisal=next_appraisal)
            self.plan.profile = existing
            return
        self.plan.profile = {
            "id": self.next_id("profile"),
            "name": "Alex Rivera",
            "career_start": self.start,
            "skill_scale": self.scale,
            "week_start": 0,
            "next_appraisal": next_appraisal,
            "stage_override": None,
            "band_share": 0.75,
        }

    def build_skills(self) -> None:
        rng = self.rng
        for b, band in enumerate(data.BANDS):
            band_id = self.next_id("skill_band")
            self.plan.bands.append(
                {"id": band_id, "name": band.name, "position": b, "description": band.description}
            )
            for s, spec in enumerate(band.skills):
                skill_id = self.next_id("skill")
                self.skill_ids.append(skill_id)
                first = self.start + dt.timedelta(
                    days=int(spec.first_year * 365) + rng.randint(20, 80)
                )
                self.skill_first.append(min(first, self.today - dt.timedelta(days=400)))
                self.plan.skills.append(
                    {
                        "id": skill_id,
                        "band_id": band_id,
                        "name": spec.name,
                        "position": s,
                        "target_level": self.level(spec.target),
                        "description": "",
                    }
                )

    # -- entries ------------------------------------------------------------------------------

    def day_weights(self) -> list[float]:
        """How likely an entry is on each day: weekdays, holidays, habit, promotion run-ups."""
        span = (self.today - self.start).days + 1
        peaks = [*self.promotions, self.today + dt.timedelta(days=60)]  # the current push
        weights = []
        for i in range(span):
            day = self.start + dt.timedelta(days=i)
            w = data.WEEKDAY_WEIGHT[day.weekday()] * (0.75 + 0.5 * i / span)
            if day.month == 8:
                w *= 0.6
            elif (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 2):
                w *= 0.3
            for peak in peaks:
                before = (peak - day).days
                if 0 < before <= data.RAMP_DAYS:
                    w *= 1 + 1.6 * (1 - before / data.RAMP_DAYS)
                elif -60 < before <= 0:
                    w *= 0.8  # settling into the new role
            weights.append(w)
        return weights

    def anchor_entries(self) -> list[EntrySpec]:
        """The formal steps: role changes and salary changes, each on its own date."""
        anchors = []
        for i, row in enumerate(self.plan.roles):
            day, move = row["start_date"], row["move_kind"]
            title, org = row["title"], row["organisation"]
            if move is MoveKind.FIRST:
                spec = EntrySpec(day, EntryKind.OTHER, f"First day as {title} at {org}", impact=4)
                spec.body = f"{row['notes']}\n\nGoal for the first year: ship something real."
            elif move in (MoveKind.PROMOTION, MoveKind.DIAGONAL):
                prev = self.plan.roles[i - 1]["title"]
                spec = EntrySpec(day, EntryKind.PROMOTION, f"Promoted to {title}", impact=5)
                spec.body = (
                    f"From **{prev}** to **{title}** ({row['level']}).\n\n{row['notes']}\n\n"
                    "What got me here: the run of smaller wins in the months before."
                )
                spec.starred = True
            elif move is MoveKind.LATERAL:
                spec = EntrySpec(day, EntryKind.RESPONSIBILITY, f"Moved sideways: {title}")
                spec.impact, spec.body = 4, f"Same level, new craft.\n\n{row['notes']}"
            else:
                spec = EntrySpec(day, EntryKind.OTHER, f"Joined {org} as {title}", impact=4)
                spec.body = f"New employer.\n\n{row['notes']}"
            spec.tags = ["leadership"] if row["level_rank"] >= 4 else []
            anchors.append(spec)
        for day, salary, role, per_mille in self.salary_events:
            if role is None:
                pct = f"+{per_mille / 10:.1f}%"
                title = f"Annual raise: {pct}, salary now {_money(salary)}"
                spec = EntrySpec(day, EntryKind.COMPENSATION, title, impact=2)
                spec.result, spec.body = f"{pct} base salary", "Followed the yearly appraisal."
            elif role > 0:
                row = self.plan.roles[role]
                title = {
                    MoveKind.NEW_EMPLOYER: f"Signed the offer from {row['organisation']}",
                    MoveKind.LATERAL: "Salary adjusted with the move",
                }.get(row["move_kind"], "Salary with the promotion")
                spec = EntrySpec(day, EntryKind.COMPENSATION, f"{title}: {_money(salary)}")
                spec.impact, spec.result = 3, f"base salary {_money(salary)}"
                spec.body = f"Negotiated with the {row['title']} offer; benchmarked first."
            else:
                continue
            anchors.append(spec)
        return anchors

    def build_entries(self, total: int) -> list[EntrySpec]:
        """`total` entries in date order: the anchors, plus micro-progressions on weighted days."""
        rng = self.rng
        anchors = self.anchor_entries()
        weights = self.day_weights()
        cum = list(itertools.accumulate(weights))
        top = cum[-1]
        last = len(cum) - 1
        offsets = sorted(
            min(bisect.bisect_left(cum, rng.random() * top), last)
            for _ in range(total - len(anchors))
        )
        specs: list[EntrySpec] = []
        pending = sorted(anchors, key=lambda a: a.day)
        a = 0
        for offset in offsets:
            day = self.start + dt.timedelta(days=offset)
            while a < len(pending) and pending[a].day <= day:
                specs.append(pending[a])
                a += 1
            specs.append(self.compose(day))
        specs.extend(pending[a:])
        self.star(specs)
        return specs

    def compose(self, day: dt.date) -> EntrySpec:
        """One micro-progression on `day`, its text built from the vocabulary above."""
        rng = self.rng
        rank = self.role_ranks[self.role_index(day)]
        kind = rng.choices(data.KINDS, cum_weights=data.KIND_CUM[rank])[0]
        fill = Fill(rng)
        spec = EntrySpec(day, kind, "", minute=rng.randint(8 * 60, 22 * 60 - 1))
        spec.impact = rng.choices(data.IMPACTS, cum_weights=data.IMPACT_CUM[kind])[0]
        if kind is EntryKind.SKILL or kind is EntryKind.CERTIFICATION:
            if kind is EntryKind.SKILL:
                spec.skill = self.pick_skill(day)
                template = rng.choice(data.SKILLS[spec.skill].practices)
            else:
                spec.cert, skill_name = rng.choice(data.CERTIFICATES)
                spec.skill, fill["cert"] = data.SKILL_INDEX[skill_name], spec.cert
                major = rng.random() < 0.4
                template = rng.choice(data.CERT_MAJOR if major else data.CERT_MINOR)
                spec.impact = max(spec.impact, 3) if major else min(spec.impact, 2)
            skill = data.SKILLS[spec.skill]
            fill["skill"], tags, families = skill.name, [skill.tag], skill.metrics
        else:
            template, suggested, families = rng.choice(data.TITLES[kind])
            tags = [t for t in suggested.split() if rng.random() < 0.75]
            if "{migration}" in template:
                fill["migration"], tag = rng.choice(data.MIGRATIONS)
                tags.append(tag)
        spec.title = template.format_map(fill)
        if "tech" in fill:
            tags.append(data.TECH_TAGS[fill["tech"]])
        if rng.random() < 0.1:
            tags = []
        spec.tags = list(dict.fromkeys(tags))[:3]
        family = rng.choice(families.split()) if families else rng.choice(data.FAMILIES)
        share = data.RESULT_SHARE.get(kind, 0.0) if families else 0.0
        if rng.random() < (share if spec.impact > 1 else share / 2):
            spec.result = self.metric(family)
        if spec.impact == 1:  # a nano-level upgrade: one line, maybe a note
            if rng.random() < 0.45:
                spec.body = rng.choice(data.POOLS["nano"]).format_map(fill)
        else:
            template = rng.choice(data.BODIES[kind])
            if "{context}" in template:
                fill["context"] = rng.choice(data.CONTEXTS[family]).format_map(fill)
            if "{result}" in template:
                fill["result"] = spec.result or rng.choice(data.POOLS["outcome"]).format_map(fill)
            spec.body = template.format_map(fill)
        if rng.random() < data.LINK_SHARE.get(kind, 0.04):
            spec.links = self.links(kind, spec.title, fill)
        return spec

    def pick_skill(self, day: dt.date) -> int:
        soon = day + dt.timedelta(days=90)
        active = [i for i, first in enumerate(self.skill_first) if first <= soon]
        return self.rng.choice(active or [0])

    def metric(self, family: str) -> str:
        rng = self.rng
        template, (a_lo, a_hi), (b_lo, b_hi) = rng.choice(data.METRICS[family])
        return template.format(a=rng.randint(a_lo, a_hi), b=rng.randint(b_lo, b_hi))

    def links(self, kind: EntryKind, title: str, fill: Fill) -> list[tuple[str, str]]:
        rng = self.rng
        count = 2 if rng.random() < 0.1 else 1
        styles = data.LINK_STYLES.get(kind, data.DEFAULT_LINKS)
        found: list[tuple[str, str]] = []
        for _ in range(count):
            url, label = rng.choice(styles)
            url = url.format(
                repo=_slug(fill.get("system", "platform")),
                num=rng.randint(120, 9800),
                adr=f"{rng.randint(1, 140):03d}",
                slug=_slug(title),
                code=f"{rng.randint(10**7, 10**8 - 1):X}",
            )
            if all(url != u for u, _ in found):
                found.append((url, label))
        return found

    def star(self, specs: list[EntrySpec]) -> None:
        """A few starred entries a year (promotions always): the ones for the summary."""
        by_year: dict[int, list[int]] = {}
        starred: dict[int, int] = {}
        for i, spec in enumerate(specs):
            if spec.starred:
                starred[spec.day.year] = starred.get(spec.day.year, 0) + 1
            elif spec.impact >= 3:
                by_year.setdefault(spec.day.year, []).append(i)
        for year, candidates in by_year.items():
            want = self.rng.randint(3, 6) - starred.get(year, 0)
            for i in self.rng.sample(candidates, max(0, min(want, len(candidates)))):
                specs[i].starred = True

    def entry_rows(
        self, specs: Sequence[EntrySpec], first_id: int, tag_ids: dict[str, int]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """Rows for some entries (ids from `first_id`), their tags and their links."""
        entries: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for entry_id, spec in enumerate(specs, first_id):
            at = dt.datetime.combine(
                spec.day, dt.time(*divmod(spec.minute, 60), 0, SAMPLE_MICROSECOND)
            )
            entries.append(
                {
                    "id": entry_id,
                    "occurred_on": spec.day,
                    "kind": spec.kind,
                    "title": spec.title,
                    "body": spec.body,
                    "impact": spec.impact,
                    "measurable_result": spec.result,
                    "starred": spec.starred,
                    "role_id": self.role_ids[self.role_index(spec.day)],
                    "created_at": at,
                    "updated_at": at,
                    "trashed_at": None,
                    "version": 1,
                }
            )
            tags.extend({"entry_id": entry_id, "tag_id": tag_ids[name]} for name in spec.tags)
            links.extend(
                {
                    "id": self.next_id("evidence_link"),
                    "entry_id": entry_id,
                    "position": position,
                    "url": url,
                    "label": label,
                }
                for position, (url, label) in enumerate(spec.links)
            )
        return entries, tags, links
