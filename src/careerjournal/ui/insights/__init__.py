"""The Insights area's dashboard: a card per insight, with its figures, a small chart, a one-line
explanation of how it is computed and, when there is one, advice.

`cards` is plain Qt (the cards, the fragmentation bars and the cadence heatmap, painted with
QPainter); `charts` holds the pyqtgraph charts and is imported only when the page first refreshes,
never at application start.
"""
