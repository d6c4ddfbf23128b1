"""The notice of an on-site inspection to the applicant (현장실사 실시 통지), in Korean or English."""

from desktop.core.formatting import english_date, official_date, official_time
from desktop.documents.body import Item
from desktop.documents.labels import check_language
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, VerificationMark, final_approval
from desktop.domain.inspections.report import InspectionNoticeData

TEXT = {
    "ko": {
        "subject": "평가기관 지정 신청에 따른 현장실사 실시 통지",
        "basis": "관련: 「발명진흥법」 제28조 및 같은 법 시행령 제12조, 「{round}」",
        "intro": ("귀 기관이 제출한 평가기관 지정 신청(신청번호 {application})의 지정요건을 확인하기 위하여 "
                  "아래와 같이 현장실사를 실시하니 협조하여 주시기 바랍니다."),
        "when": "실사일: {date}",
        "when_at": "실사 일시: {date} {time}",
        "where": "장소: {place}",
        "who": "실사위원: {names}",
        "areas": "점검 사항: {areas}",
        "prepare": ("준비 사항: 전문인력의 신분증·자격증 원본 및 4대보험 가입내역, 전담조직 직제규정, 평가 매뉴얼, "
                    "최근 평가보고서 3건 이상, 평가수수료 기준표, 비밀유지 관련 규정 및 기록"),
        "contact": "실사 일정의 변경이 필요한 경우 실사일 3일 전까지 사무국에 알려 주시기 바랍니다.",
        "recipient": "{name} (대표 {representative})",
        "address": "(우{postcode} {address})",
        "separator": ", ",
    },
    "en": {
        "subject": "Notice of the on-site inspection of your application for designation",
        "basis": "Reference: Article 28 of the Invention Promotion Act, Article 12 of its Enforcement Decree, "
                 "and the call for applications {round_code}.",
        "intro": ("To verify the legal requirements for your application No. {application}, an on-site inspection "
                  "will take place as follows. We ask for your cooperation."),
        "when": "Date: {date}",
        "when_at": "Date and time: {date}, {time} (Korean time)",
        "where": "Place: {place}",
        "who": "Inspectors: {names}",
        "areas": "What will be checked: {areas}",
        "prepare": ("Please prepare: the staff's ID cards, original certificates and employment-insurance records, "
                    "the rules of the dedicated unit, the evaluation manual, at least three recent evaluation "
                    "reports, the fee schedule, and the confidentiality rules and records."),
        "contact": "If the date must change, tell the secretariat at least three days before the inspection.",
        "recipient": "{name} (Representative: {representative})",
        "address": "({address}, postcode {postcode})",
        "separator": ", ",
    },
}


class InspectionNoticeDocument(OfficialDocument):
    """The notice telling the applicant when, where and by whom it will be inspected, and what to prepare."""

    def __init__(self, notice: InspectionNoticeData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.notice = notice
        self.text = TEXT[language]
        applicant = notice.applicant
        name = applicant.name_en if language == "en" else applicant.name
        recipient = self.text["recipient"].format(name=name, representative=applicant.representative)
        detail = (self.text["address"].format(postcode=applicant.postcode, address=applicant.address)
                  if applicant.address else "")
        approvals = [Approval("drafted", notice.drafted.title, notice.drafted.name, notice.drafted.at)] \
            if notice.drafted else []
        if notice.approved is not None:  # approved (전결) on the day it was sent
            approvals.append(final_approval(notice.approved.title, notice.approved.name,
                                            notice.approved.at or notice.issued_at, notice.settings,
                                            "inspection_notice"))
        super().__init__(verification_code=verification_code,
                         language=language, letterhead=Letterhead.from_settings(notice.settings, language),
                         number=notice.number,
                         issued_at=notice.issued_at, subject=self.text["subject"], recipient=recipient,
                         recipient_detail=detail, approvals=approvals)

    def body_items(self) -> list[Item]:
        n, text = self.notice, self.text
        day = english_date(n.scheduled_on) if self.language == "en" else official_date(n.scheduled_on)
        names = text["separator"].join(p.name for p in n.inspectors)
        marks = [chr(0x2460 + i) if i < 20 else f"({i + 1})" for i in range(len(n.areas))]
        areas = " ".join(f"{mark} {en if self.language == 'en' else ko}" for mark, (ko, en) in zip(marks, n.areas,
                                                                                                 strict=True))
        return [
            Item(text["basis"].format(round=n.applicant.round_title, round_code=n.applicant.round_code)),
            Item(text["intro"].format(application=n.applicant.application_number), children=(
                Item(text["when_at"].format(date=day, time=official_time(n.starts_at)) if n.starts_at
                     else text["when"].format(date=day)),
                Item(text["where"].format(place=n.place)),
                Item(text["who"].format(names=names)),
                Item(text["areas"].format(areas=areas)),
                Item(text["prepare"]),
            )),
            Item(text["contact"]),
        ]


def render_inspection_notice(notice: InspectionNoticeData, language: str = "ko",
                             verification_code: str | VerificationMark | None = None) -> bytes:
    """The notice as PDF bytes; the same data always gives the same bytes."""
    return InspectionNoticeDocument(notice, language, verification_code).render()
