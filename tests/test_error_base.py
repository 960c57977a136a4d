"""One error base: what the core raises for a user to read is a `CareerJournalError`, so the CLI
and the GUI's last-resort handlers catch one type."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import careerjournal
from careerjournal.errors import CareerJournalError
from careerjournal.interchange.errors import ImportProblem
from careerjournal.services import ServiceError
from careerjournal.store import StoreError
from careerjournal.store.errors import DiskFullError

#: Layers whose errors reach the user through the CLI or the GUI (not the fronts themselves).
CORE = ("domain", "store", "services", "interchange", "report", "errors", "fileio")


def core_modules() -> list[str]:
    prefix = careerjournal.__name__ + "."
    found = pkgutil.walk_packages(careerjournal.__path__, prefix)
    return sorted(
        m.name
        for m in found
        if m.name[len(prefix) :].split(".")[0] in CORE and ".migrations." not in m.name
    )


def test_the_bases_share_one_root() -> None:
    for error in (ServiceError, StoreError, ImportProblem, DiskFullError):
        assert issubclass(error, CareerJournalError), error


def test_one_except_catches_a_store_and_a_service_failure() -> None:
    caught = []
    for error in (StoreError("the disk is full"), ImportProblem("cv.json", "not JSON", "line 3")):
        try:
            raise error
        except CareerJournalError as exc:
            caught.append(str(exc))
    assert caught == ["the disk is full", "cv.json (line 3): not JSON"]


@pytest.mark.parametrize("module", core_modules())
def test_every_public_core_error_is_a_career_journal_error(module: str) -> None:
    """Private helpers (`_Bad`) are caught inside their module; an AssertionError is a bug."""
    loaded = importlib.import_module(module)
    strays = [
        name
        for name, cls in inspect.getmembers(loaded, inspect.isclass)
        if cls.__module__ == module
        and issubclass(cls, BaseException)
        and not name.startswith("_")
        and not issubclass(cls, CareerJournalError | AssertionError)
    ]
    assert not strays, f"{module}: derive {strays} from CareerJournalError (careerjournal.errors)"


def test_the_base_imports_nothing() -> None:
    """Any layer can import it without pulling another in."""
    source = inspect.getsource(importlib.import_module("careerjournal.errors"))
    imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert imports == ["from __future__ import annotations"]
