"""Designation review of IP valuation institutes (Invention Promotion Act Art. 28)."""

__version__ = "0.1.0"
