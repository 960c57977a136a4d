"""Which importer a file needs, judged by its content (never by its name's extension alone).

- a zip archive, or a folder, holding LinkedIn export files (Positions.csv, Skills.csv ...,
  names matched case-insensitively): "linkedin";
- a JSON object with `"format": "careerjournal-backup"`: "backup";
- a JSON object with any JSON Resume section (basics, work, skills, education ...): "jsonresume".

Anything else is refused with an `ImportProblem` saying what the file is not. `run_import` is the
whole import (detect, read, preview or apply) for the command line.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .errors import ImportProblem
from .safety import MAX_ARCHIVE_BYTES, SafeArchive, check_size, is_zip, parse_json, read_text

if TYPE_CHECKING:
    from ..services import Journal
    from .plan import ImportPlan, ImportResult

FORMATS = ("backup", "jsonresume", "linkedin")

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
    "a JSON Resume (.json) or a LinkedIn data export (the .zip, or its folder)"
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


def detect(path: str | Path) -> str:
    """ "backup", "jsonresume" or "linkedin"; else ImportProblem naming the file."""
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
        raise ImportProblem(
            path, "is a zip archive, but not a LinkedIn data export (it has no Positions.csv, ...)"
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
        if JSONRESUME_SECTIONS & set(doc):
            return "jsonresume"
    raise ImportProblem(path, WHAT_WE_READ)


def load_plan(path: str | Path, fmt: str, journal: Journal) -> ImportPlan:
    """Read a JSON Resume or a LinkedIn export into a plan on the journal's skill scale."""
    path = Path(path)
    scale = journal.profile.get().skill_scale
    if fmt == "jsonresume":
        from .jsonresume import read_plan as read_jsonresume

        return read_jsonresume(path, scale)
    if fmt == "linkedin":
        from .linkedin import read_plan as read_linkedin

        return read_linkedin(path, scale)
    raise ImportProblem(path, f"{fmt!r} is not a format read into an import plan")


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


__all__ = ["FORMATS", "LINKEDIN_FILES", "detect", "load_plan", "run_import"]
