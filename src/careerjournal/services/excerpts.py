"""Markdown bodies as plain text: a one-paragraph excerpt, and someone's own words quoted in a
feedback body. Used by the appraisal summary; no Qt, no database."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

EXCERPT_LENGTH = 300

_HEADING = re.compile(r"^#{1,6}(\s+|$)")
_RULE = re.compile(r"^([-*_])(\s*\1){2,}$")
_QUOTE_PREFIX = re.compile(r"^(?:>\s?)+")
_ITEM_PREFIX = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
)
# Escaped punctuation (\*) is set aside as a private-use character while markup is removed.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|])")
_PRIVATE = 0xF0000
_UNESCAPE = re.compile("[\U000f0000-\U000f007f]")
_MARKUP = re.compile(r"[\\`*_\[\]<>~!]")
_SPACE = re.compile(r"\s+")


def _paragraphs(markdown: str) -> Iterator[tuple[bool, list[str]]]:
    """(is_heading, lines) per block of the text; code blocks and rules are left out."""
    block: list[str] = []
    fence = ""
    for raw in markdown.splitlines():
        line = raw.strip()
        if fence:
            if line.startswith(fence):
                fence = ""
            continue
        if line.startswith(("```", "~~~")):
            fence = line[:3]
        elif line and _HEADING.match(line):
            if block:
                yield False, block
                block = []
            yield True, [_HEADING.sub("", line).rstrip("# ")]
            continue
        elif line and not _RULE.match(line):
            block.append(line)
            continue
        if block:
            yield False, block
            block = []
    if block:
        yield False, block


def _join_lines(lines: Sequence[str]) -> str:
    """A paragraph's lines as one: list items after the first are separated by semicolons."""
    text = ""
    for line in lines:
        line = _QUOTE_PREFIX.sub("", line)
        item = _ITEM_PREFIX.sub("", line)
        if text:
            listed = item != line and not text.endswith((":", ";", ",", "."))
            text += ("; " if listed else " ") + item
        else:
            text = item
    return text


def plain_text(markdown_line: str) -> str:
    """One line or paragraph of Markdown as plain text (markup removed, spaces collapsed)."""
    text = markdown_line
    if _MARKUP.search(text):
        text = _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m[1])), text)
        for pattern, replacement in _INLINE:
            text = pattern.sub(replacement, text)
        text = _UNESCAPE.sub(lambda m: chr(ord(m[0]) - _PRIVATE), text)
    return _SPACE.sub(" ", text).strip()


def shorten(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """`text` cut at a word to at most `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def excerpt(markdown: str, limit: int = EXCERPT_LENGTH) -> str:
    """The first paragraph of a Markdown body as plain text, at most `limit` characters.

    Headings are passed over for the first paragraph of prose (a body of headings alone gives
    its first heading); fenced code and rules are left out.
    """
    if not markdown:
        return ""
    first_heading = ""
    for heading, lines in _paragraphs(markdown):
        if heading:
            first_heading = first_heading or lines[0]
            continue
        text = plain_text(_join_lines(lines))
        if text:
            return shorten(text, limit)
    return shorten(plain_text(first_heading), limit)


_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
QUOTE_MIN_WORDS = 3  # shorter quoted text ("done", "LGTM") is emphasis, not a quote


def quoted_words(markdown: str) -> str:
    """Someone's own words in a feedback body: its first "> " block, else the first text in
    quotation marks of at least three words; "" when the body quotes nobody.

    A body's first paragraph is often the writer's own note ("One more rep.", "Context: …"),
    not the feedback: quoting that would put words in someone's mouth.
    """
    if not markdown:
        return ""
    block: list[str] = []
    for raw in markdown.splitlines():
        line = raw.strip()
        if line.startswith(">"):
            block.append(line)
        elif block:
            break
    if block:
        text = plain_text(_join_lines(block))
        if text:
            return shorten(text)
    for heading, lines in _paragraphs(markdown):
        if heading:
            continue
        for match in _QUOTED.finditer(plain_text(_join_lines(lines))):
            text = match[1].strip()
            if len(text.split()) >= QUOTE_MIN_WORDS:
                return shorten(text)
    return ""
