"""The body of an official document: numbered items 1. → 가. → 1) → 가), attachments and the closing "끝."."""

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from desktop.documents.labels import copies, item_marker, label
from desktop.documents.styles import official_styles, paragraph_style

# Each level starts two half-width characters (one Hangul character) right of the level above.
_STEP_EM = 1.0


@dataclass(frozen=True)
class Item:
    """One item of the body; ``marker=""`` prints an unnumbered paragraph aligned with its parent's text."""

    text: str
    children: tuple["Item", ...] = ()
    marker: str | None = None
    markup: bool = False  # True: ``text`` is already Paragraph XML (escape the data inside it yourself)


@dataclass(frozen=True)
class Attachment:
    """A document sent with this one, printed as ``붙임  지정서 1부.`` (numbered ``1.``, ``2.`` when several)."""

    name: str
    count: int = 1

    def text(self, language: str) -> str:
        """``지정서 1부.`` / ``Certificate of designation, 1 copy.``"""
        separator = ", " if language == "en" else " "
        return f"{self.name}{separator}{copies(language, self.count)}"


def paragraph_text(text: str) -> str:
    """Plain text as Paragraph XML: ``<``, ``>`` and ``&`` escaped, line breaks kept."""
    lines = [escape(line.rstrip()) for line in text.strip().replace("\r\n", "\n").split("\n")]
    return "<br/>".join(lines)


@dataclass
class _Line:
    xml: str
    marker: str
    bullet_indent: float
    text_indent: float


def _flatten(items: Sequence[Item], language: str, level: int, base: float, parent_text: float,
             out: list[_Line]) -> None:
    """Items in reading order with their markers and indents (hanging: wrapped lines align with the text)."""
    style = official_styles()["Item"]
    step = style.fontSize * _STEP_EM
    numbered = 0
    for item in items:
        xml = item.text if item.markup else paragraph_text(item.text)
        if item.marker == "":
            out.append(_Line(xml, "", parent_text, parent_text))
            _flatten(item.children, language, level, base, parent_text, out)
            continue
        marker = item.marker if item.marker is not None else item_marker(level, numbered, language)
        numbered += 1
        text_indent = base + stringWidth(marker + " ", style.fontName, style.fontSize)
        out.append(_Line(xml, marker, base, text_indent))
        _flatten(item.children, language, level + 1, base + step, text_indent, out)


def _paragraph(line: _Line, style_name: str) -> Paragraph:
    style = paragraph_style(style_name, leftIndent=round(line.text_indent, 2),
                            bulletIndent=round(line.bullet_indent, 2))
    return Paragraph(line.xml, style, bulletText=line.marker or None)


def body_flowables(items: Sequence[Item], language: str, attachments: Sequence[Attachment] = (),
                   end: bool = True) -> list[Flowable]:
    """Paragraphs of the items, then the attachments, with "끝." one space after the last character."""
    lines: list[_Line] = []
    _flatten(items, language, 1, 0.0, 0.0, lines)
    attachment_lines = _attachment_lines(attachments, language)
    last = attachment_lines[-1] if attachment_lines else (lines[-1] if lines else None)
    if end and last is not None:
        last.xml = f"{last.xml} {escape(label(language, 'end'))}"
    flowables: list[Flowable] = [_paragraph(line, "Item") for line in lines]
    flowables += [_paragraph(line, "Attachment") for line in attachment_lines]
    return flowables


def _attachment_lines(attachments: Sequence[Attachment], language: str) -> list[_Line]:
    """``붙임`` and two spaces, then each attachment with its copies; several are numbered and aligned."""
    if not attachments:
        return []
    style = official_styles()["Attachment"]
    head = label(language, "attachments" if len(attachments) > 1 else "attachment")
    indent = stringWidth(head + "  ", style.fontName, style.fontSize)
    lines = []
    for index, attachment in enumerate(attachments):
        number = f"{index + 1}. " if len(attachments) > 1 else ""
        lines.append(_Line(escape(f"{number}{attachment.text(language)}"), head if index == 0 else "", 0.0, indent))
    return lines


def end_below_table(language: str) -> Paragraph:
    """"끝." on a line of its own, below a table that closes the body (the rule's place for it)."""
    return Paragraph(escape(label(language, "end")), paragraph_style("Item", spaceBefore=3))


def blank_below(language: str) -> str:
    """"이하 빈칸": written in the cell after the last filled row of a table whose form has more rows (never when
    more items follow the table; it then stands instead of "끝.")."""
    return label(language, "blank_below")
