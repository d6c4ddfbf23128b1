"""Creating or editing a round: code, title, notice, period, deadline and the settings frozen when it opens."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import KST, today
from desktop.core.errors import DomainError
from desktop.domain.applications.models import RoundStatus
from desktop.domain.applications.rounds import MAX_SUPPLEMENT_DAYS, RoundRow
from desktop.domain.settings.catalogue import COUNT_BOTH_GROUPS, SUPPLEMENT_DAYS
from desktop.ui.widgets.feedback import MessageBanner, mark_field


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RoundDialog(QDialog):
    """``save(values)`` is the page's callback that calls the service; a refusal stays here, at its field."""

    def __init__(self, save, existing: RoundRow | None = None, defaults: dict | None = None,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.existing = existing
        self.saved_id: int | None = None
        frozen = existing is not None and existing.status != RoundStatus.PLANNED
        self.setObjectName("roundDialog")
        self.setWindowTitle(self.tr("Round {code}").format(code=existing.code) if existing else self.tr("New round"))
        self.setMinimumWidth(560)
        self.code = QLineEdit(existing.code if existing else "")
        self.code.setPlaceholderText(self.tr("e.g. {year}-2").format(year=today().year))
        self.code.setReadOnly(existing is not None)
        self.title_edit = QLineEdit(existing.title if existing else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. {year} call for the designation of evaluation institutes")
                                           .format(year=today().year))
        self.notice_number = QLineEdit(existing.notice_number if existing else "")
        self.notice_number.setPlaceholderText("공고 제2026-000호")
        start = existing.period_start if existing else today()
        end = existing.period_end if existing else today() + timedelta(days=30)
        deadline = existing.deadline.astimezone(KST) if existing else datetime.combine(end, time(18), KST)
        self.period_start = self._date_edit(start)
        self.period_end = self._date_edit(end)
        self.deadline_date = self._date_edit(deadline.date())
        self.deadline_time = QTimeEdit(QTime(deadline.hour, deadline.minute))
        self.deadline_time.setDisplayFormat("HH:mm")
        self.deadline_date.setAccessibleName(self.tr("Deadline: day"))
        self.deadline_time.setAccessibleName(self.tr("Deadline: time (Korean time)"))
        settings = dict(defaults or {}, **(existing.settings if existing else {}))
        self.count_both_groups = QCheckBox(self.tr("One person may count in both staff groups (qualified and "
                                                   "experienced)"))
        self.count_both_groups.setChecked(COUNT_BOTH_GROUPS.of(settings))
        self.supplement_days = QSpinBox()
        self.supplement_days.setRange(1, MAX_SUPPLEMENT_DAYS)
        self.supplement_days.setSuffix(self.tr(" days"))
        self.supplement_days.setValue(SUPPLEMENT_DAYS.of(settings))
        self.fields: dict[str, QWidget] = {
            "code": self.code, "title": self.title_edit, "notice_number": self.notice_number,
            "period_start": self.period_start, "period_end": self.period_end, "deadline": self.deadline_date,
            COUNT_BOTH_GROUPS.key: self.count_both_groups, SUPPLEMENT_DAYS.key: self.supplement_days,
        }
        for name, widget in self.fields.items():
            widget.setObjectName(name)
        for widget in (self.period_start, self.period_end, self.deadline_date, self.deadline_time,
                       self.count_both_groups, self.supplement_days):
            widget.setEnabled(not frozen)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_date)
        deadline_row.addWidget(self.deadline_time)
        deadline_row.addWidget(QLabel(self.tr("(Korean time)")))
        deadline_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Notice number"), self.notice_number)
        form.addRow(self.tr("Period from"), self.period_start)
        form.addRow(self.tr("Period to"), self.period_end)
        form.addRow(self.tr("Deadline"), deadline_row)
        settings_box = QGroupBox(self.tr("Settings of this round (frozen when it opens)"))
        settings_form = QFormLayout(settings_box)
        settings_form.addRow(self.count_both_groups)
        settings_form.addRow(self.tr("Supplement deadline"), self.supplement_days)
        self.banner = MessageBanner()
        if frozen:
            self.banner.show_message(self.tr("This round is open: its period, deadline and settings are frozen."),
                                     "info")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(settings_box)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy. M. d.")
        return edit

    def values(self) -> dict:
        deadline_day: date = self.deadline_date.date().toPython()  # type: ignore[assignment]
        deadline_time: time = self.deadline_time.time().toPython()  # type: ignore[assignment]
        return {
            "code": self.code.text(), "title": self.title_edit.text(), "notice_number": self.notice_number.text(),
            "period_start": self.period_start.date().toPython(), "period_end": self.period_end.date().toPython(),
            "deadline": datetime.combine(deadline_day, deadline_time, KST),
            "settings": {COUNT_BOTH_GROUPS.key: self.count_both_groups.isChecked(),
                         SUPPLEMENT_DAYS.key: self.supplement_days.value()},
        }

    def try_accept(self) -> bool:
        for widget in self.fields.values():
            mark_field(widget, None)
        try:
            self.saved_id = self._save(self.values())
        except DomainError as error:
            self.banner.show_message(error.message, "error")
            widget = self.fields.get(error.field or "")
            if widget is not None:
                mark_field(widget, "error")
                widget.setFocus()
            return False
        self.accept()
        return True
