"""The supplement request to the applicant (평가기관 지정신청 서류 보완 요청), in Korean or English."""

from desktop.core.bilingual import pick
from desktop.documents.body import Item
from desktop.documents.labels import check_language
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, VerificationMark, final_approval
from desktop.domain.screening.supplements import SupplementLetter
from desktop.domain.settings.catalogue import EMAIL, SECRETARIAT_NAME

TEXT = {
    "ko": {
        "subject": "평가기관 지정신청 서류 보완 요청",
        "basis": "관련: 「발명진흥법」 제28조 및 같은 법 시행령 제12조",
        "request": ("귀 기관이 「{round}」에 따라 제출한 평가기관 지정신청(신청번호 {application}{received})에 대한 "
                    "서류심사 결과 아래 사항의 보완이 필요하여 요청하오니, {deadline}까지 보완 서류를 제출하여 주시기 "
                    "바랍니다."),
        "received": ", 접수일 {date}",
        "deficiencies": "보완 요청 사항",
        "deadline": "제출 기한: {date}",
        "submit_to": "제출처: {secretariat} (전자우편 {email})",
        "consequence": ("기한까지 보완하지 아니하는 경우에는 「발명진흥법 시행령」 제12조에 따른 지정요건을 갖추지 "
                        "못한 것으로 보아 지정 심사 대상에서 제외(부적격 처리)됨을 알려드립니다."),
        "recipient": "{name} (대표 {representative})",
        "address": "(우{postcode} {address})",
    },
    "en": {
        "subject": "Request to supplement your application for designation",
        "basis": "Reference: Article 28 of the Invention Promotion Act and Article 12 of its Enforcement Decree.",
        "request": ("The document screening of your application No. {application} (call for applications "
                    "{round_code}{received}) found the items below to be supplemented. Please submit the "
                    "supplementary documents by {deadline}."),
        "received": ", received on {date}",
        "deficiencies": "Items to supplement",
        "deadline": "Deadline: {date}",
        "submit_to": "Submit to: {secretariat} (e-mail {email})",
        "consequence": ("If the items are not supplemented by the deadline, the application will be treated as not "
                        "meeting the requirements of Article 12 of the Enforcement Decree and declared ineligible."),
        "recipient": "{name} (Representative: {representative})",
        "address": "({address}, postcode {postcode})",
    },
}


class SupplementRequestDocument(OfficialDocument):
    """The letter listing the deficiencies found in screening and the deadline to remedy them."""

    def __init__(self, letter: SupplementLetter, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        text = TEXT[language]
        self.letter = letter
        self.text = text
        name = letter.institution_name_en if language == "en" else letter.institution_name
        recipient = text["recipient"].format(name=name, representative=letter.representative)
        detail = text["address"].format(postcode=letter.postcode, address=letter.address) if letter.address else ""
        approvals = [Approval("drafted", letter.drafter_title, letter.drafter_name, letter.requested_at)]
        if letter.approver_title or letter.approver_name:  # approved (전결) on the day it was sent
            approvals.append(final_approval(letter.approver_title, letter.approver_name, letter.requested_at,
                                            letter.settings, "supplement_request"))
        super().__init__(verification_code=verification_code,
                         language=language, letterhead=Letterhead.from_settings(letter.settings, language),
                         number=letter.number, issued_at=letter.requested_at,
                         subject=text["subject"], recipient=recipient, recipient_detail=detail, approvals=approvals)

    def _day(self, value) -> str:  # type: ignore[no-untyped-def]
        """A date that never breaks across lines (``2026. 11. 22.`` stays whole)."""
        return self.date(value).replace(" ", "\u00a0")

    def body_items(self) -> list[Item]:
        letter, text = self.letter, self.text
        suffix = "en" if self.language == "en" else "ko"
        received = (text["received"].format(date=self._day(letter.application_received_at))
                    if letter.application_received_at else "")
        request = text["request"].format(round=letter.round_title or letter.round_code, round_code=letter.round_code,
                                         application=letter.application_number, received=received,
                                         deadline=self._day(letter.deadline))
        secretariat = SECRETARIAT_NAME[suffix].of(letter.settings)
        email = EMAIL.of(letter.settings)
        details = (
            Item(text["deficiencies"], children=tuple(Item(pick(d, self.language)) for d in letter.deficiencies)),
            Item(text["deadline"].format(date=self._day(letter.deadline))),
            Item(text["submit_to"].format(secretariat=secretariat, email=email)),
        )
        return [Item(text["basis"]), Item(request, children=details), Item(text["consequence"])]


def render_supplement_request(letter: SupplementLetter, language: str = "ko",
                              verification_code: str | VerificationMark | None = None) -> bytes:
    """The letter as PDF bytes; the same letter always gives the same bytes."""
    return SupplementRequestDocument(letter, language, verification_code).render()
