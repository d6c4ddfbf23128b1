"""The wheel carries the resources: build it, install it in a fresh virtual environment, run a headless command."""

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(wheels.glob("designation_review-*.whl"))
    target = tmp_path / "fresh-env"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True,
                   capture_output=True)
    # The dependencies (PySide6, SQLAlchemy, …) come from this environment, appended after the fresh one's own
    # site-packages, so `desktop` itself can only be the installed wheel.
    fresh_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                check=True, capture_output=True, text=True).stdout.strip()
    Path(fresh_site, "outer_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run(
        [str(python), "-m", "desktop", "--database", str(tmp_path / "w.sqlite3"), "info"],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ""},
    )
    assert result.returncode == 0, result.stderr
    resources_line = next(line for line in result.stdout.splitlines() if line.startswith("resources:"))
    assert str(target) in resources_line and resources_line.endswith(os.path.join("desktop", "resources"))
    assert "criteria sheet 2026.1" in result.stdout
    assert "designation_review_ko.qm" in result.stdout


HEAVY_PLOTTING = {"matplotlib", "numpy", "contourpy", "kiwisolver", "koreanize-matplotlib"}


def _installed_requirements(name: str, extras: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Every distribution pip installs for ``name`` (with ``extras``), each with the chain that brings it."""
    import importlib.metadata as metadata
    import re

    from packaging.requirements import Requirement

    found: dict[str, list[str]] = {}

    def walk(dist_name: str, chain: list[str], wanted: frozenset[str]) -> None:
        key = re.sub(r"[-_.]+", "-", dist_name).lower()
        if key in found:
            return
        found[key] = chain
        try:
            requirements = metadata.distribution(dist_name).requires or []
        except metadata.PackageNotFoundError:
            return
        for text in requirements:
            requirement = Requirement(text)
            markers = [{"extra": extra} for extra in (wanted or {""})]
            if requirement.marker and not any(requirement.marker.evaluate(m) for m in markers):
                continue
            walk(requirement.name, [*chain, requirement.name], frozenset(requirement.extras))

    walk(name, [name], extras)
    return found


def test_a_fresh_install_brings_no_plotting_library():
    """The Korean font ships in resources/fonts; nothing pulls matplotlib or numpy (about 100 MB) any more."""
    installed = _installed_requirements("designation-review")
    assert "pyside6" in installed and "reportlab" in installed  # the walk reads the real metadata
    brought = {name: " → ".join(chain) for name, chain in installed.items() if name in HEAVY_PLOTTING}
    assert not brought, f"a fresh install would bring: {brought}"


def test_the_korean_font_and_its_licence_ship_with_the_resources():
    from desktop.core.resources import korean_font_path, resources_root

    for weight in ("Regular", "Bold"):
        path = korean_font_path(weight)
        assert path.parent == resources_root() / "fonts" and path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType
    licence = (resources_root() / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Version 1.1" in licence and "NanumGothic" in licence
