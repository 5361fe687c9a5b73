"""Lists the senses a word card leads with for the most frequent French lemmas, with no
context: the list to read when choosing rows of resources/senses/main_senses.tsv (see its
README).

Frequency order is resources/levels/fra.lemma-ranks.tsv (Lexique 3.83's lemma frequencies).
That file has no part of speech: each lemma is listed once per part of speech asked for that
Lexique gives it (resources/lexicon/fra.lexique.tsv, the lemma's own rows). The senses are
the card's: `Glosser.translations` with the bundled lexicon, the path a click takes once the
token's lemma and part of speech are known and no context rule applies. Reads only the
repository.

    .venv/bin/python scripts/list_leading_senses.py [--pos VERB,ADJ,ADV] [--start 0]
        [--count 2500] [--senses 4] [--only-main]

Each line: frequency position, lemma, part of speech, a mark ("*" when main_senses.tsv already
has a row for it; "-" when the lexicon has no senses of that part of speech for the lemma, so the
card shows another's and a row there would not be used), and the first senses shown,
" | "-separated.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from reader.core.dictionaries.lexicon.leading import main_senses  # noqa: E402
from reader.core.dictionaries.lexicon.lexicon import SENSE_FILES, bundled_lexicon  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402

RANKS = REPOSITORY / "resources" / "levels" / "fra.lemma-ranks.tsv"
LEXIQUE = REPOSITORY / "resources" / "lexicon" / "fra.lexique.tsv"


def ranked_lemmas() -> list[str]:
    """The lemmas, most frequent first."""
    lines = RANKS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def lemma_parts_of_speech() -> dict[str, list[str]]:
    """Each lemma's parts of speech in Lexique: its own rows (no lemma, or itself)."""
    found: dict[str, list[str]] = defaultdict(list)
    with LEXIQUE.open(encoding="utf-8") as file:
        for line in file:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            headword, pos, lemmas = fields[0], fields[1], fields[4].split(" | ")
            if lemmas == [""] or headword in lemmas:
                found[headword].append(pos)
    return found


def shown_senses(glosser: Glosser, lemma: str, pos: str, count: int) -> list[str]:
    """The senses of the card's first translation, as the card shows them."""
    found = glosser.translations(lemma, lemma, pos)
    return list(found[0].senses[:count]) if found and found[0].senses else []


def has_senses_of(lemma: str, pos: str) -> bool:
    """Whether the lexicon has senses of this part of speech for the lemma itself: main senses
    are put first among those (senses.merge), not among another part of speech's."""
    rows = bundled_lexicon().rows(lemma)
    return any(n in SENSE_FILES and row.pos == pos and row.senses for n, row in rows)


def listing(args: argparse.Namespace) -> Iterator[str]:
    wanted = args.pos.split(",")
    kinds = lemma_parts_of_speech()
    existing = main_senses()
    glosser = Glosser(None)
    lemmas = ranked_lemmas()[args.start : args.start + args.count]
    for position, lemma in enumerate(lemmas, start=args.start + 1):
        for pos in (p for p in wanted if p in kinds.get(lemma, ())):
            mark = "*" if (lemma, pos) in existing else " " if has_senses_of(lemma, pos) else "-"
            if args.only_main and mark != "*":
                continue
            senses = " | ".join(shown_senses(glosser, lemma, pos, args.senses))
            yield f"{position}\t{lemma}\t{pos}\t{mark}\t{senses or '(none)'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pos", default="VERB,ADJ,ADV", help="parts of speech, comma-separated")
    parser.add_argument("--start", type=int, default=0, help="lemmas to skip")
    parser.add_argument("--count", type=int, default=2500, help="lemmas to list")
    parser.add_argument("--senses", type=int, default=4, help="senses per line")
    parser.add_argument("--only-main", action="store_true", help="only rows main_senses has")
    args = parser.parse_args(argv)
    for line in listing(args):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
