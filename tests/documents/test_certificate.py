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


def test_the_decision_the_certificate_and_the_notice_agree_on_date_effect_and_numbers(notices, certificate,
                                                                                     public_notice, pdf_text):
    decision = notices["designated"]
    entry = next(e for e in public_notice.entries if e.institution_name == certificate.institution_name)
    day = certificate.designated_on
    assert entry.designated_on == day and certificate.decided_on == day  # the day the decision was issued
    assert (entry.business_number, entry.corporate_number) == (certificate.business_number,
                                                               certificate.corporate_number)
    assert decision.designated_on == decision.decided_on  # every demo designation is decided on its 지정일
    text = pdf_text(render_certificate(certificate))
    assert (f"등록번호 사업자등록번호 {certificate.business_number} · 법인등록번호 {certificate.corporate_number}"
            in text)
    assert f"지정일 {official_date(day)} (이날부터 지정의 효력 발생)" in text
    assert f"{official_date(certificate.issued_at)} 지식재산처장" in text
    english = pdf_text(render_certificate(certificate, "en"))
    assert f"corporate {certificate.corporate_number}" in english
    assert "(the designation has effect from this day)" in english


def test_the_certificate_of_a_correction_keeps_the_date_and_says_it_replaces_the_old_one(corrected, pdf_pages):
    data = corrected["certificate"]
    designated, decided = official_date(data.designated_on), official_date(data.decided_on)
    pages = pdf_pages(render_certificate(data))
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    for expected in ("지정번호: 제2026-0012호",
                     f"지정일 {designated} (이날부터 지정의 효력 발생; 정정된 사항은 {decided}부터)",
                     f"이 지정서는 정정 결정(제2026-0012호, {decided})에 따라 종전 지정서(지정번호 "
                     f"제2026-0002호)를 갈음하여 발급합니다. 지정번호는 제2026-0012호(으)로 바뀌고, 지정일은 종전 "
                     f"지정일({designated})을 유지합니다."):
        assert expected in text, expected
    english = " ".join(pdf_pages(render_certificate(data, "en"))[0].split())
    assert "The designation number becomes No. 2026-0012; the date of designation stays" in english
