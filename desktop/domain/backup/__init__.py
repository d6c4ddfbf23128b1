"""Backing the database up and restoring a backup: who may, what the audit trail records (desktop.db.backup works)."""
