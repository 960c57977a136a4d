"""Regenerate the translation catalogue and compile it: `python packaging/update_translations.py`.

1. `pyside6-lupdate` extracts every `tr()` / `translate()` string from `src/careerjournal/ui`.
2. lupdate cannot see through module helpers (`def _tr(text): return translate("areas", text)`)
   and files `tr = self.tr` / `tr = QCoreApplication.translate` aliases under an empty context;
   those calls are found with `ast` and filed under the context they use at run time. The enum
   labels (`domain/labels.py`, translated by `ui.formatting.enum_label`) are read the same way
   and filed under the context "labels", each with its disambiguation ("EntryKind plural").
3. Translations already in the catalogue are kept; `SEED_TRANSLATIONS` fills in a handful so the
   loading can be seen. The result is written as `careerjournal_<lang>.ts` and compiled with
   `pyside6-lrelease` to the `.qm` next to it.
4. English, the source language, gets a plural-only catalogue (`careerjournal_en.ts`, the Qt way
   for `tr("%n entries", "", n)`): each new `%n` message is seeded with a singular made by simple
   English rules ("%n entries" -> "%n entry"); correct a seed by editing the `.ts`, which is kept.

Running it twice changes nothing (the output depends only on the sources and the catalogue).
"""

from __future__ import annotations

import ast
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "src" / "careerjournal" / "ui"
LABELS_FILE = ROOT / "src" / "careerjournal" / "domain" / "labels.py"
SCALES_FILE = ROOT / "src" / "careerjournal" / "domain" / "scales.py"
LABELS_CONTEXT = "labels"  # the context `ui.formatting.enum_label` translates under
TRANSLATIONS_DIR = ROOT / "src" / "careerjournal" / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "en": "en_US"}
PLURAL_ONLY = {"en"}  # the source language: only its %n messages need forms

# A few German translations so the catalogue visibly works; the rest stays "unfinished".
SEED_TRANSLATIONS: dict[str, dict[tuple[str, str], str]] = {
    "de": {
        ("areas", "Journal"): "Journal",
        ("areas", "Timeline"): "Zeitleiste",
        ("areas", "Skills"): "Fähigkeiten",
        ("areas", "Goals"): "Ziele",
        ("areas", "Insights"): "Erkenntnisse",
        ("areas", "Summary"): "Zusammenfassung",
        ("MainWindow", "&File"): "&Datei",
        ("MainWindow", "&Edit"): "&Bearbeiten",
        ("MainWindow", "&View"): "&Ansicht",
        ("MainWindow", "&Help"): "&Hilfe",
        ("MainWindow", "&Theme"): "&Design",
        ("MainWindow", "&Recent Journals"): "&Zuletzt geöffnete Journale",
        ("MainWindow", "&Light"): "&Hell",
        ("MainWindow", "&Dark"): "&Dunkel",
        ("MainWindow", "&New Entry…"): "&Neuer Eintrag…",
        ("MainWindow", "&Quit"): "B&eenden",
        ("MainWindow", "&Preferences…"): "&Einstellungen…",
        ("MainWindow", "&Find…"): "&Suchen…",
    }
}


def _tool(name: str) -> str:
    """The Qt tool next to the running interpreter (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def _source_files() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _helpers(tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """The module-level helpers that wrap `QCoreApplication.translate("ctx", text[, n])`: name ->
    context, with local aliases (`t = _tr`) too; and the names of those that pass a count `n`."""
    helpers: dict[str, str] = {}
    counting: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "translate"
                    and sub.args
                    and isinstance(sub.args[0], ast.Constant)
                    and isinstance(sub.args[0].value, str)
                ):
                    helpers[node.name] = sub.args[0].value
                    if len(sub.args) >= 4 and not isinstance(sub.args[3], ast.Constant):
                        counting.add(node.name)
    for sub in ast.walk(tree):
        if (
            isinstance(sub, ast.Assign)
            and len(sub.targets) == 1
            and isinstance(sub.targets[0], ast.Name)
            and isinstance(sub.value, ast.Name)
            and sub.value.id in helpers
        ):
            helpers[sub.targets[0].id] = helpers[sub.value.id]
            if sub.value.id in counting:
                counting.add(sub.targets[0].id)
    return helpers, counting


def _helper_calls(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) for the calls lupdate misses or misplaces.

    - `_tr("...")` where a module-level helper returns `QCoreApplication.translate("ctx", text)`;
    - `tr("...")` where a method aliased `tr = self.tr` (the enclosing class is the context);
    - `tr("ctx", "...")` where a function aliased `tr = QCoreApplication.translate`.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers, _counting = _helpers(tree)
    found: list[tuple[str, str, int]] = []

    def literal(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "translate"
                and len(child.args) >= 2
            ):  # lupdate drops translate(ctx, text, "", n) when n is not a plain name (p.count)
                context, text = literal(child.args[0]), literal(child.args[1])
                if context is not None and text is not None:
                    found.append((context, text, child.args[1].lineno))
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.args:
                name = child.func.id
                texts = [literal(a) for a in child.args]
                line = child.args[0].lineno
                if name in helpers and texts[0] is not None:
                    found.append((helpers[name], texts[0], line))
                elif name == "tr" and len(texts) >= 2 and None not in texts[:2] and cls is None:
                    found.append((texts[0], texts[1], line))  # type: ignore[arg-type]
                elif name == "tr" and cls and texts[0] is not None:
                    found.append((cls, texts[0], line))
            visit(child, inner)

    visit(tree, None)
    return found


def _counted_messages() -> set[tuple[str, str]]:
    """(context, text) of every `translate(ctx, text, "", n)` / `self.tr(text, "", n)` call: a
    plural (numerus) message, which lupdate does not mark for translate()."""
    counted: set[tuple[str, str]] = set()

    def literal(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    for path in _source_files():
        tree = ast.parse(path.read_text("utf-8"))
        helpers, counting = _helpers(tree)
        classes: list[tuple[str | None, ast.AST]] = [(None, tree)]
        while classes:
            cls, node = classes.pop()
            for child in ast.iter_child_nodes(node):
                classes.append((child.name if isinstance(child, ast.ClassDef) else cls, child))
                if not isinstance(child, ast.Call):
                    continue
                args, func = child.args, child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "translate" and len(args) >= 4:
                    context, text = literal(args[0]), literal(args[1])
                elif name == "tr" and isinstance(func, ast.Attribute) and cls and len(args) >= 3:
                    context, text = cls, literal(args[0])
                elif name in counting and len(args) >= 2:  # `_tr(text, n)`
                    context, text = helpers[name], literal(args[0])
                else:
                    continue
                if context is not None and text is not None:
                    counted.add((context, text))
    return counted


def scale_messages(path: Path = SCALES_FILE) -> list[tuple[str, str, str, int]]:
    """(context "scales", level name, "", line) of every `*_LEVELS` tuple in `domain/scales.py`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str, str, int]] = []
    for node in tree.body:
        if not isinstance(node, ast.AnnAssign | ast.Assign):
            continue
        target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
        if not (isinstance(target, ast.Name) and target.id.endswith("_LEVELS")):
            continue
        if isinstance(node.value, ast.Tuple):
            for element in node.value.elts:
                if isinstance(element, ast.Constant) and isinstance(element.value, str):
                    found.append(("scales", element.value, "", element.lineno))
    return found


def label_messages(path: Path = LABELS_FILE) -> list[tuple[str, str, str, int]]:
    """(context, text, comment, line) of every enum label in `domain/labels.py`.

    `TABLES = {(EntryKind, Form.PLURAL): ENTRY_KIND_PLURAL, ...}` names each table with its enum
    and form; the comment is what `labels.disambiguation` returns at run time: the enum's name,
    then the form unless it is the name ("EntryKind", "EntryKind plural").
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tables: dict[str, ast.Dict] = {}
    registry: ast.Dict | None = None
    for node in tree.body:
        target: ast.expr
        value: ast.expr | None
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict):
            if target.id == "TABLES":
                registry = value
            else:
                tables[target.id] = value
    if registry is None:
        raise SystemExit(f"{path}: no TABLES")
    found: list[tuple[str, str, str, int]] = []
    for key, value in zip(registry.keys, registry.values, strict=True):
        if not (
            isinstance(key, ast.Tuple)
            and len(key.elts) == 2
            and isinstance(key.elts[0], ast.Name)
            and isinstance(key.elts[1], ast.Attribute)
            and isinstance(value, ast.Name)
            and value.id in tables
        ):
            raise SystemExit(f"{path}:{getattr(key, 'lineno', '?')}: TABLES entry not understood")
        enum, form = key.elts[0].id, key.elts[1].attr.lower()
        comment = enum if form == "name" else f"{enum} {form}"
        for text in tables[value.id].values:
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                raise SystemExit(f"{path}:{text.lineno}: a label must be a plain string")
            found.append((LABELS_CONTEXT, text.value, comment, text.lineno))
    return found


def _extract(lang: str) -> ET.Element:
    """Run lupdate into a scratch catalogue and return its parsed root."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in _source_files()) + "\n", encoding="utf-8")
        ts = Path(tmp) / f"scratch_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                *(["-pluralonly"] if lang in PLURAL_ONLY else []),
                "-locations",
                "absolute",
                f"@{listing}",
                "-target-language",
                LANGUAGES[lang],
                "-ts",
                str(ts),
            ],
            check=True,
        )
        root = ET.parse(ts).getroot()
        # make locations relative to the real catalogue's folder
        for loc in root.iter("location"):
            name = loc.get("filename")
            if name:
                absolute = (Path(tmp) / name).resolve()
                loc.set("filename", Path(os.path.relpath(absolute, TRANSLATIONS_DIR)).as_posix())
        return root


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _message(source: str, filename: str, line: int, comment: str = "") -> ET.Element:
    message = ET.Element("message")
    ET.SubElement(message, "location", {"filename": filename, "line": str(line)})
    ET.SubElement(message, "source").text = source
    if comment:
        ET.SubElement(message, "comment").text = comment
    ET.SubElement(message, "translation", {"type": "unfinished"}).text = ""
    return message


def _fix_contexts(root: ET.Element) -> dict[str, list[ET.Element]]:
    """lupdate's messages by context, its context-less ones replaced by what the AST finds."""
    contexts: dict[str, list[ET.Element]] = {}
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        if name:
            contexts.setdefault(name, []).extend(ctx.findall("message"))
    found = [(path, (c, t, "", n)) for path in _source_files() for c, t, n in _helper_calls(path)]
    found += [(LABELS_FILE, message) for message in label_messages()]
    found += [(SCALES_FILE, message) for message in scale_messages()]
    for path, (context, text, comment, line) in found:
        filename = Path(os.path.relpath(path, TRANSLATIONS_DIR)).as_posix()
        bucket = contexts.setdefault(context, [])
        same = next((m for m in bucket if _key(context, m) == (context, text, comment)), None)
        if same is None:
            bucket.append(_message(text, filename, line, comment))
        elif not any(
            loc.get("filename") == filename and loc.get("line") == str(line)
            for loc in same.findall("location")
        ):
            position = len(same.findall("location"))
            same.insert(position, ET.Element("location", filename=filename, line=str(line)))
    return contexts


def _old_translations(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not ts.exists():
        return {}
    kept = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                kept[_key(name, message)] = translation
    return kept


_VERB_SINGULAR = {"are": "is", "were": "was", "have": "has", "need": "needs", "show": "shows"}
_IRREGULAR = {"people": "person", "children": "child", "these": "this"}


def _singular_word(word: str) -> str:
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def english_singular(source: str) -> str:
    """A first guess at the singular of an English `%n` message (edit the .ts to correct it).

    The noun right after `%n` (after any adjectives is too clever; it takes the next word) becomes
    singular, and a plural verb right after it agrees.
    """
    match = re.search(r"%L?n", source)
    if match is None:
        return source
    head, sep, tail = source[: match.start()], match.group(), source[match.end() :]
    words = tail.split(" ")
    # words[0] is "" when "%n " is followed by a space.
    index = 1 if words and words[0] == "" and len(words) > 1 else 0
    if index < len(words):
        words[index] = _singular_word(words[index])
        if index + 1 < len(words) and words[index + 1] in _VERB_SINGULAR:
            words[index + 1] = _VERB_SINGULAR[words[index + 1]]
    return head + sep + " ".join(words)


def _english_forms(message: ET.Element) -> None:
    """Fill an unfinished English numerus message with its singular and plural forms."""
    translation = message.find("translation")
    assert translation is not None
    source = message.findtext("source") or ""
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (english_singular(source), source):
        ET.SubElement(translation, "numerusform").text = form


def update(lang: str) -> Path:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    ts = TRANSLATIONS_DIR / f"careerjournal_{lang}.ts"
    old = _old_translations(ts)
    contexts = _fix_contexts(_extract(lang))
    seeds = SEED_TRANSLATIONS.get(lang, {})
    counted = _counted_messages()
    out = ET.Element("TS", {"version": "2.1", "language": LANGUAGES[lang], "sourcelanguage": "en"})
    for name in sorted(contexts):
        ctx = ET.SubElement(out, "context")
        ET.SubElement(ctx, "name").text = name
        for message in sorted(contexts[name], key=lambda m: _key(name, m)):
            message = copy.deepcopy(message)
            key = _key(name, message)
            if (name, key[1]) in counted:
                message.set("numerus", "yes")
            translation = message.find("translation")
            assert translation is not None
            if key in old:
                message.remove(translation)
                message.append(copy.deepcopy(old[key]))
            elif (name, key[1]) in seeds and message.get("numerus") != "yes":
                translation.attrib.pop("type", None)
                translation.text = seeds[(name, key[1])]
            elif lang in PLURAL_ONLY:
                if message.get("numerus") != "yes":
                    continue
                _english_forms(message)
            ctx.append(message)
        if not len(ctx.findall("message")):
            out.remove(ctx)
    ET.indent(out, space="    ")
    body = ET.tostring(out, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return ts


def main() -> int:
    for lang in LANGUAGES:
        ts = update(lang)
        print(f"wrote {ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
