"""What a comparison file may hold: a JSON Schema per format version, plus cross-references.

A saved comparison is untrusted input. ``validate`` checks a parsed file completely before
anything is built from it: every value's type, every enumeration, finite numbers in range,
bounded string lengths and list sizes (the nesting depth is fixed by the schema), then every
span against its document's text and every index against the list it points into. A file
that passes can be shown, exported and saved again.

The shape is declared as JSON Schema (checked by ``fastjsonschema``, which compiles the
schema to Python once, fast enough for a file of a million items). What JSON Schema cannot
say (an index must be below the length of another list; a span must lie inside the text of
the side it belongs to) is declared in the tables ``SPANS`` and ``INDICES`` and checked by
one small walker. A new format version adds its entry to ``SCHEMAS`` and its rows to the
tables.
"""
from __future__ import annotations

import re
from dataclasses import fields
from typing import Any, Iterator

import fastjsonschema

from ..settings import Settings

#: A comparison file larger than this is refused before it is read.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Characters of one document's text (the loaders' default limit is 20 MB).
MAX_TEXT = 32 * 1024 * 1024
#: Items of any one list (sentences, links, quotes, diff runs, ...).
MAX_ITEMS = 2_000_000
#: Characters of a short label: title, source, speaker, verb, metadata value.
MAX_LABEL = 4096
#: Characters of a note or a quotation's text.
MAX_NOTE = 100_000
#: Keys of the metadata and view objects.
MAX_KEYS = 64


class SchemaError(ValueError):
    """The file breaks the schema; str() is one line naming the place and the fault."""


def _text(limit: int) -> dict[str, Any]:
    return {"type": "string", "maxLength": limit}


def _list(items: dict[str, Any], limit: int = MAX_ITEMS, size: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "array", "items": items, "maxItems": limit if size is None else size}
    if size is not None:
        out["minItems"] = size
    return out


def _object(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required or properties)}


def _choice(*values: str | None) -> dict[str, Any]:
    return {"enum": list(values)}


def _sides(item: dict[str, Any]) -> dict[str, Any]:
    return _object({"left": item, "right": item})


OFFSET = {"type": "integer", "minimum": 0, "maximum": MAX_TEXT}
INDEX = {"type": "integer", "minimum": 0, "maximum": MAX_ITEMS}
SPAN = _list(OFFSET, size=2)
FRACTION = {"type": "number", "minimum": 0, "maximum": 1}
SCALAR = {"type": ["null", "boolean", "string", "number"], "maxLength": MAX_LABEL,
          "minimum": -1e9, "maximum": 1e9}


def _or_null(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` or null (the limits of a typed schema apply only to values of its type)."""
    return {**schema, "type": ["null", schema["type"]]}


DIFF = _list({"type": "array", "items": [_choice("equal", "delete", "insert")] + [OFFSET] * 4,
              "minItems": 5, "maxItems": 5})

#: Settings whose value is not a similarity in [0, 1]: (minimum, maximum).
SETTING_RANGES: dict[str, tuple[float, float]] = {"candidates": (1, 1000), "max_text_mb": (0.001, 100_000),
                                                 "merge_window": (0, 20)}


def _settings_schema() -> dict[str, Any]:
    """Every engine setting: its JSON type from the default value, its range from the table."""
    properties: dict[str, Any] = {}
    for f in fields(Settings):
        default = getattr(Settings(), f.name)
        if isinstance(default, bool):
            properties[f.name] = {"type": "boolean"}
        else:
            low, high = SETTING_RANGES.get(f.name, (0, 1))
            kind = "integer" if isinstance(default, int) else "number"
            properties[f.name] = {"type": kind, "minimum": low, "maximum": high}
    return {"type": "object", "properties": properties, "maxProperties": MAX_KEYS}


DOCUMENT = _object({
    "text": _text(MAX_TEXT), "paragraphs": _list(SPAN), "source": _text(MAX_LABEL),
    "title": _text(MAX_LABEL), "kind": _text(32), "encoding": _text(64),
    "metadata": {"type": "object", "additionalProperties": _text(MAX_LABEL), "maxProperties": MAX_KEYS,
                 "propertyNames": {"maxLength": 128}},
}, required=("text", "paragraphs"))

SENTENCE = _object({"start": OFFSET, "end": OFFSET, "paragraph": INDEX})

LINK = _object({
    "left": {**_list(INDEX), "minItems": 1}, "right": {**_list(INDEX), "minItems": 1},
    "kind": _choice("identical", "reworded"),
    "score": FRACTION, "moved": {"type": "boolean"},
    "ignored": _list(_choice("whitespace", "typography", "case", "punctuation"), 8),
    "origin": _choice("auto", "manual"), "diff": DIFF,
}, required=("left", "right", "kind", "score"))

QUOTE = _object({
    "start": OFFSET, "end": OFFSET, "fragments": _list(SPAN), "text": _text(MAX_NOTE),
    "speaker": _or_null(_text(MAX_LABEL)), "speaker_span": _or_null(SPAN),
    "verb": _or_null(_text(MAX_LABEL)), "verb_span": _or_null(SPAN),
    "verb_class": _choice("neutral", "loaded", None), "form": _choice("full", "partial", "that-clause"),
    "closed": {"type": "boolean"}, "sentence": _or_null(INDEX),
}, required=("start", "end"))

QUOTE_MATCH = _object({
    "left": _or_null(INDEX), "right": _or_null(INDEX),
    "status": _choice("matched", "dropped", "added", "paraphrased", "outside-shared"),
    "changes": _list(_text(64), 32), "similarity": FRACTION, "paraphrase": _or_null(INDEX), "diff": DIFF,
}, required=("status",))

DECISION = _object({"kind": _choice("link", "unlink", "not-a-match"), "left": _list(INDEX),
                    "right": _list(INDEX)})

ANNOTATION = _object({
    "id": _text(128), "target": _choice("link", "sentence", "quote"), "left": _list(INDEX),
    "right": _list(INDEX), "text": _text(MAX_NOTE), "status": _choice("needs-check", "confirmed", "acceptable"),
}, required=("id", "target", "left", "right", "text"))

#: View options the window reads; other keys are kept if they are plain values.
VIEW = {"type": "object", "maxProperties": MAX_KEYS, "additionalProperties": SCALAR,
        "properties": {"zoom": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
                       "sync": {"type": "boolean"}}}

VERSION_1 = {"$schema": "http://json-schema.org/draft-07/schema#", **_object({
    "format": {"const": "unquote-comparison"}, "version": {"const": 1},
    "documents": _sides(DOCUMENT), "sentences": _sides(_list(SENTENCE)), "links": _list(LINK),
    "quotes": _sides(_list(QUOTE)), "quote_matches": _list(QUOTE_MATCH), "decisions": _list(DECISION),
    "annotations": _list(ANNOTATION), "settings": _settings_schema(), "view": VIEW,
}, required=("format", "version", "documents", "sentences", "links"))}

#: A version 2 quotation part: one stretch between quote marks, with the quotation
#: (utterance) it belongs to and the attribution that governs it.
PART = _object({
    "start": OFFSET, "end": OFFSET, "utterance": INDEX, "fragment": INDEX,
    "speaker": _or_null(_text(MAX_LABEL)), "verb": _or_null(_text(MAX_LABEL)),
}, required=("start", "end", "utterance", "fragment"))

QUOTE_MATCH_2 = {**QUOTE_MATCH, "properties": {**QUOTE_MATCH["properties"], "left_parts": _list(INDEX),
                                               "right_parts": _list(INDEX)}}

VERSION_2 = {"$schema": "http://json-schema.org/draft-07/schema#", **_object({
    "format": {"const": "unquote-comparison"}, "version": {"const": 2},
    "documents": _sides(DOCUMENT), "sentences": _sides(_list(SENTENCE)), "links": _list(LINK),
    "utterances": _sides(_list(QUOTE)), "quotes": _sides(_list(PART)), "quote_matches": _list(QUOTE_MATCH_2),
    "decisions": _list(DECISION), "annotations": _list(ANNOTATION), "settings": _settings_schema(),
    "view": VIEW,
}, required=("format", "version", "documents", "sentences", "links"))}

#: The schema of each format version this Unquote reads.
SCHEMAS: dict[int, dict[str, Any]] = {1: VERSION_1, 2: VERSION_2}

# -- cross-references -----------------------------------------------------------------------
#: Where spans lie, as a path through the file ("*" = every item, "{side}" = left and right,
#: "{pair}" = the pair [start, end] stored as two keys), and the document they point into.
_SPANS_ALL: tuple[tuple[str, str], ...] = (
    ("documents/{side}/paragraphs/*", "{side}"),
    ("sentences/{side}/*/{start,end}", "{side}"),
    ("quotes/{side}/*/{start,end}", "{side}"),
    ("quotes/{side}/*/fragments/*", "{side}"),
    ("quotes/{side}/*/speaker_span", "{side}"),
    ("quotes/{side}/*/verb_span", "{side}"),
    ("links/*/diff/*/{1,2}", "left"),
    ("links/*/diff/*/{3,4}", "right"),
    ("quote_matches/*/diff/*/{1,2}", "left"),
    ("quote_matches/*/diff/*/{3,4}", "right"),
)
_QUOTATIONS = ("quotes/{side}/*/fragments/*", "quotes/{side}/*/speaker_span", "quotes/{side}/*/verb_span")
SPANS: dict[int, tuple[tuple[str, str], ...]] = {
    1: _SPANS_ALL,
    2: tuple((p.replace("quotes/", "utterances/") if p.startswith(_QUOTATIONS) else p, t)
             for p, t in _SPANS_ALL) + (("utterances/{side}/*/{start,end}", "{side}"),),
}

#: Where indices lie, and the list they point into ("sentences/left" = the left sentences).
_INDICES_1: tuple[tuple[str, str], ...] = (
    ("sentences/{side}/*/paragraph", "documents/{side}/paragraphs"),
    ("links/*/left/*", "sentences/left"),
    ("links/*/right/*", "sentences/right"),
    ("quotes/{side}/*/sentence", "sentences/{side}"),
    ("quote_matches/*/left", "quotes/left"),
    ("quote_matches/*/right", "quotes/right"),
    ("decisions/*/left/*", "sentences/left"),
    ("decisions/*/right/*", "sentences/right"),
)
INDICES: dict[int, tuple[tuple[str, str], ...]] = {
    1: _INDICES_1,
    2: tuple(("utterances/{side}/*/sentence", t) if p == "quotes/{side}/*/sentence" else (p, t)
             for p, t in _INDICES_1) + (
        ("quotes/{side}/*/utterance", "utterances/{side}"),
        ("quote_matches/*/left_parts/*", "quotes/left"),
        ("quote_matches/*/right_parts/*", "quotes/right"),
    ),
}

#: What an annotation's indices point into, by its target (version 2: a note on a quote
#: names whole quotations, the utterances).
ANNOTATION_TARGETS: dict[int, dict[str, str]] = {
    1: {"link": "sentences", "sentence": "sentences", "quote": "quotes"},
    2: {"link": "sentences", "sentence": "sentences", "quote": "utterances"},
}

#: Indices that may occur only once in the whole file: a sentence is in at most one link,
#: a version 1 quote in at most one quote match (a version 2 part may be in two: a stretch
#: the rewrite spread over two quotations of their own).
_ONCE_LINKS = (("links/*/left/*", "a sentence in two links"), ("links/*/right/*", "a sentence in two links"))
ONCE: dict[int, tuple[tuple[str, str], ...]] = {
    1: _ONCE_LINKS + (("quote_matches/*/left", "a quote in two matches"),
                      ("quote_matches/*/right", "a quote in two matches")),
    2: _ONCE_LINKS,
}

#: Lists of spans that must run in text order without overlapping.
IN_ORDER: tuple[str, ...] = ("documents/{side}/paragraphs/*", "sentences/{side}/*/{start,end}")

#: version -> the compiled check of the top level (each key's value left open), and of each key's value
_compiled: dict[int, tuple[Any, dict[str, Any]]] = {}


def _compile(version: int) -> tuple[Any, dict[str, Any]]:
    """The schema of ``version`` compiled to Python, a piece per top-level key: compiling the
    generated code of the whole schema is one call that held Python's interpreter lock for
    80 ms, a freeze of the window when it opens its first saved comparison on a thread."""
    schema = SCHEMAS[version]
    parts = {key: fastjsonschema.compile({"$schema": schema["$schema"], **value})
             for key, value in schema["properties"].items()}
    top = fastjsonschema.compile({**schema, "properties": {key: {} for key in schema["properties"]}})
    return top, parts


def validate(data: Any, version: int) -> None:
    """Check a parsed comparison file of a known ``version``; raise SchemaError if it is unfit."""
    if version not in _compiled:
        _compiled[version] = _compile(version)
    top, parts = _compiled[version]
    try:
        top(data)
        for key, check in parts.items():
            if key in data:
                check(data[key], name_prefix=f"data.{key}")
    except fastjsonschema.JsonSchemaValueException as exc:
        where = re.sub(r"\[(\d+)\]", r".\1", str(exc.name)).removeprefix("data").lstrip(".") or "the file"
        raise SchemaError(f"{where.replace('.', '/')}: {exc.message.removeprefix(str(exc.name) + ' ')}") from None
    _check_references(data, version)
    _check_order(data, version)


def _check_order(data: dict[str, Any], version: int) -> None:
    for pattern, fault in ONCE[version]:
        values = [v for v in _gather(data, pattern) if v is not None]
        if len(set(values)) != len(values):
            seen: set[Any] = set()
            for where, value in _values(data, pattern, ""):
                if value is not None and value in seen:
                    raise SchemaError(f"{where}: {fault}")
                seen.add(value)
    for pattern in IN_ORDER:
        for side in ("left", "right"):
            pairs = _pairs(data, pattern.replace("{side}", side))
            for n in range(1, len(pairs)):
                if pairs[n][0] < pairs[n - 1][1]:
                    where = pattern.replace("{side}", side).split("/*")[0]
                    raise SchemaError(f"{where}/{n}: out of order or overlapping the one before")


def _check_references(data: dict[str, Any], version: int) -> None:
    for side in ("left", "right"):
        size = len(data["documents"][side]["text"])
        for pattern, target in SPANS[version]:
            if target.replace("{side}", side) != side:
                continue
            path = pattern.replace("{side}", side)
            if all(start <= end <= size for start, end in _pairs(data, path)):
                continue
            for where, (start, end) in _spans(data, path):
                if not start <= end <= size:
                    raise SchemaError(f"{where}: span {start}-{end} outside a text of {size} characters")
    for pattern, target in INDICES[version]:
        for side in ("left", "right"):
            limit = len(_at(data, target.replace("{side}", side)) or ())
            path = pattern.replace("{side}", side)
            if max((v for v in _gather(data, path) if v is not None), default=-1) >= limit:
                for where, value in _values(data, path, ""):
                    if value is not None and value >= limit:
                        raise SchemaError(f"{where}: index {value} outside a list of {limit}")
            if "{side}" not in pattern:
                break
    for n, note in enumerate(data.get("annotations", ())):
        for side in ("left", "right"):
            limit = len(data.get(ANNOTATION_TARGETS[version][note["target"]], {}).get(side, ()))
            if any(i >= limit for i in note[side]):
                raise SchemaError(f"annotations/{n}/{side}: index outside a list of {limit}")


def _at(data: Any, path: str) -> Any:
    for key in path.split("/"):
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _gather(data: Any, path: str) -> list[Any]:
    """Every value at ``path`` ("*" walks a list), quickly and without places."""
    items = [data]
    for key in path.split("/"):
        if key == "*":
            items = [x for item in items if isinstance(item, list) for x in item]
        else:
            items = [item[key] for item in items if isinstance(item, dict) and key in item]
    return items


def _pairs(data: Any, pattern: str) -> list[tuple[int, int]]:
    """Every (start, end) at ``pattern``; a last step "{a,b}" names the two keys or positions."""
    head, _, last = pattern.rpartition("/")
    if last.startswith("{"):
        a, b = last.strip("{}").split(",")
        keys: tuple[Any, Any] = (int(a), int(b)) if a.isdigit() else (a, b)
        return [(item[keys[0]], item[keys[1]]) for item in _gather(data, head)]
    return [(item[0], item[1]) for item in _gather(data, pattern) if item is not None]


def _values(data: Any, path: str, where: str) -> Iterator[tuple[str, Any]]:
    """Every value at ``path`` with the place it was found (walked only to name a fault)."""
    if not path:
        yield where.lstrip("/"), data
        return
    key, _, rest = path.partition("/")
    if key == "*":
        for n, item in enumerate(data if isinstance(data, list) else ()):
            yield from _values(item, rest, f"{where}/{n}")
    elif isinstance(data, dict) and key in data:
        yield from _values(data[key], rest, f"{where}/{key}")


def _spans(data: Any, pattern: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """Like ``_pairs``, with the place of each span."""
    head, _, last = pattern.rpartition("/")
    if last.startswith("{"):
        a, b = last.strip("{}").split(",")
        keys: tuple[Any, Any] = (int(a), int(b)) if a.isdigit() else (a, b)
        for where, item in _values(data, head, ""):
            yield where, (item[keys[0]], item[keys[1]])
    else:
        for where, item in _values(data, pattern, ""):
            if item is not None:
                yield where, (item[0], item[1])
