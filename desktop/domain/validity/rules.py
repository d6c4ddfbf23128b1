"""The periods and recipients of a validity check, as pure functions (Act Art. 31-4 ②, Decree Art. 14-4)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.periods import Calendar, Period, period_to_act
from desktop.domain.validity.models import Recipient, Requester

NOTICE_DAYS = 10  # the notices go out within 10 days of the check's opening
COMMENT_DAYS = 10  # each recipient may comment within 10 days of receiving its notice


def notice_period(days_off: Calendar, opened_at: datetime) -> Period:
    """The days to send the notices, counted from the opening (행정기본법 6 ① → 민법 157, 161)."""
    return period_to_act(days_off, opened_at, NOTICE_DAYS)


def comment_period(days_off: Calendar, received_on: date) -> Period:
    """The days a recipient has to comment, counted from the day it received its notice."""
    return period_to_act(days_off, received_on, COMMENT_DAYS)


def recipients_for(requester: Requester) -> tuple[Recipient, ...]:
    """Who is notified: the institute and the client always; whoever asked, unless the ministry itself did or the
    client asked (then the client's notice is the requester's too)."""
    if Requester(requester) in (Requester.STATE_BODY, Requester.RESULT_RECIPIENT):
        return (Recipient.INSTITUTE, Recipient.CLIENT, Recipient.REQUESTER)
    return (Recipient.INSTITUTE, Recipient.CLIENT)


def comment_is_late(commented_on: date, deadline: date) -> bool:
    return commented_on > deadline
