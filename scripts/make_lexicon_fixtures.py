"""Cut small excerpts of the lexicon's raw sources for tests/data/lexicon (run by hand).

The test of scripts/build_lexicon.py builds a lexicon from these excerpts twice and compares
the bytes. Each excerpt keeps the format of its source, so the build reads it as it reads
the real thing; only the entries of a few French words (and the pivot words they lead to)
are kept. Takes the same arguments as build_lexicon.py:

    python scripts/make_lexicon_fixtures.py --debian SCRATCH/root --apertium-fra-eng ... \\
        --wiktionary ... --wikipron ... --lexique ... --lefff ...
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lexicon_sources as sources
from build_lexicon import parse_arguments
from lexicon_merge import split_translations, translation_lines
from lexicon_tables import APERTIUM, DICTD, WIKDICT_PIVOTS, WIKDICT_TO_ENGLISH

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "lexicon"
WORDS = [
    *"honte hausse génie renforcer patrouille salarié libre exil maison pion touriste".split(),
    *"poste abaisser afin honneur".split(),
    *("afin de", "tandis que", "lors de"),
]
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def encode(number: int) -> str:
    digits = ""
    while True:
        digits = BASE64[number % 64] + digits
        number //= 64
        if number == 0:
            return digits


def write_dictd(folder: Path, pair: str, articles: list[tuple[str, str]]) -> None:
    """A dictd index and gzip data file holding these (key, text) articles."""
    folder.mkdir(parents=True, exist_ok=True)
    data, index = b"", []
    for key, text in articles:
        encoded = text.encode("utf-8")
        index.append(f"{key}\t{encode(len(data))}\t{encode(len(encoded))}")
        data += encoded
    (folder / f"freedict-{pair}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    (folder / f"freedict-{pair}.dict.dz").write_bytes(gzip.compress(data, mtime=0))


def copy_changelog(root: Path, target: Path, package: str) -> None:
    first = gzip.decompress((root / "usr/share/doc" / package / "changelog.Debian.gz").read_bytes())
    path = target / "usr/share/doc" / package / "changelog.Debian.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(first.split(b"\n", 1)[0] + b"\n", mtime=0))


def excerpt(root: Path, target: Path, pair: str, keep: Iterable[str]) -> set[str]:
    """The articles of `keep` from freedict-PAIR; returns the translations they give."""
    wanted = {word.casefold() for word in keep}
    chosen = [
        (key, text)
        for key, text in sources.dictd_articles(root / DICTD, pair)
        if (a := sources.parse_article(text)) is not None and a.word.casefold() in wanted
    ]
    write_dictd(target / DICTD, pair, chosen)
    copy_changelog(root, target, f"dict-freedict-{pair}")
    found: set[str] = set()
    for _, text in chosen:
        article = sources.parse_article(text)
        assert article is not None
        first_only = pair.startswith("fra-") or pair[:3] in WIKDICT_TO_ENGLISH
        for line in translation_lines(article.senses, first_only=first_only):
            found.update(split_translations(line))
    return found


def transducer_excerpt(root: Path, target: Path, relative: str, keep: set[str]) -> set[str]:
    """A bilingual .dix with the paths of `keep` (compiled by the test with lt-comp)."""
    printed = subprocess.run(
        ["lt-print", str(root / APERTIUM / relative)], capture_output=True, check=True
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        att = Path(folder) / "printed.att"
        att.write_bytes(printed)
        pairs = sorted({p for p in sources.transducer_pairs(att) if p[0] in keep})
    tags = sorted({tag for _, _, tag in pairs})
    entries = "\n".join(
        f'    <e><p><l>{escape(s)}<s n="{t}"/></l><r>{escape(g)}<s n="{t}"/></r></p></e>'
        for s, g, t in pairs
    )
    sdefs = "\n".join(f'    <sdef n="{tag}"/>' for tag in tags)
    dix = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<dictionary>\n  <alphabet/>\n'
        f'  <sdefs>\n{sdefs}\n  </sdefs>\n  <section id="main" type="standard">\n'
        f"{entries}\n  </section>\n</dictionary>\n"
    )
    path = FIXTURES / "apertium" / relative.replace(".bin", ".dix")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dix, encoding="utf-8")
    copy_changelog(root, target, relative.split("/", 1)[0])
    return {g for _, g, _ in pairs}


def text_excerpts(args: object) -> None:
    wanted = set(WORDS)
    csv = args.wiktionary.read_text(encoding="utf-8").splitlines()  # type: ignore[attr-defined]
    lines = [line for line in csv if line.split(";", 1)[0] in wanted]
    (FIXTURES / "wiktionary.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pron = args.wikipron.read_text(encoding="utf-8").splitlines()  # type: ignore[attr-defined]
    lines = [line for line in pron if line.split("\t", 1)[0] in wanted]
    (FIXTURES / "wikipron.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lexique = args.lexique.read_bytes().decode("latin-1").splitlines()  # type: ignore[attr-defined]
    lines = lexique[:1] + [line for line in lexique[1:] if line.split("\t")[2] in wanted]
    (FIXTURES / "Lexique383.txt").write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    lefff = json.loads(args.lefff.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    chosen = {word: lefff[word] for word in sorted(wanted) if word in lefff}
    (FIXTURES / "words.json").write_text(json.dumps(chosen, ensure_ascii=False), "utf-8")
    dix = args.apertium_fra_eng.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    head, body = dix.split("<section", 1)
    entries = [line for line in body.splitlines() if "<e" in line and _dix_word(line) in wanted]
    section = body.split(">", 1)[0]
    (FIXTURES / "apertium-fra-eng.dix").write_text(
        f"{head}<section{section}>\n" + "\n".join(entries) + "\n  </section>\n</dictionary>\n",
        encoding="utf-8",
    )


def _dix_word(line: str) -> str:
    start = line.find("<l>")
    if start < 0:
        return ""
    left = line[start + 3 :].split("</l>", 1)[0]
    return left.split("<s ", 1)[0].replace("<b/>", " ")


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    root: Path = args.debian
    target = FIXTURES / "debian"
    excerpt(root, target, "fra-eng", WORDS)
    for language in WIKDICT_PIVOTS:
        pivot_words = excerpt(root, target, f"fra-{language}", WORDS)
        excerpt(root, target, f"{language}-eng", pivot_words)
    catalan = transducer_excerpt(root, target, "apertium-fra-cat/fra-cat.autobil.bin", set(WORDS))
    transducer_excerpt(root, target, "apertium-eng-cat/cat-eng.autobil.bin", catalan)
    esperanto = transducer_excerpt(root, target, "apertium-eo-fr/fr-eo.autobil.bin", set(WORDS))
    excerpt(root, target, "epo-eng", esperanto)
    text_excerpts(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
