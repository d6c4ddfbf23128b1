"""Refreshing the Committee page on a round other than the first loads each of its tabs once, not twice."""

from collections import Counter

from PySide6.QtCore import Qt


def test_a_refresh_on_a_later_round_loads_every_tab_once(committee_page, qtbot, monkeypatch):
    page = committee_page("secretariat", round="completed")
    assert page.round_box.currentIndex() > 0  # the completed round is not the first in the list
    chosen = page.round_code()
    loads: Counter[str] = Counter()
    def counting(name: str, load):  # type: ignore[no-untyped-def]
        return lambda: (loads.update([name]), load())

    for tab in page.all_tabs():
        monkeypatch.setattr(tab, "refresh", counting(type(tab).__name__, tab.refresh))
    page.refresh()
    assert page.round_code() == chosen  # the round stays chosen
    assert set(loads.values()) == {1} and len(loads) == len(page.all_tabs()), loads
    loads.clear()
    page.show()
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(page.RESULTS_TAB).center())
    assert page.tabs.currentIndex() == page.RESULTS_TAB
    assert loads == Counter({"ResultsTab": 1})  # choosing a tab reloads that tab alone
