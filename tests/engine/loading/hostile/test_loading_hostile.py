"""Hostile files each loader meets: a clean LoadError (or a document), never a traceback;
limits refused with their name. Built in memory by fuzz_binary.py (next to this module);
the whole fuzz corpus runs in test_fuzz.py here (slow)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fuzz_binary import (  # noqa: E402
    SENTENCE, body, docx_cases, docx_with, paragraph, pdf_cases, surrogate_tounicode, zip_bomb,
)
from unquote.engine.loading import LimitError, Limits, LoadError, load_bytes  # noqa: E402

DOCX = docx_cases()
PDF = pdf_cases()


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("UNQUOTE_LOG_DIR", str(tmp_path / "logs"))


@pytest.mark.parametrize(("case", "reason"), [
    ("docx-wrong-root", "damaged"),
    ("docx-not-xml", "damaged"),
    ("docx-empty-body", "holds no text"),
    ("docx-only-spaces", "holds no text"),
    ("docx-encrypted-entry", "encrypted"),
    ("docx-deflate64-entry", "compression method Unquote cannot read (method 9)"),
    ("docx-aes-entry", "compression method Unquote cannot read (method 99)"),
    ("docx-200k-paragraphs", "paragraphs, over the limit of 20,000 (raise it with --max-paragraphs)"),
    ("docx-ole-encrypted", "encrypted"),
    ("docx-old-doc", "old Word .doc"),
    ("pdf-unknown-encryption-filter", "encrypted"),
    ("pdf-no-xref", "PDF"),
    ("pdf-header-only", "PDF"),
])
def test_refused_in_one_line(case, reason):
    data = (DOCX.get(case) or PDF[case])()
    suffix = ".docx" if case.startswith("docx") else ".pdf"
    with pytest.raises(LoadError, match=re.escape(reason)) as caught:
        load_bytes(data, "hostile" + suffix)
    assert "\n" not in str(caught.value) and "hostile" in str(caught.value)


@pytest.mark.parametrize("case", ["docx-merge-without-cell-above", "docx-merged-chain-3000",
                                  "docx-span-10M-columns", "docx-bzip2-entry", "docx-stored-entry",
                                  "pdf-title-number", "pdf-title-array", "pdf-title-dictionary",
                                  "pdf-info-not-dictionary"])
def test_loaded_despite_odd_structure(case):
    data = (DOCX.get(case) or PDF[case])()
    document = load_bytes(data, "odd" + (".docx" if case.startswith("docx") else ".pdf"))
    assert SENTENCE in document.text and isinstance(document.title, str)


def test_merged_cells_give_the_text_once():
    document = load_bytes(DOCX["docx-merged-chain-3000"](), "merged.docx")
    assert document.text.count("Top") == 1


def test_a_zip_bomb_stops_at_the_unpacked_limit_without_inflating_it_whole():
    with pytest.raises(LimitError, match=r"MB unpacked, over the limit of 2 \(raise it with "
                                         r"--max-unpacked-mb\)") as caught:
        load_bytes(zip_bomb(16), "bomb.docx", limits=Limits(unpacked_mb=2.0))
    assert caught.value.limit == "unpacked_mb"


def test_a_surrogate_from_a_font_map_becomes_a_replacement_character():
    document = load_bytes(surrogate_tounicode(), "fonts.pdf")
    document.text.encode("utf-8")  # a lone surrogate would not encode


@pytest.mark.parametrize("charset", ["undefined", "unicode_escape", "rot13", "base64", "nonsense"])
def test_a_meta_charset_that_is_no_character_set_is_ignored(charset):
    page = (f'<html><head><meta charset="{charset}"></head><body><p>{SENTENCE} '
            "Caf\xe9 prices rose again.</p></body></html>").encode("latin-1")
    document = load_bytes(page, "page.html")
    assert SENTENCE in document.text


def test_the_page_limit_is_read_before_the_pages():
    with pytest.raises(LimitError, match="5,001 pages"):
        load_bytes(PDF["pdf-5000-pages"](), "long.pdf")


def test_every_body_part_is_counted_even_when_its_chunks_split_a_tag():
    xml = body(paragraph("Short line.") * 30)
    with pytest.raises(LimitError, match="paragraphs"):
        load_bytes(docx_with(xml), "many.docx", limits=Limits(paragraphs=29))
