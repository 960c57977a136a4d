"""Reading files a user picked (or was sent) without trusting them.

Bounds: the file's size, JSON nesting depth, archive member count, each member's and the total
uncompressed size, and the compression ratio. Archives are read in memory, member by member; no
path from an archive ever touches the disk. Text must decode as UTF-8 (a BOM for UTF-16 is
honoured); anything else is refused with the byte offset where decoding failed.
"""

from __future__ import annotations

import codecs
import json
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import ImportProblem

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_ARCHIVE_MEMBERS = 2_000
MAX_MEMBER_BYTES = 25 * 1024 * 1024
MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per member (zip bombs run to thousands)


def check_size(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportProblem(path, f"cannot be read: {exc.strerror or exc}") from exc
    if not path.is_file():
        raise ImportProblem(path, "is not a file")
    if size > limit:
        raise ImportProblem(
            path, f"is {size / 1e6:.1f} MB; files over {limit / 1e6:.0f} MB are not imported"
        )
    return size


def decode(data: bytes, source: str | Path) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM; else a clear refusal."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            source,
            f"is not UTF-8 text (undecodable byte at offset {exc.start}); "
            "save it as UTF-8 and try again",
        ) from exc
    if "\x00" in text:
        raise ImportProblem(source, "contains NUL characters: it looks like a binary file")
    return text


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    check_size(path, limit)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(path, f"cannot be read: {exc.strerror or exc}") from exc
    return decode(data[: limit + 1], path)


def _depth(value: Any) -> int:
    """Nesting depth, iteratively; also refuses text that is not valid Unicode.

    JSON may spell a lone surrogate ("\\ud800"), which no database can store as text.
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            for key, v in item.items():
                _check_text(key)
                stack.append((v, depth + 1))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, str):
            _check_text(item)
    return deepest


class _BadText(ValueError):
    pass


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _BadText(f"contains an invalid character (U+{ord(text[exc.start]):04X})") from exc


def _bracket_depth(text: str) -> int:
    """The deepest [ / { nesting outside strings, before parsing (json's parser recurses)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def parse_json(text: str, source: str | Path) -> Any:
    if _bracket_depth(text) > MAX_JSON_DEPTH:
        raise ImportProblem(source, f"nests deeper than {MAX_JSON_DEPTH} levels: not a data file")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            source, f"is not valid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
        ) from exc
    except RecursionError as exc:  # pragma: no cover - the bracket scan catches this first
        raise ImportProblem(source, "nests too deeply: not a data file") from exc
    try:
        depth = _depth(value)
    except _BadText as exc:
        raise ImportProblem(source, str(exc)) from exc
    if depth > MAX_JSON_DEPTH:  # pragma: no cover - the bracket scan catches this first
        raise ImportProblem(source, f"nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def read_json(path: Path) -> Any:
    return parse_json(read_text(path), path)


class SafeArchive:
    """A zip file read in memory with every member checked before it is read."""

    def __init__(self, path: Path):
        self.path = path
        check_size(path, MAX_ARCHIVE_BYTES)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportProblem(path, f"is not a readable zip archive: {exc}") from exc
        infos = self._zip.infolist()
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise ImportProblem(path, f"has {len(infos)} members; at most {MAX_ARCHIVE_MEMBERS}")
        total = 0
        for info in infos:
            name = info.filename
            parts = PurePosixPath(name.replace("\\", "/")).parts
            if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
                raise ImportProblem(path, "has a member whose path leaves the archive", name)
            if info.file_size > MAX_MEMBER_BYTES:
                raise ImportProblem(
                    path, f"has a member of {info.file_size / 1e6:.0f} MB uncompressed", name
                )
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                raise ImportProblem(path, "has a member compressed suspiciously well", name)
            total += info.file_size
        if total > MAX_ARCHIVE_BYTES:
            raise ImportProblem(path, f"unpacks to {total / 1e6:.0f} MB; at most 100 MB")
        self._infos = {i.filename: i for i in infos if not i.is_dir()}

    def names(self) -> list[str]:
        return list(self._infos)

    def read(self, name: str) -> bytes:
        """A member's bytes, never more than its declared (and checked) size."""
        info = self._infos[name]
        try:
            with self._zip.open(info) as handle:
                data = handle.read(min(info.file_size, MAX_MEMBER_BYTES) + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, EOFError, ValueError) as exc:
            raise ImportProblem(self.path, f"member cannot be read: {exc}", name) from exc
        if len(data) > info.file_size:
            raise ImportProblem(self.path, "member is larger than it says", name)
        return data

    def read_text(self, name: str) -> str:
        return decode(self.read(name), f"{self.path.name}/{name}")

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)


def is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


__all__ = [
    "SafeArchive",
    "check_size",
    "decode",
    "is_zip",
    "parse_json",
    "read_json",
    "read_text",
]
