"""The Goals area: goals broken into milestones, their evidence, and progress over time."""
