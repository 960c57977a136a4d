"""Timeline view: switching to it (construct + show to first paint) and zooming, next to a floor.

Run by hand: `python benchmarks/bench_timeline.py [--sizes 10000 100000] [--runs 3] [--steps 20]`.
Demo journals come from benchmarks/.cache/ (see bench_cli.py). Each size runs in a fresh process
under QT_QPA_PLATFORM=offscreen with a 1200x780 view; pyqtgraph is imported and one throwaway
plot painted first, as in an app that has been running for a while.

* first paint: from constructing `TimelineView` on the open journal to its plot's first paint
  (median of `--runs`); "of which data" is `timeline_data()` alone, the service's share.
* zoom step: median (and max) over a scripted sequence of zooms, half in by 0.8 and half out
  by 1.25, each `ViewBox.scaleBy` + `processEvents()` + a forced repaint of the plot widget.
* floor: a bare pyqtgraph `ScatterPlotItem` with the same points in a plain `PlotWidget` of the
  same size, timed the same way in the same process.

Targets: first paint under 300 ms at 100,000 entries; zoom step under 16 ms at 10,000 and
under 50 ms at 100,000.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_cli import journal

SIZE = (1200, 780)


def _child(db: Path, runs: int, steps: int) -> dict[str, float]:
    """Everything measured in one process (argv: --child DB)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    t = time.perf_counter()
    import pyqtgraph as pg

    from careerjournal.services import Journal
    from careerjournal.services.timeline import timeline_data
    from careerjournal.ui.bridge import ChangeBridge
    from careerjournal.ui.context import AppContext
    from careerjournal.ui.settings import AppSettings
    from careerjournal.ui.timeline.view import TimelineView

    imported = time.perf_counter() - t

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    def until_painted(widget: QWidget, show: Callable[[], None]) -> None:
        watch = PaintWatch()
        widget.installEventFilter(watch)
        show()
        deadline = time.perf_counter() + 30
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()
        widget.removeEventFilter(watch)

    def zoom(view_box: pg.ViewBox, widget: QWidget) -> list[float]:
        times = []
        for i in range(steps):
            factor = 0.8 if i < steps // 2 else 1.25
            t = time.perf_counter()
            view_box.scaleBy(x=factor, y=1)
            app.processEvents()
            widget.repaint()
            times.append(time.perf_counter() - t)
        return times

    # Warm up: the first plot ever pays for fonts and pyqtgraph's first-use set-up.
    warm = pg.PlotWidget()
    warm.addItem(pg.ScatterPlotItem(x=[0, 1], y=[0, 1]))
    until_painted(warm.viewport(), warm.show)
    warm.close()

    tmp = tempfile.mkdtemp()
    j = Journal.open(db)
    settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(j, ChangeBridge(j), QUndoStack(), settings)

    data_times = []
    for _ in range(runs):
        t = time.perf_counter()
        data = timeline_data(j)
        data_times.append(time.perf_counter() - t)

    first_paints = []
    view = None
    for _ in range(runs):
        if view is not None:
            view.close()
            view.deleteLater()
            app.processEvents()
        t = time.perf_counter()
        view = TimelineView(ctx)
        view.resize(*SIZE)
        until_painted(view.graphics.viewport(), view.show)
        first_paints.append(time.perf_counter() - t)
    assert view is not None
    view_box = view.view_box
    view_zoom = zoom(view_box, view.graphics.viewport())
    drawn = view.lanes_item.drawn

    # The floor: a bare ScatterPlotItem with the same points.
    xs = np.concatenate([np.asarray(lane.days, dtype=float) for lane in data.lanes])
    ys = np.concatenate(
        [np.full(len(lane.days), i, dtype=float) for i, lane in enumerate(data.lanes)]
    )
    t = time.perf_counter()
    bare = pg.PlotWidget()
    bare.resize(*SIZE)
    bare.addItem(pg.ScatterPlotItem(x=xs, y=ys, size=8, pen=None, brush=pg.mkBrush("b")))
    until_painted(bare.viewport(), bare.show)
    bare_first = time.perf_counter() - t
    bare_box = bare.getPlotItem().getViewBox()
    bare_box.setMouseEnabled(x=True, y=False)
    bare_zoom = zoom(bare_box, bare.viewport())

    view.close()
    bare.close()
    j.close()
    return {
        "points": float(xs.size),
        "import": imported,
        "data": statistics.median(data_times),
        "first": statistics.median(first_paints),
        "zoom": statistics.median(view_zoom),
        "zoom_max": max(view_zoom),
        "drawn": float(drawn),
        "bare_first": bare_first,
        "bare_zoom": statistics.median(bare_zoom),
        "bare_zoom_max": max(bare_zoom),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_child(args.child, args.runs, args.steps)))
        return

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rows = []
    for size in args.sizes:
        db = journal(size)
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(db),
                "--runs",
                str(args.runs),
                "--steps",
                str(args.steps),
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append((size, json.loads(out.stdout.strip().splitlines()[-1])))

    ms = 1000.0

    def row(what: str, size: int, r: dict[str, float], value: float, worst: str, note: str) -> None:
        points = f"{int(r['points']):,}"
        print(f"{what:<44} {size:>9,} {points:>8} {value * ms:>10.1f} {worst:>8}  {note}")

    print(f"\n{'what':<44} {'entries':>9} {'points':>8} {'median ms':>10} {'max ms':>8}  note")
    print("-" * 100)
    for size, r in rows:
        share = (
            f"of which data {r['data'] * ms:.0f} ms, view {(r['first'] - r['data']) * ms:.0f} ms"
        )
        row("timeline: construct + show to first paint", size, r, r["first"], "", share)
        row("floor: bare ScatterPlotItem to first paint", size, r, r["bare_first"], "", "")
        zoom_max = f"{r['zoom_max'] * ms:.1f}"
        drawn = f"{r['zoom'] / r['bare_zoom']:.2f}x floor; {int(r['drawn']):,} markers drawn"
        row("timeline: zoom step", size, r, r["zoom"], zoom_max, drawn)
        bare_max = f"{r['bare_zoom_max'] * ms:.1f}"
        row("floor: bare ScatterPlotItem zoom step", size, r, r["bare_zoom"], bare_max, "")
    imported = rows[0][1]["import"] * ms
    print(f"\n(first switch only: importing pyqtgraph and the view took {imported:.0f} ms)")


if __name__ == "__main__":
    main()
