"""The selected decision in full, as the text beside the list: texts, signatures, corrections, documents."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import official_datetime
from desktop.domain.decisions.details import DecisionDetail
from desktop.domain.decisions.service import outcome_label, status_label
from desktop.domain.issued.labels import kind_label
from desktop.ui import theme

translate = QCoreApplication.translate


def _block(title: str, text: str) -> str:
    if not text.strip():
        return ""
    body = escape(text.strip()).replace("\n", "<br/>")
    return f"<p><b>{escape(title)}</b><br/>{body}</p>"


def detail_html(d: DecisionDetail) -> str:
    """Rich text for a QTextBrowser (every value escaped)."""
    number = d.number or translate("DecisionDetail", "(no number until issued)")
    parts = [f"<h3>{escape(number)} · {escape(outcome_label(d.outcome))} · {escape(status_label(d.status))}</h3>",
             f"<p>{escape(d.application_number)} {escape(d.institution_name)} ({escape(d.round_code)})</p>"]
    if d.supersedes_number:
        text = translate("DecisionDetail", "Corrects {number}.").format(number=d.supersedes_number)
        parts.append(f"<p>{escape(text)}</p>")
    if d.superseded_by_number:
        text = translate("DecisionDetail", "Superseded by the correction {number}.").format(
            number=d.superseded_by_number)
        parts.append(f"<p style='color:{theme.tone_colour(theme.Tone.BAD).name()}'>{escape(text)}</p>")
    parts += [
        _block(translate("DecisionDetail", "Reasons"), d.reasons),
        _block(translate("DecisionDetail", "Reasons (English)"), d.reasons_en),
        _block(translate("DecisionDetail", "Conditions"), d.conditions),
        _block(translate("DecisionDetail", "Conditions (English)"), d.conditions_en),
        _block(translate("DecisionDetail", "Reason for the correction"), d.correction_reason),
        _block(translate("DecisionDetail", "Reason for the correction (English)"), d.correction_reason_en),
    ]
    signed = [(translate("DecisionDetail", "Drafted by"), d.drafted_by, d.drafted_at),
              (translate("DecisionDetail", "Reviewed by"), d.reviewed_by, d.reviewed_at),
              (translate("DecisionDetail", "Approved by"), d.approved_by, d.approved_at)]
    rows = "".join(f"<tr><td>{escape(label)}</td><td>{escape(name or '-')}</td>"
                   f"<td>{escape(official_datetime(at) if at else '')}</td></tr>" for label, name, at in signed)
    parts.append(f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
    if d.documents:
        items = "".join(
            f"<li>{escape(kind_label(doc.kind))} ({escape(doc.language)}) · {escape(doc.verification_code)} · "
            f"{escape(official_datetime(doc.issued_at))}<br/><small>SHA-256 {escape(doc.sha256)}</small></li>"
            for doc in d.documents)
        heading = translate("DecisionDetail", "Issued documents")
        parts.append(f"<p><b>{escape(heading)}</b></p><ul>{items}</ul>")
    return "".join(parts)
