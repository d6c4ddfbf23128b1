"""The public lists on the Registry page: the list of designated institutes or of sanctions as of a chosen day, as a
draft (workbook, PDF marked 초안) or published ("Publish the list as of DAY…": numbered, frozen, signed); and the
published lists, each printed as issued and its website workbook exported exactly as published."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.clock import today
from desktop.core.formatting import official_date, official_datetime
from desktop.core.i18n import current_language
from desktop.domain.accounts.permissions import Permission
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.publication.service import (
    PublicationRow,
    PublishedList,
    list_content,
    list_label,
    list_publications,
    publication_workbook,
)
from desktop.ui.pages.inspections.documents_menu import DocumentActions
from desktop.ui.pages.registry.change_dialog import date_edit, from_qdate
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable

if TYPE_CHECKING:
    from desktop.ui.pages.base import Page

FILE_NAMES = {DocumentKind.REGISTRY_LIST: "designated-institutes", DocumentKind.SANCTIONS_LIST: "sanctions"}


class PublicLists(QObject):
    """The bar (which list, as of which day, draft export and print, publish) and the "Published lists" tab."""

    NUMBER, LIST, AS_OF, ROWS, PUBLISHED_AT, PUBLISHED_BY = range(6)

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page, self.context, self.dialogs = page, page.context, page.dialogs
        self.choice = QComboBox(page)
        self.choice.setObjectName("listChoice")
        for kind in FILE_NAMES:
            self.choice.addItem(list_label(kind), kind.value)
        self.as_of = date_edit(page, "asOf", today())
        self.export_button = self._button(self.tr("Export…"), self.export_draft, "exportButton")
        self.export_button.setToolTip(self.tr("The list as of the chosen day as a workbook: a draft, not published"))
        self.print_actions = DocumentActions(page, self.dialogs, self.tr("Print draft…"), self.draft_pdf,
                                             lambda language: f"{self._file_name()}-{self.day()}-draft-{language}.pdf",
                                             current_language)
        self.print_actions.button.setObjectName("printButton")
        self.publish_button = self._button("", self.publish, "publishButton")
        gate(self.publish_button, self.context.actor, Permission.MAINTAIN_REGISTRY)
        self.as_of.dateChanged.connect(lambda _: self._label_publish())
        self.choice.currentIndexChanged.connect(lambda _: self._label_publish())
        self._label_publish()
        self.table = RecordTable(self._columns(), parent=page)
        self.table.set_title(self.tr("Published lists"))
        self.table.setObjectName("publications")
        self.table.view.sortByColumn(self.PUBLISHED_AT, Qt.SortOrder.DescendingOrder)
        self.issued_actions = DocumentActions(page, self.dialogs, self.tr("Print…"), self.issued_pdf,
                                              self._issued_file_name, current_language)
        self.issued_actions.button.setObjectName("printPublishedButton")
        self.workbook_button = self._button(self.tr("Export workbook…"), self.export_published, "workbookButton")
        self.table.currentRecordChanged.connect(lambda _row: self._update_buttons())
        self.tab = QWidget(page)
        layout = QVBoxLayout(self.tab)
        row = QHBoxLayout()
        note = QLabel(self.tr("Each published list is printed and exported exactly as it was published."), self.tab)
        note.setWordWrap(True)
        row.addWidget(note, 1)
        row.addWidget(self.issued_actions.button)
        row.addWidget(self.workbook_button)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _button(self, text: str, slot, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
        widget = QPushButton(text, self.page)
        widget.setObjectName(name)
        widget.clicked.connect(lambda _=False: slot())
        return widget

    def bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(4)  # close together, so the page still fits a window of 720 pixels
        bar.addStretch(1)
        bar.addWidget(label_for(self.tr("Public list"), self.choice, self.page))
        bar.addWidget(self.choice)
        bar.addWidget(label_for(self.tr("as of"), self.as_of, self.page))
        self.as_of.setAccessibleName(self.tr("The public list as of"))
        for widget in (self.as_of, self.export_button, self.print_actions.button):
            bar.addWidget(widget)  # the publish button sits on the page's top row: the page fits a narrow window
        return bar

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("List"), lambda p: list_label(p.kind)),
                Column(self.tr("As of"), lambda p: official_date(p.as_of), sort_key=lambda p: p.as_of),
                Column(self.tr("Rows"), lambda p: str(p.rows), sort_key=lambda p: p.rows),
                Column(self.tr("Published"), lambda p: official_datetime(p.published_at),
                       sort_key=lambda p: (p.published_at, p.id)),
                Column(self.tr("Published by"), lambda p: p.published_by)]

    def refresh(self) -> None:
        self.table.set_records(self.page.query(list_publications) or [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.current_record() is not None
        self.issued_actions.button.setEnabled(chosen)
        self.workbook_button.setEnabled(chosen)

    # -- a list as of a day ------------------------------------------------------------------------------------
    def kind(self) -> DocumentKind:
        return DocumentKind(self.choice.currentData())

    def day(self) -> date:
        return from_qdate(self.as_of.date())

    def _file_name(self) -> str:
        return FILE_NAMES[self.kind()]

    def _label_publish(self) -> None:
        self.publish_button.setText(self.tr("Publish the list as of {day}…").format(day=official_date(self.day())))

    def _content(self) -> PublishedList | None:
        return self.page.query(list_content, self.kind(), self.day())

    def draft_pdf(self, language: str) -> bytes | None:
        from desktop.documents.public_lists import render_published_list

        data = self._content()
        return None if data is None else render_published_list(data, language)

    def export_draft(self) -> Path | None:
        from desktop.documents.public_lists import render_list_workbook

        data = self._content()
        if data is None:
            return None
        path = save_bytes(self.page, self.dialogs, render_list_workbook(data, current_language()),
                          self.tr("Export the list as of {day}").format(day=official_date(data.on)),
                          f"{self._file_name()}-{data.on.isoformat()}.xlsx", self.tr("Excel workbooks (*.xlsx)"),
                          suffix=".xlsx")
        if path is not None:
            self.page.statusMessage.emit(self.tr("%n row(s) as of {day} exported to {path} (a draft, not "
                                                 "published).", "", data.rows)
                                         .format(day=official_date(data.on), path=path))
        return path

    def publish(self) -> int | None:
        """Ask, then publish the chosen list as of the chosen day; the new publication is selected."""
        from desktop.issuing.publication_kinds import publish

        kind, day = self.kind(), self.day()
        if not self.dialogs.confirm(self.page, self.tr(
                "Publish the list of {list} as of {day}? It takes the next publication number; its content is "
                "frozen, its PDF is signed when printed and its workbooks for the website are kept with it. A "
                "published list never changes: publish another for another day.").format(
                list=list_label(kind).lower() if current_language() == "en" else list_label(kind),
                day=official_date(day)), self.tr("Publish a list")):
            return None
        publication_id = self.page.change(publish, kind, day)
        if publication_id is None:
            return None
        self.refresh()
        self.table.select_id(publication_id)
        published = self.table.current_record()
        self.page.tabs.setCurrentWidget(self.tab)
        if published is not None:
            self.page.statusMessage.emit(self.tr("{number} published: {list} as of {day}, %n row(s).", "",
                                                 published.rows).format(
                number=published.number, list=list_label(kind), day=official_date(day)))
        return publication_id

    # -- published lists ---------------------------------------------------------------------------------------
    def _issued_file_name(self, language: str) -> str:
        row = self.table.current_record()
        return f"{FILE_NAMES[DocumentKind(row.kind)]}-{row.as_of}-{row.number}-{language}.pdf" if row else ".pdf"

    def issued_pdf(self, language: str) -> bytes | None:
        row: PublicationRow | None = self.table.current_record()
        if row is None:
            return None
        return official_pdf(self.page, self.context, self.dialogs, row.kind, row.id, language, row.number)

    def export_published(self) -> Path | None:
        row: PublicationRow | None = self.table.current_record()
        if row is None:
            return None
        found = self.page.query(publication_workbook, row.id, current_language())
        if found is None:
            return None
        name, data = found
        return save_bytes(self.page, self.dialogs, data, self.tr("Export the workbook of {number}")
                          .format(number=row.number), name, self.tr("Excel workbooks (*.xlsx)"), suffix=".xlsx")
