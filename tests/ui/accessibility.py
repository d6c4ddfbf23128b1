"""What a screen reader is told about a window: its interactive widgets, the name Qt's accessibility interface
gives each, and the order Tab visits them. Used by the accessibility tests and runnable as a count:

    QT_QPA_PLATFORM=offscreen python -m tests.ui.accessibility   (every page per role and every main dialog)
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QTextEdit,
               QPlainTextEdit, QSlider)
"""The kinds of widget a person operates: buttons, fields, choices, spin and date boxes, tables, lists, trees, tabs."""


def _part_of_another_control(widget: QWidget) -> bool:
    """A widget Qt builds inside a control (a combo's or spin box's line edit, a tab bar's scroll arrows, a table's
    header or corner button) is spoken as part of that control."""
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView) or isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
        return True
    return isinstance(parent, QTableView) and isinstance(widget, QAbstractButton)


def _reachable(widget: QWidget, root: QWidget) -> bool:
    """Not hidden on purpose: every ancestor up to ``root`` is shown, except the other tabs of a tab widget."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        other_tab = isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget)
        if current.isHidden() and not other_tab:
            return False
        current = parent
    return True


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every control of ``root`` a person can reach (all tabs of its tab widgets included), in creation order."""
    return [widget for widget in root.findChildren(QWidget)
            if isinstance(widget, INTERACTIVE) and not _part_of_another_control(widget) and _reachable(widget, root)]


def spoken_name(widget: QWidget) -> str:
    """The name Qt's accessibility interface reports for ``widget``.

    A combo box reports its current choice as its name on Linux (its label comes as a relation), so for a combo box
    this is what Windows reports instead: its accessible name, else its buddy label (the Label relation)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if not isinstance(widget, QComboBox):
        return interface.text(QAccessible.Text.Name).strip()
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    labels = interface.relations(QAccessible.RelationFlag.Label)
    return " ".join(label.text(QAccessible.Text.Name).strip() for label, _relation in labels).strip()


def describe(widget: QWidget) -> str:
    """A widget as a person reading a test failure can find it: class, object name, where it sits."""
    path = []
    current: QWidget | None = widget
    while current is not None:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} {'/'.join(reversed(path))}"


def unnamed_widgets(root: QWidget) -> list[str]:
    """The reachable controls of ``root`` that a screen reader would announce without a name."""
    return [describe(widget) for widget in interactive_widgets(root) if not spoken_name(widget)]


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in order, from its first focusable child (``nextInFocusChain``)."""
    from PySide6.QtCore import Qt

    visited: list[QWidget] = []
    seen: set[QWidget] = set()
    widget = root.nextInFocusChain()
    while widget is not root and widget not in seen:
        seen.add(widget)
        tab_focus = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if tab_focus and widget.isVisibleTo(root) and widget.isEnabled() and widget.focusProxy() is None:
            visited.append(widget)
        widget = widget.nextInFocusChain()
    return visited


def out_of_reading_order(root: QWidget) -> list[str]:
    """The steps of Tab in ``root`` that go back up, or leftwards within a row (reading order: top to bottom, left
    to right; two widgets are on one row when their heights overlap)."""
    from PySide6.QtCore import QPoint, QRect

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())

    chain = focus_chain(root)
    wrong = []
    for before, after in pairwise(chain):
        a, b = place(before), place(after)
        same_row = b.top() < a.bottom() and b.bottom() > a.top()
        if (same_row and b.left() < a.left()) or (not same_row and b.top() < a.top()):
            wrong.append(f"{describe(before)} -> {describe(after)}")
    return wrong


def press_every_button(page: QWidget) -> list[QDialog]:
    """Select the first row of every table, then press every enabled button of ``page`` (not those with a menu)
    once; return the dialogs that opened (run with ``exec`` or shown), each closed at once. The page's dialog
    service must decline every question (a ``RecordingDialogs`` with ``confirm_answer = False``)."""
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    opened: list[QDialog] = []
    original = QDialog.exec
    QDialog.exec = lambda dialog: opened.append(dialog) or 0  # type: ignore[method-assign]
    try:
        for view in (w for w in interactive_widgets(page) if isinstance(w, QAbstractItemView)):
            if view.model() is not None and view.model().rowCount() and view.selectionModel() is not None:
                view.selectionModel().setCurrentIndex(
                    view.model().index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        pressed: set[QWidget] = set()
        tabs = [(tab_widget, n) for tab_widget in page.findChildren(QTabWidget) for n in range(tab_widget.count())]
        for tab_widget, n in [(None, 0), *tabs]:
            if tab_widget is not None:
                tab_widget.setCurrentIndex(n)
            for button in interactive_widgets(page):
                if isinstance(button, (QPushButton, QToolButton)) and button not in pressed and button.isEnabled() \
                        and button.isVisibleTo(page) and button.menu() is None and not button.isCheckable():
                    pressed.add(button)
                    before = set(QApplication.topLevelWidgets())
                    button.click()
                    for shown in set(QApplication.topLevelWidgets()) - before:
                        if isinstance(shown, QDialog) and shown.isVisible():
                            opened.append(shown)
                            shown.hide()
    finally:
        QDialog.exec = original  # type: ignore[method-assign]
    return opened


def _count_pages() -> None:  # pragma: no cover - a command for people, run by hand
    """Print the unnamed controls of every page for every demo role that sees it."""
    import sys
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desktop.core.clock import set_clock
    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from desktop.demo.builder import build_demo
    from desktop.domain.accounts.models import User
    from desktop.domain.users.service import actor_for
    from desktop.ui.context import AppContext
    from desktop.ui.i18n import install_translators
    from desktop.ui.pages.registry_of_pages import page_classes_for
    from tests.conftest import DEMO_DAY, reference_clock
    from tests.ui.conftest import RecordingDialogs

    app = QApplication.instance() or QApplication(sys.argv)
    set_clock(reference_clock())
    folder = Path(tempfile.mkdtemp(prefix="access-count-"))
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}", create=True)
    upgrade(database)
    build_demo(database, DEMO_DAY)
    with database.read() as session:
        actors = [actor_for(user) for user in session.scalars(select(User))]
    total = 0
    dialogs = "--dialogs" in sys.argv
    for language in [a for a in sys.argv[1:] if not a.startswith("--")] or ["en"]:
        install_translators(language)
        for actor in actors:
            for entry in page_classes_for(actor):
                recording = RecordingDialogs()
                recording.confirm_answer = False
                page = entry(AppContext(database, actor, {}, language), recording)
                page.resize(1200, 700)
                page.show()
                page.refresh()
                app.processEvents()
                missing = unnamed_widgets(page)
                for dialog in press_every_button(page) if dialogs else []:
                    print("opened", entry.key, actor.username, type(dialog).__name__, file=sys.stderr)
                    missing += [f"{type(dialog).__name__}: {line}" for line in unnamed_widgets(dialog)]
                total += len(missing)
                for line in missing:
                    print(f"{language} {actor.username:12} {entry.key:12} {line}")
                page.close()
                page.deleteLater()
    print(f"unnamed controls: {total}")


if __name__ == "__main__":
    _count_pages()
