"""Count the clicks on a verb group's helper words (auxiliaries, aller/venir before an
infinitive, negation words) whose card the helper-word reading (reader/core/grammar/
auxiliaries.py) changes, on the repository's corpus (tests/data/corpus/), and print a random
sample of them to check by hand.

    .venv/bin/python scripts/count_helper_changes.py [--sample 40] [--seed 11]
        [--novel-lines N] [--out changed.tsv]

Each paragraph (one line of a corpus file) is analysed as the window does; every word of a
verb group other than its main verb is clicked (Glosser.explain) with the reading and without
it (the group's card), and the lemma and first sense shown are compared; so is every avoir
and été outside a group (avoir été of a copula). Reads only the repository.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.grammar import auxiliaries  # noqa: E402
from reader.core.lookup import card  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.models import Analysis, Token  # noqa: E402
from scripts.audit_main_senses import clicks, first_sense  # noqa: E402
from scripts.count_topic_changes import audit_parser, paragraphs, report  # noqa: E402


def no_helpers(analysis: Analysis, token: Token) -> tuple[str, ...]:
    return ()


@contextlib.contextmanager
def without_helpers() -> Iterator[None]:
    """The group's card for every word of a group, as before the reading, until the block
    ends."""
    card.helper_senses = no_helpers
    try:
        yield
    finally:
        card.helper_senses = auxiliaries.helper_senses


def is_helper(analysis: Analysis, token: Token) -> bool:
    """A word of a verb group other than its main verb, or avoir and été outside a group
    (il a été malade)."""
    group = analysis.group_of(token)
    if group is None:
        return token.is_word and (token.lemma == "avoir" or token.text.lower() == "été")
    return token.is_word and token.index != group.head


def kind(token: Token) -> str:
    if token.lemma in ("avoir", "être"):
        return "auxiliary"
    if token.lemma in ("aller", "venir"):
        return "aller/venir"
    return "ne" if token.lemma == "ne" else "negation word" if token.pos == "ADV" else "other"


def changes(texts: list[tuple[str, str]], glosser: Glosser) -> tuple[Counter[str], list[str]]:
    """Clicks on helper words by kind, and each click whose card changed: file, word, lemma
    and first sense without and with the reading, the sentence."""
    clicked: Counter[str] = Counter()
    changed: list[str] = []
    for name, analysis, token in clicks(texts, is_helper):
        clicked[kind(token)] += 1
        info = glosser.explain(analysis, token.index)
        with without_helpers():
            before = glosser.explain(analysis, token.index)
        old, new = (before.lemma, first_sense(before)), (info.lemma, first_sense(info))
        if old != new:
            clicked[f"{kind(token)} changed"] += 1
            sentence = analysis.sentence_text(token).strip()
            changed.append(f"{name}\t{token.text}\t{old} -> {new}\t{sentence}")
    return clicked, changed


def main() -> None:
    args = audit_parser(__doc__, sample=40, seed=11).parse_args()
    clicked, changed = changes(paragraphs(args.novel_lines), Glosser())
    print(", ".join(f"{key}: {count}" for key, count in sorted(clicked.items())))
    print(f"{len(changed)} clicks changed")
    report(changed, args)


if __name__ == "__main__":
    main()
