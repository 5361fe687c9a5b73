"""The expression index (expressions/candidates.py, and the checks before a run in
matcher.py) against the plain search that tries every entry of a verb on each of its
occurrences and runs every contiguous entry its first words fit: the same expressions, on
real texts of the corpus parsed by the real model.

The whole corpus (two novels, twenty news articles) was compared when the index was written:
`python -m tests.core.analysis.test_expression_index` runs that comparison again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core.analysis.analyser import analyse
from reader.core.analysis.expressions.lists import VERBAL, all_entries
from reader.core.analysis.expressions.matcher import Matcher
from reader.core.analysis.expressions.recognise import entry_lemmas
from reader.core.models import Expression
from tests.corpus import corpus_file, news, novels

NOVEL_EXCERPT = 12_000  # characters of a novel: dialogue, pronominal verbs, il y a


def plain_matcher() -> Matcher:
    return Matcher(all_entries(), entry_lemmas, indexed=False)


def compare(text: str, plain: Matcher) -> tuple[tuple[Expression, ...], list[str]]:
    """The indexed analysis' expressions, and how they differ from the plain search's."""
    indexed = analyse(text).expressions
    reference = analyse(text, matcher=plain).expressions
    differences = [
        f"{'indexed' if e in indexed else 'plain'} only: {e.lemma} {e.form!r} at {e.tokens}"
        for e in set(indexed).symmetric_difference(reference)
    ]
    if not differences and indexed != reference:
        differences.append("the same expressions in another order")
    return indexed, differences


@pytest.mark.parametrize(
    "name",
    ["news/44046.txt", "news/44231.txt", "novel_maupassant_bel_ami.txt"],
)
def test_the_index_finds_what_the_plain_search_finds(name: str) -> None:
    text = corpus_file(name).read_text(encoding="utf-8")[:NOVEL_EXCERPT]
    expressions, differences = compare(text, plain_matcher())
    assert differences == []
    assert any(expression.pos == "VERB" for expression in expressions)  # verbal idioms there


def test_the_index_keeps_an_entry_whose_words_are_all_there() -> None:
    matcher = Matcher(all_entries(), entry_lemmas)
    [entry] = [e for e in matcher.by_head["avoir"] if e.lemma == "avoir lieu" and e.kind == VERBAL]
    assert entry in matcher.candidates.possible("avoir", {"avoir", "a", "lieu"})
    assert entry not in matcher.candidates.possible("avoir", {"avoir", "a", "place"})


def main() -> None:
    plain = plain_matcher()
    total, failed = 0, 0
    for path in [*novels(), *news()]:
        expressions, differences = compare(path.read_text(encoding="utf-8"), plain)
        total += len(expressions)
        failed += bool(differences)
        print(f"{Path(path).name}: {len(expressions)} expressions, {len(differences)} differ")
        for line in differences[:20]:
            print("   ", line)
    print(f"{total} expressions compared; {failed} texts differ")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
