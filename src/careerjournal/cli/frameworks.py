"""`framework` and `evidence`: progression frameworks in the journal (import, list, use, remove,
the current role's level, settings) and entries linked as evidence for their criteria.

Every change is one operation in the journal's log, so `careerjournal undo` (or Edit › Undo in
the app) takes it back. `rubric` and `assess` are in cli/rubric.py.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .base import AddCommand, InvalidValue, JournalCommand, Json, UserError
from .output import iso, print_json, table
from .parsing import Formatter, Parser, global_options, one_of, whole

if TYPE_CHECKING:
    from ..services import Journal
    from ..services.framework_records import FrameworkRecord

UNDO = "`careerjournal undo` takes it back."
NO_FRAMEWORK = (
    "No framework yet: `careerjournal framework import FILE` or "
    "`framework import --published backend`."
)
NONE_IN_USE = (
    "No framework is in use: `careerjournal framework use NAME` picks one "
    "(`careerjournal framework list` lists them)."
)
TICKS = ("both", "evidence", "consistently")
PUBLISHED_PREFIX = "monzo-"


def add_parsers(command: AddCommand) -> None:
    p = command(
        "framework",
        help="progression frameworks: import, list, use, remove, your level, settings",
        usage="%(prog)s [import|list|use|remove|level|settings ...]",
        description="With no action, lists the frameworks in the journal. Every change is one "
        "operation that `careerjournal undo` takes back.",
    )
    sub = p.add_subparsers(dest="framework_action", metavar="ACTION", parser_class=Parser)
    action = _action_adder(sub)

    sp = action("import", help="import a framework file, or re-import a newer version of it")
    sp.add_argument("file", nargs="?", metavar="FILE", help="Markdown (Monzo), YAML or CSV")
    sp.add_argument(
        "--published",
        metavar="NAME",
        help="import a framework that ships with the app instead (backend, data, generic, "
        "product-design, web)",
    )
    sp = action("list", help="the frameworks in the journal (the active one marked)")
    sp.add_argument("--json", action="store_true")
    sp.add_argument(
        "--published", action="store_true", help="also the frameworks that ship with the app"
    )
    sp = action("use", help="make a framework the active one (the rubric follows it)")
    sp.add_argument("name", metavar="NAME", help="its name, part of it, or its id")
    sp = action("remove", help="remove a framework with its evidence links and assessments")
    sp.add_argument("name", metavar="NAME", help="its name, part of it, or its id")
    sp = action("level", help="which level of the active framework your current role is")
    sp.add_argument("level", type=whole("LEVEL"), nargs="?", metavar="N")
    sp = action("settings", help="show or change how the position and a met criterion are judged")
    sp.add_argument(
        "--thresholds",
        type=thresholds,
        metavar="T1,T2,T3,T4",
        help="the shares where the sub-levels B, C, D and E begin, as percentages "
        "(20,40,60,80) or fractions (0.2,0.4,0.6,0.8)",
    )
    sp.add_argument(
        "--tick",
        type=one_of("--tick", TICKS),
        choices=TICKS,
        metavar="RULE",
        help="when a criterion is met: both (evidence linked and assessed consistently), "
        "evidence, or consistently",
    )
    sp.add_argument("--json", action="store_true")

    p = command(
        "evidence",
        help="link an entry as evidence for a framework criterion, or unlink it",
        description="ENTRY is an entry's id (from `list` or `search`); CRITERION a criterion's "
        "id (from `rubric`). Each change is one operation that `careerjournal undo` takes back.",
    )
    sub = p.add_subparsers(dest="evidence_action", metavar="ACTION", parser_class=Parser)
    sub.required = True
    action = _action_adder(sub)
    for name, what in (("link", "make an entry evidence"), ("unlink", "unlink an entry")):
        sp = action(name, help=f"{what} for a criterion")
        sp.add_argument("entry", type=whole("ENTRY", 1), metavar="ENTRY")
        sp.add_argument("criterion", type=whole("CRITERION", 1), metavar="CRITERION")


def _action_adder(sub: Any) -> Callable[..., argparse.ArgumentParser]:
    def action(name: str, **kw: Any) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = sub.add_parser(name, formatter_class=Formatter, **kw)
        global_options(sp, argparse.SUPPRESS)
        return sp

    return action


def thresholds(text: str) -> tuple[float, ...]:
    """A type for "20,40,60,80" (percentages) or "0.2,0.4,0.6,0.8" (fractions)."""
    try:
        values = [float(part.strip().rstrip("%")) for part in text.split(",")]
    except ValueError:
        raise InvalidValue(
            f"--thresholds: {text!r} is not a list of numbers like 20,40,60,80."
        ) from None
    if any(v > 1 for v in values) or "%" in text:
        values = [v / 100 for v in values]
    return tuple(values)


def cmd_framework(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    handlers: dict[str | None, JournalCommand] = {
        None: _list,
        "import": _import,
        "list": _list,
        "use": _use,
        "remove": _remove,
        "level": _level,
        "settings": _settings,
    }
    return handlers[getattr(args, "framework_action", None)](journal, args, out)


# -- finding ------------------------------------------------------------------------------------


def find_framework(journal: Journal, name: str) -> FrameworkRecord:
    """The framework `name` means: its id, its name (any case), or a part of its name or file
    name that only one framework has; UserError otherwise."""
    from ..interchange.framework import normalise
    from ..services.errors import NotFoundError

    records = journal.frameworks.list()
    if not records:
        raise UserError(NO_FRAMEWORK)
    try:
        return journal.frameworks.find(name)
    except NotFoundError:
        pass
    wanted = normalise(name)
    found = [
        r
        for r in records
        if wanted and (wanted in normalise(r.name) or wanted in normalise(Path(r.source).stem))
    ]
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"“{r.name}” ({r.id})" for r in found)
        raise UserError(f"“{name}” could be {names}: give more of the name, or the id.")
    raise UserError(
        f"There is no framework “{name}”; `careerjournal framework list` lists the frameworks."
    )


def active_framework(journal: Journal) -> FrameworkRecord:
    """The active framework; UserError when there is none."""
    active = journal.frameworks.active()
    if active is not None:
        return active
    raise UserError(NONE_IN_USE if journal.frameworks.list() else NO_FRAMEWORK)


def published_files() -> dict[str, Path]:
    """The frameworks that ship with the app, by short name ("backend", "product-design")."""
    from ..services.frameworks import bundled_files

    found: dict[str, Path] = {}
    for path in bundled_files():
        if not path.stem.lower().startswith(PUBLISHED_PREFIX):
            continue  # the folder's README
        found[path.stem.lower().removeprefix(PUBLISHED_PREFIX)] = path
    return found


def published_file(name: str) -> Path:
    files = published_files()
    wanted = name.strip().lower().removesuffix(".md").removeprefix(PUBLISHED_PREFIX)
    if wanted in files:
        return files[wanted]
    raise UserError(
        f"There is no published framework “{name}”; there are {', '.join(files)} "
        "(`careerjournal framework list --published` shows them)."
    )


# -- import -------------------------------------------------------------------------------------


def _import(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..wording.rubric import import_lines

    if (args.file is None) == (args.published is None):
        raise UserError("give a framework FILE to import, or --published NAME (not both).")
    path = published_file(args.published) if args.published else Path(args.file).expanduser()
    outcome = journal.frameworks.import_file(path)
    lines = import_lines(outcome, path.name)
    f = outcome.framework
    if f.active:
        lines.append("It is the active framework: `careerjournal rubric` shows where you stand.")
    else:
        lines.append(
            "It is not the active framework: "
            f"`careerjournal framework use {f.id}` makes it the one `rubric` shows."
        )
    if outcome.notes:
        lines.append(f"Notes from reading {path.name}:")
        lines.extend(f"  - {note}" for note in outcome.notes)
    lines.append(UNDO)
    out.write("\n".join(lines) + "\n")
    return 0


# -- list ---------------------------------------------------------------------------------------


def framework_json(f: FrameworkRecord) -> Json:
    """One framework in the stable shape of `framework list --json` (docs/cli.md)."""
    return {
        "id": f.id,
        "name": f.name,
        "source": f.source,
        "active": f.active,
        "imported_at": f.imported_at.isoformat(timespec="seconds"),
        "levels": [{"number": lv.number, "name": lv.name} for lv in f.levels],
        "topic_count": f.topic_count,
        "criterion_count": f.criterion_count,
        "settings": f.settings.to_json(),
        "version": f.version,
    }


def _published_json(records: list[FrameworkRecord]) -> list[Json]:
    from ..interchange.framework import read_framework

    imported = {r.source for r in records}
    found: list[Json] = []
    for short, path in published_files().items():
        fw = read_framework(path)
        found.append(
            {
                "name": short,
                "file": path.name,
                "framework": fw.name,
                "level_count": len(fw.levels),
                "topic_count": len(fw.topics),
                "criterion_count": len(fw.criteria),
                "imported": path.name in imported,
            }
        )
    return found


def _list(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    records = journal.frameworks.list()
    published = _published_json(records) if getattr(args, "published", False) else None
    if getattr(args, "json", False):
        data: Json = {"frameworks": [framework_json(f) for f in records]}
        if published is not None:
            data["published"] = published
        print_json(data, out)
        return 0
    if records:
        rows = [("", "ID", "Levels", "Topics", "Criteria", "Imported", "Name")]
        for f in records:
            rows.append(
                (
                    "*" if f.active else "",
                    str(f.id),
                    str(len(f.levels)),
                    str(f.topic_count),
                    str(f.criterion_count),
                    iso(f.imported_at.date()) or "",
                    f"{f.name} ({f.source})" if f.source else f.name,
                )
            )
        table(rows, frozenset({1, 2, 3, 4}), out)
        if any(f.active for f in records):
            out.write("* the active framework: `careerjournal rubric` shows it.\n")
        else:
            out.write(NONE_IN_USE + "\n")
    else:
        out.write(NO_FRAMEWORK + "\n")
    if published is not None:
        out.write(
            "\nPublished frameworks that ship with the app (Monzo's, MIT licence); "
            "`careerjournal framework import --published NAME` imports one:\n"
        )
        prows = [("NAME", "Levels", "Topics", "Criteria", "Framework")]
        for p in published:
            mark = " (imported)" if p["imported"] else ""
            prows.append(
                (
                    p["name"],
                    str(p["level_count"]),
                    str(p["topic_count"]),
                    str(p["criterion_count"]),
                    p["framework"] + mark,
                )
            )
        table(prows, frozenset({1, 2, 3}), out)
    return 0


# -- choices ------------------------------------------------------------------------------------


def _use(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    target = find_framework(journal, args.name)
    if target.active:
        out.write(f"“{target.name}” is the active framework already; nothing changed.\n")
        return 0
    journal.frameworks.use(target.id)
    out.write(f"Now using “{target.name}”: `careerjournal rubric` shows it. {UNDO}\n")
    return 0


def _remove(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..wording.rubric import count

    target = find_framework(journal, args.name)
    journal.frameworks.delete(target.id)
    criteria = count(target.criterion_count, "criterion", "criteria")
    out.write(
        f"Removed “{target.name}” with its {criteria}, their evidence links and assessments. "
        "`careerjournal undo` brings it back.\n"
    )
    if target.active:
        heir = journal.frameworks.active()
        if heir is not None:
            out.write(f"“{heir.name}” is the active framework now.\n")
        elif journal.frameworks.list():
            out.write(NONE_IN_USE + "\n")
    return 0


def _level(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..wording.rubric import level_name, level_source_text

    f = active_framework(journal)
    role = journal.roles.current()
    if args.level is None:
        rubric = journal.rubric.rubric()
        assert rubric is not None
        label = "" if role is None else role.level
        title = "" if role is None else role.title
        said = level_source_text(rubric, title, label)
        if rubric.current is None:
            out.write(f"Your level in “{f.name}” is {said}\n")
        else:
            out.write(f"Your level in “{f.name}” is {level_name(rubric.current.level)}: {said}\n")
        return 0
    level = f.level(args.level)
    if level is None:
        have = ", ".join(str(lv.number) for lv in f.levels)
        raise UserError(f"“{f.name}” has no level {args.level} (it has {have}).")
    if role is None:
        raise UserError(
            "The journal has no current role to set the level of: record your role in the app "
            "(meanwhile `careerjournal rubric --level N` shows the rubric of a level)."
        )
    journal.frameworks.set_role_level(role.id, level.number, f.id)
    out.write(
        f"Your role “{role.title}” is {level_name(level)} of “{f.name}”: `careerjournal rubric` "
        f"starts from it. {UNDO}\n"
    )
    return 0


def _settings(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..domain import TickRule
    from ..services.errors import ValidationError
    from ..wording.rubric import thresholds_text, tick_rule_text

    f = active_framework(journal)
    changing = args.thresholds is not None or args.tick is not None
    if changing:
        try:
            f = journal.frameworks.update_settings(
                f.id,
                thresholds=args.thresholds,
                tick=None if args.tick is None else TickRule(args.tick),
            )
        except ValidationError as exc:
            raise UserError(f"--{exc.field}: {exc}") from None
    s = f.settings
    if args.json:
        print_json({"framework": f.name, "framework_id": f.id, **s.to_json()}, out)
        return 0
    buffer = io.StringIO()
    rows = [
        (
            "Thresholds",
            f"{thresholds_text(s.thresholds)}: the position in a level, by the "
            "share of its criteria assessed “consistently”",
        ),
        ("Tick", f"{s.tick.value}: a criterion is met when {tick_rule_text(s.tick)}"),
    ]
    table(rows, frozenset(), buffer)
    head = f"Changed the settings of “{f.name}”:" if changing else f"Settings of “{f.name}”:"
    out.write(head + "\n" + buffer.getvalue() + (UNDO + "\n" if changing else ""))
    return 0


# -- evidence -----------------------------------------------------------------------------------


def cmd_evidence(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..interchange.framework import clip, plain

    entry = journal.entries.get(args.entry)
    linking = args.evidence_action == "link"
    if linking:
        changed = journal.rubric.link(args.entry, args.criterion)
    else:
        changed = journal.rubric.unlink(args.entry, args.criterion)
    state = journal.rubric.state(args.criterion)
    what = f"entry {entry.id} “{clip(plain(entry.title))}”"
    criterion = f"criterion {args.criterion} “{clip(plain(state.criterion.text))}”"
    if not changed:
        was = "already" if linking else "not"
        out.write(f"{what[0].upper() + what[1:]} was {was} evidence for {criterion}; ")
        out.write("nothing changed.\n")
        return 0
    verb = "Linked" if linking else "Unlinked"
    link = "as evidence for" if linking else "from"
    n = len(state.evidence)
    entries = "1 entry" if n == 1 else f"{n} entries"
    out.write(f"{verb} {what} {link} {criterion} (now {entries}). {UNDO}\n")
    return 0


COMMANDS: dict[str, JournalCommand] = {"framework": cmd_framework, "evidence": cmd_evidence}
