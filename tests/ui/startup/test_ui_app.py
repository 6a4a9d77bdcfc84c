"""The command line hands over to the window: --screenshot of a pair and of a saved comparison."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from conftest import FIXTURES


def screenshot(args: list[str], out) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "unquote", *args, "--screenshot", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.slow
def test_screenshot_of_a_pair_and_of_its_saved_comparison(tmp_path, qapp):
    left, right = str(FIXTURES / "ui" / "left.txt"), str(FIXTURES / "ui" / "right.txt")
    saved = tmp_path / "pair.unquote"
    done = subprocess.run([sys.executable, "-m", "unquote", "compare", left, right, "-o", str(saved), "-q"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for args, name in (([left, right], "pair.png"), ([str(saved)], "reopened.png")):
        result = screenshot(args, tmp_path / name)
        assert result.returncode == 0 and result.stderr == "", result.stderr
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1400, 900)


def test_screenshot_of_a_broken_comparison_file_fails_with_the_reason(tmp_path, qapp):
    broken = tmp_path / "broken.unquote"
    broken.write_text("{not json", encoding="utf-8")
    result = screenshot([str(broken)], tmp_path / "shot.png")
    assert result.returncode == 3 and "broken.unquote" in result.stderr
