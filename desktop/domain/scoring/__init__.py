"""scoring area."""
