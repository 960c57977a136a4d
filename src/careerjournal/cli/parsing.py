"""argparse as the command line uses it: the parser, the help layout, and the types that check
values (each raises InvalidValue, exit status 1, never argparse's own usage error, exit 2)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence

from .base import PROG, InvalidValue


class Parser(argparse.ArgumentParser):
    """argparse, but a refused value is one line and exit status 1 (see cli/__init__.py)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        try:
            return super().parse_known_args(args, namespace)
        except InvalidValue as exc:
            self.exit(1, f"{PROG}: error: {exc}\n")


class Formatter(argparse.HelpFormatter):
    """Help text wrapped between words only: never inside sample-career.sqlite3 or --per-kind."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        return textwrap.fill(
            " ".join(text.split()),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


def whole(name: str, low: int | None = None, high: int | None = None) -> Callable[[str], int]:
    """A type for a whole number from `low` to `high` (either may be open)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise InvalidValue(f"{name}: {text!r} is not a whole number.") from None
        if low is not None and high is not None and not low <= value <= high:
            raise InvalidValue(f"{name}: {value} is outside {low:,} to {high:,}.")
        if low is not None and value < low:
            raise InvalidValue(f"{name}: {value} must be {low} or more.")
        return value

    return parse


def one_of(name: str, options: Sequence[str]) -> Callable[[str], str]:
    """A type for one of `options` (give `choices` too, for the help)."""

    def parse(text: str) -> str:
        if text not in options:
            raise InvalidValue(f"{name}: {text!r} is not one of {', '.join(options)}.")
        return text

    return parse


def day(name: str) -> Callable[[str], dt.date]:
    """A type for a YYYY-MM-DD date that exists on the calendar."""

    def parse(text: str) -> dt.date:
        from ..services.errors import ValidationError
        from ..services.validate import parse_date

        try:
            return parse_date(text, name)
        except ValidationError as exc:
            raise InvalidValue(str(exc)) from None

    return parse


def size(text: str) -> tuple[int, int]:
    """A type for a picture size like 1280x800."""
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InvalidValue(f"--size: {text!r} is not a size like 1280x800.") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise InvalidValue(f"--size: {text!r} is outside 320x240 to 7680x4320.")
    return w, h


def global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--database and --create, which go before the command or after it.

    The commands' copies default to SUPPRESS, so they set the value only when given there.
    """
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        default=default,
        help="journal file or SQLAlchemy URL (default: $CAREERJOURNAL_DATABASE, else the file "
        "in your user data folder); a missing file is refused unless --create is given "
        "(demo creates it)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help="start a new journal if there is none at --database (a mistyped path is refused "
        "without it)",
    )


def date_value(value: dt.date | str | None, field: str) -> dt.date | None:
    """A date option's value: parsed already by `day`, or text from a caller of `run`."""
    if value is None or isinstance(value, dt.date):
        return value
    from ..services.validate import parse_date

    return parse_date(value, field)
