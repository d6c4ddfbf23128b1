"""The theme's choices read in a light and a dark palette (WCAG 2.2: 4.5:1 for text, 3:1 for marks), follow a
palette change at once, and size type relative to the application font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.ui import theme
from desktop.ui.widgets.feedback import MessageBanner, mark_field

Role = QPalette.ColorRole
PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}
TEXT_GROUNDS = (Role.Base, Role.AlternateBase, Role.Window)


@pytest.fixture(params=sorted(PALETTES))
def palette(request) -> QPalette:
    return PALETTES[request.param]()


@pytest.fixture
def light_application(qapp):
    original = qapp.palette()
    qapp.setPalette(theme.light_palette())
    yield qapp
    qapp.setPalette(original)


def test_the_contrast_ratio_is_the_one_of_wcag() -> None:
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast(QColor("#b3261e"), QColor("#1e1e1e")) == pytest.approx(2.55, abs=0.01)  # the old red


def test_the_palettes_own_text_roles_read(palette) -> None:
    pairs = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
             (Role.ButtonText, Role.Button), (Role.ToolTipText, Role.ToolTipBase)]
    if theme.is_dark(palette):  # ours; Fusion's own light selection (white on #308cc6, 3.7:1) is the system's
        pairs.append((Role.HighlightedText, Role.Highlight))
    for text, ground in pairs:
        assert theme.contrast(palette.color(text), palette.color(ground)) >= theme.TEXT_CONTRAST, (text, ground)


def test_every_tone_and_text_colour_reads_on_every_background(palette) -> None:
    colours = {tone.value: theme.tone_colour(tone, palette) for tone in theme.Tone}
    colours |= {"accent": theme.accent(palette), "link": theme.link_colour(palette)}
    for name, colour in colours.items():
        for ground in TEXT_GROUNDS:
            assert theme.contrast(colour, palette.color(ground)) >= theme.TEXT_CONTRAST, (name, ground)
    assert len({c.name() for c in colours.values()}) >= 5  # the tones stay apart


def test_the_tones_keep_their_hue_and_are_lightened_on_a_dark_palette() -> None:
    light, dark = theme.light_palette(), theme.dark_palette()
    for tone in (theme.Tone.GOOD, theme.Tone.BAD, theme.Tone.WARNING):
        on_light, on_dark = theme.tone_colour(tone, light), theme.tone_colour(tone, dark)
        assert abs(on_light.hslHue() - on_dark.hslHue()) <= 3
        assert on_dark.lightnessF() > on_light.lightnessF()


def test_a_message_box_reads_in_every_tone(palette) -> None:
    for tone in theme.Tone:
        background, text, border = theme.banner_colours(tone, palette)
        assert theme.contrast(text, background) >= theme.TEXT_CONTRAST, tone
        assert theme.contrast(background, palette.color(Role.Base)) < 1.6, tone  # a tint, not a block of colour
        assert border != background


def test_chart_marks_and_field_frames_are_seen(palette) -> None:
    base = palette.color(Role.Base)
    for mark in (theme.Series.PRIMARY, theme.Series.SECONDARY, theme.Series.GRID, theme.Tone.BAD):
        assert theme.contrast(theme.chart_colour(mark, palette), base) >= theme.MARK_CONTRAST, mark
    for level in ("error", "warning"):
        colour = QColor(theme.field_style(level, palette).split()[-1].rstrip(";"))
        assert theme.contrast(colour, base) >= theme.MARK_CONTRAST, level
    assert theme.field_style(None, palette) == ""


def test_a_locked_field_reads(palette) -> None:
    sheet = dict(part.strip().split(":", 1) for part in theme.locked_field_style(palette).split(";") if part.strip())
    assert theme.contrast(QColor(sheet["color"]), QColor(sheet["background"])) >= theme.TEXT_CONTRAST


def test_toned_widgets_follow_the_system_palette_when_it_changes(light_application, qtbot) -> None:
    label = QLabel("Late by 2 days")
    banner = MessageBanner()
    field = QLineEdit()
    for widget in (label, banner, field):
        qtbot.addWidget(widget)
    theme.set_tone(label, theme.Tone.BAD)
    banner.show_message("The deadline has passed.", "warning")
    mark_field(field, "error")
    for widget in (label, banner, field):
        widget.show()
    light_red = label.palette().color(label.foregroundRole())
    assert light_red == theme.tone_colour(theme.Tone.BAD, theme.light_palette())
    light_application.setPalette(theme.dark_palette())  # the person switches the system to its dark theme
    qtbot.waitUntil(lambda: label.palette().color(label.foregroundRole()) != light_red)
    dark_red = label.palette().color(label.foregroundRole())
    assert dark_red == theme.tone_colour(theme.Tone.BAD, theme.dark_palette()) != light_red
    assert theme.contrast(dark_red, theme.dark_palette().color(Role.Window)) >= theme.TEXT_CONTRAST
    assert banner.styleSheet() == theme.banner_style(theme.Tone.WARNING, theme.dark_palette())
    assert field.styleSheet() == theme.field_style("error", theme.dark_palette())
    theme.set_tone(label, None)  # the tone taken away: the palette's own text colour again
    assert label.styleSheet() == ""


def test_type_sizes_are_relative_to_the_application_font(qapp) -> None:
    size = qapp.font().pointSizeF()
    assert theme.sized_font(theme.TITLE).pointSizeF() == pytest.approx(size * theme.TITLE)
    assert theme.sized_font(theme.HEADING, bold=True).bold()
    assert theme.sized_font(theme.SMALL).pointSizeF() < size < theme.sized_font(theme.HEADING).pointSizeF()
    label = QLabel("Applications")
    theme.make_title(label)
    assert label.font().pointSizeF() == pytest.approx(size * theme.TITLE) and label.font().bold()


def test_a_scheme_can_be_chosen_where_the_system_gives_none(qapp) -> None:
    original, style = qapp.palette(), qapp.style().name()
    try:
        assert not theme.apply_scheme(qapp, None) and not theme.apply_scheme(qapp, "purple")
        assert theme.apply_scheme(qapp, "dark") and theme.is_dark(QApplication.palette())
        assert theme.apply_scheme(qapp, "light") and not theme.is_dark(QApplication.palette())
    finally:
        qapp.setStyle(style)
        qapp.setPalette(original)
