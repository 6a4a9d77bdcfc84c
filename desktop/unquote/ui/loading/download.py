"""Download a dropped http(s) link in the background and turn it into a Document.

The transfer runs on Qt's network stack (the GUI thread only handles its signals); the bytes
are then turned into a Document by ``engine.loading.load_bytes`` on a pool thread, because
extracting the main text of a large page can take longer than a frame. The timeout covers
the whole transfer, not just silences, so a server that dribbles bytes is cut off too.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from unquote import __version__
from unquote.engine.loading import LoadError, load_bytes
from unquote.engine.model import Document

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class _Relay(QObject):
    """Carries the pool thread's result back to the GUI thread (queued signals)."""

    loaded = Signal(object)
    failed = Signal(str)


class Download(QObject):
    """One download: ``start()``, then ``progress`` and exactly one of ``finished``/``failed``.

    After ``cancel()`` no further signal is emitted.
    """

    progress = Signal(int, int)  # bytes received, bytes expected (-1 when unknown)
    finished = Signal(object)  # the Document
    failed = Signal(str)  # one user-facing line

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_bytes: int = DEFAULT_MAX_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self._manager = QNetworkAccessManager(self)
        self._reply: QNetworkReply | None = None
        self._buffer = bytearray()
        self._done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        # No parent: the pool thread may still hold the relay after this object is gone.
        self._relay = _Relay()
        self._relay.loaded.connect(self._on_loaded)
        self._relay.failed.connect(self._on_load_failed)

    @property
    def running(self) -> bool:
        """True from ``start()`` until a result, a failure or ``cancel()``."""
        return self._reply is not None and not self._done

    def start(self) -> None:
        """Begin the transfer; a link that is not http(s) fails at once (queued)."""
        qurl = QUrl(self.url)
        if qurl.scheme().lower() not in ("http", "https") or not qurl.host():
            QTimer.singleShot(0, self, lambda: self._fail("only http and https links can be downloaded"))
            return
        request = QNetworkRequest(qurl)
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, f"Unquote/{__version__}")
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
        )
        self._reply = self._manager.get(request)
        self._reply.readyRead.connect(self._on_ready_read)
        self._reply.downloadProgress.connect(self._on_progress)
        self._reply.finished.connect(self._on_finished)
        self._timer.start(int(self.timeout_s * 1000))

    def cancel(self) -> None:
        """Stop the transfer; nothing more is emitted."""
        self._done = True
        self._timer.stop()
        if self._reply is not None:
            self._reply.abort()

    def _fail(self, reason: str) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if self._reply is not None:
            self._reply.abort()
        self.failed.emit(f"cannot download {self.url}: {reason}")

    def _too_big(self) -> str:
        return f"larger than {self.max_bytes / (1024 * 1024):g} MB"

    def _on_timeout(self) -> None:
        self._fail(f"no complete answer within {self.timeout_s:g} s")

    def _on_ready_read(self) -> None:
        if self._done or self._reply is None:
            return
        self._buffer += self._reply.readAll().data()
        if len(self._buffer) > self.max_bytes:
            self._fail(self._too_big())

    def _on_progress(self, received: int, total: int) -> None:
        if self._done:
            return
        if total > self.max_bytes:
            self._fail(self._too_big())
            return
        self.progress.emit(received, total)

    def _on_finished(self) -> None:
        reply = self._reply
        if self._done or reply is None:
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if isinstance(status, int) and status >= 400:
            phrase = reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute) or ""
            self._fail(f"the server answered {status} {phrase}".rstrip())
            return
        if reply.error() != QNetworkReply.NetworkError.NoError:
            self._fail(reply.errorString())
            return
        self._timer.stop()
        self._buffer += reply.readAll().data()
        content_type = reply.header(QNetworkRequest.KnownHeaders.ContentTypeHeader)
        self._parse(bytes(self._buffer), reply.url().toString(), content_type or "")

    def _parse(self, data: bytes, final_url: str, content_type: str) -> None:
        """Load the bytes on a pool thread; the final address (after redirects) is the source."""
        relay = self._relay
        prefix = f"cannot download {self.url}"

        def work() -> None:
            try:
                doc = load_bytes(data, final_url, content_type=content_type)
            except LoadError as err:
                relay.failed.emit(f"{prefix}: {err.reason}")
                return
            except Exception as err:  # a hostile page must not leave the download hanging
                relay.failed.emit(f"{prefix}: {type(err).__name__}: {err}")
                return
            relay.loaded.emit(doc)

        QThreadPool.globalInstance().start(work)

    def _on_loaded(self, doc: Document) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(doc)

    def _on_load_failed(self, message: str) -> None:
        if self._done:
            return
        self._done = True
        self.failed.emit(message)

