"""File → Settings…: typed fields per setting, refused values kept at their field, nothing half-saved, and only
rounds created afterwards take a new default."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desktop.core.clock import KST
from desktop.domain.applications import rounds
from desktop.domain.audit.models import AuditEvent
from desktop.domain.scoring.criteria import available_versions
from desktop.domain.settings.catalogue import SIGNING, SPECS
from desktop.domain.settings.service import get_settings, set_setting
from desktop.ui.dialogs.business_settings import settings_dialog
from desktop.ui.widgets.feedback import field_level
from tests.conftest import REFERENCE_MOMENT


def open_dialog(qtbot, context, dialogs):
    dialog = settings_dialog(context, dialogs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def setting_events(database):
    """The settings changed during the test (the demo configured its signing key when it was built)."""
    with database.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action.like("setting.%"),
                                                       AuditEvent.at >= REFERENCE_MOMENT)))


def test_every_setting_has_a_typed_field_and_the_note_on_rounds(qtbot, context_for, dialogs):
    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    # every setting but the signing identity's, which has a dialog of its own (File → Signing certificate…)
    # (the seal image has a box of its own with a preview)
    assert set(dialog.editors) == {key for key, spec in SPECS.items() if spec.group != SIGNING and spec.kind != "seal"}
    assert dialog.editors["pass_mark"].widget.text() == "70"
    assert dialog.editors["criterion_floor_ratio"].widget.text() == "40"  # stored as the ratio 0.4
    assert dialog.editors["supplement_days"].widget.maximum() == 90
    assert dialog.editors["count_both_groups"].widget.isChecked()
    versions = dialog.editors["criteria_version"].widget
    assert [versions.itemData(i) for i in range(versions.count())] == available_versions()
    assert dialog.editors["aggregation_method"].widget.currentText().startswith("Trimmed mean")
    note = dialog.findChild(type(dialog.banner), "roundsNote")
    assert "only rounds created after you save take the new defaults" in note.text()
    assert not any(b.isEnabled() for b in dialog.reset_buttons.values())  # all at their defaults


def test_a_secretariat_user_is_refused_plainly(context_for, dialogs):
    assert settings_dialog(context_for("secretariat"), dialogs) is None
    assert dialogs.errors == ["Your role (Secretariat) may not do this: manage settings."]


def test_a_bad_pass_mark_is_refused_at_the_field_and_nothing_is_saved(qtbot, context_for, dialogs, demo_database):
    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    dialog.editors["supplement_days"].widget.setValue(21)
    dialog.editors["pass_mark"].widget.setText("150")
    assert not dialog.try_accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert field_level(dialog.editors["pass_mark"].widget) == "error"
    assert dialog.banner.text() == "Pass mark (of 100): a number from 0 to 100, with at most two decimals."
    assert dialog.editors["pass_mark"].widget.text() == "150"  # kept to correct
    assert dialog.editors["supplement_days"].widget.value() == 21
    with demo_database.read() as s:
        assert (get_settings(s)["pass_mark"], get_settings(s)["supplement_days"]) == ("70", 10)
    assert setting_events(demo_database) == []


def test_a_saved_setting_is_used_by_a_new_round_while_the_open_round_keeps_its_own(
        qtbot, context_for, dialogs, demo_database, demo_actors):
    context = context_for("admin")
    dialog = open_dialog(qtbot, context, dialogs)
    dialog.editors["pass_mark"].widget.setText("72.5")
    dialog.editors["supplement_days"].widget.setValue(14)
    dialog.editors["quorum_ratio"].widget.setText("60")
    assert dialog.reset_buttons["pass_mark"].isEnabled()
    assert dialog.try_accept()
    assert sorted(dialog.changed) == ["pass_mark", "quorum_ratio", "supplement_days"]
    assert context.settings["pass_mark"] == "72.5" and context.settings["quorum_ratio"] == "0.6"
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        new_id = rounds.create_round(s, secretariat, "2027-1", "2027년 공고", date(2027, 3, 2), date(2027, 4, 1),
                                     datetime(2027, 3, 31, 18, tzinfo=KST))
    with demo_database.read() as s:
        listed = {r.code: r for r in rounds.list_rounds(s, secretariat)}
    new, open_round = listed["2027-1"], listed["2026-2"]
    assert new.id == new_id
    assert (new.pass_mark, new.supplement_days, new.settings["quorum_ratio"]) == (Decimal("72.5"), 14, "0.6")
    assert (open_round.pass_mark, open_round.supplement_days, open_round.settings["quorum_ratio"]) == (
        Decimal("70"), 10, "0.5")
    assert {e.summary for e in setting_events(demo_database)} == {"pass_mark", "supplement_days", "quorum_ratio"}


def test_reset_to_default_puts_the_default_back_and_saving_stores_it(qtbot, context_for, dialogs, demo_database,
                                                                     demo_actors):
    with demo_database.transaction() as s:
        set_setting(s, demo_actors["admin"], "authority_title_ko", "특허청장")
    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    field = dialog.editors["authority_title_ko"].widget
    assert field.text() == "특허청장" and dialog.reset_buttons["authority_title_ko"].isEnabled()
    dialog.reset_buttons["authority_title_ko"].click()
    assert field.text() == "지식재산처장" and not dialog.reset_buttons["authority_title_ko"].isEnabled()
    assert dialog.try_accept() and dialog.changed == ["authority_title_ko"]
    with demo_database.read() as s:
        assert get_settings(s)["authority_title_ko"] == "지식재산처장"
    assert [e.action for e in setting_events(demo_database)] == ["setting.update", "setting.reset"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_dialog_fits_a_1280_by_720_screen_without_scrolling_sideways(qtbot, context_for, dialogs,
                                                                         interface_language, language):
    from PySide6.QtCore import QSize

    interface_language(language)
    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    size = dialog.fitting_size(QSize(1280, 720))
    assert size.width() <= 1280 - 40 and size.height() <= 720 - 80  # room left for the frame and the task bar
    dialog.resize(size)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.scroll.horizontalScrollBar().maximum() == 0  # nothing hidden sideways
    assert dialog.width() <= 1280 and dialog.height() <= 720  # also as opened on this (smaller) test screen
    for editor in dialog.editors.values():
        label = next(w for w in dialog.scroll.widget().findChildren(QLabel) if w.buddy() is editor.widget)
        assert label.height() >= label.heightForWidth(label.width())  # a long name wraps and stays whole


# --- decision ---
def test_the_remedies_are_edited_in_their_group_and_checked_together(qtbot, context_for, dialogs, demo_database):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    heading = dialog.findChild(QLabel, "group_remedies")
    assert heading is not None and heading.text() == "Remedies printed on refusals and sanctions"
    assert dialog.editors["remedy_commission_ko"].widget.text() == "중앙행정심판위원회"
    assert dialog.editors["remedy_appeal_days"].widget.minimum() == 90  # never shorter than the statute
    dialog.editors["remedy_appeal_days"].widget.setValue(200)  # longer than the 180 days from the disposition
    dialog.editors["remedy_online"].widget.setText("www.simpan.go.kr/nsph")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert field_level(dialog.editors["remedy_appeal_days"].widget) == "error"
    assert dialog.banner.text() == ("Appeal: days from knowing of the disposition: at most the days from the "
                                    "disposition (180).")
    with demo_database.read() as s:
        assert get_settings(s)["remedy_online"] == "www.simpan.go.kr"  # nothing saved
    dialog.editors["remedy_appeal_limit_days"].widget.setValue(365)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_database.read() as s:
        stored = get_settings(s)
    assert (stored["remedy_appeal_days"], stored["remedy_appeal_limit_days"], stored["remedy_online"]) == (
        200, 365, "www.simpan.go.kr/nsph")


@pytest.mark.parametrize("answer", ["reload", "apply_mine", None])
def test_a_setting_saved_in_another_window_meanwhile_is_shown_beside_mine(qtbot, context_for, dialogs, demo_database,
                                                                         demo_actors, answer):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    with demo_database.transaction() as s:  # another desktop's administrator, after this dialog opened
        set_setting(s, demo_actors["admin"], "pass_mark", "75")
    dialog.editors["pass_mark"].widget.setText("72")
    dialogs.conflict_answer = answer
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    [(_called, (error, values))] = [c for c in dialogs.calls if c[0] == "resolve_edit_conflict"]
    assert "was changed by" in error.message
    assert [(v.mine, v.stored) for v in values] == [("72", "75")]
    with demo_database.read() as s:
        stored = get_settings(s)["pass_mark"]
    if answer == "reload":  # theirs in the field, nothing written, the dialog still open
        assert dialog.editors["pass_mark"].widget.text() == "75" and stored == "75"
        assert dialog.result() != dialog.DialogCode.Accepted
    elif answer == "apply_mine":  # mine saved over theirs, on purpose
        assert stored == "72" and dialog.result() == dialog.DialogCode.Accepted
    else:  # cancelled: my input kept, theirs stored
        assert dialog.editors["pass_mark"].widget.text() == "72" and stored == "75"
        assert "was changed by" in dialog.banner.text()
