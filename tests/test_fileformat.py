"""The comparison file: round trips, atomic saving, and refusing damaged or future files."""
import json
import os
from dataclasses import replace

import pytest

from unquote.engine import fileformat
from unquote.engine.fileformat import FormatError
from unquote.engine.model import Annotation, Decision


@pytest.fixture
def full(known_pair):
    return replace(known_pair,
                   decisions=(Decision("link", (4,), (5,)), Decision("not-a-match", (0,), (2,))),
                   annotations=(Annotation("n1", "link", (0,), (1,), "Check “shut” with the port", "confirmed"),
                                Annotation("n2", "quote", (0,), (), "Verb now loaded")),
                   view={"zoom": 1.25, "sync_scroll": True})


def test_round_trip_gives_an_equal_comparison(full, tmp_path):
    path = tmp_path / "pair.unquote"
    fileformat.save(full, path)
    assert fileformat.load(path) == full
    assert fileformat.loads(fileformat.dumps(full)) == full


def test_file_carries_the_keys_the_scorer_reads(full):
    data = json.loads(fileformat.dumps(full))
    assert (data["format"], data["version"]) == ("unquote-comparison", 1)
    assert data["documents"]["left"]["text"] == full.left.text
    assert data["sentences"]["right"][0] == {"start": 0, "end": full.right_sentences[0].end, "paragraph": 0}
    assert data["links"][0]["left"] == [0] and data["links"][0]["kind"] == "reworded"
    assert data["quotes"]["left"][0]["speaker"] == "Mara Lind"
    assert data["quote_matches"][0]["changes"] == ["wording", "verb", "loaded-verb"]


def test_save_replaces_atomically_and_leaves_no_temporary_file(full, tmp_path):
    path = tmp_path / "pair.unquote"
    path.write_text("old", encoding="utf-8")
    fileformat.save(full, path)
    assert os.listdir(tmp_path) == ["pair.unquote"]
    assert fileformat.load(path) == full


def test_failed_save_keeps_the_old_file(full, tmp_path):
    path = tmp_path / "pair.unquote"
    path.write_text("old", encoding="utf-8")
    broken = replace(full, view={"bad": object()})
    with pytest.raises(TypeError):
        fileformat.save(broken, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["pair.unquote"]


def damage(text: str, how: str) -> str:
    data = json.loads(text)
    if how == "future":
        data["version"] = 99
    elif how == "format":
        data["format"] = "something-else"
    elif how == "span":
        data["sentences"]["left"][0]["end"] = 10 ** 9
    elif how == "index":
        data["links"][0]["right"] = [999]
    elif how == "kind":
        data["links"][0]["kind"] = "maybe"
    elif how == "missing":
        del data["documents"]
    return json.dumps(data)


@pytest.mark.parametrize("how, message", [
    ("future", "newer Unquote"), ("format", "not an Unquote comparison"), ("span", "damaged"),
    ("index", "damaged"), ("kind", "damaged"), ("missing", "damaged"),
])
def test_damaged_files_are_refused_with_one_clear_line(full, tmp_path, how, message):
    path = tmp_path / "x.unquote"
    path.write_text(damage(fileformat.dumps(full), how), encoding="utf-8")
    with pytest.raises(FormatError) as err:
        fileformat.load(path)
    assert message in str(err.value) and "x.unquote" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00binary", b"[1, 2]"])
def test_garbage_is_refused(tmp_path, content):
    path = tmp_path / "g.unquote"
    path.write_bytes(content)
    with pytest.raises(FormatError):
        fileformat.load(path)
