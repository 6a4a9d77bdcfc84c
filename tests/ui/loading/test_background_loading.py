"""Documents are read off the GUI thread: the window keeps running meanwhile, Cancel
abandons a read, and any loader failure, foreseen or not, is one line in the window."""
from __future__ import annotations

import threading
import zipfile

from PySide6.QtCore import QTimer

from conftest import FIXTURES

CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def wrong_root_docx(path) -> None:
    """A Word file whose document part has the wrong root element."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", '<?xml version="1.0"?><wrong xmlns="urn:x"/>')


def big_text(path) -> None:
    # 15,000 sentences in 1,500 paragraphs: within the loading limits, long enough to read
    paragraph = "The council met on Monday and approved the plan. " * 10
    path.write_text("\n\n".join([paragraph] * 1_500), encoding="utf-8")


def reads_running() -> bool:
    return any(t.name.startswith("load ") for t in threading.enumerate())


def test_a_failing_loader_is_one_line_and_the_window_goes_on(window, qtbot, tmp_path):
    bad = tmp_path / "broken.docx"
    wrong_root_docx(bad)
    with qtbot.waitSignal(window.loader.failed, timeout=30000) as failed:
        window.loader.load_file("left", str(bad))
    message = failed.args[0]
    assert message.startswith("cannot open ") and "broken.docx" in message and "\n" not in message
    assert window.status_line.message.text() == message and not window.status_line.cancel_button.isVisible()
    window.loader.load_file("left", str(FIXTURES / "ui" / "left.txt"))
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None, timeout=30000)


def test_reading_leaves_the_event_loop_running(window, qtbot, tmp_path):
    path = tmp_path / "big.txt"
    big_text(path)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    window.loader.load_file("left", str(path))
    assert window.session.documents["left"] is None and window.status_line.cancel_button.isVisible()
    assert "Reading the left document: big.txt" in window.status_line.message.text()
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None, timeout=60000)
    timer.stop()
    assert ticks


def test_cancel_abandons_a_read(window, qtbot, tmp_path):
    path = tmp_path / "big.txt"
    big_text(path)
    window.loader.load_file("left", str(path))
    window.cancel()
    assert window.status_line.message.text() == "Loading cancelled." and not window.status_line.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not reads_running(), timeout=60000)
    qtbot.wait(50)  # let the abandoned read's queued result arrive, to see it dropped
    assert window.session.documents["left"] is None
