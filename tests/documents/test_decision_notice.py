"""The printed decision notice: content, fonts, pages, languages and byte-identical output."""

import dataclasses
import re
from decimal import Decimal

import pytest

from desktop.core.clock import KST
from desktop.core.formatting import english_date, official_date
from desktop.documents.decision import render_decision_notice
from desktop.domain.decisions.service import Signatory

HANGUL = re.compile("[가-힣]")
KOREAN_LABELS = ("수신", "(경유)", "제목", "끝.", "시행", "접수", "기안자", "결재권자", "전화번호", "팩스번호", "붙임",
                 "관련", "결정 사유", "지정번호", "평가대상")
SCOPE_KO = {"inventions": "발명", "trademarks": "상표", "trade_secrets": "영업비밀", "layouts": "반도체배치설계"}


def test_designated_notice_shows_the_korean_content(notices, pdf_text):
    notice = notices["designated"]
    text = pdf_text(render_decision_notice(notice))
    assert "수신" in text and notice.institution_name in text and f"대표 {notice.representative}" in text
    assert "제목" in text and "평가기관 지정 결과 통지" in text
    assert "「발명진흥법」 제28조 및 같은 법 시행령 제12조" in text
    assert "평가기관으로 지정하였음을 알려드립니다" in text
    assert f"지정번호: {notice.number}" in text
    assert f"평가대상 범위: {', '.join(SCOPE_KO[s] for s in notice.scope)}" in text
    assert f"심사점수: {notice.aggregate:.2f}점 (기준점수 70점)" in text
    assert notice.conditions in text and f"{notice.conditions} 끝." not in text
    assert "붙임 평가기관 지정서 1부. 끝." in text  # the certificate is sent with the notice
    assert text.count("끝.") == 1
    assert "행정심판" not in text
    assert "지식재산처장" in text
    date = official_date(notice.issued_at)
    assert re.fullmatch(r"\d{4}\. \d{1,2}\. \d{1,2}\.", date)
    assert f"시행 {notice.number} ({date})" in text
    # approved by a 과장 for the 지식재산처장: 전결
    assert f"{notice.approved.title} 전결 {notice.approved.name} {date}" in text
    assert "1 / 1" in text


def test_not_designated_notice_states_the_result_and_the_appeal(notices, pdf_text):
    notice = notices["not_designated"]
    text = pdf_text(render_decision_notice(notice))
    assert "지정하지 아니하기로" in text
    assert f"결정번호: {notice.number}" in text
    assert "신청한 평가대상 범위" in text
    assert f"결정일(처분일): {official_date(notice.decided_on)}" in text
    for expected in (
            "불복 절차 안내: 이 처분에 이의가 있으면 다음 절차에 따라 다툴 수 있습니다(「행정절차법」 제26조).",
            "이의신청: 처분을 받은 날부터 30일 이내에 지식재산처에 할 수 있습니다(「행정기본법」 제36조).",
            "행정심판: 처분이 있음을 안 날부터 90일, 처분이 있은 날부터 180일 이내에 중앙행정심판위원회에 청구할 수 "
            "있습니다(「행정심판법」 제27조). 온라인행정심판(www.simpan.go.kr)으로 하거나 청구서를 중앙행정심판위원회 "
            "또는 지식재산처에 제출하여 서면으로 청구합니다",
            "행정소송: 처분이 있음을 안 날부터 90일, 처분이 있은 날부터 1년 이내에 관할 행정법원에 취소소송을 "
            "제기할 수 있습니다(「행정소송법」 제20조).",
            "각 절차는 두 기간 중 어느 하나가 지나면 밟을 수 없습니다. 끝."):
        assert expected in text, expected
    assert "지정 조건" not in text and "지정일" not in text


def test_the_english_remedies_are_english_and_follow_the_settings(notices, pdf_text):
    notice = notices["not_designated"]
    settings = {**notice.settings, "remedy_appeal_days": 120, "remedy_lawsuit_limit_years": 2,
                "remedy_commission_en": "Appeals Board"}
    text = pdf_text(render_decision_notice(dataclasses.replace(notice, settings=settings), "en"))
    for expected in ("Remedies: if you object to this disposition",
                     "Objection: within 30 days of receiving this disposition, to the Ministry of Intellectual "
                     "Property",
                     "within 120 days of the day you learned of the disposition and within 180 days of the "
                     "disposition, to the Appeals Board", "online at www.simpan.go.kr or in writing",
                     "before the competent administrative court within 90 days", "within 2 years of the disposition",
                     f"Date of the decision (disposition): {english_date(notice.decided_on)}"):
        assert expected in text, expected
    remedies = text[text.index("Remedies:"):text.index("End.")]
    assert not HANGUL.search(remedies), HANGUL.findall(remedies)
    korean = pdf_text(render_decision_notice(dataclasses.replace(notice, settings=settings)))
    assert "처분이 있음을 안 날부터 120일" in korean and "처분이 있은 날부터 2년 이내에" in korean


def test_a_designation_states_its_date_effect_and_registration_numbers(notices, pdf_text):
    notice = notices["designated"]
    assert notice.designated_on == notice.decided_on == notice.issued_at.astimezone(KST).date()
    text = pdf_text(render_decision_notice(notice))
    day = official_date(notice.designated_on)
    for expected in (f"사업자등록번호: {notice.business_number} / 법인등록번호: {notice.corporate_number}",
                     f"지정일: {day}", f"지정의 효력 발생일: {day}(지정일)부터"):
        assert expected in text, expected
    assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", notice.business_number)
    assert re.fullmatch(r"\d{6}-\d{7}", notice.corporate_number)
    english = pdf_text(render_decision_notice(notice, "en"))
    assert f"Date of designation: {english_date(notice.designated_on)}" in english
    assert f"Corporate registration No.: {notice.corporate_number}" in english
    assert "불복" not in text and "Remedies" not in english


def test_the_korean_font_is_embedded_and_the_page_is_a4(notices, pdf_reader):
    reader = pdf_reader(render_decision_notice(notices["designated"]))
    page = reader.pages[0]
    assert [round(float(v), 1) for v in page.mediabox] == [0, 0, 595.3, 841.9]
    fonts = [ref.get_object() for ref in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        assert "NanumGothic" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert {"NanumGothic" in f["/BaseFont"] and "Bold" not in f["/BaseFont"] for f in fonts} == {True, False}


def test_english_notice_uses_english_labels(notices, pdf_text):
    notice = dataclasses.replace(notices["designated"], reasons="All requirements are met.",
                                 conditions="Report the evaluations every year.")
    text = pdf_text(render_decision_notice(notice, "en"))
    for expected in ("Ministry of Intellectual Property", "To", notice.institution_name_en, "Subject",
                     "Notice of the designation decision", "Article 28 of the Invention Promotion Act",
                     "has been designated", f"Designation No.: {notice.number[1:-1]}", "End.",
                     "Minister of Intellectual Property", "Drafted by", "Approved by", "Ref.",
                     "Received", "Tel.", "Fax", "Public", "15 July 2026"):
        assert expected in text, expected
    for korean in KOREAN_LABELS:
        assert korean not in text, korean


def test_english_notice_dates_stay_english_under_a_korean_locale(notices, pdf_text, korean_lc_time):
    text = pdf_text(render_decision_notice(notices["designated"], "en"))
    assert "15 July 2026" in text and "7월" not in text


def test_english_notice_with_english_data_has_no_korean_at_all(notices, pdf_text):
    notice = dataclasses.replace(
        notices["not_designated"], institution_name_en="Somang Bank", representative="Kwon Soyul",
        address="128 Yeouidae-ro, Seoul", reasons="The aggregate 64.25 is below the pass mark 70.",
        round_title="Call 2026-1", drafted=Signatory("주무관", "Kim Haneul", None),
        approved=Signatory("과장", "Han Seoyun", notices["not_designated"].approved.at),
        reviewed=Signatory("사무관", "Lee Doyun", None),
    )
    text = pdf_text(render_decision_notice(notice, "en"))
    assert not HANGUL.search(text), HANGUL.findall(text)
    assert "has not been designated" in text and "Administrative Appeals Act" in text and "90 days" in text
    assert "Reviewed by Deputy Director Lee Doyun" in text


def test_the_same_notice_renders_to_the_same_bytes(notices, pdf_reader):
    notice = notices["designated"]
    first = render_decision_notice(notice)
    assert render_decision_notice(dataclasses.replace(notice)) == first
    assert render_decision_notice(notice, "en") != first
    assert render_decision_notice(notice, verification_code="X1") == render_decision_notice(notice, "ko", "X1")
    info = pdf_reader(first).metadata
    assert info["/Creator"] == "designation-review"
    assert info["/Author"] == notice.settings["agency_name_ko"]
    assert info["/Title"] == f"평가기관 지정 결과 통지 {notice.number}"
    assert info["/CreationDate"].startswith("D:2000")  # invariant mode: no timestamp of the run


def test_long_reasons_flow_onto_a_second_page(notices, pdf_pages):
    reasons = "\n".join(f"{i}. 전문인력 요건에 관한 구체적인 검토 의견을 여기에 적습니다." for i in range(40))
    pages = pdf_pages(render_decision_notice(dataclasses.replace(notices["designated"], reasons=reasons)))
    assert len(pages) == 2
    assert "1 / 2" in pages[0] and "2 / 2" in pages[1]
    assert "수신" in pages[0] and "끝." in pages[1] and "끝." not in pages[0]
    assert "시행" in pages[1] and "지식재산처장" in pages[1]


def test_markup_characters_in_the_reasons_are_printed_as_written(notices, pdf_text):
    reasons = 'Score < 70 & staff > 3 <b>not bold</b> "quoted" \'single\'\n둘째 줄 & <br/>'
    text = pdf_text(render_decision_notice(dataclasses.replace(notices["designated"], reasons=reasons)))
    assert "Score < 70 & staff > 3 <b>not bold</b>" in text
    assert "둘째 줄 & <br/>" in text


def test_supersession_review_and_missing_score_are_stated(notices, pdf_text):
    notice = dataclasses.replace(notices["designated"], supersedes_number="제2026-0001호", aggregate=None,
                                 pass_mark=Decimal("72.5"), reviewed=Signatory("사무관", "이도윤", None))
    text = pdf_text(render_decision_notice(notice))
    assert "이 결정은 종전 결정(제2026-0001호)을 갈음합니다." in text
    assert "심사점수: 해당 없음" in text
    assert "검토자 사무관 이도윤" in text
    assert "Designation" not in text


def test_a_notice_in_an_unknown_language_is_refused(notices):
    with pytest.raises(ValueError):
        render_decision_notice(notices["designated"], "jp")


def test_english_notices_print_the_english_reasons_and_conditions(notices, pdf_text):
    notice = dataclasses.replace(notices["designated"], reasons="한국어 사유", reasons_en="English reasons.",
                                 conditions="한국어 조건", conditions_en="English conditions.")
    english = pdf_text(render_decision_notice(notice, "en"))
    assert "English reasons." in english and "English conditions." in english and "한국어" not in english
    assert "Attachment Certificate of Designation as an Evaluation Institute, 1 copy. End." in english
    korean = pdf_text(render_decision_notice(notice, "ko"))
    assert "한국어 사유" in korean and "English" not in korean
    assert "평가결과 표시 방법: 금액, 등급, 점수" in korean


def test_a_correction_prints_what_it_replaces_and_why(notices, pdf_text):
    notice = dataclasses.replace(notices["designated"], supersedes_number="제2026-0001호",
                                 correction_reason="지정조건의 제출 주기 오기",
                                 correction_reason_en="The reporting period of the conditions was misstated.")
    text = pdf_text(render_decision_notice(notice))
    assert "이 결정은 종전 결정(제2026-0001호)을 갈음합니다. 정정 사유: 지정조건의 제출 주기 오기" in text
    english = pdf_text(render_decision_notice(notice, "en"))
    assert ("This decision replaces the earlier decision No. 2026-0001. Reason for the correction: The reporting "
            "period of the conditions was misstated.") in english


def test_a_draft_preview_is_marked_and_has_no_number_or_seal(notices, pdf_text, pdf_reader):
    notice = dataclasses.replace(notices["designated"], number="")
    pdf = render_decision_notice(notice, draft=True)
    text = pdf_text(pdf)
    assert "초안" in text and "지정번호: (시행 시 부여)" in text
    assert ".84 .11 .11 RG" not in pdf_reader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    assert "DRAFT" in pdf_text(render_decision_notice(notice, "en", draft=True))


def test_the_verification_code_is_in_the_metadata_in_plain_ascii(notices, pdf_reader):
    pdf = render_decision_notice(notices["designated"], verification_code="ABCD-EFGH-JKMN")
    assert b"verification-code:ABCD-EFGH-JKMN" in pdf  # readable without parsing, even in a damaged file
    keywords = pdf_reader(pdf).metadata["/Keywords"]
    assert keywords == f"{notices['designated'].number[1:-1]}, verification-code:ABCD-EFGH-JKMN"


def test_a_correction_from_the_demo_states_what_it_corrects_and_keeps_the_date(corrected, pdf_text):
    notice = corrected["notice"]
    designated, decided = official_date(notice.designated_on), official_date(notice.decided_on)
    text = pdf_text(render_decision_notice(notice))
    for expected in (
            f"지정번호: 제2026-0012호 라. 지정일: {designated} 마. 지정의 효력 발생일: {designated}(지정일)부터",
            f"이 결정은 종전 결정(제2026-0002호, {designated})을 정정하여 갈음합니다.",
            "가. 정정 사유: 평가대상 범위에서 상표가 누락되어 정정함",
            "나. 정정 사항: 평가대상 범위(발명 → 발명, 상표)",
            "다. 지정번호와 지정일: 지정번호는 이 결정의 번호(제2026-0012호)로 바뀌어 종전 지정번호 제2026-0002호를 "
            f"대체하고, 지정일({designated})은 종전 지정에 따라 유지합니다. 정정된 사항은 이 결정일({decided})부터 "
            "효력이 있습니다.", "붙임 평가기관 지정서 1부. 끝."):
        assert expected in text, expected
    english = pdf_text(render_decision_notice(notice, "en"))
    for expected in ("What is corrected: the scope of evaluation (inventions → inventions, trademarks)",
                     "the designation number becomes this decision's number (No. 2026-0012), replacing the earlier "
                     "designation number No. 2026-0002",
                     "What is corrected has effect from the date of this decision "
                     f"({english_date(notice.decided_on)})"):
        assert expected in english, expected
