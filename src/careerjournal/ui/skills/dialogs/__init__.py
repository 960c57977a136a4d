"""Dialogs of the Skills area: bands, skills, assessments, and the journal's scale and band share.

`BandDialog`, `SkillDialog` and `AssessmentDialog` write nothing themselves: they are given
`commit=`, called on OK with what was typed (`values()` / `draft()`); a `ServiceError` or
`StoreError` it raises is shown inline and the dialog stays open with the text.

`SkillSettingsDialog` writes itself: a scale switch rewrites every level, so it backs the journal
up first (the switch is one operation, undone with Edit › Undo like any other).

Every dialog is keyboard-first: Alt+letter reaches each field, Enter (outside multi-line text)
and Ctrl+Enter accept while the OK button is enabled, Esc cancels. One module per dialog.
"""

from ..presenter import SkillValues
from .assessment_dialog import EVIDENCE_KINDS, EVIDENCE_LIMIT, SUGGEST_DAYS, AssessmentDialog
from .band_dialog import BandDialog
from .form import level_text
from .settings_dialog import ScaleChangeModel, SkillSettingsDialog
from .skill_dialog import SkillDialog

__all__ = [
    "EVIDENCE_KINDS",
    "EVIDENCE_LIMIT",
    "SUGGEST_DAYS",
    "AssessmentDialog",
    "BandDialog",
    "ScaleChangeModel",
    "SkillDialog",
    "SkillSettingsDialog",
    "SkillValues",
    "level_text",
]
