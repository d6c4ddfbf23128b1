"""The documents of a sanction case, in Korean or English: the prior notice (처분 사전통지서), the hearing's notice
(청문 통지서), the hearing record (청문조서, an internal record without the seal) and the disposition (처분서) with
its reasons and the remedies."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents.body import Item
from desktop.documents.labels import check_language, official_title
from desktop.documents.layout import (
    Approval,
    Letterhead,
    OfficialDocument,
    VerificationMark,
    document_number,
    final_approval,
)
from desktop.documents.remedies import remedy_item
from desktop.documents.styles import paragraph_style
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.sanctions.letters import SanctionLetter
from desktop.domain.settings.catalogue import EMAIL, SECRETARIAT_NAME

LAW = {
    "ko": "「발명진흥법」 제31조제1항제{item}호, 제57조 및 「행정절차법」 제21조·제22조",
    "en": "Article 31(1)({item}) and Article 57 of the Invention Promotion Act; Articles 21 and 22 of the "
          "Administrative Procedures Act",
}
GROUND_ITEM = {"fraud": 1, "lost_ability": 2, "breach_of_standard": 3}
GROUND = {
    "ko": {"fraud": "거짓이나 그 밖의 부정한 방법으로 지정을 받은 경우",
           "lost_ability": "평가업무를 수행할 능력을 상실한 경우",
           "breach_of_standard": "평가기준(제31조의2)을 위반하여 평가한 경우"},
    "en": {"fraud": "designation obtained by fraud or other wrongful means",
           "lost_ability": "the institute lost the ability to carry out evaluations",
           "breach_of_standard": "evaluations made in breach of the evaluation standard (Article 31-2)"},
}
TEXT = {
    "ko": {
        "recipient": "{name} (대표 {representative})", "address": "(우{postcode} {address})",
        "sanction_notice": "평가기관 지정 {disposition} 처분 사전통지",
        "hearing_notice": "평가기관 지정 {disposition} 처분에 관한 청문 실시 통지",
        "hearing_record": "청문조서 ({case})",
        "sanction_disposition": "평가기관 지정 {disposition} 처분 통지",
        "revocation": "취소", "suspension": "효력정지", "months": "{n}개월",
        "intro": "귀 기관에 대하여 아래와 같이 처분하고자 「행정절차법」 제21조에 따라 미리 알려드립니다.",
        "case": "사건번호: {case}",
        "intended": "처분하려는 내용: 평가기관 지정 {disposition}{length}",
        "facts": "처분의 원인이 되는 사실: {facts}", "ground": "처분 사유: {ground}",
        "basis": "법적 근거: {law}", "evidence": "증거: {evidence}",
        "opinion": "의견제출: {deadline}까지 서면, 전자우편 또는 방문으로 {secretariat}(전자우편 {email})에 의견을 "
                   "제출할 수 있습니다. 기한: {period}",
        "silence": "기한까지 의견을 제출하지 아니하면 의견이 없는 것으로 보고 처분합니다(「행정절차법」 제27조의2).",
        "hearing_intro": "귀 기관에 대한 평가기관 지정 {disposition} 처분에 앞서 「발명진흥법」 제57조에 따라 "
                         "아래와 같이 청문을 실시하오니 출석하여 의견을 진술하여 주시기 바랍니다.",
        "prior_notice": "사전통지: {number}",
        "when": "일시: {day} {time}", "where": "장소: {place}",
        "officer": "청문주재자: {title} {name}",
        "rights": "당사자는 의견서를 제출하거나 출석하여 의견을 진술하고 증거를 제출할 수 있으며, 대리인을 선임할 수 "
                  "있습니다(「행정절차법」 제31조·제12조). 청문은 당사자의 공개 신청이 있으면 공개할 수 있습니다.",
        "absence": "정당한 사유 없이 출석하지 아니하거나 의견서를 제출하지 아니하면 의견진술의 기회를 포기한 것으로 "
                   "보고 청문을 마칠 수 있습니다(「행정절차법」 제35조).",
        "record_title": "사건명: 평가기관 지정 {disposition} 처분 ({case})",
        "party": "당사자: {name}",
        "attendance": "출석 여부: {text}", "statements": "진술의 요지: {text}",
        "record_evidence": "제출된 증거: {text}",
        "public": "공개 여부: {text}", "public_yes": "공개", "public_no": "비공개 ({reason})",
        "not_requested": "당사자의 공개 신청 없음", "internal": "내부결재",
        "signed": "청문주재자 {title} {name} (서명)",
        "officer_opinion": "청문주재자의 의견: {text}",
        "record_note": "당사자 등은 이 조서를 열람·확인하고 정정을 요구할 수 있습니다(「행정절차법」 제34조 ③).",
        "none": "없음",
        "disposition_intro": "귀 기관에 대하여 청문({hearing}) 결과를 반영하여 아래와 같이 처분합니다.",
        "disposed": "처분 내용: 평가기관 지정 {disposition}",
        "suspension_period": "효력정지 기간: {start}부터 {end}까지 {period}(첫날을 산입하고 말일이 토요일·공휴일이어도 "
                             "그날 만료, 「행정기본법」 제6조제2항)",
        "revocation_from": "취소일: {start}",
        "reasons": "처분 이유: {reasons}",
        "effect_suspension": "효력정지 기간 중에는 「발명진흥법」에 따른 평가업무를 수행할 수 없으며, 기간이 끝난 "
                             "다음 날부터 평가기관 지정의 효력이 회복됩니다.",
        "effect_revocation": "취소일부터 평가기관 지정의 효력이 상실되며, 처분 사실은 「발명진흥법 시행령」 "
                             "제14조제2항에 따라 공표됩니다.",
    },
    "en": {
        "recipient": "{name} (Representative: {representative})", "address": "({address}, postcode {postcode})",
        "sanction_notice": "Prior notice of an intended {disposition} of designation",
        "hearing_notice": "Notice of a hearing on an intended {disposition} of designation",
        "hearing_record": "Hearing record ({case})",
        "sanction_disposition": "Disposition: {disposition} of designation",
        "revocation": "revocation", "suspension": "suspension", "months": "{n} month(s)",
        "intro": "We intend the disposition below against your institute and give you notice of it in advance under "
                 "Article 21 of the Administrative Procedures Act.",
        "case": "Case No.: {case}",
        "intended": "Intended disposition: {disposition} of the designation as a valuation institute{length}",
        "facts": "Facts: {facts}", "ground": "Ground: {ground}",
        "basis": "Legal basis: {law}", "evidence": "Evidence: {evidence}",
        "opinion": "Opinion: you may submit an opinion in writing, by e-mail or in person to the {secretariat} (e-mail "
                   "{email}) by {deadline}. Period: {period}",
        "silence": "If no opinion is submitted by the deadline, you will be deemed to have none and the disposition "
                   "will be made (Article 27-2 of the Administrative Procedures Act).",
        "hearing_intro": "Before the intended {disposition} of your designation, a hearing will be held under Article "
                         "57 of the Invention Promotion Act as below. Please attend and state your opinion.",
        "prior_notice": "Prior notice: {number}",
        "when": "Date and time: {day} {time}", "where": "Place: {place}",
        "officer": "Presiding officer: {title} {name}",
        "rights": "You may submit a written opinion or attend, state your opinion and submit evidence, and you may "
                  "appoint an agent (Articles 31 and 12 of the Administrative Procedures Act). The hearing may be "
                  "public at your request.",
        "absence": "If you neither attend nor submit a written opinion without good reason, you will be deemed to "
                   "have waived the opportunity and the hearing may be closed (Article 35 of the same Act).",
        "record_title": "Case: intended {disposition} of designation ({case})",
        "party": "Party: {name}",
        "attendance": "Attendance: {text}", "statements": "Statements: {text}", "record_evidence": "Evidence: {text}",
        "public": "Public: {text}", "public_yes": "public", "public_no": "not public ({reason})",
        "not_requested": "not requested by the party", "internal": "Internal record",
        "signed": "Presiding officer: {title} {name} (signed)",
        "officer_opinion": "Opinion of the presiding officer: {text}",
        "record_note": "The parties may read this record and ask for it to be corrected (Article 34(3) of the "
                       "Administrative Procedures Act).",
        "none": "none",
        "disposition_intro": "Having taken the hearing ({hearing}) into account, we dispose as follows.",
        "disposed": "Disposition: {disposition} of the designation as a valuation institute",
        "suspension_period": "Suspension: {period}, from {start} to {end} (the first day counts and the period ends "
                             "on its last day even if that is a Saturday or holiday: Article 6(2) of the Framework Act "
                             "on Public Administration)",
        "revocation_from": "Revoked as of: {start}",
        "reasons": "Reasons: {reasons}",
        "effect_suspension": "During the suspension the institute may not carry out evaluations under the Act; the "
                             "designation takes effect again on the day after the suspension ends.",
        "effect_revocation": "The designation ceases to have effect on the day of revocation; the disposition is "
                             "published under Article 14(2) of the Enforcement Decree.",
    },
}


class SanctionDocument(OfficialDocument):
    """A document of a sanction case: the recipient is the institute; the body depends on the kind."""

    number_kind = "sanction"

    def __init__(self, letter: SanctionLetter, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.letter, self.text = letter, TEXT[language]
        text = self.text
        name = letter.institution_name_en if language == "en" else letter.institution_name
        detail = text["address"].format(postcode=letter.postcode, address=letter.address) if letter.address else ""
        disposition = text[letter.disposition or letter.intended]
        subject = text[letter.kind].format(disposition=disposition, case=document_number(letter.case_number, language))
        approvals = [Approval("drafted", letter.drafter_title, letter.drafter_name, letter.drafted_at)]
        if letter.approver_name:
            approvals.append(final_approval(letter.approver_title, letter.approver_name, letter.issued_at,
                                            letter.settings, letter.kind))
        super().__init__(verification_code=verification_code, language=language,
                         letterhead=Letterhead.from_settings(letter.settings, language), number=letter.number,
                         issued_at=letter.issued_at, subject=subject,
                         recipient=text["recipient"].format(name=name, representative=letter.representative),
                         recipient_detail=detail, approvals=approvals)

    def num(self, number: str) -> str:
        """A number of the case in this document's language (``제재-2026-0001`` / ``SAN-2026-0001``)."""
        return document_number(number, self.language)

    def day(self, value) -> str:  # type: ignore[no-untyped-def]
        """A date that never breaks across lines."""
        return self.date(value).replace(" ", "\u00a0")

    def english(self, korean: str, english: str) -> str:
        return english if self.language == "en" and english.strip() else korean

    def common(self) -> list[Item]:
        letter, text = self.letter, self.text
        return [Item(text["case"].format(case=self.num(letter.case_number))),
                Item(text["facts"].format(facts=self.english(letter.facts, letter.facts_en))),
                Item(text["ground"].format(ground=GROUND[self.language][letter.ground])),
                Item(text["basis"].format(law=LAW[self.language].format(item=GROUND_ITEM[letter.ground]))),
                Item(text["evidence"].format(evidence="; ".join(letter.evidence) or text["none"]))]

    def length(self) -> str:
        months = self.letter.intended_months
        return f" ({self.text['months'].format(n=months)})" if self.letter.intended == "suspension" and months else ""


class PriorNoticeDocument(SanctionDocument):
    def body_items(self) -> list[Item]:
        letter, text = self.letter, self.text
        suffix = self.language
        intended = Item(text["intended"].format(disposition=text[letter.intended], length=self.length()))
        opinion = text["opinion"].format(
            deadline=self.day(letter.opinion_deadline) if letter.opinion_deadline else "",
            secretariat=SECRETARIAT_NAME[suffix].of(letter.settings),
            email=EMAIL.of(letter.settings), period=letter.opinion_period.get(self.language, ""))
        return [Item(text["intro"], children=(intended, *self.common())), Item(opinion), Item(text["silence"])]


class HearingNoticeDocument(SanctionDocument):
    def body_items(self) -> list[Item]:
        letter, text = self.letter, self.text
        details = (
            Item(text["case"].format(case=self.num(letter.case_number))),
            Item(text["prior_notice"].format(number=self.num(letter.notice_number))),
            Item(text["intended"].format(disposition=text[letter.intended], length=self.length())),
            Item(text["when"].format(day=self.day(letter.hearing_on) if letter.hearing_on else "",
                                     time=letter.hearing_time)),
            Item(text["where"].format(place=letter.place)),
            Item(text["officer"].format(title=letter.officer_title, name=letter.officer_name)),
        )
        return [Item(text["hearing_intro"].format(disposition=text[letter.intended]), children=details),
                Item(text["rights"]), Item(text["absence"])]


class HearingRecordDocument(SanctionDocument):
    """The record the presiding officer keeps: internal, so never sealed by the ministry."""

    sealed = False

    def __init__(self, letter: SanctionLetter, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        super().__init__(letter, language, verification_code)
        self.recipient, self.recipient_detail = self.text["internal"], ""

    def sender_flowables(self) -> list[Flowable]:
        """The presiding officer signs the record; the ministry does not seal it."""
        signed = self.text["signed"].format(title=official_title(self.language, self.letter.officer_title),
                                            name=self.letter.officer_name)
        return [Spacer(1, 10 * mm), Paragraph(escape(signed), paragraph_style("Body", alignment=TA_RIGHT))]

    def body_items(self) -> list[Item]:
        letter, text = self.letter, self.text
        name = letter.institution_name_en if self.language == "en" else letter.institution_name
        public = text["public_yes"] if letter.public else text["public_no"].format(
            reason=letter.public_reason or text["not_requested"])
        return [
            Item(text["record_title"].format(disposition=text[letter.intended], case=self.num(letter.case_number))),
            Item(text["officer"].format(title=letter.officer_title, name=letter.officer_name)),
            Item(text["party"].format(name=name)),
            Item(text["when"].format(day=self.day(letter.hearing_on) if letter.hearing_on else "",
                                     time=letter.hearing_time) + " · " + text["where"].format(place=letter.place)),
            Item(text["attendance"].format(text=letter.attendance)),
            Item(text["statements"].format(text=letter.statements)),
            Item(text["record_evidence"].format(text=letter.hearing_evidence or text["none"])),
            Item(text["public"].format(text=public)),
            Item(text["officer_opinion"].format(text=letter.officer_opinion)),
            Item(text["record_note"], marker=""),
        ]


class DispositionDocument(SanctionDocument):
    def body_items(self) -> list[Item]:
        letter, text = self.letter, self.text
        children = [Item(text["disposed"].format(disposition=text[letter.disposition]))]
        if letter.disposition == "suspension" and letter.starts_on and letter.ends_on:
            children.append(Item(text["suspension_period"].format(
                start=self.day(letter.starts_on), end=self.day(letter.ends_on),
                period=letter.disposition_period.get(self.language, ""))))
        elif letter.starts_on:
            children.append(Item(text["revocation_from"].format(start=self.day(letter.starts_on))))
        children += self.common()[1:]
        children.append(Item(text["reasons"].format(reasons=self.english(letter.reasons, letter.reasons_en))))
        effect = text["effect_suspension"] if letter.disposition == "suspension" else text["effect_revocation"]
        intro = text["disposition_intro"].format(hearing=self.num(letter.hearing_number or letter.case_number))
        return [Item(intro, children=tuple(children)), Item(effect), remedy_item(letter.settings, self.language)]


DOCUMENTS: dict[str, type[SanctionDocument]] = {
    DocumentKind.SANCTION_NOTICE: PriorNoticeDocument, DocumentKind.HEARING_NOTICE: HearingNoticeDocument,
    DocumentKind.HEARING_RECORD: HearingRecordDocument, DocumentKind.SANCTION_DISPOSITION: DispositionDocument,
}


def render_sanction_document(letter: SanctionLetter, language: str = "ko",
                             verification_code: str | VerificationMark | None = None) -> bytes:
    """The document of ``letter.kind`` as PDF bytes; the same letter always gives the same bytes."""
    return DOCUMENTS[letter.kind](letter, language, verification_code).render()
