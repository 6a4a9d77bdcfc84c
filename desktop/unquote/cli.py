"""The command line: ``unquote compare`` runs headless; everything else opens the window.

Exit codes: 0 done; 1 an unexpected error (one line; the details go to a log file); 2 wrong
arguments; 3 a document or comparison file could not be read; 4 the output could not be
written. Everything printed that comes from a document or a file name is escaped
(terminal.py); after ``--`` every argument is a file name, even ``--`` or ``-x``.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import TYPE_CHECKING, Callable, NoReturn

from .terminal import escaped, say

if TYPE_CHECKING:
    from .engine.loading import Document, Limits
    from .engine.model import Comparison

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 1, 2, 3, 4

DESCRIPTION = """\
Compare an article with its rewrite: aligned sentences, word differences and the
direct quotations whose wording, speaker or reporting verb changed.

  unquote LEFT RIGHT              open the two documents in the window
  unquote LEFT                    open one document and ask for the other
  unquote FILE.unquote            reopen a saved comparison
  unquote --demo                  open the built-in sample pair
  unquote compare LEFT RIGHT -o OUT [--format json|html|text]
                                  compare without a window and write OUT
  unquote quotes FILE... [--format text|jsonl|csv] [-o OUT]
                                  list each document's quotations and speakers
  unquote --install-desktop       add Unquote to this user's application menu and
                                  "Open With" lists

Documents may be plain text (any encoding), Markdown, HTML (the article is extracted),
.docx or .pdf; '-' reads one side from standard input; after '--' every argument is a
file name (unquote compare -- -draft.txt final.txt).
"""

EPILOG = """\
exit codes: 0 done, 1 an unexpected error (details in a log file), 2 wrong arguments,
3 an input could not be read (or is over a limit), 4 the output could not be written.
"""

#: Limits field -> (option, type, help); the defaults are those of engine.loading.Limits.
LIMIT_ARGUMENTS: dict[str, tuple[str, type, str]] = {
    "text_mb": ("--max-mb", float, "refuse documents with more text than this (MB, default 20)"),
    "unpacked_mb": ("--max-unpacked-mb", float, "refuse .docx files unpacking to more (MB, default 100)"),
    "pages": ("--max-pages", int, "refuse PDFs with more pages (default 5000)"),
    "paragraphs": ("--max-paragraphs", int, "refuse documents with more paragraphs (default 20000)"),
    "line_chars": ("--max-line", int, "refuse documents with a longer line (characters, default 200000)"),
    "sentences": ("--max-sentences", int, "refuse documents with more sentences (default 20000)"),
}



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
    for field, (option, kind, text) in LIMIT_ARGUMENTS.items():
        p.add_argument(option, dest=field, type=_positive(kind), metavar="N", help=text)
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    return p


def window_parser() -> argparse.ArgumentParser:
    p = _WindowParser(prog="unquote", formatter_class=argparse.RawDescriptionHelpFormatter,
                      description=DESCRIPTION, epilog=EPILOG)
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="LEFT RIGHT documents (- reads one from standard input), one document, "
                        "or one saved .unquote comparison")
    p.add_argument("--demo", action="store_true", help="open the built-in sample pair")
    p.add_argument("--screenshot", metavar="PNG",
                   help="lay the window out at 1400x900 with the comparison, save a PNG and exit")
    p.add_argument("--install-desktop", action="store_true",
                   help="install the menu entry, icon and file types for this user, then exit")
    p.add_argument("--version", action="version", version=f"unquote {_version()}")
    return p


def _positive(kind: type) -> Callable[[str], float]:
    def convert(text: str) -> float:
        value = kind(text)
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be above 0: {text}")
        return value

    convert.__name__ = kind.__name__  # argparse names the type in its message
    return convert


def parse(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace:
    """Parse ``args``; everything after the first ``--`` is a file name, even ``--`` or
    ``-x`` (argparse alone drops a second ``--``)."""
    if "--" not in args:
        return parser.parse_args(args)
    cut = args.index("--")
    stand_ins = {f"\x00{n}": arg for n, arg in enumerate(args[cut + 1:])}
    ns = parser.parse_args([*args[:cut], "--", *stand_ins])
    for key, value in vars(ns).items():
        if isinstance(value, str):
            setattr(ns, key, stand_ins.get(value, value))
        elif isinstance(value, list):
            setattr(ns, key, [stand_ins.get(v, v) for v in value])
    return ns


class UsageError(Exception):
    """Wrong window-mode arguments; the message says what is wrong."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def window_usage_problem(ns: argparse.Namespace) -> str | None:
    """What is wrong with the window's arguments, or None."""
    if len(ns.files) > 2:
        return "give two documents, one document, or one .unquote comparison file"
    if ns.files.count("-") > 1:
        return "only one side can be read from standard input"
    if ns.screenshot and not (len(ns.files) == 2 or ns.demo or (ns.files and ns.files[0].endswith(".unquote"))):
        return "--screenshot needs two documents, a .unquote comparison file or --demo"
    return None


def main(argv: list[str] | None = None, gui: bool = False) -> int:
    """``unquote``; with ``gui`` (``unquote-gui``, the desktop entry) errors before the
    window opens are shown in a dialog instead of on a standard error nobody reads."""
    args = sys.argv[1:] if argv is None else argv
    # The engine does no dense linear algebra: one BLAS thread, instead of a pool that
    # numpy's import starts and keeps spinning (a tenth of a second of CPU per start).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _main(args, gui)
    except KeyboardInterrupt:
        say("unquote: interrupted")
        return 130
    except Exception as err:  # one line for the user, the traceback in a log file
        from .engine.loading.crashlog import write_log

        log = write_log(err, "running unquote " + " ".join(args))
        say(f"unquote: unexpected error ({type(err).__name__}); details in {log}")
        return EXIT_UNEXPECTED


#: Whether this process is the ``unquote`` program itself (``command``), not a caller of ``main``.
_PROGRAM = False


def command() -> NoReturn:
    """The ``unquote`` program: ``main``, then the process ends without the collector's last
    pass over what the run leaves alive (the sentence and stem caches: 0.05 s after a
    10,000-sentence comparison)."""
    global _PROGRAM
    _PROGRAM = True
    code = main()
    gc.freeze()
    sys.exit(code)


def _done(code: int) -> int:
    """``code``; in the program itself the process ends here, its output flushed: the return
    would free the comparison's millions of objects one by one (0.05-0.1 s after a
    10,000-sentence pair), for no one."""
    if _PROGRAM:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(code)
    return code


def _main(args: list[str], gui: bool) -> int:
    if args[:1] == ["compare"]:
        return run_compare(parse(compare_parser(), args[1:]))
    if args[:1] == ["quotes"]:
        from . import quotes_command

        return quotes_command.run(parse(quotes_command.parser(), args[1:]))
    parser = window_parser()
    try:
        ns = parse(parser, args)
        problem = window_usage_problem(ns)
        if problem:
            raise UsageError(problem)
    except UsageError as exc:
        if gui and display_available():
            from .ui.startup.startup_error import show_startup_error

            show_startup_error(f"Unquote cannot start: {exc}.")
        else:
            parser.print_usage(sys.stderr)
            say(f"unquote: error: {exc}")
        return EXIT_USAGE
    if ns.install_desktop:
        from .desktop_install import install_desktop

        return install_desktop()
    if not display_available():
        if not ns.screenshot:
            return describe_without_window(ns)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .ui.startup.app import run

    ns.gui = gui
    return run(ns)


def gui_main() -> int:
    """``unquote-gui``: what the desktop entry starts."""
    return main(gui=True)


def display_available() -> bool:
    """Whether a window can open: always off Linux; there, an X11 or Wayland display or a
    platform chosen through QT_QPA_PLATFORM."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def describe_without_window(ns: argparse.Namespace) -> int:
    """With no display: the comparison's summary on the terminal, and how to see the window."""
    from .engine.files import fileformat
    from .engine.run.compare import compare
    from .engine.files.fileformat import FormatError
    from .engine.loading import LoadError
    from .engine.results.summary import summary_lines
    from .resources import sample_pair

    print("unquote: no display found (DISPLAY is not set), so the window cannot open; "
          "this is the comparison it would show:")
    try:
        if len(ns.files) == 1 and ns.files[0].endswith(".unquote"):
            comparison = fileformat.load(ns.files[0])
        else:
            pair = ns.files if len(ns.files) == 2 else sample_pair() if ns.demo and not ns.files else None
            if pair is None:
                print("nothing to compare: give two documents, a .unquote file or --demo")
                return EXIT_USAGE
            limits = limits_of(ns)
            comparison = compare(load_argument(str(pair[0]), limits), load_argument(str(pair[1]), limits))
    except (LoadError, FormatError) as exc:
        say(f"unquote: {exc}")
        return EXIT_INPUT
    for line in summary_lines(comparison):
        say(line, sys.stdout)
    again = " ".join(["unquote", *ns.files] + (["--demo"] if ns.demo else []) + ["--screenshot", "shot.png"])
    say(f"To see the window as a picture: {again}", sys.stdout)
    return EXIT_OK


def run_compare(ns: argparse.Namespace) -> int:
    """``unquote compare``, with the cyclic collector held off throughout: what the command
    builds lives until it ends and holds no cycles, and after the comparison each pass of the
    collector walks millions of objects (a full one 60-80 ms) while the summary and the
    file are written."""
    from .engine.run.paused_gc import paused_gc

    with paused_gc():
        return _run_compare(ns)


def _run_compare(ns: argparse.Namespace) -> int:
    """The files, the summary and the reports are loaded only once the comparison runs: a
    child process that finds the quotations starts without them (it needs none of them)."""
    from dataclasses import replace

    from .engine.run.compare import compare
    from .engine.loading import LoadError
    from .engine.settings import Settings

    if ns.left == "-" and ns.right == "-":
        say("unquote: only one side can be read from standard input")
        return EXIT_USAGE
    meaning = ns.meaning or os.environ.get("UNQUOTE_MEANING", "") not in ("", "0")
    if meaning:
        from .engine.align.meaning import EXTRA, available

        if not available():
            say(f"unquote: --meaning needs the optional extra: pip install {EXTRA}")
            return EXIT_USAGE
    limits = limits_of(ns)
    settings = replace(Settings(), ignore_case=ns.ignore_case, ignore_punctuation=ns.ignore_punctuation,
                       max_text_mb=limits.text_mb, meaning=meaning)
    try:
        left = load_argument(ns.left, limits)
    except LoadError as exc:
        say(f"unquote: {exc}")
        return EXIT_INPUT
    fmt = ns.format or _format_of(ns.output)

    def ahead(so_far: Comparison, stop: Callable[[], bool]) -> None:
        """While the quotations are found: the file's text and the summary's word counts."""
        from .engine.files import fileformat
        from .engine.results.summary import count_words_ahead

        if fmt == "json":
            fileformat.write_ahead(so_far, stop)
        if not ns.quiet:
            count_words_ahead(so_far, stop)

    try:  # the right document loads once the quotation finder has started on the left one
        comparison = compare(left, lambda: load_argument(ns.right, limits), settings, ahead=ahead)
    except LoadError as exc:
        say(f"unquote: {exc}")
        return EXIT_INPUT
    from .engine.files import fileformat
    from .engine.files.savefile import write_file
    from .engine.results.summary import summary_lines

    render = fileformat.dumps if fmt == "json" else _report_renderer(fmt)
    if not ns.quiet:
        for line in summary_lines(comparison):
            say(line, sys.stderr if ns.output is None and ns.format else sys.stdout)
    if ns.output is None:
        if ns.format and sys.stdout is not None:
            sys.stdout.write(escaped(render(comparison), one_line=False))
        return _done(EXIT_OK)
    try:
        if fmt == "json":
            fileformat.save(comparison, ns.output)
        else:
            write_file(ns.output, render(comparison).encode("utf-8"))
    except OSError as exc:
        say(f"unquote: cannot write {ns.output}: {exc.strerror or exc}")
        return EXIT_OUTPUT
    if not ns.quiet:
        say(f"wrote {ns.output}", sys.stdout)
    return _done(EXIT_OK)


def _report_renderer(fmt: str) -> Callable[[Comparison], str]:
    """The HTML or text report writer (loaded only when a report is asked for)."""
    from .engine import report

    return report.render_html if fmt == "html" else report.render_text


def limits_of(ns: argparse.Namespace) -> Limits:
    """The loading limits, with those given on the command line raised or lowered."""
    from .engine.loading import Limits

    given = {field: getattr(ns, field) for field in LIMIT_ARGUMENTS if getattr(ns, field, None)}
    return Limits(**given)


def load_argument(name: str, limits: Limits) -> Document:
    """Load the document a command-line argument names ('-': standard input, read no
    further than a document within ``limits`` can reach)."""
    from .engine.loading import LoadError, byte_limit, load_bytes, load_path

    if name != "-":
        return load_path(name, limits=limits)
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        raise LoadError("stdin", "standard input is closed")
    try:
        data = stdin.buffer.read(byte_limit(limits))
    except (OSError, ValueError) as err:
        raise LoadError("stdin", f"standard input cannot be read ({type(err).__name__})") from None
    return load_bytes(data, "stdin", limits=limits)


def _format_of(path: str | None) -> str:
    from pathlib import Path

    suffix = Path(path).suffix.lower() if path else ""
    return {".html": "html", ".htm": "html", ".txt": "text"}.get(suffix, "json")


def _version() -> str:
    from . import __version__

    return __version__
