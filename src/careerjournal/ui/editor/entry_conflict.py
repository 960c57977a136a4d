"""An entry's fields as rows of the conflict dialog, and the merged rows back as a draft."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services import EntryDraft, EntryRecord, RoleRecord, ServiceError, validate
from ..conflict_dialog import ConflictRow
from ..formatting import format_date, kind_label

#: The entry fields the dialog compares, in the editor's order.
ENTRY_FIELDS = (
    "title",
    "occurred_on",
    "kind",
    "role_id",
    "impact",
    "measurable_result",
    "tags",
    "body",
    "links",
    "starred",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryConflict", text)


def comparable(draft: EntryDraft) -> EntryDraft:
    """`draft` as the service would store it (trimmed text, tags folded and sorted), so a field
    differs only when the stored values would."""
    try:
        tags = tuple(sorted(validate.tags(draft.tags)))
    except ServiceError:
        tags = draft.tags
    return dataclasses.replace(
        draft,
        title=draft.title.strip(),
        body=draft.body.rstrip(),
        measurable_result=draft.measurable_result.strip(),
        tags=tags,
    )


def entry_rows(
    mine: EntryDraft,
    theirs: EntryRecord,
    base: EntryRecord | None,
    roles: Sequence[RoleRecord],
) -> list[ConflictRow]:
    """One row per entry field: the editor's text, the stored entry, the entry as opened."""
    role_titles = {role.id: role.title for role in roles}
    if theirs.role_id is not None:
        role_titles.setdefault(theirs.role_id, theirs.role_title)

    def role_text(role_id: Any) -> str:
        if role_id is None:
            return _tr("No role")
        return role_titles.get(role_id, _tr("Role %s") % role_id)

    def links_text(links: Any) -> str:
        return "\n".join(f"{link.label} <{link.url}>" if link.label else link.url for link in links)

    labels = {
        "title": (_tr("Title"), str),
        "occurred_on": (_tr("Date"), format_date),
        "kind": (_tr("Kind"), kind_label),
        "role_id": (_tr("Role"), role_text),
        "impact": (_tr("Impact"), str),
        "measurable_result": (_tr("Result"), str),
        "tags": (_tr("Tags"), ", ".join),
        "body": (_tr("Notes"), str),
        "links": (_tr("Evidence"), links_text),
        "starred": (_tr("Starred"), lambda on: _tr("Yes") if on else _tr("No")),
    }
    ours = comparable(mine)
    stored = EntryDraft.from_record(theirs)
    opened = EntryDraft.from_record(base) if base is not None else None
    rows = []
    for name in ENTRY_FIELDS:
        label, text = labels[name]
        extra = {} if opened is None else {"base": getattr(opened, name)}
        rows.append(
            ConflictRow(name, label, getattr(ours, name), getattr(stored, name), text=text, **extra)
        )
    return rows


def draft_from(values: dict[str, Any]) -> EntryDraft:
    """The resolved values (every field of `ENTRY_FIELDS`) as a draft to save."""
    return EntryDraft(**{name: values[name] for name in ENTRY_FIELDS})
