"""Monzo's progression framework files (github.com/monzo/progression-framework, MIT licence).

Markdown with YAML front matter between `---` lines: `title`, `levels` (a count) and
`topics[]` of `{name, title, content[]: {level, criteria[], exampleCriteria[]}}`. The text
after the front matter is prose about the framework, not criteria.

With `yaml: false` the front matter holds no topics: the Markdown body describes each level
under a `## Level N` heading, with a `### Topic` heading per topic and prose or bullets under it.
Levels and topics come from the headings; criteria from the bullets, or from the sentences of
the prose where a topic has no bullets (said in a note).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ImportProblem
from .framework import Builder, Framework, Topic, load_yaml, plain, type_name, whole_number

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_LEVEL = re.compile(r"^\W*level\s*(\d+)\b\W*(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$")
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])")


def read_markdown(text: str, path: Path) -> Framework:
    """A Markdown file whose first line is `---`."""
    start = FRONT_MATTER.match(text)
    assert start is not None  # the caller checked
    close = _CLOSE.search(text, start.end())
    if close is None:
        raise ImportProblem(
            path, "front matter starting on line 1 is not closed by a `---` line", "line 1"
        )
    data = load_yaml(text[start.end() : close.start()], path, 2, "the front matter")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ImportProblem(
            path, f"the front matter must be keys and values, not {type_name(data)}"
        )
    body = text[close.end() :]
    if data.get("yaml") is False:
        return read_headings(data, body, path)
    return read_front_matter(data, path, body)


def _start(data: dict[Any, Any], path: Path) -> Builder:
    builder = Builder(path)
    title = data.get("title")
    if title is not None:
        builder.name = builder.text(title, "the title", "title")
    return builder


# --- topics in the front matter ----------------------------------------------------------------


def read_front_matter(data: dict[Any, Any], path: Path, body: str) -> Framework:
    builder = _start(data, path)
    declared = data.get("levels")
    count = None
    if declared is not None:
        count = whole_number(declared)
        if count is None:
            raise builder.fail(
                f"`levels` must be a whole number (how many levels), not {type_name(declared)}"
            )
        if not 1 <= count <= 20:
            raise builder.fail(f"`levels` is {count}; a framework has 1–20 levels")
        for number in range(1, count + 1):
            builder.add_level(number, "")
    topics = data.get("topics")
    if topics is None:
        raise builder.fail("the front matter has no `topics` (and does not say `yaml: false`)")
    if not isinstance(topics, list):
        raise builder.fail(f"`topics` must be a list, not {type_name(topics)}")
    untitled = skipped = 0
    for index, entry in enumerate(topics, 1):
        if not isinstance(entry, dict):
            raise builder.fail(
                f"must be a topic (name, title, content), not {type_name(entry)}", f"topic {index}"
            )
        topic, titled = _topic(builder, entry, index)
        untitled += not titled
        skipped += _content(builder, topic, entry.get("content"), count)
    if untitled:
        builder.notes.append(
            f"{untitled} topics have no title; their titles were made from their names."
        )
    if skipped:
        builder.notes.append(f"{skipped} empty criteria were skipped.")
    if declared is None:
        builder.notes.append(
            "The file does not say how many levels there are; "
            "the levels are the ones its criteria use."
        )
    if body.strip():
        builder.notes.append(
            "The text after the front matter describes the framework; "
            "it holds no criteria and was not imported."
        )
    return builder.build(path.stem)


def _topic(builder: Builder, entry: dict[Any, Any], index: int) -> tuple[Topic, bool]:
    where = f"topic {index}"
    name, title = entry.get("name"), entry.get("title")
    key = builder.text(name, "the topic's name", where) if name is not None else ""
    text = builder.text(title, "the topic's title", where) if title is not None else ""
    if not key and not text:
        raise builder.fail("has neither a name nor a title", where)
    return builder.add_topic(text, key, where), bool(text)


def _content(builder: Builder, topic: Topic, content: object, count: int | None) -> int:
    """Read a topic's `content` list; the number of empty criteria skipped."""
    if content is None:
        return 0
    where = f"topic “{topic.key}”"
    if not isinstance(content, list):
        raise builder.fail(f"`content` must be a list, not {type_name(content)}", where)
    skipped = 0
    for index, entry in enumerate(content, 1):
        place = f"{where}, content {index}"
        if not isinstance(entry, dict):
            raise builder.fail(f"must be a level's criteria, not {type_name(entry)}", place)
        level = builder.level(entry.get("level"), place)
        if count is not None and level > count:
            raise builder.fail(f"level {level} is beyond the framework's {count} levels", place)
        for text in _list(builder, entry.get("criteria"), "`criteria`", place):
            if text is None:
                skipped += 1
            else:
                builder.add(topic, level, builder.text(text, "a criterion", place), (), place)
        for example in _list(builder, entry.get("exampleCriteria"), "`exampleCriteria`", place):
            if not isinstance(example, dict):
                raise builder.fail(
                    f"`exampleCriteria` items must have `criteria` and `examples`, "
                    f"not be {type_name(example)}",
                    place,
                )
            text = example.get("criteria")
            if text is None or (isinstance(text, str) and not text.strip()):
                skipped += 1
                continue
            examples = tuple(
                builder.text(e, "an example", place)
                for e in _list(builder, example.get("examples"), "`examples`", place)
                if e is not None and str(e).strip()
            )
            builder.add(topic, level, builder.text(text, "a criterion", place), examples, place)
    return skipped


def _list(builder: Builder, value: object, what: str, where: str) -> list[Any]:
    """A list, with blank strings as None; a missing list is empty."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise builder.fail(f"{what} must be a list, not {type_name(value)}", where)
    return [None if v is None or (isinstance(v, str) and not v.strip()) else v for v in value]


# --- levels and topics as headings (`yaml: false`) -----------------------------------------------


@dataclass
class _Group:
    """What is written under one level and one topic."""

    level: int
    topic: Topic
    bullets: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)


def read_headings(data: dict[Any, Any], body: str, path: Path) -> Framework:
    builder = _start(data, path)
    lines = body.splitlines()
    headings = [(i, m) for i, line in enumerate(lines) if (m := _HEADING.match(line))]
    level_depths = [len(m[1]) for _, m in headings if _LEVEL.match(plain(m[2]))]
    if not level_depths:
        raise builder.fail("says `yaml: false` but has no “Level N” headings")
    level_depth = min(level_depths)
    others = Counter(len(m[1]) for _, m in headings if not _LEVEL.match(plain(m[2])))
    deeper = [d for d in others if d > level_depth]
    topic_depth = min(deeper) if deeper else max(others, default=level_depth + 1)
    groups = _walk(builder, lines, level_depth, topic_depth)
    prose_only = 0
    for group in groups:
        place = f"level {group.level}, “{group.topic.title}”"
        texts = group.bullets
        if not texts:
            texts = [s for para in group.prose for s in _SENTENCE_END.split(para) if s.strip()]
            prose_only += bool(texts)
        for text in texts:
            builder.add(group.topic, group.level, builder.text(text, "a criterion", place))
    if prose_only:
        builder.notes.append(
            f"{prose_only} level and topic pairs are described in prose; "
            "each of their sentences became a criterion."
        )
    return builder.build(path.stem)


def _walk(builder: Builder, lines: list[str], level_depth: int, topic_depth: int) -> list[_Group]:
    """Group the body's bullets and paragraphs by the level and topic headings above them."""
    groups: dict[tuple[int, str], _Group] = {}
    level: int | None = None
    topic: Topic | None = None
    paragraph: list[str] = []
    orphans = 0
    general = in_bullet = False

    def target() -> _Group | None:
        nonlocal topic, orphans, general
        if level is None:
            orphans += 1
            return None
        if topic is None:
            topic, general = builder.add_topic("General"), True
        return groups.setdefault((level, topic.key), _Group(level, topic))

    def flush() -> None:
        if paragraph and (group := target()) is not None:
            group.prose.append(" ".join(paragraph))
        paragraph.clear()

    for line in lines:
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        if heading or not line.strip() or _RULE.match(line) or bullet:
            flush()
        if heading:
            in_bullet = False
            depth, text = len(heading[1]), plain(heading[2])
            found = _LEVEL.match(text)
            if found and depth == level_depth:
                level = builder.level(found[1], f"heading “{text}”")
                builder.add_level(level, found[2].strip())
                topic = None if level_depth < topic_depth else topic
            elif depth == topic_depth:
                topic = builder.add_topic(text, where=f"heading “{text}”")
                level = None if topic_depth < level_depth else level
        elif bullet:
            group = target()
            in_bullet = group is not None
            if group is not None:
                group.bullets.append(plain(bullet[1]))
        elif not line.strip() or _RULE.match(line):
            in_bullet = False
        elif in_bullet and line[:1] in " \t" and (group := target()) is not None:
            group.bullets[-1] = plain(f"{group.bullets[-1]} {line}")
        else:
            in_bullet = False
            paragraph.append(line.strip())
    flush()
    if orphans:
        builder.notes.append("Some text before the first level heading was not imported.")
    if general:
        builder.notes.append("Text under a level but no topic heading is in the topic “General”.")
    return [g for g in groups.values() if g.bullets or g.prose]
