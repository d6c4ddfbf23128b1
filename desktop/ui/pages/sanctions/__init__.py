"""The Sanctions page."""
