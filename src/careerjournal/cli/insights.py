"""`insights`: momentum, promotions, fragmentation, lattice, cadence, career stage and the next
promotion, each card with how it is computed."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, TextIO

from .base import AddCommand, JournalCommand, Json, deferred
from .goals import goal_json, goal_lines
from .output import iso, plural, print_json, rounded

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..services import Journal
    from ..services.insights import Insights
    from ..wording import insights as words
else:  # loaded when the command runs: `careerjournal --help` never loads the database layer
    words = deferred("careerjournal.wording.insights")


def add_parsers(command: AddCommand) -> None:
    p = command(
        "insights",
        help="momentum, promotions, fragmentation, lattice, cadence, career stage, next promotion",
    )
    p.add_argument("--json", action="store_true")


def cmd_insights(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    today = dt.date.today()
    insights = journal.insights.compute(today)
    if args.json:
        print_json(insights_json(insights), out)
    else:
        out.write("\n".join(insights_lines(insights)) + "\n")
    return 0


# -- --json -------------------------------------------------------------------------------------


def insights_json(ins: Insights) -> Json:
    """The stable JSON shape of `insights --json` (docs/cli.md)."""
    gp = ins.next_promotion
    return {
        "as_of": ins.as_of.isoformat(),
        "empty": ins.is_empty,
        "entry_count": ins.entry_count,
        "role_count": ins.role_count,
        "leaps": _leaps_json(ins),
        "momentum": _momentum_json(ins),
        "fragmentation": _fragmentation_json(ins),
        "lattice": _lattice_json(ins),
        "cadence": _cadence_json(ins),
        "stage": _stage_json(ins),
        "next_promotion": None if gp is None else goal_json(gp),
        "readiness": words.next_promotion_text(ins),
    }


def _leaps_json(ins: Insights) -> Json:
    le = ins.leaps
    return {
        "promotions": [
            {"date": p.day.isoformat(), "title": p.title, "source": p.source} for p in le.promotions
        ],
        "micro_progressions": le.micro_total,
        "cumulative": [{"date": d.isoformat(), "count": n} for d, n in le.cumulative],
        "last_promotion": iso(le.last_promotion),
        "days_since_last_promotion": le.days_since_last_promotion,
        "average_interval_days": rounded(le.average_interval_days, 1),
        "comparison": words.leaps_comparison(le),
        "explanation": words.leaps_explanation(le),
        "advice": words.leaps_advice(le),
    }


def _momentum_json(ins: Insights) -> Json:
    mo = ins.momentum
    return {
        "months": [{"month": m.isoformat(), "impact": rounded(v)} for m, v in mo.months],
        "average_3": rounded(mo.average_3),
        "average_12": rounded(mo.average_12),
        "trend": mo.trend.value,
        "trend_text": words.trend_text(mo),
        "explanation": words.momentum_explanation(mo),
        "advice": words.momentum_advice(mo),
    }


def _fragmentation_json(ins: Insights) -> Json:
    fr = ins.fragmentation
    return {
        "window_start": fr.window_start.isoformat(),
        "window_end": fr.window_end.isoformat(),
        "entries": fr.entries,
        "areas": [{"area": words.area_name(a), "count": a.count} for a in fr.areas],
        "entropy": rounded(fr.entropy, 4),
        "recognised": fr.recognised,
        "recognition": [
            {"date": r.day.isoformat(), "what": words.recognition_text(r)} for r in fr.recognition
        ],
        "warning": fr.warning,
        "explanation": words.fragmentation_explanation(fr),
        "advice": words.fragmentation_advice(fr),
    }


def _lattice_json(ins: Insights) -> Json:
    la = ins.lattice
    return {
        "moves": [
            {
                "date": m.day.isoformat(),
                "kind": m.kind.value,
                "title": m.title,
                "function": m.function,
                "from_function": m.from_function,
                "level": m.level,
                "organisation": m.organisation,
            }
            for m in la.moves
        ],
        "functions": list(la.functions),
        "lateral_count": la.lateral_count,
        "diagonal_count": la.diagonal_count,
        "promotion_count": la.promotion_count,
        "new_employer_count": la.new_employer_count,
        "explanation": words.lattice_explanation(la),
        "advice": words.lattice_advice(la),
    }


def _cadence_json(ins: Insights) -> Json:
    ca = ins.cadence
    return {
        "week_start": ca.week_start,
        "weeks_with_entries": ca.weeks_with_entries,
        "current_streak": ca.current_streak,
        "longest_streak": ca.longest_streak,
        "weeks_active_last_52": ca.weeks_active_last_52,
        "share_last_52": rounded(ca.share_last_52, 4),
        "last_feedback": iso(ca.last_feedback),
        "days_since_feedback": ca.days_since_feedback,
        "last_recognition": iso(ca.last_recognition),
        "days_since_recognition": ca.days_since_recognition,
        "heatmap": [{"date": d.isoformat(), "count": n} for d, n in ca.heatmap],
        "explanation": words.cadence_explanation(ca),
        "advice": words.cadence_advice(ca),
    }


def _stage_json(ins: Insights) -> Json:
    st = ins.stage
    return {
        "stage": st.stage,
        "computed_stage": st.computed_stage,
        "overridden": st.overridden,
        "career_start": iso(st.career_start),
        "career_start_source": st.career_start_source,
        "years": rounded(st.years),
        "guidance": list(words.guidance(ins)),
        "explanation": words.stage_explanation(st),
    }


# -- text ---------------------------------------------------------------------------------------


def _card(title: str, rows: Sequence[str], explanation: str, advice: str = "") -> list[str]:
    lines = [title, *(f"  {row}" for row in rows), f"  How: {explanation}"]
    if advice:
        lines.append(f"  Advice: {advice}")
    return lines


def insights_lines(ins: Insights) -> list[str]:
    """Every figure of `insights`, grouped by card, each card with how it is computed."""
    lines = [f"Insights as of {ins.as_of.isoformat()}", ""]
    lines += _leaps_lines(ins)
    for card in (_momentum_lines, _fragmentation_lines, _lattice_lines, _cadence_lines):
        lines += ["", *card(ins)]
    lines += ["", *_stage_lines(ins)]
    gp = ins.next_promotion
    if gp is None:
        lines += ["", "Next promotion", f"  {words.next_promotion_text(ins)}"]
    else:
        lines += ["", "Next promotion", *(f"  {line}" for line in goal_lines(gp))]
    return lines


def _leaps_lines(ins: Insights) -> list[str]:
    le = ins.leaps
    rows = [f"Promotions: {len(le.promotions)}"]
    rows += [
        f"  {p.day.isoformat()}  {p.title}" + ("  (promotion entry)" if p.source == "entry" else "")
        for p in le.promotions
    ]
    rows.append(f"Micro-progressions: {le.micro_total}")
    if le.cumulative:
        first, last = le.cumulative[0], le.cumulative[-1]
        rows.append(
            f"Cumulative curve: {len(le.cumulative)} months, {first[1]} by "
            f"{first[0].isoformat()} to {last[1]} by {last[0].isoformat()}"
        )
    if le.days_since_last_promotion is not None and le.last_promotion is not None:
        average = (
            "none (fewer than 2 promotions)"
            if le.average_interval_days is None
            else f"{le.average_interval_days:.0f} days"
        )
        rows.append(
            f"Since the last promotion: {plural(le.days_since_last_promotion, 'day')} "
            f"(on {le.last_promotion.isoformat()}); average interval: {average}"
        )
    rows.append(words.leaps_comparison(le))
    explanation, advice = words.leaps_explanation(le), words.leaps_advice(le)
    return _card("Big leaps and incremental gains", rows, explanation, advice)


def _momentum_lines(ins: Insights) -> list[str]:
    mo = ins.momentum
    months = [f"{m:%Y-%m} {v:g}" for m, v in mo.months]
    rows = ["Impact per month, the last 24 months:"]
    rows += ["  " + "  ".join(months[i : i + 6]) for i in range(0, len(months), 6)]
    rows.append(f"3-month average: {mo.average_3:.1f}; 12-month average: {mo.average_12:.1f}")
    rows.append(f"Trend: {words.trend_text(mo)}")
    return _card("Momentum", rows, words.momentum_explanation(mo), words.momentum_advice(mo))


def _fragmentation_lines(ins: Insights) -> list[str]:
    fr = ins.fragmentation
    rows = [
        f"Micro-progressions: {fr.entries} in {plural(len(fr.areas), 'area')}",
    ]
    if fr.areas:
        rows.append("Areas: " + words.top_areas(fr.areas, len(fr.areas)))
    rows.append(f"Spread (normalised entropy): {fr.entropy:.2f}")
    recognition = "none"
    if fr.recognition:
        recognition = "; ".join(
            f"{r.day.isoformat()} {words.recognition_text(r)}" for r in fr.recognition
        )
    rows.append(f"Formal recognition: {recognition}")
    rows.append(f"Warning: {'yes' if fr.warning else 'no'}")
    title = f"Role fragmentation ({fr.window_start.isoformat()} to {fr.window_end.isoformat()})"
    explanation, advice = words.fragmentation_explanation(fr), words.fragmentation_advice(fr)
    return _card(title, rows, explanation, advice)


def _lattice_lines(ins: Insights) -> list[str]:
    la = ins.lattice
    rows = [
        "Functions: " + (" -> ".join(la.functions) if la.functions else "none recorded"),
        f"Roles begun by a move: {la.lateral_count} lateral, {la.diagonal_count} diagonal, "
        f"{la.new_employer_count} at a new employer; promotions: {la.promotion_count}",
    ]
    for m in la.moves:
        change = f"{m.from_function or '?'} -> {m.function or '?'}"
        rows.append(f"  {m.day.isoformat()}  {m.kind.value:<8}  {m.title} ({change})")
    return _card("Lattice", rows, words.lattice_explanation(la), words.lattice_advice(la))


def _since(day: dt.date | None, days: int | None) -> str:
    if day is None or days is None:
        return "never recorded"
    return f"{day.isoformat()} ({plural(days, 'day')} ago)"


def _cadence_lines(ins: Insights) -> list[str]:
    ca = ins.cadence
    busy = [(d, n) for d, n in ca.heatmap if n]
    rows = [
        f"Weeks with an entry: {ca.weeks_with_entries}",
        f"Current streak: {plural(ca.current_streak, 'week')}; longest: "
        f"{plural(ca.longest_streak, 'week')}",
        f"Last 52 weeks: {ca.weeks_active_last_52} with an entry ({ca.share_last_52:.0%})",
        f"Feedback last sought: {_since(ca.last_feedback, ca.days_since_feedback)}",
        f"Recognition last received: {_since(ca.last_recognition, ca.days_since_recognition)}",
    ]
    if ca.heatmap:
        heat = (
            f"Last {len(ca.heatmap)} days: {sum(n for _, n in busy)} entries on "
            f"{plural(len(busy), 'day')}"
        )
        if busy:
            top = max(busy, key=lambda item: (item[1], item[0]))
            heat += f"; busiest {top[0].isoformat()} ({top[1]})"
        rows.append(heat + " (--json lists every day)")
    title = f"Cadence (weeks start on {words.WEEKDAYS[ca.week_start]})"
    return _card(title, rows, words.cadence_explanation(ca), words.cadence_advice(ca))


def _stage_lines(ins: Insights) -> list[str]:
    st = ins.stage
    stage = st.stage.value if st.stage else "unknown"
    if st.overridden:
        stage += f" (set in your profile; computed: {st.computed_stage or 'unknown'})"
    rows = [f"Stage: {stage}"]
    if st.career_start is not None and st.years is not None:
        rows.append(
            f"Career start: {st.career_start.isoformat()} ({st.career_start_source}), "
            f"{st.years:.1f} years ago"
        )
    rows += [f"- {point}" for point in words.guidance(ins)]
    return _card("Career stage", rows, words.stage_explanation(st))


COMMANDS: dict[str, JournalCommand] = {"insights": cmd_insights}
