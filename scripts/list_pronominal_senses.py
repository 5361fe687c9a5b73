"""List the pronominal verbs a click meets in texts, most frequent first, with the sense the
word card leads with, to review resources/phrases/pronominal.tsv by frequency (its SPEC.md,
round twelve).

    .venv/bin/python scripts/list_pronominal_senses.py > pronominal.txt
    .venv/bin/python scripts/list_pronominal_senses.py --no-corpus my_text.txt

By default the texts are every .txt file under tests/data/corpus/ but ud/ (reads only the
repository). Each paragraph is analysed with the app's `analyse`; every verb with a reflexive
clitic before it (se, me, te; en, y, ne and object pronouns may stand between) is clicked with
`Glosser.explain` (bundled dictionaries, no learner data). Each line: count, the verb's lemma,
the card's lemma, the first sense shown (cut at its first comma or semicolon) and one example.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.analysis.analyser import analyse  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.models import Analysis, Token  # noqa: E402
from scripts.list_expression_senses import corpus_texts  # noqa: E402
from scripts.list_leading_senses import first_shown  # noqa: E402

# nous and vous are left out: they are as often the object of another subject's verb.
REFLEXIVES = frozenset("se s' s’ me m' m’ te t' t’".split())
# Words that may stand between the clitic and its verb (il ne s'en va pas, il se le dit).
BETWEEN = frozenset("en y ne n' n’ le la les l' l’ lui leur".split())


def reflexive_verbs(analysis: Analysis) -> list[Token]:
    """The verbs of the analysis with a reflexive clitic before them."""
    return [t for t in analysis.tokens if t.pos == "VERB" and _has_reflexive(analysis, t)]


def _has_reflexive(analysis: Analysis, verb: Token) -> bool:
    for index in range(verb.index - 1, max(verb.index - 4, -1), -1):
        word = analysis.tokens[index].text.lower()
        if word in REFLEXIVES:
            return True
        if word not in BETWEEN:
            return False
    return False


def collect(paths: list[Path], glosser: Glosser) -> tuple[Counter[tuple[str, str, str]], dict]:
    counts: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], str] = {}
    for path in paths:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if not paragraph.strip():
                continue
            analysis = analyse(paragraph)
            for verb in reflexive_verbs(analysis):
                info = glosser.explain(analysis, verb.index)
                key = (verb.lemma, info.lemma, first_shown(info.translations))
                counts[key] += 1
                examples.setdefault(key, " ".join(paragraph.split())[:160])
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="*", type=Path, help="more text files to read")
    parser.add_argument("--no-corpus", action="store_true", help="read only the given texts")
    args = parser.parse_args(argv)
    counts, examples = collect(corpus_texts(args.texts, corpus=not args.no_corpus), Glosser())
    for (lemma, card, first), count in counts.most_common():
        print(count, lemma, card, first, examples[(lemma, card, first)], sep="\t")
    print(f"{sum(counts.values())} clicks on {len(counts)} verb and sense pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
