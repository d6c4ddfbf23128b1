"""Issued documents of every area: the content frozen when a record is issued, and the files issued from it."""
