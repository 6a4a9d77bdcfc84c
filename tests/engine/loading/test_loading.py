"""Loading documents: formats, encodings, paragraphs, metadata prefixes and errors.

Fixtures are invented texts in tests/fixtures/loading/, one folder per format (the binary
ones are written by make_fixtures.py there); the shared gold pairs are read in place when present.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from unquote.engine.loading import LoadError, load_bytes, load_path, load_text
from unquote.engine.model import Document

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "loading"
SHARED = ROOT.parent / "shared" / "data"


def fixture_file(name: str) -> Path:
    """A loading fixture by its file name, from the folder of its format."""
    (path,) = FIXTURES.glob(f"*/{name}")
    return path


def paragraph_texts(document: Document) -> list[str]:
    return [document.text[s:e] for s, e in document.paragraphs]


def assert_well_formed(document: Document) -> None:
    """Paragraph spans are non-empty, in order, apart, inside the text and trimmed."""
    previous_end = 0
    for start, end in document.paragraphs:
        assert previous_end <= start < end <= len(document.text)
        chunk = document.text[start:end]
        assert chunk == chunk.strip()
        previous_end = end


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


ENCODED = ["The mayor said the \u201cbudget is final\u201d \u2014 but the caf\u00e9 owners on "
           "Rue L\u00e9on weren\u2019t convinced.", "They will meet again in M\u00e4rz."]


@pytest.mark.parametrize("name, encoding, paragraphs", [
    ("cp1252.txt", "windows-1252", ENCODED),
    ("latin1.txt", "iso-8859-1", ["Le caf\u00e9 \u00e9tait ferm\u00e9, dit-il.",
                                  "\u00c0 bient\u00f4t, r\u00e9pondit Fran\u00e7ois."]),
    ("utf8_bom.txt", "utf-8-sig", ENCODED),
    ("utf16.txt", "utf-16", ENCODED),
    ("crlf.txt", "utf-8", ENCODED),
    ("cr.txt", "utf-8", ENCODED),
])
def test_encodings_and_line_endings(name: str, encoding: str, paragraphs: list[str]) -> None:
    document = load_path(fixture_file(name))
    assert (document.kind, document.encoding) == ("text", encoding)
    assert paragraph_texts(document) == paragraphs
    assert "\r" not in document.text and "\ufeff" not in document.text
    assert_well_formed(document)


@pytest.mark.parametrize("name, lines_per_paragraph", [
    ("wrapped.txt", [1, 3, 3, 3]),
    ("lines.txt", [1, 1, 1, 1]),
])
def test_plain_text_is_verbatim(name: str, lines_per_paragraph: list[int]) -> None:
    path = fixture_file(name)
    document = load_path(path)
    assert document.text == path.read_text(encoding="utf-8")
    assert [p.count("\n") + 1 for p in paragraph_texts(document)] == lines_per_paragraph
    assert_well_formed(document)


@pytest.mark.parametrize("content, paragraphs", [
    ("One line.\nTwo line.\n", ["One line.", "Two line."]),
    ("  Indented line.  \n\n\n   \nNext one.\n", ["Indented line.", "Next one."]),
    ("A wrapped line that runs\non and on until\nit stops.\n\nShort.\n",
     ["A wrapped line that runs\non and on until\nit stops.", "Short."]),
    ("Whole sentence one.\nWhole sentence two.\n\nWhole sentence three.\n",
     ["Whole sentence one.", "Whole sentence two.", "Whole sentence three."]),
    ("No blank lines here and\nthe lines run on\n", ["No blank lines here and", "the lines run on"]),
])
def test_plain_text_paragraph_rule(tmp_path: Path, content: str, paragraphs: list[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    document = load_path(path)
    assert document.text == content
    assert paragraph_texts(document) == paragraphs


@pytest.mark.parametrize("content, metadata, starts_with, title", [
    (" date 2025-04-25 Meanwhile, the talks went on.\n\nMore.\n", {"date": "2025-04-25"},
     "Meanwhile, the talks", ""),
    ("date: 2025-04-25\nThe council met.\n", {"date": "2025-04-25"}, "The council met.", ""),
    ("Title: Ferry fares\nAuthor: J. Doe\n\nThe council met.\n",
     {"title": "Ferry fares", "author": "J. Doe"}, "The council met.", "Ferry fares"),
    ("url https://example.org/a/b\nThe council met.\n", {"url": "https://example.org/a/b"},
     "The council met.", ""),
    ("Source: city press office\nThe council met.\n", {"source": "city press office"},
     "The council met.", ""),
    ("Published: March 3, 2024\nThe council met.\n", {"date": "March 3, 2024"},
     "The council met.", ""),
    ("Updated 14 May 2024 The council met.\n", {"updated": "14 May 2024"}, "The council met.", ""),
    ("Date palms grow well in the south.\n", {}, "Date palms grow", ""),
    ("Title IX funding was cut.\n", {}, "Title IX funding", ""),
    ("Date:\nThe council met.\n", {}, "Date:", ""),
    ("Author of the plan, Ms Lee, spoke.\n", {}, "Author of the plan", ""),
])
def test_metadata_prefix(tmp_path: Path, content: str, metadata: dict[str, str],
                         starts_with: str, title: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    document = load_path(path)
    assert document.metadata == metadata
    assert document.text.startswith(starts_with)
    assert document.title == title
    assert_well_formed(document)


def test_markdown_visible_text() -> None:
    document = load_path(FIXTURES / "markdown" / "story.md")
    assert document.kind == "markdown"
    assert document.title == "Late frost hits the valley orchards"
    assert document.metadata == {"title": "Orchard growers count the cost of a late frost",
                                 "date": "2024-05-02", "author": "Lena Varga",
                                 "tags": "[farming, weather]"}
    assert paragraph_texts(document) == [
        "Late frost hits the valley orchards",
        "Growers in the upper valley lost up to half of their apricot blossom when "
        "temperatures fell to minus four degrees on Sunday night, the regional growers' "
        "union said.",
        "\"It's the worst night we've had in twenty years,\" said grower Tomas Brel.",
        "What the union asks for",
        "an emergency fund for the smallest farms",
        "a delay to the water levy payments",
        "Insurance covers hail, not frost, and that's the gap we need closed.",
        "minimum: -4.1 C",
    ]
    assert not set("*#[]`>") & set(document.text)
    assert document.text == "\n\n".join(paragraph_texts(document))


FARM_BODY = [
    "Night Trains Return to the Northern Line",
    "Sleeper services between the capital and the northern coast will resume in June after "
    "a six-year pause, the regional rail operator announced on Thursday.",
    "\"Travellers have asked us for this every single year,\" said operations director "
    "Halvard Stenberg. \"The carriages are refurbished and the timetable is ready.\"",
    "Tickets go on sale next month. A berth in a four-bed compartment will cost less than a "
    "night in a city-centre hotel, according to the operator's price list.",
    "Environmental groups welcomed the decision but said the service should run every night "
    "rather than four nights a week.",
]
FARM_JUNK = ["cookie", "Accept all", "mattress", "Share this", "Facebook", "Related",
             "coastal line", "Freight tunnel", "railfan", "understatement", "hotel that moves",
             "Comments", "All rights reserved", "Privacy", "trackShare", "Home", "By Ines"]


def test_html_main_text_only() -> None:
    document = load_path(FIXTURES / "html" / "farm_page.html")
    assert document.kind == "html"
    assert document.title == "Night Trains Return to the Northern Line"
    assert document.metadata["author"] == "Ines Okafor"
    assert document.metadata["date"] == "2024-03-14"
    assert paragraph_texts(document) == FARM_BODY
    for junk in FARM_JUNK:
        assert junk not in document.text, junk


def test_html_headline_added_when_body_lacks_it(tmp_path: Path) -> None:
    page = ("<html><head><title>Bridge reopens after repairs</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in FARM_BODY[1:]) + "</article></body></html>")
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    document = load_path(path)
    assert paragraph_texts(document) == ["Bridge reopens after repairs", *FARM_BODY[1:]]


def test_html_falls_back_to_paragraph_dump(tmp_path: Path) -> None:
    page = ("<html><body><nav><p>Home | News</p></nav><h1>Short notice</h1>"
            "<p>The pool is closed today.</p><footer><p>Contact us</p></footer></body></html>")
    path = tmp_path / "notice.html"
    path.write_text(page, encoding="utf-8")
    assert paragraph_texts(load_path(path)) == ["Short notice", "The pool is closed today."]


def test_docx_body_in_order() -> None:
    document = load_path(FIXTURES / "docx" / "library.docx")
    assert document.kind == "docx"
    assert document.title == "Library opening hours extended"  # no core title: first heading
    assert document.metadata == {"author": "Council press office"}
    assert paragraph_texts(document) == [
        "Library opening hours extended",
        "The city library will stay open until ten on weekdays from the first of October, "
        "the council said on Monday.",
        "Reactions",
        "\u201cStudents have asked for this for years,\u201d said librarian Odile Fenn.",
        "Day | Closing time",
        "Weekdays | 22:00",
        "The change costs about forty thousand euros a year.",
    ]
    assert "internal copy" not in document.text and "footer" not in document.text


def test_pdf_reflowed() -> None:
    document = load_path(FIXTURES / "pdf" / "report.pdf")
    assert document.kind == "pdf"
    assert document.title == "Ferry strike ends"
    assert paragraph_texts(document) == [
        "Ferry strike ends after talks",
        "The ferry crews returned to work on Monday after the union and the operator agreed "
        "to resume negotiations over pay in the autumn. Talks brokered by the Lund-Ferreira "
        "mediation office ran through the night.",
        "\"We have a deal we can defend,\" said union steward Agnes Holm. The operator said "
        "the timetable would be back to normal by Wednesday, and that the cancelled crossings "
        "would be refunded in full to every passenger who booked before the strike was called "
        "by the crews of the northern routes, which were hit hardest by the stoppage.",
        "Islanders were relieved. Shop owners on the outer islands said the week without "
        "deliveries had cost them more than the whole of last winter.",
        "The report of the mediators will be published in September by the Lund-Ferreira "
        "office, the operator said.",
    ]
    assert "GAZETTE" not in document.text
    assert_well_formed(document)


def _make_unreadable(tmp_path: Path) -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    return path


def _write(name: str, data: bytes):
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path
    return make


def _fixture(name: str):
    return lambda _tmp: fixture_file(name)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize("make, reason", [
    (lambda tmp: tmp / "absent.txt", "no such file"),
    (lambda tmp: tmp, "it is a folder, not a file"),
    (_make_unreadable, "permission denied"),
    (_fixture("binary.dat"), "it is binary data, not text"),
    (_fixture("pixel.png"), "it is an image (PNG), not a document"),
    (_write("empty.txt", b""), "it holds no text"),
    (_write("blank.txt", b" \n\t\r\n  \n"), "it holds no text"),
    (_write("blank16.txt", "  \n\n".encode("utf-16")), "it holds no text"),
    (_write("prefix-only.txt", b"date 2025-04-25\n"), "it holds no text"),
    (_write("empty.md", b"---\ntitle: x\n---\n"), "it holds no text"),
    (_fixture("encrypted.pdf"), "the PDF is encrypted"),
    (_fixture("scanned.pdf"), "the PDF has no text layer (scanned?)"),
    (_fixture("damaged.pdf"), "the PDF is damaged"),
    (_fixture("archive.docx"), "it is a zip archive, not a Word document"),
    (_fixture("truncated.docx"), "the Word document is damaged"),
    (_write("locked.docx", OLE + "EncryptedPackage".encode("utf-16-le")),
     "the Word document is encrypted"),
    (_write("old.doc", OLE + "WordDocument".encode("utf-16-le")), "it is an old Word .doc"),
    (_write("page.html", b"<html><body><script>x()</script></body></html>"),
     "the page holds no article text"),
])
def test_bad_input(tmp_path: Path, make, reason: str) -> None:
    path = make(tmp_path)
    with pytest.raises(LoadError) as caught:
        load_path(path)
    message = str(caught.value)
    assert message.startswith(f"cannot open {path}: {reason}")
    assert "\n" not in message


@pytest.mark.parametrize("name, limit, reason", [
    ("lines.txt", 0.0001, "the file is too large"),
    ("utf16.txt", 0.0001, "the file is too large"),
    ("report.pdf", 0.0005, "MB of text, over the limit of 0.0005 (raise it with --max-mb)"),
    ("farm_page.html", 0.0002, "the file is too large (0.00265 MB; the limit is 0.0002 MB"),
])
def test_size_limits(name: str, limit: float, reason: str) -> None:
    with pytest.raises(LoadError, match=re.escape(reason)):
        load_path(fixture_file(name), max_text_mb=limit)


def test_size_limit_on_pasted_text() -> None:
    with pytest.raises(LoadError, match="the pasted text: it has .* MB of text, over the limit of 0.001"):
        load_text("word " * 1000, max_text_mb=0.001)


@pytest.mark.parametrize("fixture, name, content_type, kind", [
    ("story.md", "story.md", "", "markdown"),
    ("story.md", "stdin", "", "markdown"),
    ("farm_page.html", "stdin", "", "html"),
    ("farm_page.html", "download", "text/html; charset=utf-8", "html"),
    ("report.pdf", "stdin", "", "pdf"),
    ("report.pdf", "report.txt", "", "pdf"),
    ("library.docx", "stdin", "", "docx"),
    ("lines.txt", "stdin", "", "text"),
    ("story.md", "story.txt", "", "text"),
    ("cp1252.txt", "x.unknown", "", "text"),
    ("story.md", "https://news.example/a/story.md?ref=feed#top", "", "markdown"),
    ("farm_page.html", "https://news.example/night-trains", "text/html", "html"),
])
def test_load_bytes_picks_format(fixture: str, name: str, content_type: str, kind: str) -> None:
    document = load_bytes(fixture_file(fixture).read_bytes(), name, content_type=content_type)
    assert (document.kind, document.source) == (kind, name)
    assert_well_formed(document)


def test_load_bytes_error_names_the_source() -> None:
    with pytest.raises(LoadError, match=r"^cannot open stdin: it holds no text$"):
        load_bytes(b"   \n", "stdin")


ARTICLE_HTML = (FIXTURES / "html" / "farm_page.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, html, kind, paragraphs", [
    ("One line.\r\nTwo line.\r\n", None, "pasted", ["One line.", "Two line."]),
    ("\ufeffdate 2025-01-02 First words here.", None, "pasted", ["First words here."]),
    ("Whole page text with menus and everything", ARTICLE_HTML, "html", FARM_BODY),
    ("Bold words only.", "<b>Bold words only.</b>", "pasted", ["Bold words only."]),
    ("# Heading\n\nSome **bold** and [a link](https://x.example).\n", None, "markdown",
     ["Heading", "Some bold and a link."]),
    (ARTICLE_HTML, None, "html", FARM_BODY),
])
def test_load_text(text: str, html: str | None, kind: str, paragraphs: list[str]) -> None:
    document = load_text(text, html=html)
    assert (document.kind, document.source) == (kind, "pasted")
    assert paragraph_texts(document) == paragraphs


def test_pasted_plain_text_is_verbatim() -> None:
    text = "  First paragraph.\n\nSecond one, with  two spaces.\n"
    document = load_text(text, source="drop")
    assert document.text == text and document.source == "drop"


def test_empty_paste_is_refused() -> None:
    with pytest.raises(LoadError, match=r"^cannot open the pasted text: it holds no text$"):
        load_text(" \n ")


def _gold(folder: str) -> dict:
    path = SHARED / folder / "gold.json"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return json.loads(path.read_text(encoding="utf-8"))


def _gold_sentences(gold: dict, side: str) -> list[str]:
    return [s for pair in gold["pairs"] for s in pair[side]] + gold[f"{side}_only"]


def test_seed_original_prefix_is_lifted() -> None:
    gold = _gold("seed")
    document = load_path(SHARED / "seed" / gold["left"])
    assert document.metadata == {"date": "2025-04-25"}
    assert document.text.startswith("Meanwhile, Ukrainian")
    text = squeeze(document.text)
    missing = [s for s in _gold_sentences(gold, "left") if squeeze(s) not in text]
    assert missing == []


def test_truncated_html_rewrite_keeps_the_article_only() -> None:
    gold = _gold("wikinews-truncated-html")
    document = load_path(SHARED / "wikinews-truncated-html" / gold["right"])
    text = squeeze(document.text)
    missing = [s for s in _gold_sentences(gold, "right") if squeeze(s) not in text]
    assert missing == []
    for junk in ("Dave_M", "Stay strong", "Unbelievable", "Easy to say", "Nothing ever does",
                 "Related Stories", "Advertisement", "20 pounds", "insurance plan", "READ MORE",
                 "Share this story", "Comments", "TRENDING", "Privacy"):
        assert junk not in document.text, junk


def test_health_docx_holds_every_left_sentence() -> None:
    gold = _gold("wikinews-health-docx")
    document = load_path(SHARED / "wikinews-health-docx" / gold["left"])
    text = squeeze(document.text)
    missing = [s for s in _gold_sentences(gold, "left") if squeeze(s) not in text]
    assert missing == []
    assert "news desk copy" not in document.text and "CC BY" not in document.text


def test_docx_core_title_wins_over_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Core title"
    document.add_heading("Visible heading", level=1)
    document.add_paragraph("Body text.")
    path = tmp_path / "titled.docx"
    document.save(path)
    loaded = load_path(path)
    assert (loaded.title, paragraph_texts(loaded)) == ("Core title", ["Visible heading",
                                                                      "Body text."])


def test_pdf_encrypted_without_user_password_opens(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(FIXTURES / "pdf" / "report.pdf"))
    writer.encrypt(user_password="", owner_password="owner only", algorithm="RC4-128")
    path = tmp_path / "restricted.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    assert paragraph_texts(load_path(path)) == paragraph_texts(load_path(FIXTURES / "pdf" / "report.pdf"))


def test_error_message_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    with pytest.raises(LoadError) as caught:
        load_path(path)
    assert "\n" not in str(caught.value) and str(caught.value).endswith("no such file")
