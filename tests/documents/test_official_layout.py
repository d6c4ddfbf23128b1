"""The shared official-document layout, exercised through a small stand-in document."""

import re
from datetime import UTC, datetime

import pytest
from reportlab.lib.units import mm

from desktop.documents.body import Attachment, Item
from desktop.documents.layout import Approval, Letterhead, OfficialDocument
from desktop.domain.settings.service import DEFAULTS

ISSUED = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
RED = ".84 .11 .11 RG"


class Memo(OfficialDocument):
    """A stand-in for any future document: a nested body and optional attachments."""

    def __init__(self, items, language="ko", **kwargs):
        self.items = items
        super().__init__(
            language=language, letterhead=Letterhead.from_settings(DEFAULTS, language), number="제2026-0042호",
            issued_at=ISSUED, subject="보완 요청" if language == "ko" else "Request for supplements",
            recipient="한국기술가치연구원", approvals=[Approval("drafted", "주무관", "김하늘"),
                                                 Approval("reviewed", "사무관", "이도윤"),
                                                 Approval("approved", "과장", "한서윤", ISSUED)],
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


def test_the_seal_is_red_unless_monochrome(pdf_reader):
    def stream(pdf):
        return pdf_reader(pdf).pages[0].get_contents().get_data().decode("latin-1")

    assert RED in stream(Memo(NESTED).render())
    assert RED not in stream(Memo(NESTED, monochrome=True).render())


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
