"""The decision notice to the applicant (평가기관 지정 결과 통지), designated or not, in Korean or English."""

from datetime import date
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
from desktop.documents.remedies import remedy_item
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
        "registration": "사업자등록번호: {business} / 법인등록번호: {corporate}",
        "designation_number": "지정번호: {number}",
        "designated_on": "지정일: {date}",
        "effective": "지정의 효력 발생일: {date}(지정일)부터",
        "decided_on": "결정일(처분일): {date}",
        "pending_date": "(시행일)",
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
        "supersedes_dated": "이 결정은 종전 결정({number}, {date})을 정정하여 갈음합니다.",
        "changed": "정정 사항: {changes}",
        "unchanged": "정정 사항: 결정의 내용은 같고 정정 사유만 기재합니다.",
        "change": "{field}({before} → {after})",
        "change_text": "{field}(변경, 이 통지의 해당 항목 참조)",
        "fields": {"outcome": "결정 결과", "scope": "평가대상 범위", "outputs": "평가결과 표시 방법",
                   "conditions": "지정 조건", "reasons": "결정 사유"},
        "outcomes": {"designated": "지정", "not_designated": "지정하지 아니함"},
        "kept": ("지정번호와 지정일: 지정번호는 이 결정의 번호({number})로 바뀌어 종전 지정번호 {old}를 대체하고, "
                 "지정일({designated_on})은 종전 지정에 따라 유지합니다. 정정된 사항은 이 결정일({decided_on})부터 "
                 "효력이 있습니다."),
        "new_designation": "지정번호와 지정일: 이 결정으로 새로 지정하므로 지정번호와 지정일은 이 결정에 따릅니다.",
        "revoked": "종전 결정에 따른 지정(지정번호 {old})은 이 결정일({decided_on})부터 효력을 잃습니다.",
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
        "registration": "Business registration No.: {business} / Corporate registration No.: {corporate}",
        "designation_number": "Designation No.: {number}",
        "designated_on": "Date of designation: {date}",
        "effective": "The designation has effect from {date} (the date of designation)",
        "decided_on": "Date of the decision (disposition): {date}",
        "pending_date": "(the date of issue)",
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
        "supersedes_dated": "This decision corrects and replaces the earlier decision {number} of {date}.",
        "changed": "What is corrected: {changes}",
        "unchanged": "What is corrected: the content of the decision is the same; only the reason is recorded.",
        "change": "{field} ({before} → {after})",
        "change_text": "{field} (changed; see that item of this notice)",
        "fields": {"outcome": "the outcome", "scope": "the scope of evaluation", "outputs": "how the value is "
                   "expressed", "conditions": "the conditions", "reasons": "the reasons"},
        "outcomes": {"designated": "designated", "not_designated": "not designated"},
        "kept": ("Designation number and date: the designation number becomes this decision's number ({number}), "
                 "replacing the earlier designation number {old}; the date of designation ({designated_on}) is kept "
                 "from the earlier designation. What is corrected has effect from the date of this decision "
                 "({decided_on})."),
        "new_designation": ("Designation number and date: this decision designates anew, so the designation number "
                            "and date are this decision's."),
        "revoked": "The designation made by the earlier decision ({old}) ends on the date of this decision "
                   "({decided_on}).",
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
        items = [Item(text["institution"].format(name=name, representative=n.representative))]
        if n.business_number or n.corporate_number:
            items.append(Item(text["registration"].format(business=n.business_number or text["none"],
                                                          corporate=n.corporate_number or text["none"])))
        items.append(Item(text["designation_number" if self.designated else "decision_number"].format(number=number)))
        if self.designated:
            designated_on = self._day(n.designated_on)
            items += [Item(text["designated_on"].format(date=designated_on)),
                      Item(text["effective"].format(date=designated_on))]
        else:
            items.append(Item(text["decided_on"].format(date=self._day(n.decided_on))))
        items.append(Item(text["scope_designated" if self.designated else "scope_applied"].format(scope=scope)))
        if self.designated:
            items.append(Item(text["outputs"].format(outputs=outputs_text(self.language, n.outputs))))
        items.append(Item(score))
        return tuple(items)

    def _day(self, value: date | None) -> str:
        return self.date(value) if value is not None else self.text["pending_date"]

    def _values(self, field: str, values: tuple[str, ...]) -> str:
        text, language = self.text, self.language
        if field == "outcome":
            return text["outcomes"].get(values[0], values[0]) if values else text["none"]
        if field == "outputs":
            return outputs_text(language, values) if values else text["none"]
        return text["scope_separator"].join(SCOPE_NAMES[language].get(v, v) for v in values) or text["none"]

    def _correction(self) -> Item:
        """What a correction replaces, why, what it changes, and what becomes of the designation number and date."""
        n, text, language = self.notice, self.text, self.language
        old = document_number(n.supersedes_number, language)
        head = (text["supersedes_dated"].format(number=old, date=self.date(n.supersedes_issued_on))
                if n.supersedes_issued_on else text["supersedes"].format(number=old))
        children = []
        reason = self._text(n.correction_reason, n.correction_reason_en).strip()
        if reason:
            children.append(Item(f"{text['correction']}: {reason}"))
        described = [text["change_text" if c.field in ("conditions", "reasons") else "change"].format(
            field=text["fields"].get(c.field, c.field), before=self._values(c.field, c.before),
            after=self._values(c.field, c.after)) for c in n.changes]
        if n.supersedes_issued_on is not None:  # a notice frozen before corrections were described says less
            children.append(Item(text["changed"].format(changes=", ".join(described)) if described
                                 else text["unchanged"]))
        decided_on = self._day(n.decided_on)
        if self.designated and n.supersedes_outcome == "designated":
            children.append(Item(text["kept"].format(
                number=document_number(n.number, language) or text["pending"], old=old,
                designated_on=self._day(n.designated_on), decided_on=decided_on)))
        elif self.designated and n.supersedes_outcome:
            children.append(Item(text["new_designation"]))
        elif n.supersedes_outcome == "designated":
            children.append(Item(text["revoked"].format(old=old, decided_on=decided_on)))
        if not children:
            return Item(head)
        if len(children) == 1 and not n.supersedes_outcome:  # the earlier form: one unnumbered line
            return Item(head, children=(Item(children[0].text, marker=""),))
        return Item(head, children=tuple(children))

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
            items.append(self._correction())
        if not self.designated:  # a refusal is a disadvantageous disposition: say how to challenge it
            items.append(remedy_item(n.settings, self.language))
        return items


def render_decision_notice(notice: DecisionNotice, language: str = "ko",
                           verification_code: str | VerificationMark | None = None,
                           draft: bool = False) -> bytes:
    """The decision notice as PDF bytes; the same notice always gives the same bytes."""
    return DecisionNoticeDocument(notice, language, verification_code, draft).render()
