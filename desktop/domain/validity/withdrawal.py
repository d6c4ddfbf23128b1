"""Withdrawing a validity check before its conclusion (its notices too late, the request withdrawn): the reason is
recorded, no further step is taken on it, and a new check of the same report may be opened."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.validity.models import CheckStatus
from desktop.domain.validity.service import CheckRow, _row, load_check, refuse_if_closed


def withdraw_check(session: Session, actor: Actor, check_id: int, reason: str) -> CheckRow:
    """Withdraw an open or notified check with its reason (a concluded or withdrawn one is refused)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    check = load_check(session, check_id)
    refuse_if_closed(check)
    if not reason.strip():
        raise ValidationError(translate("Validity", "State why the check is withdrawn."), field="reason")
    before = check.status.value
    check.status, check.withdrawn_reason = CheckStatus.WITHDRAWN, reason.strip()
    check.withdrawn_by_id, check.withdrawn_at = actor.user_id or None, now()
    session.flush()
    record(session, actor, "validity.withdraw", check, summary=f"{check.number} {check.withdrawn_reason}",
           before={"status": before}, after={"status": CheckStatus.WITHDRAWN.value, "reason": check.withdrawn_reason})
    return _row(session, check)
