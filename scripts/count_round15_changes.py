"""Count the clicks whose first sense round fifteen's function-word rules change, on corpus
text none of the check halves (or the texts the rules were drawn from) come from, and print a
random sample to judge by hand.

    .venv/bin/python scripts/count_round15_changes.py [--sample 30] [--seed 15] [--out changed.tsv]

The texts: the tuning file's news articles that no check half clicks (43971, 44290, 44292),
Bel-Ami lines 176-1538 (after function2-dev's lines, before participles-check's) and Le Petit
Chose lines 301-574 (after function-check's lines, before the expression and polysemy check
halves). Every word a rule starts from is clicked with the round's rules and without them
(each rule's name in the function_words package answers None for the "without" run), and
the first sense shown is compared. Reads only the repository.
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
from reader.core.models import Analysis, Token  # noqa: E402
from scripts.audit_main_senses import rule_changes  # noqa: E402
from scripts.count_topic_changes import audit_parser, report  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
NEWS = ("43971", "44290", "44292")
NOVELS = {
    "novel_maupassant_bel_ami.txt": (176, 1538),
    "novel_daudet_petit_chose.txt": (301, 574),
}
# The rules of round fifteen, by their name in the function_words package.
RULES = (
    "object_pronoun",
    "object_nous",
    "leur_pronoun",
    "relative_which",
    "infinitive_de",
    "named_example",
    "en_as",
    "with_feature",
    "alternately",
    "beyond",
    "so_adjective",
)


def texts() -> list[tuple[str, str]]:
    """(file name, paragraph) of the audited texts."""
    found: list[tuple[str, str]] = []
    for news in NEWS:
        path = CORPUS / "news" / f"{news}.txt"
        found.extend((path.name, line) for line in path.read_text("utf-8").splitlines() if line)
    for name, (first, last) in NOVELS.items():
        lines = (CORPUS / name).read_text("utf-8").splitlines()[first - 1 : last]
        found.extend((name, line.strip()) for line in lines if line.strip())
    return found


def fired(analysis: Analysis, token: Token) -> str:
    """The name of the first of the round's rules that answers for the token, or ""."""
    for name in RULES:
        if getattr(function_words, name)(analysis, token) is not None:
            return name
    return ""


@contextlib.contextmanager
def without_rules() -> Iterator[None]:
    """The card without the round's rules, until the block ends: each word's rules
    (function_words.BY_WORD, which by_function_word reads) without them."""
    saved = function_words.BY_WORD
    function_words.BY_WORD = {
        word: tuple(rule for rule in rules if rule.__name__ not in RULES)
        for word, rules in saved.items()
    }
    try:
        yield
    finally:
        function_words.BY_WORD = saved


def main() -> None:
    args = audit_parser(__doc__, sample=30, seed=15).parse_args()
    clicked, changed = rule_changes(
        texts(), Glosser(), function_words.may_apply, fired, without_rules
    )
    print(f"{clicked} clicks on the rules' function words; the round's rules change {len(changed)}")
    report(changed, args, by_kind="rule")


if __name__ == "__main__":
    main()
