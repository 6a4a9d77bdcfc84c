"""The main window: panes, connector band, overview strip and docks, wired to the session.

Menus and actions come from :mod:`window_menus`; file work from :mod:`file_actions`;
notes and decisions from :mod:`note_actions`; selection and jumps from :mod:`navigator`;
showing a comparison, in stages, from :mod:`presentation`. No drawing code here.
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QApplication, QDockWidget, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QVBoxLayout, QWidget)

from ..engine.model import SIDES, Comparison, Document, Side
from ..engine.appearance.naming import document_name
from ..engine.settings import Settings
from ..engine.results.summary import shares_almost_nothing
from ..resources import sample_pair
from .comparison.autosave import Autosave
from .panes.connector_band import ConnectorBand
from .loading.drops import inputs_from_mime
from .panels.legend import LegendDialog
from .panes.document_pane import DEFAULT_ZOOM, DocumentPane
from .actions.file_actions import FileActions
from .panes.find_bar import FindBar
from .loading.inputs import InputLoader
from .actions.navigator import Navigator
from .actions.note_actions import NoteActions, note_markers
from .panels.notes_panel import NotesPanel
from .actions.options_dialog import OptionsDialog
from .panes.overview_strip import OverviewStrip
from .palette import current_palette
from .presentation import Presentation
from .panels.quote_panel import QuotePanel
from .panes.scroll_sync import ScrollSync
from .comparison.session import Session
from .status_line import StatusLine
from .panels.summary_panel import SummaryPanel
from .actions.window_menus import build_menus
from .comparison.worker import CompareRunner

WELCOME = ("Drop two articles on this window (the original, then the rewrite), paste them, or use "
           "<b>File › Open Pair</b>. &nbsp; <a href='sample:'>Try the sample pair</a>")


#: Version of the dock layout kept in the settings: a layout saved by a version with other
#: docks (the findings panel squeezed under the summary) is not restored.
DOCK_LAYOUT = 2
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
        self.quote_panel.set_colours(self.palette_.selection.name(), self.palette_.quote.name())
        self.summary_panel = SummaryPanel()
        self._build_docks()
        self.status_line = StatusLine(self.statusBar(), self.cancel)
        self.nav = Navigator(self.session, self.views, self.band, self.sync, self.notes, self.say)
        self.actions_ = build_menus(self)
        self._connect()
        self.zoom = DEFAULT_ZOOM
        self.presentation = Presentation(self)
        self._shown_once = False
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

    def _build_docks(self) -> None:
        """Quotation findings down the whole right side; notes and a compact summary
        side by side under the panes. A saved layout (``_restore``) replaces this one."""
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.setCorner(Qt.Corner.TopRightCorner, right)
        self.docks = {name: self._dock(name, title, widget, area) for name, title, widget, area in (
            ("quotes", "Quotation findings", self.quote_panel, right),
            ("notes", "Notes", self.notes_panel, bottom),
            ("summary", "Summary", self.summary_panel, bottom))}
        self.splitDockWidget(self.docks["notes"], self.docks["summary"], Qt.Orientation.Horizontal)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def default_dock_sizes(self) -> None:
        """Findings about 36 % of the width; notes and summary about a fifth of the height."""
        self.resizeDocks([self.docks["quotes"]], [max(360, round(self.width() * 0.36))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["notes"], self.docks["summary"]], [max(110, round(self.height() * 0.2))] * 2,
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["notes"], self.docks["summary"]], [3, 2], Qt.Orientation.Horizontal)

    def _connect(self) -> None:
        s = self.session
        s.comparisonChanged.connect(self.show_comparison)
        s.annotationsChanged.connect(self.show_notes)
        s.documentsChanged.connect(self._documents_changed)
        s.rerunNeeded.connect(self.run_comparison)
        s.pathChanged.connect(lambda *_: self._update_title())
        s.undo.cleanChanged.connect(lambda *_: self._update_title())
        self.runner.progress.connect(self.status_line.comparing)
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
        self.loader.downloading.connect(self.status_line.downloading)
        self.files.failed.connect(lambda m: self.say(m, error=True))
        self.autosave.failed.connect(lambda m: self.say(m, error=True))
        self.files.done.connect(self.say)
        for side, view in self.views.items():
            view.sentenceClicked.connect(lambda i, pick, side=side: self.nav.click_sentence(side, i, pick))
            view.mimeDropped.connect(lambda mime, side=side: self.dropped(mime, side))
            view.findingClicked.connect(self.finding_clicked)
            view.pasteRequested.connect(lambda side=side: self.paste(side))
        self.strip.positionClicked.connect(self.nav.strip_clicked)
        self.quote_panel.quoteActivated.connect(self.nav.show_quote)
        self.summary_panel.legendRequested.connect(self.show_legend)
        self.notes_panel.addRequested.connect(lambda: self.notes.add_note())
        self.notes_panel.editRequested.connect(self.notes.edit_note)
        self.notes_panel.deleteRequested.connect(self.notes.delete_note)
        self.notes_panel.noteActivated.connect(self.nav.note_activated)

    def _restore(self) -> None:
        q = self.qsettings
        if q.value("geometry") is not None:
            self.restoreGeometry(q.value("geometry"))
        self._layout_saved = q.value("state") is not None and self.restoreState(q.value("state"), DOCK_LAYOUT)
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

    def _finished(self, c: Comparison) -> None:
        self._set_busy(False)
        self.session.accept_result(c)
        if shares_almost_nothing(c):
            self.say("These two documents share almost nothing: fewer than one sentence in ten has a partner. "
                     "Are they versions of the same article?", error=True)
            return
        self.say(f"{len(c.left_sentences)} sentences on the left, {len(c.right_sentences)} on the right: "
                 f"{len(c.links)} pairs.")

    def _set_busy(self, busy: bool) -> None:
        self.status_line.set_busy(busy)

    def say(self, message: str, error: bool = False) -> None:
        self.status_line.say(message, error)

    # -- showing ------------------------------------------------------------------------
    def show_comparison(self, c: Comparison | None) -> None:
        """Show a comparison (or none), in stages (:mod:`presentation`)."""
        self.presentation.show(c)

    def presented(self) -> bool:
        """Whether the current comparison is completely on screen (highlights, sidebars, figures)."""
        return self.presentation.complete()

    def show_notes(self) -> None:
        c = self.session.comparison
        self.notes_panel.set_notes(self.session.annotations, self.notes.finding_numbers_of_notes())
        markers = note_markers(c, self.session.annotations, self.palette_) if c else {"left": {}, "right": {}}
        for side in SIDES:
            self.views[side].set_markers(markers[side])
        self._update_title()

    def finding_clicked(self, n: int) -> None:
        """A finding's number (or its quotation) clicked in a pane: select it in the panel."""
        self.docks["quotes"].show()
        self.quote_panel.select_finding(n)

    def _update_title(self) -> None:
        docs = [document_name(d) for d in self.session.documents.values() if d is not None]
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

    def set_word_marks(self, on: bool) -> None:
        """View › Word Marks: paint changed (or shared) words, or sentence colours only."""
        for view in self.views.values():
            view.word_marks = on
        c = self.session.comparison
        if c is not None:
            for side in SIDES:
                self.views[side].show_comparison(c, self.palette_)

    def show_legend(self) -> None:
        LegendDialog(self.palette_, self).exec()

    def go_change(self, forward: bool, quotes: bool = False) -> None:
        """Next or previous change from what is on screen; a quotation finding is also
        outlined and scrolled to in the findings panel."""
        stop = self.nav.go_change(forward, quotes)
        if stop is not None and stop.quote is not None:
            self.quote_panel.select_finding(stop.quote)

    def escape(self) -> None:
        """Esc: stop what runs, else close the find bar."""
        if self.runner.running or self.loader.downloads:
            self.cancel()
        elif self.find_bar.isVisible():
            self.find_bar.close_bar()

    def edit_options(self) -> None:
        dialog = OptionsDialog(self.session.settings, self)
        if dialog.exec():
            self.qsettings.setValue("options", json.dumps(dialog.settings().to_dict()))
            self.session.set_settings(dialog.settings())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._layout_saved and not self._shown_once:
            self.default_dock_sizes()
        self._shown_once = True

    # -- drops and closing ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction()
        self.dropped(event.mimeData(), None)

    def dropped(self, mime, side: Side | None) -> None:
        """A drop on the window or a pane: a saved comparison reopens, documents load."""
        items = inputs_from_mime(mime)
        if len(items) == 1 and items[0].kind == "file" and items[0].value.lower().endswith(".unquote"):
            if self.maybe_discard():
                self.files.open_comparison(items[0].value)
            return
        empty: Side = "left" if self.session.documents["left"] is None else "right"
        self.loader.load_mime(mime, side, side or empty)

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
        self.qsettings.setValue("state", self.saveState(DOCK_LAYOUT))
        self.runner.stop()
        self.loader.cancel()
        self.autosave.discard()
        event.accept()
