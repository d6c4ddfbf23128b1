"""The user guide's screenshots come from packaging/guide_screenshots.py on the demo; the README shows each of them."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("guide_screenshots", ROOT / "packaging" / "guide_screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(path: Path, size: tuple[int, int] | None) -> None:
    image = QImage(str(path))
    assert not image.isNull(), path
    assert path.stat().st_size < 150 * 1024, f"{path.name} is {path.stat().st_size // 1024} KiB"
    assert image.colorCount() > 0  # indexed colours: the small kind of PNG
    if size is not None:
        assert (image.width(), image.height()) == size


def test_the_script_grabs_the_login_and_the_inspection_in_korean(qtbot, tmp_path, interface_language):
    guide = _script()
    written = guide.make_screenshots(tmp_path, ["login", "inspection"], ("ko",))
    assert [path.name for path in written] == ["login-ko.png", "inspection-ko.png"]
    _check(written[1], guide.WINDOW_SIZE)
    _check(written[0], None)
    light = QImage(str(written[1])).pixelColor(5, 5)  # drawn, not an empty grab
    assert light.lightness() > 0 or light.alpha() > 0


@pytest.mark.slow
def test_the_script_grabs_every_step_in_both_languages(qtbot, tmp_path, interface_language):
    guide = _script()
    written = guide.make_screenshots(tmp_path)
    assert sorted(path.name for path in written) == sorted(f"{name}-{language}.png" for name in guide.SHOTS
                                                           for language in guide.LANGUAGES)
    for path in written:
        _check(path, None)


def test_the_readme_guide_shows_every_screenshot_in_the_repository():
    guide = _script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\(docs/guide/([a-z]+-(?:ko|en)\.png)\)", readme))
    expected = {f"{name}-{language}.png" for name in guide.SHOTS for language in guide.LANGUAGES}
    assert linked == expected
    for name in expected:
        _check(ROOT / "docs" / "guide" / name, None)
