"""Value rules shared by the services, the CLI and importers, with messages that name the field."""

from __future__ import annotations

import datetime as dt
import math
import re

from .errors import ValidationError

MAX_TITLE = 300
MAX_TAG = 80
MIN_YEAR, MAX_YEAR = 1900, 2200
_TAG_SPACE = re.compile(r"\s+")


def parse_date(value: str, field: str = "date") -> dt.date:
    """Parse YYYY-MM-DD strictly; an impossible date (2024-02-30) gets a message saying so."""
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(field, f"{field} {value!r} is not a date in the form YYYY-MM-DD.")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"{field} {value!r} does not exist on the calendar.") from None
    return check_date(day, field)


def check_date(day: dt.date, field: str = "date") -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValidationError(field, f"{field} {day.isoformat()} is outside {MIN_YEAR}-{MAX_YEAR}.")
    return day


def title(value: str, field: str = "title", max_length: int = MAX_TITLE) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, f"The {field} is empty; write a few words.")
    if len(text) > max_length:
        raise ValidationError(
            field, f"The {field} is {len(text)} characters long; the limit is {max_length}."
        )
    return text


def text(value: str, field: str, max_length: int) -> str:
    """Free text with a length limit (the column's): stripped, refused when too long."""
    stripped = value.strip()
    if len(stripped) > max_length:
        raise ValidationError(
            field, f"The {field} is {len(stripped)} characters long; the limit is {max_length}."
        )
    return stripped


def impact(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise ValidationError(
            "impact", f"Impact must be a whole number from 1 to 5, not {value!r}."
        )
    return value


def tag(value: str) -> str:
    """Tags are lower case, single-spaced, without commas (commas separate tags when typed)."""
    text = _TAG_SPACE.sub(" ", value.strip().lower().lstrip("#"))
    if "," in text:
        raise ValidationError("tags", f"Tag {value!r} contains a comma; commas separate tags.")
    if len(text) > MAX_TAG:
        raise ValidationError("tags", f"Tag {value!r} is longer than {MAX_TAG} characters.")
    return text


def tags(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        t = tag(v)
        if t:
            seen.setdefault(t, None)
    return tuple(seen)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one field: separated by commas."""
    return tags([part for part in text.split(",")])


def date_range(start: dt.date | None, end: dt.date | None, what: str = "end date") -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            what, f"The {what} {end.isoformat()} is before the start {start.isoformat()}."
        )


def whole(value: object, field: str) -> int:
    """A whole number: an int, a float without a fraction, or digits (a sign allowed).

    NaN, infinity, fractions and True/False are refused, naming the field and the value.
    """
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
        number = int(value.strip())
    if number is None:
        raise ValidationError(field, f"The {field} must be a whole number, not {value!r}.")
    return number


def level(value: object, top: int, field: str = "level") -> int:
    """A skill level or target on a scale of 1..`top`: a whole number (never NaN, infinity,
    a fraction or True/False) in range."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
        raise ValidationError(
            field,
            f"The {field} must be a whole number from 1 to {top} on this journal's scale, "
            f"not {value!r}.",
        )
    return value
