"""The appraisal summary of a period: what a user brings to a review, as plain data.

`SummaryService.build` collects it; renderers in `careerjournal.report` turn it into Markdown,
HTML or PDF. No Qt here, so the CLI can write Markdown and HTML without loading it.

Facts, not prose: the period is a `Period` (a `PeriodKind` and its dates), a goal's readiness and
schedule are the `Projection` and `Schedule` of `services.progress` with the figures behind its
percentage. `careerjournal.wording.summary` words them in English for the report and the CLI;
the Summary area words the period with tr() (`ui/summary/words.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..domain import MICRO_KINDS, EntryKind, MoveKind
from .base import Service
from .errors import ValidationError
from .excerpts import EXCERPT_LENGTH, excerpt, plain_text, quoted_words, shorten
from .progress import progress_at
from .roles import Promotion, promoted_roles, promotions, role_steps
from .summary_records import (
    ALL_SECTIONS,
    NOT_ACHIEVEMENTS,
    BandChange,
    FoundTheme,
    GoalSummary,
    GroupBy,
    Headline,
    KindGroup,
    MergedThemes,
    MonthCount,
    Move,
    Period,
    PeriodKind,
    Quote,
    Section,
    SkillChange,
    Stats,
    Summary,
    SummaryEntry,
    SummaryOptions,
    ThemeGroup,
    ThemesOff,
    ThemeSource,
    key_ids,
    theme_key,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..store import Store
    from .changes import ChangeFeed
    from .operations import OperationLog
    from .records import RoleRecord


def default_period(today: dt.date, last_review: dt.date | None) -> Period:
    """Since the last recorded review (if it is in the past), else the last 12 months."""
    if last_review is not None and last_review < today:
        return Period(PeriodKind.SINCE_REVIEW, last_review, today, last_review)
    return Period(PeriodKind.LAST_12_MONTHS, _months_before(today, 12), today)


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


def period_of(
    date_from: dt.date, date_to: dt.date, today: dt.date, last_review: dt.date | None = None
) -> Period:
    """How the period is named: as the default it is, else by its two dates."""
    if date_to == today:
        if last_review is not None and last_review < today and date_from == last_review:
            return default_period(today, last_review)
        for months, kind in (
            (12, PeriodKind.LAST_12_MONTHS),
            (6, PeriodKind.LAST_6_MONTHS),
        ):
            if date_from == _months_before(today, months):
                return Period(kind, date_from, date_to)
        if date_from == dt.date(today.year, 1, 1):
            return Period(PeriodKind.YEAR_SO_FAR, date_from, date_to)
    kind = PeriodKind.DAY if date_from == date_to else PeriodKind.DATES
    return Period(kind, date_from, date_to)


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
    """Builds the appraisal summary of a period in a handful of queries (no query per entry).

    Grouping by theme asks a `ThemeSource` (the journal's `meaning`): given to `build`, else the
    one `meaning()` returns (a callable, so the model's module loads only when themes are asked).
    """

    def __init__(
        self,
        store: Store,
        feed: ChangeFeed,
        log: OperationLog | None = None,
        *,
        meaning: Callable[[], ThemeSource] | None = None,
    ):
        super().__init__(store, feed, log)
        self._meaning = meaning

    def default_options(self, today: dt.date | None = None) -> tuple[SummaryOptions, Period]:
        """Since the last review held before `today`, else the last 12 months; with its name."""
        today = today or dt.date.today()
        with self._store.read() as session:
            last_review = self._last_review(session, today)
        period = default_period(today, last_review)
        return SummaryOptions(date_from=period.date_from, date_to=period.date_to), period

    def build(
        self,
        options: SummaryOptions | None = None,
        today: dt.date | None = None,
        *,
        meaning: ThemeSource | None = None,
    ) -> Summary:
        """The summary of `options`' period (default: `default_options(today)`); grouped by
        theme, the themes of `meaning` (default: the service's own), else by kind and why."""
        from sqlalchemy import select

        from ..domain import Profile, SkillScale
        from ..domain.scales import levels as scale_levels

        today = today or dt.date.today()
        with self._store.read() as session:
            last_review = self._last_review(session, today)
            if options is None:
                period = default_period(today, last_review)
                options = SummaryOptions(date_from=period.date_from, date_to=period.date_to)
            else:
                period = period_of(options.date_from, options.date_to, today, last_review)
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
        themed: Themed = ((), None, "")
        if options.group_by is GroupBy.THEME:
            if meaning is None and self._meaning is not None:
                meaning = self._meaning()
            listed = achievements_of(chosen, options.include_compensation)
            themed = themed_groups(listed, options, meaning)
        return Summary(
            options=options,
            period=period,
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
            themes=themed[0],
            themes_off=themed[1],
            themes_off_reason=themed[2],
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
                    projection=gp.projection,
                    schedule=gp.schedule,
                    done_weight=gp.done_weight,
                    total_weight=gp.total_weight,
                    done_count=gp.done_count,
                    milestone_count=len(gp.milestones),
                    done_in_period=tuple(
                        m.milestone.title
                        for m in gp.milestones
                        if m.done_on is not None and start <= m.done_on <= end
                    ),
                    remaining=tuple(m.milestone.title for m in gp.open_milestones),
                    series=gp.series,
                    closed_on=g.closed_on,
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
        by_kind: dict[EntryKind, list[SummaryEntry]] = {}
        for e in achievements_of(entries, include_compensation):
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


# -- themes -------------------------------------------------------------------------------------


def achievements_of(
    entries: Iterable[SummaryEntry], include_compensation: bool
) -> list[SummaryEntry]:
    """The entries listed as achievements (not promotions, quotes or, unless asked, pay)."""
    hidden = NOT_ACHIEVEMENTS - ({EntryKind.COMPENSATION} if include_compensation else set())
    return [e for e in entries if e.kind not in hidden]


def why_themes_off() -> tuple[ThemesOff, str]:
    """Why the meaning model is off: the extra is missing, or it says why (one plain line)."""
    import importlib.util

    try:
        installed = importlib.util.find_spec("wordllama") is not None
        from .meaning import model

        reason = model.why_unavailable() or ""
    except (ImportError, ValueError):
        installed, reason = False, ""
    return (ThemesOff.UNAVAILABLE if installed and reason else ThemesOff.NEEDS_EXTRA), reason


#: The themed groups, or none and why themes are off (and the model's words for it).
Themed = tuple[tuple[ThemeGroup, ...], ThemesOff | None, str]


def themed_groups(
    achievements: Sequence[SummaryEntry], options: SummaryOptions, source: ThemeSource | None
) -> Themed:
    """The achievements grouped by `source`'s themes with the user's names and merges applied,
    those no theme took last; or no groups and why themes are off."""
    if source is None or not source.available:
        return (), *why_themes_off()
    if not achievements:
        return (), None, ""
    found = list(source.themes([e.id for e in achievements], max_themes=options.max_themes))
    keys = [theme_key(t.central_ids) for t in found]
    owner = MergedThemes(found, keys, options.merges)
    names: dict[int, str] = {}
    for key, name in options.theme_names.items():
        index = owner.resolve(key)
        if index is not None and owner.root(index) == index and name.split():
            names.setdefault(index, " ".join(name.split()))
    by_id = {e.id: e for e in achievements}
    members: dict[int, list[SummaryEntry]] = {}
    taken: set[int] = set()
    for index, theme in enumerate(found):
        root = owner.root(index)
        for entry_id in theme.entry_ids:
            if entry_id in by_id and entry_id not in taken:
                taken.add(entry_id)
                members.setdefault(root, []).append(by_id[entry_id])
    groups = []
    for index, theme in enumerate(found):
        if index in members:
            merged = tuple(k for i, k in enumerate(keys) if i != index and owner.root(i) == index)
            name = names.get(index, theme.name)
            groups.append(_group(keys[index], name, theme.name, members[index], options, merged))
    rest = [e for e in achievements if e.id not in taken]
    if rest:
        groups.append(_group("", "", "", rest, options))
    return tuple(groups), None, ""


def _group(
    key: str,
    name: str,
    found_name: str,
    entries: list[SummaryEntry],
    options: SummaryOptions,
    merged: tuple[str, ...] = (),
) -> ThemeGroup:
    ranked = sorted(entries, key=achievement_order)
    limit = options.per_kind
    shown = ranked if limit is None else ranked[:limit]
    return ThemeGroup(key, name, found_name, tuple(shown), len(ranked) - len(shown), merged)


__all__ = [
    "ACHIEVEMENT_ORDER",
    "ALL_SECTIONS",
    "EXCERPT_LENGTH",
    "NOT_ACHIEVEMENTS",
    "QUOTE_KINDS",
    "BandChange",
    "FoundTheme",
    "GoalSummary",
    "GroupBy",
    "Headline",
    "KindGroup",
    "MonthCount",
    "Move",
    "Period",
    "PeriodKind",
    "Quote",
    "Section",
    "SkillChange",
    "Stats",
    "Summary",
    "SummaryEntry",
    "SummaryOptions",
    "SummaryService",
    "ThemeGroup",
    "ThemeSource",
    "Themed",
    "ThemesOff",
    "achievement_order",
    "achievements_of",
    "default_period",
    "excerpt",
    "key_ids",
    "months_before",
    "period_of",
    "plain_text",
    "quoted_words",
    "shorten",
    "theme_key",
    "themed_groups",
    "why_themes_off",
]
