"""The Skills area: bands of skills, their levels against targets, and how they grew."""
