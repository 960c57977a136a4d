"""Dialogs of the Goals area: goals, milestones, the entries that evidence a milestone, and the
new role an achieved promotion brings. One module per dialog.

None of them writes itself: each is given `commit=`, called on OK with what was typed (`draft()`;
the evidence dialog hands over `added()` and `removed()` after Accepted). A `ServiceError` or
`StoreError` that `commit` raises is shown inline and the dialog stays open with the text.

Every dialog is keyboard-first, as in the Skills area: Alt+letter reaches each field, Enter
(outside multi-line text) and Ctrl+Enter accept while OK is enabled, Esc cancels.
"""

from .evidence_dialog import EVIDENCE_LIMIT, EvidenceListModel, LinkEvidenceDialog
from .goal_dialog import GoalDialog
from .milestone_dialog import MilestoneDialog
from .parts import ROLE_KINDS
from .role_dialog import NewRoleDialog

__all__ = [
    "EVIDENCE_LIMIT",
    "ROLE_KINDS",
    "EvidenceListModel",
    "GoalDialog",
    "LinkEvidenceDialog",
    "MilestoneDialog",
    "NewRoleDialog",
]
