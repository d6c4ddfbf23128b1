"""The Registry page."""
