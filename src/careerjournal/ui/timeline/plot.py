"""The timeline's plot items, gathered for the view: one module each.

* `items`: the base of items that paint in pixels (`FixedItem`), vertical lines (promotions and
  the date grid), the lanes' alternate stripes, and the momentum curve;
* `lanes`: the entry lanes (markers, or density strips where markers would merge);
* `roles`: the role spans with their labels and symbols, and how roles are placed on the band.

Axes and the legend come from the chart kit (`ui/charts`).
"""

from __future__ import annotations

from .items import BackdropItem, FixedItem, LinesItem, MomentumItem, cosmetic_pen
from .lanes import DENSITY_COLUMN_PX, MARKER_SIZES, LanesItem
from .roles import (
    MOVE_SYMBOLS,
    BandGeometry,
    PlacedRole,
    Span,
    SpansItem,
    day_span_end,
    place_roles,
    role_text,
    tracks,
)

__all__ = [
    "DENSITY_COLUMN_PX",
    "MARKER_SIZES",
    "MOVE_SYMBOLS",
    "BackdropItem",
    "BandGeometry",
    "FixedItem",
    "LanesItem",
    "LinesItem",
    "MomentumItem",
    "PlacedRole",
    "Span",
    "SpansItem",
    "cosmetic_pen",
    "day_span_end",
    "place_roles",
    "role_text",
    "tracks",
]
