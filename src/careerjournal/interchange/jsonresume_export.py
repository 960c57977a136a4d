"""JSON Resume export (`export_resume`): a dict valid against the schema, from the journal.

The profile, roles, starred (else highest-impact) project and responsibility entries as
highlights, skills with their current level names, certification entries and (starred, else all)
recognition entries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..domain import EntryKind
from ..services.records import EntryQuery, EntryRecord
from .jsonresume_base import EXPORT_HIGHLIGHTS, HIGHLIGHT_KINDS, SCHEMA_URL, SCHEMA_VERSION

if TYPE_CHECKING:
    from ..services.journal import Journal
    from ..services.records import RoleRecord


def _highlight_text(entry: EntryRecord) -> str:
    text = entry.title
    body = " ".join(entry.body.split())
    if text.endswith("…") and body.startswith(text[:-1].rstrip()):
        text = body  # an imported highlight cut for its title: the whole of it
    if entry.measurable_result:
        text = f"{text} ({entry.measurable_result})"
    return text


def _chosen(entries: list[EntryRecord], limit: int) -> list[EntryRecord]:
    """The starred ones if there are any, else those of highest impact; oldest first."""
    starred = [e for e in entries if e.starred]
    pool = starred or sorted(entries, key=lambda e: (-e.impact, e.occurred_on, e.id))
    return sorted(pool[:limit], key=lambda e: (e.occurred_on, e.id))


def _first_web_link(entry: EntryRecord) -> str:
    for link in entry.links:
        parts = urlsplit(link.url)
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            return link.url
    return ""


def _said(body: str, prefix: str) -> tuple[str, str]:
    """`prefix X.` on a line of its own: X, and the body without that line."""
    m = re.search(rf"^{re.escape(prefix)} (.+?)\.?$", body, re.MULTILINE)
    if m is None:
        return "", body.strip()
    rest = (body[: m.start()] + body[m.end() :]).strip()
    return m[1].strip(), rest


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    """No empty strings (or empty lists) where the schema expects a uri, date or anything."""
    return {k: v for k, v in item.items() if v not in ("", None, [])}


def _role_item(role: RoleRecord, highlights: Iterable[EntryRecord], org_key: str) -> dict[str, Any]:
    return _compact(
        {
            org_key: role.organisation,
            "position": role.title,
            "startDate": role.start_date.isoformat(),
            "endDate": role.end_date.isoformat() if role.end_date else "",
            "summary": role.notes.strip(),
            "highlights": [_highlight_text(e) for e in highlights],
        }
    )


def export_resume(journal: Journal, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The journal as a JSON Resume (valid against schema v1.0.0)."""
    from ..domain.scales import level_name

    profile = journal.profile.get()
    roles = journal.roles.list()
    by_role: dict[int, list[EntryRecord]] = {}
    for e in journal.entries.list(EntryQuery(kinds=HIGHLIGHT_KINDS)):
        if e.role_id is not None:
            by_role.setdefault(e.role_id, []).append(e)

    basics: dict[str, Any] = {}
    if profile.name:
        basics["name"] = profile.name
    current = [r for r in roles if not r.volunteer]
    if current:
        basics["label"] = current[-1].title

    def roles_of(volunteer: bool, org_key: str) -> list[dict[str, Any]]:
        chosen = [r for r in roles if r.volunteer == volunteer]
        chosen.sort(key=lambda r: (r.start_date, r.id))
        return [
            _role_item(r, _chosen(by_role.get(r.id, []), EXPORT_HIGHLIGHTS), org_key)
            for r in chosen
        ]

    skills = []
    for band in journal.skills.bands():
        for skill in band.skills:
            level = (
                level_name(profile.skill_scale, skill.current_level)
                if skill.current_level is not None
                else ""
            )
            skills.append(_compact({"name": skill.name, "level": level, "keywords": [band.name]}))

    certificates = []
    for e in journal.entries.list(EntryQuery(kinds=frozenset({EntryKind.CERTIFICATION}))):
        issuer, _ = _said(e.body, "Issued by")
        certificates.append(
            _compact(
                {
                    "name": e.title,
                    "date": e.occurred_on.isoformat(),
                    "issuer": issuer,
                    "url": _first_web_link(e),
                }
            )
        )

    recognitions = journal.entries.list(EntryQuery(kinds=frozenset({EntryKind.RECOGNITION})))
    awards = []
    for e in [r for r in recognitions if r.starred] or recognitions:
        awarder, summary = _said(e.body, "Awarded by")
        awards.append(
            _compact(
                {
                    "title": e.title,
                    "date": e.occurred_on.isoformat(),
                    "awarder": awarder,
                    "summary": summary,
                }
            )
        )

    stamp = (now or dt.datetime.now()).replace(microsecond=0, tzinfo=None)
    return {
        "$schema": SCHEMA_URL,
        "basics": basics,
        "work": roles_of(False, "name"),
        "volunteer": roles_of(True, "organization"),
        "skills": skills,
        "certificates": certificates,
        "awards": awards,
        "meta": {"version": SCHEMA_VERSION, "lastModified": stamp.isoformat()},
    }
