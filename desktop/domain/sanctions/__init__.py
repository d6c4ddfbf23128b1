"""Sanctions after a hearing (Act Art. 31 ①, Art. 57): cases, prior notices, hearings, dispositions."""
