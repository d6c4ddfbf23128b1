"""Fixtures for the Screening page: the recording dialogs (with preset answers) plus a printer choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.ui.conftest import RecordingDialogs


@pytest.fixture
def make_page(qtbot, dialogs: RecordingDialogs, context_for) -> Callable[..., Any]:
    from desktop.ui.pages.screening.page import ScreeningPage

    def make(username: str = "secretariat") -> ScreeningPage:
        page = ScreeningPage(context_for(username), dialogs)
        qtbot.addWidget(page)
        page.resize(1300, 760)
        page.refresh()
        return page

    return make
