"""Cold start of the desktop app to its first painted window, next to an empty QMainWindow.

Run by hand: `python benchmarks/bench_startup.py [--sizes 0 10000 100000] [--runs 5]`.
Every run is a fresh process under QT_QPA_PLATFORM=offscreen started with
`--quit-after-first-paint`; the floor is a bare script that shows an empty QMainWindow and quits
on its first paint. Targets at 100,000 entries: within 3x the floor and under 1.5 s.

Also measures keystroke-to-filtered-table latency in the journal view at each size: the time from
setting the search text (debounce off) until the table shows the filtered rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_cli import journal

FLOOR = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1200, 780)
f = W(); w.installEventFilter(f); w.show(); app.exec()
"""

LATENCY = """
import statistics, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from careerjournal.services import Journal
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.journal.view import JournalView
from careerjournal.ui.settings import AppSettings
app = QApplication(sys.argv[:1])
j = Journal.open(sys.argv[1])
ctx = AppContext(j, ChangeBridge(j),
                 AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
view = JournalView(ctx); view.resize(1200, 780); view.show(); app.processEvents()
view.filter_bar.debounce_ms = 0
times = []
for text in ["m", "mi", "mig", "migr", "migra", "migrat", "p", "pr", "pro", "proj", ""] * 3:
    t = time.perf_counter()
    view.set_search_text(text)
    app.processEvents()
    view.table.viewport().repaint()
    times.append(time.perf_counter() - t)
print(statistics.median(times), max(times))
"""


def timed(cmd: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm caches
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": tmp,  # fresh settings: no remembered window state
        }
        floor = timed([sys.executable, "-c", FLOOR], env, args.runs)
        rows = [("floor: empty QMainWindow", "-", floor, "", "")]
        for size in args.sizes:
            db = Path(tmp) / "empty.sqlite3" if size == 0 else journal(size)
            cmd = [
                sys.executable,
                "-m",
                "careerjournal",
                "--database",
                str(db),
                "--create",  # the empty journal of size 0 is made on the first run
                "--quit-after-first-paint",
            ]
            start = timed(cmd, env, args.runs)
            latency = ""
            if size:
                out = subprocess.run(
                    [sys.executable, "-c", LATENCY, str(db), str(Path(tmp) / "l.ini")],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                latency = f"{float(out[0]) * 1000:.1f} ms (max {float(out[1]) * 1000:.1f})"
            rows.append(
                (
                    "careerjournal to first paint",
                    f"{size:,}",
                    start,
                    f"{start / floor:.2f}x floor",
                    latency,
                )
            )

    print(f"\n{'what':<30} {'entries':>9} {'median s':>9}  {'vs floor':<12} keystroke→table")
    print("-" * 92)
    for what, size, seconds, note, lat in rows:
        print(f"{what:<30} {size:>9} {seconds:>9.3f}  {note:<12} {lat}")


if __name__ == "__main__":
    main()
