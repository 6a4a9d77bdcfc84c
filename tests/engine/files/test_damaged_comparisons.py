"""Every file of the damaged-comparison corpus is refused with one line, or opens and can
then be shown, exported and saved again: in the command line and in the window."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from unquote import cli
from unquote.engine import report
from unquote.engine.files import fileformat

sys.path.insert(0, str(Path(__file__).parent))
from damaged_comparisons import damaged_files  # noqa: E402

GOOD = FIXTURES / "files" / "good.unquote"
CASES = dict(damaged_files(GOOD.read_bytes()))


def test_the_corpus_is_large_and_the_good_file_opens():
    assert len(CASES) >= 100
    assert fileformat.load(GOOD).annotations


@pytest.fixture
def damaged(request, tmp_path) -> Path:
    path = tmp_path / "damaged.unquote"
    path.write_bytes(CASES[request.param]())
    return path


@pytest.mark.parametrize("damaged", sorted(CASES), indirect=True)
def test_command_line_refuses_in_one_line_or_shows_exports_and_resaves(damaged, tmp_path, monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code = cli.main([str(damaged)])
    out, err = capsys.readouterr()
    if code == cli.EXIT_INPUT:
        assert err.count("\n") == 1 and err.startswith("unquote: cannot open damaged.unquote: "), err
        assert len(err) < 400
        return
    assert code == cli.EXIT_OK and not err, err
    c = fileformat.load(damaged)
    assert report.render_html(c) and report.render_text(c)
    fileformat.save(c, tmp_path / "again.unquote")
    assert fileformat.load(tmp_path / "again.unquote") == c


@pytest.mark.parametrize("damaged", sorted(CASES), indirect=True)
def test_window_refuses_in_one_line_or_draws_exports_and_resaves(window, damaged, tmp_path, qtbot):
    messages: list[str] = []
    window.files.failed.connect(messages.append)
    opened: list[str] = []
    window.files.opened.connect(opened.append)
    window.files.open_comparison(str(damaged))
    qtbot.waitUntil(lambda: bool(messages or opened), timeout=60000)
    if messages:
        assert len(messages) == 1 and "\n" not in messages[0] and len(messages[0]) < 400
        assert messages[0].startswith("cannot open damaged.unquote: ")
        assert window.session.comparison is None
        return
    qtbot.waitUntil(window.presented, timeout=10000)
    assert window.files.save_as(str(tmp_path / "again.unquote"))
    assert fileformat.load(tmp_path / "again.unquote") == window.session.current()
    with qtbot.waitSignal(window.files.done, timeout=30000,
                          check_params_cb=lambda message: message.startswith("Exported ")):
        assert window.files.export_html(str(tmp_path / "report.html"))
    with qtbot.waitSignal(window.files.done, timeout=30000,
                          check_params_cb=lambda message: message.startswith("Exported ")):
        assert window.files.export_pdf(str(tmp_path / "report.pdf"))
    assert not messages, messages
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
