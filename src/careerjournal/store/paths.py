"""Where journals live, and how a `--database` argument becomes an SQLAlchemy URL."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import URL, make_url

ENV_DATABASE = "CAREERJOURNAL_DATABASE"
DEFAULT_FILENAME = "journal.sqlite3"
SAMPLE_FILENAME = "sample-career.sqlite3"  # the sample career's own journal, never the user's
PRIVATE_DIR = stat.S_IRWXU  # 0700
PRIVATE_FILE = stat.S_IRUSR | stat.S_IWUSR  # 0600
# Folders we create above a private one: never writable by others, whatever the umask.
PUBLIC_DIR = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH  # 0755
MASK = "***"


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


def sqlite_path(location: str) -> Path:
    """The absolute path of an SQLite journal named by a plain path."""
    return Path(location).expanduser().absolute()


def sqlalchemy_url(location: str, *, read_only: bool = False, immutable: bool = False) -> URL:
    """A URL for SQLAlchemy; a plain path means an SQLite file.

    The path is never glued into a URL string: `%41`, `?` or `#` in a file name would be read as
    URL syntax and name another file. A read-only journal is opened through SQLite's own `file:`
    URI with `mode=ro`, whose path is percent-encoded by `Path.as_uri()`; `immutable` (no
    `-wal` beside it) keeps SQLite from leaving `-wal`/`-shm` files next to it.
    """
    if is_url(location):
        if location.startswith("postgresql://") or location.startswith("postgres://"):
            # psycopg (3) is the driver we test; name it so SQLAlchemy does not look for psycopg2.
            return make_url("postgresql+psycopg://" + location.split("://", 1)[1])
        return make_url(location)
    path = sqlite_path(location)
    if not read_only:
        return URL.create("sqlite", database=str(path))
    query = {"uri": "true", "mode": "ro"}
    if immutable:
        query["immutable"] = "1"
    return URL.create("sqlite", database=path.as_uri(), query=query)


def display_location(location: str) -> str:
    """A journal as it may be shown or logged: a path, or a URL with its password hidden."""
    if not is_url(location):
        return str(Path(location).expanduser())
    try:
        url = make_url(location)
    except Exception:  # not even a URL: say what was given, minus everything after the scheme
        return location.split("://", 1)[0] + "://..."
    if "password" not in url.query:
        return url.render_as_string(hide_password=True)
    placeholder = "cjmaskedpassword"
    shown = url.update_query_dict({"password": placeholder}).render_as_string(hide_password=True)
    return shown.replace(placeholder, MASK)


def secrets_of(location: str) -> list[str]:
    """The passwords a location carries (in its user part or its query), as typed and decoded."""
    if not is_url(location):
        return []
    found: list[str] = []
    rest = location.split("://", 1)[1]
    userinfo = rest.split("/", 1)[0].rpartition("@")[0]
    if ":" in userinfo:
        found.append(userinfo.split(":", 1)[1])
    try:
        url = make_url(location)
    except Exception:
        url = None
    if url is not None:
        if url.password:
            found.append(str(url.password))
        query_password = url.query.get("password")
        if isinstance(query_password, str):
            found.append(query_password)
        elif query_password:
            found.extend(query_password)
    return sorted({s for s in found if s}, key=len, reverse=True)


def mask_secrets(message: str, location: str | None) -> str:
    """`message` with every password of `location` replaced by `***` (messages, logs, titles)."""
    if not location:
        return message
    for secret in secrets_of(location):
        message = message.replace(secret, MASK)
    return message


def make_dirs(path: Path, mode: int = PRIVATE_DIR) -> None:
    """Create `path` with `mode` and any missing folders above it with 0755 at most.

    `Path.mkdir(parents=True)` gives the parents 0777 minus the umask: world-writable under
    umask 000. The last folder's mode is set explicitly for the same reason.
    """
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for folder in reversed(missing):
        last = folder == path
        try:
            # mkdir narrows the mode by the umask: a parent gets 0755 or less, never 0777.
            folder.mkdir(mode=mode if last else PUBLIC_DIR)
        except FileExistsError:  # made meanwhile by somebody else: theirs, left as it is
            continue
        if last:
            os.chmod(folder, mode)


def ensure_private_dir(path: Path) -> None:
    """Create a directory (and parents) readable by its owner only."""
    make_dirs(path, PRIVATE_DIR)
    os.chmod(path, PRIVATE_DIR)


def is_writable(path: Path) -> bool:
    """Whether `path` may be written, by its mode bits too.

    The mode bits are read even when `os.access` says yes: root may write anything, but a journal
    its owner made read-only (0400) is meant to stay unchanged.
    """
    try:
        st = path.stat()
    except OSError:
        return False
    if not os.access(path, os.W_OK):  # also a read-only mount or an immutable file
        return False
    if st.st_uid == os.geteuid():
        return bool(st.st_mode & stat.S_IWUSR)
    return bool(st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def ensure_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if missing, else tighten a regular file's mode.

    Anything that is not a regular file (a device, a FIFO, a socket) is left untouched, and a
    mode is only ever narrowed: a read-only (0400) file stays read-only.
    """
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE)
        os.close(fd)
    st = path.stat()
    mode = stat.S_IMODE(st.st_mode)
    if stat.S_ISREG(st.st_mode) and mode & ~PRIVATE_FILE:
        os.chmod(path, mode & PRIVATE_FILE)
