"""The Inspections page."""
