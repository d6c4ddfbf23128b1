"""The institution form asks for the English name: a visible hint while it is empty, never a hard error."""

from PySide6.QtCore import Qt

from desktop.ui.pages.applications.institution_form import InstitutionForm
from tests.ui.mouse import show_window


def test_an_empty_english_name_shows_a_hint_that_typing_one_removes(qtbot) -> None:
    form = InstitutionForm()
    qtbot.addWidget(form)
    show_window(qtbot, form)
    hint = form.name_en_hint
    assert hint.isVisible() and "English documents" in hint.text() and "Korean name" in hint.text()
    qtbot.mouseClick(form.name_en, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name_en, "Korea Institute of Technology Value")
    assert not hint.isVisible() and form.check_name_en() is None
    form.name_en.selectAll()
    qtbot.keyClick(form.name_en, Qt.Key.Key_Delete)
    assert hint.isVisible() and form.check_name_en() == "warning"
    form.grab().save("/tmp/bilingual-institution-form.png")
