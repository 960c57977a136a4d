"""Which importer a file needs, judged by its content (never by its name's extension alone).

- a zip archive, or a folder, holding LinkedIn export files (Positions.csv, Skills.csv ...,
  names matched case-insensitively): "linkedin";
- a JSON object with `"format": "careerjournal-backup"`: "backup";
- a JSON object with any JSON Resume section (basics, work, skills, education ...): "jsonresume";
- jrnl's JSON export (a "tags" object, "entries" with "date" and "title"): "jrnl";
- a Day One journal (an object with "metadata" and "entries" with "creationDate"), on its own or
  in a zip (Day One's File › Export › JSON): "dayone".

Anything else is refused with an `ImportProblem` saying what the file is not. `run_import` is the
whole import (detect, read, preview or apply) for the command line.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .errors import ImportProblem
from .safety import MAX_ARCHIVE_BYTES, SafeArchive, check_size, is_zip, parse_json, read_text

if TYPE_CHECKING:
    from ..domain import SkillScale
    from ..services import Journal
    from .plan import ImportPlan, ImportResult

FORMATS = ("backup", "jsonresume", "linkedin", "jrnl", "dayone")
PLAN_FORMATS = ("jsonresume", "linkedin", "jrnl", "dayone")  # read into an ImportPlan

LINKEDIN_FILES = frozenset(
    {
        "positions.csv",
        "skills.csv",
        "certifications.csv",
        "honors.csv",
        "projects.csv",
        "recommendations_received.csv",
        "learning.csv",
        "profile.csv",
    }
)
JSONRESUME_SECTIONS = frozenset(
    {
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
    }
)
WHAT_WE_READ = (
    "is not a format Career Journal can import: give a Career Journal backup (.json), "
    "a JSON Resume (.json), a LinkedIn data export (the .zip, or its folder), "
    "a jrnl JSON export (.json) or a Day One JSON export (the .zip, or its .json)"
)
MAX_FOLDER_FILES = 2_000


def _linkedin_names(names: list[str]) -> set[str]:
    return {PurePosixPath(n.replace("\\", "/")).name.lower() for n in names} & LINKEDIN_FILES


def _folder_names(path: Path) -> list[str]:
    """File names in a folder and its direct subfolders (a LinkedIn export may be unpacked into
    one more level); never followed further."""
    names: list[str] = []
    try:
        for child in path.iterdir():
            if len(names) > MAX_FOLDER_FILES:
                break
            if child.is_file():
                names.append(child.name)
            elif child.is_dir() and not child.is_symlink():
                names.extend(c.name for c in child.iterdir() if c.is_file())
    except OSError as exc:
        raise ImportProblem(path, f"cannot be read: {exc.strerror or exc}") from exc
    return names


def _holds_dayone(archive: SafeArchive, path: Path) -> bool:
    """Whether a journal .json in the zip is a Day One journal (read to find out)."""
    from .dayone import journal_members, looks_like_dayone

    for name in journal_members(archive.names()):
        source = f"{path}/{name}"
        if looks_like_dayone(parse_json(archive.read_text(name), source)):
            return True
    return False


def detect(path: str | Path) -> str:
    """One of FORMATS, judged by the content; else ImportProblem naming the file."""
    path = Path(path)
    if path.is_dir():
        if _linkedin_names(_folder_names(path)):
            return "linkedin"
        raise ImportProblem(
            path, "is a folder without LinkedIn export files (Positions.csv, Skills.csv, ...)"
        )
    check_size(path, MAX_ARCHIVE_BYTES)
    if is_zip(path):
        with SafeArchive(path) as archive:
            if _linkedin_names(archive.names()):
                return "linkedin"
            if _holds_dayone(archive, path):
                return "dayone"
        raise ImportProblem(
            path,
            "is a zip archive, but neither a LinkedIn data export (it has no Positions.csv, ...) "
            "nor a Day One export (no journal .json with “metadata” and “entries”)",
        )
    if path.name.lower() in LINKEDIN_FILES:
        raise ImportProblem(
            path,
            "is one file of a LinkedIn data export; import the whole export (its .zip, or the "
            "folder it was unpacked into)",
        )
    from .backup_format import FORMAT, MAX_BACKUP_BYTES

    text = read_text(path, MAX_BACKUP_BYTES)
    if not text.lstrip().startswith(("{", "[")):
        raise ImportProblem(path, WHAT_WE_READ)
    doc: Any = parse_json(text, path)
    if isinstance(doc, dict):
        if doc.get("format") == FORMAT:
            return "backup"
        from .dayone import looks_like_dayone
        from .jrnl import looks_like_jrnl

        if looks_like_jrnl(doc):
            return "jrnl"
        if looks_like_dayone(doc):
            return "dayone"
        if JSONRESUME_SECTIONS & set(doc):
            return "jsonresume"
    raise ImportProblem(path, WHAT_WE_READ)


def read_plan(path: str | Path, fmt: str, scale: SkillScale) -> ImportPlan:
    """Read a file of one of PLAN_FORMATS into a plan (skills on `scale`); no database needed."""
    path = Path(path)
    if fmt == "jsonresume":
        from .jsonresume import read_plan as read_jsonresume

        return read_jsonresume(path, scale)
    if fmt == "linkedin":
        from .linkedin import read_plan as read_linkedin

        return read_linkedin(path, scale)
    if fmt == "jrnl":
        from .jrnl import read_plan as read_jrnl

        return read_jrnl(path)
    if fmt == "dayone":
        from .dayone import read_plan as read_dayone

        return read_dayone(path)
    raise ImportProblem(path, f"{fmt!r} is not a format read into an import plan")


def load_plan(path: str | Path, fmt: str, journal: Journal) -> ImportPlan:
    """Read a file into a plan on the journal's skill scale."""
    return read_plan(path, fmt, journal.profile.get().skill_scale)


def run_import(
    journal: Journal, path: str | Path, fmt: str = "auto", *, dry_run: bool = False
) -> ImportResult:
    """Import a file whole (or, with `dry_run`, say what it would add); raises ImportProblem.

    `fmt` is "auto" (detected from the content) or one of FORMATS. Nothing is written unless all
    of it can be; a merge into a journal with content makes a backup first.
    """
    path = Path(path)
    if fmt == "auto":
        fmt = detect(path)
    if fmt == "backup":
        from .backup_format import import_backup, read_backup

        return import_backup(journal, read_backup(path), dry_run=dry_run)
    if fmt not in FORMATS:
        raise ImportProblem(path, f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    plan = load_plan(path, fmt, journal)
    return journal.imports.preview(plan) if dry_run else journal.imports.apply(plan)


__all__ = [
    "FORMATS",
    "LINKEDIN_FILES",
    "PLAN_FORMATS",
    "detect",
    "load_plan",
    "read_plan",
    "run_import",
]
