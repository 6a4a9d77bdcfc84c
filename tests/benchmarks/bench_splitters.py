"""Compare our sentence splitter with pysbd, syntok and blingfire: accuracy and speed.

Prints, for each splitter importable here: the cases of tests/fixtures/sentences/cases.json
it gets exactly right, the gold sentences of the shared news pairs and of DEplain (German,
dev and test) it reproduces whole, and its throughput in MB/s over ~1 MB of news text
(the shared texts, read in place, repeated). Every splitter gets one paragraph at a time.

Run: .venv/bin/python tests/benchmarks/bench_splitters.py
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from unquote.engine.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
CASES = ROOT / "tests" / "fixtures" / "sentences" / "cases.json"
NEWS = [
    ("seed", "left", "original.txt"),
    ("seed", "right", "rewrite.txt"),
    ("wikinews-immunity", "left", "immunity_original.txt"),
    ("wikinews-immunity", "right", "immunity_rewrite.txt"),
    ("wikinews-truncated-html", "left", "khashoggi_original.txt"),
    ("wikinews-health-docx", "right", "cow_urine_rewrite.txt"),
]

#: One-paragraph megabytes that would expose quadratic work.
PATHOLOGICAL = {
    "'U.S. President ' (no sentence end)": "U.S. President " * 66_000,
    "'A. ' (initials)": "A. " * 333_000,
    "'. ' (bare periods)": ". " * 500_000,
    "one word": "x" * 1_000_000 + ".",
}

#: A splitter takes one paragraph and returns its sentences as strings.
Splitter = Callable[[str], list[str]]


def ours(paragraph: str) -> list[str]:
    return [paragraph[s.start:s.end] for s in split_sentences(paragraph, [(0, len(paragraph))])]


def available_splitters() -> dict[str, Splitter]:
    """Our splitter plus whichever of the others are installed."""
    found: dict[str, Splitter] = {"unquote": ours}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd"] = lambda p: [span.sent.strip() for span in segmenter.segment(p)]
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(p: str) -> list[str]:
            return [p[s[0].offset:s[-1].offset + len(s[-1].value)]
                    for para in syntok_segmenter.analyze(p) for s in para]

        found["syntok"] = syntok_split
    except ImportError:
        pass
    try:
        import blingfire

        def blingfire_split(p: str) -> list[str]:
            _, offsets = blingfire.text_to_sentences_and_offsets(p)
            return [p[a:b] for a, b in offsets]

        found["blingfire"] = blingfire_split
    except ImportError:
        pass
    return found


def paragraphs(text: str) -> Iterator[str]:
    return (line.strip() for line in text.split("\n") if line.strip())


def collapse(text: str) -> str:
    return " ".join(text.split())


def case_score(split: Splitter, cases: list[dict[str, object]]) -> int:
    right = 0
    for case in cases:
        got = [collapse(s) for p in paragraphs(str(case["text"])) for s in split(p)]
        right += got == [collapse(s) for s in case["sentences"]]  # type: ignore[union-attr]
    return right


def gold_score(split: Splitter, texts_and_golds: list[tuple[str, list[str]]]) -> tuple[int, int]:
    """Gold sentences reproduced whole, and gold sentences in all."""
    hit = total = 0
    for text, gold in texts_and_golds:
        found = {collapse(s) for p in paragraphs(text) for s in split(p)}
        hit += sum(collapse(g) in found for g in gold)
        total += len(gold)
    return hit, total


def news_golds() -> list[tuple[str, list[str]]]:
    out = []
    for folder, side, name in NEWS:
        path = SHARED / folder / name
        if not path.exists():
            continue
        text = re.sub(r"\A\s*date \d{4}-\d{2}-\d{2}\s*", "", path.read_text(encoding="utf-8"))
        gold = json.loads((SHARED / folder / "gold.json").read_text(encoding="utf-8"))
        sentences = [s for pair in gold["pairs"] for s in pair[side]] + gold[f"{side}_only"]
        out.append((text, sentences))
    return out


def deplain_golds(split_name: str) -> list[tuple[str, list[str]]]:
    """DEplain documents as one paragraph each (sentences joined by a space)."""
    path = SHARED / "deplain" / "deplain_web_ccby.jsonl"
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["split"] == split_name:
            for side in ("left", "right"):
                out.append((" ".join(row[side]), row[side]))
    return out


def news_megabyte() -> str:
    """About 1 MB of news paragraphs: the shared news texts repeated."""
    base = "\n".join(text for text, _ in news_golds())
    return "\n".join([base] * (1_000_000 // max(1, len(base.encode("utf-8"))) + 1))


def throughput(split: Splitter, text: str) -> float:
    started = time.perf_counter()
    for p in paragraphs(text):
        split(p)
    return len(text.encode("utf-8")) / 1e6 / (time.perf_counter() - started)


def main() -> None:
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    news, dev, test = news_golds(), deplain_golds("dev"), deplain_golds("test")
    big = news_megabyte()
    print(f"{len(cases)} cases; {len(big.encode('utf-8')) / 1e6:.2f} MB of news text")
    print(f"{'splitter':<10} {'cases':>7} {'news gold':>11} {'deplain dev':>12} "
          f"{'deplain test':>13} {'MB/s':>7}")
    for name, split in available_splitters().items():
        news_hit, news_total = gold_score(split, news)
        dev_hit, dev_total = gold_score(split, dev)
        test_hit, test_total = gold_score(split, test)
        print(f"{name:<10} {case_score(split, cases):>3}/{len(cases):<3} "
              f"{news_hit:>5}/{news_total:<5} {dev_hit:>5}/{dev_total:<6} "
              f"{test_hit:>6}/{test_total:<6} {throughput(split, big):>7.2f}")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", big)]
    started = time.perf_counter()
    split_sentences(big, spans)
    rate = len(big.encode("utf-8")) / 1e6 / (time.perf_counter() - started)
    print(f"unquote on the whole text at once (no per-paragraph calls): {rate:.2f} MB/s")
    for name, text in PATHOLOGICAL.items():
        started = time.perf_counter()
        split_sentences(text, [(0, len(text))])
        print(f"unquote on 1 MB of {name}: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
