"""Bytes to text: byte-order marks first, then strict UTF-8, then UTF-8 with a few stray
Windows-1252 bytes (copy-pasted into a UTF-8 file), then charset-normalizer.

charset-normalizer only runs when UTF-8 fails, so large UTF-8 files stay fast. For
short Western texts it often names a look-alike code page (cp1250, cp852); when one of its
plausible candidates decodes exactly as Windows-1252 does, Windows-1252 (or Latin-1, when
no byte falls in 0x80-0x9F) is reported instead.
"""
from __future__ import annotations

import codecs

from .errors import LoadError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
#: Candidates whose chaos is within this much of the best one count as plausible.
_CHAOS_MARGIN = 0.1
#: Valid multi-byte UTF-8 characters needed per stray byte to read a file as mixed UTF-8.
_UTF8_MAJORITY = 4
#: Python codecs that a page's <meta charset> names but that are not character sets.
_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "mbcs", "oem", "rot-13",
                           "base64", "hex", "quopri", "uu", "zlib", "bz2"})
#: Share of control characters above which decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` announces, if any."""
    for bom, _codec, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text and name its encoding; LoadError when it is not text.

    ``declared`` is an encoding the content names itself (an HTML <meta charset>), tried
    after UTF-8.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(codec), name), label
            except UnicodeDecodeError:
                raise LoadError(name, f"it is not valid {label} text") from None
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return _checked(mixed, name), "utf-8+windows-1252"
    if declared and _is_charset(declared):
        try:
            return _checked(data.decode(declared), name), declared
        except (LookupError, UnicodeError):
            pass
    if b"\x00" in data:
        raise LoadError(name, "it is binary data, not text")
    text, label = _guess(data, name)
    return _checked(text, name), label


def _is_charset(label: str) -> bool:
    """Whether a declared label names a real character set (not Python's escape or
    "undefined" codecs, which a page must not be able to choose)."""
    try:
        info = codecs.lookup(label)
    except LookupError:
        return False
    return info.name not in _NOT_CHARSETS and "escape" not in info.name


def _stray_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):  # registered for decoding only
        raise err
    chunk = err.object[err.start:err.end]
    return chunk.decode("cp1252", errors="replace"), err.end


codecs.register_error("unquote-stray-cp1252", _stray_as_cp1252)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray Windows-1252 bytes (pasted into it), decoded as such.

    None when the valid multi-byte UTF-8 characters do not outnumber the stray bytes, as
    in a file that is Windows-1252 (or anything else) throughout.
    """
    stray = (data.decode("utf-8", errors="replace").count("\ufffd")
             - data.count("\ufffd".encode("utf-8")))
    text = data.decode("utf-8", errors="unquote-stray-cp1252")
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - stray
    return text if multibyte >= _UTF8_MAJORITY * stray else None


def _guess(data: bytes, name: str) -> tuple[str, str]:
    # loaded only for the rare file that is not UTF-8
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise LoadError(name, "it is binary data, not text (no text encoding fits)")
    best = min(r.chaos for r in results)
    plausible = [r for r in results if r.chaos <= best + _CHAOS_MARGIN]
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and any(str(r) == western for r in plausible):
        has_c1 = any(0x80 <= b <= 0x9F for b in data)
        return western, "windows-1252" if has_c1 else "iso-8859-1"
    chosen = results[0]
    return str(chosen), chosen.encoding


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file in disguise)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    if "\x00" in sample or controls > _MAX_CONTROL_SHARE * max(len(sample), 1):
        raise LoadError(name, "it is binary data, not text")
    return text
