"""The documents of a validity check (타당성조사, Act Art. 31-4), in Korean or English: the notice to the institute,
the client or the requester (the reason, the right to comment, the effect of silence, whom to contact) and the result
letter with the findings per criterion of the evaluation standard and the conclusion."""

from __future__ import annotations

from desktop.documents.body import Item
from desktop.documents.labels import check_language
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, VerificationMark, document_number
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.settings.catalogue import EMAIL, PHONE, SECRETARIAT_NAME
from desktop.domain.validity.letters import ValidityLetter

CRITERIA = {
    "ko": {"usefulness": "기술 또는 표장의 유용성·경쟁력", "legal_protection": "권리의 법적 보호 정도",
           "marketability": "사업화 가능성 및 시장성", "business_economics": "사업의 경제성",
           "method": "평가방법의 선택과 적용", "report": "평가보고서의 근거 기재"},
    "en": {"usefulness": "usefulness and competitiveness of the technology or mark",
           "legal_protection": "degree of legal protection", "marketability": "commercialisation potential and "
           "marketability", "business_economics": "business economics",
           "method": "choice and application of the valuation method",
           "report": "statement of the basis in the report"},
}
ASSESSMENTS = {"ko": {"meets": "적합", "falls_short": "미흡", "not_applicable": "해당 없음"},
               "en": {"meets": "meets the standard", "falls_short": "falls short", "not_applicable": "not applicable"}}
CONCLUSIONS = {"ko": {"appropriate": "적정", "inappropriate": "부적정"},
               "en": {"appropriate": "appropriate", "inappropriate": "inappropriate"}}
ROLES = {"ko": {"institute": "평가기관", "client": "평가 의뢰인", "requester": "조사 요청인"},
         "en": {"institute": "the valuation institute", "client": "the client who commissioned the valuation",
                "requester": "the party who asked for the check"}}
TEXT = {
    "ko": {
        "validity_notice": "평가 타당성조사 실시 통지 ({check})",
        "validity_result": "평가 타당성조사 결과 통지 ({check})",
        "intro": "「발명진흥법」 제31조의4제1항에 따라 아래 평가에 대하여 타당성조사를 실시하게 되어 같은 조 "
                 "제2항에 따라 알려드립니다.",
        "result_intro": "「발명진흥법」 제31조의4에 따라 실시한 아래 평가의 타당성조사 결과를 알려드립니다.",
        "check": "조사번호: {check} (착수일 {opened})",
        "report": "대상 평가: {institute}의 평가보고서 {report} (평가기준일 {valuation}, 발급일 {issued})",
        "client": "평가 의뢰인: {client}",
        "requested": {"ex_officio": "조사 요청: 직권", "state_body": "조사 요청: 국가기관 {name}",
                      "client": "조사 요청: 이해관계인(평가 의뢰인) {name}",
                      "result_recipient": "조사 요청: 이해관계인(평가 결과를 받은 자) {name}"},
        "reason": "조사 사유: {reason}",
        "role": "귀하는 이 조사의 {role}으로서 이 통지를 받습니다.",
        "comment": "의견제출: 이 통지를 받은 날부터 {days}일 이내에 서면, 전자우편 또는 방문으로 의견을 제출할 수 "
                   "있습니다. 기한의 말일이 토요일 또는 공휴일이면 그 다음 날까지입니다(「행정기본법」 제6조, "
                   "「민법」 제161조).",
        "silence": "기한까지 의견을 제출하지 아니하면 의견이 없는 것으로 보고 조사를 진행합니다.",
        "contact": "문의 및 제출처: {secretariat} (전화 {phone}, 전자우편 {email})",
        "copies": "(참조: {names})",
        "findings": "평가기준(「발명진흥법」 제31조의2) 항목별 검토 결과",
        "finding": "{criterion}: {assessment}", "note": " — {note}",
        "comments": "제출된 의견",
        "commented": "{name}({role}): {day} 제출{late} — {comment}", "late": " (기한 경과 후 제출)",
        "no_comment": "{name}({role}): 기한까지 의견 없음",
        "conclusion": "결론: {conclusion}", "reasons": "이유: {reasons}",
        "follow_up": "이 결과에 따라 「발명진흥법」 제31조제1항제3호에 따른 평가기관 지정취소 또는 효력정지 절차가 "
                     "진행될 수 있으며, 그 경우 처분에 앞서 따로 사전통지하고 의견제출 및 청문의 기회를 드립니다.",
    },
    "en": {
        "validity_notice": "Notice of a validity check of a valuation ({check})",
        "validity_result": "Result of the validity check of a valuation ({check})",
        "intro": "A validity check of the valuation below is opened under Article 31-4(1) of the Invention Promotion "
                 "Act; we notify you of it under paragraph 2 of that Article.",
        "result_intro": "We notify you of the result of the validity check of the valuation below under Article 31-4 "
                        "of the Invention Promotion Act.",
        "check": "Check No.: {check} (opened {opened})",
        "report": "Valuation: report {report} of {institute} (valuation date {valuation}, issued {issued})",
        "client": "Client: {client}",
        "requested": {"ex_officio": "Requested by: none (ex officio)", "state_body": "Requested by: {name} (a state "
                      "body)", "client": "Requested by: {name} (the client, an interested party)",
                      "result_recipient": "Requested by: {name} (an interested party receiving the result)"},
        "reason": "Reason: {reason}",
        "role": "You receive this notice as {role}.",
        "comment": "Comment: you may submit a comment in writing, by e-mail or in person within {days} days of the "
                   "day you receive this notice; a period ending on a Saturday or public holiday runs to the next "
                   "working day (Article 6 of the Framework Act on Public Administration; Article 161 of the Civil "
                   "Act).",
        "silence": "If no comment is submitted within that period, you will be deemed to have none and the check "
                   "will proceed.",
        "contact": "Contact: {secretariat} (phone {phone}, e-mail {email})",
        "copies": "(Copies: {names})",
        "findings": "Findings on each criterion of the evaluation standard (Article 31-2 of the Act)",
        "finding": "{criterion}: {assessment}", "note": " — {note}",
        "comments": "Comments received",
        "commented": "{name} ({role}): submitted {day}{late} — {comment}", "late": " (after the deadline)",
        "no_comment": "{name} ({role}): no comment within the period",
        "conclusion": "Conclusion: {conclusion}", "reasons": "Reasons: {reasons}",
        "follow_up": "Following this result, proceedings to revoke or suspend the designation under Article 31(1)(3) "
                     "of the Act may be opened; you would then receive a prior notice and the opportunity to submit "
                     "an opinion and to be heard.",
    },
}


class ValidityDocument(OfficialDocument):
    """A document of a validity check; the body depends on the kind."""

    number_kind = "validity"

    def __init__(self, letter: ValidityLetter, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.letter, self.text = letter, TEXT[language]
        institute = letter.recipient in ("institute", "")
        name = letter.institution_name_en if language == "en" and institute else letter.recipient_name
        detail = f"({letter.recipient_contact})" if letter.recipient_contact else ""
        if letter.copies_to:
            detail = " ".join(filter(None, (detail, self.text["copies"].format(names=", ".join(letter.copies_to)))))
        subject = self.text[letter.kind].format(check=document_number(letter.check_number, language))
        approvals = [Approval("drafted", letter.drafter_title, letter.drafter_name, letter.issued_at)]
        super().__init__(verification_code=verification_code, language=language,
                         letterhead=Letterhead.from_settings(letter.settings, language), number=letter.number,
                         issued_at=letter.issued_at, subject=subject, recipient=name, recipient_detail=detail,
                         approvals=approvals)

    def day(self, value) -> str:  # type: ignore[no-untyped-def]
        return self.date(value).replace(" ", "\u00a0")

    def english(self, korean: str, english: str) -> str:
        return english if self.language == "en" and english.strip() else korean


    def facts(self) -> tuple[Item, ...]:
        letter, text = self.letter, self.text
        institute = letter.institution_name_en if self.language == "en" else letter.institution_name
        opened = self.day(letter.opened_at) if letter.opened_at else ""
        return (Item(text["check"].format(check=document_number(letter.check_number, self.language), opened=opened)),
                Item(text["report"].format(institute=institute, report=letter.report_number,
                                           valuation=self.day(letter.valuation_date),
                                           issued=self.day(letter.report_issue_date))),
                Item(text["client"].format(client=letter.client_name)),
                Item(text["requested"][letter.requester].format(name=letter.requester_name)),
                Item(text["reason"].format(reason=self.english(letter.reason, letter.reason_en))))

    def contact(self) -> Item:
        settings = self.letter.settings
        return Item(self.text["contact"].format(secretariat=SECRETARIAT_NAME[self.language].of(settings),
                                                phone=PHONE.of(settings), email=EMAIL.of(settings)))


class ValidityNoticeDocument(ValidityDocument):
    def body_items(self) -> list[Item]:
        text = self.text
        role = ROLES[self.language][self.letter.recipient]
        return [Item(text["intro"], children=self.facts()), Item(text["role"].format(role=role)),
                Item(text["comment"].format(days=self.letter.comment_days)), Item(text["silence"]), self.contact()]


class ValidityResultDocument(ValidityDocument):
    def body_items(self) -> list[Item]:
        letter, text, language = self.letter, self.text, self.language
        findings = tuple(Item(text["finding"].format(criterion=CRITERIA[language][f.criterion],
                                                     assessment=ASSESSMENTS[language][f.assessment])
                              + (text["note"].format(note=f.note) if f.note else "")) for f in letter.findings)
        comments = []
        for c in letter.comments:
            role = ROLES[language][c.recipient]
            if c.commented_on is None:
                comments.append(Item(text["no_comment"].format(name=c.name, role=role)))
            else:
                comments.append(Item(text["commented"].format(name=c.name, role=role, day=self.day(c.commented_on),
                                                              late=text["late"] if c.late else "",
                                                              comment=c.comment)))
        conclusion = Item(text["conclusion"].format(conclusion=CONCLUSIONS[language].get(letter.conclusion, "")),
                          children=(Item(text["reasons"].format(reasons=self.english(letter.reasons,
                                                                                     letter.reasons_en))),))
        items = [Item(text["result_intro"], children=self.facts()), Item(text["findings"], children=findings),
                 Item(text["comments"], children=tuple(comments)), conclusion]
        if letter.conclusion == "inappropriate":
            items.append(Item(text["follow_up"]))
        return [*items, self.contact()]


DOCUMENTS: dict[str, type[ValidityDocument]] = {
    DocumentKind.VALIDITY_NOTICE: ValidityNoticeDocument, DocumentKind.VALIDITY_RESULT: ValidityResultDocument,
}


def render_validity_document(letter: ValidityLetter, language: str = "ko",
                             verification_code: str | VerificationMark | None = None) -> bytes:
    """The document of ``letter.kind`` as PDF bytes; the same letter always gives the same bytes."""
    return DOCUMENTS[letter.kind](letter, language, verification_code).render()
