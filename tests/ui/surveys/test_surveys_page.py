"""The Sample surveys page with the mouse: the demo's completed survey with its analysis, chart and report; a new
survey designed (its plan shown before saving, bad input at the field), drawn, redrawn from its seed, every sampled
report reviewed on the findings form, and its report issued and previewed."""


from PySide6.QtCore import QDate, Qt

from desktop.domain.reports.standard import Assessment, Criterion
from desktop.domain.surveys.models import SurveyStatus
from desktop.issuing.verify import VerificationStatus, verify_pdf
from desktop.ui.pages.surveys.page import SurveysPage
from tests.ui.mouse import bring_forward, click_record, show_window


def click(qtbot, button):
    """Bring the button's tab forward and click it, as a person would."""
    bring_forward(button)
    show_window(qtbot, button)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_demo_survey_shows_its_analysis_chart_and_report(make_page, qtbot, dialogs, demo_database, demo_actors,
                                                             tmp_path):
    page = make_page(SurveysPage)
    row = click_record(qtbot, page.surveys, lambda r: r.status is SurveyStatus.REPORTED, column=page.TITLE)
    assert page.progress.text() == f"Seed {row.seed}: 40 of 40 sampled reports reviewed."
    assert not page.draw_button.isEnabled() and not page.issue_button.isEnabled()
    assert len(page.results.records()) == 6  # by purpose
    assert sum(s.population for s in page.results.records()) == row.population
    found = sum(s.inappropriate for s in page.results.records())
    assert page.overall.text().startswith(f"{found} of 40 reviewed reports inappropriate. Stratified estimate")
    assert len(page.chart.bars()) == 6
    page.tabs.setCurrentIndex(2)
    page.grab().save("/tmp/surveys13-page-en.png")
    click(qtbot, page.redraw_button)
    assert page.banner.text() == f"Redrawn from seed {row.seed}: the same 40 reports as the stored sample."
    click(qtbot, page.preview_button)
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()
    assert dialogs.calls == []  # issued in Korean by the demo: shown as stored
    dialogs.save_path = tmp_path / "survey.pdf"
    click(qtbot, page.preview_dialog.save_button)  # and saved as shown: the issued, verifiable file
    with demo_database.read() as s:
        verified = verify_pdf(s, demo_actors["member"], (tmp_path / "survey.pdf").read_bytes())
    assert verified.status is VerificationStatus.VALID and verified.document.number == row.number


def test_bad_input_shows_at_the_field_and_nothing_can_be_saved(make_page, qtbot):
    page = make_page(SurveysPage)
    design = page.design
    design.filed_from.setDate(QDate(2026, 4, 1))
    design.filed_to.setDate(QDate(2026, 6, 30))
    design.size.setValue(0)
    assert "at least 1" in design.banner.text() and design.size.property("feedback") == "error"
    assert not design.save_button.isEnabled() and design.plan_table.records() == []
    design.size.setValue(10)
    design.minimum.setValue(3)
    assert "needs 18 reports, more than the sample size of 10" in design.banner.text()
    assert design.minimum.property("feedback") == "error"
    design.minimum.setValue(1)
    design.filed_to.setDate(QDate(2026, 3, 1))
    assert "ends" in design.banner.text() and design.filed_to.property("feedback") == "error"
    design.filed_to.setDate(QDate(2026, 6, 30))
    assert design.banner.text() == "" and design.save_button.isEnabled()
    click(qtbot, design.save_button)  # no title
    assert design.banner.text() == "Give the survey a title." and design.title.property("feedback") == "error"
    assert len(page.surveys.records()) == 1


def test_design_draw_review_and_report_with_the_mouse(make_page, qtbot, dialogs):
    page = make_page(SurveysPage)
    design = page.design
    design.title.setText("2026년 2분기 표본조사")
    design.filed_from.setDate(QDate(2026, 4, 1))
    design.filed_to.setDate(QDate(2026, 6, 30))
    design.strata_by.setCurrentIndex(design.strata_by.findData("purpose"))
    design.allocation.setCurrentIndex(design.allocation.findData("proportional"))
    design.size.setValue(8)
    design.minimum.setValue(1)
    plan = design.plan
    assert plan is not None and sum(s.plan.allocated for s in plan.strata) == 8 and len(plan.strata) == 6
    assert design.summary.text().startswith("8 of ")
    design.grab().save("/tmp/surveys13-design-en.png")
    click(qtbot, design.save_button)
    row = page.current()
    assert row is not None and row.status is SurveyStatus.DESIGNED and row.title == "2026년 2분기 표본조사"
    page.seed.setValue(424242)
    click(qtbot, page.draw_button)
    row = page.current()
    assert row.status is SurveyStatus.DRAWN and row.seed == 424242
    assert page.progress.text() == "Seed 424242: 0 of 8 sampled reports reviewed."
    click(qtbot, page.redraw_button)
    assert "the same 8 reports" in page.banner.text()
    assert not page.issue_button.isEnabled()
    for n in range(8):
        sample = click_record(qtbot, page.samples, lambda s: s.conclusion is None, column=2)
        assert page.findings.isEnabled()
        if n == 0:  # the first falls short on the method
            combo = page.findings.assessments[Criterion.METHOD.value]
            combo.setCurrentIndex(combo.findData(Assessment.FALLS_SHORT.value))
            click(qtbot, page.save_review_button)  # no note yet: refused at the note, nothing saved
            assert page.findings.notes[Criterion.METHOD.value].property("feedback") == "error"
            assert page.progress.text() == "Seed 424242: 0 of 8 sampled reports reviewed."
            page.findings.notes[Criterion.METHOD.value].setText("할인율 근거 없음")
        page.findings.reasons_edit.setPlainText("검토 결과")
        click(qtbot, page.save_review_button)
        assert page.progress.text() == f"Seed 424242: {n + 1} of 8 sampled reports reviewed."
        assert next(s for s in page.samples.records() if s.id == sample.id).conclusion is not None
    assert page.overall.text().startswith("1 of 8 reviewed reports inappropriate")
    click(qtbot, page.issue_button)
    assert "issue its report" in dialogs.prompts[-1]
    assert page.current().status is SurveyStatus.REPORTED
    click(qtbot, page.preview_button)
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()


def test_the_page_reads_in_korean(make_page, qtbot, interface_language):
    interface_language("ko")
    page = make_page(SurveysPage)
    click_record(qtbot, page.surveys, lambda r: r.status is SurveyStatus.REPORTED, column=page.TITLE)
    assert page.tabs.tabText(0) == "1 설계" and page.draw_button.text() == "표본 추출"
    assert page.progress.text().startswith("시드 ") and "검토" in page.overall.text()
    assert {s.label for s in page.results.records()} >= {"담보대출", "투자"}
    page.tabs.setCurrentIndex(2)
    page.grab().save("/tmp/surveys13-page-ko.png")
    page.tabs.setCurrentIndex(0)
    page.grab().save("/tmp/surveys13-design-ko.png")


def test_the_english_title_is_typed_in_the_design_form_and_refused_at_its_field_when_too_long(make_page, qtbot):
    page = make_page(SurveysPage)
    design = page.design
    design.filed_from.setDate(QDate(2026, 4, 1))
    design.filed_to.setDate(QDate(2026, 6, 30))
    design.size.setValue(8)
    design.minimum.setValue(1)
    show_window(qtbot, design)
    design.title.setText("2026년 2분기 표본조사")  # Korean comes through the input method, not as key clicks
    qtbot.mouseClick(design.title_en, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(design.title_en, "x" * 201)
    click(qtbot, design.save_button)
    assert design.banner.text() == "The English title is 201 characters long; at most 200 fit."
    assert design.title_en.property("feedback") == "error" and design.title.property("feedback") != "error"
    assert len(page.surveys.records()) == 1  # nothing saved
    design.title_en.clear()
    qtbot.mouseClick(design.title_en, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(design.title_en, "Sample survey of Q2 2026")
    design.grab().save("/tmp/polishB13-design-en.png")
    click(qtbot, design.save_button)
    row = page.current()
    assert len(page.surveys.records()) == 2
    assert row.title == "2026년 2분기 표본조사" and row.title_en == "Sample survey of Q2 2026"
    assert design.title_en.property("feedback") != "error"
