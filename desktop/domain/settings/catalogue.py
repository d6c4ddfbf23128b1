"""What each business setting is: its group, kind, bounds and label, so that the service can check a value and
the settings editor can offer the right field, and its default: each setting is declared here once."""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.core.i18n import translate
from desktop.domain.settings import hooks

AUTHORITY, PROCEDURE, MAINTENANCE, SIGNING = "authority", "procedure", "maintenance", "signing"
REMEDIES = "remedies"
DOCUMENTS = "documents"  # --- layout ---: the seal image and the 위임전결 table
# In the editor's order (the signing identity has a dialog of its own).
GROUPS = (AUTHORITY, DOCUMENTS, PROCEDURE, REMEDIES, MAINTENANCE)
# Kinds: text, postcode, phone, email, website (checked text); int, decimal, percent (stored as a ratio "0.4",
# edited as 40 %); bool; choice (one of ``choices()``); optional (text that may be empty: a file path, a name);
# certificates (PEM text of one or more X.509 certificates, or empty); seal (a transparent PNG as base64, or empty:
# edited in the dialog's seal box, never in a text field); days (a list of [ISO date, name], at most ``max_length``
# of them).
# The signing group is edited in its own dialog (File → Signing certificate…), which checks the PKCS#12 file with
# its password first; the password itself is never a setting (desktop/issuing/signing_password.py).


@dataclass(frozen=True)
class SettingSpec:
    key: str
    group: str
    kind: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    per_round: bool = False  # copied into each new round and frozen when it opens
    max_length: int = 200
    default: Any = None  # the value until the administrator stores another (DOMAIN.md "our defaults")
    round_column: bool = False  # per round, but kept in the round's own column rather than its settings copy


def _spec(key: str, group: str, kind: str, minimum: str | None = None, maximum: str | None = None,
          *, default: Any, per_round: bool = False, max_length: int = 200, round_column: bool = False) -> SettingSpec:
    return SettingSpec(key, group, kind, Decimal(minimum) if minimum is not None else None,
                       Decimal(maximum) if maximum is not None else None, per_round, max_length, default, round_column)


SPECS: dict[str, SettingSpec] = {s.key: s for s in (
    _spec("authority_title_ko", AUTHORITY, "text", default="지식재산처장"),
    _spec("authority_title_en", AUTHORITY, "text", default="Minister of Intellectual Property"),
    _spec("agency_name_ko", AUTHORITY, "text", default="지식재산처"),
    _spec("agency_name_en", AUTHORITY, "text", default="Ministry of Intellectual Property"),
    _spec("secretariat_name_ko", AUTHORITY, "text", default="한국발명진흥회"),
    _spec("secretariat_name_en", AUTHORITY, "text", default="Korea Invention Promotion Association"),
    _spec("postcode", AUTHORITY, "postcode", default="35208"),
    _spec("address_ko", AUTHORITY, "text", default="대전광역시 서구 청사로 189 정부대전청사 4동"),
    _spec("address_en", AUTHORITY, "text",
          default="Government Complex-Daejeon Bldg 4, 189 Cheongsa-ro, Seo-gu, Daejeon"),
    _spec("website", AUTHORITY, "website", default="www.moip.go.kr"),
    _spec("phone", AUTHORITY, "phone", default="042-481-5000"),
    _spec("fax", AUTHORITY, "phone", default="042-472-3459"),
    _spec("email", AUTHORITY, "email", default="ipvaluation@korea.kr"),
    _spec("disclosure", AUTHORITY, "choice", default="공개"),
    _spec("pass_mark", PROCEDURE, "decimal", "0", "100", per_round=True, default="70", round_column=True),
    _spec("aggregation_method", PROCEDURE, "choice", per_round=True, default="trimmed_mean", round_column=True),
    _spec("criteria_version", PROCEDURE, "choice", per_round=True, default="2026.1", round_column=True),
    _spec("checklist_version", PROCEDURE, "choice", per_round=True, default="2026.1", round_column=True),
    _spec("count_both_groups", PROCEDURE, "bool", per_round=True, default=True),
    _spec("supplement_days", PROCEDURE, "int", "1", "90", per_round=True, default=10),
    _spec("lookback_years", PROCEDURE, "int", "1", "10", per_round=True, default=3),
    _spec("outlier_distance", PROCEDURE, "decimal", "1", "100", per_round=True, default="15"),
    _spec("criterion_floor_ratio", PROCEDURE, "percent", "0", "100", per_round=True, default="0.4"),
    _spec("spread_ratio", PROCEDURE, "percent", "1", "100", per_round=True, default="0.3"),
    _spec("quorum_ratio", PROCEDURE, "percent", "0", "99", per_round=True, default="0.5"),
    _spec("hide_member_names", PROCEDURE, "bool", per_round=True, default=True),
    _spec("finding_deadline_days", PROCEDURE, "int", "1", "90", default=14),
    # --- periods ---
    # Days the government declares holidays ad hoc (임시공휴일): [[ISO date, name], …], kept in date order.
    _spec("declared_holidays", PROCEDURE, "days", max_length=100, default=[]),
    # The issuing authority's signing identity (issue 10): the PKCS#12 file stays outside the database.
    _spec("signing_pkcs12_path", SIGNING, "optional", max_length=1000, default=""),
    _spec("signing_certificate_pem", SIGNING, "certificates", max_length=40_000, default=""),
    _spec("signing_signer_name", SIGNING, "optional", default=""),
    _spec("backup_keep", MAINTENANCE, "int", "0", "365", default=14),  # 0: no automatic backups (those made are kept)
    # --- decision ---
    # The remedies printed on every disadvantageous disposition (행정절차법 Art. 26). A period may be set longer
    # than the statute (the longer stated period then holds, 행정심판법 Art. 27 ⑤) but never shorter.
    _spec("remedy_commission_ko", REMEDIES, "text", default="중앙행정심판위원회"),
    _spec("remedy_commission_en", REMEDIES, "text", default="Central Administrative Appeals Commission"),
    _spec("remedy_online", REMEDIES, "website", default="www.simpan.go.kr"),
    _spec("remedy_appeal_days", REMEDIES, "int", "90", "365", default=90),
    _spec("remedy_appeal_limit_days", REMEDIES, "int", "180", "730", default=180),
    _spec("remedy_court_ko", REMEDIES, "text", default="관할 행정법원"),
    _spec("remedy_court_en", REMEDIES, "text", default="the competent administrative court"),
    _spec("remedy_lawsuit_days", REMEDIES, "int", "90", "365", default=90),
    _spec("remedy_lawsuit_limit_years", REMEDIES, "int", "1", "5", default=1),
    _spec("remedy_objection_days", REMEDIES, "int", "30", "90", default=30),
    # --- layout ---
    # The authority's registered electronic seal (전자이미지관인) and who finally approves each kind of letter.
    _spec("seal_image", DOCUMENTS, "seal", max_length=3_000_000, default=""),
    _spec("delegation_supplement_request", DOCUMENTS, "choice", default="director"),
    _spec("delegation_inspection_notice", DOCUMENTS, "choice", default="director"),
    _spec("delegation_decision_notice", DOCUMENTS, "choice", default="director_general"),
)}

# The positions a 위임전결 table names, from the head of the authority down (stored value, Korean title).
DELEGATION_POSITIONS = (("head", "처장"), ("director_general", "국장"), ("director", "과장"))
DELEGATION_KEYS = {"supplement_request": "delegation_supplement_request",  # DocumentKind value → setting
                   "inspection_notice": "delegation_inspection_notice",
                   "decision": "delegation_decision_notice"}


def group_label(group: str) -> str:
    return {AUTHORITY: translate("Settings", "Issuing authority"),
            PROCEDURE: translate("Settings", "Procedure defaults"),
            SIGNING: translate("Settings", "Signing certificate"),
            REMEDIES: translate("Settings", "Remedies printed on refusals and sanctions"),
            MAINTENANCE: translate("Settings", "Data safety"),
            DOCUMENTS: translate("Settings", "Official documents")}[group]


def setting_label(key: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "authority_title_ko": lambda: translate("Settings", "Authority title (Korean)"),
        "authority_title_en": lambda: translate("Settings", "Authority title (English)"),
        "agency_name_ko": lambda: translate("Settings", "Agency name (Korean)"),
        "agency_name_en": lambda: translate("Settings", "Agency name (English)"),
        "secretariat_name_ko": lambda: translate("Settings", "Secretariat (Korean)"),
        "secretariat_name_en": lambda: translate("Settings", "Secretariat (English)"),
        "postcode": lambda: translate("Settings", "Postcode"),
        "address_ko": lambda: translate("Settings", "Address (Korean)"),
        "address_en": lambda: translate("Settings", "Address (English)"),
        "website": lambda: translate("Settings", "Website"),
        "phone": lambda: translate("Settings", "Telephone"),
        "fax": lambda: translate("Settings", "Fax"),
        "email": lambda: translate("Settings", "E-mail"),
        "disclosure": lambda: translate("Settings", "Disclosure class"),
        "pass_mark": lambda: translate("Settings", "Pass mark (of 100)"),
        "aggregation_method": lambda: translate("Settings", "Aggregation of the members' scores"),
        "criteria_version": lambda: translate("Settings", "Criteria sheet version"),
        "checklist_version": lambda: translate("Settings", "Inspection checklist version"),
        "count_both_groups": lambda: translate("Settings", "One person may count in both staff groups"),
        "supplement_days": lambda: translate("Settings", "Supplement deadline (days)"),
        "lookback_years": lambda: translate("Settings", "Conflict look-back period (years)"),
        "outlier_distance": lambda: translate("Settings", "Outlier sheet distance (points)"),
        "criterion_floor_ratio": lambda: translate("Settings", "Criterion floor (share of its maximum)"),
        "spread_ratio": lambda: translate("Settings", "Wide spread of a criterion (share of its maximum)"),
        "quorum_ratio": lambda: translate("Settings", "Quorum (more than this share of the members)"),
        "hide_member_names": lambda: translate("Settings", "Show members as seats (Member A, B, …) in scores"),
        "finding_deadline_days": lambda: translate("Settings", "Deadline of a finding's corrective action (days)"),
        "declared_holidays": lambda: translate("Settings", "Holidays declared by the government (임시공휴일)"),
        "signing_pkcs12_path": lambda: translate("Settings", "Signing key file (.p12)"),
        "signing_certificate_pem": lambda: translate("Settings", "Signing certificate and chain (PEM)"),
        "signing_signer_name": lambda: translate("Settings", "Signer shown in the signature"),
        "backup_keep": lambda: translate("Settings", "Automatic daily backups to keep (0: none are made)"),
        # --- decision ---
        "remedy_commission_ko": lambda: translate("Settings", "Appeals commission (Korean)"),
        "remedy_commission_en": lambda: translate("Settings", "Appeals commission (English)"),
        "remedy_online": lambda: translate("Settings", "Online appeals (website)"),
        "remedy_appeal_days": lambda: translate("Settings", "Appeal: days from knowing of the disposition"),
        "remedy_appeal_limit_days": lambda: translate("Settings", "Appeal: days from the disposition"),
        "remedy_court_ko": lambda: translate("Settings", "Court of a lawsuit (Korean)"),
        "remedy_court_en": lambda: translate("Settings", "Court of a lawsuit (English)"),
        "remedy_lawsuit_days": lambda: translate("Settings", "Lawsuit: days from knowing of the disposition"),
        "remedy_lawsuit_limit_years": lambda: translate("Settings", "Lawsuit: years from the disposition"),
        "remedy_objection_days": lambda: translate("Settings", "Objection to the ministry: days from receipt"),
        # --- layout ---
        "seal_image": lambda: translate("Settings", "Electronic seal image (전자이미지관인)"),
        "delegation_supplement_request": lambda: translate("Settings", "Supplement request: finally approved by"),
        "delegation_inspection_notice": lambda: translate("Settings", "Inspection notice: finally approved by"),
        "delegation_decision_notice": lambda: translate("Settings", "Decision notice: finally approved by"),
    }
    return labels[key]() if key in labels else key


def aggregation_choices() -> list[tuple[str, str]]:
    return [("trimmed_mean", translate("Settings", "Trimmed mean (drop highest and lowest with 5 or more)")),
            ("mean", translate("Settings", "Mean")), ("median", translate("Settings", "Median"))]


def disclosure_choices() -> list[tuple[str, str]]:
    return [("공개", translate("Settings", "Public (공개)")),
            ("부분공개", translate("Settings", "Partly public (부분공개)")),
            ("비공개", translate("Settings", "Not public (비공개)"))]


def delegation_choices() -> list[tuple[str, str]]:
    """The positions of the 위임전결 table: the head signs himself, a director general or a director 전결."""
    return [("head", translate("Settings", "Head of the authority (처장)")),
            ("director_general", translate("Settings", "Director general, delegated (국장 전결)")),
            ("director", translate("Settings", "Director, delegated (과장 전결)"))]


def choices(key: str) -> list[tuple[str, str]]:
    """(stored value, label) of a choice setting; versions are the files shipped in ``resources/``."""
    if key.startswith("delegation_"):
        return delegation_choices()
    if key == "aggregation_method":
        return aggregation_choices()
    if key == "disclosure":
        return disclosure_choices()
    if key == "criteria_version":
        return [(v, v) for v in hooks.criteria_versions()]
    if key == "checklist_version":
        return [(v, v) for v in hooks.checklist_versions()]
    return []
