"""List the frequent French lemmas whose leading sense on the card (no context) is an English
look-alike of the word (consécration: "consecration", baptiser: "baptize"), to judge by hand
whether the look-alike is the meaning a learner usually meets, for resources/senses/
main_senses.tsv (its README says how the look-alike section was made).

    .venv/bin/python scripts/list_lookalike_senses.py [--count 25000] [--corpus] [--all]
    .venv/bin/python scripts/list_lookalike_senses.py --audit [--sample 60] [--seed 8]

Lemmas come in frequency order from resources/levels/fra.lemma-ranks.tsv (Lexique 3.83), each
in every part of speech (NOUN, VERB, ADJ, ADV) Lexique gives it as a lemma of its own;
--corpus adds the content lemmas of tests/data/corpus/ (analysed, so slower) that the ranks
lack. The senses are the ones the card shows with no context (`Glosser.translations`, as in
scripts/list_leading_senses.py). A first sense is a look-alike when one of its words, accents
stripped, equals the French word or the French word with a usual suffix pair rewritten
(-tion/-tion, -ique/-ic, -iser/-ize, -eux/-ous, -té/-ty, -ement/-ly, ...), or is close to
one of these (difflib ratio >= 0.8). Each line: rank, lemma, part of speech, the row mark ("*" when
main_senses.tsv leads the word), the first sense, then the first translation's senses.
--all lists the words main_senses.tsv already leads as well.

--audit clicks every content word of tests/data/corpus/ as the window does, with all the main
senses and with all but the look-alike section's rows (the rows after LOOKALIKE_MARK in
main_senses.tsv), and prints how many clicks the section changes and a seeded sample of them
(scripts/audit_main_senses.py's audit, other options as there). Reads only the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.dictionaries.lexicon.leading import leading, main_senses, replaced  # noqa: E402
from reader.core.dictionaries.lexicon.lexicon import FOLDER, Lexicon, bundled_lexicon  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.paths import resources_dir  # noqa: E402
from scripts import audit_main_senses  # noqa: E402
from scripts.audit_main_senses import corpus_files, paragraphs  # noqa: E402
from scripts.list_leading_senses import describe, first_shown, ranked_lemmas  # noqa: E402
from scripts.rank_cue_candidates import counted  # noqa: E402

POSES = ("NOUN", "VERB", "ADJ", "ADV")
SENSES = ROOT / "resources" / "senses" / "main_senses.tsv"
# The comment line that opens the look-alike section of main_senses.tsv; its rows run to the end.
LOOKALIKE_MARK = "# Look-alikes"
CLOSE = 0.8
# French endings and the English endings they usually turn into (accents already stripped);
# the longest French ending that fits is rewritten, every English one tried.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "tion": ("tion",),
    "sion": ("sion",),
    "ique": ("ic", "ical", "ics"),
    "iques": ("ics",),
    "iser": ("ize", "ise"),
    "ifier": ("ify",),
    "er": ("ate", "e", "", "ize"),
    "ir": ("", "e", "ish"),
    "re": ("er", "e", ""),
    "eux": ("ous",),
    "euse": ("ous",),
    "ite": ("ity",),
    "te": ("ty",),
    "ment": ("ment", "ly"),
    "ement": ("ly", "ely", "ment"),
    "iquement": ("ically",),
    "isme": ("ism",),
    "iste": ("ist",),
    "aire": ("ary", "ar"),
    "oire": ("ory",),
    "el": ("al",),
    "elle": ("al",),
    "if": ("ive",),
    "ive": ("ive",),
    "eur": ("or", "er", "our"),
    "ie": ("y",),
    "e": ("", "e"),
}


def plain(word: str) -> str:
    """Lower case, accents and everything but letters gone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def english_shapes(french: str) -> set[str]:
    """The French word, accents stripped, and its usual English shapes."""
    word = plain(french)
    shapes = {word}
    for ending in sorted(SUFFIXES, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            shapes.update(stem + english for english in SUFFIXES[ending])
            break
    return shapes


def lookalike(french: str, sense: str) -> float:
    """How much one of the sense's words looks like the French word: 1.0 for an equal shape,
    else the best difflib ratio, 0.0 below CLOSE or for words of three letters or less."""
    best = 0.0
    shapes = english_shapes(french)
    for word in (plain(part) for part in sense.split()):
        if len(word) <= 3 or word in {"to", "the"}:
            continue
        if word in shapes:
            return 1.0
        for shape in shapes:
            best = max(best, difflib.SequenceMatcher(None, shape, word).ratio())
    return best if best >= CLOSE else 0.0


def corpus_lemmas() -> Iterator[tuple[str, str]]:
    """(lemma, pos) of the content words of tests/data/corpus/, most frequent first."""
    counts = counted(paragraphs(corpus_files()), frozenset(POSES))
    yield from (pair for pair, _ in counts.most_common())


def candidates(count: int, with_corpus: bool) -> Iterator[tuple[str, str, str]]:
    """(rank, lemma, pos): Lexique's lemmas in frequency order, then the corpus's others."""
    lexicon = bundled_lexicon()
    seen: set[tuple[str, str]] = set()
    for rank, lemma in ranked_lemmas():
        if rank > count:
            continue
        for pos in POSES:
            if lemma in lexicon.readings(lemma).get(pos, ()):
                seen.add((lemma, pos))
                yield str(rank), lemma, pos
    if with_corpus:
        for lemma, pos in corpus_lemmas():
            if (lemma, pos) not in seen:
                yield "corpus", lemma, pos


def listing(count: int, with_corpus: bool, everything: bool) -> Iterator[str]:
    """The listed lines; a fresh lexicon, since a lexicon caches the senses it ranked (the
    main senses in force when it ranked them)."""
    glosser = Glosser(None, Lexicon(resources_dir() / FOLDER))
    for rank, lemma, pos in candidates(count, with_corpus):
        mark = "*" if leading(lemma, pos) else ""
        if mark and not everything:
            continue
        found = glosser.translations(lemma, lemma, pos)
        first = first_shown(found)
        if first and lookalike(lemma, first):
            yield f"{rank}\t{lemma}\t{pos}\t{mark}\t{first}\t{describe(found)}"


def section_rows() -> set[tuple[str, str]]:
    """(lemma, pos) of the rows after LOOKALIKE_MARK in main_senses.tsv."""
    lines = SENSES.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(LOOKALIKE_MARK)]
    if not starts:
        return set()
    rows = (line.split("\t") for line in lines[starts[0] :] if line and line[0] != "#")
    return {(fields[0], fields[1]) for fields in rows if len(fields) == 3}


@contextlib.contextmanager
def without_section() -> Iterator[None]:
    """The main senses without the look-alike section's rows, for the audit."""
    mine = section_rows()
    with replaced({key: senses for key, senses in main_senses().items() if key not in mine}):
        yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=25000, help="the last Lexique rank read")
    parser.add_argument("--corpus", action="store_true", help="add the corpus's content lemmas")
    parser.add_argument("--all", action="store_true", help="list words main_senses.tsv leads")
    parser.add_argument("--audit", action="store_true", help="audit the look-alike rows")
    args, rest = parser.parse_known_args(argv)
    if args.audit:
        sys.argv = [sys.argv[0], *rest]
        audit_main_senses.main(without_section, "the look-alike rows", __doc__)
        return 0
    for line in listing(args.count, args.corpus, args.all):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
