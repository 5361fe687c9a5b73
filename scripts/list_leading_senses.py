"""List the senses a word card leads with, for the most frequent French lemmas of one part of
speech, to review them for resources/senses/main_senses.tsv (its README says how).

    .venv/bin/python scripts/list_leading_senses.py --pos NOUN --start 1 --count 500
    .venv/bin/python scripts/list_leading_senses.py --pos NOUN --count 50 --check

Lemmas come in frequency order from resources/levels/fra.lemma-ranks.tsv (Lexique 3.83, the
better of a lemma's film and book ranks); a lemma is listed when Lexique, in the bundled
lexicon, gives it the part of speech as a lemma of its own (fin: NOUN, ADJ). Its senses are
the ones the card shows with no context: `Glosser.translations`, the path `Glosser.explain`
takes for a word outside any expression or verb group, with the bundled dictionaries only
(main senses included). Reads only the repository.

Each line: rank, lemma, the first sense as the card shows it (cut at its first comma or
semicolon), then the first translation's senses, then the pivot languages' if any; a "*"
marks a lemma main_senses.tsv already leads, a "!" one the lexicon has no senses of its own for
(the card shows another word's, a verb's say, and a row in main_senses.tsv would not change
it). --check also analyses a short sentence with each
listed noun, clicks it as the window does, and reports where the card's first sense differs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.dictionaries.lexicon.leading import leading  # noqa: E402
from reader.core.dictionaries.lexicon.lexicon import (  # noqa: E402
    Lexicon,
    bundled_lexicon,
)
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.models import Translation  # noqa: E402

RANKS = ROOT / "resources" / "levels" / "fra.lemma-ranks.tsv"
# The card shows the first sense up to its first comma or semicolon outside brackets.
CUT = re.compile(r"[,;](?![^(]*\))")


def ranked_lemmas(path: Path = RANKS) -> Iterator[tuple[int, str]]:
    """(rank, lemma), most frequent first."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, rank = line.split("\t")
            yield int(rank), lemma


def has_pos(lexicon: Lexicon, lemma: str, pos: str) -> bool:
    """Whether Lexique lists the lemma, spelled so, as a lemma of that part of speech."""
    return lemma in lexicon.readings(lemma).get(pos, ())


def first_shown(translations: tuple[Translation, ...]) -> str:
    """The first sense as the card shows it."""
    if not translations or not translations[0].senses:
        return ""
    return CUT.split(translations[0].senses[0])[0].strip()


def describe(translations: tuple[Translation, ...]) -> str:
    return "\t".join(" | ".join(t.senses[:6]) for t in translations[:2])


def card_first_sense(glosser: Glosser, lemma: str, gender: str) -> str | None:
    """The first sense of the card for the lemma clicked in a short neutral sentence, or None
    when spaCy does not read it there as the noun it is."""
    from reader.core.analysis.analyser import analyse

    article = "une" if gender.startswith("Fem") else "un"
    text = f"Il y avait {article} {lemma} dans le texte."
    analysis = analyse(text)
    token = next((t for t in analysis.tokens if t.text == lemma), None)
    if token is None or token.pos != "NOUN" or token.lemma != lemma:
        return None
    return first_shown(glosser.explain(analysis, token.index).translations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pos", default="NOUN", help="a Universal POS tag (default NOUN)")
    parser.add_argument("--start", type=int, default=1, help="the first lemma listed (1-based)")
    parser.add_argument("--count", type=int, default=500, help="how many lemmas to list")
    parser.add_argument("--check", action="store_true", help="compare with the clicked card")
    args = parser.parse_args(argv)
    lexicon = bundled_lexicon()
    glosser = Glosser()
    listed = checked = differ = 0
    for rank, lemma in ranked_lemmas():
        if not has_pos(lexicon, lemma, args.pos):
            continue
        listed += 1
        if listed < args.start:
            continue
        if listed >= args.start + args.count:
            break
        found = glosser.translations(lemma, lemma, args.pos)
        mark = "*" if leading(lemma, args.pos) else ""
        mark += "" if lexicon.has_senses(lemma) else "!"
        print(f"{listed}\t{rank}\t{lemma}{mark}\t{first_shown(found)}\t{describe(found)}")
        if args.check and args.pos == "NOUN":
            clicked = card_first_sense(glosser, lemma, lexicon.gender(lemma))
            if clicked is not None:
                checked += 1
                if clicked != first_shown(found):
                    differ += 1
                    print(f"#\tclicked card differs: {clicked!r}")
    if args.check:
        print(f"# checked on a clicked card: {checked}, differing: {differ}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
