"""The command line's hard cases: odd file names, closed standard input, escape sequences
in documents and names, documents that are empty after extraction, and the limits."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "desktop" / "unquote" / "data" / "samples"
FIXTURES = ROOT / "tests" / "fixtures" / "loading"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"),
       "UNQUOTE_LOG_DIR": tempfile.mkdtemp(prefix="unquote-test-logs-")}

LEFT = "The ferry left at noon. The harbour master waved.\n\nIt was a calm day.\n"
RIGHT = "The ferry left at noon. Nobody waved.\n\nIt was a calm day at sea.\n"


def run(*args: str | bytes | os.PathLike, cwd: Path = ROOT,
        stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "unquote", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=ENV, timeout=120)


def one_error_line(r: subprocess.CompletedProcess[bytes]) -> str:
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err.strip()


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    (tmp_path / "--").write_text(LEFT, encoding="utf-8")
    (tmp_path / "-x.txt").write_text(RIGHT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args", [
    ["--", "--", "-x.txt"],
    ["-q", "--", "-x.txt", "--"],
    ["--format", "json", "--", "--", "-x.txt"],
])
def test_after_a_double_dash_every_argument_is_a_file(pair, args):
    r = run("compare", *args, cwd=pair)
    assert r.returncode == 0, r.stderr.decode()


def test_a_name_starting_with_a_dash_without_double_dash_is_an_option(pair):
    assert run("compare", "-x.txt", "--", cwd=pair).returncode == 2


def test_a_file_name_that_is_not_utf8_loads_and_is_printed_escaped(tmp_path):
    name = b"caf\xe9.txt"
    (tmp_path / os.fsdecode(name)).write_text(LEFT, encoding="utf-8")
    ok = run("compare", name, SAMPLES / "rewrite.txt", "-o", "out.json", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr.decode()
    missing = run("compare", b"gone\xff.txt", SAMPLES / "rewrite.txt", cwd=tmp_path)
    assert missing.returncode == 3
    assert "gone\\xff.txt: no such file" in one_error_line(missing)


def test_closed_standard_input_is_a_one_line_refusal():
    r = subprocess.run(f"exec {sys.executable} -m unquote compare - {SAMPLES / 'rewrite.txt'} 0<&-",
                       shell=True, capture_output=True, cwd=ROOT, env=ENV, timeout=120)
    assert r.returncode == 3
    assert "stdin: standard input is closed" in one_error_line(r)


HOSTILE = "\x1b]0;owned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\u202e"


def test_escape_sequences_from_documents_never_reach_the_terminal(tmp_path):
    left = tmp_path / "left.txt"
    left.write_text(f"title: News {HOSTILE}\n\nThe ferry {HOSTILE} left at noon.\n\n"
                    + "It was a calm day. " * 100 + "\n", encoding="utf-8")
    for fmt in ("text", "html"):
        r = run("compare", left, SAMPLES / "rewrite.txt", "--format", fmt)
        assert r.returncode == 0, r.stderr.decode()
        for stream in (r.stdout, r.stderr):
            assert b"\x1b" not in stream and b"\x07" not in stream
            assert "\u202e".encode() not in stream
        assert b"\\x1b]0;owned\\x07" in r.stdout


def test_escape_sequences_in_a_file_name_are_escaped_in_the_error_line(tmp_path):
    r = run("compare", tmp_path / f"gone{HOSTILE}.txt", SAMPLES / "rewrite.txt")
    assert r.returncode == 3
    line = one_error_line(r)
    assert "\x1b" not in line and "\\x1b[2J" in line


@pytest.mark.parametrize(("name", "content"), [
    ("zero-width.txt", "\u200b\u200c\u200d\ufeff \u2060\n\u200b".encode("utf-8")),
    ("bom-and-spaces.txt", b"\xff\xfe" + " \n \t ".encode("utf-16-le")),
    ("nbsp.html", b"<html><body><p>&nbsp;</p><p>&nbsp; &#8203;</p></body></html>"),
    ("controls.txt", b"\x0c\x0b\n"),
    ("empty.md", b"---\ntitle: Nothing\n---\n\n<!-- -->\n"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_a_document_empty_after_extraction_is_refused(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    r = run("compare", path, SAMPLES / "rewrite.txt", "-o", tmp_path / "o.json")
    assert r.returncode == 3
    assert name in one_error_line(r)
    assert not (tmp_path / "o.json").exists()


def many_paragraphs(n: int) -> str:
    return "\n\n".join(f"Paragraph number {k} is here. It has two sentences." for k in range(n))


@pytest.mark.parametrize(("option", "value", "text", "says"), [
    ("--max-paragraphs", "10", many_paragraphs(11), "11 paragraphs, over the limit of 10"),
    ("--max-sentences", "20", many_paragraphs(11), "22 sentences, over the limit of 20"),
    ("--max-line", "100", "A line. " * 20, "160 characters in one line, over the limit of 100"),
    ("--max-mb", "0.001", many_paragraphs(40), "the limit is 0.001 MB of text, raised with --max-mb"),
], ids=["paragraphs", "sentences", "line", "mb"])
def test_a_limit_is_named_with_the_option_that_raises_it(tmp_path, option, value, text, says):
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    r = run("compare", path, SAMPLES / "rewrite.txt", option, value)
    assert r.returncode == 3
    line = one_error_line(r)
    assert says in line and option in line
    raised = run("compare", path, SAMPLES / "rewrite.txt", "-q", option, "1" + value)
    assert raised.returncode == 0, raised.stderr.decode()


def test_the_page_limit_of_a_pdf(tmp_path):
    r = run("compare", FIXTURES / "pdf" / "report.pdf", SAMPLES / "rewrite.txt", "--max-pages", "1")
    assert r.returncode == 3
    assert "pages, over the limit of 1 (raise it with --max-pages)" in one_error_line(r)


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_a_limit_must_be_a_positive_number(value):
    assert run("compare", "a", "b", "--max-pages", value).returncode == 2


@pytest.mark.parametrize("sentences", [3, 2500])
def test_a_right_file_that_cannot_be_read_is_one_line_whatever_the_left_one(tmp_path, sentences):
    """A long left document has the quotation finder started before the right one is read."""
    left = tmp_path / "left.txt"
    left.write_text("\n\n".join(f"Item {n} of the list was read out. “It is fine,” Ann Lowe said."
                                for n in range(sentences // 2 + 1)), encoding="utf-8")
    r = run("compare", left, tmp_path / "gone.txt", "-o", tmp_path / "out.unquote", cwd=tmp_path)
    assert r.returncode == 3
    assert "gone.txt: no such file" in one_error_line(r)
    assert not (tmp_path / "out.unquote").exists()
