"""The designation certificate (지정서): one A4 page, Korean and English, verifiable and reproducible."""

import dataclasses
import re

from desktop.core.formatting import official_date
from desktop.documents.certificate import render_certificate

HANGUL = re.compile("[가-힣]")


def test_the_korean_certificate_states_the_designation(certificate, pdf_pages):
    pages = pdf_pages(render_certificate(certificate, "ko", "ABCD-EFGH-JKMN"))
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    for expected in ("평가기관 지정서", f"지정번호: {certificate.number}", "기관명", certificate.institution_name,
                     "대표자", certificate.representative, "소재지", "지정일", official_date(certificate.designated_on),
                     "평가대상", "발명", "평가결과 표시", "금액, 등급, 점수", "지정조건", certificate.conditions,
                     "「발명진흥법」 제28조제1항 및 같은 법 시행령 제12조에 따라 위 기관을 평가기관으로 지정합니다.",
                     "지식재산처장", "문서확인번호 ABCD-EFGH-JKMN", "1 / 1"):
        assert expected in text, expected


def test_the_english_certificate_has_no_korean_besides_the_data(certificate, pdf_pages):
    data = dataclasses.replace(certificate, institution_name_en="Korea Institute of Technology Value",
                               representative="Han Woojin", address="101 Gajeong-ro, Daejeon", conditions="",
                               conditions_en="Report the evaluations every year.")
    pages = pdf_pages(render_certificate(data, "en", "ABCD-EFGH-JKMN"))
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert not HANGUL.search(text), HANGUL.findall(text)
    for expected in ("Certificate of Designation as an Evaluation Institute", "Designation No.",
                     "Korea Institute of Technology Value", "an amount, a grade or a score",
                     "Article 28(1) of the Invention Promotion Act", "Minister of Intellectual Property",
                     "Report the evaluations every year.", "verification code ABCD-EFGH-JKMN"):
        assert expected in text, expected


def test_the_same_certificate_gives_the_same_bytes_and_a_correction_says_so(certificate, pdf_pages):
    first = render_certificate(certificate, "ko", "ABCD-EFGH-JKMN")
    assert render_certificate(dataclasses.replace(certificate), "ko", "ABCD-EFGH-JKMN") == first
    assert render_certificate(certificate, "ko", "ABCD-EFGH-JKMP") != first
    corrected = dataclasses.replace(certificate, supersedes_number="제2026-0001호")
    text = " ".join(pdf_pages(render_certificate(corrected))[0].split())
    assert "종전 지정(제2026-0001호)을 정정한 결정에 따라" in text
