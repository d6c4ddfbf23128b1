"""inspections area."""
