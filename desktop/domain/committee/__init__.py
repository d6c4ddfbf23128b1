"""committee area."""
