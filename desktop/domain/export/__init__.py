"""Portability: a full JSON dump of every record."""
