"""The public lists on the Registry page with the mouse: the demo's two lists published as of its day; the list of
sanctions as of a day published (numbered, shown on the "Published lists" tab), printed as issued and verified, its
workbook exported as stored; a future day refused with nothing published; a member may see but not publish."""

import io
from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from desktop.domain.issued.kind import DocumentKind
from desktop.domain.publication.service import list_publications, publication_workbook
from desktop.issuing.verify import VerificationStatus, verify_pdf
from desktop.ui.pages.registry.page import RegistryPage
from tests.ui.mouse import click_record, show_window


def _choose(page, kind: DocumentKind) -> None:
    page.lists.choice.setCurrentIndex(page.lists.choice.findData(kind.value))


def test_publishing_the_list_of_sanctions_numbers_it_and_it_prints_as_issued(make_page, qtbot, dialogs, demo_database,
                                                                             demo_actors, tmp_path):
    page = make_page(RegistryPage)
    show_window(qtbot, page)
    _choose(page, DocumentKind.SANCTIONS_LIST)
    page.as_of.setDate(QDate(2026, 11, 20))
    assert page.lists.publish_button.text() == "Publish the list as of 2026. 11. 20.…"
    messages = []
    page.statusMessage.connect(messages.append)
    qtbot.mouseClick(page.lists.publish_button, Qt.MouseButton.LeftButton)
    assert "Publish the list of sanctions as of 2026. 11. 20.?" in dialogs.prompts[-1]
    assert page.tabs.currentWidget() is page.lists.tab
    # the latest first, above the demo's own two (desktop/demo/publications.py: 공표-2026-0001 and -0002)
    published, *demo_lists = page.lists.table.records()
    assert [p.number for p in demo_lists] == ["공표-2026-0002", "공표-2026-0001"]
    assert (published.number, published.kind, published.as_of, published.rows) == \
        ("공표-2026-0003", "sanctions_list", date(2026, 11, 20), 2)
    assert messages[-1] == "공표-2026-0003 published: Sanctions as of 2026. 11. 20., 2 rows."
    page.lists.table.view.clearSelection()
    click_record(qtbot, page.lists.table, lambda p: p.number == "공표-2026-0003", column=page.lists.LIST)
    dialogs.save_path = tmp_path / "published.pdf"
    assert page.lists.issued_actions.save() == tmp_path / "published.pdf"
    with demo_database.read() as s:
        report = verify_pdf(s, demo_actors["approver"], (tmp_path / "published.pdf").read_bytes())
    assert report.status == VerificationStatus.VALID and report.document.number == "공표-2026-0003"
    dialogs.save_path = tmp_path / "website.xlsx"
    qtbot.mouseClick(page.lists.workbook_button, Qt.MouseButton.LeftButton)
    with demo_database.read() as s:
        _, stored = publication_workbook(s, demo_actors["secretariat"], published.id, "en")
    assert (tmp_path / "website.xlsx").read_bytes() == stored
    sheet = load_workbook(io.BytesIO(stored)).active
    assert sheet["A1"].value == "Sanctions against Intellectual Property Valuation Institutes"
    assert sheet["I2"].value == "PUB-2026-0003" and sheet["E4"].value == "revocation of the designation"
    page.lists.tab.window().resize(1300, 760)
    page.grab().save("/tmp/publish13-registry-published-en.png")


def test_a_draft_of_the_list_of_sanctions_is_marked_and_a_future_day_is_refused(make_page, qtbot, dialogs,
                                                                                demo_database, demo_actors, tmp_path):
    page = make_page(RegistryPage)
    _choose(page, DocumentKind.SANCTIONS_LIST)
    dialogs.save_path = tmp_path / "draft.xlsx"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(io.BytesIO((tmp_path / "draft.xlsx").read_bytes())).active
    assert sheet["A2"].value == "(as of 25 November 2026)" and sheet["I2"].value is None  # no number: a draft
    assert len(list(sheet.iter_rows(min_row=4))) == 2
    with demo_database.read() as s:
        before = list_publications(s, demo_actors["secretariat"])  # the demo's own two (desktop/demo/publications.py)
    page.as_of.setDate(QDate(2026, 11, 26))
    qtbot.mouseClick(page.lists.publish_button, Qt.MouseButton.LeftButton)
    assert "as of today or an earlier day" in dialogs.errors[-1]
    with demo_database.read() as s:
        assert list_publications(s, demo_actors["secretariat"]) == before
    assert [p.id for p in page.lists.table.records()] == [p.id for p in before]


def test_the_demo_published_both_lists_as_of_its_day_and_they_print_as_issued(make_page, qtbot, dialogs,
                                                                              demo_database, demo_actors, tmp_path):
    page = make_page(RegistryPage)
    show_window(qtbot, page)
    page.tabs.setCurrentWidget(page.lists.tab)
    shown = page.lists.table.records()
    assert [(p.number, p.kind, p.as_of) for p in shown] == [
        ("공표-2026-0002", "sanctions_list", date(2026, 11, 25)),
        ("공표-2026-0001", "registry_list", date(2026, 11, 25))]
    assert [p.rows for p in shown] == [2, 8]  # a suspension and a revocation; the eight designated institutes
    for publication in shown:
        page.lists.table.view.clearSelection()
        click_record(qtbot, page.lists.table, lambda p, n=publication.number: p.number == n, column=page.lists.LIST)
        dialogs.save_path = tmp_path / f"{publication.kind}.pdf"
        assert page.lists.issued_actions.save() == dialogs.save_path
        with demo_database.read() as s:
            report = verify_pdf(s, demo_actors["approver"], dialogs.save_path.read_bytes())
        assert report.status == VerificationStatus.VALID and report.document.number == publication.number
    page.window().resize(1300, 760)
    page.grab().save("/tmp/polishB13-registry-published-en.png")


def test_a_member_sees_the_public_lists_but_may_not_publish(make_page):
    page = make_page(RegistryPage, "member")
    assert not page.lists.publish_button.isEnabled() and page.export_button.isEnabled()


def test_the_public_lists_read_in_korean(make_page, qtbot, interface_language, demo_database, demo_actors):
    interface_language("ko")
    with demo_database.transaction() as s:
        from desktop.issuing.publication_kinds import publish

        publish(s, demo_actors["secretariat"], DocumentKind.REGISTRY_LIST, date(2026, 11, 25))
    page = make_page(RegistryPage)
    show_window(qtbot, page)
    page.tabs.setCurrentWidget(page.lists.tab)
    assert page.lists.publish_button.text() == "2026. 11. 25. 기준 목록 공표…"
    assert page.lists.choice.currentText() == "지정 평가기관"
    # the one published here, then the demo's own two (desktop/demo/publications.py)
    assert [r.number for r in page.lists.table.records()] == ["공표-2026-0003", "공표-2026-0002", "공표-2026-0001"]
    page.window().resize(1300, 760)
    page.grab().save("/tmp/publish13-registry-published-ko.png")
