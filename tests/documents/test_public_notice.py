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
            public_notice.published_on.month == 12)))
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
