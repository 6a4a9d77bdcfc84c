"""``unquote quotes FILE...``: each document's direct quotations, without a comparison.

One row per quotation: the file, its number in the document, its offsets (marks excluded,
into the text as displayed), the speaker, the reporting verb as written, the verb's class
(neutral or loaded), the form (full, partial, that-clause) and the quoted words. Three
formats: a readable list (text), JSON lines (one object per quotation) and CSV (a header
row, then one row per quotation). Files are read one after another in one process, so a
benchmark over hundreds of articles pays the start-up once. A file that cannot be read is
reported on standard error and the others are still listed; the exit code then says so.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from typing import IO

from .engine.loading import LoadError, load_path
from .engine.model import Quote
from .engine.quotes import find_quotes
from .engine.text.sentences import split_sentences

EXIT_OK, EXIT_INPUT, EXIT_OUTPUT = 0, 3, 4

#: The columns of a row, in CSV order.
FIELDS = ("file", "quote", "start", "end", "speaker", "verb", "verb_class", "form",
          "speaker_start", "speaker_end", "verb_start", "verb_end", "text")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="unquote quotes",
        description="List the direct quotations of each document with speaker, reporting verb, "
                    "verb class and offsets.",
        epilog="exit codes: 0 done, 2 wrong arguments, 3 a document could not be read (the others "
               "are still listed), 4 the output could not be written.")
    p.add_argument("files", nargs="+", metavar="FILE", help="documents (text, Markdown, HTML, .docx, .pdf)")
    p.add_argument("--format", choices=("text", "jsonl", "csv"), default="text",
                   help="a readable list (default), JSON lines or CSV")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--max-mb", type=float, default=20.0, metavar="MB",
                   help="refuse documents larger than this (default 20)")
    return p


def rows(name: str, quotes: tuple[Quote, ...]) -> Iterator[dict[str, object]]:
    """One dictionary per quotation, keys as in ``FIELDS``."""
    for n, q in enumerate(quotes):
        sp, vs = q.speaker_span or (None, None), q.verb_span or (None, None)
        yield {"file": name, "quote": n, "start": q.start, "end": q.end, "speaker": q.speaker, "verb": q.verb,
               "verb_class": q.verb_class, "form": q.form, "speaker_start": sp[0], "speaker_end": sp[1],
               "verb_start": vs[0], "verb_end": vs[1], "text": q.text}


def _readable(row: dict[str, object]) -> str:
    who = row["speaker"] or "(speaker unknown)"
    verb = f" {row['verb']}" if row["verb"] else ""
    klass = f" [{row['verb_class']}]" if row["verb_class"] == "loaded" else ""
    return f"  {row['quote'] + 1:>3}. {row['start']}-{row['end']} {who}{verb}{klass} ({row['form']}): “{row['text']}”"  # type: ignore[operator]


def run(ns: argparse.Namespace) -> int:
    try:
        with open(ns.output, "w", encoding="utf-8", newline="") if ns.output else nullcontext(sys.stdout) as out:
            return _write(ns, out)
    except OSError as exc:
        print(f"unquote: cannot write {ns.output or 'standard output'}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_OUTPUT


def _write(ns: argparse.Namespace, out: IO[str]) -> int:
    """List every file's quotations on ``out``; EXIT_INPUT when a file could not be read."""
    status = EXIT_OK
    writer = csv.DictWriter(out, FIELDS) if ns.format == "csv" else None
    if writer is not None:
        writer.writeheader()
    for name in ns.files:
        try:
            doc = load_path(name, max_text_mb=ns.max_mb)
        except LoadError as exc:
            print(f"unquote: {exc}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        quotes = find_quotes(doc, split_sentences(doc.text, doc.paragraphs))
        if ns.format == "text":
            out.write(f"{name}: {len(quotes)} quotation{'s' if len(quotes) != 1 else ''}\n")
        for row in rows(name, quotes):
            if writer is not None:
                writer.writerow(row)
            elif ns.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.write(_readable(row) + "\n")
    return status
