"""What a person reads on a widget tree, and whether it reads: each text's colour against what is behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.pages.registry_of_pages import PAGES

ROWS_READ = 60  # rows of each table whose colours are read


def set_scheme(app: QApplication, scheme: str) -> None:
    """The system's palette as a light or a dark desktop gives it (Fusion, as offscreen and on Linux)."""
    app.setPalette(theme.dark_palette() if scheme == "dark" else theme.light_palette())


def behind(widget: QWidget) -> QColor:
    """The colour a widget's text is drawn on: its own or the nearest ancestor's filled background."""
    w: QWidget | None = widget
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return w.palette().color(w.backgroundRole())
        if w.isWindow() or w.autoFillBackground() or "background" in w.styleSheet():
            return w.palette().color(w.backgroundRole())
        w = parent
    return widget.palette().color(QPalette.ColorRole.Window)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.width() > 0


def _texts(widget: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(text, colour, background) of what ``widget`` itself draws as text."""
    palette = widget.palette()
    role = QPalette.ColorRole
    if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
        return [(widget.text(), palette.color(widget.foregroundRole()), behind(widget))]
    if isinstance(widget, QLineEdit) and widget.text():
        return [(widget.text(), palette.color(role.Text), palette.color(role.Base))]
    if isinstance(widget, QComboBox) and widget.currentText():
        return [(widget.currentText(), palette.color(role.ButtonText), palette.color(role.Button))]
    if isinstance(widget, QAbstractButton) and widget.text():
        return [(widget.text(), palette.color(role.ButtonText), palette.color(role.Button))]
    if isinstance(widget, QGroupBox) and widget.title():
        return [(widget.title(), palette.color(role.WindowText), behind(widget))]
    if isinstance(widget, QTabBar):
        return [(widget.tabText(n), palette.color(role.WindowText), behind(widget)) for n in range(widget.count())]
    if isinstance(widget, QPlainTextEdit) and widget.toPlainText():
        return [(widget.toPlainText()[:40], palette.color(role.Text), palette.color(role.Base))]
    if isinstance(widget, QTextEdit):
        return _rich_texts(widget)
    return []


def _rich_texts(edit: QTextEdit) -> list[tuple[str, QColor, QColor]]:
    """Every fragment of a rich text with its own colour (the rest is drawn in the palette's text colour)."""
    found = []
    base = edit.palette().color(QPalette.ColorRole.Base)
    block = edit.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            brush = fragment.charFormat().foreground()
            colour = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else edit.palette().color(
                QPalette.ColorRole.Text)
            found.append((fragment.text()[:40], colour, base))
            it += 1
        block = block.next()
    return found


def _cells(view: QAbstractItemView) -> list[tuple[str, QColor, QColor]]:
    """The coloured cells of a table: each against the base and the alternate base (alternating rows)."""
    model, palette = view.model(), view.palette()
    found = []
    for row in range(min(ROWS_READ, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            if brush is None:
                continue
            colour = brush.color() if hasattr(brush, "color") else QColor(brush)
            for ground in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
                found.append((str(index.data()), colour, palette.color(ground)))
    return found


def unreadable(root: QWidget, minimum: float = theme.TEXT_CONTRAST) -> list[str]:
    """Every shown text under ``root`` (and in its tables) below ``minimum`` contrast, as "text: ratio" lines."""
    problems, read = [], 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        items = _cells(widget) if isinstance(widget, QAbstractItemView) and widget.model() else _texts(widget)
        for text, colour, ground in items:
            read += 1
            ratio = theme.contrast(colour, ground)
            if ratio < minimum:
                problems.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:50]!r}: {colour.name()} on "
                                f"{ground.name()} = {ratio:.2f}")
    assert read > 0, "nothing read: the tree shows no text"
    return problems


def page_entries():
    return list(PAGES)
