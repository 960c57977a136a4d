"""`rubric` and `assess`: where you stand against the active framework's current and next level,
criterion by criterion, and your dated assessments of each criterion.

Each figure is printed with one line on how it is computed (wording/rubric.py). An assessment is
one operation in the journal's log, so `careerjournal undo` takes it back.
"""

from __future__ import annotations

import argparse
import io
from typing import TYPE_CHECKING, TextIO

from .base import AddCommand, InvalidValue, JournalCommand, Json, UserError
from .frameworks import UNDO, active_framework, framework_json
from .output import iso, print_json, rounded, table
from .parsing import date_value, day, whole

if TYPE_CHECKING:
    from ..domain import Demonstration
    from ..services import Journal
    from ..services.framework_records import CriterionState, LevelRubric, Rubric

STATUSES = ("not_yet", "sometimes", "consistently")
HISTORY_SHOWN = 6  # `rubric` prints the position's last this many changes


def add_parsers(command: AddCommand) -> None:
    p = command(
        "rubric",
        help="the active framework's current and next level: position, readiness, criteria",
        description="Your position within the current level (a sub-level letter), your "
        "readiness for the next level per topic and overall, each with how it is computed, and "
        "the criteria still open at both levels, those without evidence first.",
    )
    p.add_argument(
        "--level", type=whole("--level"), metavar="N", help="treat level N as your current level"
    )
    p.add_argument(
        "--target",
        type=whole("--target"),
        metavar="N",
        help="the level to reach (the current level is the one before it)",
    )
    p.add_argument("--all", action="store_true", help="list the criteria already met too")
    p.add_argument("--json", action="store_true")

    p = command(
        "assess",
        help="record how consistently you show a framework criterion (undoable)",
        description="Records an assessment of a criterion (its id from `rubric`) as of a day; "
        "earlier ones are kept as its history.",
    )
    p.add_argument("criterion", type=whole("CRITERION", 1), metavar="CRITERION_ID")
    p.add_argument(
        "--as",
        dest="status",
        type=status,
        required=True,
        metavar="|".join(STATUSES),
        help="how often you show it (not-yet is accepted too)",
    )
    p.add_argument("--note", default="", metavar="TEXT", help="why, in a few words")
    p.add_argument(
        "--on", type=day("--on"), metavar="YYYY-MM-DD", help="the day assessed (default: today)"
    )


def status(text: str) -> Demonstration:
    """A type for an assessment: not_yet (or not-yet), sometimes, consistently."""
    from ..domain import Demonstration

    wanted = text.strip().lower().replace("-", "_").replace(" ", "_")
    if wanted not in STATUSES:
        raise InvalidValue(f"--as: {text!r} is not one of {', '.join(STATUSES)}.")
    return Demonstration(wanted)


# -- rubric -------------------------------------------------------------------------------------


def cmd_rubric(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    if args.level is not None and args.target is not None:
        raise UserError("give --level or --target, not both.")
    active_framework(journal)
    rubric = journal.rubric.rubric(args.level, target=args.target)
    assert rubric is not None  # there is an active framework
    role = journal.roles.get(rubric.role_id) if rubric.role_id is not None else None
    title, label = ("", "") if role is None else (role.title, role.level)
    if args.json:
        print_json(rubric_json(rubric, title, label), out)
        return 0
    lines = header_lines(rubric, title, label)
    for lr, which in ((rubric.current, "current"), (rubric.next, "next")):
        if lr is not None:
            lines.append("")
            lines.extend(level_lines(lr, which, show_met=args.all))
    out.write("\n".join(lines) + "\n")
    return 0


def header_lines(rubric: Rubric, role_title: str = "", role_label: str = "") -> list[str]:
    """The framework, the current level and where it came from, the position with how it is
    computed, and the readiness for the next level per topic and overall."""
    from ..wording import rubric as words

    f = rubric.framework
    lines = [f"Framework: {f.name} (as of {rubric.as_of.isoformat()})"]
    source = words.level_source_text(rubric, role_title, role_label)
    if rubric.current is not None:
        lines.append(f"Current level: {words.level_name(rubric.current.level)}; {source}")
    else:
        lines.append(f"Current level: {source}")
    if rubric.sublevel is not None and rubric.current is not None:
        sub = rubric.sublevel
        number = rubric.current.level.number
        lines.append(f"Position in level {number}: {words.sublevel_text(sub)}")
        lines.append("  " + words.sublevel_rule(sub.thresholds))
        if len(rubric.history) > 1:
            shown = rubric.history[-HISTORY_SHOWN:]
            said = ", ".join(f"{d.isoformat()} {words.percent(s)}" for d, s in shown)
            lines.append(f"  Over time: {said}")
    nxt = rubric.next
    if nxt is None:
        if rubric.current is not None:
            top = rubric.current.level.number
            lines.append(f"Next level: none; level {top} is the framework's top level.")
        return lines
    first = " (the framework's first)" if rubric.current is None else ""
    lines.append(
        f"Readiness for {words.level_name(nxt.level)}{first}: {words.readiness_text(nxt)}."
    )
    lines.append("  " + words.readiness_rule(f.settings.tick))
    if nxt.topics:
        buffer = io.StringIO()
        rows = [(f"{t.met} of {t.total}", words.percent(t.share), t.title) for t in nxt.topics]
        table(rows, frozenset({0, 1}), buffer)
        lines.append("  By topic (criteria met):")
        lines.extend("  " + line for line in buffer.getvalue().splitlines())
    return lines


def level_lines(lr: LevelRubric, which: str, *, show_met: bool = False) -> list[str]:
    """A level's criteria: a row each (id, evidence, latest assessment, what is missing), its
    topic and text underneath; those without evidence first. Met ones only with `show_met`."""
    from ..interchange.framework import plain
    from ..wording import rubric as words

    head = (
        f"{_first_upper(words.level_name(lr.level))} ({which}): {lr.met} of "
        f"{words.count(lr.total, 'criterion', 'criteria')} met, {lr.evidenced} with evidence"
    )
    shown = [s for s in lr.criteria if show_met or not s.met]
    lines = [head]
    if not lr.total:
        return [*lines, "  No criteria at this level."]
    if shown:
        rows = [("ID", "Evidence", "Assessed", "Missing")]
        rows.extend(
            (str(s.criterion.id), str(len(s.evidence)), _latest(s), words.gaps_text(s.gaps))
            for s in shown
        )
        buffer = io.StringIO()
        table(rows, frozenset({0, 1}), buffer)
        table_lines = buffer.getvalue().splitlines()
        indent = " " * (2 + max(len(r[0]) for r in rows) + 2)
        lines.append(table_lines[0])
        for s, line in zip(shown, table_lines[1:], strict=True):
            lines.append(line)
            lines.append(f"{indent}{s.criterion.topic_title}: {plain(s.criterion.text)}")
    hidden = len(lr.criteria) - len(shown)
    if hidden:
        lines.append(
            f"  {words.count(hidden, 'met criterion', 'met criteria')} not listed: "
            "--all lists them."
        )
    return lines


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _latest(state: CriterionState) -> str:
    from ..wording.rubric import shown_text

    if not state.assessments:
        return shown_text(None)
    last = state.assessments[-1]
    return f"{shown_text(last.status)} ({last.assessed_on.isoformat()})"


# -- JSON ---------------------------------------------------------------------------------------


def criterion_json(s: CriterionState) -> Json:
    """One criterion's state in the stable shape of `rubric --json` (docs/cli.md)."""
    c = s.criterion
    return {
        "id": c.id,
        "topic": {"key": c.topic_key, "title": c.topic_title},
        "level": c.level,
        "text": c.text,
        "examples": list(c.examples),
        "position": c.position,
        "evidence": [
            {
                "entry_id": e.entry_id,
                "title": e.title,
                "date": e.occurred_on.isoformat(),
                "measurable_result": e.measurable_result,
                "links": list(e.links),
            }
            for e in s.evidence
        ],
        "assessments": [
            {
                "id": a.id,
                "date": a.assessed_on.isoformat(),
                "status": a.status.value,
                "note": a.note,
            }
            for a in s.assessments
        ],
        "latest": None if s.latest is None else s.latest.value,
        "met": s.met,
        "gaps": [g.value for g in s.gaps],
    }


def level_json(lr: LevelRubric | None) -> Json | None:
    if lr is None:
        return None
    return {
        "number": lr.level.number,
        "name": lr.level.name,
        "total": lr.total,
        "met": lr.met,
        "evidenced": lr.evidenced,
        "readiness": rounded(lr.readiness, 4),
        "topics": [
            {
                "key": t.key,
                "title": t.title,
                "total": t.total,
                "met": t.met,
                "evidenced": t.evidenced,
                "consistent": t.consistent,
                "readiness": rounded(t.share, 4),
            }
            for t in lr.topics
        ],
        "criteria": [criterion_json(s) for s in lr.criteria],
    }


def rubric_json(rubric: Rubric, role_title: str = "", role_label: str = "") -> Json:
    """The stable JSON shape of `rubric --json` (docs/cli.md)."""
    from ..wording import rubric as words

    sub = rubric.sublevel
    settings = rubric.framework.settings
    return {
        "framework": framework_json(rubric.framework),
        "as_of": rubric.as_of.isoformat(),
        "level_source": rubric.level_source.value,
        "level_source_text": words.level_source_text(rubric, role_title, role_label),
        "role_id": rubric.role_id,
        "candidates": list(rubric.candidates),
        "sublevel": None
        if sub is None
        else {
            "letter": sub.letter,
            "share": rounded(sub.share, 4),
            "consistent": sub.consistent,
            "total": sub.total,
            "thresholds": list(sub.thresholds),
            "how_computed": words.sublevel_rule(sub.thresholds),
        },
        "readiness_how_computed": words.readiness_rule(settings.tick),
        "history": [{"date": iso(d), "share": rounded(s, 4)} for d, s in rubric.history],
        "current": level_json(rubric.current),
        "next": level_json(rubric.next),
    }


# -- assess -------------------------------------------------------------------------------------


def cmd_assess(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    on = date_value(args.on, "--on")
    record = journal.rubric.assess(args.criterion, args.status, note=args.note, on=on)
    state = journal.rubric.state(args.criterion)
    lines = [
        f"Assessed criterion {args.criterion} as {record.status.value.replace('_', ' ')} on "
        f"{record.assessed_on.isoformat()}. {UNDO}",
        *criterion_lines(journal, state),
    ]
    out.write("\n".join(lines) + "\n")
    return 0


def criterion_lines(journal: Journal, s: CriterionState) -> list[str]:
    """A criterion's state: level and topic, text, evidence, assessments, met or what is
    missing under its framework's rule."""
    from ..interchange.framework import plain
    from ..wording import rubric as words

    f = journal.frameworks.get(s.criterion.framework_id)
    c = s.criterion
    level = f.level(c.level)
    where = words.level_name(level) if level is not None else f"level {c.level}"
    lines = [
        f"  {c.id}  {plain(c.text)}",
        f"  {f.name}, {where}, {c.topic_title}",
        f"  Evidence: {words.count(len(s.evidence), 'entry', 'entries')}"
        + "".join(f"; {e.entry_id} “{plain(e.title)}”" for e in s.evidence[-3:]),
    ]
    if s.assessments:
        history = ", ".join(
            f"{a.assessed_on.isoformat()} {words.shown_text(a.status)}" for a in s.assessments[-4:]
        )
        lines.append(f"  Assessed: {history}")
        if s.assessments[-1].note:
            lines.append(f"  Note: {plain(s.assessments[-1].note)}")
    met = "met" if s.met else f"not met ({words.gaps_text(s.gaps)})"
    lines.append(f"  Now: {met}; met when {words.tick_rule_text(f.settings.tick)}.")
    return lines


COMMANDS: dict[str, JournalCommand] = {"rubric": cmd_rubric, "assess": cmd_assess}
