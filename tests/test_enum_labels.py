"""Enum labels live in one table (`domain/labels.py`): complete, extracted for translation, and
nowhere else."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
from enum import Enum
from pathlib import Path
from types import ModuleType

import pytest

from careerjournal.domain import enums
from careerjournal.domain.enums import AssessmentSource, EntryKind, GoalStatus, MoveKind
from careerjournal.domain.labels import TABLES, Form, disambiguation, label

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "careerjournal"
LABELS = SRC / "domain" / "labels.py"

#: Modules (or folders, ending in "/") being reworked meanwhile that still carry their own copy;
#: each should call `label()` (CLI, reports) or `ui.formatting.enum_label()` (UI), then leave.
PENDING: dict[str, str] = {}


def _pending(rel: str) -> str | None:
    return next((p for p in PENDING if rel == p or (p.endswith("/") and rel.startswith(p))), None)


#: Modules whose enum-keyed sentences are data, not labels.
#: The sample career's entry titles and notes.
NOT_LABELS = {"services/demo_data.py", "services/demo_career.py", "services/demo_goals.py"}

ENGLISH = re.compile(r"^[A-Z][A-Za-z]")  # "Promotion", "SFIA"; not "#930000", "o", "e.g. …"
TRANSLATING = {"tr", "_tr", "translate"}


def domain_enums() -> list[type[Enum]]:
    return [
        cls
        for _, cls in inspect.getmembers(enums, inspect.isclass)
        if issubclass(cls, Enum) and cls.__module__ == enums.__name__
    ]


def test_every_member_of_every_enum_has_a_label() -> None:
    found = domain_enums()
    assert EntryKind in found
    assert len(found) >= 7
    for enum in found:
        for member in enum:
            word = label(member)
            assert word, (enum.__name__, member)
            assert word == word.strip(), (enum.__name__, member)


def test_every_table_covers_its_whole_enum_and_nothing_else() -> None:
    for (enum, form), table in TABLES.items():
        assert set(table) == set(enum), (enum.__name__, form)
        assert all(isinstance(word, str) and word for word in table.values())
    assert {enum for enum, _ in TABLES} == set(domain_enums())


def test_forms() -> None:
    assert label(EntryKind.PROJECT) == "Project"
    assert label(EntryKind.PROJECT, Form.PLURAL) == "Projects"
    assert label(EntryKind.RESPONSIBILITY, Form.PLURAL) == "Responsibilities"
    assert label(MoveKind.LATERAL) == "Lateral move"
    assert label(MoveKind.LATERAL, Form.SHORT) == "Lateral"
    assert label(AssessmentSource.MANAGER, Form.LONG) == "Manager's assessment"
    # A short or long form an enum lacks is its name; a missing plural is an error, not a
    # singular that reads wrong.
    assert label(GoalStatus.ACHIEVED, Form.SHORT) == "Achieved"
    assert disambiguation(GoalStatus.ACHIEVED, Form.SHORT) == "GoalStatus"
    with pytest.raises(KeyError, match="plural label for GoalStatus"):
        label(GoalStatus.ACHIEVED, Form.PLURAL)
    with pytest.raises(TypeError):
        label("project")  # type: ignore[arg-type]


def test_equal_words_of_different_enums_are_told_apart_for_translators() -> None:
    assert label(EntryKind.PROMOTION) == label(MoveKind.PROMOTION)
    keys = {(label(m, form), disambiguation(m, form)) for (enum, form) in TABLES for m in enum}
    assert len(keys) == sum(len(table) for table in TABLES.values())
    assert disambiguation(EntryKind.PROJECT, Form.PLURAL) == "EntryKind plural"


# -- the catalogue extraction (packaging/update_translations.py) -----------------------------


def update_translations() -> ModuleType:
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations_under_test", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extraction_finds_every_label_as_it_is_looked_up() -> None:
    """What the catalogue gets is exactly what `enum_label` asks the translator for."""
    found = update_translations().label_messages(LABELS)
    extracted = {(context, text, comment) for context, text, comment, _ in found}
    looked_up = {
        ("labels", label(m, form), disambiguation(m, form)) for (enum, form) in TABLES for m in enum
    }
    assert extracted == looked_up
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    for _, text, _, line in found:
        assert repr(text)[1:-1] in lines[line - 1] or text in lines[line - 1]


def test_extraction_refuses_a_label_it_cannot_read(tmp_path: Path) -> None:
    bad = tmp_path / "labels.py"
    bad.write_text(
        "WORDS = {Colour.RED: 'Red', Colour.BLUE: blue()}\nTABLES = {(Colour, Form.NAME): WORDS}\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match="plain string"):
        update_translations().label_messages(bad)


def test_extraction_reads_a_small_table(tmp_path: Path) -> None:
    small = tmp_path / "labels.py"
    small.write_text(
        "WORDS: dict = {Colour.RED: 'Red'}\n"
        "PLURALS = {Colour.RED: 'Reds'}\n"
        "TABLES = {(Colour, Form.NAME): WORDS, (Colour, Form.PLURAL): PLURALS}\n",
        encoding="utf-8",
    )
    assert update_translations().label_messages(small) == [
        ("labels", "Red", "Colour", 1),
        ("labels", "Reds", "Colour plural", 2),
    ]


# -- no copies elsewhere ---------------------------------------------------------------------


def _member(node: ast.expr | None, names: set[str]) -> bool:
    """`EntryKind.PROJECT` (or `enums.EntryKind.PROJECT`) for a domain enum."""
    if not isinstance(node, ast.Attribute):
        return False
    owner = node.value
    name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
    return name in names


def _english(node: ast.expr | None) -> bool:
    """An English word: a literal, or a literal handed to tr()/translate()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(ENGLISH.match(node.value))
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in TRANSLATING and any(_english(arg) for arg in node.args)
    return False


def word_tables(source: str, names: set[str]) -> list[int]:
    """Lines of dicts (and (member, word) pairs) that map a domain enum member to a word."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            pairs = zip(node.keys, node.values, strict=True)
            if any(_member(k, names) and _english(v) for k, v in pairs):
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Tuple)
            and len(node.elts) >= 2
            and _member(node.elts[0], names)
            and _english(node.elts[1])
        ):
            lines.append(node.lineno)
    return lines


def test_the_scan_sees_a_copy() -> None:
    names = {e.__name__ for e in domain_enums()}
    copies = (
        "A = {EntryKind.SKILL: 'Skill'}\n"
        "def f(self):\n    return {MoveKind.LATERAL: self.tr('Lateral move')}\n"
        "B = ((GoalStatus.ACTIVE, 'Active'),)\n"
    )
    assert word_tables(copies, names) == [1, 3, 4]
    fine = (
        "C = {EntryKind.SKILL: '#003dba'}\nD = {MoveKind.FIRST: 'o'}\n"
        "E = {GoalKind.SKILL: self.tr('e.g. Reach Expert')}\nF = {EntryKind.SKILL: label(x)}\n"
    )
    assert word_tables(fine, names) == []


def test_no_other_module_has_its_own_enum_words() -> None:
    names = {e.__name__ for e in domain_enums()}
    offenders, still_pending = [], []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if path == LABELS or "migrations" in path.parts or rel in NOT_LABELS:
            continue
        lines = word_tables(path.read_text(encoding="utf-8"), names)
        pending = _pending(rel)
        if lines and pending is None:
            offenders += [f"{rel}:{line}" for line in lines]
        elif lines:
            still_pending.append(pending)
    assert not offenders, "use domain.labels.label() or ui.formatting.enum_label():\n" + "\n".join(
        offenders
    )
    done = sorted(set(PENDING) - set(still_pending))
    assert not done, f"no copy left in {done}: take them off PENDING"
