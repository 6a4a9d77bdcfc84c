"""The comparison file: round trips, atomic saving, and refusing damaged or future files."""
import json
import os
from dataclasses import replace

import pytest

from conftest import FIXTURES
from unquote.engine.files import fileformat
from unquote.engine.files.fileformat import FormatError
from unquote.engine.model import Annotation, Decision, Document
from unquote.engine.run.compare import compare


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


def test_the_text_is_compact_json_as_the_json_module_writes_it(full):
    assert fileformat.dumps(full) == json.dumps(fileformat.to_dict(full), ensure_ascii=False, separators=(",", ":"))


def test_repeated_keys_read_as_the_json_module_reads_them(full):
    text = fileformat.dumps(full).replace('"view":{', '"view":{"zoom":2,', 1)
    assert fileformat.loads(text).view["zoom"] == 1.25  # the last one wins


def test_file_carries_the_keys_the_scorer_reads(full):
    data = json.loads(fileformat.dumps(full))
    assert (data["format"], data["version"]) == ("unquote-comparison", 2)
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


VERSION_1 = FIXTURES / "fileformat" / "version1.unquote"


def test_version_1_file_reopens_with_whole_quotations_and_resaves_as_version_2(tmp_path):
    """tests/fixtures/fileformat/version1.unquote was saved by the release before version 2
    (an invented pair with an interrupted quotation and a note on a quotation)."""
    old = fileformat.load(VERSION_1)
    raw = json.loads(VERSION_1.read_text(encoding="utf-8"))
    assert raw["version"] == 1
    assert len(old.left_quotes) == len(raw["quotes"]["left"])
    assert [(m.left, m.right, m.status) for m in old.quote_matches] == [
        (m["left"], m["right"], m["status"]) for m in raw["quote_matches"]]
    assert all(m.left_parts == () and m.right_parts == () for m in old.quote_matches)
    assert old.annotations[0].target == "quote" and old.annotations[0].left == (2,)
    path = tmp_path / "resaved.unquote"
    fileformat.save(old, path)
    new = json.loads(path.read_text(encoding="utf-8"))
    assert new["version"] == 2
    assert len(new["quotes"]["left"]) == sum(len(q.fragments) for q in old.left_quotes)
    assert fileformat.load(path) == old


def test_version_2_lists_parts_and_matches_name_them(known_pair):
    data = json.loads(fileformat.dumps(known_pair))
    parts = data["quotes"]["left"]
    assert [(p["utterance"], p["fragment"]) for p in parts] == [
        (n, f) for n, q in enumerate(known_pair.left_quotes) for f in range(len(q.fragments))]
    for m, entry in zip(known_pair.quote_matches, data["quote_matches"]):
        if m.left is not None:
            assert parts[entry["left"]]["utterance"] == m.left
            assert entry["left"] == entry["left_parts"][0]


def test_parts_that_disagree_with_the_utterances_are_refused(known_pair):
    data = json.loads(fileformat.dumps(known_pair))
    data["quotes"]["left"].pop()
    with pytest.raises(FormatError, match="damaged"):
        fileformat.loads(json.dumps(data))


def many_sentence_pair():
    """An invented pair long enough that writing its text ahead stops part way."""
    left = " ".join(f"The council met on day {n} and said the ferry would run again." for n in range(700))
    right = " ".join(f"The council met on day {n} and said the ferry may run again." for n in range(700))
    return compare(Document(left, ((0, len(left)),)), Document(right, ((0, len(right)),)))


def test_text_written_ahead_is_taken_up_where_it_stopped(full):
    c = many_sentence_pair()
    so_far = replace(c, left_quotes=(), right_quotes=(), quote_matches=())
    looks = []
    fileformat.write_ahead(so_far, lambda: looks.append(1) or len(looks) >= 2)
    assert len(looks) == 2  # it stopped part way
    noted = replace(c, annotations=(Annotation("n1", "link", (0,), (0,), "Ferry “may” run"),))
    for finished in (c, noted, full):  # the last shares nothing with what was written ahead
        assert fileformat.dumps(finished) == json.dumps(fileformat.to_dict(finished), ensure_ascii=False,
                                                        separators=(",", ":"))


def test_quotations_written_ahead_serve_a_copy_with_other_notes(full):
    assert full.left_quotes and full.quote_matches
    fileformat.write_ahead(full, lambda: False)
    renoted = replace(full, annotations=(Annotation("n3", "quote", (0,), (), "Speaker changed?"),), view={})
    assert fileformat.dumps(renoted) == json.dumps(fileformat.to_dict(renoted), ensure_ascii=False,
                                                   separators=(",", ":"))
    assert fileformat.loads(fileformat.dumps(renoted)) == renoted


def test_a_failure_while_writing_ahead_never_leaves_a_short_text():
    c = many_sentence_pair()
    broken = replace(c.links[600], kind={"reworded"})  # no JSON for a set: writing fails there
    bad = replace(c, links=c.links[:600] + (broken,) + c.links[601:])
    for _ in range(2):
        with pytest.raises(TypeError):
            fileformat.write_ahead(bad, lambda: False)
    with pytest.raises(TypeError):
        fileformat.dumps(bad)  # not the text written before the failure
