"""Progression frameworks: Monzo's real files (front matter and `yaml: false`), our own YAML and
CSV, re-import diffs, and hostile files refused in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careerjournal.interchange import framework_own
from careerjournal.interchange.errors import ImportProblem
from careerjournal.interchange.framework import (
    Criterion,
    Framework,
    diff,
    normalise,
    read_framework,
)

BUNDLED = Path(__file__).resolve().parents[2] / "src" / "careerjournal" / "resources" / "frameworks"
DATA = Path(__file__).resolve().parents[1] / "data" / "frameworks"

# Counted once by hand from the files (criteria = `criteria` items + `exampleCriteria` items;
# product design: the sentences under each level and topic heading).
MONZO = {
    # file: (levels, topics, criteria, examples)
    "monzo-backend.md": (6, 5, 135, 22),
    "monzo-data.md": (6, 7, 141, 33),
    "monzo-generic.md": (6, 5, 72, 0),
    "monzo-product-design.md": (6, 3, 39, 0),
    "monzo-web.md": (6, 5, 165, 16),
}


def refused(path: Path) -> str:
    """The one-line message `read_framework` refuses `path` with."""
    with pytest.raises(ImportProblem) as info:
        read_framework(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(path.name)
    return message


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- Monzo's files --------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", [BUNDLED], ids=["bundled"])
@pytest.mark.parametrize("name", sorted(MONZO))
def test_monzo_files_import_with_exact_counts(folder: Path, name: str) -> None:
    if not (folder / name).exists():
        pytest.skip(f"{folder} is not on this machine")
    framework = read_framework(folder / name)
    levels, topics, criteria, examples = MONZO[name]
    assert [level.number for level in framework.levels] == list(range(1, levels + 1))
    assert len(framework.topics) == topics
    assert len(framework.criteria) == criteria
    assert sum(len(c.examples) for c in framework.criteria) == examples
    assert len({c.key for c in framework.criteria}) == criteria
    assert framework.source == name
    assert sum(len(framework.criteria_at(level.number)) for level in framework.levels) == criteria


def test_the_bundled_copies_ship_with_the_licence() -> None:
    shipped = {p.name for p in BUNDLED.iterdir()}
    assert set(MONZO) <= shipped
    licence = (BUNDLED / "LICENSE-monzo-progression-framework").read_text(encoding="utf-8")
    assert "Monzo Bank Limited" in licence
    assert "MIT License" in licence


def test_monzo_quirks_emoji_missing_titles_missing_levels_and_examples() -> None:
    framework = read_framework(BUNDLED / "monzo-backend.md")
    assert framework.name == "Backend Engineering Framework"
    titles = {t.key: t.title for t in framework.topics}
    assert titles["communication"] == "Communication"  # `title:` empty in the file
    assert titles["mastery"] == "Mastery"  # the emoji around a title are left out
    assert [t.key for t in framework.topics_at(1)] == [
        "communication",
        "impact",
        "influence",
        "mastery",
    ]
    assert "leadership" in [t.key for t in framework.topics_at(3)]
    assert any("Leadership" in n and "level 1, 2" in n for n in framework.notes)
    assert any("no title" in n for n in framework.notes)
    example = next(c for c in framework.criteria if c.text.startswith("Provides helpful and"))
    assert example.level == 2
    assert example.topic == "communication"
    assert example.examples == (
        "Take a look at the levelling up your code reviews talk for some ideas",
    )
    trailing = next(c for c in framework.criteria if "security implications" in c.text)
    assert trailing.text == "Proactively considers security implications of their work"


def test_yaml_false_takes_levels_and_topics_from_headings() -> None:
    framework = read_framework(BUNDLED / "monzo-product-design.md")
    assert framework.name == "Product Design Framework"
    assert [t.title for t in framework.topics] == ["Knowledge", "Ownership", "Collaboration"]
    assert [t.key for t in framework.topics_at(6)] == ["knowledge", "ownership", "collaboration"]
    at_four = [c.text for c in framework.criteria_at(4) if c.topic == "collaboration"]
    assert at_four == [
        "You're very good at leading through influence.",
        "You're an effective teacher, able to formally and informally teach those around you.",
        "You’re highly recognised for your impact on team culture and people want to work "
        "with you.",
    ]
    assert any("prose" in n for n in framework.notes)


def test_yaml_false_with_bullets_and_level_names(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ladder.md",
        "---\ntitle: Ladder\nyaml: false\n---\nIntro text.\n\n## Level 1: Junior\n\n"
        "### 🧠 Knowledge\n\nSome prose that is not a criterion.\n\n- Knows the **basics**\n"
        "- Reads the code\n  before changing it\n\n### Impact\n\n* Ships tasks\n\n---\n\n"
        "## Level 2: Senior\n\nLoose text under no topic.\n\n### Impact\n\n1. Ships projects\n",
    )
    framework = read_framework(path)
    assert [(lv.number, lv.name) for lv in framework.levels] == [(1, "Junior"), (2, "Senior")]
    assert [(t.key, t.title) for t in framework.topics] == [
        ("knowledge", "Knowledge"),
        ("impact", "Impact"),
        ("general", "General"),
    ]
    assert [(c.level, c.topic, c.text) for c in framework.criteria] == [
        (1, "knowledge", "Knows the basics"),
        (1, "knowledge", "Reads the code before changing it"),
        (1, "impact", "Ships tasks"),
        (2, "general", "Loose text under no topic."),
        (2, "impact", "Ships projects"),
    ]
    assert any("before the first level" in n for n in framework.notes)
    assert any("General" in n for n in framework.notes)


# --- our own formats ------------------------------------------------------------------------------


def test_own_yaml() -> None:
    framework = read_framework(DATA / "acme.yaml")
    assert framework.name == "Acme Engineering"
    assert [(lv.number, lv.name) for lv in framework.levels] == [
        (1, "Engineer I"),
        (2, "Engineer II"),
        (3, "Senior Engineer"),
    ]
    assert [(t.key, t.title) for t in framework.topics] == [
        ("delivery", "Delivery"),
        ("comms", "Communication"),
        ("craft", "Craft"),
    ]
    assert len(framework.criteria) == 8
    second = framework.criteria_at(2)
    assert [c.topic for c in second] == ["delivery", "comms", "craft"]
    assert second[0].examples == (
        "Led the CSV export from ticket to release",
        "Wrote the rollout plan for search",
    )
    assert second[1].text == "Writes clear design docs, see the guide (https://example.com/docs)"
    assert [t.key for t in framework.topics_at(1)] == ["delivery", "comms"]
    assert any("Craft" in n and "level 1" in n for n in framework.notes)


def test_own_csv() -> None:
    framework = read_framework(DATA / "acme.csv")
    assert framework.name == "Acme Support"
    assert [(lv.number, lv.name) for lv in framework.levels] == [
        (1, "Advisor"),
        (2, "Senior Advisor"),
        (3, "Lead"),
    ]
    assert [(t.key, t.title) for t in framework.topics] == [
        ("customers", "Customers"),
        ("knowledge-base", "Knowledge base"),
    ]
    assert len(framework.criteria) == 6
    first = framework.criteria[0]
    assert first.examples == ("Closed 40 tickets in a week", "Kept the queue under 10")
    assert framework.criteria[1].text == "Escalates problems, with the facts, to the right team"
    assert framework.notes == ("Topic “Knowledge base” has no criteria at level 1.",)


def test_csv_is_detected_by_its_header_whatever_the_name(tmp_path: Path) -> None:
    text = (DATA / "acme.csv").read_text(encoding="utf-8")
    assert len(read_framework(write(tmp_path, "ladder.txt", text)).criteria) == 6
    assert ",".join(framework_own.CSV_HEADER) == text.splitlines()[0]


def test_monzo_front_matter_saved_as_plain_yaml(tmp_path: Path) -> None:
    text = (BUNDLED / "monzo-generic.md").read_text(encoding="utf-8").split("---")[1]
    assert len(read_framework(write(tmp_path, "generic.yaml", text)).criteria) == 72


# --- keys and diffs -------------------------------------------------------------------------------


def test_keys_ignore_case_spacing_punctuation_and_emoji() -> None:
    one = Criterion("delivery", 1, "Ships small changes, with help! 🚀")
    two = Criterion("delivery", 1, "ships  small changes with help")
    assert one.key == two.key == "delivery:1:shipssmallchangeswithhelp"
    assert Criterion("delivery", 2, one.text).key != one.key
    assert Criterion("craft", 1, one.text).key != one.key
    assert normalise("Don’t — stop") == "dontstop"


def test_diff_of_an_edited_framework() -> None:
    old = read_framework(DATA / "acme.yaml")
    new = read_framework(DATA / "acme-v2.yaml")
    change = diff(old, new)
    assert [(o.text, n.text) for o, n in change.changed] == [
        (
            "Ships features end to end, from design to rollout",
            "Ships whole features end to end, from design through to rollout",
        )
    ]
    ((old_one, new_one),) = change.changed
    assert change.key_map[old_one.key] == new_one.key != old_one.key
    assert [c.text for c in change.removed] == ["Writes tests that catch real bugs"]
    assert [c.text for c in change.added] == ["Mentors two engineers outside the team"]
    assert len(change.unchanged) == 6
    assert "ships small changes, with help!" in [c.text for c in change.unchanged]
    assert len(change.key_map) == 7
    assert diff(old, old).unchanged == old.criteria


def test_diff_does_not_match_across_levels_or_unlike_texts() -> None:
    def one(topic: str, level: int, text: str) -> Framework:
        return Framework("F", "f.yaml", (), (), (Criterion(topic, level, text),))

    moved = diff(one("t", 1, "Writes tests"), one("t", 2, "Writes tests"))
    assert (len(moved.added), len(moved.removed), moved.changed) == (1, 1, ())
    unlike = diff(one("t", 1, "Writes tests"), one("t", 1, "Leads the guild of architects"))
    assert (len(unlike.added), len(unlike.removed), unlike.changed) == (1, 1, ())


# --- hostile and broken files ---------------------------------------------------------------------


def test_a_huge_file_is_refused_by_its_size_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)

    def never(self: Path) -> bytes:
        raise AssertionError("read")

    monkeypatch.setattr(Path, "read_bytes", never)
    assert "52.4 MB; files over 2 MB are not imported" in refused(path)


def test_non_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("---\ntitle: Café\n---\n".encode("latin-1"))
    assert "is not UTF-8" in refused(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: X\nlevels: 3\n", "(line 1): front matter starting on line 1 is not closed"),
        ("---\ntitle: X\nlevels: 3\ntopics: [\n---\n", "(line 5): the front matter is not valid"),
        ("---\ntitle: X\n  bad: indent: here\n---\n", "(line 3): the front matter is not valid"),
        ("---\n- a list\n---\n", "the front matter must be keys and values, not a list"),
        ("---\nlevels: six\ntopics: []\n---\n", "`levels` must be a whole number"),
        ("---\nlevels: 21\ntopics: []\n---\n", "`levels` is 21; a framework has 1–20 levels"),
        ("---\nlevels: 3\ntopics: knowledge\n---\n", "`topics` must be a list, not text"),
        ("---\nlevels: 3\n---\n", "has no `topics`"),
        ("---\nlevels: 3\ntopics: []\n---\n", "has no criteria: nothing to import"),
        (
            "---\nlevels: 3\ntopics:\n- name: a\n  content:\n"
            "  - level: two\n    criteria: [x]\n---\n",
            "(topic “a”, content 1): level must be a whole number, not text",
        ),
        (
            "---\nlevels: 3\ntopics:\n- name: a\n  content:\n"
            "  - level: 4\n    criteria: [x]\n---\n",
            "level 4 is beyond the framework's 3 levels",
        ),
        (
            "---\nlevels: 3\ntopics:\n- name: a\n  content:\n  - level: 1\n    criteria: x\n---\n",
            "`criteria` must be a list, not text",
        ),
        ("---\nyaml: false\n---\nJust prose.\n", "has no “Level N” headings"),
        ("# Notes\n\nNot a framework.\n", "is not a progression framework"),
        ("   \n", "is empty"),
    ],
)
def test_broken_markdown_is_refused_in_one_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in refused(write(tmp_path, "framework.md", text))


BILLION_LAUGHS = (
    'framework: Laughs\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    + "topics: [*i]\n"
)


def test_yaml_anchors_and_aliases_are_refused(tmp_path: Path) -> None:
    message = refused(write(tmp_path, "laughs.yaml", BILLION_LAUGHS))
    assert "(line 2): YAML uses anchors or aliases" in message
    front = "---\ntitle: X\n" + BILLION_LAUGHS.replace("framework: Laughs\n", "") + "---\n"
    assert "(line 3): the front matter uses anchors" in refused(write(tmp_path, "l.md", front))
    alias_only = "framework: X\ntopics: *nowhere\n"
    assert "anchors or aliases" in refused(write(tmp_path, "alias.yaml", alias_only))


def test_too_many_or_too_deep_yaml_values_are_refused(tmp_path: Path) -> None:
    text = "framework: Big\nfiller: [" + ",".join(["0"] * 20_001) + "]\n"
    assert "has more than 20,000 values" in refused(write(tmp_path, "big.yaml", text))
    deep = "framework: X\ntopics: " + "[" * 50_000 + "]" * 50_000 + "\n"
    message = refused(write(tmp_path, "deep.yaml", deep))
    # Our scan says it; libyaml's parser (when PyYAML has it) stops first with its own words.
    assert "nests deeper than 32 levels" in message or "maximum nesting depth" in message
    front = "---\ntopics: " + "{a: " * 50_000 + "\n---\n"
    assert "the front matter nests deeper" in refused(write(tmp_path, "deep.md", front))


def test_invalid_characters_are_refused(tmp_path: Path) -> None:
    text = 'framework: X\ntopics:\n- topic: A\n  criteria:\n  - {level: 1, criterion: "a\\ud800"}\n'
    message = refused(write(tmp_path, "s.yaml", text))
    assert "`criterion` contains an invalid character" in message or "invalid Unicode" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("framework: X\ntopics: {a: 1}\n", "`topics` must be a list, not a mapping"),
        ("framework: X\n", "has no `topics`"),
        ("framework: [X]\ntopics: []\n", "`framework` (its name) must be text, not a list"),
        ("framework: X\nlevels: two\ntopics: []\n", "`levels` must be a list, not text"),
        (
            "framework: X\nlevels: [1, 1]\ntopics: []\n",
            "(level 2): level 1 is listed twice",
        ),
        (
            "framework: X\nlevels: [1]\ntopics:\n- topic: A\n  criteria:\n"
            "  - {level: 2, criterion: y}\n",
            "(topic “A”, criterion 1): level 2 is not one of the `levels`",
        ),
        (
            "framework: X\ntopics:\n- topic: A\n  criteria:\n  - {level: 0, criterion: y}\n",
            "level 0 is outside 1–20",
        ),
        (
            "framework: X\ntopics:\n- topic: A\n  criteria:\n  - {level: true, criterion: y}\n",
            "level must be a whole number, not true/false",
        ),
        (
            "framework: X\ntopics:\n- topic: A\n  criteria:\n  - {level: 1, criterion: ''}\n",
            "`criterion` is empty",
        ),
        ("framework: X\ntopics:\n- topic: A\n  criteria: none\n", "must be a list, not text"),
        ("framework: X\ntopics:\n- topic: A\n  criteria: []\n", "has no criteria"),
        ("framework: X\ntopics: [\n", "(line 3): YAML is not valid"),
        ("framework: X\n---\nframework: Y\n", "YAML is not valid"),
        ("- just\n- a list\n", "is not a progression framework"),
    ],
)
def test_broken_own_yaml_is_refused_in_one_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in refused(write(tmp_path, "framework.yaml", text))


def test_own_yaml_limits(tmp_path: Path) -> None:
    levels = "framework: X\nlevels: [" + ",".join(map(str, range(1, 22))) + "]\ntopics: []\n"
    assert "level 21 is outside 1–20" in refused(write(tmp_path, "levels.yaml", levels))
    long = (
        "framework: X\ntopics:\n- topic: A\n  criteria:\n  - {level: 1, criterion: "
        + ("word " * 101)
        + "}\n"
    )
    assert "is 504 characters; at most 500" in refused(write(tmp_path, "long.yaml", long))


def test_unknown_yaml_keys_are_noted(tmp_path: Path) -> None:
    text = (
        "framework: X\ncolour: red\ntopics:\n- topic: A\n  criteria:\n"
        "  - {level: 1, criterion: y, exmaples: [z]}\n"
    )
    notes = read_framework(write(tmp_path, "x.yaml", text)).notes
    assert "In the file, unknown keys were ignored: colour." in notes
    assert "In topic “A”, criterion 1, unknown keys were ignored: exmaples." in notes
    many = "framework: X\n" + "".join(f"k{i}: 1\n" for i in range(9)) + text[13:]
    notes = read_framework(write(tmp_path, "many.yaml", many)).notes
    assert "In the file, unknown keys were ignored: colour, k0, k1, k2, k3 and 5 more." in notes


HEADER = "framework,level,level_name,topic,criterion,examples\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADER + "X,1,,A,a, b,\n", "(line 2): has 7 cells but the header has 6"),
        ("framework,level,criterion\nX,1,y\n", "(line 1): the header must name the columns"),
        (HEADER + "X,one,,A,y,\n", "(line 2): level must be a whole number, not text"),
        (HEADER + "X,1,,A,y,\nY,1,,A,z,\n", "(line 3): names the framework “Y”"),
        (HEADER + "X,1,I,A,y,\nX,1,II,A,z,\n", "(line 3): calls level 1 “II”, earlier rows “I”"),
        (HEADER + "X,1,,,y,\n", "(line 2): has no topic"),
        (HEADER + "X,1,,A,,\n", "(line 2): has no criterion"),
        (HEADER, "has no criteria: nothing to import"),
        (HEADER + 'X,1,,A,"unclosed\n', "not valid CSV"),
    ],
)
def test_broken_csv_is_refused_in_one_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in refused(write(tmp_path, "framework.csv", text))


def test_csv_limits(tmp_path: Path) -> None:
    topics = HEADER + "".join(f"X,1,,Topic {i},Does {i},\n" for i in range(201))
    assert "(line 202): has more than 200 topics" in refused(write(tmp_path, "t.csv", topics))
    rows = HEADER + "".join(f"X,{i % 5 + 1},,T{i % 7},Does thing {i},\n" for i in range(5_001))
    assert "(line 5002): has more than 5,000 criteria" in refused(write(tmp_path, "c.csv", rows))
    at_limit = HEADER + "".join(f"X,1,,T,Does thing {i},\n" for i in range(5_000))
    assert len(read_framework(write(tmp_path, "ok.csv", at_limit)).criteria) == 5_000


def test_the_documented_examples_import(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "frameworks.md").read_text("utf-8")
    blocks = re.findall(r"```(yaml|csv)\n(.*?)```", doc, re.DOTALL)
    assert [lang for lang, _ in blocks] == ["yaml", "csv"]
    for lang, body in blocks:
        framework = read_framework(write(tmp_path, f"doc.{lang}", body))
        assert (len(framework.levels), len(framework.topics), len(framework.criteria)) == (3, 2, 6)
