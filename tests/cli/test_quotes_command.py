"""`unquote quotes FILE...` as a user runs it: the three formats, several files, bad input."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("Council votes on the budget\n\n"
           "“We will balance the books this year,” said Mr. Tom Hale, the council leader.\n\n"
           "Rep. Gwen Moore (D-Wis.) was blunt: “It will not pass.”\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "unquote", "quotes", *map(str, args)],
                          check=False, capture_output=True, cwd=ROOT, timeout=120)


def test_readable_list_names_speaker_and_verb(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    r = run(path)
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode()
    assert f"{path}: 2 quotations" in out
    assert "Tom Hale said (full): “We will balance the books this year,”" in out
    assert "Gwen Moore (full): “It will not pass.”" in out


def test_json_lines_carry_offsets_into_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    r = run("--format", "jsonl", path)
    assert r.returncode == 0, r.stderr.decode()
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [row["speaker"] for row in rows] == ["Tom Hale", "Gwen Moore"]
    first = rows[0]
    assert ARTICLE[first["start"]:first["end"]] == first["text"]
    assert ARTICLE[first["verb_start"]:first["verb_end"]] == "said" and first["verb_class"] == "neutral"


def test_csv_of_several_files_goes_on_past_an_unreadable_one(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text("“Prices will fall,” Ana Ruiz claimed.\n", encoding="utf-8")
    out = tmp_path / "quotes.csv"
    r = run("--format", "csv", "-o", out, a, tmp_path / "missing.txt", b)
    assert r.returncode == 3
    assert "missing.txt" in r.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(Path(x["file"]).name, x["speaker"], x["verb"]) for x in rows] == [
        ("a.txt", "Tom Hale", "said"), ("a.txt", "Gwen Moore", ""), ("b.txt", "Ana Ruiz", "claimed")]
    assert rows[2]["verb_class"] == "loaded"


def test_an_unwritable_output_is_exit_4(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    r = run("-o", tmp_path / "no" / "such" / "dir.txt", path)
    assert r.returncode == 4 and "cannot write" in r.stderr.decode()
