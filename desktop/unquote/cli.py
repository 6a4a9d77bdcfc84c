"""The command line: ``unquote compare`` runs headless; everything else opens the window.

Exit codes: 0 done; 2 wrong arguments; 3 a document or comparison file could not be read;
4 the output could not be written.
"""
from __future__ import annotations

import argparse
import os
import sys

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 2, 3, 4

DESCRIPTION = """\
Compare an article with its rewrite: aligned sentences, word differences and the
direct quotations whose wording, speaker or reporting verb changed.

  unquote LEFT RIGHT              open the two documents in the window
  unquote FILE.unquote            reopen a saved comparison
  unquote --demo                  open the built-in sample pair
  unquote compare LEFT RIGHT -o OUT [--format json|html|text]
                                  compare without a window and write OUT
  unquote quotes FILE... [--format text|jsonl|csv] [-o OUT]
                                  list each document's quotations and speakers

Documents may be plain text (any encoding), Markdown, HTML (the article is extracted),
.docx or .pdf; '-' reads one side from standard input.
"""

EPILOG = """\
exit codes: 0 done, 2 wrong arguments, 3 an input could not be read,
4 the output could not be written.
"""


def compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="unquote compare", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Compare two documents without a window; print a summary and write the comparison.",
        epilog=EPILOG)
    p.add_argument("left", help="the original document (a path, or - for standard input)")
    p.add_argument("right", help="the rewritten document (a path, or - for standard input)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write the comparison here (.unquote/.json, .html or .txt by default by extension)")
    p.add_argument("--format", choices=("json", "html", "text"),
                   help="format of OUT; without -o, print the report in this format to standard output")
    p.add_argument("--ignore-case", action="store_true", help="word diffs ignore letter case")
    p.add_argument("--ignore-punctuation", action="store_true", help="word diffs ignore punctuation")
    p.add_argument("--meaning", action="store_true",
                   help="ask a sentence-embedding model for a second opinion on borderline pairs "
                        "(needs pip install unquote[meaning]; also UNQUOTE_MEANING=1)")
    p.add_argument("--max-mb", type=float, metavar="MB", help="refuse documents larger than this (default 20)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    return p


def window_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="unquote", formatter_class=argparse.RawDescriptionHelpFormatter,
                                description=DESCRIPTION, epilog=EPILOG)
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="LEFT RIGHT documents, or one saved .unquote comparison")
    p.add_argument("--demo", action="store_true", help="open the built-in sample pair")
    p.add_argument("--screenshot", metavar="PNG",
                   help="lay the window out at 1400x900 with the comparison, save a PNG and exit")
    p.add_argument("--version", action="version", version=f"unquote {_version()}")
    return p


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["compare"]:
        return run_compare(compare_parser().parse_args(args[1:]))
    if args[:1] == ["quotes"]:
        from . import quotes_command

        return quotes_command.run(quotes_command.parser().parse_args(args[1:]))
    ns = window_parser().parse_args(args)
    if len(ns.files) > 2 or (len(ns.files) == 1 and not ns.files[0].endswith(".unquote")):
        window_parser().error("give two documents, or one .unquote comparison file")
    if not display_available():
        if not ns.screenshot:
            return describe_without_window(ns)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .ui.app import run

    return run(ns)


def display_available() -> bool:
    """Whether a window can open: always off Linux; there, an X11 or Wayland display or a
    platform chosen through QT_QPA_PLATFORM."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def describe_without_window(ns: argparse.Namespace) -> int:
    """With no display: the comparison's summary on the terminal, and how to see the window."""
    from .engine import fileformat
    from .engine.compare import compare
    from .engine.fileformat import FormatError
    from .engine.loading import LoadError, load_path
    from .engine.summary import summary_lines
    from .resources import sample_pair

    print("unquote: no display found (DISPLAY is not set), so the window cannot open; "
          "this is the comparison it would show:")
    try:
        if len(ns.files) == 1:
            comparison = fileformat.load(ns.files[0])
        else:
            pair = ns.files if len(ns.files) == 2 else sample_pair() if ns.demo else None
            if pair is None:
                print("nothing to compare: give two documents, a .unquote file or --demo")
                return EXIT_USAGE
            comparison = compare(load_path(pair[0]), load_path(pair[1]))
    except (LoadError, FormatError) as exc:
        print(f"unquote: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print("\n".join(summary_lines(comparison)))
    again = " ".join(["unquote", *ns.files] + (["--demo"] if ns.demo else []) + ["--screenshot", "shot.png"])
    print(f"To see the window as a picture: {again}")
    return EXIT_OK


def run_compare(ns: argparse.Namespace) -> int:
    from dataclasses import replace

    from .engine import fileformat, report
    from .engine.compare import compare
    from .engine.loading import LoadError, load_bytes, load_path
    from .engine.settings import Settings
    from .engine.summary import summary_lines

    if ns.left == "-" and ns.right == "-":
        print("unquote: only one side can be read from standard input", file=sys.stderr)
        return EXIT_USAGE
    meaning = ns.meaning or os.environ.get("UNQUOTE_MEANING", "") not in ("", "0")
    if meaning:
        from .engine.align.meaning import EXTRA, available

        if not available():
            print(f"unquote: --meaning needs the optional extra: pip install {EXTRA}", file=sys.stderr)
            return EXIT_USAGE
    settings = replace(Settings(), ignore_case=ns.ignore_case, ignore_punctuation=ns.ignore_punctuation,
                       meaning=meaning, **({"max_text_mb": ns.max_mb} if ns.max_mb else {}))
    docs = []
    for name in (ns.left, ns.right):
        try:
            if name == "-":
                docs.append(load_bytes(sys.stdin.buffer.read(), "stdin", max_text_mb=settings.max_text_mb))
            else:
                docs.append(load_path(name, max_text_mb=settings.max_text_mb))
        except LoadError as exc:
            print(f"unquote: {exc}", file=sys.stderr)
            return EXIT_INPUT
    comparison = compare(docs[0], docs[1], settings)
    fmt = ns.format or _format_of(ns.output)
    render = {"json": fileformat.dumps, "html": report.render_html, "text": report.render_text}[fmt]
    if not ns.quiet:
        print("\n".join(summary_lines(comparison)), file=sys.stderr if ns.output is None and ns.format else sys.stdout)
    if ns.output is None:
        if ns.format:
            sys.stdout.write(render(comparison))
        return EXIT_OK
    try:
        if fmt == "json":
            fileformat.save(comparison, ns.output)
        else:
            fileformat.write_atomic(ns.output, render(comparison).encode("utf-8"))
    except OSError as exc:
        print(f"unquote: cannot write {ns.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_OUTPUT
    if not ns.quiet:
        print(f"wrote {ns.output}")
    return EXIT_OK


def _format_of(path: str | None) -> str:
    from pathlib import Path

    suffix = Path(path).suffix.lower() if path else ""
    return {".html": "html", ".htm": "html", ".txt": "text"}.get(suffix, "json")


def _version() -> str:
    from . import __version__

    return __version__
