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
