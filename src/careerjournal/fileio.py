"""Writing a file whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(target: Path, write: Callable[[Path], object], *, mode: int = 0o600) -> Path:
    """Write through a temporary file beside `target`, then replace it.

    A failure (or Ctrl+C) leaves `target` as it was and no temporary file behind.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_text_atomic(target: Path, text: str) -> Path:
    """UTF-8, line ends exactly as given (a CSV's CRLF stays CRLF on every platform)."""
    return write_atomic(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))
