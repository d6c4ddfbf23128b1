"""What a person sees: the Sanctions page and each of its forms, in English and in Korean, with a refusal at a
field where the form has one (the PNGs are saved for a look: /tmp/sanctionsgui13-*.png)."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.sanctions.models import Ground
from desktop.ui.pages.sanctions.page import SanctionsPage
from tests.domain.sanctions.steps import heard_case, move_clock_to
from tests.ui.mouse import click_record
from tests.ui.sanctions.forms import noticed_case


def _save(widget, name: str, language: str) -> None:  # type: ignore[no-untyped-def]
    if name != "page":
        widget.adjustSize()  # a dialog at its natural size; the page keeps the window's
    QApplication.processEvents()
    image = widget.grab()
    assert image.width() > 300 and image.height() > 150
    image.save(f"/tmp/sanctionsgui13-{name}-{language}.png")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_form_in_english_and_korean(make_page, qtbot, demo_database, demo_actors, interface_language,
                                          language):
    interface_language(language)
    noticed = noticed_case(demo_database, demo_actors)
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == noticed)
    assert page.opinion_button.text() == ("Record opinion…" if language == "en" else "의견 기록…")
    _save(page, "page", language)

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    opening = page.dialog
    opening.ground.setCurrentIndex(opening.ground.findData(Ground.FRAUD.value))
    opening.facts.setPlainText("지정신청 시 제출한 전문인력 재직증명서 위조")
    opening.evidence_title.setText("국민연금 가입자 확인서")
    _save(opening, "open-case", language)
    opening.ground.setCurrentIndex(opening.ground.findData(Ground.BREACH_OF_STANDARD.value))
    opening.breach_ended_on.setDate(QDate(2021, 11, 24))
    _save(opening, "open-case-limitation", language)
    opening.close()

    qtbot.mouseClick(page.opinion_button, Qt.MouseButton.LeftButton)
    page.dialog.opinion.setPlainText("위반 사실을 인정하나 감경을 요청함")
    _save(page.dialog, "opinion", language)
    page.dialog.close()

    qtbot.mouseClick(page.hearing_button, Qt.MouseButton.LeftButton)
    notice = page.dialog
    notice.place.setText("정부대전청사 1동 소회의실")
    notice.hearing_on.setDate(QDate(2026, 12, 4))
    notice.officer.setCurrentIndex(1)  # 김하늘, who opened the case: refused at the field
    _save(notice, "hearing-notice", language)
    notice.close()

    heard = heard_case(demo_database, demo_actors)  # the clock now stands on its hearing day
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.id == heard)
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    draft = page.dialog
    draft.starts_on.setDate(QDate(2026, 12, 14))
    draft.months.setValue(2)
    draft.reasons.setPlainText("평가기준을 위반한 평가보고서 3건; 청문에서 위반 사실을 인정함")
    _save(draft, "disposition", language)
    draft.months.setValue(7)
    _save(draft, "disposition-7-months", language)
    draft.close()

    recorded = noticed_case(demo_database, demo_actors)
    with demo_database.transaction() as s:
        from desktop.domain.sanctions.hearing import notify_hearing
        from tests.domain.sanctions.steps import user_id

        notify_hearing(s, demo_actors["secretariat"], recorded, date(2027, 1, 4), "정부대전청사 회의실",
                       user_id(s, "chair"))
    move_clock_to(date(2027, 1, 4), 16)
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.id == recorded)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    record = page.dialog
    record.attendees.setText("대표 홍길동")
    record.statements.setPlainText("위반 사실을 인정하고 재발방지 대책을 설명함")
    _save(record, "hearing-record", language)
    record.close()
