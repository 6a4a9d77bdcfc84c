"""The fuzz corpus: every kind of hostile input issue 13 lists, and seeded variations.

Nothing is stored: ``corpus()`` returns named builders, run by fuzz_run.py here. Kinds:
structured Word and PDF files (fuzz_binary.py), pathological text for each text pass
(Markdown emphasis and links, trailing spaces, full stops, quote marks, long lines, huge
texts), HTML (charsets, attributes, nesting), encodings and invisible-only documents,
random Unicode, and seeded mutations (flipped bytes, cuts, splices) of valid files of
every format. Every builder is deterministic.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fuzz_binary import (
    SENTENCE,
    body,
    docx_cases,
    docx_with,
    paragraph,
    pdf_cases,
    text_pdf,
)

ROOT = Path(__file__).resolve().parents[4]
ARTICLE = (ROOT / "desktop" / "unquote" / "data" / "samples" / "original.txt").read_text(encoding="utf-8")
MB = 1 << 20


@dataclass(frozen=True)
class Case:
    """One input: its name (also the file name's stem), extension and builder."""

    name: str
    suffix: str
    build: Callable[[], bytes]


def _u(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8", errors="surrogatepass")


def text_cases() -> dict[str, tuple[str, Callable[[], bytes]]]:
    """Name -> (extension, builder) of pathological texts for each text pass."""
    quote_kinds = ['"', "“", "”", "„", "«", "»", "'", "‘", "’", "''"]
    cases: dict[str, tuple[str, Callable[[], bytes]]] = {
        "md-stars-50k": (".md", _u("**" * 50_000)),
        "md-stars-words": (".md", _u("**a " * 40_000)),
        "md-underscores": (".md", _u("__a_" * 40_000)),
        "md-brackets-50k": (".md", _u("[" * 50_000)),
        "md-brackets-paren": (".md", _u("[a](" * 30_000)),
        "md-link-chain": (".md", _u("[a]" * 50_000)),
        "md-image-chain": (".md", _u("![" * 40_000)),
        "md-backticks": (".md", _u("`" * 30_000 + "a" + "``" * 10_000)),
        "md-nested-quotes": (".md", _u(">" * 20_000 + " deep")),
        "md-nested-lists": (".md", _u("".join(" " * (2 * n) + "- item\n" for n in range(2000)))),
        "md-html-comment-open": (".md", _u("<!--" * 30_000)),
        "md-setext-lines": (".md", _u("line\n=\n" * 50_000)),
        "md-trailing-spaces": (".md", _u("a" + " " * 200_000 + "\nb")),
        "md-front-matter-unclosed": (".md", _u("---\n" + "key: value\n" * 50_000)),
        "md-table-wide": (".md", _u("|" + "a|" * 20_000 + "\n|" + "-|" * 20_000 + "\n")),
        "md-emphasis-alternating": (".md", _u("*_" * 50_000)),
        "txt-trailing-spaces": (".txt", _u(("A line." + " " * 50_000 + "\n") * 10)),
        "txt-space-runs-in-line": (".txt", _u(("word" + " " * 5000) * 100 + "end")),
        "txt-60k-stops": (".txt", _u("." * 60_000)),
        "txt-60k-spaced-stops": (".txt", _u(". " * 60_000)),
        "txt-60k-abbrev": (".txt", _u("U.S. " * 60_000)),
        "txt-60k-initials": (".txt", _u("A. " * 60_000)),
        "txt-ellipses": (".txt", _u("Wait… " * 50_000)),
        "txt-one-10MB-line": (".txt", _u("word " * (2 * MB))),
        "txt-one-900KB-line": (".txt", _u("word " * 180_000)),
        "txt-19MB": (".txt", _u((ARTICLE + "\n\n") * (19 * MB // (len(ARTICLE) + 2)))),
        "txt-21MB": (".txt", _u("A sentence. " * (21 * MB // 12))),
        "txt-long-word": (".txt", _u("x" * 900_000)),
        "txt-many-newlines": (".txt", _u("a\n" * 400_000)),
        "txt-blank-lines": (".txt", _u("\n" * 900_000 + "Text.")),
        "txt-zero-width-only": (".txt", _u("\u200b" * 50_000)),
        "txt-zero-width-mixed": (".txt", _u("\u200b\u200c\u200d\u2060\ufeff " * 20_000)),
        "txt-bom16-spaces": (".txt", lambda: b"\xff\xfe" + " \n".encode("utf-16-le") * 1000),
        "txt-bom32-only": (".txt", lambda: b"\xff\xfe\x00\x00"),
        "txt-bom8-only": (".txt", lambda: b"\xef\xbb\xbf"),
        "txt-nbsp-only": (".txt", _u("\u00a0 \u2007\u202f\n" * 1000)),
        "txt-controls": (".txt", lambda: bytes(range(1, 32)) * 100),
        "txt-escape-sequences": (".txt", _u(("\x1b]0;title\x07\x1b[2J " + SENTENCE + " ") * 3)),
        "txt-bidi-overrides": (".txt", _u(("\u202e" + SENTENCE + "\u202c ") * 50)),
        "txt-lone-surrogates": (".txt", _u("\ud800 " + SENTENCE + " \udfff")),
        "txt-nul-bytes": (".txt", lambda: (SENTENCE + "\x00").encode() * 50),
        "txt-only-punctuation": (".txt", _u("!?.,;:" * 10_000)),
        "txt-combining-marks": (".txt", _u("a" + "\u0301" * 100_000)),
        "txt-emoji-zwj": (".txt", _u("👩‍👩‍👧‍👦 " * 30_000)),
        "txt-rtl-arabic": (".txt", _u("قال الرئيس: «سنمضي قدما». " * 2000)),
        "txt-cjk": (".txt", _u("他说：“我们准备好了。”" * 5000)),
        "txt-cp1252": (".txt", lambda: (ARTICLE.replace("’", "'") + " café “quote”").encode("cp1252", "replace")),
        "txt-utf16-no-bom": (".txt", lambda: ARTICLE.encode("utf-16-le")),
        "txt-metadata-only": (".txt", _u("title: Only a title\ndate 2025-01-01\n")),
        "txt-metadata-flood": (".txt", _u("title: x\n" * 100_000)),
        "txt-hyphen-runs": (".txt", _u("-" * 500_000)),
        "txt-dashes-quotes": (".txt", _u("—“ " * 100_000)),
        "txt-paren-runs": (".txt", _u("(" * 200_000 + ")" * 200_000)),
        "txt-250k-sentences": (".txt", _u("Go. " * 250_000)),
        "txt-120k-paragraphs": (".txt", _u("Go.\n\n" * 120_000)),
        "html-charset-undefined": (".html", _u('<html><head><meta charset="undefined"></head><body><p>'
                                               + SENTENCE + "\xe9</p></body></html>")),
        "html-charset-unicode-escape": (".html", lambda: (
            '<html><head><meta charset="unicode_escape"></head><body><p>' + SENTENCE
            + " \\N{ x</p></body></html>").encode() + b"\xff"),
        "html-charset-rot13": (".html", lambda: ('<html><meta charset="rot13"><p>' + SENTENCE
                                                 + "</p></html>").encode() + b"\xff"),
        "html-charset-garbage": (".html", lambda: b'<html><meta charset="\xff\xfe"><p>x\xff</p></html>'),
        "html-5k-attributes": (".html", _u("<html><body><p " + " ".join(f'a{n}="{n}"' for n in range(5000))
                                           + ">" + SENTENCE + "</p></body></html>")),
        "html-50k-attributes": (".html", _u("<html><body><div " + "x " * 50_000 + ">" + SENTENCE
                                            + "</div></body></html>")),
        "html-deep-nesting": (".html", _u("<html><body>" + "<div>" * 50_000 + SENTENCE + "</body></html>")),
        "html-nbsp-only": (".html", _u("<html><body>" + "<p>&nbsp;</p>" * 500 + "</body></html>")),
        "html-script-only": (".html", _u("<html><body><script>" + "var a=1;" * 10_000 + "</script></body></html>")),
        "html-unclosed-comment": (".html", _u("<html><body><!--" + SENTENCE * 1000)),
        "html-many-paragraphs": (".html", _u("<html><body>" + f"<p>{SENTENCE}</p>" * 10_000 + "</body></html>")),
        "html-long-attribute": (".html", _u('<html><body><p title="' + "x" * 800_000 + '">Hi.</p></body></html>')),
        "html-entities": (".html", _u("<html><body><p>" + "&amp;" * 100_000 + "</p></body></html>")),
        "html-not-really": (".html", _u("<" * 300_000)),
        "html-title-markup": (".html", _u('<html><head><title>&lt;img src="/etc/x.png"&gt;</title></head>'
                                          "<body><h1><font size=7>Big</font></h1><p>" + SENTENCE + "</p></body></html>")),
        "noext-html-sniffed": ("", _u("<!doctype html><html><body><p>" + SENTENCE + "</p></body></html>")),
        "noext-markdown-sniffed": ("", _u("# Title\n\n**" + SENTENCE + "** [x](y)\n")),
    }
    for n, (a, b) in enumerate((a, b) for a in quote_kinds for b in quote_kinds):
        unit = f"{a}word{b} "
        cases[f"quotes-alternating-{n:03d}"] = (".txt", _u(unit * (60_000 // len(unit))))
    for n, mark in enumerate(quote_kinds):
        cases[f"quotes-unbalanced-{n}"] = (".txt", _u((mark + "He said we go. ") * 20_000))
        cases[f"quotes-run-{n}"] = (".txt", _u(mark * 100_000))
    return cases


def random_unicode(seed: int) -> bytes:
    """Text from all of Unicode's planes, weighted toward spaces, marks and punctuation."""
    rng = random.Random(seed)
    pools = [" \n\t\u00a0\u200b", ".!?…\"“”„«»'‘’()[]—-:;,", "abcdefghij ABC", "äöüßéèçñ",
             "\u0301\u0308\u202e\u2066\ufeff\x1b\x07"]
    out = []
    for _ in range(rng.randint(1, 20_000)):
        if rng.random() < 0.05:
            out.append(chr(rng.randint(0x20, 0x10FFFF)))
        else:
            out.append(rng.choice(rng.choice(pools)))
    return "".join(out).encode("utf-8", errors="surrogatepass")


def mutate(data: bytes, seed: int) -> bytes:
    """``data`` with a few seeded damages: flipped bytes, a cut, a spliced copy, junk."""
    rng = random.Random(seed)
    raw = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        action = rng.choice(("flip", "flip", "cut", "splice", "junk", "zero"))
        if not raw:
            break
        at = rng.randrange(len(raw))
        if action == "flip":
            for _ in range(rng.randint(1, 8)):
                raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        elif action == "cut":
            del raw[at:]
        elif action == "splice":
            start = rng.randrange(len(raw))
            raw[at:at] = raw[start:start + rng.randint(1, 4096)]
        elif action == "junk":
            raw[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        else:
            raw[at:at + rng.randint(1, 256)] = b"\x00" * rng.randint(1, 256)
    return bytes(raw)


def seeds() -> dict[str, tuple[str, Callable[[], bytes]]]:
    """The valid files of every format that mutations start from."""
    markdown = "---\ntitle: Ferries\n---\n# Ferries\n\n" + ARTICLE.replace("\n\n", "\n\n**Note** [link](http://x)\n\n", 3)
    html = ("<!doctype html><html><head><meta charset='utf-8'><title>Ferries</title></head><body>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")) + "</body></html>")
    word = "".join(paragraph(p.replace("&", "&amp;").replace("<", "&lt;")) for p in ARTICLE.split("\n\n")[:12])
    return {
        "txt": (".txt", _u(ARTICLE)),
        "md": (".md", _u(markdown)),
        "html": (".html", _u(html)),
        "docx": (".docx", lambda: docx_with(body(word))),
        "pdf": (".pdf", lambda: text_pdf([line.replace("(", "[").replace(")", "]")
                                          for line in ARTICLE.splitlines() if line.strip()][:50])),
    }


#: Seeded mutations per seed format, and random-Unicode texts.
MUTATIONS_PER_FORMAT = 150
RANDOM_TEXTS = 100


def corpus() -> list[Case]:
    """Every case, structured ones first."""
    cases = [Case(name, ".docx", build) for name, build in docx_cases().items()]
    cases += [Case(name, ".pdf", build) for name, build in pdf_cases().items()]
    cases += [Case(name, suffix, build) for name, (suffix, build) in text_cases().items()]
    for fmt, (suffix, build) in seeds().items():
        cases.append(Case(f"seed-{fmt}", suffix, build))
        for seed in range(MUTATIONS_PER_FORMAT):
            cases.append(Case(f"mutated-{fmt}-{seed:03d}", suffix,
                              lambda build=build, seed=seed: mutate(build(), seed)))
    for seed in range(RANDOM_TEXTS):
        suffix = (".txt", ".md", ".html", "")[seed % 4]
        cases.append(Case(f"unicode-{seed:03d}", suffix, lambda seed=seed: random_unicode(seed)))
    return cases
