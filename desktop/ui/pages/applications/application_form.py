"""The Application tab of the editor: business plan, dedicated unit, facilities, consent and the scope."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.applications.service import ApplicationData


class ApplicationForm(QWidget):
    """Business plan, dedicated unit, facilities, consent and the scope of evaluation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.business_plan = QPlainTextEdit()
        self.dedicated_unit = QPlainTextEdit()
        self.facilities = QPlainTextEdit()
        self.consent_admin_check = QCheckBox(self.tr(
            "The applicant consents to the administrative check of its registry extract / registration certificate"))
        self.scope_inventions = QCheckBox(self.tr("Inventions"))
        self.scope_trademarks = QCheckBox(self.tr("Trademarks"))
        self.scope_trade_secrets = QCheckBox(self.tr("Trade secrets"))
        self.scope_layouts = QCheckBox(self.tr("Semiconductor layout designs"))
        self.fields: dict[str, QWidget] = {
            "business_plan": self.business_plan, "dedicated_unit": self.dedicated_unit,
            "facilities": self.facilities, "consent_admin_check": self.consent_admin_check,
            "scope_inventions": self.scope_inventions, "scope_trademarks": self.scope_trademarks,
            "scope_trade_secrets": self.scope_trade_secrets, "scope_layouts": self.scope_layouts,
        }
        for name, widget in self.fields.items():
            widget.setObjectName(name)
        for edit in (self.business_plan, self.dedicated_unit, self.facilities):
            edit.setTabChangesFocus(True)
        self.dedicated_unit.setMaximumHeight(90)
        self.facilities.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Business plan"), self.business_plan)
        form.addRow(self.tr("Dedicated evaluation unit"), self.dedicated_unit)
        form.addRow(self.tr("Facilities and equipment"), self.facilities)
        scope = QGroupBox(self.tr("What the institute will evaluate"))
        scope_layout = QHBoxLayout(scope)
        for box in (self.scope_inventions, self.scope_trademarks, self.scope_trade_secrets, self.scope_layouts):
            scope_layout.addWidget(box)
        scope_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.consent_admin_check)
        layout.addWidget(scope)

    def set_data(self, data: ApplicationData) -> None:
        self.business_plan.setPlainText(data.business_plan)
        self.dedicated_unit.setPlainText(data.dedicated_unit)
        self.facilities.setPlainText(data.facilities)
        for name in ("consent_admin_check", "scope_inventions", "scope_trademarks", "scope_trade_secrets",
                     "scope_layouts"):
            box = self.fields[name]
            assert isinstance(box, QCheckBox)
            box.setChecked(bool(getattr(data, name)))

    def data(self, staff: tuple = ()) -> ApplicationData:
        return ApplicationData(
            business_plan=self.business_plan.toPlainText(), dedicated_unit=self.dedicated_unit.toPlainText(),
            facilities=self.facilities.toPlainText(), consent_admin_check=self.consent_admin_check.isChecked(),
            scope_inventions=self.scope_inventions.isChecked(), scope_trademarks=self.scope_trademarks.isChecked(),
            scope_trade_secrets=self.scope_trade_secrets.isChecked(), scope_layouts=self.scope_layouts.isChecked(),
            staff=tuple(staff),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
