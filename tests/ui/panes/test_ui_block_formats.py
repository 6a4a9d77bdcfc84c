"""Highlights kept in the blocks' layouts: applied per block, on demand, merged in order."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextDocument

from unquote.ui.panes.block_formats import BlockFormats

TEXT = "The ferry left at noon.\nIt came back late.\nNobody was hurt."


def background(colour: str) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(QBrush(QColor(colour)))
    return f


def bold() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setFontWeight(QFont.Weight.Bold)
    return f


@pytest.fixture
def blocks(qapp):
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    doc.documentLayout()  # blocks get their layouts from the document's layout
    return BlockFormats(doc)


def run(steps) -> None:
    for _ in steps:
        pass


def has_background(blocks: BlockFormats, word: str, colour: str) -> bool:
    return blocks.format_at(TEXT.index(word)).background().color() == QColor(colour)


def test_only_the_blocks_asked_for_are_drawn_until_the_rest_follow(blocks):
    run(blocks.set_spans([(0, len(TEXT), background("#ffcc00"))]))
    blocks.apply(0, 0)
    assert has_background(blocks, "ferry", "#ffcc00")
    assert not has_background(blocks, "Nobody", "#ffcc00")
    assert not blocks.done()
    run(blocks.apply_all(0, 0))
    assert blocks.done() and has_background(blocks, "Nobody", "#ffcc00") and has_background(blocks, "came", "#ffcc00")


def test_later_highlights_merge_over_earlier_ones(blocks):
    start = TEXT.index("came")
    run(blocks.set_spans([(0, len(TEXT), background("#ffcc00")), (start, start + 4, bold()),
                          (start, start + 4, background("#00aa00"))]))
    run(blocks.apply_all(0, 2))
    fmt = blocks.format_at(start)
    assert fmt.fontWeight() == QFont.Weight.Bold and fmt.background().color() == QColor("#00aa00")
    assert has_background(blocks, "back", "#ffcc00")
    assert blocks.format_at(TEXT.index("back")).fontWeight() != QFont.Weight.Bold


def test_new_highlights_clear_the_blocks_left_without_any(blocks):
    run(blocks.set_spans([(0, len(TEXT), background("#ffcc00"))]))
    run(blocks.apply_all(0, 2))
    nobody = TEXT.index("Nobody")
    run(blocks.set_spans([(nobody, nobody + 6, background("#00aa00"))]))
    run(blocks.apply_all(0, 2))
    assert not has_background(blocks, "ferry", "#ffcc00")
    assert has_background(blocks, "Nobody", "#00aa00")


def test_the_last_block_of_a_long_document_is_drawn(window, present, qtbot):
    from unquote.engine.run.compare import compare
    from unquote.engine.loading import load_text

    paragraphs = [f"The council met for the {n}th time on Tuesday. Residents of ward {n} asked for a new bridge."
                  for n in range(1, 400)]
    changed = [p.replace("asked for", "demanded") if n % 3 == 0 else p for n, p in enumerate(paragraphs)]
    c = compare(load_text("\n\n".join(paragraphs), source="left"), load_text("\n\n".join(changed), source="right"))
    present(c)
    view = window.views["right"]
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    word = c.right.text.rindex("demanded")
    assert view.format_at(word).background().color() == window.palette_.inserted


def drawn_colour(view, index: int) -> QColor:
    """The colour painted just inside the top left corner of the character at ``index``."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(index) + 1)
    rect = view.cursorRect(cursor)
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() - 2, rect.top() + 1)


def test_highlights_are_drawn_and_survive_a_zoom(window, present, known_pair, qtbot):
    present(known_pair)
    left, index = window.views["left"], known_pair.left.text.index("close")
    assert drawn_colour(left, index) == window.palette_.deleted
    window.set_zoom(17)
    qtbot.wait(50)
    assert left.format_at(index).background().color() == window.palette_.deleted
    assert drawn_colour(left, index) == window.palette_.deleted
