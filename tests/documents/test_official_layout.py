"""The shared official-document layout, exercised through a small stand-in document."""

import re
from datetime import UTC, datetime

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.demo.seal import demo_seal_png
from desktop.documents.body import Attachment, Item
from desktop.documents.layout import Approval, Letterhead, OfficialDocument, final_approval
from desktop.domain.settings.seal import seal_text
from desktop.domain.settings.service import DEFAULTS

ISSUED = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


class Memo(OfficialDocument):
    """A stand-in for any future document: a nested body and optional attachments."""

    def __init__(self, items, language="ko", letterhead_settings=None, **kwargs):
        self.items = items
        kwargs.setdefault("approvals", [Approval("drafted", "주무관", "김하늘"),
                                        Approval("reviewed", "사무관", "이도윤"),
                                        Approval("approved", "과장", "한서윤", ISSUED)])
        super().__init__(
            language=language, letterhead=Letterhead.from_settings({**DEFAULTS, **(letterhead_settings or {})},
                                                                   language),
            number="제2026-0042호", issued_at=ISSUED,
            subject="보완 요청" if language == "ko" else "Request for supplements", recipient="한국기술가치연구원",
            **kwargs,
        )

    def body_items(self):
        return self.items


NESTED = [
    Item("관련: 공고 제2026-1호"),
    Item("보완할 사항", children=(
        Item("전문인력", children=(Item("재직증명서", children=(Item("원본"), Item("사본"))),)),
        Item("시설"),
    )),
]


def test_the_hierarchy_is_numbered_and_ends_with_one_space_and_the_end_mark(pdf_pages):
    text = "\n".join(pdf_pages(Memo(NESTED).render()))
    for line in ("1. 관련: 공고 제2026-1호", "2. 보완할 사항", "가. 전문인력", "1) 재직증명서", "가) 원본", "나) 사본",
                 "나. 시설 끝."):
        assert line in text
    assert text.count("끝.") == 1


def test_attachments_come_after_the_body_and_carry_the_end_mark(pdf_pages):
    pdf = Memo(NESTED, attachments=[Attachment("보완서류 목록"), Attachment("제출 양식", 2)]).render()
    text = "\n".join(pdf_pages(pdf))
    assert "붙임" in text
    assert "1. 보완서류 목록 1부." in text
    assert "2. 제출 양식 2부. 끝." in text
    assert "나. 시설 끝." not in text
    assert text.count("끝.") == 1


def test_header_and_closing_block_carry_the_official_fields(pdf_pages):
    text = pdf_pages(Memo(NESTED).render())[0]
    for expected in ("지식재산처", "수신", "한국기술가치연구원", "(경유)", "제목", "보완 요청", "지식재산처장",
                     "기안자", "주무관 김하늘", "검토자", "사무관 이도윤", "결재권자", "과장 한서윤", "2026. 11. 24.",
                     "시행", "제2026-0042호 (2026. 11. 24.)", "접수", "우 35208", DEFAULTS["address_ko"],
                     "www.moip.go.kr", "042-481-5000", "042-472-3459", "ipvaluation@korea.kr", "공개", "1 / 1"):
        assert expected in text, expected


def test_the_closing_block_sits_at_the_foot_of_the_page(text_positions):
    runs = text_positions(Memo(NESTED).render(), 0)
    y_of = {text.strip(): y for text, _, y in runs}
    enforcement = next(y for text, y in y_of.items() if text.startswith("시행"))
    sender = next(y for text, y in y_of.items() if text.startswith("지식재산처장"))
    assert enforcement < 60 * mm  # pinned near the bottom margin (26 mm), not right after the short body
    assert sender > 150 * mm  # the sender follows the body


def test_verification_code_is_printed_on_every_page_with_a_qr_code(pdf_pages, pdf_reader):
    long_body = [Item("내용 " * 60) for _ in range(30)]
    pdf = Memo(long_body, verification_code="ABCD-1234-EFGH").render()
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert "문서확인번호 ABCD-1234-EFGH" in text
        assert f"{number} / {len(pages)}" in text
    assert "지식재산처  제2026-0042호" in pages[1]  # running header of later pages
    with_code = pdf_reader(pdf).pages[0].get_contents().get_data().count(b" re")
    without = pdf_reader(Memo(long_body).render()).pages[0].get_contents().get_data().count(b" re")
    assert with_code > without + 50  # the QR modules


def test_without_a_code_nothing_is_printed_for_verification(pdf_pages):
    assert "문서확인번호" not in pdf_pages(Memo(NESTED).render())[0]


def test_without_a_seal_image_the_sender_says_seal_omitted_and_no_box_is_drawn(pdf_text, pdf_reader):
    pdf = Memo(NESTED).render()  # the declared defaults: no seal image loaded
    assert "지식재산처장 직인생략" in pdf_text(pdf)
    page = pdf_reader(pdf).pages[0]
    assert not page.images
    assert b" re" not in page.get_contents().get_data()  # no drawn stand-in square (this memo has no QR code)
    english = pdf_text(Memo([Item("Reference")], language="en").render())
    assert "Minister of Intellectual Property (Seal omitted)" in english


def test_the_seal_image_is_drawn_with_its_centre_on_the_last_character_of_the_sender(pdf_reader, text_positions):
    memo = Memo(NESTED, letterhead_settings={"seal_image": seal_text(demo_seal_png())})
    pdf = memo.render()
    page = pdf_reader(pdf).pages[0]
    assert len(page.images) == 1  # the registered image, embedded
    assert "직인생략" not in page.extract_text()
    drawn = []  # the transformation in force where the image is painted: its box on the page

    def visit(operator, operands, cm, tm):
        if operator == b"Do":
            drawn.append(list(cm))

    page.extract_text(visitor_operand_before=visit)
    ((a, _, _, d, x, y),) = drawn
    centre = (x + a / 2, y + d / 2)
    assert centre == pytest.approx(memo.sender.last_character_centre, abs=0.01)
    title = DEFAULTS["authority_title_ko"]
    run_x, run_y = next((rx, ry) for text, rx, ry in text_positions(pdf, 0) if text.strip() == title)
    font, size = memo.sender.style.fontName, memo.sender.font_size
    last_centre = run_x + stringWidth(title[:-1], font, size) + stringWidth(title[-1], font, size) / 2
    assert centre[0] == pytest.approx(last_centre, abs=0.01)  # the "장" of 지식재산처장
    assert run_y < centre[1] < run_y + size  # on the line of the title
    assert a == pytest.approx(memo.sender.seal_size)


def test_a_director_approving_for_the_head_is_marked_delegated(pdf_text):
    delegated = final_approval("과장", "한서윤", ISSUED, DEFAULTS, "decision")
    head = final_approval("처장", "오지훈", ISSUED, DEFAULTS, "decision")
    assert delegated.delegated and not head.delegated
    text = pdf_text(Memo(NESTED, approvals=[Approval("drafted", "주무관", "김하늘"), delegated]).render())
    assert "결재권자 과장 전결 한서윤 2026. 11. 24." in text
    text = pdf_text(Memo(NESTED, approvals=[Approval("drafted", "주무관", "김하늘"), head]).render())
    assert "처장 오지훈" in text and "전결" not in text
    english = pdf_text(Memo([Item("Reference")], language="en",
                            approvals=[Approval("drafted", "주무관", "김하늘"), delegated]).render())
    assert "Director 한서윤 (delegated) 24 November 2026" in english
    # without a title, the 위임전결 table decides
    assert final_approval("", "", ISSUED, DEFAULTS, "supplement_request").delegated
    assert not final_approval("", "", ISSUED, {**DEFAULTS, "delegation_supplement_request": "head"},
                              "supplement_request").delegated


def test_english_layout_uses_english_labels(pdf_pages):
    text = pdf_pages(Memo([Item("Reference: call No. 2026-1")], language="en").render())[0]
    for expected in ("Ministry of Intellectual Property", "To", "(Via)", "Subject", "Request for supplements",
                     "call No. 2026-1 End.", "Drafted by", "Officer", "Reviewed by", "Deputy Director", "Approved by",
                     "Director", "24 November 2026", "Ref.", "No. 2026-0042 (24 November 2026)",
                     "Received", "Postcode 35208", "Tel. 042-481-5000", "Fax 042-472-3459", "Public"):
        assert expected in text, expected
    assert not re.search("[가-힣]", text.replace("한국기술가치연구원", "").replace("김하늘", "").replace(
        "이도윤", "").replace("한서윤", ""))


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Memo(NESTED, language="ja")
