"""Our own framework formats, for a user to write by hand (see docs/frameworks.md).

YAML::

    framework: Acme Engineering
    levels: [{level: 1, name: Engineer I}, {level: 2, name: Engineer II}]
    topics:
      - topic: Delivery
        criteria:
          - {level: 1, criterion: Ships small changes with help, examples: [...]}

CSV with the header `framework,level,level_name,topic,criterion,examples`, one criterion a row,
examples separated by `|`.

Both are read strictly: a wrong type, a level outside `levels`, an empty criterion or a row
with too many cells is refused with its place; unknown keys and columns are noted and ignored.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from .framework import Builder, Framework, type_name

CSV_HEADER = ("framework", "level", "level_name", "topic", "criterion", "examples")
_REQUIRED = ("framework", "level", "topic", "criterion")
_TOP_KEYS = {"framework", "levels", "topics"}
_TOPIC_KEYS = {"topic", "name", "criteria"}
_CRITERION_KEYS = {"level", "criterion", "examples"}


# --- YAML ---------------------------------------------------------------------------------------


def read_yaml(data: dict[Any, Any], path: Path) -> Framework:
    builder = Builder(path)
    builder.name = _required_text(builder, data.get("framework"), "`framework` (its name)", "")
    _unknown(builder, data, _TOP_KEYS, "the file")
    declared = _levels(builder, data.get("levels"))
    topics = data.get("topics")
    if topics is None:
        raise builder.fail("has no `topics`")
    if not isinstance(topics, list):
        raise builder.fail(f"`topics` must be a list, not {type_name(topics)}")
    for index, entry in enumerate(topics, 1):
        where = f"topic {index}"
        if not isinstance(entry, dict):
            raise builder.fail(
                f"must have `topic` and `criteria`, not be {type_name(entry)}", where
            )
        title = _required_text(builder, entry.get("topic"), "`topic` (its title)", where)
        name = entry.get("name")
        key = builder.text(name, "`name`", where) if name is not None else ""
        topic = builder.add_topic(title, key, where)
        _unknown(builder, entry, _TOPIC_KEYS, f"topic “{title}”")
        criteria = entry.get("criteria")
        if not isinstance(criteria, list):
            raise builder.fail(
                f"`criteria` must be a list, not {type_name(criteria)}", f"topic “{title}”"
            )
        for number, item in enumerate(criteria, 1):
            place = f"topic “{title}”, criterion {number}"
            if not isinstance(item, dict):
                raise builder.fail(
                    f"must have `level` and `criterion`, not be {type_name(item)}", place
                )
            _unknown(builder, item, _CRITERION_KEYS, place)
            level = builder.level(item.get("level"), place)
            if declared and level not in declared:
                raise builder.fail(f"level {level} is not one of the `levels`", place)
            text = _required_text(builder, item.get("criterion"), "`criterion`", place)
            builder.add(topic, level, text, _examples(builder, item.get("examples"), place), place)
    return builder.build(path.stem)


def _levels(builder: Builder, value: object) -> set[int]:
    """Declare the `levels` (a list of {level, name} or of numbers, or a count)."""
    if value is None:
        return set()
    if isinstance(value, int) and not isinstance(value, bool):
        numbers = list(range(1, builder.level(value, "`levels`") + 1))
        for number in numbers:
            builder.add_level(number, "")
        return set(numbers)
    if not isinstance(value, list):
        raise builder.fail(f"`levels` must be a list, not {type_name(value)}")
    for index, entry in enumerate(value, 1):
        where = f"level {index}"
        name = ""
        if isinstance(entry, dict):
            _unknown(builder, entry, {"level", "name"}, where)
            number = builder.level(entry.get("level"), where)
            if entry.get("name") is not None:
                name = builder.text(entry["name"], "the level's name", where)
        else:
            number = builder.level(entry, where)
        if number in builder.levels:
            raise builder.fail(f"level {number} is listed twice", where)
        builder.add_level(number, name, where)
    return set(builder.levels)


def _examples(builder: Builder, value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    texts = (builder.text(item, "an example", where) for item in items if item is not None)
    return tuple(text for text in texts if text)


def _required_text(builder: Builder, value: object, what: str, where: str) -> str:
    if value is None:
        raise builder.fail(f"has no {what}", where)
    text = builder.text(value, what, where)
    if not text:
        raise builder.fail(f"{what} is empty", where)
    return text


def _unknown(builder: Builder, data: dict[Any, Any], known: set[str], where: str) -> None:
    extra = sorted(str(key) for key in data if key not in known)
    if extra:
        listed = ", ".join(extra[:5]) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
        builder.notes.append(f"In {where}, unknown keys were ignored: {listed}.")


# --- CSV ------------------------------------------------------------------------------------------


def looks_like_csv(text: str, path: Path) -> bool:
    """A `.csv` file, or one whose first line is a header naming framework and criterion."""
    if path.suffix.casefold() == ".csv":
        return True
    first = next((line for line in text.splitlines() if line.strip()), "")
    cells = {cell.strip().strip('"').casefold() for cell in first.split(",")}
    return {"framework", "criterion"} <= cells


def read_csv(text: str, path: Path) -> Framework:
    builder = Builder(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
        if header is None:
            raise builder.fail("is empty")
        columns = {cell.strip().casefold(): i for i, cell in enumerate(header)}
        missing = [name for name in _REQUIRED if name not in columns]
        if missing:
            raise builder.fail(
                f"the header must name the columns {','.join(CSV_HEADER)}; "
                f"missing: {', '.join(missing)}",
                f"line {reader.line_num}",
            )
        extra = sorted(set(columns) - set(CSV_HEADER))
        if extra:
            builder.notes.append(f"Unknown columns were ignored: {', '.join(extra)}.")
        for row in reader:
            if any(cell.strip() for cell in row):
                _row(builder, row, columns, len(header), f"line {reader.line_num}")
    except csv.Error as exc:
        raise builder.fail(f"is not valid CSV: {exc}", f"line {reader.line_num}") from exc
    return builder.build(path.stem)


def _row(builder: Builder, row: list[str], columns: dict[str, int], width: int, where: str) -> None:
    if len(row) > width:
        raise builder.fail(
            f"has {len(row)} cells but the header has {width}; put text with commas in quotes",
            where,
        )

    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = builder.text(cell("framework"), "the framework's name", where)
    if name and builder.name and name != builder.name:
        raise builder.fail(f"names the framework “{name}”, earlier rows “{builder.name}”", where)
    builder.name = builder.name or name
    level = builder.level(cell("level"), where)
    level_name = builder.text(cell("level_name"), "the level's name", where)
    known = builder.levels.get(level, "")
    if level_name and known and level_name != known:
        raise builder.fail(f"calls level {level} “{level_name}”, earlier rows “{known}”", where)
    builder.add_level(level, level_name or known, where)
    title = builder.text(cell("topic"), "the topic", where)
    if not title:
        raise builder.fail("has no topic", where)
    text = builder.text(cell("criterion"), "the criterion", where)
    if not text:
        raise builder.fail("has no criterion", where)
    examples = tuple(
        builder.text(e, "an example", where) for e in cell("examples").split("|") if e.strip()
    )
    builder.add(builder.add_topic(title, where=where), level, text, examples, where)
