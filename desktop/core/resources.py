"""Find the files the application ships (translations, criteria, fonts…): from a checkout or an installed wheel."""

from functools import cache
from pathlib import Path

from desktop.core.errors import ResourceMissing
from desktop.core.i18n import translate

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resources_root() -> Path:
    """``desktop/resources`` inside a wheel, else ``resources/`` beside the package in a checkout."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "MANIFEST.txt").is_file():
            return candidate
    raise ResourceMissing(
        f"The application's resources folder is missing (looked in {_PACKAGE / 'resources'} and "
        f"{_PACKAGE.parent / 'resources'}). Reinstall the application."
    )


def resource_path(*parts: str) -> Path:
    """Path of a shipped file; a clear error names it when it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(f"A file the application needs is missing: {path}. Reinstall the application.")
    return path


@cache
def korean_font_path(weight: str = "Regular") -> Path:
    """NanumGothic TrueType shipped in ``resources/fonts`` (SIL OFL 1.1, licence beside it); ``weight`` is ``Regular``
    or ``Bold``."""
    name = "NanumGothic.ttf" if weight == "Regular" else f"NanumGothic{weight}.ttf"
    path = resources_root() / "fonts" / name
    if not path.is_file():
        raise ResourceMissing(translate(
            "Resources", "The Korean font file {name} is missing from {folder}: documents cannot be printed without "
            "it. Reinstall the application (the font ships with it).").format(name=name, folder=path.parent))
    return path
