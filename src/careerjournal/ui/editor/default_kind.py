"""The kind a new entry starts with (quick capture and the full editor).

The Preferences setting, or by default the kind the user records most (`EntryService.capture_kind`,
as for `careerjournal add`); an empty journal starts as a project. Never "other" or "promotion",
which Insights leaves out of progress and momentum: a one-keystroke capture must count.
"""

from __future__ import annotations

import logging

from ...domain import EntryKind
from ...services import ServiceError
from ...services.entries import CAPTURE_FALLBACK_KIND
from ...store import StoreError
from ..context import AppContext
from ..settings import AUTO_KIND

log = logging.getLogger(__name__)


def new_entry_kind(ctx: AppContext) -> EntryKind:
    setting = ctx.settings.default_kind
    if setting != AUTO_KIND:
        return EntryKind(setting)
    try:
        return ctx.journal.entries.capture_kind()
    except (ServiceError, StoreError) as exc:  # the dialog opens anyway
        log.warning("could not find the most used kind: %s", exc)
        return CAPTURE_FALLBACK_KIND
