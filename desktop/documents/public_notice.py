"""The public notice (고시) of the institutes designated in a round, in Korean or English.

Shape of a 고시: the notice number (지식재산처 고시 제2026-001호), the title, the enacting sentence, the date and
the sender; then the items: the designated institutes in a table (number, institute, representative, address,
scope, registration numbers, designation number and date), what they evaluate, from when the designations have
effect (their dates of designation) and when the notice itself takes effect (5 days after publication unless it
says otherwise).
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
from desktop.domain.decisions.round_documents import PublicNoticeData, PublicNoticeEntry

TEXT = {
    "ko": {
        "heading": "{agency} 고시 {number}",
        "title": "평가기관 지정 고시",
        "title_corrected": "평가기관 지정 정정 고시",
        "preamble": ("「발명진흥법」 제28조제1항 및 같은 법 시행령 제12조에 따라 「{round}」에 따른 평가기관을 다음과 "
                     "같이 지정하여 고시합니다."),
        "preamble_corrected": ("「발명진흥법」 제28조제1항 및 같은 법 시행령 제12조에 따라 {agency} 고시 {number}"
                               "({date})로 고시한 「{round}」에 따른 지정 평가기관을 정정 결정에 따라 다음과 같이 "
                               "정정하여 고시합니다."),
        "institutes": "지정 평가기관",
        "institutes_corrected": "정정 후 지정 평가기관(이 고시의 목록이 종전 고시의 목록을 갈음합니다)",
        "corrections": "정정 내용",
        "columns": ("연번", "기관명(등록번호)", "대표자", "소재지", "평가대상", "지정번호(지정일)"),
        "correction_columns": ("연번", "기관명", "정정 전", "정정 후"),
        "business": "사업자 {number}",
        "corporate": "법인 {number}",
        "designated_on": "지정일 {date}",
        "entry": "{number}(지정일 {date}), 평가대상: {scope}",
        "not_listed": "목록에 없음",
        "removed": "삭제(지정의 효력 상실)",
        "scope": ("평가대상: 「발명진흥법」 제2조제11호에 따른 {scope}의 현재 또는 장래의 경제적 가치"
                  "(평가결과 표시: {outputs})"),
        "designation_effect": ("지정의 효력: 각 기관의 지정은 표의 지정일(지정 결정을 한 날)부터 효력이 있습니다. "
                               "이 고시는 그 지정을 알리는 것으로, 이 고시의 시행일은 지정의 효력 발생일과 다릅니다."),
        "effective_default": "시행일: 이 고시는 고시한 날부터 {days}일이 경과한 날({date})부터 시행합니다.",
        "effective_other": "시행일: 이 고시는 {date}부터 시행합니다.",
    },
    "en": {
        "heading": "{agency} Public Notice {number}",
        "title": "Public Notice of the Designation of Evaluation Institutes",
        "title_corrected": "Public Notice Correcting the Designation of Evaluation Institutes",
        "preamble": ("Under Article 28(1) of the Invention Promotion Act and Article 12 of its Enforcement Decree, "
                     "the evaluation institutes of the call for applications {round} are designated as follows."),
        "preamble_corrected": ("Under Article 28(1) of the Invention Promotion Act and Article 12 of its Enforcement "
                               "Decree, the evaluation institutes of the call for applications {round} published in "
                               "{agency} Public Notice {number} of {date} are corrected as follows, following the "
                               "correcting decisions."),
        "institutes": "Designated evaluation institutes",
        "institutes_corrected": ("Designated evaluation institutes as corrected (this list replaces that of the "
                                 "earlier notice)"),
        "corrections": "What is corrected",
        "columns": ("No.", "Institute (registration Nos.)", "Representative", "Address", "Scope",
                    "Designation No. (date)"),
        "correction_columns": ("No.", "Institute", "Before", "After"),
        "business": "Business {number}",
        "corporate": "Corporate {number}",
        "designated_on": "designated {date}",
        "entry": "{number} (designated {date}); scope: {scope}",
        "not_listed": "not listed",
        "removed": "removed (the designation ended)",
        "scope": ("Scope: the present or future economic value of {scope} under Article 2(11) of the Invention "
                  "Promotion Act, expressed as {outputs}"),
        "designation_effect": ("Effect of the designations: each institute's designation has effect from its date "
                               "of designation in the table (the day it was decided). This notice makes the "
                               "designations known; the day it takes effect is not the day they took effect."),
        "effective_default": ("Entry into force: this notice takes effect {days} days after its publication, on "
                              "{date}."),
        "effective_other": "Entry into force: this notice takes effect on {date}.",
    },
}

RULES = (
    ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, 1), (-1, -2), 0.3, GREY),  # the list is as long as it is: no "이하 빈칸" row
    ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.94, 0.94, 0.94)),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
)


class PublicNoticeDocument(OfficialDocument):
    """The 고시: published by the authority (no seal, no recipient); the list is the one frozen at issue.

    A later notice of the same round whose list differs is a 정정 고시: it names the notice it corrects, lists
    each corrected entry before and after, then the whole list as corrected (superseded numbers appear only as
    "before").
    """

    letterhead_height = 0  # the heading line names the agency

    def __init__(self, data: PublicNoticeData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.data = data
        self.text = TEXT[language]
        self.correcting = bool(data.corrects_number)
        super().__init__(language=language, letterhead=Letterhead.from_settings(data.settings, language),
                         number=data.number, issued_at=data.issued_at,
                         subject=self.text["title_corrected" if self.correcting else "title"], recipient="",
                         approvals=(), verification_code=verification_code)

    def _name(self, entry: PublicNoticeEntry) -> str:
        return entry.institution_name_en if self.language == "en" else entry.institution_name

    def _table(self, head: tuple[str, ...], rows: list[list[Paragraph]], widths: list[float]) -> Table:
        header = [Paragraph(escape(c), paragraph_style("TableHead")) for c in head]
        table = Table([header, *rows], colWidths=[w * self.content_width for w in widths], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(table_style(*RULES))
        return table

    def _institute_table(self) -> Table:
        t, language = self.text, self.language
        cell = paragraph_style("TableCell")
        small = paragraph_style("TableCell", fontSize=7.5, leading=10)
        rows = []
        for n, e in enumerate(self.data.entries, 1):
            numbers = [t[key].format(number=value) for key, value in (("business", e.business_number),
                                                                     ("corporate", e.corporate_number)) if value]
            rows.append([
                Paragraph(str(n), paragraph_style("TableCell", alignment=1)),
                [Paragraph(escape(self._name(e)), cell), *(Paragraph(escape(x), small) for x in numbers)],
                Paragraph(escape(e.representative), cell),
                Paragraph(escape(e.address), cell),
                Paragraph(escape(scope_text(language, e.scope)), cell),
                [Paragraph(escape(document_number(e.number, language, prefix=False)), cell),
                 Paragraph(escape(t["designated_on"].format(date=self.date(e.designated_on))), small)],
            ])
        widths = [0.06, 0.25, 0.11, 0.24, 0.16, 0.18] if language == "ko" else [0.05, 0.26, 0.14, 0.22, 0.15, 0.18]
        return self._table(t["columns"], rows, widths)

    def _entry_text(self, entry: PublicNoticeEntry | None, removed: bool) -> str:
        t = self.text
        if entry is None:
            return t["removed"] if removed else t["not_listed"]
        return t["entry"].format(number=document_number(entry.number, self.language, prefix=False),
                                 date=self.date(entry.designated_on), scope=scope_text(self.language, entry.scope))

    def _correction_table(self) -> Table:
        cell = paragraph_style("TableCell")
        rows = []
        for n, c in enumerate(self.data.corrections, 1):
            named = c.after or c.before
            assert named is not None
            rows.append([Paragraph(str(n), paragraph_style("TableCell", alignment=1)),
                         Paragraph(escape(self._name(named)), cell),
                         Paragraph(escape(self._entry_text(c.before, removed=False)), cell),
                         Paragraph(escape(self._entry_text(c.after, removed=True)), cell)])
        return self._table(self.text["correction_columns"], rows, [0.06, 0.24, 0.35, 0.35])

    def body_items(self) -> list[Item]:
        t, d, language = self.text, self.data, self.language
        scopes = sorted({s for e in d.entries for s in e.scope},
                        key=("inventions", "trademarks", "trade_secrets", "layouts").index)
        outputs = sorted({o for e in d.entries for o in e.outputs}, key=("amount", "grade", "score").index)
        effective = (t["effective_default"].format(days=d.effective_after_days, date=self.date(d.effective_on))
                     if d.effective_after_days else t["effective_other"].format(date=self.date(d.effective_on)))
        scope = t["scope"].format(scope=scope_text(language, scopes), outputs=outputs_text(language, outputs))
        first = len(self._tables())  # the items with tables come first; these continue the numbering
        return [Item(text, marker=item_marker(1, first + n, language))
                for n, text in enumerate((scope, t["designation_effect"], effective))]

    def _tables(self) -> list[tuple[str, Table]]:
        t = self.text
        if self.correcting:
            return [(t["corrections"], self._correction_table()),
                    (t["institutes_corrected"], self._institute_table())]
        return [(t["institutes"], self._institute_table())]

    def story(self) -> list[Flowable]:
        t, d = self.text, self.data
        heading = t["heading"].format(agency=self.letterhead.agency, number=document_number(d.number, self.language))
        round_name = d.round_title if self.language == "ko" else d.round_code
        preamble = (t["preamble_corrected"].format(
            agency=self.letterhead.agency, number=document_number(d.corrects_number, self.language),
            date=self.date(d.corrects_published_on or d.published_on), round=round_name)
            if self.correcting else t["preamble"].format(round=round_name))
        story: list[Flowable] = [
            Paragraph(escape(heading), paragraph_style("Subject")),
            HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=3, spaceAfter=0),
            Spacer(1, 10 * mm),
            Paragraph(escape(t["title_corrected" if self.correcting else "title"]), paragraph_style("NoticeTitle")),
            Spacer(1, 8 * mm),
            Paragraph(escape(preamble), paragraph_style("Body", firstLineIndent=11)),
            Spacer(1, 8 * mm),
            Paragraph(escape(self.date(d.published_on)), paragraph_style("Body", alignment=1)),
            Spacer(1, 4 * mm),
            SenderLine(self.letterhead.sender, self.styles["Sender"]),  # published: no seal
            Spacer(1, 8 * mm),
        ]
        for n, (title, table) in enumerate(self._tables()):
            story += [*body_flowables([Item(title, marker=item_marker(1, n, self.language))], self.language,
                                      end=False), Spacer(1, 2 * mm), table, Spacer(1, 3 * mm)]
        return [*story, *body_flowables(self.body_items(), self.language)]

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas)


def render_public_notice(data: PublicNoticeData, language: str = "ko",
                         verification_code: str | VerificationMark | None = None) -> bytes:
    """The public notice as PDF bytes; the same data always gives the same bytes."""
    return PublicNoticeDocument(data, language, verification_code).render()
