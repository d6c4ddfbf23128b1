"""The public notice (고시) of a round: its number, the table of designated institutes, scope and entry into
force, in Korean and English."""

import dataclasses

from desktop.core.formatting import official_date
from desktop.documents.public_notice import render_public_notice


def test_the_korean_notice_lists_every_designated_institute(public_notice, pdf_text, pdf_pages):
    pdf = render_public_notice(public_notice, "ko", "ABCD-EFGH-JKMN")
    text = pdf_text(pdf)
    assert f"지식재산처 고시 {public_notice.number}" in text and "평가기관 지정 고시" in text
    assert "「발명진흥법」 제28조제1항 및 같은 법 시행령 제12조에 따라" in text
    for entry in public_notice.entries:
        assert entry.institution_name in text and entry.number in text
    assert "이하 빈칸" not in text  # the list is followed by more items: "끝." closes the last of them
    assert (f"이 고시는 고시한 날부터 5일이 경과한 날({official_date(public_notice.effective_on)})부터 "
            "시행합니다. 끝.") in text
    assert text.count("끝.") == 1
    pages = pdf_pages(pdf)
    for number, page in enumerate(pages, 1):
        assert "문서확인번호 ABCD-EFGH-JKMN" in page and f"{number} / {len(pages)}" in page


def test_another_effective_date_is_stated_as_such(public_notice, pdf_text):
    later = dataclasses.replace(public_notice, effective_on=public_notice.published_on.replace(day=1).replace(
        month=12 if public_notice.published_on.month < 12 else 1, year=public_notice.published_on.year + (
            public_notice.published_on.month == 12)), effective_after_days=None)
    text = pdf_text(render_public_notice(later))
    assert f"이 고시는 {official_date(later.effective_on)}부터 시행합니다." in text


def test_the_english_notice(public_notice, pdf_text):
    text = pdf_text(render_public_notice(public_notice, "en"))
    for expected in (f"Ministry of Intellectual Property Public Notice No. {public_notice.number[1:-1]}",
                     "Public Notice of the Designation of Evaluation Institutes", "Designated evaluation institutes",
                     public_notice.entries[0].institution_name_en, "takes effect 5 days after its publication",
                     "End."):
        assert expected in text, expected
    assert "Blank below" not in text
    assert render_public_notice(public_notice, "en") == render_public_notice(dataclasses.replace(public_notice), "en")


def test_the_notice_states_registration_numbers_dates_and_why_its_own_date_differs(public_notice, pdf_text):
    text = pdf_text(render_public_notice(public_notice))
    first = public_notice.entries[0]
    for expected in (f"사업자 {first.business_number}", f"법인 {first.corporate_number}",
                     f"지정일 {official_date(first.designated_on)}", "지정번호(지정일)",
                     "지정의 효력: 각 기관의 지정은 표의 지정일(지정 결정을 한 날)부터 효력이 있습니다. 이 고시는 그 "
                     "지정을 알리는 것으로, 이 고시의 시행일은 지정의 효력 발생일과 다릅니다."):
        assert expected in text, expected
    english = pdf_text(render_public_notice(public_notice, "en"))
    assert f"Corporate {first.corporate_number}" in english and "the day it takes effect is not" in english


def test_the_notice_after_a_correction_corrects_the_first_and_never_lists_the_superseded_decision(corrected,
                                                                                                  pdf_text):
    data, first = corrected["public_notice"], corrected["first"]
    text = pdf_text(render_public_notice(data))
    day = official_date(data.corrections[0].after.designated_on)
    for expected in ("평가기관 지정 정정 고시",
                     f"지식재산처 고시 {first.number}({official_date(first.published_on)})로 고시한",
                     "1. 정정 내용", f"국립지식재산평가원 제2026-0002호(지정일 {day}), 평가대상: 발명 "
                     f"제2026-0012호(지정일 {day}), 평가대상: 발명, 상표",
                     "2. 정정 후 지정 평가기관(이 고시의 목록이 종전 고시의 목록을 갈음합니다)", "5. 시행일"):
        assert expected in text, expected
    listed = text[text.index("2. 정정 후 지정 평가기관"):]
    assert "제2026-0002호" not in listed and "제2026-0012호" in listed
    assert text.count("제2026-0002호") == 1  # only as what was corrected
    english = pdf_text(render_public_notice(data, "en"))
    assert "Public Notice Correcting the Designation of Evaluation Institutes" in english
    assert "2026-0002 (designated" in english and "What is corrected" in english
    assert "2026-0002" not in english[english.index("Designated evaluation institutes as corrected"):]
