"""The sample survey report (표본조사 결과보고, Act Art. 31-4 ④), in Korean or English: the design, the draw with
its seed, the results per stratum and overall with their intervals, a chart of the shares, and each institute's
sampled and inappropriate counts — sent to the designated institutes."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.documents.body import Item, body_flowables, end_below_table
from desktop.documents.flowables import PinnedClosing
from desktop.documents.fonts import FONT
from desktop.documents.labels import check_language
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, VerificationMark
from desktop.documents.styles import GREY, paragraph_style, table_style
from desktop.domain.surveys.report import ReportStratum, SurveyReportData

SUBJECT = {"ko": {"invention": "발명", "trademark": "상표", "trade_secret": "영업비밀", "layout": "반도체배치설계"},
           "en": {"invention": "Invention", "trademark": "Trademark", "trade_secret": "Trade secret",
                  "layout": "Semiconductor layout"}}
PURPOSE = {"ko": {"collateral_loan": "담보대출", "investment": "투자", "guarantee": "보증",
                  "technology_transfer": "기술이전", "litigation": "소송", "other": "기타"},
           "en": {"collateral_loan": "Collateral loan", "investment": "Investment", "guarantee": "Guarantee",
                  "technology_transfer": "Technology transfer", "litigation": "Litigation", "other": "Other"}}
TEXT = {
    "ko": {
        "subject": "평가보고서 표본조사 결과 통보 ({title})", "recipient": "지정 평가기관 (수신자 참조)",
        "intro": "「발명진흥법」 제31조의4제4항 및 같은 법 시행령에 따라 등록된 평가보고서에 대한 "
                 "표본조사를 아래와 같이 실시하였기에 그 결과를 알려드립니다.",
        "design": "조사 설계", "population": "모집단: {start}부터 {end}까지 평가정보시스템에 등록된 평가보고서 {n:,}건",
        "strata": "층화 기준: {by}, 층 {h}개", "size": "표본 크기: {n}건(층별 최소 {m}건), 배분 방법: {allocation}",
        "proportional": "비례배분(n_h = n·N_h/N)",
        "neyman": "네이만배분(n_h = n·N_h·S_h/ΣN_k·S_k, S_h = √(p_h(1-p_h)), p_h = (지연등록 건수+1)/(N_h+2))",
        "draw": "표본 추출: 난수 시드 {seed}, {day} 추출. 추출 방법: Python random.Random(시드)로 "
                "층을 키 순서대로, 층 안의 보고서를 번호 순서대로 놓고 층마다 sample(보고서, n_h)를 적용함"
                "(같은 시드로 누구나 다시 추출 가능). "
                "모집단 SHA-256 {digest}",
        "collection": "조사 방법: 표본 보고서마다 평가기준(「발명진흥법」 제31조의2) 항목별로 검토하여 "
                      "적정·부적정 판정",
        "results": "조사 결과", "overall": "검토 {n}건 중 부적정 {x}건. 층화 추정 부적정 비율 {share} "
                                      "(95% 신뢰구간 {low} ~ {high}, 표준오차 {se})",
        "estimate_note": "층화 추정: p = ΣW_h·p_h, W_h = N_h/N, 분산 ΣW_h²·(1-n_h/N_h)·p_h(1-p_h)/n_h; 층별 구간은 "
                         "윌슨 구간",
        "head_strata": ("층", "모집단 N_h", "가중치 W_h", "표본 n_h", "부적정", "부적정 비율", "95% 구간"),
        "chart": "층별 부적정 비율과 95% 구간",
        "institutes": "기관별 결과", "head_institutes": ("평가기관", "표본 건수", "부적정 건수"),
        "follow_up": "부적정으로 판정된 보고서는 해당 기관에 개별 통보하며, 필요한 경우 타당성조사 또는 「발명진흥법」 "
                     "제31조에 따른 조치를 검토합니다.",
        "all": "전체", "none": "–",
        "by": {"institute_subject": "평가기관 × 평가대상 유형", "institute_purpose": "평가기관 × 평가 목적",
               "subject": "평가대상 유형", "purpose": "평가 목적"},
        "recipients": "수신자: {names}",
    },
    "en": {
        "subject": "Results of the sample survey of filed valuation reports ({title})",
        "recipient": "Designated valuation institutes (see the recipients below)",
        "intro": "We carried out a sample survey of the filed valuation reports under Article 31-4(4) of the Invention "
                 "Promotion Act and its Enforcement Decree, and give you its results below.",
        "design": "Design", "population": "Population: {n:,} valuation reports filed in the evaluation information "
                                          "system from {start} to {end}",
        "strata": "Strata: {by}, {h} strata", "size": "Sample size: {n} (at least {m} per stratum); allocation: "
                                                     "{allocation}",
        "proportional": "proportional (n_h = n·N_h/N)",
        "neyman": "Neyman (n_h = n·N_h·S_h/ΣN_k·S_k with S_h = √(p_h(1-p_h)), p_h = (late filings + 1)/(N_h + 2))",
        "draw": "Draw: random seed {seed}, drawn on {day}. Procedure: Python random.Random(seed); the strata in the "
                "order of their keys, each stratum's reports in ascending order, sample(reports, n_h) per stratum "
                "(anyone can redraw the same sample from the seed). Population SHA-256 {digest}",
        "collection": "Method: each sampled report reviewed on every criterion of the evaluation standard (Article "
                      "31-2 of the Act) and concluded appropriate or inappropriate",
        "results": "Results", "overall": "{x} of {n} reviewed reports inappropriate. Stratified estimate of the "
                                        "share inappropriate {share} (95 % confidence interval {low} to {high}, "
                                        "standard error {se})",
        "estimate_note": "Stratified estimate: p = ΣW_h·p_h with W_h = N_h/N, variance ΣW_h²·(1-n_h/N_h)·p_h(1-p_h)/"
                         "n_h; the interval of each stratum is Wilson's",
        "head_strata": ("Stratum", "Population N_h", "Weight W_h", "Sample n_h", "Inappropriate", "Share",
                        "95 % interval"),
        "chart": "Share inappropriate per stratum with its 95 % interval",
        "institutes": "Results per institute", "head_institutes": ("Institute", "Sampled", "Inappropriate"),
        "follow_up": "Each institute is told of its reports found inappropriate; where needed a validity check or a "
                     "measure under Article 31 of the Act will be considered.",
        "all": "All", "none": "–",
        "by": {"institute_subject": "institute × subject type", "institute_purpose": "institute × purpose",
               "subject": "subject type", "purpose": "purpose"},
        "recipients": "Recipients: {names}",
    },
}


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


CHART_FONT = 8  # points: the chart's labels read like the tables' text


def fitted(text: str, width: float, size: float) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` points at ``size`` in the document font."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def survey_title(report: SurveyReportData, language: str) -> str:
    """The survey's title in the document's language: the English title when there is one, else the Korean."""
    return report.title_en if language == "en" and report.title_en.strip() else report.title


class SurveyReportDocument(OfficialDocument):
    """The report of one survey, addressed to the designated institutes."""

    number_kind = "survey"

    def __init__(self, report: SurveyReportData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.report, self.text = report, TEXT[language]
        super().__init__(verification_code=verification_code, language=language,
                         letterhead=Letterhead.from_settings(report.settings, language), number=report.number,
                         issued_at=report.issued_at,
                         subject=self.text["subject"].format(title=survey_title(report, language)),
                         recipient=self.text["recipient"],
                         approvals=[Approval("drafted", report.drafter_title, report.drafter_name, report.issued_at)])
        self.cell = paragraph_style("Closing", fontSize=8.5, leading=11.5)
        self.head = paragraph_style("Closing", fontSize=8.5, leading=11.5, textColor=colors.black)

    def stratum_label(self, s: ReportStratum) -> str:
        parts = [s.institution_name_en if self.language == "en" else s.institution_name] if s.institution_name else []
        if s.subject_kind:
            parts.append(SUBJECT[self.language][s.subject_kind])
        if s.purpose:
            parts.append(PURPOSE[self.language][s.purpose])
        return " · ".join(parts)

    def body_items(self) -> list[Item]:
        r, text = self.report, self.text
        design = (
            Item(text["population"].format(start=self.date(r.filed_from), end=self.date(r.filed_to), n=r.population)),
            Item(text["strata"].format(by=text["by"][r.strata_by], h=len(r.strata))),
            Item(text["size"].format(n=r.sample_size, m=r.minimum, allocation=text[r.allocation])),
            Item(text["draw"].format(seed=r.seed, day=self.date(r.drawn_at) if r.drawn_at else "",
                                     digest=r.population_sha256[:16] + "…")),
            Item(text["collection"]),
        )
        return [Item(text["intro"], marker=""), Item(text["design"], children=design)]

    def _p(self, value: str, head: bool = False) -> Paragraph:
        return Paragraph(f"<b>{escape(value)}</b>" if head else escape(value), self.head if head else self.cell)

    def _table(self, head: tuple[str, ...], rows: list[list[str]], widths: tuple[float, ...]) -> Table:
        data = [[self._p(h, True) for h in head]] + [[self._p(c) for c in row] for row in rows]
        table = Table(data, colWidths=[w * self.content_width for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(
            ("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
        return table

    def _strata_rows(self) -> list[list[str]]:
        rows = [[self.stratum_label(s), f"{s.population:,}", f"{s.weight:.3f}", str(s.reviewed), str(s.inappropriate),
                 _percent(s.share), f"{_percent(s.low)} ~ {_percent(s.high)}"] for s in self.report.strata]
        r = self.report
        rows.append([self.text["all"], f"{r.population:,}", "1.000", str(r.reviewed), str(r.inappropriate),
                     _percent(r.share), f"{_percent(r.low)} ~ {_percent(r.high)}"])
        return rows

    def chart(self) -> Drawing:
        """Each stratum's share as a bar with its Wilson interval as a whisker; the overall estimate as a line."""
        strata = self.report.strata
        row, label_width = 5 * mm, 62 * mm
        width = self.content_width
        plot = width - label_width - 12 * mm
        height = row * (len(strata) + 2)
        drawing = Drawing(width, height)
        top = max([s.high for s in strata] + [self.report.high or 0, 0.05])
        scale = plot / min(1.0, top * 1.1)
        for k, s in enumerate(strata):
            y = height - (k + 1) * row
            drawing.add(String(label_width - 3, y + 1, fitted(self.stratum_label(s), label_width - 4, CHART_FONT),
                               fontName=FONT, fontSize=CHART_FONT, textAnchor="end"))
            drawing.add(Rect(label_width, y, s.share * scale, row * 0.62, fillColor=colors.HexColor("#1f5fa8"),
                             strokeColor=None))
            mid = y + row * 0.31
            drawing.add(Line(label_width + s.low * scale, mid, label_width + s.high * scale, mid, strokeWidth=0.8))
            for end in (s.low, s.high):
                drawing.add(Line(label_width + end * scale, mid - 1.5, label_width + end * scale, mid + 1.5,
                                 strokeWidth=0.8))
        if self.report.share is not None:
            x = label_width + self.report.share * scale
            drawing.add(Line(x, row, x, height, strokeColor=colors.HexColor("#c62828"), strokeWidth=0.8,
                             strokeDashArray=[2, 2]))
        drawing.add(Line(label_width, row, label_width + plot, row, strokeWidth=0.5, strokeColor=GREY))
        for tick in range(0, 11):
            value = tick / 10
            if value * scale > plot + 0.1:
                break
            drawing.add(String(label_width + value * scale, 1, f"{tick * 10}%", fontName=FONT, fontSize=CHART_FONT,
                               textAnchor="middle"))
        return drawing

    def _heading(self, number: int, key: str) -> list[Flowable]:
        return [*body_flowables([Item(self.text[key], marker=f"{number}.")], self.language, end=False),
                Spacer(1, 2 * mm)]

    def story(self) -> list[Flowable]:
        r, text = self.report, self.text
        parts: list[Flowable] = [*self.header_flowables(), *body_flowables(self.body_items(), self.language, end=False)]
        overall = text["overall"].format(n=r.reviewed, x=r.inappropriate, share=_percent(r.share),
                                         low=_percent(r.low), high=_percent(r.high),
                                         se=_percent(r.standard_error))
        parts += self._heading(3, "results")
        parts.append(Paragraph(escape(overall), paragraph_style("Item", leftIndent=14)))
        parts.append(Spacer(1, 2 * mm))
        parts.append(self._table(text["head_strata"], self._strata_rows(), (0.28, 0.11, 0.1, 0.1, 0.13, 0.1, 0.18)))
        parts.append(Paragraph(escape(text["estimate_note"]), paragraph_style("Closing", fontSize=7.5, leading=10)))
        parts.append(KeepTogether([Spacer(1, 3 * mm), Paragraph(escape(text["chart"]), self.head), self.chart()]))
        names = [i.institution_name_en if self.language == "en" else i.institution_name for i in r.institutes]
        parts.append(KeepTogether([
            *self._heading(4, "institutes"),
            self._table(text["head_institutes"], [[name, str(i.sampled), str(i.inappropriate)]
                                                  for name, i in zip(names, r.institutes, strict=True)],
                        (0.6, 0.2, 0.2))]))
        parts += body_flowables([Item(text["follow_up"], marker="5.")], self.language, end=False)
        parts.append(end_below_table(self.language))
        parts.append(Paragraph(escape(text["recipients"].format(names=", ".join(names))),
                               paragraph_style("Closing", fontSize=8, leading=11, spaceBefore=4)))
        parts.append(PinnedClosing(self.sender_flowables(), [Spacer(1, 6 * mm), *self.closing_flowables()]))
        return parts


def render_survey_report(report: SurveyReportData, language: str = "ko",
                         verification_code: str | VerificationMark | None = None) -> bytes:
    """The survey report as PDF bytes; the same data always gives the same bytes."""
    return SurveyReportDocument(report, language, verification_code).render()
