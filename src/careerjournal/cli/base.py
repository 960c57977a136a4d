"""What every command module shares: the program's name, the error types, the command types."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..services import Journal

PROG = "careerjournal"

# A command run on an open journal: writes to `out`, returns the exit status.
JournalCommand = Callable[["Journal", argparse.Namespace, TextIO], int]
# A command that opens the journal itself, or needs none (check, screenshot).
OwnCommand = Callable[[argparse.Namespace, TextIO], int]
# `add_command(name, help=..., description=...)`: a new subcommand's parser (see cli/__init__.py).
AddCommand = Callable[..., argparse.ArgumentParser]
Json = dict[str, Any]


class UserError(Exception):
    """A problem to report in one line with exit status 1."""


class InvalidValue(UserError):
    """A value on the command line is refused: exit status 1, like every other invalid value."""


def deferred(name: str) -> ModuleType:
    """The module `name`, run when first used: a command module may name what only its command
    needs (the database layer, say) without `careerjournal --help` loading it."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"No module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
