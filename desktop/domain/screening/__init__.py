"""screening area."""
