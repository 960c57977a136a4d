"""The chart kit: what every chart area (timeline, skills, goals, insights) draws with.

* `axes`: `DateAxis` (day numbers on a calendar), `CountAxis` (compact counts), `set_named_ticks`.
* `legend`: `FlowLegend` (entries side by side, wrapping to the width) and its swatches.
* `plots`: `add_date_plot` (legend over a plot on a date axis, themed, with one mouse and
  keyboard behaviour), `style_axes`, `hover_scatter`, and `DateChart`, a chart widget with a
  centred hint when there is nothing to draw.
* `series` (x as day numbers, step lines, ranges) and `style` (colours from the palette and the
  theme's light/dark pairs): plain helpers without pyqtgraph.

This package imports nothing itself: `axes`, `legend` and `plots` import pyqtgraph, so they are
imported only where charts are built, never at application start.
"""
