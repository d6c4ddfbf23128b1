"""The Committee page."""
