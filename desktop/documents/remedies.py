"""The remedies block (불복 절차 안내) every disadvantageous disposition prints: objection, appeal and lawsuit,
where and within which periods (행정절차법 Art. 26; 행정심판법 Art. 23, 27, 58; 행정소송법 Art. 20; 행정기본법 Art. 36).

The places and periods are business settings (group "remedies"), frozen with the document's data; a document
frozen before they existed prints the statutory defaults.
"""

from collections.abc import Mapping

from desktop.documents.body import Item
from desktop.documents.labels import check_language
from desktop.domain.settings.catalogue import (
    AGENCY_NAME,
    REMEDY_APPEAL_DAYS,
    REMEDY_APPEAL_LIMIT_DAYS,
    REMEDY_COMMISSION,
    REMEDY_COURT,
    REMEDY_LAWSUIT_DAYS,
    REMEDY_LAWSUIT_LIMIT_YEARS,
    REMEDY_OBJECTION_DAYS,
    REMEDY_ONLINE,
)

__all__ = ["REMEDY_TEXT", "remedy_item"]

REMEDY_TEXT = {
    "ko": {
        "heading": "불복 절차 안내: 이 처분에 이의가 있으면 다음 절차에 따라 다툴 수 있습니다(「행정절차법」 제26조).",
        "objection": ("이의신청: 처분을 받은 날부터 {objection}일 이내에 {agency}에 할 수 있습니다(「행정기본법」 "
                      "제36조). 이의신청을 하여도 그 결과를 통지받은 날(통지기간 안에 통지받지 못하면 그 기간이 끝난 "
                      "다음 날)부터 90일 이내에 행정심판·행정소송을 제기할 수 있습니다."),
        "appeal": ("행정심판: 처분이 있음을 안 날부터 {appeal}일, 처분이 있은 날부터 {appeal_limit}일 이내에 "
                   "{commission}에 청구할 수 있습니다(「행정심판법」 제27조). 온라인행정심판({online})으로 하거나 "
                   "청구서를 {commission} 또는 {agency}에 제출하여 서면으로 청구합니다(같은 법 제23조)."),
        "lawsuit": ("행정소송: 처분이 있음을 안 날부터 {lawsuit}일, 처분이 있은 날부터 {lawsuit_limit} 이내에 "
                    "{court}에 취소소송을 제기할 수 있습니다(「행정소송법」 제20조). 행정심판을 거치지 않아도 되며, "
                    "행정심판을 청구한 경우에는 재결서 정본을 송달받은 날부터 90일 이내에 제기합니다."),
        "both": "각 절차는 두 기간 중 어느 하나가 지나면 밟을 수 없습니다.",
    },
    "en": {
        "heading": ("Remedies: if you object to this disposition, you may challenge it as follows (Article 26 of "
                    "the Administrative Procedures Act)."),
        "objection": ("Objection: within {objection} days of receiving this disposition, to the {agency} (Article 36 "
                      "of the Framework Act on Public Administration). After an objection you may still file an "
                      "administrative appeal or lawsuit within 90 days of receiving its result (or, if no result is "
                      "notified in time, of the day after the period for notifying it ends)."),
        "appeal": ("Administrative appeal: within {appeal} days of the day you learned of the disposition and within "
                   "{appeal_limit} days of the disposition, to the {commission} (Article 27 of the Administrative "
                   "Appeals Act), online at {online} or in writing, by submitting a petition to the {commission} or "
                   "to the {agency} (Article 23 of the same Act)."),
        "lawsuit": ("Administrative lawsuit: an action for revocation before {court} within {lawsuit} days of the "
                    "day you learned of the disposition and within {lawsuit_limit} of the disposition "
                    "(Article 20 of the Administrative Litigation Act). No appeal is required first; after an "
                    "appeal, the action may be brought within 90 days of receiving the written ruling."),
        "both": "Both periods of a remedy apply: once either has passed, that remedy can no longer be sought.",
    },
}


def _years(n: int, language: str) -> str:
    if language == "ko":
        return f"{n}년"
    return "1 year" if n == 1 else f"{n} years"


def remedy_item(settings: Mapping[str, object], language: str) -> Item:
    """The 불복 절차 안내 as one body item with its three remedies (가. 나. 다.) and the note on both periods."""
    language = check_language(language)
    text = REMEDY_TEXT[language]
    values = {
        "agency": AGENCY_NAME[language].of(settings),
        "commission": REMEDY_COMMISSION[language].of(settings),
        "court": REMEDY_COURT[language].of(settings),
        "online": REMEDY_ONLINE.of(settings),
        "objection": REMEDY_OBJECTION_DAYS.of(settings),
        "appeal": REMEDY_APPEAL_DAYS.of(settings),
        "appeal_limit": REMEDY_APPEAL_LIMIT_DAYS.of(settings),
        "lawsuit": REMEDY_LAWSUIT_DAYS.of(settings),
        "lawsuit_limit": _years(REMEDY_LAWSUIT_LIMIT_YEARS.of(settings), language),
    }
    children = tuple(Item(text[key].format(**values)) for key in ("objection", "appeal", "lawsuit"))
    return Item(text["heading"], children=(*children, Item(text["both"], marker="")))
