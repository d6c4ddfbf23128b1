"""The fixed words of official documents in Korean and English, and the item markers 1. → 가. → 1) → 가)."""

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
        "enforcement": "Enforcement No.", "received": "Received", "postcode": "Postcode", "phone": "Tel.",
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

# Civil-service titles as they are usually rendered in English; anything else is printed as stored.
TITLES_EN = {
    "주무관": "Officer", "사무관": "Deputy Director", "서기관": "Senior Deputy Director", "과장": "Director",
    "팀장": "Team Leader", "국장": "Director General", "심사관": "Examiner",
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
