"""The designation certificate (평가기관 지정서) of a designated institute, in Korean or English.

There is no statutory form for evaluation institutes; this follows the sibling designation forms: the number,
the title, the institute's particulars in a ruled table, the legal basis, the date and the sender with the seal,
inside a double border. Pages, numbering, the verification code and deterministic output come from the layout.
"""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from desktop.documents.body import paragraph_text
from desktop.documents.flowables import PinnedClosing
from desktop.documents.labels import check_language, outputs_text, scope_text
from desktop.documents.layout import Letterhead, OfficialDocument, VerificationMark, document_number
from desktop.documents.styles import GREY, paragraph_style
from desktop.domain.decisions.round_documents import CertificateData

TEXT = {
    "ko": {
        "title": "평가기관 지정서",
        "number": "지정번호",
        "institution": "기관명",
        "representative": "대표자",
        "registration": "등록번호",
        "business_number": "사업자등록번호 {number}",
        "corporate_number": "법인등록번호 {number}",
        "address": "소재지",
        "designated_on": "지정일",
        "effective_value": "{date} (이날부터 지정의 효력 발생)",
        "effective_corrected": "{date} (이날부터 지정의 효력 발생; 정정된 사항은 {corrected}부터)",
        "scope": "평가대상",
        "outputs": "평가결과 표시",
        "conditions": "지정조건",
        "statement": "「발명진흥법」 제28조제1항 및 같은 법 시행령 제12조에 따라 위 기관을 평가기관으로 지정합니다.",
        "supersedes": "이 지정서는 종전 지정({number})을 정정한 결정에 따라 발급합니다.",
        "supersedes_kept": ("이 지정서는 정정 결정({number}, {decided_on})에 따라 종전 지정서(지정번호 "
                            "{old})를 갈음하여 발급합니다. 지정번호는 {number}(으)로 바뀌고, 지정일은 종전 "
                            "지정일({designated_on})을 유지합니다."),
    },
    "en": {
        "title": "Certificate of Designation as an Evaluation Institute",
        "number": "Designation No.",
        "institution": "Institution",
        "representative": "Representative",
        "registration": "Registration Nos.",
        "business_number": "business {number}",
        "corporate_number": "corporate {number}",
        "address": "Address",
        "designated_on": "Designated on",
        "effective_value": "{date} (the designation has effect from this day)",
        "effective_corrected": "{date} (the designation has effect from this day; what was corrected from "
                               "{corrected})",
        "scope": "Scope of evaluation",
        "outputs": "Value expressed as",
        "conditions": "Conditions",
        "statement": ("The institution above is designated as an evaluation institute under Article 28(1) of the "
                      "Invention Promotion Act and Article 12 of its Enforcement Decree."),
        "supersedes": "This certificate follows the decision correcting the earlier designation {number}.",
        "supersedes_kept": ("This certificate replaces the earlier certificate (designation {old}) under the "
                            "correcting decision {number} of {decided_on}. The designation number becomes {number}; "
                            "the date of designation stays that of the earlier designation ({designated_on})."),
    },
}


class Particulars(Flowable):
    """The particulars of the institute: label and value rows between rules (values wrap, labels do not)."""

    def __init__(self, rows: list[tuple[str, str]], label_width: float) -> None:
        super().__init__()
        self.label_width = label_width
        self.labels = [Paragraph(escape(label), paragraph_style("CertificateLabel")) for label, _ in rows]
        self.values = [Paragraph(paragraph_text(value), paragraph_style("CertificateValue")) for _, value in rows]
        self.padding = 4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.heights = []
        for label, value in zip(self.labels, self.values, strict=True):
            _, lh = label.wrap(self.label_width - 6, available_height)
            _, vh = value.wrap(available_width - self.label_width - 8, available_height)
            self.heights.append(max(lh, vh) + 2 * self.padding)
        self.height = sum(self.heights)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        canvas.saveState()
        canvas.setLineWidth(1.2)
        canvas.line(0, y, self.width, y)
        canvas.setFillColor(colors.Color(0.95, 0.95, 0.95))
        canvas.rect(0, 0, self.label_width, self.height, stroke=0, fill=1)
        canvas.restoreState()
        for n, (label, value, height) in enumerate(zip(self.labels, self.values, self.heights, strict=True)):
            y -= height
            label.drawOn(canvas, 6, y + self.padding + (height - 2 * self.padding - label.height))
            value.drawOn(canvas, self.label_width + 8, y + self.padding + (height - 2 * self.padding - value.height))
            canvas.saveState()
            last = n == len(self.labels) - 1
            canvas.setStrokeColor(colors.black if last else GREY)
            canvas.setLineWidth(1.2 if last else 0.4)
            canvas.line(0, y, self.width, y)
            canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        canvas.line(self.label_width, 0, self.label_width, self.height)
        canvas.restoreState()


class CertificateDocument(OfficialDocument):
    """A one-page certificate sealed with the registered seal image (grey in monochrome), else "직인생략"."""

    letterhead_height = 0
    top_margin = 28 * mm
    bottom_margin = 42 * mm
    footer_y = 28 * mm
    left_margin = 25 * mm
    right_margin = 25 * mm

    def __init__(self, data: CertificateData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None,
                 monochrome: bool = False) -> None:
        language = check_language(language)
        self.data = data
        self.text = TEXT[language]
        super().__init__(language=language, letterhead=Letterhead.from_settings(data.settings, language),
                         number=data.number, issued_at=data.issued_at, subject=self.text["title"], recipient="",
                         approvals=(), verification_code=verification_code, monochrome=monochrome)

    def body_items(self) -> list:
        return []

    @property
    def keeps_date(self) -> bool:
        """A correction of a designation: the date of designation is the earlier one's, kept."""
        return bool(self.data.supersedes_number) and self.data.supersedes_outcome == "designated"

    def particulars(self) -> list[tuple[str, str]]:
        d, t, language = self.data, self.text, self.language
        rows = [
            (t["institution"], d.institution_name_en if language == "en" else d.institution_name),
            (t["representative"], d.representative),
        ]
        numbers = [t[key].format(number=value) for key, value in (("business_number", d.business_number),
                                                                 ("corporate_number", d.corporate_number)) if value]
        if numbers:
            rows.append((t["registration"], " · ".join(numbers)))
        designated_on = self.date(d.designated_on)
        effective = (t["effective_corrected"].format(date=designated_on, corrected=self.date(d.decided_on))
                     if self.keeps_date and d.decided_on else t["effective_value"].format(date=designated_on))
        rows += [
            (t["address"], f"({d.postcode}) {d.address}" if d.postcode else d.address),
            (t["designated_on"], effective),
            (t["scope"], scope_text(language, d.scope)),
            (t["outputs"], outputs_text(language, d.outputs)),
        ]
        conditions = d.conditions_en if language == "en" and d.conditions_en.strip() else d.conditions
        if conditions.strip():
            rows.append((t["conditions"], conditions))
        return rows

    def story(self) -> list[Flowable]:
        t = self.text
        number = f"{t['number']}: {document_number(self.number, self.language, prefix=False)}"
        flowables: list[Flowable] = [
            Paragraph(escape(number), paragraph_style("HeaderValue")),
            Spacer(1, 10 * mm),
            Paragraph(escape(t["title"]), paragraph_style("Agency", fontSize=26 if self.language == "ko" else 19,
                                                          leading=34 if self.language == "ko" else 26)),
            Spacer(1, 10 * mm),
            Particulars(self.particulars(), 40 * mm if self.language == "en" else 30 * mm),
            Spacer(1, 8 * mm),
            Paragraph(escape(t["statement"]), paragraph_style("Body", fontSize=12.5, leading=21)),
        ]
        if self.data.supersedes_number:
            d, language = self.data, self.language
            old = document_number(d.supersedes_number, language)
            note = (t["supersedes_kept"].format(number=document_number(d.number, language), old=old,
                                                decided_on=self.date(d.decided_on),
                                                designated_on=self.date(d.designated_on))
                    if self.keeps_date and d.decided_on else t["supersedes"].format(number=old))
            flowables += [Spacer(1, 3 * mm), Paragraph(escape(note), paragraph_style("HeaderNote"))]
        closing = [
            Paragraph(escape(self.date(self.issued_at)), paragraph_style("Body", alignment=1, fontSize=13,
                                                                         leading=18)),
            Spacer(1, 12 * mm),
            self.sender_line(paragraph_style("Sender", fontSize=22, leading=28)),
            Spacer(1, 8 * mm),
            HRFlowable(width="100%", thickness=0.4, color=GREY, spaceBefore=0, spaceAfter=2),
            Paragraph(escape(f"{self.letterhead.agency}  ·  {self.letterhead.address}  ·  {self.letterhead.website}"),
                      paragraph_style("Footer", alignment=1)),
        ]
        flowables.append(PinnedClosing([Spacer(1, 10 * mm)], closing))
        return flowables

    def _border(self, canvas: Canvas) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.2, 0.2, 0.2))
        canvas.setLineWidth(2)
        canvas.rect(12 * mm, 18 * mm, width - 24 * mm, height - 30 * mm, stroke=1, fill=0)
        canvas.setLineWidth(0.6)
        canvas.rect(14 * mm, 20 * mm, width - 28 * mm, height - 34 * mm, stroke=1, fill=0)
        canvas.restoreState()

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._border(canvas)
        self._draw_footer(canvas)

    def on_later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._border(canvas)
        super().on_later_pages(canvas, doc)


def render_certificate(data: CertificateData, language: str = "ko",
                       verification_code: str | VerificationMark | None = None) -> bytes:
    """The designation certificate as PDF bytes; the same data always gives the same bytes."""
    return CertificateDocument(data, language, verification_code).render()
