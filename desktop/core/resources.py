"""Find the files the application ships (fonts aside): from a checkout or an installed wheel."""

from functools import cache
from pathlib import Path

from desktop.core.errors import ResourceMissing

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
    """NanumGothic TrueType from the ``koreanize-matplotlib`` wheel (SIL OFL), found without importing it.

    ``weight`` is ``Regular`` or ``Bold``.
    """
    import importlib.util

    spec = importlib.util.find_spec("koreanize_matplotlib")
    name = "NanumGothic.ttf" if weight == "Regular" else f"NanumGothic{weight}.ttf"
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            path = Path(location) / "fonts" / name
            if path.is_file():
                return path
    raise ResourceMissing(
        f"The Korean font {name} is missing: install the package 'koreanize-matplotlib' "
        "(pip install koreanize-matplotlib) or reinstall the application."
    )
