"""The attachments tab: stored files plus files added (button or drag-and-drop) that are saved with the form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.domain.applications.attachments import (
    ALLOWED_SUFFIXES,
    MAX_ATTACHMENT_BYTES,
    attachment_status_label,
    check_file,
    kind_label,
)
from desktop.domain.applications.models import AttachmentKind, AttachmentStatus
from desktop.domain.applications.service import AttachmentRow
from desktop.ui import theme
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.applications.controller import PendingAttachment
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner

_Index = QModelIndex | QPersistentModelIndex
KIND, FILE, NOTE, SIZE, STATE = range(5)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB" if size else "0 KB"


@dataclass(frozen=True)
class AttachmentEntry:
    stored: AttachmentRow | None = None
    pending: PendingAttachment | None = None

    @property
    def kind(self) -> AttachmentKind:
        return self.stored.kind if self.stored else self.pending.kind  # type: ignore[union-attr]

    @property
    def filename(self) -> str:
        return self.stored.filename if self.stored else self.pending.filename  # type: ignore[union-attr]

    @property
    def size(self) -> int:
        return self.stored.size if self.stored else len(self.pending.data)  # type: ignore[union-attr]

    @property
    def note(self) -> str:
        return self.stored.note if self.stored else self.pending.note  # type: ignore[union-attr]

    @property
    def status(self) -> AttachmentStatus:
        return AttachmentStatus(self.stored.status) if self.stored else AttachmentStatus.RECEIVED

    @property
    def is_pdf(self) -> bool:
        return self.filename.lower().endswith(".pdf")


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AttachmentEntry] = []
        self.removed_ids: list[int] = []

    def set_stored(self, rows: tuple[AttachmentRow, ...]) -> None:
        self.beginResetModel()
        self._entries = [AttachmentEntry(stored=r) for r in rows]
        self.removed_ids = []
        self.endResetModel()

    def add_pending(self, pending: PendingAttachment) -> None:
        self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries))
        self._entries.append(AttachmentEntry(pending=pending))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self._entries.pop(row)
        self.endRemoveRows()
        if entry.stored is not None:
            self.removed_ids.append(entry.stored.id)

    def entries(self) -> list[AttachmentEntry]:
        return list(self._entries)

    def pending(self) -> tuple[PendingAttachment, ...]:
        return tuple(e.pending for e in self._entries if e.pending is not None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Kind"), self.tr("File"), self.tr("What it proves"), self.tr("Size"),
                    self.tr("State")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == KIND:
                return kind_label(entry.kind)
            if column == FILE:
                return entry.filename
            if column == NOTE:
                return entry.note
            if column == SIZE:
                return size_text(entry.size)
            if column == STATE:
                return self._state(entry)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATE \
                and entry.status == AttachmentStatus.REJECTED:
            from PySide6.QtGui import QBrush

            return QBrush(theme.tone_colour(theme.Tone.BAD))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _state(self, entry: AttachmentEntry) -> str:
        if entry.stored is None:
            return self.tr("New: saved with the application")
        text = attachment_status_label(entry.status)
        if entry.status == AttachmentStatus.REJECTED and entry.stored.rejection_reason:
            return self.tr("{state}: {reason}").format(state=text, reason=entry.stored.rejection_reason)
        return text


class AttachmentsPanel(QWidget):
    """List, add (file dialog or drop), remove; refused files are explained in a banner."""

    changed = Signal()

    def __init__(self, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.read_only = False
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(self)
        self.view = QTableView()
        self.view.setObjectName("attachments")
        self.view.setAccessibleName(self.tr("Attached files"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.kind = QComboBox()
        self.kind.setObjectName("attachmentKind")
        for kind in AttachmentKind:
            self.kind.addItem(kind_label(kind), kind)
        self.note = QLineEdit()
        self.note.setObjectName("attachmentNote")
        self.note.setPlaceholderText(self.tr("What it proves (optional), e.g. 김변리: employment insurance record"))
        self.note.setAccessibleName(self.tr("What the files prove (optional)"))  # the placeholder goes once typed in
        self.add_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.preview_button.clicked.connect(self.preview_selected)
        self.view.doubleClicked.connect(lambda _: self.preview_selected())
        self.load_content: Callable[[int], tuple[str, bytes]] | None = None  # set by the editor
        self.preview_dialog = None
        self.banner = MessageBanner()
        self.hint = QLabel(self.tr("Drop files here or use Add files. Up to {limit} MB each; types: {types}.").format(
            limit=MAX_ATTACHMENT_BYTES // 1024 // 1024, types=" ".join(sorted(ALLOWED_SUFFIXES))))
        self.hint.setWordWrap(True)
        theme.set_tone(self.hint, theme.Tone.MUTED)
        controls = QHBoxLayout()
        controls.addWidget(label_for(self.tr("Kind of document"), self.kind))
        controls.addWidget(self.kind, 1)
        controls.addWidget(self.note, 2)
        controls.addWidget(self.add_button)
        controls.addWidget(self.remove_button)
        controls.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.setAcceptDrops(not read_only)
        for widget in (self.kind, self.note, self.add_button, self.remove_button, self.hint):
            widget.setVisible(not read_only)

    def choose_files(self) -> None:
        file_filter = self.tr("Documents ({patterns})").format(
            patterns=" ".join(f"*{s}" for s in sorted(ALLOWED_SUFFIXES)))
        self.add_files(self.dialogs.open_files(self, self.tr("Attach files"), file_filter))

    def add_files(self, paths: list[Path]) -> int:
        """Check and queue files; returns how many were accepted, explains the others."""
        problems: list[str] = []
        accepted = 0
        kind = AttachmentKind(self.kind.currentData())
        for path in paths:
            try:
                size = path.stat().st_size
                if size > MAX_ATTACHMENT_BYTES:  # refuse before reading it into memory
                    raise ValidationError(self.tr("{name} is {size} MB; the limit is {limit} MB.").format(
                        name=path.name, size=round(size / 1024 / 1024, 1),
                        limit=MAX_ATTACHMENT_BYTES // 1024 // 1024))
                data = path.read_bytes()
                check_file(path.name, data)
            except ValidationError as error:
                problems.append(error.message)
                continue
            except OSError as error:
                problems.append(self.tr("{name} cannot be read: {reason}").format(
                    name=path.name, reason=error.strerror or error))
                continue
            self.model.add_pending(PendingAttachment(kind, path.name, data, self.note.text().strip()))
            accepted += 1
        if problems:
            self.banner.show_message("\n".join(problems), "error")
        else:
            self.banner.clear_message()
        if accepted:
            self.changed.emit()
        return accepted

    def preview_selected(self):  # type: ignore[no-untyped-def]
        """Show the selected PDF inside the application (QtPdf); other types are named, not shown."""
        from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        row = self.view.currentIndex().row()
        if row < 0:
            return None
        entry = self.model.entries()[row]
        if not entry.is_pdf:
            self.banner.show_message(self.tr("Only PDF files can be previewed here; {name} is not a PDF.")
                                     .format(name=entry.filename), "info")
            return None
        if entry.pending is not None:
            data = entry.pending.data
        elif self.load_content is not None and entry.stored is not None:
            try:
                data = self.load_content(entry.stored.id)[1]
            except Exception as error:
                self.dialogs.show_error(self, error)
                return None
        else:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PdfPreviewDialog(data, entry.filename, self)
        self.preview_dialog.show()
        return self.preview_dialog

    def remove_selected(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
            self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.read_only or not paths:
            event.ignore()
            return
        self.add_files(paths)
        event.acceptProposedAction()
