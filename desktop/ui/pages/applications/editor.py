"""The application editor: institution, application, staff roster and attachments, saved in one transaction."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ConflictError, DomainError, StaleEdit
from desktop.core.formatting import official_datetime
from desktop.core.snapshots import SnapshotError, from_plain, to_plain
from desktop.domain.applications.service import ApplicationData, ApplicationDetail
from desktop.domain.applications.workflow import status_label
from desktop.domain.institutions.models import InstitutionKind, Sector
from desktop.domain.institutions.service import InstitutionData
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.edit_conflict import APPLY_MINE, RELOAD
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.application_form import ApplicationForm
from desktop.ui.pages.applications.attachments_panel import AttachmentsPanel
from desktop.ui.pages.applications.checklist_panel import ChecklistPanel
from desktop.ui.pages.applications.institution_form import InstitutionForm
from desktop.ui.pages.applications.staff_table import StaffPanel
from desktop.ui.pages.applications.stale_values import application_differences
from desktop.ui.widgets.draft_keeper import DraftKeeper, Snapshot
from desktop.ui.widgets.feedback import MessageBanner, mark_field

INSTITUTION_TAB, APPLICATION_TAB, STAFF_TAB, ATTACHMENTS_TAB, CHECKLIST_TAB = range(5)
APPLICATION_DRAFT = "application"  # drafts (desktop.core.drafts) of the editor, one per application (or new one)


class ApplicationEditor(QDialog):
    """Edit (or view, when not editable) one application; a new one needs a round and maybe an institution."""

    saved = Signal(int)  # application id

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, *,
                 detail: ApplicationDetail | None = None, institution: InstitutionData | None = None,
                 institution_id: int | None = None, round_id: int | None = None, round_code: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs or DialogService()
        self.detail = detail
        self.institution_id = detail.row.institution_id if detail else institution_id
        self.round_id = detail.row.round_id if detail else round_id
        self.round_code = detail.row.round_code if detail else round_code
        self.read_only = detail is not None and not detail.editable
        self.institution_version = detail.institution_version if detail else (
            controller.institution_version(context, institution_id) if institution_id is not None else None)
        self.dirty = False
        self.saved_id: int | None = None
        self.setObjectName("applicationEditor")
        self.resize(960, 680)

        self.heading = QLabel()
        theme.make_title(self.heading)
        self.subheading = QLabel()
        theme.set_tone(self.subheading, theme.Tone.MUTED)
        self.banner = MessageBanner()
        self.institution_form = InstitutionForm()
        self.application_form = ApplicationForm()
        self.staff_panel = StaffPanel(self.dialogs, context.language)
        self.attachments_panel = AttachmentsPanel(self.dialogs)
        self.attachments_panel.load_content = lambda attachment_id: controller.attachment_content(context,
                                                                                                  attachment_id)
        self.checklist_panel = ChecklistPanel()
        self.shared_note = QLabel()
        self.shared_note.setObjectName("sharedNote")
        self.shared_note.setWordWrap(True)
        theme.set_tone(self.shared_note, theme.Tone.INFO)
        self.shared_note.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.institution_form, self.tr("Institution"))
        self.tabs.addTab(self.application_form, self.tr("Application"))
        self.tabs.addTab(self.staff_panel, self.tr("Staff roster"))
        self.tabs.addTab(self.attachments_panel, self.tr("Attachments"))
        self.tabs.addTab(self.checklist_panel, self.tr("Checklist"))
        self.buttons = QDialogButtonBox()
        if self.read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.save_button = None
        else:
            self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            self.save_button.setText(self.tr("Save"))
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.shared_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._load(institution)
        self.drafts = DraftKeeper(context.drafts, APPLICATION_DRAFT, self._unsaved_input, self,
                                  current=self.draft_record)
        form = self.application_form
        for signal in (self.institution_form.edited, self.staff_panel.model.edited, self.attachments_panel.changed,
                       form.business_plan.textChanged, form.dedicated_unit.textChanged, form.facilities.textChanged,
                       *(box.toggled for box in (form.consent_admin_check, form.scope_inventions,
                                                 form.scope_trademarks, form.scope_trade_secrets,
                                                 form.scope_layouts))):
            signal.connect(self._mark_dirty)
        if not self.read_only:
            self._restore_draft()
        for signal in (self.attachments_panel.changed, self.application_form.business_plan.textChanged,
                       self.application_form.consent_admin_check.toggled):
            signal.connect(self.update_checklist)
        self.update_checklist()

    # -- loading ------------------------------------------------------------------------------------------
    def _load(self, institution: InstitutionData | None) -> None:
        detail = self.detail
        if institution is None:
            institution = InstitutionData(name="", sector=Sector.PRIVATE, kind=InstitutionKind.EVALUATION_COMPANY,
                                          representative="", address="")
        self.institution_form.set_data(institution)
        if detail is not None:
            self.application_form.set_data(detail.data)
            self.staff_panel.model.set_staff(detail.data.staff)
            self.attachments_panel.model.set_stored(detail.attachments)
            self.setWindowTitle(self.tr("Application {number}").format(number=detail.row.number))
            self.heading.setText(f"{detail.row.number} · {detail.row.institution_name}")
            received = official_datetime(detail.row.received_at) if detail.row.received_at else self.tr("not yet")
            self.subheading.setText(self.tr("{round} · status: {status} · received: {received}").format(
                round=detail.round_title, status=status_label(detail.row.status), received=received))
        else:
            self.application_form.set_data(ApplicationData())
            self.setWindowTitle(self.tr("New application"))
            self.heading.setText(self.tr("New application in round {code}").format(code=self.round_code))
            self.subheading.setText(self.tr("The application is saved as a draft; submit it from the list."))
        if self.read_only:
            for part in (self.institution_form, self.application_form, self.staff_panel, self.attachments_panel):
                part.set_read_only(True)
            self.banner.show_message(self.tr(
                "Read only: your role may not edit applications, or this application is past the stage where "
                "it can be changed."), "info")
        self._show_shared_note()
        self.dirty = False

    def _show_shared_note(self) -> None:
        """An institution's data is shared by its applications across rounds: say which, so edits are deliberate."""
        if self.institution_id is None:
            self.shared_note.hide()
            return
        try:
            applications = controller.institution_applications(self.context, self.institution_id)
        except DomainError:
            applications = []
        own = self.detail.row.number if self.detail else None
        others = [f"{number} ({code})" for number, code in applications if number != own]
        self.shared_note.setText(self.tr("This institution's data is shared with its other applications: {list}. "
                                         "Changes on the Institution tab apply to them too.")
                                 .format(list=", ".join(others)))
        self.shared_note.setVisible(bool(others))

    def update_checklist(self) -> None:
        self.checklist_panel.update_from(self.application_form.consent_admin_check.isChecked(),
                                         self.application_form.business_plan.toPlainText(),
                                         self.attachments_panel.model.entries())

    def _mark_dirty(self) -> None:
        self.dirty = True
        if not self.read_only and hasattr(self, "drafts"):
            self.drafts.edited()

    # -- the draft kept on this computer until saved ----------------------------------------------------------
    def draft_record(self) -> str:
        """Which draft this editor keeps: its application, or a new one in its round (for its institution)."""
        if self.detail is not None:
            return str(self.detail.row.id)
        return f"new-{self.round_id}-{self.institution_id or 'new'}"

    def _unsaved_input(self) -> Snapshot:
        """The typed institution, application and roster (files chosen to attach are not kept: they are on disk)."""
        if self.read_only or not self.dirty:
            return None
        content = {"institution": to_plain(self.institution_form.data()),
                   "application": to_plain(self.application_form.data(self.staff_panel.model.staff())),
                   "institution_version": self.institution_version}
        return self.draft_record(), content, self.detail.version if self.detail else None

    def _restore_draft(self) -> None:
        draft = self.drafts.find(self.draft_record())
        if draft is None:
            return
        try:
            institution = from_plain(InstitutionData, draft.content["institution"])
            application = from_plain(ApplicationData, draft.content["application"])
        except (SnapshotError, KeyError, TypeError, ValueError):
            return
        self.institution_form.set_data(institution)
        self.application_form.set_data(application)
        self.staff_panel.model.set_staff(application.staff)
        if self.detail is not None and draft.base_version is not None:
            self.detail = dataclasses.replace(self.detail, version=draft.base_version)  # a save checks that one
        if draft.content.get("institution_version") is not None:
            self.institution_version = draft.content["institution_version"]
        self.update_checklist()
        self.dirty = True
        self.banner.show_message(self.tr(
            "Restored what you typed on this computer at {time} and had not saved yet: Save keeps it, Cancel "
            "discards it.").format(time=official_datetime(draft.kept_at)), "info")

    # -- saving -------------------------------------------------------------------------------------------
    def request(self) -> controller.SaveRequest:
        return controller.SaveRequest(
            institution=self.institution_form.data(),
            application=self.application_form.data(self.staff_panel.model.staff()),
            institution_id=self.institution_id,
            application_id=self.detail.row.id if self.detail else None,
            round_id=self.round_id,
            expected_version=self.detail.version if self.detail else None,
            institution_version=self.institution_version,
            new_attachments=self.attachments_panel.model.pending(),
            removed_attachment_ids=tuple(self.attachments_panel.model.removed_ids),
        )

    def save(self) -> bool:
        """Save everything in one transaction; on a refusal keep the form and point at the field."""
        if self.read_only:
            return False
        self._clear_marks()
        self.drafts.keep_now()  # on this computer first: a lost server or a crash during the save loses nothing
        record = self.draft_record()
        try:
            self.saved_id = controller.save(self.context, self.request())
        except StaleEdit as error:
            return self._resolve_stale(error)
        except ConflictError as error:
            if self._use_registered_institution(error):
                return self.save()
            self.show_error(error)
            return False
        except DomainError as error:
            self.show_error(error)
            return False
        except Exception as error:  # unexpected: say so plainly, keep the form
            self.dialogs.show_error(self, error)
            return False
        self.dirty = False
        self.drafts.discard(record)
        self.saved.emit(self.saved_id)
        self.accept()
        return True

    def _resolve_stale(self, error: StaleEdit) -> bool:
        """Someone saved meanwhile: show theirs beside the input; reload theirs, or apply the input over them."""
        request = self.request()
        try:
            if self.detail is not None:
                stored, stored_institution = controller.load_detail(self.context, self.detail.row.id)
            else:
                stored, stored_institution = None, controller.load_institution(self.context, self.institution_id or 0)
            stored_version = controller.institution_version(self.context, self.institution_id or 0)
        except DomainError as problem:
            self.show_error(problem)
            return False
        values = application_differences(request.institution, request.application, stored_institution,
                                         stored.data if stored else request.application)
        choice = self.dialogs.resolve_edit_conflict(self, error, values)
        if choice == RELOAD:
            self.drafts.discard(self.draft_record())
            self.detail, self.institution_version = stored, stored_version
            self._load(stored_institution)
            self.update_checklist()
            self.banner.show_message(self.tr("Reloaded: the form shows what is stored now."), "info")
            return False
        if choice == APPLY_MINE:
            if stored is not None:
                self.detail = stored
            self.institution_version = stored_version
            return self.save()
        self.show_error(error)
        return False

    def _use_registered_institution(self, error: ConflictError) -> bool:
        """A new institution whose BRN/CRN is registered already: offer to apply with the registered one instead."""
        if self.institution_id is not None or error.field not in ("brn", "crn"):
            return False
        typed = self.institution_form.data()
        try:
            found = controller.find_registered(self.context, typed.brn, typed.crn)
        except DomainError:
            return False
        if found is None or not self.dialogs.confirm(self, self.tr(
                "{name} is already registered with this registration number. Apply with the registered institution "
                "(its data is shared by all its applications)?").format(name=found.name),
                self.tr("Institution already registered")):
            return False
        self.institution_id = found.id
        self.institution_form.set_data(controller.load_institution(self.context, found.id))
        self.institution_version = controller.institution_version(self.context, found.id)
        self._show_shared_note()
        return True

    def _clear_marks(self) -> None:
        self.banner.clear_message()
        for form in (self.institution_form, self.application_form):
            for widget in form.fields.values():
                if widget not in (self.institution_form.brn, self.institution_form.crn):
                    mark_field(widget, None)

    def show_error(self, error: DomainError) -> None:
        self.banner.show_message(error.message, "error")
        field = error.field or ""
        if field.startswith("staff:"):
            _, row, name = ([*field.split(":"), "", ""])[:3]
            self.tabs.setCurrentIndex(STAFF_TAB)
            self.staff_panel.focus_cell(int(row) if row.isdigit() else 1, name)
            return
        if field == "attachment":
            self.tabs.setCurrentIndex(ATTACHMENTS_TAB)
            return
        if field == "institution":
            field = "name"
        for tab, form in ((INSTITUTION_TAB, self.institution_form), (APPLICATION_TAB, self.application_form)):
            widget = form.fields.get(field)
            if widget is not None:
                self.tabs.setCurrentIndex(tab)
                mark_field(widget, "error")
                widget.setFocus()
                return

    def field_widget(self, field: str) -> QWidget | None:
        return self.institution_form.fields.get(field) or self.application_form.fields.get(field)

    def reject(self) -> None:
        if self.dirty and not self.read_only and not self.dialogs.confirm(
                self, self.tr("Close without saving? Your changes will be lost."), self.tr("Unsaved changes")):
            return
        if not self.read_only:
            self.drafts.discard(self.draft_record())  # given up on purpose
        super().reject()


def open_existing(context: AppContext, dialogs: DialogService, application_id: int,
                  parent: QWidget | None = None) -> ApplicationEditor:
    detail, institution = controller.load_detail(context, application_id)
    return ApplicationEditor(context, dialogs, detail=detail, institution=institution, parent=parent)
