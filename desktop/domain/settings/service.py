"""Business settings with declared defaults (DOMAIN.md "our defaults"); rounds freeze a copy when they open."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.settings.models import Setting

DEFAULTS: dict[str, Any] = {
    # Issuing authority (renamed on 2025-10-01: 특허청장 → 지식재산처장).
    "authority_title_ko": "지식재산처장",
    "authority_title_en": "Minister of Intellectual Property",
    "agency_name_ko": "지식재산처",
    "agency_name_en": "Ministry of Intellectual Property",
    "secretariat_name_ko": "한국발명진흥회",
    "secretariat_name_en": "Korea Invention Promotion Association",
    "postcode": "35208",
    "address_ko": "대전광역시 서구 청사로 189 정부대전청사 4동",
    "address_en": "Government Complex-Daejeon Bldg 4, 189 Cheongsa-ro, Seo-gu, Daejeon",
    "website": "www.moip.go.kr",
    "phone": "042-481-5000",
    "fax": "042-472-3459",
    "email": "ipvaluation@korea.kr",
    "disclosure": "공개",
    # Procedure defaults, frozen per round.
    "pass_mark": "70",
    "aggregation_method": "trimmed_mean",
    "criteria_version": "2026.1",
    "checklist_version": "2026.1",
    "count_both_groups": True,
    "supplement_days": 10,
    "lookback_years": 3,
    "outlier_distance": "15",
    "criterion_floor_ratio": "0.4",
    "hide_member_names": True,
    # Committee (issue 5): a criterion is flagged when its scores range over more than this share of its
    # maximum; a meeting is quorate when more than this share of the seated members is present.
    "spread_ratio": "0.3",
    "quorum_ratio": "0.5",
    # Inspections (issue 4): the deadline a finding's corrective action gets unless the inspector sets another.
    "finding_deadline_days": 14,
}

ROUND_FROZEN_KEYS = (
    "count_both_groups", "supplement_days", "lookback_years", "outlier_distance",
    "criterion_floor_ratio", "hide_member_names", "spread_ratio", "quorum_ratio",
)


def get_settings(session: Session) -> dict[str, Any]:
    """Defaults overlaid with what the administrator stored."""
    values = dict(DEFAULTS)
    for setting in session.scalars(select(Setting)):
        values[setting.key] = setting.value
    return values


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    require(actor, Permission.MANAGE_SETTINGS)
    if key not in DEFAULTS:
        raise ValidationError(translate("Settings", "Unknown setting: {key}.").format(key=key), field=key)
    setting = session.get(Setting, key)
    before = setting.value if setting else DEFAULTS[key]
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    record(session, actor, "setting.update", entity_type="settings", summary=key,
           before={key: before}, after={key: value})
