"""The seal box of File → Settings: load the registered seal with the mouse, see its preview, a refused file
changes nothing, Remove warns that documents will print 직인생략."""

import base64
from io import BytesIO

from PIL import Image
from PySide6.QtCore import Qt

from desktop.demo.seal import demo_seal_png
from desktop.domain.settings.service import get_settings
from desktop.ui.dialogs.business_settings import settings_dialog


def open_dialog(qtbot, context, dialogs):
    dialog = settings_dialog(context, dialogs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def click(qtbot, button):
    button.window().show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_removing_the_seal_warns_and_a_loaded_seal_is_previewed_and_saved(qtbot, context_for, dialogs,
                                                                          demo_database, tmp_path):
    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    box = dialog.seal
    assert box.has_seal() and not box.preview.pixmap().isNull()  # the demo loaded its 견본 seal
    click(qtbot, box.remove_button)
    assert not box.has_seal() and box.banner.level == "warning" and "직인생략" in box.banner.text()
    assert dialog.try_accept()
    with demo_database.read() as s:
        assert get_settings(s)["seal_image"] == ""

    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    assert "No seal image is loaded" in dialog.seal.banner.text()
    dialog.seal.banner.grab().save("/tmp/layout-seal-warning.png")
    seal = tmp_path / "seal.png"
    seal.write_bytes(demo_seal_png())
    dialogs.open_paths = [seal]
    click(qtbot, dialog.seal.load_button)
    assert dialog.seal.has_seal() and not dialog.seal.preview.pixmap().isNull()
    assert dialog.seal.banner.level == "info"
    dialog.grab().save("/tmp/layout-settings-seal.png")
    assert dialog.try_accept()
    with demo_database.read() as s:
        assert base64.b64decode(get_settings(s)["seal_image"]) == demo_seal_png()


def test_a_seal_without_transparency_is_refused_and_changes_nothing(qtbot, context_for, dialogs, demo_database,
                                                                     tmp_path):
    with demo_database.read() as s:
        before = get_settings(s)["seal_image"]
    dialog = open_dialog(qtbot, context_for("admin"), dialogs)
    opaque = tmp_path / "scan.png"
    buffer = BytesIO()
    Image.new("RGB", (60, 60), (255, 255, 255)).save(buffer, format="PNG")
    opaque.write_bytes(buffer.getvalue())
    dialogs.open_paths = [opaque]
    click(qtbot, dialog.seal.load_button)
    assert dialog.seal.banner.level == "error" and "no transparency" in dialog.seal.banner.text()
    assert dialog.seal.value() == before  # the loaded seal is kept
    dialogs.open_paths = [tmp_path / "missing.png"]
    click(qtbot, dialog.seal.load_button)
    assert dialog.seal.banner.level == "error" and "cannot be read" in dialog.seal.banner.text()
    assert dialog.try_accept()
    with demo_database.read() as s:
        assert get_settings(s)["seal_image"] == before
