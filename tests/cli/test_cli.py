"""The command line as a user runs it: summaries, outputs, bad input, exit codes."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from unquote.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = data_path("samples")


def run(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "unquote", *map(str, args)], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_compare_writes_a_comparison_file_and_prints_a_summary(tmp_path):
    out = tmp_path / "pair.unquote"
    r = run("compare", SAMPLES / "original.txt", SAMPLES / "rewrite.txt", "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    text = r.stdout.decode()
    assert "identical" in text and "reworded" in text and "quotes:" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "unquote-comparison" and data["links"] and data["quotes"]["right"]


@pytest.mark.parametrize("suffix, marker", [(".html", "<!DOCTYPE html"), (".txt", "quote")])
def test_compare_writes_reports_by_extension(tmp_path, suffix, marker):
    out = tmp_path / f"report{suffix}"
    r = run("compare", SAMPLES / "original.txt", SAMPLES / "rewrite.txt", "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    assert marker.lower() in out.read_text(encoding="utf-8").lower()


def test_what_the_program_prints_reaches_a_pipe_whole(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # a pipe, buffered
    pair = [str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt")]
    for args in (["-o", str(tmp_path / "pair.unquote")], ["--format", "json"]):
        r = subprocess.run([sys.executable, "-m", "unquote", "compare", *pair, *args], capture_output=True,
                           cwd=ROOT, timeout=120, env=env)
        assert r.returncode == 0, r.stderr.decode()
        printed = r.stdout.decode()
        if args[0] == "-o":
            assert "quotes:" in printed and printed.endswith(f"wrote {args[1]}\n")
        else:
            assert json.loads(printed)["links"]  # all of it, to the last brace


def test_one_side_can_come_from_standard_input(tmp_path):
    out = tmp_path / "o.json"
    r = run("compare", "-", SAMPLES / "rewrite.txt", "-o", out, stdin=(SAMPLES / "original.txt").read_bytes())
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(out.read_text(encoding="utf-8"))["documents"]["left"]["source"] == "stdin"


def bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_text("   \n\n", encoding="utf-8")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (tmp / "folder").mkdir()
    return {"missing": tmp / "nope.txt", "empty": tmp / "empty.txt", "binary": tmp / "binary.txt",
            "docx": tmp / "broken.docx", "pdf": tmp / "broken.pdf", "folder": tmp / "folder"}


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "docx", "pdf", "folder"])
def test_bad_input_gives_one_line_naming_the_file_and_exit_3(tmp_path, case):
    bad = bad_inputs(tmp_path)[case]
    r = run("compare", bad, SAMPLES / "rewrite.txt", "-o", tmp_path / "o.json")
    err = r.stderr.decode().strip()
    assert r.returncode == 3
    assert "Traceback" not in err and len(err.splitlines()) == 1 and bad.name in err
    assert not (tmp_path / "o.json").exists()


def test_too_large_a_document_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("A sentence about the harbour. " * 40000, encoding="utf-8")
    r = run("compare", big, SAMPLES / "rewrite.txt", "--max-mb", "0.5")
    assert r.returncode == 3 and "big.txt" in r.stderr.decode()


def test_unwritable_output_exits_4(tmp_path):
    r = run("compare", SAMPLES / "original.txt", SAMPLES / "rewrite.txt", "-o", tmp_path / "no" / "dir" / "o.json")
    assert r.returncode == 4 and "cannot write" in r.stderr.decode()


@pytest.mark.parametrize("args", [["compare"], ["compare", "a"], ["a", "b", "c"], ["-", "-"], ["compare", "-", "-"]])
def test_wrong_arguments_exit_2(args):
    assert run(*args).returncode == 2


def test_help_lists_the_commands_and_exit_codes():
    r = run("--help")
    assert r.returncode == 0
    text = r.stdout.decode()
    assert "unquote compare LEFT RIGHT" in text and "exit codes" in text


def without_display(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "unquote", *map(str, args)], capture_output=True,
                          cwd=ROOT, timeout=180, env=env)


def test_without_a_display_the_window_command_prints_the_summary_instead():
    r = without_display("--demo")
    out = r.stdout.decode()
    assert r.returncode == 0, r.stderr.decode()
    assert "no display found" in out and "quotes:" in out and "--screenshot" in out


def test_a_screenshot_needs_no_display(tmp_path):
    shot = tmp_path / "shot.png"
    r = without_display(SAMPLES / "original.txt", SAMPLES / "rewrite.txt", "--screenshot", shot)
    assert r.returncode == 0, r.stderr.decode()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
