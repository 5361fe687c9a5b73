"""Count the clicks on function words whose first sense the rules of
reader/core/lookup/function_words/ (and the asides of surroundings/interjections.py: ...,
allez.) change, on the repository's corpus (tests/data/corpus/), and print a random sample to
check by hand.

    .venv/bin/python scripts/count_function_word_changes.py [--sample 40] [--seed 11]
        [--novel-lines N] [--out changed.tsv]

Each paragraph (one line of a corpus file) is analysed as the window does; every word a rule
starts from is clicked (Glosser.explain) with the rules and without them, and the first sense
shown is compared. Each changed click is printed with the rule that fired. Reads only the
repository. (The analysis' own change, tout en only before a gerund, is not toggled here.)
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.lookup import function_words  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.lookup.senses import neighbours  # noqa: E402
from reader.core.lookup.surroundings import interjections  # noqa: E402
from reader.core.models import Analysis, Token, Translation  # noqa: E402
from scripts.audit_main_senses import rule_changes  # noqa: E402
from scripts.count_topic_changes import audit_parser, paragraphs, report  # noqa: E402

RULES = (
    function_words.meme,
    function_words.en_pronoun,
    function_words.gerund,
    function_words.y_pronoun,
    function_words.exclamative,
    function_words.interrogative_que,
    function_words.asking,
    function_words.superlative,
    function_words.suggestion,
    function_words.si,
    function_words.degree,
    function_words.emphatic_donc,
    function_words.comme_tout,
    function_words.when,
    function_words.comparative_que,
    function_words.ever,
    function_words.anyone,
    function_words.duration,
    function_words.negative_de,
    function_words.another,
    function_words.every,
    function_words.still,
    function_words.again,
    function_words.asking_again,
    function_words.plus_amount,
    function_words.any_other,
    function_words.nobody,
    function_words.only_left,
    function_words.no_more,
    function_words.right_there,
    function_words.purpose,
    function_words.infinitive_de,
    function_words.place,
    function_words.per_unit,
    function_words.source,
    function_words.until,
    function_words.likeness,
    function_words.named_example,
    function_words.what,
    function_words.one,
    function_words.neuter_le,
    function_words.some,
    function_words.object_pronoun,
    function_words.object_nous,
    function_words.leur_pronoun,
    function_words.relative_which,
)


def fired(analysis: Analysis, token: Token) -> str:
    """The name of the first rule that answers for the token, or ""."""
    for rule in RULES:
        if rule(analysis, token) is not None:
            return rule.__name__
    if interjections.discourse_imperative(analysis, token) is not None:
        return "aside"
    return ""


def is_rule_word(analysis: Analysis, token: Token) -> bool:
    text = token.text.lower()
    return function_words.may_apply(analysis, token) or text in interjections.ASIDES


def _none(analysis: Analysis, token: Token) -> Translation | None:
    return None


@contextlib.contextmanager
def without_rules() -> Iterator[None]:
    """The card without the function-word rules and the asides, until the block ends."""
    rule, asides = neighbours.by_function_word, interjections.ASIDES
    neighbours.by_function_word, interjections.ASIDES = _none, {}
    try:
        yield
    finally:
        neighbours.by_function_word, interjections.ASIDES = rule, asides


def changes(texts: list[tuple[str, str]], glosser: Glosser) -> tuple[int, list[str]]:
    """How many rule words were clicked, and each click whose first sense the rules changed:
    file, word, rule, the sense without and with them, sentence."""
    return rule_changes(texts, glosser, is_rule_word, fired, without_rules)


def main() -> None:
    args = audit_parser(__doc__, sample=40, seed=11).parse_args()
    clicked, changed = changes(paragraphs(args.novel_lines), Glosser())
    print(f"{clicked} clicks on the rules' function words; the rules change {len(changed)}")
    report(changed, args, by_kind="rule")


if __name__ == "__main__":
    main()
