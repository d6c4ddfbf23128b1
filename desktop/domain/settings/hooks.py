"""What the settings must ask the areas that ship versioned files, implemented there (inspections, scoring) so the
settings, which those areas read, never import them: the versions a choice setting may name."""

from desktop.domain.hooks import Hook

checklist_versions: Hook[[], list[str]] = Hook("settings.checklist_versions", provider="inspections")
"""The inspection checklist versions shipped in ``resources/checklists``, oldest first."""

criteria_versions: Hook[[], list[str]] = Hook("settings.criteria_versions", provider="scoring")
"""The scoring criteria sheet versions shipped in ``resources/criteria``."""
