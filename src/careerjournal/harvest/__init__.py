"""Harvest: find evidence of work where it happened (git, calendars, trackers, notes). Qt-free.

Each source module reads one kind of place and returns `Found` candidates and `Skipped` reasons;
nothing here writes to the journal (`services.inbox` stores what was found). Every reader is
bounded like the importers: sizes, line lengths and counts are capped, symlinks are not followed
out of a folder, and a place that cannot be read is skipped with a reason, never a traceback.
"""

from .found import Found, HarvestReport, Link, Skipped, clip, fingerprint_of

__all__ = ["Found", "HarvestReport", "Link", "Skipped", "clip", "fingerprint_of"]
