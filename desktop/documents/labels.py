"""The fixed words of official documents in Korean and English, and the item markers 1. → 가. → 1) → 가)."""

import re
import string

LANGUAGES = ("ko", "en")

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "recipient": "수신", "via": "(경유)", "subject": "제목", "attachments": "붙임", "attachment": "붙임",
        "end": "끝.",
        "drafted": "기안자", "reviewed": "검토자", "approved": "결재권자", "enforcement": "시행",
        "received": "접수", "postcode": "우", "phone": "전화번호", "fax": "팩스번호",
        "verification": "문서확인번호", "copies": "{n}부.", "representative": "대표",
        "delegated": "전결", "seal_omitted": "직인생략", "draft": "초안", "blank_below": "이하 빈칸",
        "how_to_verify": "진위 확인: 전자서명 또는 QR코드를 designation-review verify로 확인 · 문서확인번호 {code}",
    },
    "en": {
        "recipient": "To", "via": "(Via)", "subject": "Subject", "attachments": "Attachments",
        "attachment": "Attachment",
        "end": "End.",
        "drafted": "Drafted by", "reviewed": "Reviewed by", "approved": "Approved by",
        "enforcement": "Ref.", "received": "Received", "postcode": "Postcode", "phone": "Tel.",
        "fax": "Fax", "verification": "Verification code", "copies": "{n} cop{plural}.",
        "representative": "Representative",
        "delegated": "(delegated)", "seal_omitted": "(Seal omitted)", "draft": "DRAFT",
        "blank_below": "Blank below",
        "how_to_verify": "Verify: check the digital signature or the QR code with designation-review verify · "
                         "verification code {code}",
    },
}

# What a designated institute evaluates (Act Art. 2(11)) and how it expresses the value.
SCOPE_NAMES = {
    "ko": {"inventions": "발명", "trademarks": "상표", "trade_secrets": "영업비밀", "layouts": "반도체배치설계"},
    "en": {"inventions": "inventions", "trademarks": "trademarks", "trade_secrets": "trade secrets",
           "layouts": "semiconductor layout designs"},
}
OUTPUT_NAMES = {
    "ko": {"amount": "금액", "grade": "등급", "score": "점수"},
    "en": {"amount": "an amount", "grade": "a grade", "score": "a score"},
}

DISCLOSURE_EN = {"공개": "Public", "부분공개": "Partly public", "비공개": "Not public"}

# One numbering style per language and kind of numbered record; stored numbers keep their (Korean) value.
# Korean keeps the official forms; English never doubles "No." (the 시행 label is "Ref.") and no two kinds share
# a visible number: a supplement letter SUP-2026-0001 is never read as the decision No. 2026-0001.
NUMBER_STYLES: dict[str, dict[str, str]] = {
    "decision": {"ko": "제{year}-{serial}호", "en": "No. {year}-{serial}"},
    "public_notice": {"ko": "제{year}-{serial}호", "en": "No. {year}-{serial}"},
    "supplement": {"ko": "보완-{year}-{serial}", "en": "SUP-{year}-{serial}"},
    "inspection": {"ko": "실사-{year}-{serial}", "en": "INS-{year}-{serial}"},
    "inspection_report": {"ko": "실사결과-{year}-{serial}", "en": "INR-{year}-{serial}"},
    "meeting": {"ko": "심의-{year}-{serial}", "en": "CM-{year}-{serial}"},
    "sanction_case": {"ko": "제재사건-{year}-{serial}", "en": "SC-{year}-{serial}"},
    "sanction": {"ko": "제재-{year}-{serial}", "en": "SAN-{year}-{serial}"},
    "survey": {"ko": "표본조사-{year}-{serial}", "en": "SUR-{year}-{serial}"},
    "validity_check": {"ko": "타당성-{year}-{serial}", "en": "VC-{year}-{serial}"},
    "validity": {"ko": "타당성통지-{year}-{serial}", "en": "VCL-{year}-{serial}"},
    "publication": {"ko": "공표-{year}-{serial}", "en": "PUB-{year}-{serial}"},
}
_STORED_NUMBER = re.compile(r"^(?:제(?P<official>\d{4})-(?P<official_serial>\d+)호|"
                            r"(?P<prefix>보완|실사|심의|제재사건|제재|표본조사|타당성통지|타당성|공표)-(?P<year>\d{4})-"
                            r"(?P<serial>\d+))$")
_KIND_OF_PREFIX = {"보완": "supplement", "실사": "inspection", "심의": "meeting", "제재사건": "sanction_case",
                   "제재": "sanction", "표본조사": "survey", "공표": "publication",
                   "타당성통지": "validity", "타당성": "validity_check"}


def number_parts(number: str) -> tuple[str, str, str] | None:
    """(kind, year, serial) of a stored number (``제2026-0001호``, ``보완-2026-0001`` …); None for another form.

    A 제…호 number of four digits is a decision's, of three a public notice's (their stored forms)."""
    match = _STORED_NUMBER.match(number.strip())
    if match is None:
        return None
    if match["official"]:
        serial = match["official_serial"]
        return ("decision" if len(serial) >= 4 else "public_notice"), match["official"], serial
    return _KIND_OF_PREFIX[match["prefix"]], match["year"], match["serial"]


def printed_number(number: str, language: str, kind: str | None = None, prefix: bool = True) -> str:
    """A stored number as a document in ``language`` prints it, in the style of its kind (``NUMBER_STYLES``).

    ``kind`` overrides the kind read from the number (the inspection report prints its inspection's number in
    the report's style). ``prefix=False`` drops an English "No." where a label already says it ("Designation
    No.: 2026-0001"). A number of no known form is printed as stored.
    """
    parts = number_parts(number)
    if parts is None:
        return number
    found, year, serial = parts
    text = NUMBER_STYLES[kind or found][check_language(language)].format(year=year, serial=serial)
    return text.removeprefix("No. ") if not prefix and language == "en" else text


# Civil-service titles as they are usually rendered in English; anything else is printed as stored.
TITLES_EN = {
    "주무관": "Officer", "사무관": "Deputy Director", "서기관": "Senior Deputy Director", "과장": "Director",
    "팀장": "Team Leader", "국장": "Director General", "심사관": "Examiner",
    "현장실사위원": "On-site inspector", "실사위원": "Inspector", "심의위원": "Committee member",
    "위원장": "Chair", "위원": "Member",
}

_HANGUL = "가나다라마바사아자차카타파하" + "거너더러머버서어저처커터퍼허"
_CIRCLED_NUMBERS = "".join(chr(0x2460 + i) for i in range(20))
_CIRCLED_HANGUL = "".join(chr(0x326E + i) for i in range(14))


def check_language(language: str) -> str:
    """Return ``language`` if it is one the documents are written in, else raise ``ValueError``."""
    if language not in LANGUAGES:
        raise ValueError(f"documents are written in {', '.join(LANGUAGES)}, not {language!r}")
    return language


def label(language: str, key: str) -> str:
    return LABELS[check_language(language)][key]


def copies(language: str, n: int = 1) -> str:
    """``1부.`` / ``1 copy.``"""
    return label(language, "copies").format(n=n, plural="y" if n == 1 else "ies")


def scope_text(language: str, scope: tuple[str, ...] | list[str], separator: str = ", ") -> str:
    """``발명, 상표`` / ``inventions, trademarks``; ``없음`` / ``none`` when empty."""
    names = SCOPE_NAMES[check_language(language)]
    return separator.join(names.get(s, s) for s in scope) or ("없음" if language == "ko" else "none")


def outputs_text(language: str, outputs: tuple[str, ...] | list[str]) -> str:
    """``금액, 등급, 점수`` / ``an amount, a grade or a score``."""
    names = [OUTPUT_NAMES[check_language(language)].get(o, o) for o in outputs]
    if language == "en" and len(names) > 1:
        return ", ".join(names[:-1]) + " or " + names[-1]
    return ", ".join(names) or ("없음" if language == "ko" else "none")


def disclosure(language: str, value: str) -> str:
    return DISCLOSURE_EN.get(value, value) if language == "en" else value


def official_title(language: str, title: str) -> str:
    return TITLES_EN.get(title, title) if language == "en" else title


def _pick(sequence: str, index: int) -> str:
    return sequence[index] if index < len(sequence) else str(index + 1)


def item_marker(level: int, index: int, language: str = "ko") -> str:
    """The marker of the ``index``-th (0-based) item at ``level`` (1-based): 1. 가. 1) 가) (1) (가) ① ㉮."""
    if language == "en":
        letter = _pick(string.ascii_lowercase, index)
        forms = (f"{index + 1}.", f"{letter}.", f"{index + 1})", f"{letter})", f"({index + 1})", f"({letter})",
                 f"({index + 1})", f"({letter})")
    else:
        hangul = _pick(_HANGUL, index)
        forms = (f"{index + 1}.", f"{hangul}.", f"{index + 1})", f"{hangul})", f"({index + 1})", f"({hangul})",
                 _pick(_CIRCLED_NUMBERS, index), _pick(_CIRCLED_HANGUL, index))
    return forms[min(max(level, 1), len(forms)) - 1]


_LAWS_EN = {"법": "Act", "시행령": "Enforcement Decree", "시행규칙": "Enforcement Rule"}
_CITATION = re.compile(r"(?P<law>시행규칙|시행령|법)\s*제(?P<article>\d+)조(?:의(?P<branch>\d+))?"
                       r"(?:\s*제(?P<paragraph>\d+)항)?(?:\s*제(?P<item>\d+)호)?(?:\s*(?P<sub>[가-하])목)?")
_SUBITEM_LETTERS = dict(zip("가나다라마바사아자차카타파하", string.ascii_lowercase, strict=False))


def _citation_en(match: re.Match[str]) -> str:
    text = f"{_LAWS_EN[match['law']]} Art. {match['article']}" + (f"-{match['branch']}" if match["branch"] else "")
    if match["paragraph"]:
        text += f"({match['paragraph']})"
    if match["item"]:
        text += f", item {match['item']}" + (f"({_SUBITEM_LETTERS[match['sub']]})" if match["sub"] else "")
    return text


def legal_basis(language: str, basis: str, basis_en: str = "") -> str:
    """A checklist item's legal basis in the document's language: ``시행령 제12조제2항제1호가목`` reads
    ``Enforcement Decree Art. 12(2), item 1(a)`` in English (the template's own English text when it has one)."""
    if check_language(language) == "ko":
        return basis
    return basis_en or _CITATION.sub(_citation_en, basis)
