"""registry area."""
