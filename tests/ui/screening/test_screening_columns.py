"""The Screening page's columns show their words whole in either language, on a 1280 × 720 screen."""

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import install_korean_font
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.workflow import status_label
from desktop.domain.screening.models import ScreeningOutcome
from desktop.domain.screening.service import outcome_label
from desktop.ui.context import AppContext

PAGE_WIDTH = 1280 - 200  # the main window on a 1280-pixel screen, less its navigation list


def fits(view, column: int, text: str) -> bool:
    return view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text) + 4


@pytest.fixture
def korean_font(qapp):
    install_korean_font(QApplication.instance())  # as the application does; Hangul is wider than the fallback


@pytest.mark.parametrize("language", ["en", "ko"])
def test_status_and_outcome_show_every_label_whole_and_in_view(qtbot, korean_font, interface_language,
                                                                demo_database, demo_actors, dialogs, language):
    from desktop.ui.pages.screening.page import ScreeningPage

    interface_language(language)
    page = ScreeningPage(AppContext(demo_database, demo_actors["secretariat"], {}, language), dialogs)
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 720)
    page.show()
    page.refresh()
    view = page.table.view
    outcomes = [*map(outcome_label, ScreeningOutcome), page.tr("Not screened")]
    assert all(fits(view, page.OUTCOME, text) for text in outcomes)
    assert all(fits(view, page.STATUS, status_label(s)) for s in ApplicationStatus)
    header = view.horizontalHeader()
    right_edge = header.sectionViewportPosition(page.OUTCOME) + header.sectionSize(page.OUTCOME)
    assert right_edge <= view.viewport().width()  # seen without scrolling sideways


def test_an_overridden_requirement_result_fits_its_column(qtbot, korean_font, make_page):
    page = make_page()
    rules = page.detail.rules_view
    assert fits(rules, 1, "Fail (overridden)") and fits(rules, 1, "Pass (overridden)")
