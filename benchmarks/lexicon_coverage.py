"""What the bundled lexicon gives a reader of the news corpus, against FreeDict alone.

Every content word (NOUN, VERB, ADJ, ADV by spaCy, as the app analyses it) of the 20 news
texts is glossed twice, as the card would show it: with today's FreeDict dictionary and
with the merged lexicon. Printed: the share of tokens with a dictionary translation, with
any translation (dictionary or likely cognate), nouns with a gender from the dictionaries
(and with spaCy's guess as a fallback), and words with IPA.

    .venv/bin/python -m benchmarks.lexicon_coverage [--show 30]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field

from reader.core.analysis.analyser import analyse
from reader.core.dictionaries.dictionary import Dictionary, bundled_dictionary
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.dictionaries.lexicon.queries import lexicon_ipa
from reader.core.lookup.card import Glosser
from reader.core.models import Analysis, Token, TranslationSource
from tests.corpus import news

CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")


@dataclass
class Tally:
    tokens: int = 0
    dictionary: int = 0
    any_translation: int = 0
    nouns: int = 0
    gender_dictionary: int = 0
    gender_shown: int = 0
    ipa: int = 0
    missed: Counter[str] = field(default_factory=Counter)


def count(glosser: Glosser, analysis: Analysis, token: Token, tally: Tally) -> None:
    found = glosser.translations_of(analysis, token)
    tally.tokens += 1
    in_dictionary = any(t.source is TranslationSource.DICTIONARY for t in found)
    tally.dictionary += in_dictionary
    tally.any_translation += bool(found)
    if not in_dictionary:
        tally.missed[f"{token.lemma} ({token.pos})"] += 1
    ipa = next((t.ipa for t in found if t.ipa), None)
    tally.ipa += bool(ipa or lexicon_ipa(glosser.dictionaries, token.lemma, token.text))
    if token.pos == "NOUN":
        context = token.morph.get("Gender", "")
        gender = glosser.noun_gender(token.lemma, context)
        tally.nouns += 1
        tally.gender_dictionary += bool(gender)
        tally.gender_shown += bool(gender or context)


def measure(dictionary: Dictionary, analyses: list[Analysis]) -> Tally:
    glosser = Glosser(None, dictionary)
    tally = Tally()
    for analysis in analyses:
        for token in analysis.tokens:
            if token.is_word and token.pos in CONTENT_POS:
                count(glosser, analysis, token, tally)
    return tally


def share(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print the most frequent misses")
    args = parser.parse_args()
    analyses = [analyse(path.read_text(encoding="utf-8")) for path in news()]
    before = measure(bundled_dictionary(), analyses)
    after = measure(bundled_lexicon(), analyses)
    print(f"News corpus: {before.tokens} content tokens, {before.nouns} nouns")
    print(f"  {'':34} {'FreeDict':>8} {'lexicon':>8}")
    rows = [
        ("dictionary translation", "dictionary", "tokens"),
        ("any translation (or cognate)", "any_translation", "tokens"),
        ("noun gender from the dictionary", "gender_dictionary", "nouns"),
        ("noun gender shown (or spaCy's)", "gender_shown", "nouns"),
        ("IPA", "ipa", "tokens"),
    ]
    for label, name, whole in rows:
        old = share(getattr(before, name), getattr(before, whole))
        new = share(getattr(after, name), getattr(after, whole))
        print(f"  {label:34} {old:>8} {new:>8}")
    if args.show:
        print(f"Most frequent misses of the lexicon (of {sum(after.missed.values())}):")
        for text, number in after.missed.most_common(args.show):
            print(f"  {number:3d}  {text}")


if __name__ == "__main__":
    main()
