"""Every page and the main dialogs, on the demo, under a light and a dark system palette: every text shown (labels,
buttons, fields, coloured table cells, rich text) reads at 4.5:1 on what is behind it; nothing is dark on dark."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui import theme
from desktop.ui.dialogs.accounts import LoginDialog
from desktop.ui.dialogs.business_settings import settings_dialog
from desktop.ui.pages.registry_of_pages import PAGES
from tests.ui.mouse import click_row
from tests.ui.theme.reading import set_scheme, unreadable

SCHEMES = ("light", "dark")


@pytest.fixture
def scheme(qapp, request):
    """The application's palette as the system's light or dark theme gives it; the original one afterwards."""
    original = qapp.palette()
    set_scheme(qapp, request.param)
    yield request.param
    qapp.setPalette(original)


def first_table(page) -> QAbstractItemView | None:
    views = [v for v in page.findChildren(QAbstractItemView)
             if v.isVisible() and v.model() is not None and v.model().rowCount() > 0]
    return views[0] if views else None


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
@pytest.mark.parametrize("entry", PAGES, ids=[e.key for e in PAGES])
def test_every_page_reads_in_the_scheme(entry, scheme, make_page, qtbot) -> None:
    page = make_page(entry.load(), "admin")
    page.show()
    qtbot.waitExposed(page)
    table = first_table(page)
    if table is not None:  # the first record chosen, so that its detail (and its coloured states) shows
        click_row(qtbot, table, 0)
        qtbot.wait(20)
    assert theme.is_dark(page.palette()) == (scheme == "dark")
    page.grab().save(f"/tmp/palette14-test-{entry.key}-{scheme}.png")
    assert unreadable(page) == []


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_the_login_and_settings_dialogs_read_in_the_scheme(scheme, demo_database, context_for, dialogs,
                                                           qtbot) -> None:
    login = LoginDialog(demo_database)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    assert unreadable(login) == []
    settings = settings_dialog(context_for("admin"), dialogs)
    assert settings is not None
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    settings.grab().save(f"/tmp/palette14-test-settings-{scheme}.png")
    assert unreadable(settings) == []
