"""What the committee must ask scoring, the area after it, implemented there so the committee never imports it:
whether a round's scoring has started, dropping a newly conflicted member's sheet, and the minutes' content."""

from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.hooks import Hook

scoring_started: Hook[[Session, int], bool] = Hook("committee.scoring_started", provider="scoring")
"""Whether any member has a score sheet in the round (its committee is fixed from then on)."""

withdraw_sheet: Hook[[Session, int, int], None] = Hook("committee.withdraw_sheet", provider="scoring")
"""A member who becomes conflicted for an applicant loses any unsubmitted sheet; a submitted one stops counting."""

meeting_minutes: Hook[[Session, Actor, int, dict[str, Any]], Any] = Hook(
    "committee.meeting_minutes", provider="scoring")
"""The data of a meeting's minutes, results table included, as they are frozen when the meeting closes."""
