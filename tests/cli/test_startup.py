"""Start-up: each command imports only what it needs (the heavy libraries cost seconds).

A fresh interpreter runs the command line in-process and reports which modules it loaded.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "desktop" / "unquote" / "data" / "samples"

#: Runs the command line given as JSON arguments (none: only imports it), prints sys.modules.
CHILD = """
import json, sys
import unquote.cli
args = json.loads(sys.argv[1])
if args is not None:
    try:
        unquote.cli.main(args)
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""

#: The window, scientific, HTML, Markdown, PDF, Word and encoding-guessing libraries.
HEAVY = ("PySide6", "shiboken6", "numpy", "scipy", "rapidfuzz", "lxml", "trafilatura", "cmarkgfm", "docx",
         "pypdf", "charset_normalizer")
#: What a comparison of two plain-text files (UTF-8) must not load: no format library, no
#: window, no encoding guesser, and no scipy (its solver loads only for a large group of
#: quotations that could pair several ways).
NOT_FOR_PLAIN_TEXT = ("PySide6", "lxml", "trafilatura", "cmarkgfm", "docx", "pypdf", "charset_normalizer", "scipy")


def loaded_modules(args: list[str] | None, child: str = CHILD) -> set[str]:
    run = subprocess.run([sys.executable, "-c", child, json.dumps(args)], check=False,
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    return set(json.loads(run.stdout.strip().splitlines()[-1]))


def families(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The ``names`` of which ``modules`` holds the module itself or one of its submodules."""
    return [n for n in names if any(m == n or m.startswith(n + ".") for m in modules)]


@pytest.mark.parametrize("args", [None, ["--version"], ["--help"], ["compare", "--help"]])
def test_the_command_line_starts_without_heavy_libraries(args):
    assert families(loaded_modules(args), HEAVY) == []


@pytest.mark.parametrize("output", ["pair.unquote", "report.html", "report.txt"])
def test_comparing_plain_text_loads_no_format_library_nor_window(tmp_path, output):
    modules = loaded_modules(["compare", str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"),
                              "-o", str(tmp_path / output), "-q"])
    assert (tmp_path / output).stat().st_size > 0
    assert families(modules, NOT_FOR_PLAIN_TEXT) == []


def test_a_markdown_file_loads_its_library_when_it_comes(tmp_path):
    left, right = tmp_path / "left.md", tmp_path / "right.md"
    left.write_text("# Harbour\n\nThe ferry left at noon. \"We are late,\" the captain said.\n", encoding="utf-8")
    right.write_text("# Harbour\n\nThe ferry left at midday. \"We are late,\" the captain said.\n", encoding="utf-8")
    modules = loaded_modules(["compare", str(left), str(right), "-o", str(tmp_path / "out.unquote"), "-q"])
    assert families(modules, ("cmarkgfm",)) == ["cmarkgfm"]
    assert families(modules, ("trafilatura", "PySide6")) == []


def test_the_window_is_built_without_the_engine_s_libraries():
    """numpy and scipy load on the comparison's thread (or a preloading one), not before the window."""
    child = "import json, sys, unquote.ui.startup.app, unquote.ui.main_window; print(json.dumps(sorted(sys.modules)))"
    modules = loaded_modules(None, child)
    assert families(modules, ("PySide6",)) == ["PySide6"]
    assert families(modules, tuple(n for n in HEAVY if n not in ("PySide6", "shiboken6"))) == []


def test_quotes_are_found_without_numpy():
    """On a long pair the child process that finds the quotes starts before the main process
    loads numpy for the alignment (engine/run/compare.py): finding them must not load it."""
    child = ("import json, sys\nimport unquote.engine.run.compare\nfrom unquote.engine.quotes import find_quotes\n"
             "from unquote.engine.loading import load_path\n"
             f"doc = load_path({str(SAMPLES / 'original.txt')!r})\n"
             "from unquote.engine.text.sentences import split_sentences\n"
             "assert find_quotes(doc, split_sentences(doc.text, doc.paragraphs))\n"
             "print(json.dumps(sorted(sys.modules)))")
    assert families(loaded_modules(None, child), ("numpy", "scipy")) == []
