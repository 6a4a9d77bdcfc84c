"""Hostile Word and PDF files for the fuzz corpus, built in memory (nothing stored).

Word files are python-docx's template with a body we write ourselves, so each case can
break exactly one thing (root element, merged cells, spans, compression, size). PDFs are
written object by object, so trailers, info dictionaries, encryption and font maps can
hold whatever a damaged or hostile file holds.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator

import docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SENTENCE = "The council met on Monday and agreed to extend the library hours."


def _template() -> dict[str, bytes]:
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    document.save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


_PARTS: dict[str, bytes] = {}


def _parts() -> dict[str, bytes]:
    if not _PARTS:
        _PARTS.update(_template())
    return dict(_PARTS)


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def body(inner: str, root: str = "w:document") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<{root} {W}><w:body>{inner}</w:body></{root}>").encode()


def docx_with(document_xml: bytes | Iterator[bytes], *, method: int = zipfile.ZIP_DEFLATED,
              level: int = 6) -> bytes:
    """The template with ``document_xml`` as its body (chunks are streamed into the zip)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _parts().items():
            if name != "word/document.xml":
                archive.writestr(name, data)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = method
        with archive.open(info, "w", force_zip64=True) as member:
            if isinstance(document_xml, bytes):
                member.write(document_xml)
            else:
                for chunk in document_xml:
                    member.write(chunk)
    return out.getvalue()


def zip_bomb(megabytes: int) -> bytes:
    """A small .docx whose body inflates to ``megabytes`` of one repeated paragraph."""
    unit = paragraph("word " * 200).encode()
    chunk = unit * ((1 << 20) // len(unit))
    head = body("").split(b"<w:body>")[0] + b"<w:body>"

    def chunks() -> Iterator[bytes]:
        yield head
        for _ in range(megabytes):
            yield chunk
        yield b"</w:body></w:document>"

    return docx_with(chunks(), level=9)


def with_header_bits(data: bytes, name: str, *, flags: int | None = None,
                     method: int | None = None) -> bytes:
    """``data`` (a zip) with the flag bits or compression method of member ``name`` changed
    in both its local header and the central directory (an encrypted or deflate64 entry)."""
    raw = bytearray(data)
    encoded = name.encode()
    for signature, flag_at, method_at, name_len_at, name_at in (
            (b"PK\x03\x04", 6, 8, 26, 30), (b"PK\x01\x02", 8, 10, 28, 46)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            length = struct.unpack_from("<H", raw, start + name_len_at)[0]
            if raw[start + name_at:start + name_at + length] == encoded:
                if flags is not None:
                    struct.pack_into("<H", raw, start + flag_at, flags)
                if method is not None:
                    struct.pack_into("<H", raw, start + method_at, method)
            start += 4
    return bytes(raw)


def merged_chain(rows: int) -> bytes:
    """A one-column table of ``rows`` vertically merged cells (python-docx recursed on it)."""
    first = f"<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>{paragraph('Top')}</w:tc></w:tr>"
    rest = f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{paragraph('')}</w:tc></w:tr>" * rows
    return docx_with(body(paragraph(SENTENCE) + f"<w:tbl>{first}{rest}</w:tbl>"))


def merge_without_cell_above() -> bytes:
    row = f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{paragraph('Orphan cell')}</w:tc></w:tr>"
    return docx_with(body(paragraph(SENTENCE) + f"<w:tbl>{row}{row}</w:tbl>"))


def wide_span(columns: int) -> bytes:
    cell = (f"<w:tc><w:tcPr><w:gridSpan w:val=\"{columns}\"/></w:tcPr>{paragraph('Wide')}</w:tc>")
    return docx_with(body(paragraph(SENTENCE) + f"<w:tbl><w:tr>{cell}{cell}</w:tr></w:tbl>"))


def many_paragraphs(count: int) -> bytes:
    unit = paragraph("A short line of text.").encode()

    def chunks() -> Iterator[bytes]:
        yield body("").split(b"<w:body>")[0] + b"<w:body>"
        for _ in range(count // 1000):
            yield unit * 1000
        yield b"</w:body></w:document>"

    return docx_with(chunks())


def docx_cases() -> dict[str, Callable[[], bytes]]:
    """Name -> builder of every structured hostile Word file."""
    plain = lambda: docx_with(body(paragraph(SENTENCE) * 3))  # noqa: E731
    return {
        "docx-valid": plain,
        "docx-wrong-root": lambda: docx_with(body(paragraph(SENTENCE), root="w:notADocument")),
        "docx-not-xml": lambda: docx_with(b"\x00\x01 this is not xml <w:p>"),
        "docx-empty-body": lambda: docx_with(body("")),
        "docx-only-spaces": lambda: docx_with(body(paragraph("\u200b \u00a0 ") * 5)),
        "docx-merge-without-cell-above": merge_without_cell_above,
        "docx-merged-chain-3000": lambda: merged_chain(3000),
        "docx-span-10M-columns": lambda: wide_span(10_000_000),
        "docx-200k-paragraphs": lambda: many_paragraphs(200_000),
        "docx-encrypted-entry": lambda: with_header_bits(plain(), "word/document.xml", flags=1),
        "docx-deflate64-entry": lambda: with_header_bits(plain(), "word/document.xml", method=9),
        "docx-aes-entry": lambda: with_header_bits(plain(), "word/document.xml", method=99),
        "docx-bzip2-entry": lambda: docx_with(body(paragraph(SENTENCE)), method=zipfile.ZIP_BZIP2),
        "docx-stored-entry": lambda: docx_with(body(paragraph(SENTENCE)), method=zipfile.ZIP_STORED),
        "docx-zip-bomb-256MB": lambda: zip_bomb(256),
        "docx-zip-bomb-1GB": lambda: zip_bomb(1024),
        "docx-deep-nesting": lambda: docx_with(body("<w:sdt><w:sdtContent>" * 5000 + paragraph(SENTENCE)
                                                    + "</w:sdtContent></w:sdt>" * 5000)),
        "docx-billion-laughs": lambda: docx_with(
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                       for n in range(1, 10))
            + b"]>" + body("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>")[38:]),
        "docx-ole-encrypted": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
                                      + "EncryptedPackage".encode("utf-16-le"),
        "docx-old-doc": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048,
    }


# --- PDF -------------------------------------------------------------------------------

def pdf(objects: list[bytes], trailer: bytes, *, xref: bool = True) -> bytes:
    """A PDF of numbered ``objects`` (1-based) with ``trailer`` as the trailer dictionary."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, start)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def text_pdf(lines: list[str], *, info: bytes = b"<< /Title (A title) >>", encrypt: bytes = b"",
             font_extra: bytes = b"", pages: int = 1, root: bool = True) -> bytes:
    """A PDF with ``lines`` of Helvetica text on each of ``pages`` pages."""
    ops = "\n".join(f"BT /F1 10 Tf 72 {760 - 12 * (n % 60)} Td ({line}) Tj ET"
                    for n, line in enumerate(lines))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 "
               b"/BaseFont /Helvetica " + font_extra + b">>", stream(ops.encode("latin-1", "replace"))]
    kids = []
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objects.append(info)
    trailer = b"<< /Size %d %s /Info %d 0 R %s>>" % (
        len(objects) + 1, b"/Root 1 0 R" if root else b"", len(objects), encrypt)
    return pdf(objects, trailer)


def surrogate_tounicode() -> bytes:
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"2 beginbfchar <41> <D800> <42> <DFFF> endbfchar\nendcmap end end")
    body_ = (f"BT /F1 10 Tf 72 700 Td (ABABAB {SENTENCE}) Tj ET").encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
               stream(body_),
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
               b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
               stream(cmap)]
    return pdf(objects, b"<< /Size 7 /Root 1 0 R >>")


def pdf_cases() -> dict[str, Callable[[], bytes]]:
    """Name -> builder of every structured hostile PDF."""
    lines = [SENTENCE] * 5
    unknown_filter = b"/Encrypt << /Filter /NoSuchHandler /V 9 /R 9 /O (x) /U (y) /P -1 >>"
    return {
        "pdf-valid": lambda: text_pdf(lines),
        "pdf-unknown-encryption-filter": lambda: text_pdf(lines, encrypt=unknown_filter),
        "pdf-standard-encryption-garbage": lambda: text_pdf(
            lines, encrypt=b"/Encrypt << /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -1 /Length 128 >>"),
        "pdf-title-number": lambda: text_pdf(lines, info=b"<< /Title 42 /Author 7 >>"),
        "pdf-title-array": lambda: text_pdf(lines, info=b"<< /Title [(a) (b)] /Author [1 2] >>"),
        "pdf-title-dictionary": lambda: text_pdf(lines, info=b"<< /Title << /A 1 >> >>"),
        "pdf-info-not-dictionary": lambda: text_pdf(lines, info=b"(just a string)"),
        "pdf-surrogate-tounicode": surrogate_tounicode,
        "pdf-no-root": lambda: text_pdf(lines, root=False),
        "pdf-root-not-dictionary": lambda: pdf([b"42"], b"<< /Size 2 /Root 1 0 R >>"),
        "pdf-no-xref": lambda: pdf([b"<< /Type /Catalog >>"], b"<< /Root 1 0 R >>", xref=False),
        "pdf-long-lines-no-spaces": lambda: text_pdf(["x" * 20_000] * 40),
        "pdf-5000-pages": lambda: text_pdf(lines[:1], pages=5001),
        "pdf-self-referencing-pages": lambda: pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"],
            b"<< /Size 3 /Root 1 0 R >>"),
        "pdf-huge-stream-length": lambda: pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
             b"<< /Length 999999999999 >>\nstream\nBT (x) Tj ET\nendstream"],
            b"<< /Size 5 /Root 1 0 R >>"),
        "pdf-flate-bomb": lambda: pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
             stream(zlib.compress(b" " * (300 << 20), 9), b"/Filter /FlateDecode ")],
            b"<< /Size 5 /Root 1 0 R >>"),
        "pdf-header-only": lambda: b"%PDF-1.7\n",
    }
