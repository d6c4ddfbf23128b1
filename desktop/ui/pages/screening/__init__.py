"""The Screening page."""
