"""Where journals live, and how a `--database` argument becomes an SQLAlchemy URL."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATABASE = "CAREERJOURNAL_DATABASE"
DEFAULT_FILENAME = "journal.sqlite3"
SAMPLE_FILENAME = "sample-career.sqlite3"  # the sample career's own journal, never the user's
PRIVATE_DIR = stat.S_IRWXU  # 0700
PRIVATE_FILE = stat.S_IRUSR | stat.S_IWUSR  # 0600


def data_dir() -> Path:
    return Path(user_data_dir("careerjournal", appauthor=False))


def default_database() -> Path:
    return data_dir() / DEFAULT_FILENAME


def sample_database() -> Path:
    """Where the sample career goes when no journal is named (the app's and `demo`'s)."""
    return data_dir() / SAMPLE_FILENAME


def is_url(location: str) -> bool:
    return "://" in location


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """The journal to open: the argument, else the environment, else the default file."""
    if location is not None and str(location) != "":
        return str(location)
    env = os.environ.get(ENV_DATABASE, "").strip()
    if env:
        return env
    return str(default_database())


def sqlalchemy_url(location: str) -> str:
    """A URL for SQLAlchemy; a plain path means an SQLite file."""
    if is_url(location):
        if location.startswith("postgresql://") or location.startswith("postgres://"):
            # psycopg (3) is the driver we test; name it so SQLAlchemy does not look for psycopg2.
            return "postgresql+psycopg://" + location.split("://", 1)[1]
        return location
    return "sqlite:///" + str(Path(location).expanduser().absolute())


def ensure_private_dir(path: Path) -> None:
    """Create a directory (and parents) readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    os.chmod(path, PRIVATE_DIR)


def ensure_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if missing, else tighten its mode."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
        os.close(fd)
    os.chmod(path, PRIVATE_FILE)
