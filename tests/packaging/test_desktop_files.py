"""The desktop entry, AppStream metadata and MIME type validate, and ``--install-desktop``
puts them where a desktop finds them, with Exec naming this install's ``unquote-gui``."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import unquote
from unquote.desktop_install import exec_argument
from unquote.resources import APP_ID, data_path

DESKTOP = data_path("desktop")


def tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def test_the_desktop_entry_validates():
    done = tool("desktop-file-validate", str(DESKTOP / f"{APP_ID}.desktop"))
    assert done.returncode == 0 and done.stdout == "", done.stdout


def test_the_appstream_metadata_validates_with_a_screenshot_and_this_release():
    metainfo = DESKTOP / f"{APP_ID}.metainfo.xml"
    done = tool("appstreamcli", "validate", "--no-net", str(metainfo))
    assert done.returncode == 0, done.stdout
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID and root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("screenshots/screenshot/image") is not None
    assert root.find("releases/release").get("version") == unquote.__version__


def test_the_mime_type_names_the_comparison_files():
    root = ET.parse(DESKTOP / f"{APP_ID}-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = root.find("m:mime-type", ns)
    assert kind.get("type") == "application/x-unquote"
    assert kind.find("m:glob", ns).get("pattern") == "*.unquote"


@pytest.mark.parametrize("path, argument", [
    ("/opt/unquote/unquote-gui", "/opt/unquote/unquote-gui"),
    ("/home/ana/My Apps/unquote-gui", '"/home/ana/My Apps/unquote-gui"'),
    ('/tmp/a"b$c/unquote-gui', '"/tmp/a\\\\"b\\\\$c/unquote-gui"'),
])
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says(path, argument):
    assert exec_argument(Path(path)) == argument


def test_install_desktop_puts_every_file_in_place_and_the_entry_runs_this_install(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "unquote", "--install-desktop"], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    for path in (entry, tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml",
                 tmp_path / "mime" / "packages" / f"{APP_ID}.xml",
                 tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "unquote.svg"):
        assert path.is_file(), path
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    launcher = shlex.split(exec_line.removeprefix("Exec="))[0]
    assert Path(launcher).name == "unquote-gui" and os.access(launcher, os.X_OK)
    assert tool("desktop-file-validate", str(entry)).returncode == 0
    assert "application/x-unquote" in (tmp_path / "mime" / "globs2").read_text()
