"""Every visible string in the chosen language: Qt's own dialogs, window titles, counts with their plural forms."""

import ast
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox

from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable

ROOT = Path(__file__).resolve().parents[2]

QT_DIALOG_TEXTS = {
    "ko": {"lookInLabel": "다음에서 찾기(&L):", "fileNameLabel": "파일 이름(&N):", "fileTypeLabel": "파일 형식(&T):"},
    "en": {"lookInLabel": "&Look in:", "fileNameLabel": "File &name:", "fileTypeLabel": "Files of &type:"},
}


def qt_file_dialog(qtbot) -> QFileDialog:
    """Qt's own file dialog, as the application shows it where there is no platform dialog (Linux, offscreen)."""
    dialog = QFileDialog(None, "t", str(ROOT), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("language", ["ko", "en"])
def test_qt_file_dialog_labels_are_in_the_chosen_language(qtbot, interface_language, language):
    interface_language(language)
    dialog = qt_file_dialog(qtbot)
    labels = {name: dialog.findChild(QLabel, name).text() for name in QT_DIALOG_TEXTS[language]}
    assert labels == QT_DIALOG_TEXTS[language]
    buttons = {b.text() for b in dialog.findChild(QDialogButtonBox).buttons()}
    assert buttons == ({"열기(&O)", "취소"} if language == "ko" else {"&Open", "Cancel"})


def test_qt_message_box_buttons_and_line_edit_menu_are_korean(qtbot, interface_language):
    interface_language("ko")
    box = QMessageBox(QMessageBox.Icon.Question, "제목", "질문",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"예(&Y)", "아니요(&N)"}
    edit = QLineEdit("글자")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions() if a.text()][:3] == ["실행 취소(&U)", "다시 실행(&R)",
                                                                                  "잘라내기(&T)"]


@pytest.mark.parametrize(("language", "name"), [("ko", "발명의 평가기관 지정 심사"),
                                                 ("en", "Designation review of IP valuation institutes")])
def test_the_name_qt_appends_to_window_titles_follows_the_language(interface_language, language, name):
    interface_language(language)
    assert QGuiApplication.applicationDisplayName() == name


def test_dialog_titles_follow_the_language_live(qtbot, interface_language, demo_database, demo_actors):
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs.accounts import LoginDialog
    from desktop.ui.dialogs.password import ChangePasswordDialog

    titles = {}
    for language in ("ko", "en", "ko"):
        interface_language(language)
        login = LoginDialog(demo_database)
        password = ChangePasswordDialog(AppContext(demo_database, demo_actors["admin"]))
        qtbot.addWidget(login)
        qtbot.addWidget(password)
        titles.setdefault(language, []).append((login.windowTitle(), password.windowTitle()))
    assert titles["ko"] == [("로그인", "비밀번호 변경")] * 2
    assert titles["en"] == [("Log in", "Change password")]


def _translated(node: ast.expr) -> bool:
    """A title the translators see: tr(...)/translate(...), formatted or chosen among such, or passed in."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _translated(node.func.value)
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        return name in ("tr", "translate")
    if isinstance(node, ast.IfExp):
        return _translated(node.body) and _translated(node.orelse)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
        return all(_translated(v) for v in node.value.values)
    return isinstance(node, ast.Name | ast.Attribute)  # a title handed over by the caller (checked there)


TITLE_ARGUMENT = {"setWindowTitle": 0, "ask_text": 1, "save_file": 1, "open_files": 1, "choose_printer": 1,
                  "run_with_progress": 1}  # where the window title goes in each call that opens a window


def _titles(node: ast.Call) -> list[ast.expr]:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    titles = [kw.value for kw in node.keywords if kw.arg == "title"] if name in ("error", "info", "confirm") else []
    position = TITLE_ARGUMENT.get(name)
    if position is not None and len(node.args) > position:
        titles.append(node.args[position])
    return titles


def test_every_window_title_is_translated():
    untranslated, seen = [], 0
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for title in _titles(node) if isinstance(node, ast.Call) else []:
                seen += 1
                if not _translated(title):
                    untranslated.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(title)}")
    assert seen > 50 and untranslated == []


def counting_table(qtbot, rows: int) -> RecordTable:
    table = RecordTable([Column("n", lambda r: str(r.id))])
    qtbot.addWidget(table)
    table.set_records([type("R", (), {"id": n})() for n in range(rows)])
    return table


@pytest.mark.parametrize(("language", "expected"), [("en", ["0 rows", "1 row", "2 rows"]),
                                                    ("ko", ["0행", "1행", "2행"])])
def test_row_counts_take_the_plural_form(qtbot, interface_language, language, expected):
    interface_language(language)
    assert [counting_table(qtbot, n).count_label.text() for n in (0, 1, 2)] == expected


def test_filtered_count_names_both_numbers(qtbot, interface_language):
    table = counting_table(qtbot, 3)
    table.set_predicate(lambda r: r.id == 0)
    assert table.count_label.text() == "1 of 3 rows"
    interface_language("ko")
    table.set_predicate(lambda r: r.id != 0)
    assert table.count_label.text() == "3행 중 2행"
