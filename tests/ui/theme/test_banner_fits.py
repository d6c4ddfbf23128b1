"""A message that wraps onto a second line makes its window taller instead of being cut off at the bottom."""

from __future__ import annotations

from desktop.ui.dialogs.accounts import LoginDialog


def test_a_wrapped_message_is_shown_whole(demo_database, qtbot) -> None:
    dialog = LoginDialog(demo_database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.banner.show_message("Wrong user name or password. Check both and try again. " * 2)
    banner = dialog.banner
    qtbot.waitUntil(lambda: banner.height() >= banner.heightForWidth(banner.width()))
    assert dialog.height() > before
    dialog.banner.show_message("Wrong.")
    qtbot.wait(20)
    assert banner.height() >= banner.heightForWidth(banner.width())
