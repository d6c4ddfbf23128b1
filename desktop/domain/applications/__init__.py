"""applications area."""
