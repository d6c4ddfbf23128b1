"""The desktop's colours and type sizes, all derived from the application's palette and font.

No other module of desktop/ui names a colour or a point size (tests/ui/theme/test_no_colour_literals.py checks it).
Status colours keep a hue of their own (good green, bad red, warning amber) but take their lightness from the
palette: each is made light or dark enough to read at WCAG AA (4.5:1) on the backgrounds it is drawn on, so a light
and a dark system theme both read well. A widget toned here is toned again when the palette changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject  # not Qt: its namespace is made on import, after the login is drawn
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

TEXT_CONTRAST = 4.5  # WCAG 2.2 1.4.3: text against its background
MARK_CONTRAST = 3.0  # WCAG 2.2 1.4.11: bars, borders and lines against the background
ENV_COLOUR_SCHEME = "DESIGNATION_REVIEW_COLOUR_SCHEME"  # "dark" or "light" where Qt cannot read the system's

Role = QPalette.ColorRole


class Tone(StrEnum):
    """What a coloured text says: fine, wrong, doubtful, for information, or of secondary importance."""

    GOOD = "good"
    BAD = "bad"
    WARNING = "warning"
    INFO = "info"
    MUTED = "muted"


class Series(StrEnum):
    """The marks of the charts: the main series, the second one beside it, and the grid."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    GRID = "grid"
    TRACK = "track"


# The hues; their lightness is fitted to the palette. INFO and PRIMARY follow the palette's accent instead.
_HUES = {Tone.GOOD: "#1e7b34", Tone.BAD: "#b3261e", Tone.WARNING: "#8a5a00"}
_SECONDARY_HUE = "#f29900"
_TEXT_BACKGROUNDS = (Role.Base, Role.AlternateBase, Role.Window)
_TINT = {False: 0.12, True: 0.22}  # how much of the tone a banner's background takes, on a light / dark palette


# -- measuring --------------------------------------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    """The relative luminance of WCAG 2.2 (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 … 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette draws light text on dark windows."""
    palette = palette or QApplication.palette()
    return luminance(palette.color(Role.Window)) < luminance(palette.color(Role.WindowText))


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``second`` over ``first`` (0 gives ``first``), opaque and rounded as a style sheet writes it."""
    mixed = QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(
        (first.redF(), first.greenF(), first.blueF()), (second.redF(), second.greenF(), second.blueF()),
        strict=True)))
    return QColor(mixed.name())


def readable(colour: QColor, backgrounds: Iterable[QColor], minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``'s hue, made lighter (on dark backgrounds) or darker until it reaches ``minimum`` on each."""
    grounds = list(backgrounds)
    if all(contrast(colour, g) >= minimum for g in grounds):
        return colour.toRgb()  # a copy; QColor(colour) would make Qt's namespace (17 ms) before the login is drawn
    towards_light = sum(luminance(g) for g in grounds) / len(grounds) < 0.18
    hue, saturation, lightness, _ = colour.getHslF()
    hue = max(hue, 0.0)  # a grey has no hue (-1)
    step = 0.01 if towards_light else -0.01
    while 0.0 <= lightness <= 1.0:
        candidate = QColor(QColor.fromHslF(hue, saturation, lightness).name())  # as a style sheet writes it
        if all(contrast(candidate, g) >= minimum for g in grounds):
            return candidate
        lightness += step
    return QColor.fromRgbF(1, 1, 1) if towards_light else QColor.fromRgbF(0, 0, 0)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def _grounds(palette: QPalette, roles: Iterable[Role] = _TEXT_BACKGROUNDS) -> list[QColor]:
    return [palette.color(role) for role in roles]


_cache: dict[tuple[object, ...], QColor] = {}


def _cached(key: tuple[object, ...], palette: QPalette, make: Callable[[], QColor]) -> QColor:
    full = (*key, palette.cacheKey())
    if full not in _cache:
        if len(_cache) > 512:
            _cache.clear()
        _cache[full] = make()
    return _cache[full].toRgb()  # a copy the caller may change


# -- text ---------------------------------------------------------------------------------------------------------
def accent(palette: QPalette | None = None) -> QColor:
    """The palette's accent (the system's, where it has one), as text on the window and in tables."""
    palette = _palette(palette)
    return _cached(("accent",), palette, lambda: readable(palette.color(Role.Accent), _grounds(palette)))


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text: the text colour faded towards the window as far as it still reads at 4.5:1."""
    palette = _palette(palette)

    def make() -> QColor:
        text, window = palette.color(Role.WindowText), palette.color(Role.Window)
        grounds = _grounds(palette)
        amount = 0.0
        while amount < 0.6 and all(contrast(mix(text, window, amount + 0.02), g) >= TEXT_CONTRAST + 0.3
                                   for g in grounds):
            amount += 0.02
        return mix(text, window, amount)

    return _cached(("muted",), palette, make)


def tone_colour(tone: Tone | str, palette: QPalette | None = None) -> QColor:
    """The text colour of ``tone``, readable on the palette's base, alternate base and window."""
    palette = _palette(palette)
    tone = Tone(tone)
    if tone == Tone.MUTED:
        return muted(palette)
    if tone == Tone.INFO:
        return accent(palette)
    return _cached(("tone", tone), palette, lambda: readable(QColor(_HUES[tone]), _grounds(palette)))


def tone_style(tone: Tone | str | None, palette: QPalette | None = None) -> str:
    """A style sheet colouring a label's text in ``tone`` (empty for none)."""
    return f"color:{tone_colour(tone, palette).name()};" if tone else ""


def link_colour(palette: QPalette | None = None) -> QColor:
    palette = _palette(palette)
    return _cached(("link",), palette, lambda: readable(palette.color(Role.Link), _grounds(palette)))


# -- boxes and fields -------------------------------------------------------------------------------------------
def banner_colours(tone: Tone | str, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) of a message box of ``tone``: the base (white or dark) tinted with the tone."""
    palette = _palette(palette)
    tone = Tone(tone)
    window = palette.color(Role.Base)
    hue = accent(palette) if tone in (Tone.INFO, Tone.MUTED) else tone_colour(tone, palette)
    background = mix(window, hue, _TINT[is_dark(palette)])
    text = readable(hue if tone != Tone.MUTED else palette.color(Role.WindowText), [background])
    border = readable(mix(window, hue, 0.5), [background], MARK_CONTRAST - 1.2)
    return background, text, border


def banner_style(tone: Tone | str, palette: QPalette | None = None, selector: str = "") -> str:
    """The style sheet of a message box of ``tone`` (``selector`` limits the box rule to one object name)."""
    background, text, border = banner_colours(tone, palette)
    box = (f"background:{background.name()}; color:{text.name()}; border:1px solid {border.name()}; "
           "border-radius:4px; padding:6px;")
    if not selector:
        return box
    return (f"{selector} {{ background:{background.name()}; border:1px solid {border.name()}; border-radius:4px; }}"
            f"{selector} QLabel {{ color:{text.name()}; }}")


def field_style(level: str | None, palette: QPalette | None = None) -> str:
    """The frame of a field in error (red) or doubtful (amber), seen at 3:1 on the base; empty when fine."""
    if level not in ("error", "warning"):
        return ""
    palette = _palette(palette)
    hue = QColor(_HUES[Tone.BAD]) if level == "error" else QColor(_SECONDARY_HUE)
    colour = readable(hue, _grounds(palette, (Role.Base, Role.Window)), MARK_CONTRAST)
    return f"border:2px solid {colour.name()};"


def locked_field_style(palette: QPalette | None = None) -> str:
    """A read-only field that looks locked: the base greyed a little towards the text, the text as it is."""
    palette = _palette(palette)
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    return (f"background:{mix(base, text, 0.07).name()}; color:{text.name()}; "
            f"border:1px solid {mix(base, text, 0.25).name()}; border-radius:3px; padding:1px 3px;")


def preview_style(palette: QPalette | None = None) -> str:
    """The frame of an image preview (the seal): the base with a thin line of the palette's mid tone."""
    palette = _palette(palette)
    return f"border:1px solid {palette.color(Role.Mid).name()}; background:{palette.color(Role.Base).name()};"


# -- charts -------------------------------------------------------------------------------------------------------
def chart_colour(series: Series | Tone | str, palette: QPalette | None = None) -> QColor:
    """A chart's mark on the palette's base: series at 3:1, the grid faint, a tone as its text colour."""
    palette = _palette(palette)
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    if series in _HUES:
        return _cached(("mark", series), palette, lambda: readable(QColor(_HUES[Tone(series)]), [base], MARK_CONTRAST))
    if series in (Series.PRIMARY, Tone.INFO):
        return _cached(("primary",), palette, lambda: readable(palette.color(Role.Accent), [base], MARK_CONTRAST))
    if series == Series.SECONDARY:
        return _cached(("secondary",), palette, lambda: readable(QColor(_SECONDARY_HUE), [base], MARK_CONTRAST))
    if series == Series.GRID:
        return mix(base, text, 0.45)
    return mix(base, text, 0.12)  # TRACK: the empty part of a bar


# -- type sizes ---------------------------------------------------------------------------------------------------
TITLE, HEADING, SMALL = 1.35, 1.15, 0.88  # of the application font


def sized_font(scale: float = 1.0, bold: bool = False, base: QFont | None = None) -> QFont:
    """The application font (or ``base``) at ``scale`` of its size, bold if asked."""
    font = QFont(base if base is not None else QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    font.setBold(bold or font.bold())
    return font


def make_title(widget: QWidget) -> None:
    """A page's or dialog's title: larger than the text and bold."""
    widget.setFont(sized_font(TITLE, bold=True))


def make_heading(widget: QWidget) -> None:
    """A section's heading: a little larger than the text and bold."""
    widget.setFont(sized_font(HEADING, bold=True))


def make_bold(widget: QWidget) -> None:
    widget.setFont(sized_font(1.0, bold=True, base=widget.font()))


def make_small(widget: QWidget) -> None:
    widget.setFont(sized_font(SMALL, base=widget.font()))


# -- toning widgets that follow the palette ---------------------------------------------------------------------
class _Restyler(QObject):
    """Keeps a widget's style sheet made from the current palette: made again on every palette change."""

    def __init__(self, widget: QWidget, sheet: Callable[[QPalette], str]) -> None:
        super().__init__(widget)
        self.setObjectName("themeRestyler")
        self.sheet = sheet
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False

    def apply(self) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            text = self.sheet(QApplication.palette(widget))
            if widget.styleSheet() != text:  # setting the same sheet again would change the palette again
                widget.setStyleSheet(text)


def styled(widget: QWidget, sheet: Callable[[QPalette], str]) -> None:
    """Give ``widget`` the style sheet ``sheet(palette)`` now and again whenever the palette changes."""
    # its direct children, not findChild(…, Qt.FindChildOption…): Qt's namespace costs 17 ms before the login is drawn
    restyler = next((child for child in widget.children() if isinstance(child, _Restyler)), None)
    if restyler is None:
        restyler = _Restyler(widget, sheet)
    restyler.sheet = sheet
    restyler.apply()


def set_tone(widget: QWidget, tone: Tone | str | None) -> None:
    """Colour ``widget``'s text in ``tone`` (None: the palette's own text colour)."""
    styled(widget, lambda palette: tone_style(tone, palette))


def set_banner(widget: QWidget, tone: Tone | str, selector: str = "") -> None:
    """Make ``widget`` a message box of ``tone`` (see ``banner_style``)."""
    styled(widget, lambda palette: banner_style(tone, palette, selector))


def set_field_level(widget: QWidget, level: str | None) -> None:
    styled(widget, lambda palette: field_style(level, palette))


def set_locked(widget: QWidget, locked: bool) -> None:
    styled(widget, lambda palette: locked_field_style(palette) if locked else "")


# -- the scheme ---------------------------------------------------------------------------------------------------
def dark_palette() -> QPalette:
    """A dark palette like the dark themes of Windows 11 and GNOME, for platforms that give none (and the tests)."""
    colours = {
        Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e", Role.AlternateBase: "#262626",
        Role.Text: "#e6e6e6", Role.Button: "#363636", Role.ButtonText: "#e6e6e6", Role.BrightText: "#ffffff",
        Role.Light: "#4a4a4a", Role.Midlight: "#3e3e3e", Role.Mid: "#5a5a5a", Role.Dark: "#1a1a1a",
        Role.Shadow: "#101010", Role.Highlight: "#2f6fb5", Role.HighlightedText: "#ffffff", Role.Link: "#78b4ff",
        Role.LinkVisited: "#c39bff", Role.ToolTipBase: "#363636", Role.ToolTipText: "#e6e6e6",
        Role.PlaceholderText: "#9a9a9a", Role.Accent: "#4f95e0",
    }
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Base, QColor("#262626"))
    return palette


def light_palette() -> QPalette:
    """The Fusion style's own light palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def apply_scheme(app: QApplication, scheme: str | None) -> bool:
    """Use a ``"dark"`` or ``"light"`` scheme: asked of the platform first, else Fusion with our palette.

    For desktops where Qt cannot read the system's choice (a virtual display, an old window manager); None or any
    other word leaves the system's palette alone. Returns whether anything was changed.
    """
    if scheme not in ("dark", "light"):
        return False
    from PySide6.QtCore import Qt

    wanted = Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
    app.styleHints().setColorScheme(wanted)
    if is_dark(app.palette()) != (scheme == "dark"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if scheme == "dark" else light_palette())
    return True


def apply_scheme_from_environment(app: QApplication) -> bool:
    """``apply_scheme`` with ``DESIGNATION_REVIEW_COLOUR_SCHEME`` (unset: the system decides)."""
    return apply_scheme(app, os.environ.get(ENV_COLOUR_SCHEME, "").strip().lower() or None)
