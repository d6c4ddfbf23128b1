"""The strip across the top of the main window while the server cannot be reached: one sentence counting down to
the next try, and "Reconnect now"; hidden again once the server answers."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui import theme
from desktop.ui.connection import ConnectionMonitor


class ConnectionBanner(QFrame):
    """Shows what ``monitor`` says: lost (with the seconds to the next try), trying, and gone once restored."""

    def __init__(self, monitor: ConnectionMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.setObjectName("connectionBanner")
        theme.set_banner(self, theme.Tone.WARNING, "#connectionBanner")
        self.message = QLabel(self)
        self.message.setObjectName("connectionMessage")
        self.message.setWordWrap(True)
        self.reconnect_button = QPushButton(self.tr("Reconnect now"), self)
        self.reconnect_button.setObjectName("reconnectNow")
        self.reconnect_button.clicked.connect(monitor.reconnect_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reconnect_button)
        monitor.lost.connect(self.show)
        monitor.countdown.connect(self.show_countdown)
        monitor.trying.connect(self.show_trying)
        monitor.restored.connect(self.hide)
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self.message.setText(self.tr("Connection to the server lost. Reconnecting in %n s.", "", seconds))
        self.reconnect_button.setEnabled(True)
        self.show()

    def show_trying(self) -> None:
        self.message.setText(self.tr("Connection to the server lost. Reconnecting…"))
        self.reconnect_button.setEnabled(False)
        self.show()
