"""Regenerate the screenshots in ``docs/screenshots/`` from a freshly generated sample career.

Run from anywhere: ``python packaging/render_screenshots.py``. Each area is rendered offscreen in
the light and dark themes at 1280x800 (``<area>-<theme>.png``) and at the minimum window size,
1024x640 (``<area>-<theme>-1024x640.png``); then the welcome page of an empty journal, the unlock
page of an encrypted one and the first page of the sample appraisal PDF (this one needs
``pdftoppm`` from poppler-utils).

Every run writes the same sample (the generator is seeded), so a changed picture means a changed
view. Look at each one before committing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
VIEWS = ("journal", "timeline", "skills", "goals", "insights", "summary", "inbox", "levels")
THEMES = ("light", "dark")
SIZES = {(1280, 800): "", (1024, 640): "-1024x640"}


def _careerjournal(home: Path, *args: str, passphrase: str = "") -> None:
    # The journals live in a throwaway home folder, so the window shows them as `~/…`.
    env = {**os.environ, "HOME": str(home)}
    if passphrase:
        env["CAREERJOURNAL_PASSPHRASE"] = passphrase
    subprocess.run([sys.executable, "-m", "careerjournal", *args], check=True, env=env)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        sample = home / "sample.sqlite3"
        _careerjournal(home, "--database", str(sample), "demo")
        empty = home / "new-journal.sqlite3"
        for (width, height), suffix in SIZES.items():
            for view in VIEWS:
                for theme in THEMES:
                    # A fresh copy each time: rendering never changes what the next one shows.
                    copy = home / "journal.sqlite3"
                    shutil.copyfile(sample, copy)
                    target = OUT / f"{view}-{theme}{suffix}.png"
                    _careerjournal(
                        home, "--database", str(copy), "screenshot", "--view", view, "-o",
                        str(target), "--size", f"{width}x{height}", "--theme", theme,
                    )  # fmt: skip
                    print(f"wrote {target.relative_to(ROOT)}")
        for theme in THEMES:
            target = OUT / f"welcome-{theme}.png"
            _careerjournal(
                home, "--database", str(empty), "--create", "screenshot", "--view", "journal", "-o",
                str(target), "--size", "1280x800", "--theme", theme,
            )  # fmt: skip
            print(f"wrote {target.relative_to(ROOT)}")
        # The unlock page of a journal protected with a passphrase.
        private = home / "private.sqlite3"
        shutil.copyfile(sample, private)
        _careerjournal(home, "--database", str(private), "encrypt", passphrase="screenshot pass")
        for theme in THEMES:
            target = OUT / f"unlock-{theme}.png"
            _careerjournal(
                home, "--database", str(private), "screenshot", "--view", "unlock", "-o",
                str(target), "--size", "1024x640", "--theme", theme,
            )  # fmt: skip
            print(f"wrote {target.relative_to(ROOT)}")
        pdf = home / "summary.pdf"
        _careerjournal(home, "--database", str(sample), "report", "-o", str(pdf))
        if shutil.which("pdftoppm") is None:
            print("pdftoppm not found: summary-pdf-page1.png left as it was", file=sys.stderr)
            return 0
        stem = home / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), stem],
            check=True,
        )
        shutil.copyfile(stem.with_suffix(".png"), OUT / "summary-pdf-page1.png")
        print("wrote docs/screenshots/summary-pdf-page1.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
