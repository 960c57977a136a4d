"""Candidates from Markdown daily notes: an Obsidian-style vault built in a temp folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from careerjournal.domain.enums import EntryKind, HarvestSource
from careerjournal.harvest import notes
from careerjournal.harvest.found import Found, Link, Skipped

DATA = Path(__file__).resolve().parents[1] / "data" / "harvest"
DAILY = DATA / "notes_daily.md"


def note(path: Path, text: str, mtime_ns: int | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """A vault: daily notes, app folders, a project note, a bad date and links out of it."""
    root = tmp_path / "vault"
    (root / "Daily").mkdir(parents=True)
    shutil.copy(DAILY, root / "Daily" / "2024-03-05.md")
    os.utime(root / "Daily" / "2024-03-05.md", ns=(1_709_650_000_000_000_000,) * 2)
    note(
        root / "Daily" / "2024-03-06.md",
        "## Shipped\n- Invoice run v2\n",
        1_709_740_000_000_000_000,
    )
    note(root / ".obsidian" / "2024-03-01.md", "## Wins\n- app settings, not a note\n")
    note(root / ".obsidian" / "workspace.json", "{}")
    note(root / ".trash" / "2024-03-02.md", "## Wins\n- deleted note\n")
    note(root / "Projects" / "Ledger.md", "## Wins\n- not a daily note\n")
    note(root / "Daily" / "2024-03-05 copy.md", "## Wins\n- a copy is not a daily note\n")
    note(root / "Daily" / "2026-02-30.md", "## Wins\n- on no day at all\n")
    outside = tmp_path / "elsewhere"
    note(outside / "2024-03-07.md", "## Wins\n- outside the vault\n")
    (root / "Linked").symlink_to(outside, target_is_directory=True)
    (root / "Daily" / "2024-03-08.md").symlink_to(outside / "2024-03-07.md")
    return root


def test_a_vault_gives_the_bullets_under_known_headings(vault: Path) -> None:
    report = notes.harvest([vault])

    daily = "Daily/2024-03-05.md"
    assert [(f.kind, f.title, f.facts["heading"]) for f in report.found] == [
        (
            EntryKind.RECOGNITION,
            "Got praise from the CFO for the month-end close runbook",
            "🏆 Wins",
        ),
        (EntryKind.RECOGNITION, "Finished the ledger RFC", "🏆 Wins"),
        (EntryKind.RECOGNITION, "Mentored Jonas on pytest fixtures", "🏆 Wins"),
        (EntryKind.PROJECT, "Fixed bug #123 in C# client", "Done today ✅"),
        (EntryKind.PROJECT, "Fixed bug #123 in C# client", "Done today ✅"),
        (
            EntryKind.PROJECT,
            'still under "Done today": a deeper heading does not end the section',
            "Done today ✅",
        ),
        (EntryKind.LEARNING, "SQLite's WITHOUT ROWID tables", "Learned"),
        (EntryKind.PROJECT, "Invoice run v2", "Shipped"),
    ]
    assert report.found[0] == Found(
        source=HarvestSource.NOTES,
        key=f"{daily}:got-praise-from-the-cfo-for-the-month-end-close-runbook",
        occurred_on=dt.date(2024, 3, 5),
        title="Got praise from the CFO for the month-end close runbook",
        kind=EntryKind.RECOGNITION,
        impact=2,
        tags=("kudos",),
        evidence=('"Saved us two days" — in the finance channel',),  # the open sub-task is not
        links=(Link("https://wiki.acme.example/close", "month-end close"),),
        origin=str(vault),
        fingerprint="note|2024-03-05|got-praise-from-the-cfo-for-the-month-end-close-runbook",
        facts={"heading": "🏆 Wins"},
    )
    assert report.found[1].tags == ("writing",)
    assert [(f.key, f.evidence) for f in report.found[3:5]] == [
        (f"{daily}:fixed-bug-123-in-c-client", ("continuation: the retry was missing",)),
        (f"{daily}:fixed-bug-123-in-c-client-2", ()),
    ]
    assert report.found[3].tags == ()  # "#123" is an issue number, "C#" a language
    assert report.found[6].tags == ("db/sqlite",)
    assert report.found[7].key == "Daily/2024-03-06.md:invoice-run-v2"
    assert report.read == 8

    # Not read: .obsidian/, .trash/, Projects/Ledger.md, the copy, the linked folder.
    assert report.skipped == [
        Skipped(str(vault / "Daily" / "2024-03-08.md"), "outside", "a link out of the folder"),
        Skipped(str(vault / "Daily" / "2026-02-30.md"), "bad_date", "Daily/2026-02-30.md"),
    ]
    assert report.states == {
        str(vault): {"files": 3, "newest_mtime_ns": 1_709_740_000_000_000_000}
    }  # the two notes and the bad date; the link out is not counted


def test_keys_stay_when_other_bullets_change(vault: Path) -> None:
    before = {f.title: f.key for f in notes.harvest([vault]).found}
    path = vault / "Daily" / "2024-03-05.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("## 🏆 Wins\n", "## 🏆 Wins\n- A new first win\n"), "utf-8")
    after = {f.title: f.key for f in notes.harvest([vault]).found}
    assert after.pop("A new first win") == "Daily/2024-03-05.md:a-new-first-win"
    assert after == before


def test_german_notes_with_a_dotted_date(tmp_path: Path) -> None:
    text = (
        "# Dienstag\n"
        "## Erfolge 🎉\n- Kunde hat das neue Dashboard gelobt\n"
        "## Erledigt\n- Release 2.1 ausgeliefert\n  - ohne Ausfallzeit\n"
        "## Gelernt heute\n- Rust-Lifetimes verstanden #rust\n"
        "## Sonstiges\n- nichts\n"
    )
    note(tmp_path / "05.03.2024.md", text)
    note(tmp_path / "2024-03-05.md", "## Erfolge\n- the other pattern\n")
    report = notes.harvest([tmp_path], pattern="DD.MM.YYYY")
    assert [(f.kind, f.title, f.evidence, f.tags, f.occurred_on) for f in report.found] == [
        (EntryKind.RECOGNITION, "Kunde hat das neue Dashboard gelobt", (), (), dt.date(2024, 3, 5)),
        (
            EntryKind.PROJECT,
            "Release 2.1 ausgeliefert",
            ("ohne Ausfallzeit",),
            (),
            dt.date(2024, 3, 5),
        ),
        (EntryKind.LEARNING, "Rust-Lifetimes verstanden", (), ("rust",), dt.date(2024, 3, 5)),
    ]
    assert report.found[0].key == "05.03.2024.md:kunde-hat-das-neue-dashboard-gelobt"


def test_a_pattern_with_folders(tmp_path: Path) -> None:
    note(tmp_path / "journal" / "2024" / "03" / "05.md", "## Wins\n- by day folders\n")
    note(tmp_path / "journal" / "2024" / "03" / "notes.md", "## Wins\n- no date\n")
    report = notes.harvest([tmp_path], pattern="YYYY/MM/DD")
    assert [(f.title, f.occurred_on, f.key) for f in report.found] == [
        ("by day folders", dt.date(2024, 3, 5), "journal/2024/03/05.md:by-day-folders"),
    ]

    note(tmp_path / "2024" / "03" / "2024-03-06.md", "## Wins\n- the year repeats\n")
    note(tmp_path / "2024" / "04" / "2024-03-07.md", "## Wins\n- filed in the wrong month\n")
    report = notes.harvest([tmp_path], pattern="YYYY/MM/YYYY-MM-DD")
    assert [(f.title, f.occurred_on) for f in report.found] == [
        ("the year repeats", dt.date(2024, 3, 6))
    ]


def test_date_regex() -> None:
    assert notes.date_regex("YYYY-MM-DD").fullmatch("2024-03-05")
    assert not notes.date_regex("YYYY-MM-DD").fullmatch("2024-03-05 Tuesday")
    assert not notes.date_regex("YYYY-MM-DD").fullmatch("2024x03-05")
    match = notes.date_regex("DD.MM.YYYY").fullmatch("05.03.2024")
    assert match
    assert (match["year"], match["month"], match["day"]) == ("2024", "03", "05")
    assert not notes.date_regex("DD.MM.YYYY").fullmatch("05-03-2024")
    assert notes.date_regex("YYYYMMDD").fullmatch("20240305")
    assert notes.date_regex("YYYY/MM/DD").fullmatch("2024/03/05")
    assert not notes.date_regex("YYYY/MM/YYYY-MM-DD").fullmatch("2024/04/2025-04-01")
    with pytest.raises(ValueError, match="needs YYYY, MM and DD"):
        notes.date_regex("YYYY-MM")


def test_headings_match_on_the_first_word_or_the_whole_heading(tmp_path: Path) -> None:
    text = (
        "## **Wins** of the day\n- bold heading\n"
        "##### TIL:\n1) five levels deep\n"
        "## Winsome moments\n- no: not the word (and it closes Wins)\n"
        "## Things I learned\n- no: not the first word\n"
        "## Done ##\n- closing hashes\n"
        "#wins\n- a tag line is no heading: still under Done\n"
    )
    note(tmp_path / "2024-03-05.md", text)
    found = notes.harvest([tmp_path]).found
    assert [(f.kind, f.title, f.facts["heading"]) for f in found] == [
        (EntryKind.RECOGNITION, "bold heading", "**Wins** of the day"),
        (EntryKind.LEARNING, "five levels deep", "TIL:"),
        (EntryKind.PROJECT, "closing hashes", "Done"),
        (EntryKind.PROJECT, "a tag line is no heading: still under Done", "Done"),
    ]


def test_custom_headings_replace_the_defaults(tmp_path: Path) -> None:
    note(tmp_path / "2024-03-05.md", "## Highlights\n- demo went well\n## Wins\n- not asked\n")
    found = notes.harvest([tmp_path], headings={"Highlights": EntryKind.RECOGNITION}).found
    assert [(f.kind, f.title) for f in found] == [(EntryKind.RECOGNITION, "demo went well")]


def test_markdown_is_removed_and_links_kept(tmp_path: Path) -> None:
    text = (
        "## Done\n"
        "- Reviewed [[Projects/Ledger#Design|the ledger design]] and ![[diagram.png]] "
        "with ~~Tom~~ ==Anna==, see <https://example.com/a_b> and "
        "https://ci.example.com/run/42#log. \\*not emphasis\\* `__init__.py` _done_ #team/core\n"
        "- [relative](other.md) link and [mail](mailto:me@example.com) **`both`**\n"
        "* [X] closed task with capital X\n"
        "- [/] in-progress task is not done\n"
        "-   \n"
    )
    note(tmp_path / "2024-03-05.md", text)
    found = notes.harvest([tmp_path]).found
    assert [(f.title, f.links, f.tags) for f in found] == [
        (
            "Reviewed the ledger design and diagram.png with Tom Anna, see https://example.com/a_b "
            "and https://ci.example.com/run/42#log. *not emphasis* __init__.py done",
            (Link("https://example.com/a_b"), Link("https://ci.example.com/run/42#log")),
            ("team/core",),
        ),
        ("relative link and mail both", (Link("mailto:me@example.com", "mail"),), ()),
        ("closed task with capital X", (), ()),
    ]


def test_front_matter_and_code_fences_are_not_read(tmp_path: Path) -> None:
    text = (
        "---\ntitle: x\n## Wins\n- in the front matter\n---\n"
        "## Wins\n- real win\n"
        "~~~\n## Done\n- in a tilde fence\n~~~\n"
        "- after the fence\n"
    )
    note(tmp_path / "2024-03-05.md", text)
    assert [f.title for f in notes.harvest([tmp_path]).found] == ["real win", "after the fence"]
    # An unclosed front matter is no front matter.
    note(tmp_path / "2024-03-05.md", "---\n## Wins\n- after a rule\n")
    assert [f.title for f in notes.harvest([tmp_path]).found] == ["after a rule"]


def test_since_leaves_out_older_notes(vault: Path) -> None:
    report = notes.harvest([vault], since=dt.date(2024, 3, 6))
    assert [f.title for f in report.found] == ["Invoice run v2"]
    assert report.states[str(vault)]["newest_mtime_ns"] == 1_709_740_000_000_000_000


def test_bounds_and_unreadable_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "2024-03-01.md"
    big.write_text("## Wins\n- " + "x" * (10 * 1024 * 1024) + "\n", encoding="utf-8")  # one line
    latin1 = tmp_path / "2024-03-02.md"
    latin1.write_bytes("## Wins\n- Café\n".encode("latin-1"))
    long_line = note(tmp_path / "2024-03-03.md", "## Wins\n- " + "word " * 200_000 + "\n")
    report = notes.harvest([tmp_path, tmp_path / "missing"])
    assert [(s.where, s.reason) for s in report.skipped] == [
        (str(big), "too_large"),
        (str(latin1), "not_utf8"),
        (str(tmp_path / "missing"), "unreadable"),
    ]
    assert "offset 13" in report.skipped[1].detail  # the é
    assert [len(f.title) for f in report.found] == [300]  # a 1 MB bullet, clipped
    assert report.found[0].key.startswith(f"{long_line.name}:word-word-")

    monkeypatch.setattr(notes, "MAX_FILES", 2)
    report = notes.harvest([tmp_path])
    assert report.skipped[-1] == Skipped(
        str(tmp_path), "too_many_files", "more than 2 daily notes; the rest were not read"
    )
    assert report.states[str(tmp_path)]["files"] == 2


def test_a_note_with_too_many_bullets_is_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes, "MAX_BULLETS", 3)
    path = note(
        tmp_path / "2024-03-05.md", "## Done\n" + "".join(f"- task {i}\n" for i in range(9))
    )
    report = notes.harvest([tmp_path])
    assert [f.title for f in report.found] == ["task 0", "task 1", "task 2"]
    assert report.skipped == [
        Skipped(str(path), "too_many_rows", "more than 3 bullets; the rest were not read")
    ]
    assert report.read == 3
