"""Packaging: the built wheel holds everything the app needs at run time, and runs once installed.

The wheel is built once per session from a copy of the project root (so the working tree gets no
`build/` or `*.egg-info` litter), then installed with `pip install --no-deps --target`. Every run
below uses the current interpreter with PYTHONPATH pointing at that target: the target stands in
for a "fresh virtual environment" (only careerjournal itself is new; its dependencies are the ones
already installed, which is exactly what `--no-deps` into a new venv with system site packages
would give, minus the minute it takes to create one). Each run asserts that `careerjournal` was
imported from the target, never from `src/`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from careerjournal import __version__
from careerjournal.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "careerjournal"
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
    "version"
]
# Caches, virtualenvs and earlier build output are not source; everything else is copied.
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".cache",
)

pytestmark = pytest.mark.timeout(60)


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return dict(sub.choices)  # type: ignore[arg-type]


def _build_wheel(source: Path, outdir: Path) -> Path:
    if importlib.util.find_spec("build") is not None:
        cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(source)]
    else:  # pragma: no cover - the test extras install `build`
        cmd = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(outdir)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=50, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = outdir.glob("careerjournal-*.whl")
    return wheel


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE, symlinks=True)
    return _build_wheel(source, tmp / "dist")


@pytest.fixture(scope="session")
def site(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("installed") / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), wheel],
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return target


@pytest.fixture
def run_installed(site: Path, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "CAREERJOURNAL_DATABASE"}}
    env.update(
        PYTHONPATH=str(site),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        # -I would drop PYTHONPATH; -P keeps the current directory off sys.path on 3.11+.
        return subprocess.run(
            [sys.executable, "-P", *args],
            capture_output=True,
            text=True,
            timeout=40,
            check=False,
            cwd=tmp_path,
            env=env,
        )

    return run


@pytest.mark.slow  # builds (and installs) a wheel
def test_wheel_holds_the_run_time_files_and_no_tests(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "careerjournal/store/migrations/env.py",
        "careerjournal/store/migrations/script.py.mako",
    }
    expected |= {
        f"careerjournal/store/migrations/versions/{p.name}"
        for p in (PACKAGE / "store" / "migrations" / "versions").glob("*.py")
    }
    icons = {
        p.relative_to(PACKAGE.parent).as_posix()
        for p in (PACKAGE / "resources" / "icons").glob("*.svg")
    }
    assert icons, "no icon SVGs found in the source"
    expected |= icons
    # Stylesheets, translations and whatever else lives in the package's data folders.
    for folder in ("resources", "translations", "styles"):
        for p in (PACKAGE / folder).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc"}:
                expected.add(p.relative_to(PACKAGE.parent).as_posix())
    missing = sorted(expected - names)
    assert not missing, f"missing from the wheel: {missing}"
    assert any(n.startswith("careerjournal/store/migrations/versions/0001") for n in names)
    assert not [n for n in names if n.startswith("tests/") or "/tests/" in n or "conftest" in n]
    assert f"careerjournal-{PYPROJECT_VERSION}.dist-info/entry_points.txt" in names


@pytest.mark.slow  # builds (and installs) a wheel
def test_installed_wheel_runs_version_cli_and_screenshot(
    run_installed, site: Path, tmp_path: Path
) -> None:
    done = run_installed("-c", "import careerjournal; print(careerjournal.__file__)")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve().is_relative_to(site.resolve())

    done = run_installed("-m", "careerjournal", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"careerjournal {PYPROJECT_VERSION}"

    db = str(tmp_path / "journal.sqlite3")
    done = run_installed(
        "-m",
        "careerjournal",
        "--database",
        db,
        "--create",
        "add",
        "Shipped the installer",
        "--tag",
        "pkg",
    )
    assert done.returncode == 0, done.stderr
    done = run_installed("-m", "careerjournal", "--database", db, "list", "--json")
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(done.stdout)
    assert (entry["title"], entry["tags"]) == ("Shipped the installer", ["pkg"])

    png = tmp_path / "x.png"
    done = run_installed(
        "-m", "careerjournal", "--database", db, "screenshot", "--view", "journal", "-o", str(png)
    )
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 5_000


def test_version_matches_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    assert __version__ == PYPROJECT_VERSION
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"careerjournal {PYPROJECT_VERSION}"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    commands = _subcommands()
    assert {"add", "list", "screenshot", "report", "import", "export"} <= set(commands)
    for name in [None, *commands]:
        argv = ["--help"] if name is None else [name, "--help"]
        with pytest.raises(SystemExit) as exit_info:
            build_parser().parse_args(argv)
        assert exit_info.value.code == 0, name
        out = capsys.readouterr().out
        assert out.startswith("usage: careerjournal"), name
    # Every command is described in the top-level help, not just listed.
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    helped = {action.dest for action in sub._get_subactions() if action.help}
    assert helped == set(commands)


def test_manual_in_readme_covers_every_command_and_option() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "## Manual" in readme
    manual = readme.split("## Manual", 1)[1].split("\n## ", 1)[0]
    for heading in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "FILES", "ENVIRONMENT"):
        assert heading in manual, heading
    assert "EXIT STATUS" in manual
    for name, parser in _subcommands().items():
        assert f"`{name}" in manual, name
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in manual, f"{name} {option}"
    for var in ("CAREERJOURNAL_DATABASE", "QT_QPA_PLATFORM", "CAREERJOURNAL_PSEUDO_LOCALE"):
        assert var in manual, var
