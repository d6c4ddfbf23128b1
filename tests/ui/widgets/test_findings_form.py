"""The findings form as an examiner fills it in: the conclusion follows the findings, faults are shown at the field."""

from PySide6.QtCore import Qt

from desktop.domain.reports.standard import Assessment, Conclusion, Criterion
from desktop.ui.widgets.feedback import field_level
from desktop.ui.widgets.findings_form import FindingsForm


def _choose(qtbot, combo, assessment):
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    combo.setCurrentIndex(combo.findData(assessment.value))
    combo.hidePopup()


def test_a_shortfall_turns_the_conclusion_and_needs_its_note(qtbot):
    form = FindingsForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.conclusion() is Conclusion.APPROPRIATE
    _choose(qtbot, form.assessments["business_economics"], Assessment.FALLS_SHORT)
    assert form.conclusion() is Conclusion.INAPPROPRIATE
    form.reasons_edit.setPlainText("The cash flows are not supported.")
    assert not form.validated()
    assert field_level(form.notes["business_economics"]) == "error"
    assert "falls short" in form.banner.text()
    qtbot.keyClicks(form.notes["business_economics"], "Discount rate of 3 % without support")
    assert form.validated()
    found = {f.criterion: f for f in form.findings()}
    assert found[Criterion.BUSINESS_ECONOMICS].note == "Discount rate of 3 % without support"


def test_a_chosen_conclusion_is_kept_when_findings_change(qtbot):
    form = FindingsForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.mouseClick(form.inappropriate, Qt.MouseButton.LeftButton)
    _choose(qtbot, form.assessments["method"], Assessment.NOT_APPLICABLE)
    assert form.conclusion() is Conclusion.INAPPROPRIATE
    assert not form.validated()
    assert field_level(form.reasons_edit) == "error"
