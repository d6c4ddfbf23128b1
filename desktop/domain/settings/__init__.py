"""settings area."""
