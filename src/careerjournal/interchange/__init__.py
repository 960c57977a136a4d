"""Moving data in and out of a journal: full backups, JSON Resume, LinkedIn exports, Markdown, CSV.

No Qt. Every importer reads a file through `safety` (bounded size, depth, archive checks), turns
it into an `ImportPlan`, and `ImportService` applies the plan in one transaction after a backup.
"""
