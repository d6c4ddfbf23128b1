"""The minutes of a designation review committee meeting (지정심의위원회 회의록), in Korean or English:
attendance and quorum, conflicts, challenges and recusals, the results table and the members' signatures."""

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.core.formatting import official_time, score_text
from desktop.documents.body import Item, body_flowables, end_below_table
from desktop.documents.flowables import PinnedClosing
from desktop.documents.labels import check_language, label
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, VerificationMark, document_number
from desktop.documents.styles import GREY, table_style
from desktop.domain.applications.models import ConflictGround
from desktop.domain.committee.models import ChallengeOutcome, ConflictKind
from desktop.domain.scoring.minutes import MinutesData

KIND = {
    "ko": {ConflictKind.EXCLUSION: "제척되었음", ConflictKind.RECUSAL: "회피하였음",
           ConflictKind.CHALLENGE_UPHELD: "기피신청이 인용되어 제외되었음"},
    "en": {ConflictKind.EXCLUSION: "was excluded from", ConflictKind.RECUSAL: "withdrew from",
           ConflictKind.CHALLENGE_UPHELD: "was removed on an upheld challenge from"},
}
GROUND = {
    "ko": {ConflictGround.SPOUSE_IS_PARTY: "본인 또는 배우자가 당사자", ConflictGround.RELATIVE_OF_REPRESENTATIVE:
           "대표자의 친족", ConflictGround.DIRECT_INVOLVEMENT: "해당 안건에 직접 관여",
           ConflictGround.AGENT_WITNESS_APPRAISER: "대리인·증인·감정인",
           ConflictGround.DIRECT_INTEREST: "직접적 이해관계",
           ConflictGround.EMPLOYMENT: "신청기관 재직", ConflictGround.OTHER: "기타"},
    "en": {ConflictGround.SPOUSE_IS_PARTY: "member or spouse is a party", ConflictGround.RELATIVE_OF_REPRESENTATIVE:
           "relative of the representative", ConflictGround.DIRECT_INVOLVEMENT: "directly involved in the matter",
           ConflictGround.AGENT_WITNESS_APPRAISER: "agent, witness or appraiser",
           ConflictGround.DIRECT_INTEREST: "direct interest",
           ConflictGround.EMPLOYMENT: "works or worked for the applicant", ConflictGround.OTHER: "other"},
}
METHOD = {"ko": {"trimmed_mean": "최고·최저 총점 각 1개를 제외한 평균(5명 이상)", "mean": "산술평균",
                 "median": "중앙값"},
          "en": {"trimmed_mean": "trimmed mean (highest and lowest total dropped with 5 or more sheets)",
                 "mean": "plain mean", "median": "median"}}
TIE_RULE = {  # said after the trimmed mean: how sheets tied for the highest or lowest total were treated
    "ko": {"shared": "최고 또는 최저 총점이 같은 평가표가 여럿이면 제외분을 똑같이 나누어 반영(동점 k장은 각 (k−1)/k)",
           "label": "동점인 평가표는 좌석 기호 순으로 제외(동점 분할 규칙 이전의 결과)"},
    "en": {"shared": "sheets tied for the highest or lowest total share the exclusion equally (each of k counts "
                     "(k−1)/k)",
           "label": "a tie was left out by seat label (results from before the shared tie rule)"},
}

TEXT = {
    "ko": {
        "subject": "평가기관 지정심의위원회 회의록 ({number})", "recipient": "내부결재",
        "sender": "평가기관 지정심의위원회 위원장",
        "overview": "회의 개요", "when": "일시: {date} {time}", "where": "장소: {place}",
        "agenda": "안건: 「{round}」 평가기관 지정 심사 ({n}개 기관)",
        "agenda_one": "안건: 「{round}」 평가기관 지정 심사 (1개 기관)",
        "attendance": "출석 및 의사정족수",
        "count": "재적위원 {seats}명 중 {present}명이 출석하여 의사정족수 {required}명을 {verdict}.",
        "quorate": "충족하였음", "not_quorate": "충족하지 못하였음",
        "present": "출석: {names}", "absent": "불참: {names}", "chair": " (위원장)", "none": "없음",
        "conflicts": "제척·기피·회피", "ground": "(사유: {ground})",
        "conflict": "{member} 위원은 {institution}(신청번호 {number})의 심사에서 {kind}{ground}.",
        "statement": "위원 진술: {statement}",
        "not_involved": ("위 위원은 해당 신청기관의 심사에 참여하지 아니하였으며, 다른 위원의 평가점수를 "
                         "열람하지 아니하였음."),
        "challenge": "{member} 위원에 대하여 {institution}에서 기피를 신청하였음(사유: {reason}). 의결권이 있는 "
                     "위원 {eligible}명 중 인용 {up}표, 기각 {down}표로 {outcome}.",
        "challenge_pending": "{member} 위원에 대하여 {institution}에서 기피를 신청하였음(사유: {reason}). "
                             "표결이 아직 끝나지 아니하였음(의결권이 있는 위원 {eligible}명 중 지금까지 "
                             "인용 {up}표, 기각 {down}표).",
        "outcome": {ChallengeOutcome.PENDING: "표결이 아직 끝나지 아니하였음", ChallengeOutcome.UPHELD: "인용되었음",
                    ChallengeOutcome.REJECTED: "기각되었음"},
        "results": "심사 결과",
        "basis": "집계방식: {method}, 기준점수 {mark}점, 평가항목별 배점의 40% 미만 시 미달 (심사기준 {version})",
        "audit_head": "회의 종료 시 감사기록: 제{sequence}건, 해시 {hash}",
        "no_results": "확정된 심사 결과 없음",
        "columns": ("순위", "신청번호", "기관명", "평가위원", "종합점수", "결과"),
        "pass": "적합", "fail": "부적합", "sheets": "{n}명",
        "notes": "기타 논의사항", "signatures": "위원 서명",
        "sign_columns": ("구분", "성명", "서명"), "member": "위원", "chair_role": "위원장",
    },
    "en": {
        "subject": "Minutes of the Designation Review Committee ({number})", "recipient": "Internal approval",
        "sender": "Chair, Designation Review Committee",
        "overview": "Meeting", "when": "Date and time: {date} {time}", "where": "Place: {place}",
        "agenda": "Agenda: designation review of {n} applicants, call for applications {round_code}",
        "agenda_one": "Agenda: designation review of 1 applicant, call for applications {round_code}",
        "attendance": "Attendance and quorum",
        "count": "{present} of the {seats} members were present; the quorum of {required} was {verdict}.",
        "quorate": "met", "not_quorate": "not met",
        "present": "Present: {names}", "absent": "Absent: {names}", "chair": " (chair)", "none": "none",
        "conflicts": "Exclusions, challenges and recusals", "ground": " (ground: {ground})",
        "conflict": "{member} {kind} the review of {institution} (application {number}){ground}.",
        "statement": "The member's statement: {statement}",
        "not_involved": "The member took no part in the review of that applicant and did not see the other "
                        "members' scores for it.",
        "challenge": "{institution} challenged {member} (reason: {reason}). Of the {eligible} members entitled to "
                     "vote, {up} voted to uphold and {down} to reject: {outcome}.",
        "challenge_pending": "{institution} challenged {member} (reason: {reason}). The vote is not finished: so "
                             "far {up} voted to uphold and {down} to reject, of the {eligible} members entitled to "
                             "vote.",
        "outcome": {ChallengeOutcome.PENDING: "the vote is not finished", ChallengeOutcome.UPHELD:
                    "the challenge was upheld", ChallengeOutcome.REJECTED: "the challenge was rejected"},
        "results": "Results",
        "audit_head": "Audit trail when the meeting closed: event {sequence}, hash {hash}",
        "basis": "Aggregation: {method}; pass mark {mark}; a criterion below 40% of its maximum fails "
                 "(criteria {version})",
        "no_results": "No final results yet",
        "columns": ("Rank", "Application", "Institution", "Sheets", "Aggregate", "Result"),
        "pass": "Pass", "fail": "Fail", "sheets": "{n}",
        "notes": "Other matters", "signatures": "Members' signatures",
        "sign_columns": ("Role", "Name", "Signature"), "member": "Member", "chair_role": "Chair",
    },
}


def minutes_are_final(data: MinutesData) -> bool:
    """The meeting is closed, no challenge vote is pending and every applicant on the agenda has a result."""
    decided = {r.application_number for r in data.results}
    return (data.closed and all(c.outcome != ChallengeOutcome.PENDING for c in data.challenges)
            and all(number in decided for number, _ in data.agenda))


class MinutesDocument(OfficialDocument):
    """The minutes in the official layout; the results and signature tables close the body, "끝." below.

    An internal record: the committee's, never sealed by the ministry; until the meeting is over (closed, no vote
    pending, every applicant decided) it is a draft, marked "초안"/"DRAFT" in its title and across each page.
    """

    sealed = False

    def __init__(self, data: MinutesData, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.data = data
        self.text = TEXT[language]
        self.final = minutes_are_final(data)
        letterhead = replace(Letterhead.from_settings(data.settings, language), sender=self.text["sender"])
        moment = data.closed_at or data.held_at
        subject = self.text["subject"].format(number=document_number(data.meeting_number, language))
        draft = label(language, "draft")
        super().__init__(verification_code=verification_code,
                         language=language, letterhead=letterhead, number=data.meeting_number, issued_at=moment,
                         subject=subject if self.final else f"[{draft}] {subject}",
                         recipient=self.text["recipient"], watermark="" if self.final else draft,
                         approvals=[Approval("approved", self.text["chair_role"], data.chair,
                                             moment if self.final else None)])

    def institution(self, name: str, name_en: str) -> str:
        """An institution under its English name in English minutes, where one is recorded."""
        return name_en or name if self.language == "en" else name

    def _names(self, present: bool) -> str:
        t = self.text
        names = [a.name + (t["chair"] if a.is_chair else "") for a in self.data.attendees if a.present == present]
        return ", ".join(names) or t["none"]

    def body_items(self) -> list[Item]:
        d, t = self.data, self.text
        q = d.quorum
        items = [
            Item(t["overview"], children=(
                Item(t["when"].format(date=self.date(d.held_at), time=official_time(d.held_at))),
                Item(t["where"].format(place=d.place)),
                Item(t["agenda_one" if len(d.agenda) == 1 else "agenda"].format(
                    round=d.round_title or d.round_code, round_code=d.round_code, n=len(d.agenda))),
            )),
            Item(t["attendance"], children=(
                Item(t["count"].format(seats=q.seats, present=q.present, required=q.required,
                                       verdict=t["quorate"] if q.met else t["not_quorate"])),
                Item(t["present"].format(names=self._names(True))),
                Item(t["absent"].format(names=self._names(False))),
            )),
        ]
        cases = []
        for c in d.conflicts:
            ground = self.text["ground"].format(ground=GROUND[self.language][c.ground]) if c.ground else ""
            notes = ((Item(t["statement"].format(statement=c.statement.strip()), marker=""),)
                     if c.statement.strip() else ()) + (Item(t["not_involved"], marker=""),)
            cases.append(Item(t["conflict"].format(member=c.member_name, number=c.application_number,
                                                   institution=self.institution(c.institution_name,
                                                                                c.institution_name_en),
                                                   kind=KIND[self.language][c.kind], ground=ground),
                              children=notes))
        for c in d.challenges:
            pending = c.outcome == ChallengeOutcome.PENDING
            cases.append(Item(t["challenge_pending" if pending else "challenge"].format(member=c.member_name,
                                                    institution=self.institution(c.institution_name,
                                                                                 c.institution_name_en),
                                                    reason=c.reason, up=c.votes_to_uphold, down=c.votes_to_reject,
                                                    eligible=c.eligible, outcome=t["outcome"][c.outcome])))
        items.append(Item(t["conflicts"], children=tuple(cases) or (Item(t["none"], marker=""),)))
        if d.notes.strip():
            items.append(Item(t["notes"], children=(Item(d.notes, marker=""),)))
        method = METHOD[self.language].get(d.method, d.method)
        if d.method == "trimmed_mean":
            method += ("; " if self.language == "en" else ", ") + TIE_RULE[self.language][d.tie_rule]
        results = [Item(t["basis"].format(method=method, mark=score_text(d.pass_mark, 0), version=d.criteria_version),
                        marker="")]
        if d.audit_head:  # anchors the audit trail: the record of the meeting names the log's state at its close
            sequence, _, digest = d.audit_head.partition(":")
            results.append(Item(t["audit_head"].format(sequence=sequence, hash=digest), marker=""))
        items.append(Item(t["results"], children=tuple(results)))
        return items

    def _cell(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text), style)

    def results_table(self) -> Flowable:
        t, d = self.text, self.data
        head = ParagraphStyle("MinutesHead", parent=self.styles["Closing"], fontName="NanumGothic-Bold")
        cell = self.styles["Closing"]
        rows = [[self._cell(c, head) for c in t["columns"]]]
        for r in d.results:
            rows.append([self._cell(str(r.rank), cell), self._cell(r.application_number, cell),
                         self._cell(self.institution(r.institution_name, r.institution_name_en), cell),
                         self._cell(t["sheets"].format(n=r.sheets), cell),
                         self._cell(score_text(r.aggregate), cell),
                         self._cell(t["pass"] if r.passed else t["fail"], cell)])
        if not d.results:
            rows.append([self._cell(t["no_results"], cell), "", "", "", "", ""])
        width = self.content_width
        table = Table(rows, colWidths=[w * width for w in (0.08, 0.17, 0.39, 0.12, 0.13, 0.11)], repeatRows=1)
        commands = [("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.93, .93, .93)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if not d.results:
            commands.append(("SPAN", (0, 1), (-1, 1)))
        table.setStyle(table_style(*commands))
        return table

    def signature_table(self) -> Flowable:
        t = self.text
        head = ParagraphStyle("MinutesHead", parent=self.styles["Closing"], fontName="NanumGothic-Bold")
        cell = self.styles["Closing"]
        rows = [[self._cell(c, head) for c in t["sign_columns"]]]
        for a in self.data.attendees:
            if a.present:
                rows.append([self._cell(t["chair_role"] if a.is_chair else t["member"], cell),
                             self._cell(a.name, cell), ""])
        width = self.content_width
        table = Table(rows, colWidths=[0.2 * width, 0.4 * width, 0.4 * width], rowHeights=[None] + [9 * mm] *
                      (len(rows) - 1), repeatRows=1)
        table.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.93, .93, .93))))
        return table

    def story(self) -> list[Flowable]:
        items = self.body_items()
        signatures = Item(self.text["signatures"], marker=f"{len(items) + 1}.")
        end = end_below_table(self.language)
        return [*self.header_flowables(),
                *body_flowables(items, self.language, end=False), Spacer(1, 2 * mm), self.results_table(),
                Spacer(1, 3 * mm), *body_flowables([signatures], self.language, end=False), Spacer(1, 2 * mm),
                self.signature_table(), Spacer(1, 2 * mm), end,
                PinnedClosing(self.sender_flowables(), [Spacer(1, 6 * mm), *self.closing_flowables()])]


def render_minutes(data: MinutesData, language: str = "ko",
                   verification_code: str | VerificationMark | None = None) -> bytes:
    """The minutes as PDF bytes; the same meeting record always gives the same bytes."""
    return MinutesDocument(data, language, verification_code).render()
