"""The Levels area: the active progression framework's rubric, criterion by criterion."""
