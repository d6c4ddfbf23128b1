"""The seal box of the Settings dialog: the authority's electronic seal image (전자이미지관인), previewed.

The administrator loads the registered seal as a transparent PNG (at most 2 MB); the file is checked at once and a
refused one changes nothing. Without an image a warning says that documents print "직인생략". The value is saved
with the dialog's other settings (the audit log keeps its SHA-256).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import DomainError
from desktop.domain.settings.seal import seal_bytes, seal_text
from desktop.ui import theme
from desktop.ui.widgets.feedback import MessageBanner

PREVIEW_PIXELS = 96
ChooseFile = Callable[[], Path | None]


class SealImageBox(QWidget):
    """Preview, Load… and Remove for the ``seal_image`` setting; ``value()`` is what Save stores."""

    changed = Signal()

    def __init__(self, value: str, choose_file: ChooseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealImageBox")
        self._value = value
        self._choose_file = choose_file
        self.preview = QLabel(self)
        self.preview.setObjectName("sealPreview")
        self.preview.setFixedSize(PREVIEW_PIXELS + 8, PREVIEW_PIXELS + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.styled(self.preview, theme.preview_style)
        self.banner = MessageBanner(self)
        self.banner.setObjectName("sealBanner")
        self.load_button = QPushButton(self.tr("Load seal image…"), self)
        self.load_button.setObjectName("loadSeal")
        self.load_button.clicked.connect(self.load)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeSeal")
        self.remove_button.clicked.connect(self.remove)
        hint = QLabel(self.tr("The registered seal as a PNG with a transparent background, at most 2 MB. It is "
                              "printed with the last character of the sender's title at its centre."), self)
        hint.setWordWrap(True)
        theme.set_tone(hint, theme.Tone.MUTED)
        buttons = QVBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(hint)
        side.addWidget(self.banner)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addLayout(side, 1)
        self._show()

    def value(self) -> str:
        return self._value

    def has_seal(self) -> bool:
        return seal_bytes(self._value) is not None

    def load(self) -> bool:
        """Ask for a file and take it if it is a valid seal image; a refused file leaves everything as it was."""
        path = self._choose_file()
        if path is None:
            return False
        try:
            text = seal_text(Path(path).read_bytes())
        except OSError as error:
            self.banner.show_message(self.tr("The file cannot be read: {error}").format(error=error.strerror),
                                     "error")
            return False
        except DomainError as error:
            self.banner.show_message(error.message, "error")
            return False
        self._value = text
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        self._value = ""
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        data = seal_bytes(self._value)
        self.remove_button.setEnabled(data is not None)
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No seal"))
            self.banner.show_message(self.tr(
                "No seal image is loaded: documents print \"직인생략\" (seal omitted) beside the sender until the "
                "registered seal is loaded."), "warning")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        ratio = self.preview.devicePixelRatioF()  # drawn with the screen's pixels: sharp at 200 %
        side = round(PREVIEW_PIXELS * ratio)
        shown = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        shown.setDevicePixelRatio(ratio)
        self.preview.setPixmap(shown)
        self.banner.show_message(self.tr("The seal image is loaded ({size} KB); documents issued from now on "
                                         "carry it.").format(size=max(1, round(len(data) / 1024))), "info")
