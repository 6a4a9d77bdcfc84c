"""Shared test set-up: Qt runs offscreen and any Qt warning fails the test that caused it.

``known_pair`` is a hand-built Comparison of the invented texts in tests/fixtures/ui/ (one
sentence per paragraph) whose links, word diffs and quotes are known, so the window's
drawing can be checked without depending on the aligner's choices.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# autosaved notes of the windows under test go to a folder of this run, not the user's
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="unquote-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], True)

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
#: Said by Qt's offscreen platform plugin itself when a top-level window or tooltip shows; not ours.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Each test its own data folder: an autosave another test left (a killed window's) is
    never offered to this one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(request):
    """Fail a Qt-using test when Qt emitted a warning, critical or fatal message."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QtMsgType

    qtlog = request.getfixturevalue("qtlog")
    yield
    bad = [r for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and r.message not in PLATFORM_NOISE]
    if bad:
        pytest.fail("Qt warned: " + " | ".join(r.message for r in bad))


def _document(path: Path):
    from unquote.engine.model import Document

    text = path.read_text(encoding="utf-8").rstrip("\n")
    paragraphs, start = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    return Document(text=text, paragraphs=tuple(paragraphs), source=str(path), title=path.stem, kind="text")


def _word(doc, word: str, after: int = 0) -> tuple[int, int]:
    start = doc.text.index(word, after)
    return start, start + len(word)


@pytest.fixture
def known_pair():
    """The fixture pair with its alignment written out by hand."""
    from unquote.engine.model import Comparison, DiffOp, Link, Quote, QuoteMatch, Sentence
    from unquote.engine.settings import Settings

    left = _document(FIXTURES / "ui" / "left.txt")
    right = _document(FIXTURES / "ui" / "right.txt")
    ls = tuple(Sentence(a, b, n) for n, (a, b) in enumerate(left.paragraphs))
    rs = tuple(Sentence(a, b, n) for n, (a, b) in enumerate(right.paragraphs))
    close, shut = _word(left, "close"), _word(right, "shut")
    have, had = _word(left, "have"), _word(right, "had")
    now = _word(left, " now")
    links = (
        Link((0,), (1,), "reworded", 0.74,
             diff=(DiffOp("delete", close, (shut[0], shut[0])), DiffOp("insert", (close[1], close[1]), shut))),
        Link((1,), (2,), "reworded", 0.81,
             diff=(DiffOp("delete", have, (had[0], had[0])), DiffOp("insert", (have[1], have[1]), had),
                   DiffOp("delete", now, (had[1], had[1])))),
        Link((2,), (3,), "identical", 1.0),
        Link((3,), (4,), "identical", 1.0, ignored=("case", "punctuation")),
        Link((5,), (0,), "identical", 1.0, moved=True),
    )
    lq = _word(left, "We have no choice but to act now")
    rq = _word(right, "We had no choice but to act")
    quotes_l = (Quote(lq[0], lq[1], (lq,), left.text[lq[0]:lq[1]], speaker="Mara Lind", verb="said",
                      verb_class="neutral", sentence=1),)
    quotes_r = (Quote(rq[0], rq[1], (rq,), right.text[rq[0]:rq[1]], speaker="Mara Lind", verb="claimed",
                      verb_class="loaded", sentence=2),)
    match = QuoteMatch(0, 0, "matched", changes=("wording", "verb", "loaded-verb"), similarity=0.86,
                       diff=links[1].diff)
    return Comparison(left, right, ls, rs, links, Settings(), quotes_l, quotes_r, (match,))


@pytest.fixture
def window(qtbot, tmp_path):
    """A shown main window with its own settings file."""
    from PySide6.QtCore import QSettings

    from unquote.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)
    # pytest-qt closes it before fixtures are finalised; unsaved notes would prompt then
    qtbot.addWidget(w, before_close_func=lambda win: win.session.undo.setClean())
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.stop()


@pytest.fixture
def present(window, qtbot):
    """Open a comparison in the window and wait until it is completely shown."""
    def show(comparison, path: str = ""):
        window.session.open_comparison(comparison, path)
        qtbot.waitUntil(window.presented, timeout=10000)
        return window
    return show
