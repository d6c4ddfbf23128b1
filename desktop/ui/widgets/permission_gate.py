"""Buttons and actions a role may not use: disabled, with a tooltip saying why, and kept disabled.

A page calls ``gate(button, actor, Permission.X)`` once, where it builds the button; its later state-dependent
``setEnabled(...)`` calls then cannot enable a button the role may not use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.domain.accounts.permissions import Actor, Permission, permission_label, role_label


def refusal_tip(actor: Actor, permission: Permission) -> str:
    """The sentence a disabled control shows: "Your role (Administrator) may not print documents."."""
    return QCoreApplication.translate("PermissionGate", "Your role ({role}) may not {permission}.").format(
        role=role_label(actor.role), permission=permission_label(permission))


class _KeptDisabled(QObject):
    """Undoes any later enabling of the widget it watches, and keeps the reason as its tooltip."""

    def __init__(self, widget: QWidget, reason: str) -> None:
        super().__init__(widget)
        self.reason = reason

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif event.type() == QEvent.Type.ToolTipChange and watched.toolTip() != self.reason:
                watched.setToolTip(self.reason)
        return False


def gate(control: QWidget | QAction, actor: Actor, *permissions: Permission) -> bool:
    """Leave ``control`` alone when the actor has one of ``permissions``; else disable it for good and say why.

    Returns whether the actor may use it. With several permissions the tooltip names the first.
    """
    if any(actor.may(p) for p in permissions):
        return True
    reason = refusal_tip(actor, permissions[0])
    control.setEnabled(False)
    control.setToolTip(reason)
    control.setStatusTip(reason)
    control.setProperty("refusedPermission", permissions[0].value)
    if isinstance(control, QAction):
        control.enabledChanged.connect(lambda enabled: control.setEnabled(False) if enabled else None)
    else:
        control.installEventFilter(_KeptDisabled(control, reason))
    return False


def is_gated(control: QWidget | QAction) -> bool:
    """Whether ``control`` was disabled by ``gate`` (its role may not use it)."""
    return bool(control.property("refusedPermission"))
