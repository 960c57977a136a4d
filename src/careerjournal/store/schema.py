"""The schema revisions this version of the app knows, checked without importing Alembic.

Keep `REVISIONS` in step with `migrations/versions/` (a test compares them): opening a journal
compares the stored revision with this list; only a pending migration pays for importing
Alembic.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_versions",
    "0003_operations",
    "0004_inbox",
    "0005_frameworks",
    "0006_secrets",
    "0007_meaning",
)
HEAD: str = REVISIONS[-1]
