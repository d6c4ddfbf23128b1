"""A PostgreSQL server that enforces who sees what: one login role per person, group roles, grants, row security."""
