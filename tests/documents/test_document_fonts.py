"""The Korean font, the shared styles and the small formatting helpers of official documents."""

from datetime import UTC, date, datetime

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.documents.body import paragraph_text
from desktop.documents.fonts import FONT, FONT_BOLD, register_fonts
from desktop.documents.labels import check_language, copies, item_marker, official_title
from desktop.documents.layout import document_date, document_number
from desktop.documents.styles import official_styles


def test_register_fonts_is_idempotent_and_bold_maps_to_the_bold_face():
    assert register_fonts() == (FONT, FONT_BOLD)
    first = pdfmetrics.getFont(FONT)
    assert register_fonts() == (FONT, FONT_BOLD)
    assert pdfmetrics.getFont(FONT) is first
    assert isinstance(first, TTFont) and isinstance(pdfmetrics.getFont(FONT_BOLD), TTFont)
    assert tt2ps(FONT, 1, 0) == FONT_BOLD
    assert tt2ps(FONT, 0, 0) == FONT


def test_every_style_derives_from_base_and_uses_the_korean_font():
    sheet = official_styles()
    for name, style in sheet.byName.items():
        assert style.fontName in (FONT, FONT_BOLD), name
        if name != "Base":
            assert style.parent is not None, name


@pytest.mark.parametrize(("language", "first", "second"), [
    ("ko", ["1.", "가.", "1)", "가)", "(1)", "(가)", "①", "㉮"], ["2.", "나.", "2)", "나)", "(2)", "(나)", "②", "㉯"]),
    ("en", ["1.", "a.", "1)", "a)", "(1)", "(a)"], ["2.", "b.", "2)", "b)", "(2)", "(b)"]),
])
def test_item_markers_follow_the_official_hierarchy(language, first, second):
    assert [item_marker(level, 0, language) for level in range(1, len(first) + 1)] == first
    assert [item_marker(level, 1, language) for level in range(1, len(second) + 1)] == second
    assert item_marker(2, 13, "ko") == "하."
    assert item_marker(2, 14, "ko") == "거."


def test_paragraph_text_escapes_markup_and_keeps_line_breaks():
    assert paragraph_text(" a < b & c > d\r\n<b>x</b>  \n") == "a &lt; b &amp; c &gt; d<br/>&lt;b&gt;x&lt;/b&gt;"


def test_dates_numbers_and_words_per_language():
    moment = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)  # 24 November in Korea
    assert document_date(moment, "ko") == "2026. 11. 24."
    assert document_date(date(2026, 7, 5), "en") == "5 July 2026"
    assert document_number("제2026-0001호", "ko") == "제2026-0001호"
    assert document_number("제2026-0001호", "en") == "No. 2026-0001"
    assert document_number("제2026-0001호", "en", prefix=False) == "2026-0001"
    assert copies("ko", 2) == "2부." and copies("en", 1) == "1 copy." and copies("en", 3) == "3 copies."
    assert official_title("en", "주무관") == "Officer" and official_title("ko", "주무관") == "주무관"
    assert official_title("en", "연구관") == "연구관"
    with pytest.raises(ValueError):
        check_language("fr")
