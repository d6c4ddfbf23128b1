"""Committee page fixtures: the page for a demo user on a chosen round, with the recording fake dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.ui.context import AppContext
from desktop.ui.pages.committee.page import CommitteePage


@pytest.fixture
def committee_page(qtbot, dialogs, demo_database, demo_actors) -> Callable[..., CommitteePage]:
    """``committee_page(username, round="open"|"completed")`` built, loaded and on that round."""

    def make(username: str = "secretariat", round: str = "open") -> CommitteePage:
        page = CommitteePage(AppContext(demo_database, demo_actors[username]), dialogs)
        qtbot.addWidget(page)
        page.resize(1300, 820)
        page.refresh()
        codes = [page.round_box.itemText(n).split()[0] for n in range(page.round_box.count())]
        page.choose_round(codes[0] if round == "open" else codes[-1])
        return page

    return make
