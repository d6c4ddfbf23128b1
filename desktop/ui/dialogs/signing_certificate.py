"""File → Signing certificate…: the administrator chooses the PKCS#12 file the authority signs with.

The password is checked at once (wrong, expired, not yet valid, no signing key usage: one sentence), the
certificate's subject, issuer, validity and key usage are shown, and Save stores the file's path, the certificate
with its chain (PEM) and the signer's name as business settings (audited). The password is never a setting: it may
be remembered in the system keyring (optional ``keyring`` package), else it is asked when first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.domain.settings.catalogue import SIGNING_CERTIFICATE_PEM, SIGNING_PKCS12_PATH, SIGNING_SIGNER_NAME
from desktop.issuing.signing import SigningIdentity, WrongPasswordError, peek_certificate, summarise
from desktop.issuing.signing_password import (
    PasswordSource,
    forget_password,
    keyring_available,
    remember_password,
)
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.form_dialog import password_edit, translate

P12_FILTER = "PKCS#12 (*.p12 *.pfx);;*"


def key_usage_label(usage: str) -> str:
    """A key usage as ``desktop.issuing.signing.key_usages`` names it, in the interface language."""
    labels = {
        "digital signature": translate("KeyUsage", "digital signature"),
        "non-repudiation": translate("KeyUsage", "non-repudiation"),
        "key encipherment": translate("KeyUsage", "key encipherment"),
        "data encipherment": translate("KeyUsage", "data encipherment"),
        "key agreement": translate("KeyUsage", "key agreement"),
        "certificate signing": translate("KeyUsage", "certificate signing"),
        "CRL signing": translate("KeyUsage", "CRL signing"),
    }
    return labels.get(usage, usage)


class SigningCertificateDialog(QDialog):
    """Choose, check and save the signing identity; ``identity`` is the one last checked (None until then)."""

    def __init__(self, context: AppContext, dialogs: DialogService, parent: QWidget | None = None, *,
                 keyring: bool | None = None) -> None:
        super().__init__(parent)
        self.context, self.dialogs = context, dialogs
        self.identity: SigningIdentity | None = None
        self.changed: list[str] = []
        self.setObjectName("signingCertificateDialog")
        self.setWindowTitle(self.tr("Signing certificate"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Issued documents are signed with this key and certificate. The key file stays where "
                               "it is, outside the database; its password is never stored in the database."))
        intro.setWordWrap(True)
        self.path = QLineEdit(SIGNING_PKCS12_PATH.of(context.settings))
        self.path.setObjectName("p12Path")
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("chooseP12")
        self.choose.clicked.connect(self.choose_file)
        self.password = password_edit("p12Password")
        self.password.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkP12")
        self.check_button.clicked.connect(self.check)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setObjectName("rememberPassword")
        if not (keyring_available() if keyring is None else keyring):
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("No system keyring is available (install the optional keyring "
                                             "package): the password is asked when a document is first signed."))
        self.signer_name = QLineEdit(SIGNING_SIGNER_NAME.of(context.settings))
        self.signer_name.setObjectName("signerName")
        self.signer_name.setPlaceholderText(self.tr("the certificate's name"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.check_button)
        form = QFormLayout()
        form.addRow(label_for(self.tr("Key file (PKCS#12)"), self.path), file_row)
        form.addRow(label_for(self.tr("Password"), self.password), password_row)
        form.addRow("", self.remember)
        form.addRow(self.tr("Signer shown in the signature"), self.signer_name)
        self.details: dict[str, QLabel] = {}
        details = QFormLayout()
        for key, label in (("subject", self.tr("Subject")), ("issuer", self.tr("Issuer")),
                           ("validity", self.tr("Valid")), ("key_usage", self.tr("Key usage")),
                           ("sha256", self.tr("SHA-256"))):
            value = QLabel("–")
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)  # wrap in the width given
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details[key] = value
            details.addRow(label, value)
        self.banner = MessageBanner(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.path.textEdited.connect(self._changed)
        self.password.textEdited.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(details)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        chosen = self.dialogs.open_files(self, self.tr("Choose the signing key file"), P12_FILTER)
        if chosen:
            self.path.setText(str(chosen[0]))
            self._changed()
            self.password.setFocus()

    def _changed(self) -> None:
        self.identity = None
        self.save_button.setEnabled(False)

    def _show(self, certificate: Any) -> None:
        if certificate is None:
            for label in self.details.values():
                label.setText("–")
            return
        summary = summarise(certificate)
        self.details["subject"].setText(summary.subject)
        self.details["issuer"].setText(summary.issuer)
        self.details["validity"].setText(summary.validity())
        self.details["key_usage"].setText(", ".join(key_usage_label(u) for u in summary.key_usage)
                                          or self.tr("none stated"))
        half = len(summary.sha256) // 2 + 1  # 16 bytes a line: a fingerprint cannot wrap by itself
        self.details["sha256"].setText(summary.sha256[:half] + "\n" + summary.sha256[half:])

    def check(self) -> bool:
        """Open the file with the password now; show what it holds and whether it can sign."""
        mark_field(self.password, None)
        mark_field(self.path, None)
        path, password = self.path.text().strip(), self.password.text()
        if not path:
            self.banner.show_message(self.tr("Choose the key file (.p12 or .pfx) first."), "error")
            mark_field(self.path, "error")
            return False
        try:
            self.identity = SigningIdentity.from_pkcs12(path, password)
        except DomainError as error:
            self.identity = None
            self.save_button.setEnabled(False)
            self._show(peek_certificate(path, password))
            self.banner.show_message(error.message, "error")
            mark_field(self.password if isinstance(error, WrongPasswordError) else self.path, "error")
            return False
        self._show(self.identity.certificate)
        self.banner.show_message(self.tr("This certificate can sign documents. Save to use it for documents issued "
                                         "from now on."), "info")
        self.save_button.setEnabled(True)
        return True

    def save(self) -> bool:
        """Store the path, the certificate with its chain and the signer's name (audited); the password only in the
        keyring, if asked to."""
        from desktop.domain.settings.service import get_settings, save_settings

        if self.identity is None and not self.check():
            return False
        assert self.identity is not None
        values = {SIGNING_PKCS12_PATH.key: self.identity.source,
                  SIGNING_CERTIFICATE_PEM.key: self.identity.certificates_pem(),
                  SIGNING_SIGNER_NAME.key: self.signer_name.text().strip()}
        try:
            with self.context.writing() as session:
                self.changed = save_settings(session, self.context.actor, values)
                current = get_settings(session)
        except DomainError as error:
            self.banner.show_message(error.message, "error")
            return False
        self.context.settings.update(current)
        if self.remember.isChecked():
            remember_password(self.identity.source, self.password.text())
        else:
            forget_password(self.identity.source)
        self.accept()
        return True


def ask_password(parent: QWidget | None, path: str, problem: str | None) -> str | None:
    """The password of the signing key, typed hidden; None when cancelled."""
    prompt = translate("SigningCertificateDialog", "Password of the signing key {file}:").format(file=Path(path).name)
    if problem:
        prompt = problem + "\n\n" + prompt
    text, ok = QInputDialog.getText(parent, translate("SigningCertificateDialog", "Sign documents"), prompt,
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


def gui_password_source(parent: QWidget | None,
                        ask: Callable[[QWidget | None, str, str | None], str | None] = ask_password) -> PasswordSource:
    """A PasswordSource for ``signing_identity`` that asks the person at the screen (with the reason, after a wrong
    one); keep the identity in an ``IdentityCache`` so that a session asks once."""
    return lambda path, problem: ask(parent, path, problem)
