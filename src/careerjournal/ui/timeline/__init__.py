"""The Timeline area: roles, micro-progressions and momentum over time (pyqtgraph).

Only `TimelineArea` is imported here; it loads `view` (and pyqtgraph) on first show, so the app
starts without paying for the plotting library.
"""

from .area import TimelineArea

__all__ = ["TimelineArea"]
