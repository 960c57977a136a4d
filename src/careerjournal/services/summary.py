"""The appraisal summary of a period: what a user brings to a review, as plain data.

`SummaryService.build` collects it; renderers in `careerjournal.report` turn it into Markdown,
HTML or PDF. No Qt here, so the CLI can write Markdown and HTML without loading it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain import MICRO_KINDS, EntryKind, MoveKind
from .base import Service
from .errors import ValidationError
from .roles import Promotion, promoted_roles, promotions, role_steps

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .goals import GoalProgress
    from .records import RoleRecord


class Section(StrEnum):
    HEADLINE = "headline"
    ACHIEVEMENTS = "achievements"
    SKILLS = "skills"
    GOALS = "goals"
    QUOTES = "quotes"
    STATS = "stats"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)

SECTION_TITLES: dict[Section, str] = {
    Section.HEADLINE: "Headline",
    Section.ACHIEVEMENTS: "Achievements",
    Section.SKILLS: "Skill levels",
    Section.GOALS: "Goals and readiness",
    Section.QUOTES: "Feedback and recognition",
    Section.STATS: "The period in numbers",
}

#: Kinds that are not listed as achievements: promotions are in the headline, feedback and
#: recognition are quoted, and pay is private unless the user asks for it.
NOT_ACHIEVEMENTS: frozenset[EntryKind] = frozenset(
    {EntryKind.PROMOTION, EntryKind.FEEDBACK, EntryKind.RECOGNITION, EntryKind.COMPENSATION}
)


@dataclass(frozen=True)
class SummaryOptions:
    date_from: dt.date
    date_to: dt.date
    sections: frozenset[Section] = ALL_SECTIONS
    excluded_ids: frozenset[int] = frozenset()  # entries the user left out by hand
    include_compensation: bool = False
    # Entries of kind Other ("Set up a new laptop") are chores, not appraisal material: left out
    # of the whole document (list, counts, charts) unless asked for.
    include_other: bool = False
    # A summary is a selection, not a dump: the best `per_kind` achievements of each kind (by
    # star, measurable result, impact) and the newest `max_quotes` quotes. None lists them all.
    per_kind: int | None = 12
    max_quotes: int | None = 8


@dataclass(frozen=True)
class SummaryEntry:
    id: int
    occurred_on: dt.date
    kind: EntryKind
    title: str
    measurable_result: str
    starred: bool
    impact: int
    tags: tuple[str, ...]
    excerpt: str  # the body's first paragraph, plain text, at most ~300 characters
    # Feedback and recognition: someone's own words quoted in the body (a "> " block or text in
    # quotation marks), else "" (the title then says what the feedback was).
    quoted: str = ""


@dataclass(frozen=True)
class KindGroup:
    """Achievements of one kind: starred first, then those with a measurable result."""

    kind: EntryKind
    entries: tuple[SummaryEntry, ...]
    more: int = 0  # entries of this kind in the period left out by the per-kind limit

    @property
    def total(self) -> int:
        return len(self.entries) + self.more


@dataclass(frozen=True)
class Move:
    """A role change inside the period."""

    day: dt.date
    move_kind: MoveKind
    title: str
    level: str
    organisation: str
    promotion: bool = False  # a promotion by the shared definition (`roles.promotions`)


@dataclass(frozen=True)
class Headline:
    name: str
    role_title: str  # "" when no role is recorded
    role_level: str
    organisation: str
    role_since: dt.date | None
    days_in_role: int | None
    moves: tuple[Move, ...]  # promotions and moves in the period, oldest first
    entry_count: int  # entries in the period (after exclusions)
    # The promotions in the period (`roles.promotions`: the count Insights and the timeline show).
    promotions: tuple[Promotion, ...] = ()


@dataclass(frozen=True)
class SkillChange:
    name: str
    before: int | None  # level at the start of the period
    after: int | None  # level at its end

    @property
    def gained(self) -> bool:
        return (self.after or 0) > (self.before or 0)


@dataclass(frozen=True)
class BandChange:
    band: str
    level_before: int  # band level (0: below the first level)
    level_after: int
    skills: tuple[SkillChange, ...]  # skills whose level changed in the period

    @property
    def gains(self) -> tuple[SkillChange, ...]:
        """Skills that ended the period at a higher level than they started it."""
        return tuple(c for c in self.skills if c.gained)

    @property
    def drops(self) -> tuple[SkillChange, ...]:
        """Skills assessed lower at the end of the period than at its start (never "gains")."""
        return tuple(c for c in self.skills if not c.gained)

    @property
    def rose(self) -> bool:
        return self.level_after > self.level_before

    @property
    def fell(self) -> bool:
        return self.level_after < self.level_before


@dataclass(frozen=True)
class GoalSummary:
    id: int
    title: str
    kind: str
    status: str
    pinned: bool
    progress_before: float  # at the start of the period (0 if it started later)
    progress_after: float  # at the end of the period
    readiness: str  # the projection in words (months, or why there is none)
    schedule: str
    explanation: str  # how the progress is computed
    done_in_period: tuple[str, ...]  # milestones completed inside the period
    remaining: tuple[str, ...]  # open milestones at the end of the period
    series: tuple[tuple[dt.date, float], ...] = ()  # for the burn-up chart


@dataclass(frozen=True)
class Quote:
    entry_id: int
    occurred_on: dt.date
    kind: EntryKind
    title: str
    text: str  # someone's own words quoted in the body, else the title (the feedback itself)
    verbatim: bool = False  # `text` is quoted words (print in quotation marks), not the title


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    entries: int
    impact: int  # sum of impact


@dataclass(frozen=True)
class Stats:
    months: tuple[MonthCount, ...]  # every month of the period, zeros included
    big_leaps: int  # promotions in the period (`roles.promotions`, as Insights counts them)
    incremental: int  # micro-progression entries in the period
    impact_total: int
    starred: int
    includes_compensation: bool = False  # pay changes count as incremental gains too

    def explanation(self) -> str:
        pay = ", pay changes" if self.includes_compensation else ""
        return (
            "Big leaps are promotions (a promotion, or a diagonal move or new employer at a "
            "higher level, as Insights counts them); incremental gains are the "
            "micro-progression entries (skills, certifications, projects, responsibilities, "
            f"recognition, feedback, learning, network{pay}) in the period."
        )


@dataclass(frozen=True)
class Summary:
    options: SummaryOptions
    period_label: str  # "Since your review on 3 Mar 2026", "The last 12 months", ...
    generated_on: dt.date
    headline: Headline
    achievements: tuple[KindGroup, ...]
    skills: tuple[BandChange, ...]
    level_names: tuple[str, ...]  # the journal's scale, for level numbers
    goals: tuple[GoalSummary, ...]
    quotes: tuple[Quote, ...]
    stats: Stats
    candidates: tuple[SummaryEntry, ...] = field(default=())  # every entry in the period
    more_quotes: int = 0  # quotes left out by `options.max_quotes`

    @property
    def sections(self) -> frozenset[Section]:
        return self.options.sections

    @property
    def is_empty(self) -> bool:
        """Nothing recorded in the period (the document then says so kindly)."""
        return (
            self.headline.entry_count == 0
            and not self.headline.moves
            and not any(b.skills for b in self.skills)
        )

    def level_name(self, level: int | None) -> str:
        if not level:
            return "Not assessed"
        return self.level_names[level - 1] if level <= len(self.level_names) else str(level)


def default_period(today: dt.date, last_review: dt.date | None) -> tuple[dt.date, dt.date, str]:
    """Since the last recorded review (if it is in the past), else the last 12 months."""
    if last_review is not None and last_review < today:
        return (
            last_review,
            today,
            f"Since your review on {last_review.day} {last_review:%b %Y}",
        )
    start = _months_before(today, 12)
    return start, today, "The last 12 months"


def _months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - months
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return dt.date(year, month, min(day.day, last)) + dt.timedelta(days=1)


def months_before(day: dt.date, months: int) -> dt.date:
    """The first day of "the last `months` months" that end with `day` (inclusive)."""
    return _months_before(day, months)


def day_text(day: dt.date) -> str:
    """A date as the summary writes it: 3 Mar 2026."""
    return f"{day.day} {day:%b %Y}"


def period_label(
    date_from: dt.date, date_to: dt.date, today: dt.date, last_review: dt.date | None = None
) -> str:
    """The period in words: the default's label when it is the default, else its two dates."""
    if date_to == today:
        if last_review is not None and last_review < today and date_from == last_review:
            return default_period(today, last_review)[2]
        for months, words in ((12, "The last 12 months"), (6, "The last 6 months")):
            if date_from == _months_before(today, months):
                return words
        if date_from == dt.date(today.year, 1, 1):
            return f"{today.year} so far"
    if date_from == date_to:
        return day_text(date_from)
    return f"{day_text(date_from)} to {day_text(date_to)}"


# -- goals --------------------------------------------------------------------------------------


def readiness_text(gp: GoalProgress) -> str:
    """The projection in words, as precise as it honestly is: months, not days."""
    from .progress import Outlook

    p = gp.projection
    if p.outlook is Outlook.PROJECTED and p.likely is not None:
        likely = f"{p.likely:%b %Y}"
        early = f"{p.earliest:%b %Y}" if p.earliest else likely
        if p.latest is None:
            return f"Ready from {early} at the earliest, most likely {likely}; no upper bound."
        late = f"{p.latest:%b %Y}"
        if early == late:
            return f"Ready around {likely}."
        return f"Ready between {early} and {late}, most likely {likely}."
    if p.outlook is Outlook.DONE and p.likely is not None:
        return f"Every milestone done by {day_text(p.likely)}."
    return p.reason


# -- Markdown to a plain excerpt ----------------------------------------------------------------

EXCERPT_LENGTH = 300

_HEADING = re.compile(r"^#{1,6}(\s+|$)")
_RULE = re.compile(r"^([-*_])(\s*\1){2,}$")
_QUOTE_PREFIX = re.compile(r"^(?:>\s?)+")
_ITEM_PREFIX = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
)
# Escaped punctuation (\*) is set aside as a private-use character while markup is removed.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|])")
_PRIVATE = 0xF0000
_UNESCAPE = re.compile("[\U000f0000-\U000f007f]")
_MARKUP = re.compile(r"[\\`*_\[\]<>~!]")
_SPACE = re.compile(r"\s+")


def _paragraphs(markdown: str) -> Iterator[tuple[bool, list[str]]]:
    """(is_heading, lines) per block of the text; code blocks and rules are left out."""
    block: list[str] = []
    fence = ""
    for raw in markdown.splitlines():
        line = raw.strip()
        if fence:
            if line.startswith(fence):
                fence = ""
            continue
        if line.startswith(("```", "~~~")):
            fence = line[:3]
        elif line and _HEADING.match(line):
            if block:
                yield False, block
                block = []
            yield True, [_HEADING.sub("", line).rstrip("# ")]
            continue
        elif line and not _RULE.match(line):
            block.append(line)
            continue
        if block:
            yield False, block
            block = []
    if block:
        yield False, block


def _join_lines(lines: Sequence[str]) -> str:
    """A paragraph's lines as one: list items after the first are separated by semicolons."""
    text = ""
    for line in lines:
        line = _QUOTE_PREFIX.sub("", line)
        item = _ITEM_PREFIX.sub("", line)
        if text:
            listed = item != line and not text.endswith((":", ";", ",", "."))
            text += ("; " if listed else " ") + item
        else:
            text = item
    return text


def plain_text(markdown_line: str) -> str:
    """One line or paragraph of Markdown as plain text (markup removed, spaces collapsed)."""
    text = markdown_line
    if _MARKUP.search(text):
        text = _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m[1])), text)
        for pattern, replacement in _INLINE:
            text = pattern.sub(replacement, text)
        text = _UNESCAPE.sub(lambda m: chr(ord(m[0]) - _PRIVATE), text)
    return _SPACE.sub(" ", text).strip()


def shorten(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """`text` cut at a word to at most `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def excerpt(markdown: str, limit: int = EXCERPT_LENGTH) -> str:
    """The first paragraph of a Markdown body as plain text, at most `limit` characters.

    Headings are passed over for the first paragraph of prose (a body of headings alone gives
    its first heading); fenced code and rules are left out.
    """
    if not markdown:
        return ""
    first_heading = ""
    for heading, lines in _paragraphs(markdown):
        if heading:
            first_heading = first_heading or lines[0]
            continue
        text = plain_text(_join_lines(lines))
        if text:
            return shorten(text, limit)
    return shorten(plain_text(first_heading), limit)


_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
QUOTE_MIN_WORDS = 3  # shorter quoted text ("done", "LGTM") is emphasis, not a quote


def quoted_words(markdown: str) -> str:
    """Someone's own words in a feedback body: its first "> " block, else the first text in
    quotation marks of at least three words; "" when the body quotes nobody.

    A body's first paragraph is often the writer's own note ("One more rep.", "Context: …"),
    not the feedback: quoting that would put words in someone's mouth.
    """
    if not markdown:
        return ""
    block: list[str] = []
    for raw in markdown.splitlines():
        line = raw.strip()
        if line.startswith(">"):
            block.append(line)
        elif block:
            break
    if block:
        text = plain_text(_join_lines(block))
        if text:
            return shorten(text)
    for heading, lines in _paragraphs(markdown):
        if heading:
            continue
        for match in _QUOTED.finditer(plain_text(_join_lines(lines))):
            text = match[1].strip()
            if len(text.split()) >= QUOTE_MIN_WORDS:
                return shorten(text)
    return ""


# -- the builder --------------------------------------------------------------------------------

#: The order of the achievement groups (compensation, when asked for, comes last).
ACHIEVEMENT_ORDER: tuple[EntryKind, ...] = (
    EntryKind.PROJECT,
    EntryKind.RESPONSIBILITY,
    EntryKind.CERTIFICATION,
    EntryKind.SKILL,
    EntryKind.LEARNING,
    EntryKind.NETWORK,
    EntryKind.OTHER,
    EntryKind.COMPENSATION,
)
QUOTE_KINDS: frozenset[EntryKind] = frozenset({EntryKind.FEEDBACK, EntryKind.RECOGNITION})
_MICRO = frozenset(MICRO_KINDS)


def achievement_order(e: SummaryEntry) -> tuple[bool, bool, int, int, int]:
    """Starred first, then those with a measurable result, then by impact, then newest."""
    return (not e.starred, not e.measurable_result, -e.impact, -e.occurred_on.toordinal(), -e.id)


class SummaryService(Service):
    """Builds the appraisal summary of a period in a handful of queries (no query per entry)."""

    def default_options(self, today: dt.date | None = None) -> tuple[SummaryOptions, str]:
        """Since the last review held before `today`, else the last 12 months; with its label."""
        today = today or dt.date.today()
        with self._store.read() as session:
            last_review = self._last_review(session, today)
        start, end, label = default_period(today, last_review)
        return SummaryOptions(date_from=start, date_to=end), label

    def build(self, options: SummaryOptions | None = None, today: dt.date | None = None) -> Summary:
        """The summary of `options`' period (default: `default_options(today)`)."""
        from sqlalchemy import select

        from ..domain import Profile, SkillScale
        from ..domain.scales import levels as scale_levels

        today = today or dt.date.today()
        with self._store.read() as session:
            last_review = self._last_review(session, today)
            if options is None:
                start, end, label = default_period(today, last_review)
                options = SummaryOptions(date_from=start, date_to=end)
            else:
                label = period_label(options.date_from, options.date_to, today, last_review)
            if options.date_from > options.date_to:
                raise ValidationError(
                    "period",
                    f"The period starts on {options.date_from.isoformat()}, after it ends on "
                    f"{options.date_to.isoformat()}.",
                )
            profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
            name = profile.name if profile is not None else ""
            share = profile.band_share if profile is not None else 0.75
            scale = profile.skill_scale if profile is not None else SkillScale.DREYFUS
            candidates = self._entries(session, options)
            if not options.include_other:
                candidates = [e for e in candidates if e.kind is not EntryKind.OTHER]
            roles = self._roles(session)
            skills = self._skills(session, options, share)
        goals = self._goals(options)

        chosen = [e for e in candidates if e.id not in options.excluded_ids]
        found = tuple(
            p
            for p in promotions(
                role_steps(roles),
                [(e.occurred_on, e.title) for e in candidates if e.kind is EntryKind.PROMOTION],
            )
            if options.date_from <= p.day <= options.date_to
        )
        promoted = promoted_roles(found)
        moves = tuple(
            Move(r.start_date, r.move_kind, r.title, r.level, r.organisation, r.id in promoted)
            for r in roles
            if options.date_from <= r.start_date <= options.date_to
            and r.move_kind is not MoveKind.FIRST
        )
        quotes = self._quotes(chosen)
        limit = options.max_quotes
        return Summary(
            options=options,
            period_label=label,
            generated_on=today,
            headline=self._headline(name, roles, moves, len(chosen), options.date_to, found),
            achievements=self._achievements(chosen, options.include_compensation, options.per_kind),
            skills=skills,
            level_names=scale_levels(scale),
            goals=goals,
            quotes=quotes if limit is None else quotes[:limit],
            more_quotes=0 if limit is None else max(0, len(quotes) - limit),
            stats=self._stats(chosen, found, options),
            candidates=tuple(sorted(candidates, key=lambda e: (e.occurred_on, e.id), reverse=True)),
        )

    # -- reads --------------------------------------------------------------------------------

    @staticmethod
    def _last_review(session: Session, today: dt.date) -> dt.date | None:
        from sqlalchemy import func, select

        from ..domain import Review

        return session.scalar(select(func.max(Review.held_on)).where(Review.held_on < today))

    @staticmethod
    def _entries(session: Session, options: SummaryOptions) -> list[SummaryEntry]:
        """Every live entry in the period with its tags: two queries, plain rows."""
        from sqlalchemy import select

        from ..domain import Entry, Tag, entry_tag

        in_period = (
            Entry.trashed_at.is_(None),
            Entry.occurred_on >= options.date_from,
            Entry.occurred_on <= options.date_to,
        )
        connection = session.connection()
        tags: dict[int, list[str]] = {}
        for entry_id, tag in connection.execute(
            select(entry_tag.c.entry_id, Tag.name)
            .join(Tag, Tag.id == entry_tag.c.tag_id)
            .join(Entry, Entry.id == entry_tag.c.entry_id)
            .where(*in_period)
        ):
            tags.setdefault(entry_id, []).append(tag)
        rows = connection.execute(
            select(
                Entry.id,
                Entry.occurred_on,
                Entry.kind,
                Entry.title,
                Entry.body,
                Entry.impact,
                Entry.measurable_result,
                Entry.starred,
            )
            .where(*in_period)
            .order_by(Entry.occurred_on, Entry.id)
        )
        return [
            SummaryEntry(
                id=entry_id,
                occurred_on=day,
                kind=EntryKind(kind),
                title=title,
                measurable_result=result or "",
                starred=bool(starred),
                impact=impact,
                tags=tuple(sorted(tags.get(entry_id, ()))),
                excerpt=excerpt(body or ""),
                quoted=quoted_words(body or "") if EntryKind(kind) in QUOTE_KINDS else "",
            )
            for entry_id, day, kind, title, body, impact, result, starred in rows
        ]

    @staticmethod
    def _roles(session: Session) -> list[RoleRecord]:
        from sqlalchemy import select

        from ..domain import Role
        from .roles import to_record

        return [
            to_record(r) for r in session.scalars(select(Role).order_by(Role.start_date, Role.id))
        ]

    @staticmethod
    def _skills(session: Session, options: SummaryOptions, share: float) -> tuple[BandChange, ...]:
        """Per band: its level the day before the period and at its end, and the skills moved."""
        from sqlalchemy import select

        from ..domain import Skill, SkillAssessment, SkillBand
        from .banding import Assessed, band_level, level_on

        connection = session.connection()
        bands = connection.execute(
            select(SkillBand.id, SkillBand.name).order_by(SkillBand.position, SkillBand.id)
        ).all()
        members: dict[int, list[tuple[int, str]]] = {}
        for skill_id, band_id, skill_name in connection.execute(
            select(Skill.id, Skill.band_id, Skill.name).order_by(Skill.position, Skill.id)
        ):
            members.setdefault(band_id, []).append((skill_id, skill_name))
        history: dict[int, list[Assessed]] = {}
        for skill_id, day, level, order in connection.execute(
            select(
                SkillAssessment.skill_id,
                SkillAssessment.assessed_on,
                SkillAssessment.level,
                SkillAssessment.id,
            ).where(SkillAssessment.assessed_on <= options.date_to)
        ):
            history.setdefault(skill_id, []).append(Assessed(skill_id, day, level, order))
        before_day = options.date_from - dt.timedelta(days=1)
        result = []
        for band_id, band_name in bands:
            skills = members.get(band_id, [])
            before = [level_on(history.get(s, []), before_day) for s, _ in skills]
            after = [level_on(history.get(s, []), options.date_to) for s, _ in skills]
            changed = tuple(
                SkillChange(skill_name, b, a)
                for (_, skill_name), b, a in zip(skills, before, after, strict=True)
                if b != a
            )
            result.append(
                BandChange(band_name, band_level(before, share), band_level(after, share), changed)
            )
        return tuple(result)

    def _goals(self, options: SummaryOptions) -> tuple[GoalSummary, ...]:
        """Goals open at some time in the period: progress at its start and end, milestones."""
        from .goals import GoalService
        from .progress import progress_at

        start, end = options.date_from, options.date_to
        before_day = start - dt.timedelta(days=1)
        result = []
        for gp in GoalService(self._store, self._feed).progress_all(end):
            g = gp.goal
            if g.created_on > end or (g.closed_on is not None and g.closed_on < start):
                continue
            steps = [m.step for m in gp.milestones]
            before = 0.0 if g.created_on >= start else progress_at(steps, before_day)
            result.append(
                GoalSummary(
                    id=g.id,
                    title=g.title,
                    kind=g.kind.value,
                    status=g.status.value,
                    pinned=g.pinned,
                    progress_before=before,
                    progress_after=gp.progress,
                    readiness=readiness_text(gp),
                    schedule=gp.schedule.text,
                    explanation=gp.explanation(),
                    done_in_period=tuple(
                        m.milestone.title
                        for m in gp.milestones
                        if m.done_on is not None and start <= m.done_on <= end
                    ),
                    remaining=tuple(m.milestone.title for m in gp.open_milestones),
                    series=gp.series,
                )
            )
        return tuple(result)

    # -- assembly -----------------------------------------------------------------------------

    @staticmethod
    def _headline(
        name: str,
        roles: Sequence[RoleRecord],
        moves: tuple[Move, ...],
        count: int,
        day: dt.date,
        found: tuple[Promotion, ...] = (),
    ) -> Headline:
        held = [r for r in roles if r.covers(day)]
        role = held[-1] if held else None
        return Headline(
            name=name,
            role_title=role.title if role else "",
            role_level=role.level if role else "",
            organisation=role.organisation if role else "",
            role_since=role.start_date if role else None,
            days_in_role=(day - role.start_date).days if role else None,
            moves=moves,
            entry_count=count,
            promotions=found,
        )

    @staticmethod
    def _achievements(
        entries: Sequence[SummaryEntry], include_compensation: bool, per_kind: int | None
    ) -> tuple[KindGroup, ...]:
        hidden = NOT_ACHIEVEMENTS - ({EntryKind.COMPENSATION} if include_compensation else set())
        by_kind: dict[EntryKind, list[SummaryEntry]] = {}
        for e in entries:
            if e.kind not in hidden:
                by_kind.setdefault(e.kind, []).append(e)
        groups = []
        for kind in ACHIEVEMENT_ORDER:
            if kind not in by_kind:
                continue
            ranked = sorted(by_kind[kind], key=achievement_order)
            shown = ranked if per_kind is None else ranked[:per_kind]
            groups.append(KindGroup(kind, tuple(shown), len(ranked) - len(shown)))
        return tuple(groups)

    @staticmethod
    def _quotes(entries: Sequence[SummaryEntry]) -> tuple[Quote, ...]:
        quoted = [e for e in entries if e.kind in QUOTE_KINDS]
        quoted.sort(key=lambda e: (e.occurred_on, e.id), reverse=True)
        return tuple(
            Quote(e.id, e.occurred_on, e.kind, e.title, e.quoted or e.title, bool(e.quoted))
            for e in quoted
        )

    @staticmethod
    def _stats(
        entries: Sequence[SummaryEntry], found: tuple[Promotion, ...], options: SummaryOptions
    ) -> Stats:
        counts: dict[tuple[int, int], list[int]] = {}
        first = options.date_from.year * 12 + options.date_from.month - 1
        last = options.date_to.year * 12 + options.date_to.month - 1
        for index in range(first, last + 1):
            counts[divmod(index, 12)] = [0, 0]
        micro = _MICRO if options.include_compensation else _MICRO - {EntryKind.COMPENSATION}
        incremental = impact = starred = 0
        for e in entries:
            cell = counts[(e.occurred_on.year, e.occurred_on.month - 1)]
            cell[0] += 1
            cell[1] += e.impact
            impact += e.impact
            starred += e.starred
            if e.kind in micro:
                incremental += 1
        months = tuple(MonthCount(y, m0 + 1, n, i) for (y, m0), (n, i) in counts.items())
        return Stats(
            months=months,
            big_leaps=len(found),
            incremental=incremental,
            impact_total=impact,
            starred=starred,
            includes_compensation=options.include_compensation,
        )
