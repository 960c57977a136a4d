"""Markdown brag document and CSV export of the live entries."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from careerjournal.domain import EntryKind
from careerjournal.interchange.textexport import CSV_COLUMNS, csv_export, markdown_export
from careerjournal.services import EntryDraft, Journal, LinkRecord, RoleDraft

D = dt.date
HOSTILE = "<script>alert(1)</script> [click](javascript:alert(1)) ![x](http://evil/x.png) *b* `c`"


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.profile.update(name="Alex Doe")
    journal.roles.add(RoleDraft("Senior Engineer", D(2022, 1, 1), organisation="Globex"))
    add = journal.entries.add
    add(EntryDraft("Old learning", D(2021, 2, 3), EntryKind.LEARNING, tags=("sql",)))
    add(EntryDraft("Plain project", D(2023, 5, 20), EntryKind.PROJECT))
    add(
        EntryDraft(
            "Measured project",
            D(2023, 4, 2),
            EntryKind.PROJECT,
            measurable_result="p99 latency down 40%",
        )
    )
    add(EntryDraft("Starred project", D(2023, 6, 30), EntryKind.PROJECT, starred=True))
    add(EntryDraft("Autumn award", D(2023, 11, 5), EntryKind.RECOGNITION, impact=4))
    add(
        EntryDraft(
            "Payments rewrite",
            D(2024, 2, 14),
            EntryKind.PROJECT,
            body="Moved billing to the new stack.\n\n# not a heading\n1. not a list\n> not a quote",
            measurable_result="-20% cost",
            starred=True,
            impact=5,
            tags=("payments", "backend"),
            links=(LinkRecord("https://example.com/pr/1", "PR"),),
        )
    )
    trashed = add(EntryDraft("Trashed entry", D(2024, 3, 1), EntryKind.OTHER))
    journal.entries.trash([trashed.id])
    return journal


# -- Markdown --------------------------------------------------------------------------------------


def test_markdown_groups_by_year_quarter_and_kind(filled: Journal) -> None:
    text = markdown_export(filled)
    lines = text.splitlines()
    assert lines[0] == "# Brag document: Alex Doe"
    assert "**3 Feb 2021 to 14 Feb 2024** · 6 entries, 2 starred (★)" in text
    headings = [line for line in lines if line.startswith("##")]
    assert headings == [
        "## 2024",
        "### Q1 · January to March",
        "#### Projects (1)",
        "## 2023",
        "### Q4 · October to December",
        "#### Recognition (1)",
        "### Q2 · April to June",
        "#### Projects (3)",
        "## 2021",
        "### Q1 · January to March",
        "#### Learning (1)",
    ]
    # Within a kind: starred first, then with a measurable result, then newest first.
    order = [text.index(t) for t in ("Starred project", "Measured project", "Plain project")]
    assert order == sorted(order)
    assert "- ★ **Starred project**" in text
    assert "- **Measured project** — p99 latency down 40%" in text
    assert "Trashed entry" not in text
    payments = text[text.index("Payments rewrite") - 6 :]
    assert payments.startswith("- ★ **Payments rewrite** — -20% cost  \n")
    # The body is Markdown already: kept as written, in the list item, its heading made bold.
    assert (
        "  *14 Feb 2024 · Senior Engineer · impact 5/5*\n\n"
        "  Moved billing to the new stack.\n\n"
        "  **not a heading**\n"
        "  1. not a list\n"
        "  > not a quote\n\n"
    ) in payments
    assert "  Tags: backend, payments  \n" in payments
    assert "  Evidence: PR: https://example.com/pr/1\n" in payments
    assert text.endswith("\n")
    assert not text.endswith("\n\n")


def test_markdown_escapes_hostile_text(journal: Journal) -> None:
    journal.profile.update(name="<b>Mallory</b>")
    journal.entries.add(
        EntryDraft(
            HOSTILE,
            D(2024, 1, 1),
            measurable_result="<img src=x onerror=alert(1)>",
            body="<iframe src=evil></iframe>\n=====",
            tags=("<tag>",),
            links=(LinkRecord("javascript:alert(1)", "[label](http://x)"),),
        )
    )
    text = markdown_export(journal)
    body = "  \\<iframe src=evil>\\</iframe>\n  \\=====\n"
    assert body in text  # the body's raw HTML and heading underline, escaped
    text = text.replace(body, "")
    # None of these is ever markup here: each one in the text is escaped.
    assert not re.findall(r"(?<!\\)[<>\[\]`!&]", text)
    assert "*b*" not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "\\[click\\](javascript:alert(1))" in text
    assert "\\!\\[x\\](http://evil/x.png)" in text
    assert "# Brag document: \\<b\\>Mallory\\</b\\>" in text
    assert "Evidence: \\[label\\](http://x): javascript:alert(1)" in text


def test_markdown_of_an_empty_journal(journal: Journal) -> None:
    journal.entries.trash([journal.entries.add(EntryDraft("Gone", D(2024, 1, 1))).id])
    text = markdown_export(journal)
    assert text.startswith("# Brag document\n\n")
    assert "no entries" in text
    assert "##" not in text


# -- CSV -------------------------------------------------------------------------------------------


def parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_rows_parse_back_to_the_entries(filled: Journal) -> None:
    text = csv_export(filled)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = parse(text)
    live = filled.entries.list()
    assert [int(r["id"]) for r in rows] == [e.id for e in live]
    for row, entry in zip(rows, live, strict=True):
        assert list(row) == list(CSV_COLUMNS)
        unquoted = {k: v[1:] if v.startswith("'") else v for k, v in row.items()}
        assert unquoted == {
            "id": str(entry.id),
            "date": entry.occurred_on.isoformat(),
            "kind": entry.kind.value,
            "title": entry.title,
            "impact": str(entry.impact),
            "starred": "true" if entry.starred else "false",
            "measurable_result": entry.measurable_result,
            "tags": ";".join(entry.tags),
            "role": entry.role_title,
            "body": entry.body,
            "links": " ".join(link.url for link in entry.links),
            "created_at": entry.created_at.isoformat() + "Z",
            "updated_at": entry.updated_at.isoformat() + "Z",
            "trashed": "false",
        }
    payments = next(r for r in rows if r["title"] == "Payments rewrite")
    assert payments["body"].count("\n") == 4  # multi-line text survives quoting
    assert payments["tags"] == "backend;payments"
    assert payments["links"] == "https://example.com/pr/1"
    assert payments["role"] == "Senior Engineer"
    assert "Trashed entry" not in text


def test_csv_neutralises_formulas_and_keeps_unicode(journal: Journal) -> None:
    for title, result in [
        ('=HYPERLINK("http://evil","x")', "+1"),
        ("@SUM(A1:A2)", "-20% cost"),
        ('Zoë shipped 日本語 ✓, "quoted"', "€1.2M saved"),
    ]:
        journal.entries.add(EntryDraft(title, D(2024, 1, 1), measurable_result=result))
    rows = {r["title"]: r for r in parse(csv_export(journal))}
    assert set(rows) == {
        '\'=HYPERLINK("http://evil","x")',
        "'@SUM(A1:A2)",
        'Zoë shipped 日本語 ✓, "quoted"',
    }
    assert rows['\'=HYPERLINK("http://evil","x")']["measurable_result"] == "'+1"
    assert rows["'@SUM(A1:A2)"]["measurable_result"] == "'-20% cost"
    assert rows['Zoë shipped 日本語 ✓, "quoted"']["measurable_result"] == "€1.2M saved"
    for row in rows.values():
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())


def test_csv_of_an_empty_journal(journal: Journal) -> None:
    assert csv_export(journal) == ",".join(CSV_COLUMNS) + "\r\n"


def test_markdown_keeps_the_users_own_markdown(journal: Journal) -> None:
    body = (
        "**Testing** paid off:\n\n"
        "- followed a tutorial\n"
        "- then applied it to `pricing_engine`\n\n"
        "> Nice work. — Priya\n\n"
        "See [the PR](https://example.com/pr/7).\n\n"
        "```python\n# a comment, not a heading\nx = 1\n```"
    )
    journal.entries.add(EntryDraft("Mutation *testing*", D(2024, 1, 1), body=body))
    text = markdown_export(journal)
    kept = "\n".join(f"  {line}" if line else "" for line in body.splitlines())
    assert kept in text
    assert "\\*\\*Testing" not in text
    assert "\\- followed" not in text
    # A title is still literal text: it is part of the document's own structure.
    assert "- **Mutation \\*testing\\***" in text


def test_markdown_body_cannot_break_the_documents_outline_or_load_anything(
    journal: Journal,
) -> None:
    body = (
        "# Context\n"
        "Heading by underline\n"
        "---\n"
        "![chart](http://tracker.example/x.png) [run](javascript:alert(1)) <img src=x>\n"
        "`<kept>` in code"
    )
    journal.entries.add(EntryDraft("Entry", D(2024, 1, 1), body=body))
    text = markdown_export(journal)
    headings = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert headings == ["# Brag document", "## 2024", "### Q1 · January to March", "#### Other (1)"]
    assert "  **Context**\n" in text
    assert "  Heading by underline\n  \\---\n" in text
    assert "\\![chart](http://tracker.example/x.png)" in text
    assert "[run]\\(javascript:alert(1))" in text
    assert "\\<img src=x>" in text
    assert "`<kept>` in code" in text
