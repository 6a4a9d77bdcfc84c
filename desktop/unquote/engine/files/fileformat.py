"""The comparison file: versioned JSON (docs/comparison-format.md), safe save, validation.

``dumps``/``loads`` convert a Comparison to and from text; ``save`` writes through
``savefile.write_file``, so a failure or a crash never leaves half a file; ``load``
refuses a corrupt file or a future version with one clear line (``fileschema``). Version 2
lists each quotation's parts (the stretches between quote marks) under ``quotes`` and the
quotations themselves under ``utterances``, so quote matches can join parts n:m; version 1
files (whole quotations under ``quotes``) still open, and are saved as version 2.

Reading and writing run on background threads in the window (the saved-comparison
reader, autosave, the PDF export), so neither is one long call into the json module,
which holds Python's interpreter lock throughout (150 ms for a 10,000-sentence file,
a freeze of the window): the text is parsed with a Python call per object, between which
the GUI thread gets its turn, and written in pieces (engine/files/writing.py).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..model import (SIDES, Annotation, Comparison, Decision, DiffOp, Document, Link, Quote,
                    QuoteMatch, Sentence, whole_or_parts)
from .savefile import write_file
from ..settings import Settings
from .writing import FORMAT, VERSION, dumps, to_dict, write_ahead

__all__ = ["FORMAT", "VERSION", "FormatError", "dumps", "load", "loads", "save", "to_dict", "write_ahead"]


class FormatError(Exception):
    """A comparison file that cannot be read; str() is one line for the user."""


def save(c: Comparison, path: str | os.PathLike) -> None:
    """Write the comparison; the previous file stays whole if anything fails."""
    write_file(path, dumps(c).encode("utf-8"))


def load(path: str | os.PathLike) -> Comparison:
    """Read a comparison file; FormatError names the file and what is wrong."""
    from .fileschema import MAX_FILE_BYTES  # the schema compiles on first read, not for a save

    name = Path(path).name
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise FormatError(f"cannot open {name}: larger than the limit of {MAX_FILE_BYTES >> 20} MB "
                              "for a comparison file")
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"cannot open {name}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return loads(text)
    except FormatError as exc:
        raise FormatError(f"cannot open {name}: {exc}") from None


def loads(text: str) -> Comparison:
    """Parse and validate a comparison file's text."""
    from .fileschema import SCHEMAS, SchemaError, validate

    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_object)
    except RecursionError:
        raise FormatError("not a comparison file (nested too deeply)") from None
    except ValueError as exc:
        raise FormatError(f"not a comparison file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FormatError("not an Unquote comparison file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError("the file has no valid format version")
    if version > VERSION or version not in SCHEMAS:
        raise FormatError(f"the file was written by a newer Unquote (format version {version}; "
                          f"this one reads up to {VERSION})")
    try:
        validate(data, version)
    except SchemaError as exc:
        raise FormatError(f"the file is damaged ({exc})") from None
    try:
        return _comparison(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise FormatError(f"the file is damaged ({type(exc).__name__}: {exc})") from None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as ``json.loads`` makes it (the last of repeated keys wins), in a
    Python call of its own."""
    return dict(pairs)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number a comparison file may hold")


def _span(value: Any, limit: int) -> tuple[int, int]:
    start, end = (int(v) for v in value)
    if not 0 <= start <= end <= limit:
        raise ValueError(f"span {start}-{end} outside a text of {limit} characters")
    return start, end


def _indices(values: Any, limit: int) -> tuple[int, ...]:
    out = tuple(int(v) for v in values)
    if any(not 0 <= v < limit for v in out):
        raise IndexError(f"index outside 0..{limit - 1}")
    return out


def _comparison(data: dict[str, Any]) -> Comparison:
    docs = {}
    for side in SIDES:
        d = data["documents"][side]
        text = str(d["text"])
        docs[side] = Document(text=text, paragraphs=tuple(_span(p, len(text)) for p in d["paragraphs"]),
                              source=str(d.get("source", "")), title=str(d.get("title", "")),
                              kind=str(d.get("kind", "text")), encoding=str(d.get("encoding", "")),
                              metadata={str(k): str(v) for k, v in dict(d.get("metadata", {})).items()})
    sents = {side: tuple(Sentence(*_span((s["start"], s["end"]), len(docs[side].text)), int(s["paragraph"]))
                         for s in data["sentences"][side]) for side in SIDES}
    sizes = {side: len(docs[side].text) for side in SIDES}

    def diff(ops: Any) -> tuple[DiffOp, ...]:
        out = []
        for op, a, b, c, d in ops:
            if op not in ("equal", "delete", "insert"):
                raise ValueError(f"unknown diff operation {op!r}")
            out.append(DiffOp(op, _span((a, b), sizes["left"]), _span((c, d), sizes["right"])))
        return tuple(out)

    links = tuple(Link(left=_indices(k["left"], len(sents["left"])), right=_indices(k["right"], len(sents["right"])),
                       kind=_choice(k["kind"], ("identical", "reworded")), score=float(k["score"]),
                       moved=bool(k.get("moved", False)), ignored=tuple(k.get("ignored", ())),
                       origin=_choice(k.get("origin", "auto"), ("auto", "manual")), diff=diff(k.get("diff", ())))
                  for k in data["links"])
    version = data["version"]
    key = "quotes" if version == 1 else "utterances"
    quotes = {side: tuple(_read_quote(q, sizes[side], len(sents[side])) for q in data.get(key, {}).get(side, ()))
              for side in SIDES}
    part_of = {side: _part_index(quotes[side], data, side) for side in SIDES}
    matches = []
    for m in data.get("quote_matches", ()):
        where = {side: _match_side(m, side, version, quotes[side], part_of[side]) for side in SIDES}
        _check_sides(m["status"], where["left"][0], where["right"][0])
        matches.append(QuoteMatch(left=where["left"][0], right=where["right"][0],
                                  status=_choice(m["status"], ("matched", "dropped", "added", "paraphrased",
                                                               "outside-shared")),
                                  changes=tuple(str(x) for x in m.get("changes", ())),
                                  similarity=float(m.get("similarity", 0.0)),
                                  paraphrase=m.get("paraphrase"), diff=diff(m.get("diff", ())),
                                  left_parts=where["left"][1], right_parts=where["right"][1]))
    decisions = tuple(Decision(_choice(d["kind"], ("link", "unlink", "not-a-match")),
                               _indices(d["left"], len(sents["left"])), _indices(d["right"], len(sents["right"])))
                      for d in data.get("decisions", ()))
    annotations = tuple(Annotation(id=str(a["id"]), target=_choice(a["target"], ("link", "sentence", "quote")),
                                   left=tuple(int(x) for x in a["left"]), right=tuple(int(x) for x in a["right"]),
                                   text=str(a["text"]),
                                   status=_choice(a.get("status", "needs-check"),
                                                  ("needs-check", "confirmed", "acceptable")))
                        for a in data.get("annotations", ()))
    view = data.get("view", {})
    if not isinstance(view, dict):
        raise TypeError("view must be an object")
    return Comparison(left=docs["left"], right=docs["right"], left_sentences=sents["left"],
                      right_sentences=sents["right"], links=links,
                      settings=Settings.from_dict(dict(data.get("settings", {}))),
                      left_quotes=quotes["left"], right_quotes=quotes["right"], quote_matches=tuple(matches),
                      decisions=decisions, annotations=annotations, view=view)


def _read_quote(q: dict[str, Any], size: int, sentences: int) -> Quote:
    return Quote(start=_span((q["start"], q["end"]), size)[0], end=int(q["end"]),
                 fragments=tuple(_span(f, size) for f in q.get("fragments", [(q["start"], q["end"])])),
                 text=str(q.get("text", "")), speaker=q.get("speaker"),
                 speaker_span=_span(q["speaker_span"], size) if q.get("speaker_span") else None,
                 verb=q.get("verb"), verb_span=_span(q["verb_span"], size) if q.get("verb_span") else None,
                 verb_class=q.get("verb_class"),
                 form=_choice(q.get("form", "full"), ("full", "partial", "that-clause")),
                 closed=bool(q.get("closed", True)),
                 sentence=_optional_index(q.get("sentence"), sentences))


def _part_index(quotes: tuple[Quote, ...], data: dict[str, Any], side: str) -> list[tuple[int, int]]:
    """File part index -> (quotation, fragment); a version 2 file's part list must agree."""
    out = [(n, f) for n, q in enumerate(quotes) for f in range(len(q.fragments))]
    if data["version"] >= 2:
        listed = [(int(p["utterance"]), int(p["fragment"])) for p in data.get("quotes", {}).get(side, ())]
        if listed != out:
            raise ValueError(f"the {side} quote parts do not agree with the {side} utterances")
    return out


def _match_side(m: dict[str, Any], side: str, version: int, quotes: tuple[Quote, ...],
                part_of: list[tuple[int, int]]) -> tuple[int | None, tuple[int, ...]]:
    """A quote match's quotation on one side and the fragments it covers (() for all of them)."""
    if version == 1:
        return _optional_index(m.get(side), len(quotes)), ()
    parts = [part_of[p] for p in _indices(m.get(f"{side}_parts", ()), len(part_of))]
    if not parts:
        return None, ()
    owners = {n for n, _ in parts}
    if len(owners) != 1:
        raise ValueError(f"a quote match joins parts of several {side} quotations")
    owner = owners.pop()
    fragments = tuple(f for _, f in parts)
    return owner, whole_or_parts(fragments, len(quotes[owner].fragments))


#: Which sides a quote match of each status names a quotation on: (left, right), None = either.
_SIDES_OF_STATUS: dict[str, tuple[bool | None, bool | None]] = {
    "matched": (True, True), "dropped": (True, False), "paraphrased": (None, None),
    "added": (False, True), "outside-shared": (None, None),
}


def _check_sides(status: Any, left: int | None, right: int | None) -> None:
    """A match names a quotation on the sides its status says (``matched``: both; ``dropped``:
    the left only; ``added``: the right only; the others: exactly one)."""
    wanted = _SIDES_OF_STATUS.get(status)
    if wanted is None:
        return  # an unknown status is refused by _choice
    present = (left is not None, right is not None)
    if wanted == (None, None):
        ok = present in ((True, False), (False, True))
    else:
        ok = present == wanted
    if not ok:
        raise ValueError(f"a {status} quote match names a quotation on the wrong sides")


def _optional_index(value: Any, limit: int) -> int | None:
    return None if value is None else _indices([value], limit)[0]


def _choice(value: Any, allowed: tuple[str, ...]) -> Any:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
    return value
