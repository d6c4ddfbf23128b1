"""The Rounds page: calls for applications, their frozen settings and counts per status."""
