"""The Skills area's charts, one module each, gathered for the view.

* `history_chart.SkillHistoryChart`: a skill's level over time (step line, evidence diamonds,
  the target dashed);
* `layers_chart.BandLayersChart`: what share of a band's skills is at each level over time, with
  the band level named in a strip above;
* `radar.BandRadar`: every band's level now against its target (bars for one or two bands).

The two time charts are built with the chart kit (`ui/charts`) and import pyqtgraph, so import
this module lazily (when the Skills area is shown), never at application start.
"""

from __future__ import annotations

from .chart_base import RECORD_SHORTCUT
from .chart_style import level_colors, readable_elision
from .history_chart import SkillHistoryChart
from .layers_chart import BandLayersChart, LevelStrip, level_runs, share_edges
from .radar import BandRadar, wrap_label

__all__ = [
    "RECORD_SHORTCUT",
    "BandLayersChart",
    "BandRadar",
    "LevelStrip",
    "SkillHistoryChart",
    "level_colors",
    "level_runs",
    "readable_elision",
    "share_edges",
    "wrap_label",
]
