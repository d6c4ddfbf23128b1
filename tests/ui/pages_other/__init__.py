"""Tests of the simple pages (screening, inspections, committee, decisions, registry, audit)."""
