"""Recording the life of a registry entry: changes of its particulars (with their effective day and evidence) and
its review date. Each is audited; a refused change saves nothing."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import today
from desktop.core.errors import NotFound, ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.attachments import check_file, store_blob
from desktop.domain.audit.service import record
from desktop.domain.blobs.models import Blob
from desktop.domain.decisions.models import OUTPUTS
from desktop.domain.registry.models import (
    MergerRole,
    RegistryChange,
    RegistryChangeKind,
    RegistryEntry,
    RegistryStatus,
)
from desktop.domain.registry.particulars import SCOPES, names_value, particulars_on
from desktop.domain.registry.service import change_kind_label, status_on

# Every change of a designated institute's particulars is reported with its proof (a register extract, the
# decision changing the scope, the merger registration); declared per kind so a kind without can be added.
EVIDENCE_REQUIRED: dict[RegistryChangeKind, bool] = dict.fromkeys(RegistryChangeKind, True)
TEXT_LIMITS = {RegistryChangeKind.NAME: 200, RegistryChangeKind.REPRESENTATIVE: 100,
               RegistryChangeKind.ADDRESS: 300, RegistryChangeKind.MERGER: 200}


@dataclass(frozen=True)
class ChangeInput:
    """What the secretariat enters: ``value`` is the new text, or the chosen names for scope and outputs."""

    kind: RegistryChangeKind
    effective_on: date
    value: str | tuple[str, ...]
    evidence_filename: str = ""
    evidence: bytes = b""
    note: str = ""
    merger_role: MergerRole | None = None


def _entry(session: Session, entry_id: int) -> RegistryEntry:
    entry = session.get(RegistryEntry, entry_id)
    if entry is None:
        raise NotFound(translate("Registry", "The registry entry no longer exists."))
    return entry


def _check_day(session: Session, entry: RegistryEntry, day: date) -> None:
    if day < entry.designated_on:
        raise ValidationError(translate("Registry", "A change cannot take effect before the designation on {date}.")
                              .format(date=official_date(entry.designated_on)), field="effective_on")
    if day > today():
        raise ValidationError(translate("Registry", "A change is recorded once it has taken effect: {date} is "
                                        "after today.").format(date=official_date(day)), field="effective_on")
    if status_on(session, entry, day) == RegistryStatus.REVOKED:
        raise ValidationError(translate("Registry", "The designation had ended by {date}: no change can take "
                                        "effect then.").format(date=official_date(day)), field="effective_on")


def _stored_value(session: Session, entry: RegistryEntry, change: ChangeInput) -> str:
    """The value to store, or a refusal at the field naming what is wrong."""
    current = particulars_on(session, entry, change.effective_on)
    if change.kind in (RegistryChangeKind.SCOPE, RegistryChangeKind.OUTPUTS):
        order = SCOPES if change.kind == RegistryChangeKind.SCOPE else OUTPUTS
        chosen = tuple(n for n in order if n in set(change.value))
        if not chosen:
            message = (translate("Registry", "Choose at least one kind of property the institute may evaluate.")
                       if change.kind == RegistryChangeKind.SCOPE else
                       translate("Registry", "Choose at least one way the institute expresses value."))
            raise ValidationError(message, field=change.kind.value)
        if chosen == (current.scope if change.kind == RegistryChangeKind.SCOPE else current.outputs):
            raise ValidationError(translate("Registry", "That is already in force on {date}: nothing changes.")
                                  .format(date=official_date(change.effective_on)), field=change.kind.value)
        return names_value(chosen)
    text = " ".join(str(change.value).split())
    if not text:
        message = {
            RegistryChangeKind.NAME: translate("Registry", "Enter the institute's new name."),
            RegistryChangeKind.REPRESENTATIVE: translate("Registry", "Enter the new representative's name."),
            RegistryChangeKind.ADDRESS: translate("Registry", "Enter the new address."),
            RegistryChangeKind.MERGER: translate("Registry", "Enter the institute it merged with."),
        }[change.kind]
        raise ValidationError(message, field="value")
    if len(text) > TEXT_LIMITS[change.kind]:
        raise ValidationError(translate("Registry", "At most {limit} characters, please.")
                              .format(limit=TEXT_LIMITS[change.kind]), field="value")
    unchanged = {RegistryChangeKind.NAME: current.name, RegistryChangeKind.REPRESENTATIVE: current.representative,
                 RegistryChangeKind.ADDRESS: current.address}.get(change.kind)
    if text == unchanged:
        raise ValidationError(translate("Registry", "That is already in force on {date}: nothing changes.")
                              .format(date=official_date(change.effective_on)), field="value")
    if change.kind == RegistryChangeKind.MERGER and change.merger_role is None:
        raise ValidationError(translate("Registry", "Say whether the institute absorbed the other or was merged "
                                        "into it."), field="merger_role")
    return text


def record_change(session: Session, actor: Actor, entry_id: int, change: ChangeInput) -> int:
    """Record a change of the entry's particulars from ``change.effective_on`` on; returns its id."""
    require(session, actor, Permission.MAINTAIN_REGISTRY)
    entry = _entry(session, entry_id)
    _check_day(session, entry, change.effective_on)
    value = _stored_value(session, entry, change)
    same_day = session.scalars(select(RegistryChange.id).where(
        RegistryChange.entry_id == entry.id, RegistryChange.kind == change.kind,
        RegistryChange.effective_on == change.effective_on)).first()
    if same_day is not None:
        raise ValidationError(translate("Registry", "A change of this kind on {date} is recorded already.")
                              .format(date=official_date(change.effective_on)), field="effective_on")
    filename = Path(change.evidence_filename).name
    if not change.evidence and EVIDENCE_REQUIRED[change.kind]:
        raise ValidationError(translate("Registry", "Attach the evidence of the change (e.g. the register extract "
                                        "or the letter that reported it)."), field="evidence")
    digest = None
    if change.evidence:
        check_file(filename, change.evidence)
        digest = store_blob(session, change.evidence)
    row = RegistryChange(entry_id=entry.id, kind=change.kind, effective_on=change.effective_on, value=value,
                         merger_role=change.merger_role.value if change.merger_role else "",
                         evidence_sha256=digest, evidence_filename=filename if digest else "",
                         note=change.note.strip()[:500], recorded_by_id=actor.user_id or None)
    session.add(row)
    session.flush()
    record(session, actor, "registry.change", row,
           summary=f"{particulars_on(session, entry, entry.designated_on).name}: "
                   f"{change_kind_label(change.kind)} {official_date(change.effective_on)}",
           after={"entry_id": entry.id, "kind": change.kind.value, "effective_on": change.effective_on.isoformat(),
                  "value": value, "merger_role": row.merger_role, "evidence_sha256": digest,
                  "evidence_filename": row.evidence_filename, "note": row.note})
    return row.id


def set_review_date(session: Session, actor: Actor, entry_id: int, review_on: date | None) -> None:
    """Set or clear the entry's review date (재지정·점검 예정일)."""
    require(session, actor, Permission.MAINTAIN_REGISTRY)
    entry = _entry(session, entry_id)
    if review_on is not None and review_on <= entry.designated_on:
        raise ValidationError(translate("Registry", "The review date must come after the designation on {date}.")
                              .format(date=official_date(entry.designated_on)), field="review_on")
    if review_on == entry.review_on:
        return
    before = {"review_on": entry.review_on.isoformat() if entry.review_on else None}
    entry.review_on = review_on
    session.flush()
    record(session, actor, "registry.review_date", entry,
           summary=official_date(review_on) if review_on else translate("Registry", "no review date"),
           before=before, after={"review_on": review_on.isoformat() if review_on else None})


def change_evidence(session: Session, actor: Actor, change_id: int) -> tuple[str, bytes]:
    """The evidence file of a recorded change: its name and bytes."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    change = session.get(RegistryChange, change_id)
    if change is None or change.evidence_sha256 is None:
        raise NotFound(translate("Registry", "This change has no evidence attached."))
    return change.evidence_filename, session.get_one(Blob, change.evidence_sha256).data
