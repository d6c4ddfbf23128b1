"""The printed decision notice: content, fonts, pages, languages and byte-identical output."""

import dataclasses
import re
from decimal import Decimal

import pytest

from desktop.core.formatting import official_date
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
    assert "90일 이내에 「행정심판법」에 따라" in text
    assert "「행정소송법」에 따라 행정소송을 제기할 수 있습니다. 끝." in text
    assert "지정 조건" not in text


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
                     "Minister of Intellectual Property", "Drafted by", "Approved by", "Enforcement No.",
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
