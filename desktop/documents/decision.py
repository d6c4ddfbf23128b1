"""The decision notice to the applicant (평가기관 지정 결과 통지), designated or not, in Korean or English."""

from decimal import Decimal

from desktop.core.formatting import score_text
from desktop.documents.body import Attachment, Item
from desktop.documents.certificate import TEXT as CERTIFICATE_TEXT
from desktop.documents.labels import SCOPE_NAMES, check_language, outputs_text
from desktop.documents.layout import (
    Approval,
    Letterhead,
    OfficialDocument,
    VerificationMark,
    document_number,
    final_approval,
)
from desktop.domain.decisions.models import DecisionOutcome
from desktop.domain.decisions.service import DecisionNotice

__all__ = ["SCOPE_NAMES", "TEXT", "DecisionNoticeDocument", "render_decision_notice"]

TEXT = {
    "ko": {
        "subject": "평가기관 지정 결과 통지",
        "basis": "관련: 「발명진흥법」 제28조 및 같은 법 시행령 제12조",
        "result_designated": ("귀 기관이 「{round}」에 따라 제출한 평가기관 지정 신청(신청번호 {application})에 대하여 "
                              "지정심의위원회의 심의를 거쳐 아래와 같이 평가기관으로 지정하였음을 알려드립니다."),
        "result_not_designated": ("귀 기관이 「{round}」에 따라 제출한 평가기관 지정 신청(신청번호 {application})에 "
                                  "대하여 지정심의위원회의 심의를 거쳐 아래와 같이 평가기관으로 지정하지 아니하기로 "
                                  "결정하였음을 알려드립니다."),
        "institution": "기관명: {name} (대표 {representative})",
        "designation_number": "지정번호: {number}",
        "decision_number": "결정번호: {number}",
        "scope_designated": "평가대상 범위: {scope}",
        "scope_applied": "신청한 평가대상 범위: {scope}",
        "outputs": "평가결과 표시 방법: {outputs}",
        "correction": "정정 사유",
        "draft": "초안",
        "pending": "(시행 시 부여)",
        "score": "심사점수: {aggregate}점 (기준점수 {pass_mark}점)",
        "no_score": "심사점수: 해당 없음",
        "reasons": "결정 사유",
        "conditions": "지정 조건",
        "supersedes": "이 결정은 종전 결정({number})을 갈음합니다.",
        "appeal": ("이 처분에 이의가 있는 경우에는 처분이 있음을 안 날부터 90일 이내에 「행정심판법」에 따라 "
                   "행정심판을 청구하거나 「행정소송법」에 따라 행정소송을 제기할 수 있습니다."),
        "recipient": "{name} (대표 {representative})",
        "address": "(우{postcode} {address})",
        "scope_separator": ", ",
        "none": "없음",
    },
    "en": {
        "subject": "Notice of the designation decision",
        "basis": "Reference: Article 28 of the Invention Promotion Act and Article 12 of its Enforcement Decree.",
        "result_designated": ("Following the review by the Designation Review Committee of your application "
                              "No. {application} (call for applications {round_code}), we inform you that your "
                              "institution has been designated as an evaluation institute as follows."),
        "result_not_designated": ("Following the review by the Designation Review Committee of your application "
                                  "No. {application} (call for applications {round_code}), we inform you that your "
                                  "institution has not been designated as an evaluation institute."),
        "institution": "Institution: {name} (Representative: {representative})",
        "designation_number": "Designation No.: {number}",
        "decision_number": "Decision No.: {number}",
        "scope_designated": "Scope of evaluation: {scope}",
        "scope_applied": "Scope applied for: {scope}",
        "outputs": "Value expressed as: {outputs}",
        "correction": "Reason for the correction",
        "draft": "DRAFT",
        "pending": "(given on issue)",
        "score": "Review score: {aggregate} (pass mark {pass_mark})",
        "no_score": "Review score: not applicable",
        "reasons": "Reasons for the decision",
        "conditions": "Conditions of the designation",
        "supersedes": "This decision replaces the earlier decision {number}.",
        "appeal": ("If you object to this decision, you may file an administrative appeal under the Administrative "
                   "Appeals Act or bring an administrative lawsuit under the Administrative Litigation Act within "
                   "90 days of the day you learned of the decision."),
        "recipient": "{name} (Representative: {representative})",
        "address": "({address}, postcode {postcode})",
        "scope_separator": ", ",
        "none": "none",
    },
}


def _points(value: Decimal) -> str:
    """``70`` for a whole pass mark, ``79.38`` otherwise."""
    return f"{value:f}" if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else score_text(value)


class DecisionNoticeDocument(OfficialDocument):
    """The notice of a designation decision; the body follows DOMAIN.md "Korean official documents"."""

    def __init__(self, notice: DecisionNotice, language: str = "ko",
                 verification_code: str | VerificationMark | None = None,
                 draft: bool = False) -> None:
        language = check_language(language)
        text = TEXT[language]
        self.notice = notice
        self.text = text
        name = notice.institution_name_en if language == "en" else notice.institution_name
        recipient = text["recipient"].format(name=name, representative=notice.representative)
        detail = text["address"].format(postcode=notice.postcode, address=notice.address) if notice.address else ""
        approvals = [Approval("drafted", notice.drafted.title, notice.drafted.name, notice.drafted.at)]
        if notice.reviewed is not None:
            approvals.append(Approval("reviewed", notice.reviewed.title, notice.reviewed.name, notice.reviewed.at))
        approvals.append(final_approval(notice.approved.title, notice.approved.name,
                                        notice.approved.at or (None if draft else notice.issued_at), notice.settings,
                                        "decision"))
        # A designated institute receives its certificate with the notice (붙임  지정서 1부.).
        sent_with = [Attachment(CERTIFICATE_TEXT[language]["title"])] \
            if notice.outcome == DecisionOutcome.DESIGNATED else []
        self.sealed = not draft  # a draft carries no seal: it is not issued
        super().__init__(language=language, letterhead=Letterhead.from_settings(notice.settings, language),
                         number=notice.number, issued_at=notice.issued_at, subject=text["subject"],
                         recipient=recipient, recipient_detail=detail, approvals=approvals, attachments=sent_with,
                         verification_code=verification_code, watermark=text["draft"] if draft else "")

    @property
    def designated(self) -> bool:
        return self.notice.outcome == DecisionOutcome.DESIGNATED

    def _result_items(self) -> tuple[Item, ...]:
        n, text = self.notice, self.text
        name = n.institution_name_en if self.language == "en" else n.institution_name
        number = document_number(n.number, self.language, prefix=False) or text["pending"]
        scope = text["scope_separator"].join(SCOPE_NAMES[self.language].get(s, s) for s in n.scope) or text["none"]
        score = (text["score"].format(aggregate=score_text(n.aggregate), pass_mark=_points(n.pass_mark))
                 if n.aggregate is not None else text["no_score"])
        items = [
            Item(text["institution"].format(name=name, representative=n.representative)),
            Item(text["designation_number" if self.designated else "decision_number"].format(number=number)),
            Item(text["scope_designated" if self.designated else "scope_applied"].format(scope=scope)),
        ]
        if self.designated:
            items.append(Item(text["outputs"].format(outputs=outputs_text(self.language, n.outputs))))
        items.append(Item(score))
        return tuple(items)

    def _text(self, korean: str, english: str) -> str:
        """The English text on English notices when the drafter wrote one, else the Korean text."""
        return english if self.language == "en" and english.strip() else korean

    def body_items(self) -> list[Item]:
        n, text = self.notice, self.text
        result = text["result_designated" if self.designated else "result_not_designated"].format(
            round=n.round_title or n.round_code, round_code=n.round_code, application=n.application_number)
        items = [Item(text["basis"]), Item(result, children=self._result_items())]
        reasons = self._text(n.reasons, n.reasons_en)
        conditions = self._text(n.conditions, n.conditions_en)
        if reasons.strip():
            items.append(Item(text["reasons"], children=(Item(reasons, marker=""),)))
        if conditions.strip():
            items.append(Item(text["conditions"], children=(Item(conditions, marker=""),)))
        if n.supersedes_number:
            supersedes = Item(text["supersedes"].format(number=document_number(n.supersedes_number, self.language)))
            reason = self._text(n.correction_reason, n.correction_reason_en).strip()
            if reason:
                supersedes = Item(supersedes.text, children=(Item(f"{text['correction']}: {reason}", marker=""),))
            items.append(supersedes)
        if not self.designated:
            items.append(Item(text["appeal"]))
        return items


def render_decision_notice(notice: DecisionNotice, language: str = "ko",
                           verification_code: str | VerificationMark | None = None,
                           draft: bool = False) -> bytes:
    """The decision notice as PDF bytes; the same notice always gives the same bytes."""
    return DecisionNoticeDocument(notice, language, verification_code, draft).render()
