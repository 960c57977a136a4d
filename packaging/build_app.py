"""Build the one-folder Career Journal with PyInstaller, then smoke-test it.

    python packaging/build_app.py [--skip-build] [--dist DIR] [--work DIR]

Installs PyInstaller with pip if it is missing, runs `packaging/careerjournal.spec`, then starts
the built binary: `--version` (must print the pyproject.toml version), a CLI round trip on a
throwaway journal, and an offscreen `screenshot` (QT_QPA_PLATFORM=offscreen) that must write a PNG.
Prints the folder's size and the time taken. Exit status 0 when everything passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "careerjournal.spec"
NAME = "careerjournal"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("== installing PyInstaller", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "pyinstaller>=6"], check=True)


def build(dist: Path, work: Path) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("== " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(binary: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if k != "CAREERJOURNAL_DATABASE"}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp), XDG_DATA_HOME=str(tmp / "data"))
        env.update(XDG_CONFIG_HOME=str(tmp / "config"), XDG_RUNTIME_DIR=str(tmp / "run"))
        (tmp / "run").mkdir(mode=0o700)

        def run(*args: str) -> str:
            done = subprocess.run(
                [str(binary), *args], capture_output=True, text=True, env=env, timeout=120
            )
            if done.returncode != 0:
                raise SystemExit(f"{binary.name} {' '.join(args)} failed:\n{done.stderr}")
            return done.stdout

        out = run("--version").strip()
        print(f"--version: {out}")
        if out != f"{NAME} {version()}":
            raise SystemExit(f"expected version {version()}, got {out!r}")
        db = str(tmp / "journal.sqlite3")
        run("--database", db, "--create", "add", "Built the app", "--tag", "packaging")
        (entry,) = json.loads(run("--database", db, "list", "--json"))
        assert entry["title"] == "Built the app", entry
        print("CLI round trip: ok (migrations ran, entry added and listed)")
        png = tmp / "journal.png"
        started = time.monotonic()
        run("--database", db, "screenshot", "--view", "journal", "-o", str(png))
        data = png.read_bytes()
        if data[:8] != b"\x89PNG\r\n\x1a\n":
            raise SystemExit("the screenshot is not a PNG")
        print(f"screenshot: {len(data)} bytes in {time.monotonic() - started:.1f} s")
        keep = ROOT / "dist" / "careerjournal-app-screenshot.png"
        if keep.parent.is_dir():
            keep.write_bytes(data)
            print(f"screenshot kept at {keep}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--skip-build", action="store_true", help="only smoke-test the app")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.skip_build:
        ensure_pyinstaller()
        build(args.dist, args.work)
    folder = args.dist / NAME
    binary = folder / (NAME + (".exe" if sys.platform == "win32" else ""))
    built = time.monotonic() - started
    print(f"== built {folder}: {folder_size(folder) / 2**20:.0f} MiB in {built:.0f} s")
    smoke_test(binary)
    print("== the app starts offscreen and renders a screenshot")
    return 0


if __name__ == "__main__":
    sys.exit(main())
