"""Hostile and broken files are refused quickly, with a message naming the file and the problem."""

from __future__ import annotations

import codecs
import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from careerjournal.interchange import safety
from careerjournal.interchange.backup_format import read_backup
from careerjournal.interchange.detect import detect
from careerjournal.interchange.errors import ImportProblem
from careerjournal.interchange.safety import SafeArchive, check_size, read_json, read_text

POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,Jan 2020,\n"
)


def make_zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def linkedin_readers() -> list:
    """Every reader that takes a zip: detection, and the LinkedIn importer where it exists."""
    readers = [detect, SafeArchive]
    try:
        from careerjournal.domain import SkillScale
        from careerjournal.interchange.linkedin import read_plan
    except ImportError:  # pragma: no cover - written alongside
        return readers
    return [*readers, lambda p: read_plan(p, SkillScale.DREYFUS)]


def _open_and_close(path: Path) -> None:
    SafeArchive(path).close()


def refused(reader, path: Path) -> ImportProblem:
    if reader is SafeArchive:
        reader = _open_and_close
    with pytest.raises(ImportProblem) as caught:
        reader(path)
    assert str(caught.value).startswith(path.name)
    return caught.value


# -- archives -------------------------------------------------------------------------------------


@pytest.mark.parametrize("member", ["../evil.txt", "a/../../evil.txt", "..\\evil.txt"])
def test_a_member_climbing_out_of_the_archive_is_refused(tmp_path: Path, member: str) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    path = make_zip(inner / "export.zip", {"Positions.csv": POSITIONS, member: "gotcha"})
    for reader in linkedin_readers():
        problem = refused(reader, path)
        assert "leaves the archive" in problem.problem
        assert problem.where == member
    assert not (tmp_path / "evil.txt").exists()
    assert sorted(p.name for p in inner.iterdir()) == ["export.zip"]


@pytest.mark.parametrize("member", ["/tmp/evil.txt", "C:/evil.txt", "\\evil.txt"])
def test_an_absolute_member_path_is_refused(tmp_path: Path, member: str) -> None:
    path = make_zip(tmp_path / "export.zip", {"Positions.csv": POSITIONS, member: "gotcha"})
    for reader in linkedin_readers():
        assert "leaves the archive" in refused(reader, path).problem


def test_a_huge_uncompressed_member_is_refused_quickly(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.zip", {"Positions.csv": "\0" * (30 * 1024 * 1024)})
    assert path.stat().st_size < 200_000
    for reader in linkedin_readers():
        started = time.monotonic()
        problem = refused(reader, path)
        assert time.monotonic() - started < 2
        assert "MB uncompressed" in problem.problem
        assert problem.where == "Positions.csv"


def test_a_member_compressed_suspiciously_well_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "ratio.zip", {"Positions.csv": "0" * (5 * 1024 * 1024)})
    for reader in linkedin_readers():
        assert "suspiciously well" in refused(reader, path).problem


def test_a_member_larger_than_it_says_is_refused(tmp_path: Path) -> None:
    text = "".join(
        f"line {i}, some words that do not repeat too much {i * 7919}\n" for i in range(2000)
    )
    path = make_zip(tmp_path / "liar.zip", {"Positions.csv": text})
    data = bytearray(path.read_bytes())
    declared = len(text).to_bytes(4, "little")
    small = (100).to_bytes(4, "little")
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    assert data[local + 22 : local + 26] == declared
    assert data[central + 24 : central + 28] == declared
    data[local + 22 : local + 26] = small
    data[central + 24 : central + 28] = small
    path.write_bytes(bytes(data))
    with SafeArchive(path) as archive, pytest.raises(ImportProblem) as caught:
        archive.read("Positions.csv")
    assert caught.value.where == "Positions.csv"


def test_a_member_with_corrupt_compressed_data_is_refused(tmp_path: Path) -> None:
    """Damaged deflate data makes zlib raise its own error; it must become an ImportProblem."""
    path = make_zip(tmp_path / "damaged.zip", {"Positions.csv": POSITIONS})
    data = bytearray(path.read_bytes())
    name_length = int.from_bytes(data[26:28], "little")
    extra_length = int.from_bytes(data[28:30], "little")
    data[30 + name_length + extra_length] = 0x07  # a final block of the reserved type 3
    path.write_bytes(bytes(data))
    with SafeArchive(path) as archive, pytest.raises(ImportProblem) as caught:
        archive.read("Positions.csv")
    assert caught.value.where == "Positions.csv"
    for reader in linkedin_readers()[2:]:
        refused(reader, path)


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "many.zip", {f"f{i}.csv": "" for i in range(2001)})
    assert "members" in refused(SafeArchive, path).problem


def test_a_truncated_or_fake_zip_is_refused(tmp_path: Path) -> None:
    good = make_zip(tmp_path / "good.zip", {"Positions.csv": POSITIONS})
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(good.read_bytes()[:40])
    for reader in linkedin_readers():
        refused(reader, truncated)
    assert "zip" in refused(detect, truncated).problem


def test_a_benign_archive_reads(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.zip", {"Basic_LinkedInDataExport/Positions.csv": POSITIONS})
    with SafeArchive(path) as archive:
        assert archive.read_text("Basic_LinkedInDataExport/Positions.csv") == POSITIONS
    assert detect(path) == "linkedin"


# -- text and JSON --------------------------------------------------------------------------------


def test_deeply_nested_json_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    for reader in (read_json, detect, read_backup):
        started = time.monotonic()
        assert "nests deeper" in refused(reader, path).problem
        assert time.monotonic() - started < 2
    objects = tmp_path / "objects.json"
    objects.write_text('{"a":' * 70 + "1" + "}" * 70, encoding="utf-8")
    assert "nests deeper" in refused(read_backup, objects).problem


def test_utf16_with_a_bom_is_read(tmp_path: Path) -> None:
    doc = {"basics": {"name": "Zoë Åberg"}, "work": []}
    path = tmp_path / "resume.json"
    path.write_bytes(codecs.BOM_UTF16_LE + json.dumps(doc, ensure_ascii=False).encode("utf-16-le"))
    assert read_json(path) == doc
    assert detect(path) == "jsonresume"
    big_endian = tmp_path / "be.json"
    big_endian.write_bytes(
        codecs.BOM_UTF16_BE + json.dumps(doc, ensure_ascii=False).encode("utf-16-be")
    )
    assert read_text(big_endian) == json.dumps(doc, ensure_ascii=False)


def test_utf8_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_bytes(codecs.BOM_UTF8 + b'{"basics": {"name": "Zo\xc3\xab"}}')
    assert read_json(path) == {"basics": {"name": "Zoë"}}


def test_latin1_bytes_are_refused_naming_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_bytes(b'{"basics": {"name": "Zo\xeb"}}')
    for reader in (read_json, detect, read_backup):
        problem = refused(reader, path)
        assert "not UTF-8" in problem.problem
        assert "offset 23" in problem.problem


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_bytes(b'{"basics": {"name": "a\x00b"}}')
    for reader in (read_json, detect, read_backup):
        assert "NUL" in refused(reader, path).problem


def test_an_escaped_nul_inside_a_backup_is_refused(tmp_path: Path) -> None:
    """JSON may spell NUL as an escape; PostgreSQL cannot store it, so the backup reader refuses."""
    path = tmp_path / "b.json"
    path.write_text('{"format": "careerjournal-backup", "version": 1, "exported_at": "a\\u0000"}')
    assert "NUL" in refused(read_backup, path).problem


def test_an_enormous_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(30 * 1024 * 1024)  # sparse: nothing is written
    started = time.monotonic()
    for reader in (check_size, read_text, read_json):
        assert "are not imported" in refused(reader, path).problem
    bigger = tmp_path / "bigger.json"
    with bigger.open("wb") as f:
        f.truncate(safety.MAX_ARCHIVE_BYTES + 1)
    for reader in (detect, read_backup):
        assert "are not imported" in refused(reader, bigger).problem
    assert time.monotonic() - started < 2


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert "cannot be read" in refused(read_json, tmp_path / "missing.json").problem
    assert "is not a file" in refused(check_size, tmp_path).problem
    assert "LinkedIn" in refused(detect, tmp_path).problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "is not a file" in refused(detect, fifo).problem


def test_json_with_a_lone_surrogate_is_refused(tmp_path) -> None:
    from careerjournal.interchange.errors import ImportProblem
    from careerjournal.interchange.safety import read_json

    bad = tmp_path / "resume.json"
    bad.write_text('{"basics": {"name": "A\\ud800B"}}', encoding="utf-8")
    with pytest.raises(ImportProblem, match="invalid character"):
        read_json(bad)
