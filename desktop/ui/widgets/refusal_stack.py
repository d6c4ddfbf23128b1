"""A page's content, or in its place the service's plain refusal (for roles that may not see the data)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.widgets.feedback import MessageBanner


class RefusalStack(QStackedWidget):
    DATA, REFUSED = range(2)

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused = MessageBanner(self)
        self.refused.setObjectName("permissionMessage")
        refused_page = QWidget(self)
        layout = QVBoxLayout(refused_page)
        layout.addWidget(self.refused)
        layout.addStretch(1)
        self.addWidget(content)
        self.addWidget(refused_page)

    def show_refusal(self, message: str) -> None:
        self.refused.show_message(message, "info")
        self.setCurrentIndex(self.REFUSED)

    def show_data(self) -> None:
        self.setCurrentIndex(self.DATA)
