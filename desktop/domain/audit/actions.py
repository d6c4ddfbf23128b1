"""The name of every action the audit trail records, declared once: the code a service passes to ``record`` and
the words a person reads in the audit log ("score.return" → "Score sheet returned by the chair")."""

from desktop.core.i18n import translate


def action_names() -> dict[str, str]:
    """Every action code the services record, with its name in the current language."""
    return {
        "institution.create": translate("AuditAction", "Institution registered"),
        "institution.update": translate("AuditAction", "Institution's details changed"),
        "round.create": translate("AuditAction", "Round created"),
        "round.update": translate("AuditAction", "Round changed"),
        "round.open": translate("AuditAction", "Round opened for applications"),
        "round.status": translate("AuditAction", "Round's status changed"),
        "application.create": translate("AuditAction", "Application created"),
        "application.update": translate("AuditAction", "Application changed"),
        "application.draft": translate("AuditAction", "Application back to draft"),
        "application.submitted": translate("AuditAction", "Application submitted"),
        "application.screening": translate("AuditAction", "Screening started"),
        "application.supplement_requested": translate("AuditAction", "Application waiting for a supplement"),
        "application.inspection": translate("AuditAction", "Application passed to on-site inspection"),
        "application.committee_review": translate("AuditAction", "Application sent to the committee"),
        "application.designated": translate("AuditAction", "Application designated"),
        "application.not_designated": translate("AuditAction", "Application not designated"),
        "application.ineligible": translate("AuditAction", "Application declared ineligible"),
        "application.withdrawn": translate("AuditAction", "Application withdrawn"),
        "attachment.add": translate("AuditAction", "File attached"),
        "attachment.remove": translate("AuditAction", "Attached file removed"),
        "attachment.accept": translate("AuditAction", "Attached document accepted"),
        "attachment.reject": translate("AuditAction", "Attached document rejected"),
        "screening.run": translate("AuditAction", "Screening run"),
        "screening.override": translate("AuditAction", "Screening requirement judged differently"),
        "screening.confirm": translate("AuditAction", "Screening result confirmed"),
        "supplement.request": translate("AuditAction", "Supplement requested"),
        "supplement.receive": translate("AuditAction", "Supplement received"),
        "supplement.expire": translate("AuditAction", "Supplement deadline passed"),
        "inspection.schedule": translate("AuditAction", "On-site inspection scheduled"),
        "inspection.reschedule": translate("AuditAction", "On-site inspection rescheduled"),
        "inspection.conflict": translate("AuditAction", "Inspector's conflict of interest declared"),
        "inspection.answer": translate("AuditAction", "Checklist item answered"),
        "inspection.evidence.add": translate("AuditAction", "Inspection evidence attached"),
        "inspection.evidence.remove": translate("AuditAction", "Inspection evidence removed"),
        "inspection.finding": translate("AuditAction", "Inspection finding recorded"),
        "inspection.finding.response": translate("AuditAction", "Applicant's answer to a finding recorded"),
        "inspection.finding.verify": translate("AuditAction", "Corrective action verified"),
        "inspection.override": translate("AuditAction", "Open major finding overridden for the committee"),
        "inspection.complete": translate("AuditAction", "On-site inspection completed"),
        "inspection.sign": translate("AuditAction", "On-site inspection signed"),
        "inspection.reopen": translate("AuditAction", "On-site inspection reopened"),
        "inspection.offline.export": translate("AuditAction", "Inspection exported for offline work"),
        "inspection.offline.import": translate("AuditAction", "Offline inspection file imported"),
        "committee.member.create": translate("AuditAction", "Committee member appointed"),
        "committee.member.update": translate("AuditAction", "Committee member's details changed"),
        "committee.affiliation.add": translate("AuditAction", "Committee member's past affiliation recorded"),
        "committee.seat": translate("AuditAction", "Committee of a round seated"),
        "committee.meeting.schedule": translate("AuditAction", "Committee meeting scheduled"),
        "committee.meeting.agenda": translate("AuditAction", "Meeting agenda changed"),
        "committee.meeting.attendance": translate("AuditAction", "Attendance recorded"),
        "committee.meeting.open": translate("AuditAction", "Committee meeting opened"),
        "committee.meeting.close": translate("AuditAction", "Committee meeting closed"),
        "conflict.none": translate("AuditAction", "No conflict of interest declared"),
        "conflict.exclusion": translate("AuditAction", "Exclusion declared"),
        "conflict.recusal": translate("AuditAction", "Recusal declared"),
        "conflict.confirm": translate("AuditAction", "Conflict declaration confirmed by the chair"),
        "conflict.reopen": translate("AuditAction", "Conflict declaration reopened by the chair"),
        "challenge.raise": translate("AuditAction", "Challenge against a member raised"),
        "challenge.vote": translate("AuditAction", "Vote on a challenge cast"),
        "challenge.decide": translate("AuditAction", "Challenge decided"),
        "score.save": translate("AuditAction", "Score sheet saved"),
        "score.submit": translate("AuditAction", "Score sheet submitted"),
        "score.return": translate("AuditAction", "Score sheet returned by the chair"),
        "scoring.compute": translate("AuditAction", "Result computed"),
        "decision.draft": translate("AuditAction", "Decision drafted"),
        "decision.edit": translate("AuditAction", "Draft decision edited"),
        "decision.review": translate("AuditAction", "Draft decision reviewed"),
        "decision.discard": translate("AuditAction", "Draft decision discarded"),
        "decision.issue": translate("AuditAction", "Decision issued"),
        "public_notice.issue": translate("AuditAction", "Public notice issued"),
        "document.issue": translate("AuditAction", "Document issued"),
        "document.freeze": translate("AuditAction", "Document content frozen at issue"),
        "registry.designate": translate("AuditAction", "Institute entered in the registry"),
        "registry.correct": translate("AuditAction", "Registry entry corrected"),
        "reports.import": translate("AuditAction", "Filed evaluation reports imported"),
        "reports.correction_request": translate("AuditAction", "Correction of a filed report requested"),
        "reports.correction_answer": translate("AuditAction", "Answer to a correction request recorded"),
        "user.create": translate("AuditAction", "User added"),
        "user.update": translate("AuditAction", "User's details changed"),
        "user.role": translate("AuditAction", "User's role changed"),
        "user.activate": translate("AuditAction", "User enabled"),
        "user.deactivate": translate("AuditAction", "User disabled"),
        "user.login": translate("AuditAction", "Logged in"),
        "user.password": translate("AuditAction", "Own password changed"),
        "user.password_reset": translate("AuditAction", "User's password reset"),
        "setting.update": translate("AuditAction", "Setting changed"),
        "setting.reset": translate("AuditAction", "Setting reset to its default"),
        "export.json": translate("AuditAction", "Database exported as JSON"),
        "dossier.export": translate("AuditAction", "Case dossier made"),
        "security.login_failed": translate("AuditAction", "Failed login"),
        "security.refused": translate("AuditAction", "Action refused: not allowed for the role"),
        "security.account_changed": translate(
            "AuditAction", "Action refused: account disabled or given another role since logging in"),
        "database.backup": translate("AuditAction", "Database backed up"),
        "database.restore": translate("AuditAction", "Database restored from a backup"),
        "database.transfer": translate("AuditAction", "Whole database transferred"),
    }


def action_name(code: str, names: dict[str, str] | None = None) -> str:
    """The name of ``code``; a code without one (a test keeps that from happening) is shown as it is."""
    return (names if names is not None else action_names()).get(code, code)


def action_codes(text: str, names: dict[str, str] | None = None) -> list[str]:
    """The codes whose name contains ``text`` (case-insensitive), so that the log can be searched by its words."""
    wanted = text.casefold()
    return [code for code, name in (names if names is not None else action_names()).items()
            if wanted and wanted in name.casefold()]
