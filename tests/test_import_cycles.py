"""Every module of careerjournal imports, and the services import no one in a circle.

The modules are found with `pkgutil.walk_packages` (no hand-written list). A cycle among the
services is looked for twice: in the import statements (module level and `if TYPE_CHECKING:`,
what a reader and mypy follow; imports inside functions are the deliberate lazy ones), and by
importing each services module first into a fresh `careerjournal.services` (in this process,
with `sys.modules` put back afterwards), where a runtime cycle fails with a partly initialised
module.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import careerjournal
import careerjournal.services

SERVICES = careerjournal.services.__name__


def all_modules() -> list[str]:
    prefix = careerjournal.__name__ + "."
    found = [m.name for m in pkgutil.walk_packages(careerjournal.__path__, prefix)]
    return sorted(m for m in found if ".migrations." not in m and not m.endswith(".__main__"))


def services_modules() -> list[str]:
    found = pkgutil.walk_packages(careerjournal.services.__path__, SERVICES + ".")
    return [SERVICES, *sorted(m.name for m in found)]


def _source(module: str) -> tuple[Path, bool]:
    spec = importlib.util.find_spec(module)
    assert spec is not None
    assert spec.origin is not None
    return Path(spec.origin), spec.submodule_search_locations is not None


def _imported(module: str, node: ast.ImportFrom | ast.Import, is_package: bool) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    if node.level:
        parts = module.split(".")
        base = parts if is_package else parts[:-1]
        base = base[: len(base) - (node.level - 1)]
        stem = ".".join(base + ([node.module] if node.module else []))
    else:
        stem = node.module or ""
    # `from . import x` imports the module x; `from .x import y` imports x (y is a name in it).
    return {f"{stem}.{alias.name}" for alias in node.names} | {stem}


def static_imports(module: str) -> set[str]:
    """Modules `module` imports at module level, `if TYPE_CHECKING:` blocks included."""
    path, is_package = _source(module)
    found: set[str] = set()

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.update(_imported(module, node, is_package))
            elif isinstance(node, ast.If):
                walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body)

    walk(ast.parse(path.read_text(encoding="utf-8")).body)
    # A package is imported before its modules anyway: `from . import x` adds no edge to it.
    parts = module.split(".")
    return found - {".".join(parts[:i]) for i in range(1, len(parts) + 1)}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle's modules (Tarjan's strongly connected components of two or more)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def services_graph() -> dict[str, set[str]]:
    modules = set(services_modules())
    return {m: (static_imports(m) & modules) - {m} for m in modules}


def test_the_walk_finds_every_layer() -> None:
    modules = all_modules()
    for expected in (
        "careerjournal.errors",
        "careerjournal.domain.labels",
        "careerjournal.services.timeline",
        "careerjournal.store.errors",
        "careerjournal.ui.formatting",
        "careerjournal.report.svg",
    ):
        assert expected in modules


@pytest.mark.parametrize("module", all_modules())
def test_every_module_imports(module: str) -> None:
    importlib.import_module(module)


def test_the_cycle_finder_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_timeline_reaches_journal_no_more() -> None:
    """The old circle: insights -> timeline -> journal -(TYPE_CHECKING)-> insights."""
    graph = services_graph()
    assert f"{SERVICES}.timeline" in reachable(graph, f"{SERVICES}.insights")
    assert f"{SERVICES}.timeline" in graph[f"{SERVICES}.journal"]  # Journal.timeline
    assert f"{SERVICES}.journal" not in reachable(graph, f"{SERVICES}.timeline")


def test_no_import_cycle_among_services() -> None:
    found = cycles(services_graph())
    assert not found, f"services import each other in a circle: {found}"


def _in_services(name: str) -> bool:
    return name == SERVICES or name.startswith(SERVICES + ".")


@contextmanager
def fresh_services() -> Iterator[None]:
    """`careerjournal.services.*` unloaded for the block, the loaded modules back after it.

    Everything else is imported before, so no module outside the services is first loaded
    (and left holding the block's throw-away classes) inside it.
    """
    for module in all_modules():
        importlib.import_module(module)
    saved = {n: m for n, m in sys.modules.items() if _in_services(n)}
    parent = sys.modules[careerjournal.__name__]
    attribute = parent.__dict__.get("services")
    for name in saved:
        del sys.modules[name]
    try:
        yield
    finally:
        for name in [n for n in sys.modules if _in_services(n)]:
            del sys.modules[name]
        sys.modules.update(saved)
        parent.services = attribute  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", services_modules())
def test_each_services_module_imports_first(module: str) -> None:
    with fresh_services():
        importlib.import_module(module)
