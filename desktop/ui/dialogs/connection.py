"""File → Database connection…: this computer's own database file, or a server (host, port, database, TLS with the
CA file), remembered on this computer. No user name or password is kept: each person logs in as their own role."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner, mark_field

CONNECTION_KEY = "connection/url"  # QSettings: the server this computer connects to ("" or absent: its own file)


def remembered_connection(settings: QSettings) -> str | None:
    """The server address this computer was told to use, or None for its own database file."""
    value = str(settings.value(CONNECTION_KEY, "") or "")
    return value or None


class ConnectionDialog(QDialog):
    """Where this desktop's data lives; ``url`` is the chosen address once accepted (None: the computer's own)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.url: str | None = None
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Database connection"))
        self.local = QRadioButton(self.tr("This computer's own database file (one desktop)"), self)
        self.server = QRadioButton(self.tr("A server shared by several desktops (PostgreSQL)"), self)
        self.host, self.database, self.ca_file = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.host.setObjectName("host")
        self.database.setObjectName("database")
        self.ca_file.setObjectName("caFile")
        self.host.setPlaceholderText(self.tr("e.g. dbhost.ministry.go.kr"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("sslmode")
        for mode, label in (("verify-full", self.tr("Encrypted, the server's certificate checked (verify-full)")),
                            ("require", self.tr("Encrypted, certificate not checked (require)")),
                            ("disable", self.tr("Not encrypted (a server on this computer only)"))):
            self.sslmode.addItem(label, mode)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("Security:"), self.sslmode)
        form.addRow(label_for(self.tr("CA file:"), self.ca_file), ca_row)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.local, self.server, self.form, self.banner, buttons):
            layout.addWidget(widget)
        self.local.toggled.connect(lambda local: self.form.setEnabled(not local))
        self._show(remembered_connection(settings))

    def _show(self, url: str | None) -> None:
        if url is None:
            self.local.setChecked(True)
            self.form.setEnabled(False)
            return
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        self.server.setChecked(True)
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or 5432)
        self.database.setText(parsed.database or "")
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(str(parsed.query.get("sslmode", "verify-full")))))
        self.ca_file.setText(str(parsed.query.get("sslrootcert", "")))

    def choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The CA file that signed the server's certificate"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def try_accept(self) -> bool:
        """Check and remember the choice (nothing is remembered when it is refused)."""
        from desktop.db.server.setup import server_url

        fields = {"host": self.host, "port": self.port, "database": self.database, "sslmode": self.sslmode,
                  "ca_file": self.ca_file}
        for widget in fields.values():
            mark_field(widget, None)
        if self.local.isChecked():
            self.url = None
            self.settings.remove(CONNECTION_KEY)
            self.accept()
            return True
        try:
            url = server_url(self.host.text(), self.port.value(), self.database.text(), ca_file=self.ca_file.text(),
                             sslmode=str(self.sslmode.currentData()))
        except ValidationError as error:
            self.banner.show_message(error.message, "error")
            widget = fields.get(error.field or "")
            if widget is not None:
                mark_field(widget, "error")
                widget.setFocus()
            return False
        self.url = url
        self.settings.setValue(CONNECTION_KEY, url)
        self.accept()
        return True
