"""A generated corpus of damaged comparison files, made from one good file.

``damaged_files(good)`` yields (name, bytes) pairs: every value of the good file replaced
by a value of another type, an out-of-range number, a neighbouring index, NaN or Infinity,
or removed; plus whole-file damage (truncated, not UTF-8, nested too deeply, a huge title,
unknown versions). The choice per value is drawn from a seeded generator, so the corpus is
the same on every run. Run as a script to write the files into a folder:

    python tests/engine/files/damaged_comparisons.py GOOD.unquote OUT_DIR
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

Path_ = tuple[Any, ...]

#: Replacements for a value; each returns the new JSON text of that value.
REPLACEMENTS: dict[str, Callable[[Any], str]] = {
    "null": lambda v: "null",
    "true": lambda v: "true",
    "string": lambda v: json.dumps("<b>x</b>"),
    "negative": lambda v: "-1",
    "huge": lambda v: str(2 ** 63),
    "fraction": lambda v: "0.5",
    "list": lambda v: "[1, 2]",
    "object": lambda v: '{"a": 1}',
    "nan": lambda v: "NaN",
    "infinity": lambda v: "Infinity",
    "next": lambda v: json.dumps(v + 1) if isinstance(v, (int, float)) and not isinstance(v, bool) else "2",
    "nested": lambda v: "[" * 60 + "]" * 60,
    "long": lambda v: json.dumps("é" * 70_000),
}
#: How many replacements are drawn for each value of the good file.
PER_VALUE = 2
MARKER = "\x00SLOT\x00"


def _leaves(data: Any, path: Path_ = ()) -> Iterator[Path_]:
    """Paths of every value, walking at most the first two items of a list."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, path + (key,))
    elif isinstance(data, list):
        for n, value in enumerate(data[:2]):
            yield from _leaves(value, path + (n,))


def _get(data: Any, path: Path_) -> Any:
    for key in path:
        data = data[key]
    return data


def _replaced(data: Any, path: Path_, text: str) -> bytes:
    """The file with the value at ``path`` replaced by raw JSON ``text``."""
    copy = json.loads(json.dumps(data))
    _get(copy, path[:-1])[path[-1]] = MARKER
    return json.dumps(copy, ensure_ascii=False).replace(json.dumps(MARKER), text).encode("utf-8")


def _removed(data: Any, path: Path_) -> bytes:
    copy = json.loads(json.dumps(data))
    parent = _get(copy, path[:-1])
    del parent[path[-1]]
    return json.dumps(copy, ensure_ascii=False).encode("utf-8")


def _whole_file(good: bytes, data: Any) -> Iterator[tuple[str, Callable[[], bytes]]]:
    for n in (0, 1, 10, len(good) // 3, len(good) // 2, len(good) - 1):
        yield f"truncated-at-{n}", lambda n=n: good[:n]
    yield "not-utf8", lambda: good.replace(b"{", b"\xff", 2)
    yield "utf8-bom", lambda: b"\xef\xbb\xbf" + good
    yield "top-level-list", lambda: b"[" + good + b"]"
    yield "trailing-garbage", lambda: good + b"}}"
    yield "nested-100k", lambda: (b'{"format":"unquote-comparison","version":1,"view":'
                                  + b"[" * 100_000 + b"]" * 100_000 + b"}")
    yield "huge-title", lambda: _replaced(data, ("documents", "left", "title"), json.dumps("T" * 1_000_000))
    yield "over-the-size-limit", lambda: good + b" " * (64 * 1024 * 1024)
    yield "huge-text", lambda: _replaced(data, ("documents", "right", "text"), json.dumps("a" * (33 * 1024 * 1024)))
    for version in ("0", "2", "99", '"1"', "1.0", "true", "null"):
        yield f"version-{version.strip(chr(34))}", lambda v=version: _replaced(data, ("version",), v)
    yield "format-missing", lambda: _removed(data, ("format",))
    yield "duplicate-keys", lambda: good[:-1] + b',"links":[{"left":[0],"right":[0]}]}'
    yield "sentence-in-two-links", lambda: _replaced(data, ("links", 1, "left"), "[0]")
    yield "sentences-reversed", lambda: _replaced(data, ("sentences", "left"),
                                          json.dumps(list(reversed(data["sentences"]["left"]))))
    yield "quote-in-two-matches", lambda: _replaced(data, ("quote_matches",),
                                            json.dumps(data["quote_matches"] * 2))
    yield "note-on-a-missing-quote", lambda: _replaced(data, ("annotations", 1, "left"), "[5]")
    yield "empty-link", lambda: _replaced(data, ("links", 0), '{"left":[],"right":[],"kind":"identical","score":1}')


def damaged_files(good: bytes, seed: int = 13) -> Iterator[tuple[str, Callable[[], bytes]]]:
    """Every damaged variant of the good file ``good`` (a comparison as saved), as its name
    and a function that makes its content (the largest are made only when asked for)."""
    data = json.loads(good)
    rng = random.Random(seed)
    yield from _whole_file(good, data)
    for path in _leaves(data):
        if not path:
            continue
        where = "/".join(str(p) for p in path)
        value = _get(data, path)
        for how in rng.sample(sorted(REPLACEMENTS), PER_VALUE):
            text = REPLACEMENTS[how](value)
            yield f"{where}={how}", lambda p=path, t=text: _replaced(data, p, t)
        if isinstance(path[-1], str):
            yield f"{where}=removed", lambda p=path: _removed(data, p)


def main(argv: list[str]) -> int:
    good, out = Path(argv[0]).read_bytes(), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for n, (name, make) in enumerate(damaged_files(good)):
        (out / f"{n:04d}.unquote").write_bytes(make())
        print(f"{n:04d} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
