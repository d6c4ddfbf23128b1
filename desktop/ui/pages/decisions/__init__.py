"""The Decisions page."""
