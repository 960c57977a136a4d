"""Progression frameworks (career ladders: levels x topics x criteria), read without trusting them.

Three shapes are read, told apart by their content rather than their name:

- Monzo's Markdown with YAML front matter (`framework_monzo`), including its `yaml: false`
  variant that describes each level in Markdown headings;
- our own hand-written YAML (a `framework:` key) and CSV (`framework,level,...` header)
  (`framework_own`).

Every refusal is one `ImportProblem` line. YAML is parsed with the safe loader only, after an
event scan that refuses anchors and aliases (billion laughs) and more than `MAX_YAML_NODES`
values. What the reader had to approximate or skip is returned in `Framework.notes`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ImportProblem
from .safety import read_text

MAX_FRAMEWORK_BYTES = 2 * 1024 * 1024
MAX_LEVEL = 20
MAX_TOPICS = 200
MAX_CRITERIA = 5_000
MAX_TEXT = 500  # a criterion's or an example's characters
MAX_YAML_NODES = 20_000
MAX_YAML_DEPTH = 32  # our formats nest 5 deep
SIMILAR = 0.6  # difflib ratio at which an edited criterion counts as the same one, changed
# libyaml's safe loader where PyYAML was built with it (about 15x faster), else the pure one.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_PAIRS = 10_000  # per topic and level: larger groups are not matched by similarity


@dataclass(frozen=True)
class Criterion:
    topic: str  # the topic's key
    level: int
    text: str
    examples: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable across re-imports while the wording is unchanged apart from case, spacing,
        punctuation and emoji."""
        return f"{self.topic}:{self.level}:{normalise(self.text)}"


@dataclass(frozen=True)
class Level:
    number: int
    name: str = ""  # "" when the framework gives none


@dataclass(frozen=True)
class Topic:
    key: str
    title: str


@dataclass(frozen=True)
class Framework:
    name: str
    source: str  # the file's name
    levels: tuple[Level, ...]
    topics: tuple[Topic, ...]
    criteria: tuple[Criterion, ...]
    notes: tuple[str, ...] = ()

    def criteria_at(self, level: int) -> list[Criterion]:
        return [c for c in self.criteria if c.level == level]

    def topics_at(self, level: int) -> list[Topic]:
        """The topics with at least one criterion at `level`, in the framework's order."""
        keys = {c.topic for c in self.criteria if c.level == level}
        return [t for t in self.topics if t.key in keys]

    def topic(self, key: str) -> Topic | None:
        return next((t for t in self.topics if t.key == key), None)


@dataclass(frozen=True)
class FrameworkDiff:
    """What re-importing a framework changes, criterion by criterion.

    `changed` pairs (old, new) a criterion whose wording was edited (same topic and level,
    similar text) with its new version: whatever hangs off `old.key` should move to `new.key`.
    `unchanged` holds the new versions of criteria whose key did not change.
    """

    added: tuple[Criterion, ...]
    changed: tuple[tuple[Criterion, Criterion], ...]
    removed: tuple[Criterion, ...]
    unchanged: tuple[Criterion, ...]

    @property
    def key_map(self) -> dict[str, str]:
        """Old key -> new key for every criterion that survives the re-import."""
        mapping = {c.key: c.key for c in self.unchanged}
        mapping.update((old.key, new.key) for old, new in self.changed)
        return mapping


# --- text --------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Case-, space-, punctuation- and emoji-insensitive: letters and digits only, casefolded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def slug(text: str) -> str:
    """`🛠️ Mastery - Data Science` -> `mastery-data-science` ("" when nothing is left)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = "".join(ch if unicodedata.category(ch)[0] in "LN" else " " for ch in folded).split()
    return "-".join(words)


_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`\n]+)`")
_SPACE = re.compile(r"\s+")


def plain(text: str) -> str:
    """Markdown inline markup made plain: links as `text (url)`, no bold or code marks,
    whitespace collapsed. Criteria are shown as plain text."""
    text = _LINK.sub(lambda m: f"{m[1]} ({m[2]})", text)
    text = _STRONG.sub(r"\2", text)
    text = _CODE.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


def title_text(text: str) -> str:
    """A name or title without the emoji and symbols around it ("🛠️ Mastery" -> "Mastery"):
    they carry no meaning a rubric needs, and many systems draw them as empty boxes."""
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]) in _DECORATION:
        start += 1
    while end > start and unicodedata.category(text[end - 1]) in _DECORATION:
        end -= 1
    return text[start:end] or text.strip()


# Pictographs, their modifiers, joiners and variation selectors, and spaces.
_DECORATION = frozenset({"So", "Sk", "Cf", "Mn", "Me", "Zs", "Cc"})


def clip(text: str, limit: int = 60) -> str:
    """A short quote of `text` for a message."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- YAML ----------------------------------------------------------------------------------------


def load_yaml(text: str, source: Path, first_line: int = 1, what: str = "YAML") -> Any:
    """`yaml.safe_load` after a scan that refuses anchors, aliases and oversized documents.

    `first_line` is the file line the text starts on (front matter starts on line 2), so that
    a syntax error names the line in the file.
    """
    nodes = depth = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                mark = event.start_mark
                line = (mark.line if mark is not None else 0) + first_line
                raise ImportProblem(
                    source,
                    f"{what} uses anchors or aliases (& or *), which are not accepted",
                    f"line {line}",
                )
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_YAML_NODES:
                    raise ImportProblem(source, f"{what} has more than {MAX_YAML_NODES:,} values")
            # Stop deep nesting early: PyYAML's scanner slows quadratically with it.
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise ImportProblem(
                        source, f"{what} nests deeper than {MAX_YAML_DEPTH} levels: not a framework"
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f"line {mark.line + first_line}" if mark is not None else ""
        raise ImportProblem(source, f"{what} is not valid: {problem}", where) from exc
    except RecursionError as exc:  # pragma: no cover - the depth scan stops this first
        raise ImportProblem(source, f"{what} nests too deeply") from exc


def type_name(value: object) -> str:
    names = {str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list"}
    if value is None:
        return "empty"
    return names.get(type(value), "a mapping" if isinstance(value, dict) else type(value).__name__)


def whole_number(value: object) -> int | None:
    """An int (not a bool), or a string of digits; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


# --- building ------------------------------------------------------------------------------------


@dataclass
class Builder:
    """Collects a framework while a reader walks a file, enforcing the limits as it goes."""

    source: Path
    name: str = ""
    levels: dict[int, str] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    criteria: dict[str, Criterion] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    duplicates: int = 0

    def fail(self, problem: str, where: str = "") -> ImportProblem:
        return ImportProblem(self.source, problem, where)

    def level(self, value: object, where: str) -> int:
        number = whole_number(value)
        if number is None:
            raise self.fail(f"level must be a whole number, not {type_name(value)}", where)
        if not 1 <= number <= MAX_LEVEL:
            raise self.fail(f"level {number} is outside 1–{MAX_LEVEL}", where)
        return number

    def add_level(self, number: int, name: str, where: str = "") -> None:
        if number not in self.levels and len(self.levels) >= MAX_LEVEL:
            raise self.fail(f"has more than {MAX_LEVEL} levels", where)
        if name or number not in self.levels:
            self.levels[number] = name

    def add_topic(self, title: str, key: str = "", where: str = "") -> Topic:
        """The topic with this key (or the slug of its title), added on first sight."""
        key = slug(key) if key else slug(title)
        if not key:
            key = f"topic-{len(self.topics) + 1}"
        if key in self.topics:
            return self.topics[key]
        if len(self.topics) >= MAX_TOPICS:
            raise self.fail(f"has more than {MAX_TOPICS} topics", where)
        topic = Topic(key, title_text(title) or key.replace("-", " ").capitalize())
        self.topics[key] = topic
        return topic

    def text(self, value: object, what: str, where: str) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{what} must be text, not {type_name(value)}", where)
        text = plain(str(value))
        try:
            text.encode("utf-8")  # YAML can spell a lone surrogate ("\\ud800"); no store holds one
        except UnicodeEncodeError as exc:
            raise self.fail(f"{what} contains an invalid character", where) from exc
        if len(text) > MAX_TEXT:
            raise self.fail(
                f"{what} “{clip(text)}” is {len(text)} characters; at most {MAX_TEXT}", where
            )
        return text

    def add(
        self, topic: Topic, level: int, text: str, examples: tuple[str, ...] = (), where: str = ""
    ) -> None:
        """One criterion; a repeat of one already read (same key) is dropped and counted."""
        criterion = Criterion(topic.key, level, text, examples)
        if criterion.key in self.criteria:
            self.duplicates += 1
            return
        if len(self.criteria) >= MAX_CRITERIA:
            raise self.fail(f"has more than {MAX_CRITERIA:,} criteria", where)
        self.criteria[criterion.key] = criterion

    def build(self, fallback_name: str) -> Framework:
        if not self.criteria:
            raise self.fail("has no criteria: nothing to import")
        used = {c.level for c in self.criteria.values()}
        for number in sorted(used - set(self.levels)):
            self.add_level(number, "")
        notes = list(self.notes)
        if not self.name:
            self.name = fallback_name
            notes.insert(0, f"The framework has no name; it is called “{fallback_name}”.")
        if self.duplicates:
            notes.append(f"{self.duplicates} repeated criteria were read once.")
        notes.extend(self._gaps())
        return Framework(
            name=title_text(self.name),
            source=self.source.name,
            levels=tuple(Level(n, self.levels[n]) for n in sorted(self.levels)),
            topics=tuple(t for t in self.topics.values() if self._has_criteria(t)),
            criteria=tuple(self.criteria.values()),
            notes=tuple(notes),
        )

    def _has_criteria(self, topic: Topic) -> bool:
        return any(c.topic == topic.key for c in self.criteria.values())

    def _gaps(self) -> list[str]:
        """A line per topic that skips some levels, and per level with no criteria at all."""
        notes: list[str] = []
        by_topic: dict[str, set[int]] = {}
        for c in self.criteria.values():
            by_topic.setdefault(c.topic, set()).add(c.level)
        for topic in self.topics.values():
            if topic.key not in by_topic:
                notes.append(f"Topic “{topic.title}” has no criteria and was left out.")
                continue
            missing = sorted(set(self.levels) - by_topic[topic.key])
            if missing:
                listed = ", ".join(map(str, missing))
                notes.append(f"Topic “{topic.title}” has no criteria at level {listed}.")
        empty = sorted(set(self.levels) - {c.level for c in self.criteria.values()})
        if empty:
            notes.append(f"No criteria at level {', '.join(map(str, empty))}.")
        return notes


# --- reading and comparing ---------------------------------------------------------------------


def read_framework(path: Path) -> Framework:
    """Read a framework file in any of the supported shapes; `ImportProblem` when it cannot be."""
    from . import framework_monzo, framework_own  # they build on this module

    text = read_text(path, MAX_FRAMEWORK_BYTES)
    if framework_monzo.FRONT_MATTER.match(text):
        return framework_monzo.read_markdown(text, path)
    if framework_own.looks_like_csv(text, path):
        return framework_own.read_csv(text, path)
    if not text.strip():
        raise ImportProblem(path, "is empty")
    # Markdown without front matter is not YAML: say what is expected, not a YAML error.
    data = None if path.suffix.casefold() in _MARKDOWN else load_yaml(text, path)
    if isinstance(data, dict) and "framework" in data:
        return framework_own.read_yaml(data, path)
    if isinstance(data, dict) and "topics" in data:  # Monzo's front matter saved on its own
        return framework_monzo.read_front_matter(data, path, body="")
    raise ImportProblem(
        path,
        "is not a progression framework: expected Markdown with YAML front matter (Monzo), "
        "YAML with a `framework:` key, or CSV with a framework,level,... header",
    )


_MARKDOWN = {".md", ".markdown", ".mdown", ".txt"}


def diff(old: Framework, new: Framework) -> FrameworkDiff:
    """Compare two imports of a framework criterion by criterion.

    Same key: unchanged. Otherwise, within one topic and level, an old and a new criterion
    whose texts are at least `SIMILAR` alike (difflib ratio, best pairs first) are one
    criterion, changed; what is left is removed (old) or added (new).
    """
    old_by_key = {c.key: c for c in old.criteria}
    new_keys = {c.key for c in new.criteria}
    unchanged = tuple(c for c in new.criteria if c.key in old_by_key)
    gone = [c for c in old.criteria if c.key not in new_keys]
    fresh = [c for c in new.criteria if c.key not in old_by_key]
    pairs: list[tuple[Criterion, Criterion]] = []
    for group in {(c.topic, c.level) for c in gone}:
        olds = [c for c in gone if (c.topic, c.level) == group]
        news = [c for c in fresh if (c.topic, c.level) == group]
        pairs.extend(_match(olds, news))
    matched_old = {id(o) for o, _ in pairs}
    matched_new = {id(n) for _, n in pairs}
    order = {c.key: i for i, c in enumerate(new.criteria)}
    pairs.sort(key=lambda p: order[p[1].key])
    return FrameworkDiff(
        added=tuple(c for c in fresh if id(c) not in matched_new),
        changed=tuple(pairs),
        removed=tuple(c for c in gone if id(c) not in matched_old),
        unchanged=unchanged,
    )


def _match(olds: list[Criterion], news: list[Criterion]) -> list[tuple[Criterion, Criterion]]:
    if not olds or not news or len(olds) * len(news) > _MAX_PAIRS:
        return []
    scored: list[tuple[float, int, int]] = []
    for i, o in enumerate(olds):
        matcher = difflib.SequenceMatcher(None, b=o.text.casefold(), autojunk=False)
        for j, n in enumerate(news):
            matcher.set_seq1(n.text.casefold())
            if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR:
                ratio = matcher.ratio()
                if ratio >= SIMILAR:
                    scored.append((ratio, i, j))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[Criterion, Criterion]] = []
    for _, i, j in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((olds[i], news[j]))
    return pairs


__all__ = [
    "Criterion",
    "Framework",
    "FrameworkDiff",
    "Level",
    "Topic",
    "diff",
    "normalise",
    "read_framework",
]
