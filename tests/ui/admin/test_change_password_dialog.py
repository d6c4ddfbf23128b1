"""File → Change password…: the current password first; refusals stay at their field with the typing kept."""

import pytest

from desktop.core.errors import DomainError
from desktop.domain.users.service import authenticate
from desktop.ui.context import AppContext
from desktop.ui.dialogs.password import ChangePasswordDialog
from desktop.ui.widgets.feedback import field_level


def test_a_member_changes_their_own_password(qtbot, demo_database, demo_actors):
    dialog = ChangePasswordDialog(AppContext(demo_database, demo_actors["member"]))
    qtbot.addWidget(dialog)
    assert dialog.intro.text() == "Password of 박지민 (member)."
    dialog.current.setText("not-my-password")
    dialog.new.setText("member-new-2026")
    dialog.repeat.setText("member-new-2026")
    assert not dialog.try_accept()
    assert "current password is wrong" in dialog.banner.text() and field_level(dialog.current) == "error"
    assert dialog.new.text() == "member-new-2026"  # kept
    dialog.current.setText("member-2026")
    dialog.repeat.setText("member-new-2027")
    assert not dialog.try_accept()
    assert "differ" in dialog.banner.text() and field_level(dialog.repeat) == "error"
    assert field_level(dialog.current) == ""
    dialog.repeat.setText("member-new-2026")
    assert dialog.try_accept() and dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    with pytest.raises(DomainError), demo_database.transaction() as s:
        authenticate(s, "member", "member-2026")
    with demo_database.transaction() as s:
        assert authenticate(s, "member", "member-new-2026").username == "member"
