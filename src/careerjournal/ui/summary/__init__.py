"""The Summary area: a period's appraisal summary, previewed as it prints, and exported."""
