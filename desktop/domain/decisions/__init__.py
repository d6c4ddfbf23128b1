"""decisions area."""
