"""The one error an importer raises: what is wrong, in which file, and where in it."""

from __future__ import annotations

from pathlib import Path

from ..services.errors import ServiceError


class ImportProblem(ServiceError):
    """A file that cannot be imported. The message names the file and, where known, the place."""

    def __init__(self, source: str | Path, problem: str, where: str = ""):
        self.source = str(source)
        self.problem = problem
        self.where = where
        place = f" ({where})" if where else ""
        super().__init__(f"{Path(self.source).name}{place}: {problem}")
