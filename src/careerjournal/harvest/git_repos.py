"""Finding git repositories under a folder, without leaving it.

The walk never follows a symbolic link to a directory and never descends into `.git` itself, so a
link to `/` or to a network share costs nothing. A `.git` FILE (`gitdir: ...`, as submodules and
worktrees have) or a `.git` symlink is followed only if the git directory it names lies inside the
folder being scanned: a folder must not make us read a repository somewhere else on the disk.
"""

from __future__ import annotations

import os
from pathlib import Path

from .found import Skipped, clip

# Folders that hold other people's code (or caches) and can be huge: never walked.
SKIP_DIRS = frozenset({"node_modules", ".venv", "venv", "__pycache__", ".tox", ".cache"})
GITFILE_MAX = 4096  # a `.git` file is one short line; more is not a gitdir file


class _Outside(Exception):
    """The git directory a `.git` file or link names lies outside the scanned folder."""


def find_repositories(root: Path, *, max_dirs: int = 200_000) -> tuple[list[Path], list[Skipped]]:
    """The repositories under `root` (sorted, nested ones too) and the places skipped.

    A directory holding `.git` (a directory, or a file naming the git directory) is a
    repository. At most `max_dirs` directories are looked at; past that the walk stops with
    Skipped(reason="too_many_dirs").
    """
    base = Path(os.path.abspath(root))
    try:
        inside = base.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        return [], [Skipped(str(base), "unreadable", _os_detail(exc))]
    if not inside.is_dir():
        return [], [Skipped(str(base), "unreadable", "not a folder")]
    found: list[Path] = []
    skipped: list[Skipped] = []
    pending = [base]
    seen = 0
    while pending:
        if seen >= max_dirs:
            skipped.append(Skipped(str(base), "too_many_dirs", str(max_dirs)))
            break
        folder = pending.pop()
        seen += 1
        try:
            with os.scandir(folder) as entries:
                children = list(entries)
        except OSError as exc:
            skipped.append(Skipped(str(folder), "unreadable", _os_detail(exc)))
            continue
        for entry in children:
            if entry.name == ".git":
                _check_repository(folder, entry, inside, found, skipped)
            elif entry.name not in SKIP_DIRS and _is_real_dir(entry):
                pending.append(Path(entry.path))
    return sorted(found), skipped


def _is_real_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _check_repository(
    folder: Path, entry: os.DirEntry[str], inside: Path, found: list[Path], skipped: list[Skipped]
) -> None:
    try:
        git_dir(folder, inside=inside)
    except _Outside:
        skipped.append(Skipped(str(folder), "outside"))
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        skipped.append(Skipped(str(folder), "unreadable", _os_detail(exc)))
    else:
        found.append(folder)


def git_dir(repo: Path, *, inside: Path | None = None) -> Path:
    """The git directory of the repository in folder `repo` (absolute, links resolved).

    `repo/.git` is a directory, or a file `gitdir: <path>` (relative to `repo`), or a link to
    one of those. With `inside`, a git directory elsewhere raises `_Outside`; OSError or
    ValueError when `.git` is neither.
    """
    dot_git = repo / ".git"
    if dot_git.is_symlink():
        target = dot_git.resolve(strict=True)
    elif dot_git.is_dir():
        return Path(os.path.abspath(dot_git))
    else:
        with dot_git.open("rb") as handle:
            head = handle.read(GITFILE_MAX + 1)
        text = head.decode("utf-8", errors="replace").strip()
        if len(head) > GITFILE_MAX or not text.startswith("gitdir:") or "\n" in text:
            raise ValueError("the .git file does not name a git directory")
        target = (repo / text[len("gitdir:") :].strip()).resolve()
    if inside is not None and not target.is_relative_to(inside):
        raise _Outside(str(target))
    if not target.is_dir():
        raise ValueError("the git directory named by .git does not exist")
    return target


def _os_detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return clip(exc.strerror, 200)
    return clip(str(exc) or type(exc).__name__, 200)
