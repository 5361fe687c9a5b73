"""Count the clicks whose first sense the construction rules (resources/senses/constructions.tsv,
reader/core/lookup/constructions.py) change, on the repository's corpus (tests/data/corpus/),
and print a random sample of them to check by hand.

    .venv/bin/python scripts/count_construction_changes.py [--sample 30] [--seed 8]
        [--novel-lines N] [--out changed.tsv]

Each paragraph (one line of a corpus file) is analysed as the window does; every verb a
construction row names is clicked (Glosser.explain) with the rules and without them, and the
first sense shown is compared. Each changed click is printed with the construction that fired.
Reads only the repository.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.lookup import constructions  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.lookup.partners import verb_of  # noqa: E402
from reader.core.models import Analysis, Token  # noqa: E402
from scripts.audit_main_senses import rule_changes  # noqa: E402
from scripts.count_topic_changes import audit_parser, paragraphs, report  # noqa: E402


def fired(analysis: Analysis, token: Token) -> str:
    """The construction whose rule applies to the token's verb, or ""."""
    verb = verb_of(analysis, token)
    if verb is None:
        return ""
    senses = constructions.construction_senses()
    for name, applies in constructions.RULES:
        if (name, verb.lemma) in senses and applies(analysis, verb):
            return name
    return ""


def changes(texts: list[tuple[str, str]], glosser: Glosser) -> tuple[int, list[str]]:
    """How many verbs with construction rows were clicked, and each click whose first sense
    the rules changed: file, word, construction, the sense without and with them, sentence."""
    return rule_changes(texts, glosser, has_rows, fired, without_rules)


def has_rows(analysis: Analysis, token: Token) -> bool:
    """The main verb of a verb some construction row names: a group is clicked once."""
    verb = verb_of(analysis, token) if token.pos in ("VERB", "AUX") else None
    return (
        verb is not None
        and verb.lemma in constructions.construction_lemmas()
        and (verb.head is token)
    )


@contextlib.contextmanager
def without_rules() -> Iterator[None]:
    """The card without the construction rules, until the block ends."""
    rules = constructions.RULES
    constructions.RULES = ()
    try:
        yield
    finally:
        constructions.RULES = rules


def main() -> None:
    args = audit_parser(__doc__, sample=30, seed=8).parse_args()
    clicked, changed = changes(paragraphs(args.novel_lines), Glosser())
    print(f"{clicked} clicks on verbs with construction rows; the rules change {len(changed)}")
    report(changed, args, by_kind="construction")


if __name__ == "__main__":
    main()
