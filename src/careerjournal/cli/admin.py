"""Journal admin: `demo` (the sample career), `check` (and recovering a damaged journal) and
`backup`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .base import PROG, AddCommand, JournalCommand, OwnCommand, UserError
from .opening import check_command, open_journal
from .output import is_terminal, plural
from .parsing import whole

if TYPE_CHECKING:
    from ..services import Journal

# The sample career's limits (services.demo; repeated so `--help` does not import it).
DEMO_ENTRIES, DEMO_MIN, DEMO_MAX, DEMO_SEED = 1500, 50, 1_000_000, 7
SAMPLE_FILE = "sample-career.sqlite3"  # store.paths.SAMPLE_FILENAME, for the help

# The tables a salvage reports on, as a person calls their rows (see store/recover.py).
SALVAGED_ROWS = {
    "entry": ("entry", "entries"),
    "entry_tag": ("tag on an entry", "tags on entries"),
    "evidence_link": ("evidence link", "evidence links"),
    "milestone_evidence": ("milestone's evidence", "milestones' evidence"),
    "skill_assessment": ("skill assessment", "skill assessments"),
    "goal": ("goal", "goals"),
    "milestone": ("milestone", "milestones"),
    "role": ("role", "roles"),
    "review": ("review", "reviews"),
    "skill": ("skill", "skills"),
    "skill_band": ("skill band", "skill bands"),
    "tag": ("tag", "tags"),
    "profile": ("profile", "profiles"),
}


def add_parsers(command: AddCommand) -> None:
    _add_demo(command)
    p = command("check", help="check the journal's integrity")
    p.add_argument("--repair", action="store_true", help="rebuild the search index if needed")
    p.add_argument(
        "--recover",
        action="store_true",
        help="replace a damaged journal by a new one holding what can still be read from it; "
        "the damaged file is kept as NAME.damaged",
    )
    p.add_argument(
        "--from-backup",
        action="store_true",
        help="with --recover: put back the newest good backup instead (what was written after "
        "it is not in it)",
    )

    p = command("backup", help="write a verified backup copy")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: the backup folder)")


def _add_demo(command: AddCommand) -> None:
    p = command(
        "demo",
        help="write a generated sample career into a journal of its own",
        description="Write a generated 12-year sample career (roles, reviews, skill bands, goals "
        "and entries) into an empty journal. Without --database it goes into "
        f"{SAMPLE_FILE} in your user data folder ($CAREERJOURNAL_DATABASE is not used), "
        "never into your journal; the journal is created if needed. A journal with entries of "
        "your own is always refused.",
    )
    p.add_argument(
        "--entries",
        type=whole("--entries", DEMO_MIN, DEMO_MAX),
        default=DEMO_ENTRIES,
        metavar="N",
        help=f"how many entries, {DEMO_MIN} to {DEMO_MAX:,} (default: {DEMO_ENTRIES:,})",
    )
    p.add_argument(
        "--seed",
        type=whole("--seed"),
        default=DEMO_SEED,
        metavar="S",
        help="any whole number; the same seed, size and day give the same career "
        f"(default: {DEMO_SEED})",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an earlier sample career in the journal (it is backed up first); "
        "entries of your own are never replaced",
    )


# -- demo ---------------------------------------------------------------------------------------


def cmd_demo(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the sample career; refuses a journal with the user's own content (DemoRefused)."""
    from ..services import demo

    try:
        # Nothing is written when the journal is refused: check before the backup and the work.
        with journal.store.read() as session:
            demo.check_target(session, force=args.force)
        # --force replaces an earlier sample (roles, goals...), so keep a copy first.
        if args.force and journal.can_back_up and not _is_empty(journal):
            out.write(f"Backed up the journal to {journal.backup(reason='before-demo')}\n")
        terminal = is_terminal(sys.stderr)
        if terminal:
            sys.stderr.write(f"Writing a sample career of {args.entries:,} entries...\n")
        summary = demo.generate(
            journal,
            entries=args.entries,
            seed=args.seed,
            force=args.force,
            progress=_progress_printer(sys.stderr) if terminal else None,
        )
    except demo.DemoRefused as exc:
        if exc.sample_only:
            raise UserError(
                f"{journal.name} already holds a sample career ({exc.held}); add --force to "
                "replace it (it is backed up first)."
            ) from None
        hint = f"{PROG} --database sample.sqlite3 demo"
        if args.database:  # the default sample file is another way out
            hint = f"{PROG} demo (into {SAMPLE_FILE} in your user data folder) or {hint}"
        raise UserError(
            f"{journal.name} holds {exc.held} of your own, which the sample career never "
            f"replaces; write the sample into a journal of its own: {hint}."
        ) from None
    out.write(
        f"Wrote a sample career to {journal.name}: {summary.entries:,} entries, "
        f"{plural(summary.roles, 'role')}, {plural(summary.skills, 'skill')} in "
        f"{plural(summary.bands, 'band')}, {plural(summary.goals, 'goal')}.\n"
    )
    if args.database is None:
        out.write(f"Open it with: {PROG} --database {journal.name}\n")
    return 0


def _is_empty(journal: Journal) -> bool:
    from ..services import EntryQuery

    return journal.entries.count(EntryQuery(trashed=None)) == 0


def _progress_printer(stream: TextIO) -> Callable[[int, int], None]:
    """Percent done on one line of a terminal, rewritten in place; a newline at the end."""
    shown: list[int] = []

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if shown and shown[-1] == percent:
            return
        shown.append(percent)
        stream.write(f"\r{percent:3d}% ({done:,} of {total:,} entries)")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


# -- check and recover --------------------------------------------------------------------------


def cmd_check(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    report = journal.check()
    if not report.ok and args.repair:
        journal.repair_search_index()
        report = journal.check()
        out.write("Rebuilt the search index.\n")
    for note in report.notes:
        out.write(f"ok: {note}\n")
    for problem in report.problems:
        out.write(f"PROBLEM: {problem}\n")
    if report.damaged and journal.store.path is not None:
        _recovery_offer(journal.store.path, out)
        raise UserError(f"{journal.store.path} is damaged.")
    if not report.ok:
        found = plural(len(report.problems), "problem")
        raise UserError(f"{found} found in {journal.name}.")
    out.write(f"{journal.name}: no problems found.\n")
    return 0


def _rows(n: int, table: str) -> str:
    one, many = SALVAGED_ROWS.get(table, (f"row of {table}", f"rows of {table}"))
    return f"{n:,} {one if n == 1 else many}"


def _id_ranges(ids: Sequence[int], limit: int = 12) -> str:
    """`3, 7–9, 12` for [3, 7, 8, 9, 12]; long lists end in `and N more`."""
    ranges: list[tuple[int, int]] = []
    for i in ids:
        if ranges and i == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], i)
        else:
            ranges.append((i, i))
    shown = [f"{a}" if a == b else f"{a}\u2013{b}" for a, b in ranges[:limit]]
    rest = len(ranges) - limit
    return ", ".join(shown) + (f" and {rest} more ranges" if rest > 0 else "")


def check_journal(args: argparse.Namespace, out: TextIO) -> int:
    """`check`, which unlike the other commands also works on a journal too damaged to open:
    it says what is wrong and, with --recover, recovers it."""
    from ..store.integrity import DamagedJournalError

    if args.from_backup and not args.recover:
        raise UserError("--from-backup goes with --recover: `check --recover --from-backup`.")
    try:
        journal = open_journal(args)
    except DamagedJournalError as damage:
        if args.recover:
            return _recover(damage.path, args, out)
        return _report_damage(damage, out)
    try:
        if args.recover:
            path = journal.store.path
            if path is not None and journal.check().damaged:
                journal.close()  # damage inside rows: the file opens, but needs recovering
                return _recover(path, args, out)
            out.write(f"{journal.name} is not damaged: there is nothing to recover.\n")
        return cmd_check(journal, args, out)
    finally:
        journal.close()


def _report_damage(damage: Exception, out: TextIO) -> int:
    path: Path = damage.path  # type: ignore[attr-defined]
    findings: list[str] = damage.findings  # type: ignore[attr-defined]
    out.write(f"PROBLEM: {damage}\n")
    for finding in findings[1:]:
        out.write(f"  also: {finding}\n")
    _recovery_offer(path, out)
    raise UserError(f"{path} is damaged; nothing was written to it.")


def _recovery_offer(path: Path, out: TextIO) -> None:
    from ..store.backup import newest_good_backup

    out.write(
        f"To recover it, `{check_command(path, '--recover')}` makes a new journal of what can "
        f"still be read and keeps the damaged file as {path.name}.damaged.\n"
    )
    backup = newest_good_backup(path)
    if backup is None:
        out.write("There is no good backup of it to go back to.\n")
    else:
        out.write(
            f"Or `{check_command(path, '--recover', '--from-backup')}` puts back the newest "
            f"good backup, {backup.path.name} of {backup.created:%Y-%m-%d %H:%M}; what was "
            "written after it is not in it.\n"
        )


def _recover(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from ..store.lock import JournalLock
    from ..store.recover import recover

    lock = JournalLock(str(path))
    lock.acquire()  # not while the app has it open
    try:
        result = recover(path, from_backup=args.from_backup)
    finally:
        lock.release()
    if result.backup is not None:
        out.write(
            f"Put back the backup {result.backup.path} of "
            f"{result.backup.created:%Y-%m-%d %H:%M} as {result.journal}.\n"
        )
    else:
        entries = result.of("entry")
        if entries is not None:
            total = entries.copied + entries.lost
            out.write(
                f"Salvaged {entries.copied:,} of {total:,} entries into a new {result.journal}.\n"
            )
        for t in result.tables:
            if t.unreadable:
                ids = "" if not t.unreadable_ids else f" (ids {_id_ranges(t.unreadable_ids)})"
                out.write(f"Lost: {_rows(t.unreadable, t.table)} could not be read{ids}.\n")
            if t.dropped:
                out.write(
                    f"Lost: {_rows(t.dropped, t.table)}, which belonged to records that were "
                    "lost.\n"
                )
            if t.detached:
                out.write(
                    f"Kept {_rows(t.detached, t.table)} without the lost record they referred to.\n"
                )
        if not result.lost:
            out.write("Nothing was lost.\n")
    out.write(f"The damaged file is kept as {result.damaged}.\n")
    return 0


def cmd_backup(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    destination = Path(args.output) if args.output else None
    out.write(f"{journal.backup(destination)}\n")
    return 0


COMMANDS: dict[str, JournalCommand] = {"demo": cmd_demo, "backup": cmd_backup}
STANDALONE: dict[str, OwnCommand] = {"check": check_journal}
