"""The one-folder bundle a ministry's IT deploys: built with PyInstaller from packaging/, it runs without Python."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_bundle_runs_info_and_prints_a_signed_decision(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "packaging" / "designation-review.spec")],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "designation-review"
    cli = folder / ("designation-review-cli.exe" if os.name == "nt" else "designation-review-cli")
    assert (folder / ("designation-review.exe" if os.name == "nt" else "designation-review")).is_file()
    # Nothing of this checkout or its environment may help the bundle: no PYTHONPATH, another working folder.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    database = tmp_path / "demo.sqlite3"

    def run(*arguments: str) -> str:
        result = subprocess.run([str(cli), "--database", str(database), *arguments], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    info = run("info")
    assert f"resources: {folder}" in info and "NanumGothic.ttf" in info
    assert "criteria sheet 2026.1" in info and "designation_review_ko.qm" in info
    run("demo", "--force", "--date", "2026-11-25")
    pdf = tmp_path / "decision.pdf"
    printed = run("document", "decision", "2026-0001", "-o", str(pdf))
    assert "제2026-0001호" in printed and pdf.read_bytes()[:5] == b"%PDF-"
    assert "VALID" in run("verify", str(pdf))
