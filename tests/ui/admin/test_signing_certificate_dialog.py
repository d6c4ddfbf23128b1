"""File → Signing certificate…: the administrator chooses the key file, the password is checked at once (wrong
password, expired certificate: one sentence, nothing saved), Save stores path and certificate (audited) and never
the password."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import install_korean_font
from desktop.core import keyring_store
from desktop.demo.certificates import DEMO_SIGNING_PASSWORD, SIGNER_NAME, create_demo_certificates
from desktop.domain.audit.models import AuditEvent
from desktop.domain.settings.models import Setting
from desktop.domain.settings.service import get_settings
from desktop.issuing import signing_password
from desktop.ui.dialogs.signing_certificate import SigningCertificateDialog
from desktop.ui.widgets.feedback import field_level
from tests.conftest import DEMO_DAY, REFERENCE_MOMENT
from tests.issuing.helpers import demo_issued, write_p12


@pytest.fixture
def demo_p12(tmp_path):
    return create_demo_certificates(tmp_path / "demo.sqlite3", DEMO_DAY)


@pytest.fixture
def keyring(monkeypatch):
    from tests.issuing.test_signing_password import MemoryKeyring

    fake = MemoryKeyring()
    monkeypatch.setattr(keyring_store, "_keyring", lambda: fake)
    return fake


def open_dialog(qtbot, context, dialogs, keyring_on: bool = False) -> SigningCertificateDialog:
    install_korean_font(QApplication.instance())  # as the application does
    dialog = SigningCertificateDialog(context, dialogs, keyring=keyring_on)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_and_check(qtbot, dialog, dialogs, path, password: str) -> None:
    dialogs.open_paths = [path]
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


def stored_text(database) -> str:
    with database.read() as session:
        settings = [s.value for s in session.scalars(select(Setting))]
        events = [(e.before, e.after, e.summary) for e in session.scalars(select(AuditEvent))]
    return json.dumps([settings, events], ensure_ascii=False, default=str)


def test_the_demo_key_is_checked_shown_and_saved_without_its_password(qtbot, context_for, dialogs, demo_p12):
    context = context_for("admin")
    dialog = open_dialog(qtbot, context, dialogs)
    choose_and_check(qtbot, dialog, dialogs, demo_p12.p12_path, DEMO_SIGNING_PASSWORD)
    assert dialog.details["subject"].text().startswith(f"{SIGNER_NAME} · DEMO 지식재산처")
    assert "DEMO Root CA" in dialog.details["issuer"].text()
    assert dialog.details["key_usage"].text() == "digital signature, non-repudiation"
    assert "2036" in dialog.details["validity"].text()
    assert dialog.banner.level == "info" and dialog.save_button.isEnabled()
    qtbot.wait(50)  # the layout settles on the next events, as on screen
    dialog.grab().save("/tmp/signing-dialog.png")  # looked at: the details wrap, nothing is cut
    dialog.signer_name.setText("지식재산처장")  # Hangul comes through an input method, not key clicks
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with context.database.read() as session:
        settings = get_settings(session)
        actions = [e.action for e in session.scalars(select(AuditEvent).where(
            AuditEvent.entity_type == "settings", AuditEvent.at >= REFERENCE_MOMENT))]  # not the demo's own
    assert settings["signing_pkcs12_path"] == str(demo_p12.p12_path)
    assert settings["signing_certificate_pem"].count("BEGIN CERTIFICATE") == 2
    assert settings["signing_signer_name"] == "지식재산처장"
    assert actions.count("setting.update") == 3
    assert context.settings["signing_pkcs12_path"] == str(demo_p12.p12_path)
    assert DEMO_SIGNING_PASSWORD not in stored_text(context.database)


def test_a_wrong_password_is_one_sentence_and_nothing_can_be_saved(qtbot, context_for, dialogs, demo_p12):
    context = context_for("admin")
    dialog = open_dialog(qtbot, context, dialogs)
    choose_and_check(qtbot, dialog, dialogs, demo_p12.p12_path, "wrong-password")
    assert dialog.banner.text() == f"The password of {demo_p12.p12_path} is wrong."
    assert field_level(dialog.password) == "error"
    assert not dialog.save_button.isEnabled()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, DEMO_SIGNING_PASSWORD)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()  # the retry with the right password works at once


def test_an_expired_certificate_is_shown_and_refused(qtbot, context_for, dialogs, tmp_path):
    key, certificate, root = demo_issued(days_from=-800, days_to=-10)
    path = write_p12(tmp_path, key, certificate, [root])
    context = context_for("admin")
    dialog = open_dialog(qtbot, context, dialogs)
    with context.database.read() as session:
        before = get_settings(session)["signing_pkcs12_path"]  # the demo's own key
    choose_and_check(qtbot, dialog, dialogs, path, "secret")
    assert dialog.banner.text().startswith("The certificate TEST 전자관인 expired on ")
    assert dialog.details["subject"].text() == "TEST 전자관인"  # what the file holds, though refused
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # a disabled button does nothing
    with context.database.read() as session:
        assert get_settings(session)["signing_pkcs12_path"] == before != str(path)


def test_the_password_may_be_remembered_in_the_keyring(qtbot, context_for, dialogs, demo_p12, keyring):
    dialog = open_dialog(qtbot, context_for("admin"), dialogs, keyring_on=True)
    choose_and_check(qtbot, dialog, dialogs, demo_p12.p12_path, DEMO_SIGNING_PASSWORD)
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    assert dialog.remember.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert keyring.secrets == {(signing_password.KEYRING_SERVICE, str(demo_p12.p12_path)): DEMO_SIGNING_PASSWORD}


def test_without_a_keyring_the_choice_is_disabled_and_says_why(qtbot, context_for, dialogs):
    dialog = open_dialog(qtbot, context_for("admin"), dialogs, keyring_on=False)
    assert not dialog.remember.isEnabled()
    assert "asked when a document is first signed" in dialog.remember.toolTip()


def test_a_secretariat_user_cannot_save_the_signing_identity(qtbot, context_for, dialogs, demo_p12):
    context = context_for("secretariat")
    dialog = open_dialog(qtbot, context, dialogs)
    choose_and_check(qtbot, dialog, dialogs, demo_p12.p12_path, DEMO_SIGNING_PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text() == "Your role (Secretariat) may not do this: manage settings."
    assert dialog.result() != dialog.DialogCode.Accepted
