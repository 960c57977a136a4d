"""`goals`: progress, pace, projected ready date and open milestones of each goal."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from .base import AddCommand, JournalCommand, Json
from .output import iso, print_json

if TYPE_CHECKING:
    from ..services import Journal
    from ..services.goals import GoalProgress, MilestoneStatus

NO_GOALS = (
    "No goals yet. Add one in the Goals area of the app (run careerjournal with no command to "
    "open it).\n"
)
NO_ACTIVE_GOALS = (
    "No active goals. (careerjournal goals --all lists achieved and dropped ones too.)\n"
)


def add_parsers(command: AddCommand) -> None:
    p = command("goals", help="goals: progress, pace, projected ready date, open milestones")
    p.add_argument("--all", action="store_true", help="include achieved and dropped goals")
    p.add_argument("--json", action="store_true")


def cmd_goals(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..domain import GoalStatus

    today = dt.date.today()
    status = None if args.all else GoalStatus.ACTIVE
    found = journal.goals.progress_all(today, status=status)
    if args.json:
        print_json(goals_json(found, today), out)
    elif not found:
        out.write(NO_ACTIVE_GOALS if not args.all and journal.goals.list() else NO_GOALS)
    else:
        out.write("\n\n".join("\n".join(goal_lines(gp)) for gp in found) + "\n")
    return 0


def _milestone_json(m: MilestoneStatus) -> dict[str, Any]:
    from ..wording import goals as words

    r = m.milestone
    return {
        "id": r.id,
        "title": r.title,
        "position": r.position,
        "weight": r.weight,
        "due_on": iso(r.due_on),
        "done_on": iso(m.done_on),
        "done": m.done,
        "automatic": m.automatic,
        "criterion_kind": r.criterion_kind.value,
        "criterion": dict(r.criterion),
        "criterion_text": words.criterion_text(m.criterion),
        "evidence_ids": list(m.evidence_ids),
    }


def goal_json(gp: GoalProgress) -> Json:
    """One goal in the stable shape of `goals --json` (docs/cli.md)."""
    from ..wording import goals as words

    g, p, pr, sc = gp.goal, gp.pace, gp.projection, gp.schedule
    return {
        "id": g.id,
        "title": g.title,
        "kind": g.kind.value,
        "description": g.description,
        "status": g.status.value,
        "pinned": g.pinned,
        "target_role_title": g.target_role_title,
        "target_level": g.target_level,
        "target_date": iso(g.target_date),
        "created_on": g.created_on.isoformat(),
        "closed_on": iso(g.closed_on),
        "as_of": gp.as_of.isoformat(),
        "progress": round(gp.progress, 4),
        "explanation": words.explanation(gp),
        "pace": {
            "window_start": p.window_start.isoformat(),
            "window_end": p.window_end.isoformat(),
            "gained": round(p.gained, 4),
            "per_month": round(p.per_month, 4),
            "completions": p.completions,
            "text": words.pace_text(gp),
        },
        "projection": {
            "outlook": pr.outlook.value,
            "likely": iso(pr.likely),
            "earliest": iso(pr.earliest),
            "latest": iso(pr.latest),
            "reason": words.projection_text(gp),
        },
        "schedule": {
            "standing": sc.standing.value,
            "days": sc.days,
            "text": words.schedule_text(gp),
        },
        "milestones": [_milestone_json(m) for m in gp.milestones],
        "open_milestones": [m.milestone.id for m in gp.open_milestones],
    }


def goals_json(found: Sequence[GoalProgress], today: dt.date) -> Json:
    """The stable JSON shape of `goals --json` (docs/cli.md)."""
    return {"as_of": today.isoformat(), "goals": [goal_json(gp) for gp in found]}


def goal_lines(gp: GoalProgress) -> list[str]:
    """A goal's header, progress, pace, ready date, schedule and open milestones."""
    from ..domain import GoalKind, GoalStatus
    from ..wording import goals as words
    from ..wording.progress import goal_readiness as readiness_text

    g = gp.goal
    marks = [g.kind.value.replace("_", " ")]
    if g.pinned:
        marks.append("next promotion")
    if g.status is not GoalStatus.ACTIVE:
        marks.append(g.status.value)
    header = f"{g.title} ({', '.join(marks)})"
    if g.kind is GoalKind.PROMOTION and (g.target_role_title or g.target_level):
        header += " to " + ", ".join(t for t in (g.target_role_title, g.target_level) if t)
    if g.target_date is not None:
        header += f", target {g.target_date.isoformat()}"
    lines = [
        header,
        f"  Progress  {gp.progress:.0%}: {words.explanation(gp)}",
        f"  Pace      {words.pace_text(gp)}",
        f"  Outlook   {readiness_text(gp)}",
        f"  Schedule  {words.schedule_text(gp)}",
    ]
    open_ = gp.open_milestones
    if open_:
        lines.append(f"  Open milestones ({len(open_)} of {len(gp.milestones)}):")
        for m in open_:
            r = m.milestone
            details = [f"weight {r.weight:g}"]
            if r.due_on is not None:
                details.append(f"due {r.due_on.isoformat()}")
            if m.automatic:
                details.append("automatic")
            line = f"    - {r.title} ({', '.join(details)})"
            if m.automatic:
                line += f": {words.criterion_text(m.criterion)}"
            lines.append(line)
    elif gp.milestones:
        lines.append("  Every milestone is done.")
    return lines


COMMANDS: dict[str, JournalCommand] = {"goals": cmd_goals}
