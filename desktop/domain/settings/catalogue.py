"""Every business setting, declared once (``SettingSpec``): group, kind, default, bounds, choices, label, help and
whether rounds freeze it. The defaults, the checks, the editor, the per-round copy and the export derive from
``SPECS``; code reads a setting typed through its constant, e.g. ``PASS_MARK.of(round_settings)``."""

from typing import TypeVar

from desktop.core.i18n import translate
from desktop.domain.settings import hooks
from desktop.domain.settings.declaration import SettingSpec, choice, days, decimal, text, whole, yes_no

AUTHORITY, PROCEDURE, MAINTENANCE, SIGNING = "authority", "procedure", "maintenance", "signing"
REMEDIES = "remedies"
DOCUMENTS = "documents"  # --- layout ---: the seal image and the 위임전결 table
# In the editor's order (the signing group is edited in its own dialog, File → Signing certificate…, which checks
# the PKCS#12 file with its password first; the password itself is never a setting).
GROUPS = (AUTHORITY, DOCUMENTS, PROCEDURE, REMEDIES, MAINTENANCE)

SPECS: dict[str, SettingSpec] = {}
"""Every declared setting by its stored key, in the editor's order within each group."""

S = TypeVar("S", bound=SettingSpec)


def _declare(spec: S) -> S:
    SPECS[spec.key] = spec
    return spec


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


def _criteria_versions() -> list[tuple[str, str]]:
    return [(v, v) for v in hooks.criteria_versions()]


def _checklist_versions() -> list[tuple[str, str]]:
    return [(v, v) for v in hooks.checklist_versions()]


# The issuing authority (renamed on 2025-10-01: 특허청장 → 지식재산처장), printed on the documents from now on.
AUTHORITY_TITLE_KO = _declare(text(
    "authority_title_ko", AUTHORITY, "지식재산처장", lambda: translate("Settings", "Authority title (Korean)")))
AUTHORITY_TITLE_EN = _declare(text(
    "authority_title_en", AUTHORITY, "Minister of Intellectual Property",
    lambda: translate("Settings", "Authority title (English)")))
AGENCY_NAME_KO = _declare(text(
    "agency_name_ko", AUTHORITY, "지식재산처", lambda: translate("Settings", "Agency name (Korean)")))
AGENCY_NAME_EN = _declare(text(
    "agency_name_en", AUTHORITY, "Ministry of Intellectual Property",
    lambda: translate("Settings", "Agency name (English)")))
SECRETARIAT_NAME_KO = _declare(text(
    "secretariat_name_ko", AUTHORITY, "한국발명진흥회", lambda: translate("Settings", "Secretariat (Korean)")))
SECRETARIAT_NAME_EN = _declare(text(
    "secretariat_name_en", AUTHORITY, "Korea Invention Promotion Association",
    lambda: translate("Settings", "Secretariat (English)")))
POSTCODE = _declare(text(
    "postcode", AUTHORITY, "35208", lambda: translate("Settings", "Postcode"), kind="postcode"))
ADDRESS_KO = _declare(text(
    "address_ko", AUTHORITY, "대전광역시 서구 청사로 189 정부대전청사 4동",
    lambda: translate("Settings", "Address (Korean)")))
ADDRESS_EN = _declare(text(
    "address_en", AUTHORITY, "Government Complex-Daejeon Bldg 4, 189 Cheongsa-ro, Seo-gu, Daejeon",
    lambda: translate("Settings", "Address (English)")))
WEBSITE = _declare(text(
    "website", AUTHORITY, "www.moip.go.kr", lambda: translate("Settings", "Website"), kind="website"))
PHONE = _declare(text(
    "phone", AUTHORITY, "042-481-5000", lambda: translate("Settings", "Telephone"), kind="phone"))
FAX = _declare(text(
    "fax", AUTHORITY, "042-472-3459", lambda: translate("Settings", "Fax"), kind="phone"))
EMAIL = _declare(text(
    "email", AUTHORITY, "ipvaluation@korea.kr", lambda: translate("Settings", "E-mail"), kind="email"))
DISCLOSURE = _declare(choice(
    "disclosure", AUTHORITY, "공개", lambda: translate("Settings", "Disclosure class"), disclosure_choices))

# The procedure (DOMAIN.md "our defaults"): a new round copies these and freezes them when it opens.
PASS_MARK = _declare(decimal(
    "pass_mark", PROCEDURE, "70", lambda: translate("Settings", "Pass mark (of 100)"), "0", "100",
    per_round=True, round_column=True,
    help_text=lambda: translate("Settings", "An applicant passes with an aggregate of at least this many points.")))
AGGREGATION_METHOD = _declare(choice(
    "aggregation_method", PROCEDURE, "trimmed_mean",
    lambda: translate("Settings", "Aggregation of the members' scores"), aggregation_choices,
    per_round=True, round_column=True))
CRITERIA_VERSION = _declare(choice(
    "criteria_version", PROCEDURE, "2026.1", lambda: translate("Settings", "Criteria sheet version"),
    _criteria_versions, per_round=True, round_column=True))
CHECKLIST_VERSION = _declare(choice(
    "checklist_version", PROCEDURE, "2026.1", lambda: translate("Settings", "Inspection checklist version"),
    _checklist_versions, per_round=True, round_column=True))
COUNT_BOTH_GROUPS = _declare(yes_no(
    "count_both_groups", PROCEDURE, True,
    lambda: translate("Settings", "One person may count in both staff groups"), per_round=True))
SUPPLEMENT_DAYS = _declare(whole(
    "supplement_days", PROCEDURE, 10, lambda: translate("Settings", "Supplement deadline (days)"), "1", "90",
    per_round=True,
    help_text=lambda: translate("Settings", "Days an applicant is given to supplement a filing, counted on the "
                                "official calendar.")))
LOOKBACK_YEARS = _declare(whole(
    "lookback_years", PROCEDURE, 3, lambda: translate("Settings", "Conflict look-back period (years)"), "1", "10",
    per_round=True,
    help_text=lambda: translate("Settings", "A member who worked for or with an applicant within these years is "
                                "suggested as conflicted.")))
OUTLIER_DISTANCE = _declare(decimal(
    "outlier_distance", PROCEDURE, "15", lambda: translate("Settings", "Outlier sheet distance (points)"),
    "1", "100", per_round=True,
    help_text=lambda: translate("Settings", "A sheet this many points or more from the others' aggregate is "
                                "marked for the committee to discuss.")))
CRITERION_FLOOR_RATIO = _declare(decimal(
    "criterion_floor_ratio", PROCEDURE, "0.4",
    lambda: translate("Settings", "Criterion floor (share of its maximum)"), "0", "100", kind="percent",
    per_round=True,
    help_text=lambda: translate("Settings", "An applicant fails when a criterion's aggregate is below this share "
                                "of its maximum.")))
SPREAD_RATIO = _declare(decimal(
    "spread_ratio", PROCEDURE, "0.3",
    lambda: translate("Settings", "Wide spread of a criterion (share of its maximum)"), "1", "100",
    kind="percent", per_round=True))
QUORUM_RATIO = _declare(decimal(
    "quorum_ratio", PROCEDURE, "0.5",
    lambda: translate("Settings", "Quorum (more than this share of the members)"), "0", "99",
    kind="percent", per_round=True))
HIDE_MEMBER_NAMES = _declare(yes_no(
    "hide_member_names", PROCEDURE, True,
    lambda: translate("Settings", "Show members as seats (Member A, B, …) in scores"), per_round=True))
FINDING_DEADLINE_DAYS = _declare(whole(
    "finding_deadline_days", PROCEDURE, 14,
    lambda: translate("Settings", "Deadline of a finding's corrective action (days)"), "1", "90"))
# --- periods ---: days the government declares holidays ad hoc (임시공휴일), [[ISO date, name], …] in date order.
DECLARED_HOLIDAYS = _declare(days(
    "declared_holidays", PROCEDURE, lambda: translate("Settings", "Holidays declared by the government (임시공휴일)"),
    max_length=100))

# The issuing authority's signing identity (issue 10): the PKCS#12 file stays outside the database.
SIGNING_PKCS12_PATH = _declare(text(
    "signing_pkcs12_path", SIGNING, "", lambda: translate("Settings", "Signing key file (.p12)"),
    kind="optional", max_length=1000))
SIGNING_CERTIFICATE_PEM = _declare(text(
    "signing_certificate_pem", SIGNING, "", lambda: translate("Settings", "Signing certificate and chain (PEM)"),
    kind="certificates", max_length=40_000))
SIGNING_SIGNER_NAME = _declare(text(
    "signing_signer_name", SIGNING, "", lambda: translate("Settings", "Signer shown in the signature"),
    kind="optional"))
BACKUP_KEEP = _declare(whole(  # 0: no automatic backups (those already made are kept)
    "backup_keep", MAINTENANCE, 14,
    lambda: translate("Settings", "Automatic daily backups to keep (0: none are made)"), "0", "365"))

# --- decision --- The remedies printed on every disadvantageous disposition (행정절차법 Art. 26). A period may be set
# longer than the statute (the longer stated period then holds, 행정심판법 Art. 27 ⑤) but never shorter.
REMEDY_COMMISSION_KO = _declare(text(
    "remedy_commission_ko", REMEDIES, "중앙행정심판위원회",
    lambda: translate("Settings", "Appeals commission (Korean)")))
REMEDY_COMMISSION_EN = _declare(text(
    "remedy_commission_en", REMEDIES, "Central Administrative Appeals Commission",
    lambda: translate("Settings", "Appeals commission (English)")))
REMEDY_ONLINE = _declare(text(
    "remedy_online", REMEDIES, "www.simpan.go.kr", lambda: translate("Settings", "Online appeals (website)"),
    kind="website"))
REMEDY_APPEAL_DAYS = _declare(whole(
    "remedy_appeal_days", REMEDIES, 90,
    lambda: translate("Settings", "Appeal: days from knowing of the disposition"), "90", "365"))
REMEDY_APPEAL_LIMIT_DAYS = _declare(whole(
    "remedy_appeal_limit_days", REMEDIES, 180,
    lambda: translate("Settings", "Appeal: days from the disposition"), "180", "730"))
REMEDY_COURT_KO = _declare(text(
    "remedy_court_ko", REMEDIES, "관할 행정법원", lambda: translate("Settings", "Court of a lawsuit (Korean)")))
REMEDY_COURT_EN = _declare(text(
    "remedy_court_en", REMEDIES, "the competent administrative court",
    lambda: translate("Settings", "Court of a lawsuit (English)")))
REMEDY_LAWSUIT_DAYS = _declare(whole(
    "remedy_lawsuit_days", REMEDIES, 90,
    lambda: translate("Settings", "Lawsuit: days from knowing of the disposition"), "90", "365"))
REMEDY_LAWSUIT_LIMIT_YEARS = _declare(whole(
    "remedy_lawsuit_limit_years", REMEDIES, 1,
    lambda: translate("Settings", "Lawsuit: years from the disposition"), "1", "5"))
REMEDY_OBJECTION_DAYS = _declare(whole(
    "remedy_objection_days", REMEDIES, 30,
    lambda: translate("Settings", "Objection to the ministry: days from receipt"), "30", "90"))

# --- layout --- The authority's registered electronic seal (전자이미지관인) and who finally approves each letter.
SEAL_IMAGE = _declare(text(
    "seal_image", DOCUMENTS, "", lambda: translate("Settings", "Electronic seal image (전자이미지관인)"),
    kind="seal", max_length=3_000_000))
DELEGATION_SUPPLEMENT_REQUEST = _declare(choice(
    "delegation_supplement_request", DOCUMENTS, "director",
    lambda: translate("Settings", "Supplement request: finally approved by"), delegation_choices))
DELEGATION_INSPECTION_NOTICE = _declare(choice(
    "delegation_inspection_notice", DOCUMENTS, "director",
    lambda: translate("Settings", "Inspection notice: finally approved by"), delegation_choices))
DELEGATION_DECISION_NOTICE = _declare(choice(
    "delegation_decision_notice", DOCUMENTS, "director_general",
    lambda: translate("Settings", "Decision notice: finally approved by"), delegation_choices))

# The positions a 위임전결 table names, from the head of the authority down (stored value, Korean title).
DELEGATION_POSITIONS = (("head", "처장"), ("director_general", "국장"), ("director", "과장"))
DELEGATION_SETTINGS = {"supplement_request": DELEGATION_SUPPLEMENT_REQUEST,  # DocumentKind value → its setting
                       "inspection_notice": DELEGATION_INSPECTION_NOTICE,
                       "decision": DELEGATION_DECISION_NOTICE}
# Settings kept in both languages, by the language of a document ("ko", "en").
AUTHORITY_TITLE = {"ko": AUTHORITY_TITLE_KO, "en": AUTHORITY_TITLE_EN}
AGENCY_NAME = {"ko": AGENCY_NAME_KO, "en": AGENCY_NAME_EN}
SECRETARIAT_NAME = {"ko": SECRETARIAT_NAME_KO, "en": SECRETARIAT_NAME_EN}
ADDRESS = {"ko": ADDRESS_KO, "en": ADDRESS_EN}
REMEDY_COMMISSION = {"ko": REMEDY_COMMISSION_KO, "en": REMEDY_COMMISSION_EN}
REMEDY_COURT = {"ko": REMEDY_COURT_KO, "en": REMEDY_COURT_EN}


def group_label(group: str) -> str:
    return {AUTHORITY: translate("Settings", "Issuing authority"),
            PROCEDURE: translate("Settings", "Procedure defaults"),
            SIGNING: translate("Settings", "Signing certificate"),
            REMEDIES: translate("Settings", "Remedies printed on refusals and sanctions"),
            MAINTENANCE: translate("Settings", "Data safety"),
            DOCUMENTS: translate("Settings", "Official documents")}[group]


def setting_label(key: str) -> str:
    return SPECS[key].label if key in SPECS else key


def choices(key: str) -> list[tuple[str, str]]:
    """(stored value, label) of a choice setting; versions are the files shipped in ``resources/``."""
    return SPECS[key].choices() if key in SPECS else []
