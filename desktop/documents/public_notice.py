"""The public notice (고시) of the institutes designated in a round, in Korean or English.

Shape of a 고시: the notice number (지식재산처 고시 제2026-001호), the title, the enacting sentence, the date and
the sender; then the items: the designated institutes in a table (number, institute, representative, address,
scope), what they evaluate, and when the notice takes effect (5 days after publication unless it says otherwise).
"""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from desktop.documents.body import Item, body_flowables
from desktop.documents.flowables import SenderLine
from desktop.documents.labels import check_language, item_marker, outputs_text, scope_text
from desktop.documents.layout import Letterhead, OfficialDocument, VerificationMark, document_number
from desktop.documents.styles import GREY, paragraph_style, table_style
from desktop.domain.decisions.round_documents import EFFECTIVE_AFTER_DAYS, PublicNoticeData

TEXT = {
    "ko": {
        "heading": "{agency} 고시 {number}",
        "title": "평가기관 지정 고시",
        "preamble": ("「발명진흥법」 제28조제1항 및 같은 법 시행령 제12조에 따라 「{round}」에 따른 평가기관을 다음과 "
                     "같이 지정하여 고시합니다."),
        "institutes": "지정 평가기관",
        "columns": ("연번", "기관명", "대표자", "소재지", "평가대상", "지정번호"),
        "scope": ("평가대상: 「발명진흥법」 제2조제11호에 따른 {scope}의 현재 또는 장래의 경제적 가치"
                  "(평가결과 표시: {outputs})"),
        "effective_default": "시행일: 이 고시는 고시한 날부터 {days}일이 경과한 날({date})부터 시행합니다.",
        "effective_other": "시행일: 이 고시는 {date}부터 시행합니다.",
        "blank": "이하 빈칸",
    },
    "en": {
        "heading": "{agency} Public Notice {number}",
        "title": "Public Notice of the Designation of Evaluation Institutes",
        "preamble": ("Under Article 28(1) of the Invention Promotion Act and Article 12 of its Enforcement Decree, "
                     "the evaluation institutes of the call for applications {round} are designated as follows."),
        "institutes": "Designated evaluation institutes",
        "columns": ("No.", "Institute", "Representative", "Address", "Scope", "Designation No."),
        "scope": ("Scope: the present or future economic value of {scope} under Article 2(11) of the Invention "
                  "Promotion Act, expressed as {outputs}"),
        "effective_default": ("Entry into force: this notice takes effect {days} days after its publication, on "
                              "{date}."),
        "effective_other": "Entry into force: this notice takes effect on {date}.",
        "blank": "Blank below",
    },
}


class PublicNoticeDocument(OfficialDocument):
    """The 고시: published by the authority (no seal, no recipient); the list is the one frozen at issue."""

    letterhead_height = 0  # the heading line names the agency

    def __init__(self, data: PublicNoticeData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.data = data
        self.text = TEXT[language]
        super().__init__(language=language, letterhead=Letterhead.from_settings(data.settings, language),
                         number=data.number, issued_at=data.issued_at, subject=self.text["title"], recipient="",
                         approvals=(), verification_code=verification_code)

    def _institute_table(self) -> Table:
        t, language = self.text, self.language
        head = [Paragraph(escape(c), paragraph_style("TableHead")) for c in t["columns"]]
        cell = paragraph_style("TableCell")
        rows = [head]
        for n, e in enumerate(self.data.entries, 1):
            rows.append([
                Paragraph(str(n), paragraph_style("TableCell", alignment=1)),
                Paragraph(escape(e.institution_name_en if language == "en" else e.institution_name), cell),
                Paragraph(escape(e.representative), cell),
                Paragraph(escape(e.address), cell),
                Paragraph(escape(scope_text(language, e.scope)), cell),
                Paragraph(escape(document_number(e.number, language, prefix=False)), cell),
            ])
        widths = [0.07, 0.22, 0.13, 0.26, 0.17, 0.15] if language == "ko" else [0.06, 0.23, 0.16, 0.25, 0.17, 0.13]
        table = Table(rows, colWidths=[w * self.content_width for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, GREY),  # the list is as long as it is: no "이하 빈칸" row
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.94, 0.94, 0.94)),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ))
        return table

    def body_items(self) -> list[Item]:
        t, d, language = self.text, self.data, self.language
        scopes = sorted({s for e in d.entries for s in e.scope},
                        key=("inventions", "trademarks", "trade_secrets", "layouts").index)
        outputs = sorted({o for e in d.entries for o in e.outputs}, key=("amount", "grade", "score").index)
        days = (d.effective_on - d.published_on).days
        effective = (t["effective_default"].format(days=days, date=self.date(d.effective_on))
                     if days == EFFECTIVE_AFTER_DAYS else t["effective_other"].format(date=self.date(d.effective_on)))
        scope = t["scope"].format(scope=scope_text(language, scopes), outputs=outputs_text(language, outputs))
        # Item 1 is the table of institutes; these continue the numbering after it.
        return [Item(scope, marker=item_marker(1, 1, language)), Item(effective, marker=item_marker(1, 2, language))]

    def story(self) -> list[Flowable]:
        t, d = self.text, self.data
        heading = t["heading"].format(agency=self.letterhead.agency, number=document_number(d.number, self.language))
        round_name = d.round_title if self.language == "ko" else d.round_code
        first = Item(t["institutes"], marker=item_marker(1, 0, self.language))
        return [
            Paragraph(escape(heading), paragraph_style("Subject")),
            HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=3, spaceAfter=0),
            Spacer(1, 10 * mm),
            Paragraph(escape(t["title"]), paragraph_style("NoticeTitle")),
            Spacer(1, 8 * mm),
            Paragraph(escape(t["preamble"].format(round=round_name)), paragraph_style("Body", firstLineIndent=11)),
            Spacer(1, 8 * mm),
            Paragraph(escape(self.date(d.published_on)), paragraph_style("Body", alignment=1)),
            Spacer(1, 4 * mm),
            SenderLine(self.letterhead.sender, self.styles["Sender"]),  # published: no seal
            Spacer(1, 8 * mm),
            *body_flowables([first], self.language, end=False),
            Spacer(1, 2 * mm),
            self._institute_table(),
            *body_flowables(self.body_items(), self.language),
        ]


    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas)


def render_public_notice(data: PublicNoticeData, language: str = "ko",
                         verification_code: str | VerificationMark | None = None) -> bytes:
    """The public notice as PDF bytes; the same data always gives the same bytes."""
    return PublicNoticeDocument(data, language, verification_code).render()
