"""No module of desktop/ui but the theme names a colour or a font size: a new literal fails here with its line."""

from __future__ import annotations

import re
from pathlib import Path

import desktop.ui

UI = Path(desktop.ui.__file__).parent
THEME = UI / "theme.py"
VALUE = r"\s*:\s*[^;\"'\s,=)]+\s*[;}\"']"  # ": value;" as in a style sheet (not a Python annotation)
LITERAL = re.compile("|".join((
    r"(?<=[\"':(])\s*#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b",  # "#b3261e", "#fff", ":#555"
    r"\bQColor\(\s*(?:['\"]|\d)",  # QColor("red"), QColor(12, 34, 56)
    r"\bQColor\.from(?:Rgb|Hsl|Hsv|Cmyk)\w*\(\s*\d",
    r"\bQt\.(?:GlobalColor\.)?(?:red|green|blue|black|white|gray|darkGray|lightGray|yellow|cyan|magenta|darkRed|"
    r"darkGreen|darkBlue|darkCyan|darkMagenta|darkYellow|transparent)\b",
    r"\brgba?\(\s*\d",
    r"\b(?:background-)?colou?r" + VALUE,  # a style sheet's colour
    r"\bbackground" + VALUE,
    r"\bborder(?:-\w+)?\s*:[^;\"']*\b(?:solid|dashed|dotted)\s+\w",  # a border names its colour
    r"\bfont(?:-size)?\s*:\s*\d",  # a style sheet's font size
    r"\bsetPoint(?:Size|SizeF)\(\s*\d",
    r"\bsetPixelSize\(\s*\d",
    r"\bQFont\(\s*['\"][^'\"]*['\"]\s*,\s*\d",  # QFont("Arial", 12)
)))


def literals(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every line naming a colour or a font size."""
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)
            if LITERAL.search(line) and not line.lstrip().startswith("#")]


def test_the_scan_finds_what_it_is_meant_to_find() -> None:
    caught = [
        'label.setStyleSheet("color:#555;")',
        "QBrush(QColor('#b3261e'))",
        "painter.setPen(QColor(200, 30, 30))",
        "painter.fillRect(rect, Qt.red)",
        "painter.fillRect(rect, Qt.GlobalColor.darkGray)",
        'w.setStyleSheet("background: white; padding:6px;")',
        'w.setStyleSheet("border:1px solid gray;")',
        'heading.setStyleSheet("font-size:15px; font-weight:bold;")',
        'w.setStyleSheet("font: 12pt;")',
        "font.setPointSize(14)",
        "font.setPixelSize(18)",
        "QFont('Arial', 12)",
        "QColor.fromRgb(1, 2, 3)",
        'html = "<p style=\'color:red\'>late</p>"',
    ]
    fine = [
        'label.setStyleSheet("font-weight: bold;")',
        'self.navigation.setStyleSheet("QListWidget::item { padding: 7px 6px; }")',
        "theme.set_tone(label, theme.Tone.BAD)",
        '"""Check the whole chain in the background (progress and Cancel)."""',
        'text = f"#{event.sequence}"',
        "font.setPointSizeF(font.pointSizeF() * 1.2)",
        'return self.tr("Event #123 was changed")',
        "def run(background: bool, colour: QColor) -> None:",
        'self.tr("Colour: {name}").format(name=name)',
    ]
    assert [line for line in caught if not literals(line)] == []
    assert [line for line in fine if literals(line)] == []


def test_no_module_of_the_interface_but_the_theme_names_a_colour_or_a_font_size() -> None:
    found = [f"{path.relative_to(UI.parent.parent)}:{n}: {line}" for path in sorted(UI.rglob("*.py"))
             if path != THEME for n, line in literals(path.read_text(encoding="utf-8"))]
    assert found == []
