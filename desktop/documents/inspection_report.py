"""The on-site inspection report (현장실사 결과 보고): results per item, score, findings and their status,
the inspectors' signatures; in Korean or English. The body ends with tables, so "끝." follows the last one."""

from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.core.bilingual import pick
from desktop.core.formatting import english_date, official_date, official_datetime, official_time, score_text
from desktop.documents.body import Item, body_flowables, end_below_table
from desktop.documents.flowables import PinnedClosing
from desktop.documents.labels import check_language, legal_basis, official_title
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, VerificationMark
from desktop.documents.styles import GREY, paragraph_style, table_style
from desktop.domain.inspections.models import FindingSeverity, FindingVerification
from desktop.domain.inspections.report import InspectionReportData, ReportItem

TEXT = {
    "ko": {
        "subject": "평가기관 지정 신청기관 현장실사 결과 보고",
        "recipient": "지정심의위원회 위원장",
        "basis": "관련: 「발명진흥법」 제28조 및 같은 법 시행령 제12조, 「{round}」",
        "intro": "{name}(신청번호 {application})에 대한 현장실사 결과를 아래와 같이 보고합니다.",
        "when": "실사일·장소: {date}, {place}",
        "who": "실사위원: {names}",
        "checklist": "점검표: {title} ({version})",
        "score": "점수: {points} / {maximum}점 ({percent}%)",
        "findings_summary": "지적사항: {total}건 (중대 {major}건, 경미 {minor}건), 미종결 {open}건",
        "override": "위원회 상정 승인 사유(사무국): {reason}",
        "results": "항목별 점검 결과",
        "findings": "지적사항 및 시정조치",
        "no_findings": "지적사항 없음",
        "signatures": "실사위원 확인",
        "head_results": ("항목", "점검 내용", "근거", "결과", "점수", "의견"),
        "head_findings": ("항목", "구분", "지적 내용 / 요구 시정조치", "기한", "처리 결과"),
        "head_signatures": ("실사위원", "서명 일시", "확인 내용"),
        "conform": "적합", "nonconform": "부적합", "not_applicable": "해당 없음", "unanswered": "미기재",
        "major": "중대", "minor": "경미", "unsigned": "미서명",
        "evidence": "증빙 {n}건", "evidence_one": "증빙 1건",
        "pending": "미종결", "effective": "종결(시정 확인)", "not_effective": "미종결(시정 미흡)",
        "response": "신청기관 조치: {text}", "verified": "확인: {name} {date}",
        "draft": "초안",
    },
    "en": {
        "subject": "Report of the on-site inspection of an applicant for designation",
        "recipient": "Chair, Designation Review Committee",
        "basis": "Reference: Article 28 of the Invention Promotion Act, Article 12 of its Enforcement Decree, "
                 "and the call for applications {round_code}.",
        "intro": "We report the results of the on-site inspection of {name} (application No. {application}) as "
                 "follows.",
        "when": "Date and place: {date}, {place}",
        "who": "Inspectors: {names}",
        "checklist": "Checklist: {title} ({version})",
        "score": "Score: {points} of {maximum} ({percent}%)",
        "findings_summary": "Findings: {total} ({major} major, {minor} minor), {open} still open",
        "override": "Sent to the committee despite an open major finding (secretariat): {reason}",
        "results": "Results per item",
        "findings": "Findings and corrective actions",
        "no_findings": "No findings",
        "signatures": "Inspectors' sign-off",
        "head_results": ("Item", "What was checked", "Basis", "Result", "Points", "Remarks"),
        "head_findings": ("Item", "Severity", "Finding / corrective action requested", "Deadline", "Status"),
        "head_signatures": ("Inspector", "Signed at", "Attestation"),
        "conform": "Conform", "nonconform": "Nonconform", "not_applicable": "N/A", "unanswered": "Not answered",
        "major": "Major", "minor": "Minor", "unsigned": "Not signed",
        "evidence": "{n} evidence files", "evidence_one": "1 evidence file",
        "pending": "Open", "effective": "Closed (effective)", "not_effective": "Open (not effective)",
        "response": "Applicant's action: {text}", "verified": "Verified: {name} {date}",
        "draft": "DRAFT",
    },
}


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral_value() else score_text(value)


class InspectionReportDocument(OfficialDocument):
    """The report the committee reads; a report of an inspection not yet signed by all carries a watermark.

    An internal report: the inspectors sign it, the ministry does not seal it.
    """

    sealed = False

    number_kind = "inspection_report"  # its own number (실사결과-/INR-), never the notice's (실사-/INS-)

    def __init__(self, report: InspectionReportData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.report = report
        self.text = TEXT[language]
        people = report.signatures
        approvals = [Approval("drafted", people[0].title, people[0].name, people[0].at)] if people else []
        if len(people) > 1:
            approvals.append(Approval("reviewed", people[1].title, people[1].name, people[1].at))
        signed = all(p.at is not None for p in people)
        super().__init__(verification_code=verification_code,
                         language=language, letterhead=Letterhead.from_settings(report.settings, language),
                         number=report.number,
                         issued_at=report.issued_at, subject=self.text["subject"], recipient=self.text["recipient"],
                         approvals=approvals, watermark="" if signed else self.text["draft"])
        self.cell = paragraph_style("Closing", fontSize=8.5, leading=11.5)
        self.head = paragraph_style("Closing", fontSize=8.5, leading=11.5, textColor=colors.black)

    def _date(self, value: date | datetime) -> str:
        return english_date(value) if self.language == "en" else official_date(value)

    def _moment(self, value: datetime) -> str:
        return f"{self._date(value)} {official_time(value)}" if self.language == "en" else official_datetime(value)

    def body_items(self) -> list[Item]:
        r, text = self.report, self.text
        name = r.applicant.name_en if self.language == "en" else r.applicant.name
        major = sum(1 for f in r.findings if f.severity == FindingSeverity.MAJOR)
        still_open = sum(1 for f in r.findings if f.verification != FindingVerification.EFFECTIVE)
        percent = score_text(r.score * 100 / r.max_score) if r.max_score else "–"
        title = r.checklist_title[1] if self.language == "en" else r.checklist_title[0]
        children = [
            Item(text["when"].format(date=self._date(r.scheduled_on), place=r.place)),
            Item(text["who"].format(names=", ".join(p.name for p in r.signatures))),
            Item(text["checklist"].format(title=title, version=r.checklist_version)),
            Item(text["score"].format(points=_number(r.score), maximum=_number(r.max_score), percent=percent)),
            Item(text["findings_summary"].format(total=len(r.findings), major=major, minor=len(r.findings) - major,
                                                 open=still_open)),
        ]
        if r.override_reason:
            children.append(Item(text["override"].format(reason=r.override_reason)))
        return [Item(text["basis"].format(round=r.applicant.round_title, round_code=r.applicant.round_code)),
                Item(text["intro"].format(name=name, application=r.applicant.application_number),
                     children=tuple(children))]

    # -- tables ----------------------------------------------------------------------------------------------
    def _p(self, value: str, head: bool = False) -> Paragraph:
        xml = "<br/>".join(escape(line) for line in str(value).splitlines()) if value else ""
        return Paragraph(f"<b>{xml}</b>" if head else xml, self.head if head else self.cell)

    def _table(self, head: tuple[str, ...], rows: list[list[str]], widths: tuple[float, ...]) -> Table:
        data = [[self._p(h, True) for h in head]] + [[self._p(c) for c in row] for row in rows]
        table = Table(data, colWidths=[w * self.content_width for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(
            ("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
        return table

    def _result(self, item: ReportItem) -> str:
        text, answer = self.text, item.answer
        if answer is None:
            return text["unanswered"]
        if answer.response == "not_applicable":
            return text["not_applicable"]
        if item.response_type == "conform":
            return text.get(answer.response or "", text["unanswered"])
        if item.response_type == "score":
            if answer.score is None:
                return text["unanswered"]
            result = f"{_number(answer.score)} / {_number(item.max)}"
            return result + (f" ({text['nonconform']})" if item.nonconform else "")
        return answer.text or text["unanswered"]

    def _results_rows(self) -> list[list[str]]:
        rows = []
        for item in self.report.items:
            points = f"{_number(item.points[0])} / {_number(item.points[1])}" if item.points else "–"
            remark = (item.answer.note or "") if item.answer else ""
            if item.evidence:
                files = self.text["evidence_one" if item.evidence == 1 else "evidence"].format(n=item.evidence)
                remark = (remark + "\n" if remark else "") + files
            rows.append([item.id, item.en if self.language == "en" else item.ko,
                         legal_basis(self.language, item.basis, item.basis_en), self._result(item), points, remark])
        return rows

    def _finding_rows(self) -> list[list[str]]:
        text, rows = self.text, []
        for f in self.report.findings:
            status = text[f.verification.value]
            if f.applicant_response:
                status += "\n" + text["response"].format(text=f.applicant_response)
            if f.verified_at:
                status += "\n" + text["verified"].format(name=f.verified_by, date=self._date(f.verified_at))
            rows.append([f.item_id, text[f.severity.value], f"{f.description}\n→ {f.corrective_action}",
                         self._date(f.deadline) if f.deadline else "", status])
        return rows

    def _signature_rows(self) -> list[list[str]]:
        return [[f"{p.name} ({official_title(self.language, p.title)})" if p.title else p.name,
                 self._moment(p.at) if p.at else self.text["unsigned"], pick(p.attestation, self.language)]
                for p in self.report.signatures]

    def _heading(self, number: int, key: str) -> list[Flowable]:
        return [*body_flowables([Item(self.text[key], marker=f"{number}.")], self.language, end=False),
                Spacer(1, 2 * mm)]

    def story(self) -> list[Flowable]:
        text = self.text
        parts: list[Flowable] = [*self.header_flowables(), *body_flowables(self.body_items(), self.language, end=False)]
        parts += self._heading(3, "results")
        parts.append(self._table(text["head_results"], self._results_rows(), (0.06, 0.34, 0.17, 0.12, 0.09, 0.22)))
        if self.report.findings:
            findings: Flowable = self._table(text["head_findings"], self._finding_rows(),
                                             (0.06, 0.08, 0.44, 0.13, 0.29))
        else:
            findings = Paragraph(escape(text["no_findings"]), paragraph_style("Item", leftIndent=14))
        parts.append(KeepTogether([*self._heading(4, "findings"), findings]))
        parts.append(KeepTogether([
            *self._heading(5, "signatures"),
            self._table(text["head_signatures"], self._signature_rows(), (0.25, 0.22, 0.53)),
            end_below_table(self.language)]))
        parts.append(PinnedClosing(self.sender_flowables(), [Spacer(1, 6 * mm), *self.closing_flowables()]))
        return parts


def render_inspection_report(report: InspectionReportData, language: str = "ko",
                             verification_code: str | VerificationMark | None = None) -> bytes:
    """The report as PDF bytes; the same data always gives the same bytes."""
    return InspectionReportDocument(report, language, verification_code).render()
