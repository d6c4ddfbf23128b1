"""File → Verify document… in the main window answers for the chosen files."""

from PySide6.QtCore import QSettings

from desktop.issuing.batch import DocumentRequest, issued_document
from desktop.ui.main_window import MainWindow


def test_the_file_menu_verifies_a_document(qtbot, tmp_path, context_for, dialogs):
    context = context_for("member")  # any role may verify
    with context.database.transaction() as session:
        from desktop.domain.accounts.permissions import Actor

        data = issued_document(session, Actor.command_line(), DocumentRequest("certificate", 1, "ko")).data
    (tmp_path / "certificate.pdf").write_bytes(data)
    window = MainWindow(context, dialogs, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        page_classes=[])
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.verify_action in file_menu.actions()
    dialogs.open_paths = [tmp_path / "certificate.pdf"]
    window.verify_action.trigger()
    assert dialogs.errors == [] and "VALID: an unaltered document signed by DEMO" in dialogs.infos[0]
    assert "Designation certificate" in dialogs.infos[0]
