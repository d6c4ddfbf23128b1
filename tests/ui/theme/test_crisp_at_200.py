"""At 200 % (QT_SCALE_FACTOR=2, in a process of its own): the main window and a dialog are drawn with twice the
pixels, the seal preview is a pixmap at the screen's pixel ratio (not 96 px stretched), and the PDF preview renders
its page at that ratio too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def measured(demo_database, tmp_path) -> dict:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "tests.ui.theme.at_200", demo_database.url,
                           "/tmp/palette14-at200"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_at_200_percent_everything_is_drawn_with_the_screens_pixels(measured) -> None:
    assert measured["ratio"] == 2.0
    for name in ("window", "login"):
        width, height, ratio, logical_width, logical_height = measured[name]
        assert (width, height, ratio) == (2 * logical_width, 2 * logical_height, 2.0), name
    width, height, ratio = measured["seal"]
    assert ratio == 2.0 and max(width, height) == 2 * 96  # the preview's 96 points, in device pixels
    assert measured["pdf"][2] == 2.0
