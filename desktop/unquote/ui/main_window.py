"""The main window: panes, connector band, overview strip and docks, wired to the session.

Menus and actions come from :mod:`window_menus`; file work from :mod:`file_actions`;
notes and decisions from :mod:`note_actions`; selection and jumps from :mod:`navigator`.
No drawing code here.
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDockWidget, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from ..engine.model import SIDES, Comparison, Document, Side
from ..engine.settings import Settings
from ..resources import sample_pair
from .autosave import Autosave
from .connector_band import ConnectorBand
from .document_pane import DEFAULT_ZOOM, DocumentPane
from .file_actions import FileActions
from .find_bar import FindBar
from .inputs import InputLoader
from .navigator import Navigator
from .note_actions import NoteActions, note_markers
from .notes_panel import NotesPanel
from .options_dialog import OptionsDialog
from .overview_strip import OverviewStrip
from .palette import current_palette
from .quote_panel import QuotePanel
from .scroll_sync import ScrollSync
from .session import Session
from .summary_panel import SummaryPanel
from .window_menus import build_menus
from .worker import CompareRunner

#: Pause between the stages of showing a large comparison (more sentences than
#: LARGE_PAIR), so other events get their turn; small ones are shown without pauses.
STAGE_GAP_MS = 25
LARGE_PAIR = 2000
WELCOME = ("Drop two articles on this window (the original, then the rewrite), paste them, or use "
           "<b>File › Open Pair</b>. &nbsp; <a href='sample:'>Try the sample pair</a>")


class MainWindow(QMainWindow):
    """Two documents side by side, what links them, and the quote, note and summary docks."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.qsettings = settings if settings is not None else QSettings()
        self.palette_ = current_palette()
        self.session = Session(self)
        self.runner = CompareRunner(self)
        self.loader = InputLoader(self)
        self.files = FileActions(self, self.session, self.loader, self.qsettings)
        self.notes = NoteActions(self, self.session)
        self.autosave = Autosave(self.session, parent=self)
        self.panes = {side: DocumentPane(side) for side in SIDES}
        self.views = {side: pane.view for side, pane in self.panes.items()}
        self.band = ConnectorBand(self.views["left"], self.views["right"])
        self.strip = OverviewStrip(self.views)
        self.sync = ScrollSync(self.views["left"], self.views["right"], self)
        self.find_bar = FindBar(self.views)
        self.find_bar.hide()
        self.welcome = QLabel(WELCOME)
        self.welcome.setObjectName("welcome")
        self.welcome.setWordWrap(True)
        self.welcome.setContentsMargins(8, 6, 8, 6)
        self.welcome.linkActivated.connect(lambda _: self.open_sample())
        self._build_central()
        self.quote_panel, self.notes_panel = QuotePanel(), NotesPanel()
        self.summary_panel = SummaryPanel(self.palette_)
        self.docks = {name: self._dock(name, title, widget) for name, title, widget in (
            ("quotes", "Quotes", self.quote_panel), ("notes", "Notes", self.notes_panel),
            ("summary", "Summary", self.summary_panel))}
        self.tabifyDockWidget(self.docks["notes"], self.docks["summary"])
        self.docks["summary"].raise_()
        self._build_status()
        self.nav = Navigator(self.session, self.views, self.band, self.sync, self.notes, self.say)
        self.actions_ = build_menus(self)
        self._connect()
        self.zoom = DEFAULT_ZOOM
        self._stage_generation = 0
        self._stages: list = []
        self._restore()
        self.show_comparison(None)

    # -- construction ------------------------------------------------------------------
    def _build_central(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.panes["left"], 1)
        row.addWidget(self.band)
        row.addWidget(self.panes["right"], 1)
        row.addSpacing(4)
        row.addWidget(self.strip)
        column = QVBoxLayout()
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.find_bar)
        column.addWidget(self.welcome)
        column.addLayout(row, 1)
        central = QWidget()
        central.setLayout(column)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_status(self) -> None:
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("statusMessage")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _connect(self) -> None:
        s = self.session
        s.comparisonChanged.connect(self.show_comparison)
        s.annotationsChanged.connect(self._show_notes)
        s.documentsChanged.connect(self._documents_changed)
        s.rerunNeeded.connect(self.run_comparison)
        s.pathChanged.connect(lambda *_: self._update_title())
        s.undo.cleanChanged.connect(lambda *_: self._update_title())
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(lambda m: (self._set_busy(False), self.say(m, error=True)))
        self.runner.cancelled.connect(lambda: (self._set_busy(False), self.say("Comparison cancelled.")))
        self.loader.loaded.connect(self.replace_document)
        self.loader.loaded.connect(lambda *_: self._set_busy(self.loader.busy() or self.runner.running))
        self.loader.failed.connect(lambda m: (self._set_busy(self.loader.busy() or self.runner.running),
                                              self.say(m, error=True)))
        self.loader.reading.connect(lambda side, name: (self._set_busy(True),
                                                        self.say(f"Reading the {side} document: {name}…")))
        self.loader.cancelled.connect(lambda: (self._set_busy(self.runner.running), self.say("Loading cancelled.")))
        self.loader.downloading.connect(self._downloading)
        self.files.failed.connect(lambda m: self.say(m, error=True))
        self.autosave.failed.connect(lambda m: self.say(m, error=True))
        self.files.done.connect(self.say)
        for side, view in self.views.items():
            view.sentenceClicked.connect(lambda i, pick, side=side: self.nav.click_sentence(side, i, pick))
            view.mimeDropped.connect(lambda mime, side=side: self.loader.load_mime(mime, side, side))
            view.pasteRequested.connect(lambda side=side: self.paste(side))
        self.strip.positionClicked.connect(self.nav.strip_clicked)
        self.quote_panel.quoteActivated.connect(self.nav.show_quote)
        self.notes_panel.addRequested.connect(lambda: self.notes.add_note())
        self.notes_panel.editRequested.connect(self.notes.edit_note)
        self.notes_panel.deleteRequested.connect(self.notes.delete_note)
        self.notes_panel.noteActivated.connect(self.nav.note_activated)

    def _restore(self) -> None:
        q = self.qsettings
        if q.value("geometry") is not None:
            self.restoreGeometry(q.value("geometry"))
        if q.value("state") is not None:
            self.restoreState(q.value("state"))
        try:
            self.session.settings = Settings.from_dict(json.loads(str(q.value("options", "{}"))))
        except (ValueError, TypeError):
            self.session.settings = Settings()

    # -- documents and runs -------------------------------------------------------------
    def open_sample(self) -> None:
        pair = sample_pair()
        if pair is None:
            self.say("The sample pair is not installed.", error=True)
            return
        self.loader.load_file("left", str(pair[0]))
        self.loader.load_file("right", str(pair[1]))

    def replace_document(self, side: Side, document: Document) -> None:
        """A loaded document takes its side, once unsaved notes or corrections are dealt with."""
        if self.maybe_discard():
            self.session.set_document(side, document)

    def swap_sides(self) -> None:
        if self.maybe_discard():
            self.session.swap()

    def paste(self, side: Side) -> None:
        self.loader.load_mime(QApplication.clipboard().mimeData(), side, side)

    def _documents_changed(self) -> None:
        for side in SIDES:
            self.panes[side].set_header(self.session.documents[side])
            self.views[side].show_document(self.session.documents[side])
        self._update_title()
        self.run_comparison()

    def run_comparison(self) -> None:
        s = self.session
        left, right = s.documents["left"], s.documents["right"]
        if left is None or right is None:
            return
        self._set_busy(True)
        self.say("Comparing…")
        self.runner.start(left, right, s.settings, s.decisions)

    def cancel(self) -> None:
        self.runner.cancel()
        self.loader.cancel()

    def _progress(self, fraction: float, phase: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.say(f"Comparing: {phase}…")

    def _downloading(self, side: str, got: int, total: int) -> None:
        self._set_busy(True)
        self.progress.setValue(round(100 * got / total) if total > 0 else 0)
        self.say(f"Downloading the {side} document: {got // 1024} KB")

    def _finished(self, c: Comparison) -> None:
        self._set_busy(False)
        self.session.accept_result(c)
        self.say(f"{len(c.left_sentences)} sentences on the left, {len(c.right_sentences)} on the right: "
                 f"{len(c.links)} pairs, {len(c.quote_matches)} quotations compared.")

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self.progress.setValue(0)

    def say(self, message: str, error: bool = False) -> None:
        self.message.setText(message)
        self.message.setStyleSheet("color: #D55E00; font-weight: bold;" if error else "")

    # -- showing ------------------------------------------------------------------------
    def show_comparison(self, c: Comparison | None) -> None:
        """Show a comparison (or none): panes at once, maps and sidebars in later turns.

        Each stage stays well under 100 ms on a 10k-sentence pair, so the event loop keeps
        running; a newer comparison abandons the stages of an older one.
        """
        self._stage_generation += 1
        self.welcome.setVisible(c is None and not any(self.session.documents.values()))
        if c is not None:
            zoom = self.session.view.get("zoom", self.zoom)
            self.zoom = float(zoom) if isinstance(zoom, (int, float)) else self.zoom
            self.sync.enabled = bool(self.session.view.get("sync", self.sync.enabled))
            for side in SIDES:
                self.panes[side].set_header(c.document(side))
                self.views[side].show_comparison(c, self.palette_)
        for pane in self.panes.values():
            pane.set_zoom(self.zoom)
        self.band.set_comparison(c, self.palette_)
        self.sync.set_comparison(c)
        self.nav.set_comparison(None)
        self.notes.selection, self.notes.focus_quote = ((), ()), None
        self._show_notes()
        self.actions_["sync_scroll"].setChecked(self.sync.enabled)
        self._stages = [lambda: self.strip.set_comparison(c, self.palette_),
                        lambda: self.quote_panel.set_comparison(c),
                        lambda: self.summary_panel.set_comparison(c),
                        lambda: self.nav.set_comparison(c)]
        self._next_stage(self._stage_generation)

    def _next_stage(self, generation: int) -> None:
        if generation != self._stage_generation or not self._stages:
            return
        self._stages.pop(0)()
        c = self.session.comparison
        large = c is not None and len(c.left_sentences) + len(c.right_sentences) > LARGE_PAIR
        QTimer.singleShot(STAGE_GAP_MS if large else 0, self, lambda: self._next_stage(generation))

    def presented(self) -> bool:
        """Whether the current comparison is completely on screen (highlights, sidebars, figures)."""
        return (not self._stages and all(v.highlighting_done() for v in self.views.values())
                and self.summary_panel.is_current())

    def _show_notes(self) -> None:
        c = self.session.comparison
        self.notes_panel.set_notes(self.session.annotations)
        markers = note_markers(c, self.session.annotations, self.palette_) if c else {"left": {}, "right": {}}
        for side in SIDES:
            self.views[side].set_markers(markers[side])
        self._update_title()

    def _update_title(self) -> None:
        docs = [d.title or "untitled" for d in self.session.documents.values() if d is not None]
        name = Path(self.session.path).name if self.session.path else " ↔ ".join(docs)
        self.setWindowTitle(f"{name}[*] — Unquote" if name else "Unquote")
        self.setWindowModified(not self.session.undo.isClean())

    # -- view options ---------------------------------------------------------------------
    def set_zoom(self, points: float) -> None:
        self.zoom = max(6.0, min(40.0, points))
        self.session.view["zoom"] = self.zoom
        for pane in self.panes.values():
            pane.set_zoom(self.zoom)

    def set_sync(self, on: bool) -> None:
        self.sync.enabled = on
        self.session.view["sync"] = on

    def edit_options(self) -> None:
        dialog = OptionsDialog(self.session.settings, self)
        if dialog.exec():
            self.qsettings.setValue("options", json.dumps(dialog.settings().to_dict()))
            self.session.set_settings(dialog.settings())

    # -- drops and closing ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction()
        empty: Side = "left" if self.session.documents["left"] is None else "right"
        self.loader.load_mime(event.mimeData(), None, empty)

    def maybe_discard(self) -> bool:
        """True when nothing unsaved would be lost, or the user chose to save or discard it."""
        if self.session.undo.isClean():
            return True
        answer = QMessageBox.question(
            self, "Unsaved notes", "This comparison has notes or corrections that are not saved. Save them?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.files.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_comparison(self) -> None:
        if self.maybe_discard():
            self.runner.cancel()
            self.session.close()
            for side in SIDES:
                self.panes[side].set_header(None)
                self.views[side].show_document(None)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.maybe_discard():
            event.ignore()
            return
        self.qsettings.setValue("geometry", self.saveGeometry())
        self.qsettings.setValue("state", self.saveState())
        self.runner.stop()
        self.loader.cancel()
        self.autosave.discard()
        event.accept()
