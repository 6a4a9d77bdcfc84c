"""Download against a real HTTP server on 127.0.0.1: article, redirect, slow, huge, 404, cancel,
endless redirects, redirects to other schemes, the wrong content type, credentials in the link."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import FIXTURES
from unquote.ui.loading.download import Download

ARTICLE = (FIXTURES / "download" / "article.html").read_bytes()
PLAIN = "Der Fährbetrieb läuft wieder.\n\nDie Mole ist neu.\n".encode()


class Handler(BaseHTTPRequestHandler):
    """The test site; ``server.gone`` is set when a client hangs up on the slow page."""

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/news/ferries":
            self._send(200, ARTICLE, "text/html; charset=utf-8")
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/ferries")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/notes.txt":
            self._send(200, PLAIN, "text/plain; charset=utf-8")
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(600):
                    self.wfile.write(b"slow words ")
                    self.wfile.flush()
                    time.sleep(0.05)
            except (BrokenPipeError, ConnectionResetError):
                self.server.gone.set()  # type: ignore[attr-defined]
        elif path == "/huge-declared":
            self._send(200, b"x" * 1000, "text/plain", length=50 * 1024 * 1024)
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"word " * 2000)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/hop/"):
            self._redirect(f"/hop/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/to-ftp":
            self._redirect(f"ftp://127.0.0.1:{self.server.server_address[1]}/notes.txt")
        elif path == "/to-file":
            self._redirect("file:///etc/hostname")
        elif path == "/video":
            self._send(200, b"\x00\x00\x00\x18ftypmp42" + b"\0" * 4096, "video/mp4")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"word " * 13107
            try:
                while self.server.sent < 2_000_000_000:  # type: ignore[attr-defined]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.server.sent += len(chunk)  # type: ignore[attr-defined]
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/picture.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        else:
            self._send(404, b"<h1>Not Found</h1>", "text/html")


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.gone = threading.Event()  # type: ignore[attr-defined]
    server.sent = 0  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run(qtbot, download: Download) -> tuple[str, object, list[tuple[int, int]]]:
    """Start ``download`` and wait for its one outcome: ("finished", Document) or ("failed", msg)."""
    steps: list[tuple[int, int]] = []
    outcomes: list[tuple[str, object]] = []
    download.progress.connect(lambda a, b: steps.append((a, b)))
    download.finished.connect(lambda doc: outcomes.append(("finished", doc)))
    download.failed.connect(lambda msg: outcomes.append(("failed", msg)))
    download.start()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=15000)
    qtbot.wait(50)  # let any (wrong) second outcome arrive
    assert len(outcomes) == 1, outcomes
    assert not download.running
    kind, value = outcomes[0]
    return kind, value, steps


@pytest.mark.parametrize("path", ["/news/ferries", "/moved"])
def test_article_becomes_document(qtbot, site, path):
    _, base = site
    kind, doc, steps = run(qtbot, Download(base + path))
    assert kind == "finished", doc
    assert "harbour master Jonas Veld" in doc.text
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text
    assert doc.kind == "html"
    assert doc.source == base + "/news/ferries"
    assert steps and steps[-1] == (len(ARTICLE), len(ARTICLE))


@pytest.mark.parametrize("path", ["/notes.txt", "/notes.txt?ref=feed#top"])
def test_plain_text_keeps_its_characters(qtbot, site, path):
    _, base = site
    kind, doc, _ = run(qtbot, Download(base + path))
    assert kind == "finished", doc
    assert doc.kind == "text" and doc.source.startswith(base + "/notes.txt")
    assert doc.text.startswith("Der Fährbetrieb läuft wieder.")
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/nowhere", {}, "the server answered 404"),
        ("/slow", {"timeout_s": 0.5}, "no complete answer within 0.5 s"),
        ("/huge-declared", {"max_bytes": 1024 * 1024}, "larger than 1 MB"),
        ("/huge-streamed", {"max_bytes": 200_000}, "larger than 0.190735 MB"),
        ("/picture.png", {}, "the server sent image/png, not a document"),
        ("/video", {}, "the server sent video/mp4, not a document"),
        ("/loop", {}, "redirect"),
        ("/hop/0", {}, "redirect"),
        ("/to-ftp", {}, "the server redirected to a ftp address"),
        ("/to-file", {}, "the server redirected to a file address"),
    ],
    ids=["404", "timeout", "declared-too-big", "streamed-too-big", "image", "video",
         "endless-redirects", "too-many-redirects", "redirect-to-ftp", "redirect-to-file"],
)
def test_failures_say_why_in_one_line(qtbot, site, path, options, message):
    _, base = site
    kind, text, _ = run(qtbot, Download(base + path, **options))
    assert kind == "failed"
    assert text.startswith(f"cannot download {base}{path}: ")
    assert message in text and "\n" not in text


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/file.txt", "file:///etc/hostname", "not a link"])
def test_only_web_links_are_fetched(qtbot, url):
    kind, text, steps = run(qtbot, Download(url))
    assert kind == "failed" and "only http and https" in text and steps == []


def test_refused_connection_fails(qtbot):
    with ThreadingHTTPServer(("127.0.0.1", 0), Handler) as closed:
        port = closed.server_address[1]
    kind, text, _ = run(qtbot, Download(f"http://127.0.0.1:{port}/news/ferries"))
    assert kind == "failed" and text.startswith(f"cannot download http://127.0.0.1:{port}/")


def test_cancel_hangs_up_and_stays_silent(qtbot, site):
    server, base = site
    server.gone.clear()
    download = Download(base + "/slow")
    steps: list[tuple[int, int]] = []
    outcomes: list[object] = []
    download.progress.connect(lambda a, b: steps.append((a, b)))
    download.finished.connect(outcomes.append)
    download.failed.connect(outcomes.append)
    download.start()
    qtbot.waitUntil(lambda: bool(steps), timeout=10000)
    download.cancel()
    assert not download.running
    qtbot.waitUntil(server.gone.is_set, timeout=10000)
    qtbot.wait(50)
    assert outcomes == []


def test_the_size_cap_holds_while_an_endless_body_streams(qtbot, site):
    server, base = site
    server.sent = 0
    kind, text, _ = run(qtbot, Download(base + "/endless", max_bytes=1024 * 1024))
    assert kind == "failed" and "larger than 1 MB" in text
    qtbot.wait(200)
    # What the server got rid of before the hang-up: the cap plus what sockets buffer.
    assert server.sent < 64 * 1024 * 1024


def test_credentials_in_the_link_are_never_kept(qtbot, site):
    _, base = site
    with_password = base.replace("http://", "http://reporter:hunter2@")
    kind, doc, _ = run(qtbot, Download(with_password + "/notes.txt"))
    assert kind == "finished", doc
    assert "hunter2" not in doc.source and "reporter" not in doc.source
    assert doc.source == base + "/notes.txt"
    kind, text, _ = run(qtbot, Download(with_password + "/nowhere"))
    assert kind == "failed" and "hunter2" not in text and text.startswith(f"cannot download {base}/")
