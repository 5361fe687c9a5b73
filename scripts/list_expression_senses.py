"""List the expressions the analysis recognises in texts, most frequent first, with the senses
a word card leads with when their words are clicked, to review the phrase lists
(resources/phrases/*.tsv; SPEC.md) the way scripts/list_leading_senses.py reviews single words.

    .venv/bin/python scripts/list_expression_senses.py > expressions.txt
    .venv/bin/python scripts/list_expression_senses.py --min 2 more.txt other.txt

By default the texts are every .txt file under tests/data/corpus/ (reads only the repository);
text files given as arguments are read as well (--no-corpus: only they). Each text is
analysed with the app's `analyse`, and every expression of the `Analysis` is counted by its
list and lemma: contiguous, verbal, split (ne ... que), pronominal and governed (verb +
preposition) ones, and the lexicon's multi-word headwords. For each, the card is the one
`Glosser.explain` builds on a click on the expression's head word, with the bundled
dictionaries only and no learner data.

Each line: count, list, lemma, the first sense as the card shows it (cut at its first comma or
semicolon outside brackets), the first translation's senses, and one example (the first), the
expression's words in [brackets].

--missing N lists instead the N most frequent lemma bigrams and trigrams of the words outside
every recognised expression (at least one of them a content word), to find fixed expressions
the matcher misses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.analysis.analyser import analyse  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.models import Analysis, Expression, Translation  # noqa: E402
from scripts.audit_main_senses import corpus_files as tuned_corpus_files  # noqa: E402
from scripts.list_leading_senses import first_shown  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
EXAMPLE_WIDTH = 160


@dataclass
class Seen:
    """What the listing keeps of one expression: its first example and card."""

    example: str
    first: str
    senses: str


def corpus_texts(extra: list[Path], *, corpus: bool = True) -> list[Path]:
    texts = tuned_corpus_files()
    return [*(texts if corpus else []), *extra]


def example(analysis: Analysis, expression: Expression) -> str:
    """The expression's sentence with its words in [brackets], cut around them if long."""
    sentence = analysis.sentence_of(analysis.tokens[expression.head])
    marked, cursor = [], sentence.start
    for index in expression.tokens:
        token = analysis.tokens[index]
        marked.append(analysis.text[cursor : token.start] + f"[{token.text}]")
        cursor = token.end
    marked.append(analysis.text[cursor : sentence.end])
    text = " ".join("".join(marked).split())
    first = text.find("[")
    if len(text) > EXAMPLE_WIDTH:
        start = max(0, first - EXAMPLE_WIDTH // 3)
        text = "…" + text[start : start + EXAMPLE_WIDTH] + "…"
    return text


def describe(translations: tuple[Translation, ...]) -> str:
    return " | ".join(translations[0].senses[:5]) if translations else ""


def collect(paths: list[Path], glosser: Glosser) -> tuple[Counter[tuple[str, str]], dict]:
    counts: Counter[tuple[str, str]] = Counter()
    seen: dict[tuple[str, str], Seen] = {}
    for path in paths:
        analysis = analyse(path.read_text(encoding="utf-8"))
        for expression in analysis.expressions:
            key = (expression.source, expression.lemma)
            counts[key] += 1
            if key not in seen:
                card = glosser.explain(analysis, expression.head).translations
                seen[key] = Seen(example(analysis, expression), first_shown(card), describe(card))
        print(f"# {path.name}: {len(analysis.expressions)} expressions", file=sys.stderr)
    return counts, seen


def ngrams(analysis: Analysis, counts: Counter[str]) -> None:
    """Count the lemma bigrams and trigrams of the words outside every expression."""
    taken = {index for expression in analysis.expressions for index in expression.unit}
    run: list[tuple[str, str]] = []
    for token in (*analysis.tokens, None):
        if token is None or not token.is_word or token.index in taken:
            _count_run(run, counts)
            run = []
        else:
            run.append((token.lemma.lower(), token.pos))


def _count_run(run: list[tuple[str, str]], counts: Counter[str]) -> None:
    for size in (2, 3):
        for start in range(len(run) - size + 1):
            gram = run[start : start + size]
            if any(pos in CONTENT_POS for _, pos in gram):
                counts[" ".join(lemma for lemma, _ in gram)] += 1


def missing(paths: list[Path], top: int) -> None:
    counts: Counter[str] = Counter()
    for path in paths:
        ngrams(analyse(path.read_text(encoding="utf-8")), counts)
    for gram, count in counts.most_common(top):
        print(f"{count}\t{gram}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="*", type=Path, help="more text files to read")
    parser.add_argument("--min", type=int, default=1, help="list expressions seen this often")
    parser.add_argument("--missing", type=int, default=0, help="list N frequent lemma n-grams")
    parser.add_argument("--no-corpus", action="store_true", help="read only the texts given")
    args = parser.parse_args(argv)
    paths = corpus_texts(args.texts, corpus=not args.no_corpus)
    if args.missing:
        missing(paths, args.missing)
        return 0
    counts, seen = collect(paths, Glosser())
    for (source, lemma), count in counts.most_common():
        if count < args.min:
            break
        found = seen[(source, lemma)]
        print(f"{count}\t{source}\t{lemma}\t{found.first}\t{found.senses}\t{found.example}")
    print(f"# {len(counts)} expressions, {sum(counts.values())} occurrences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
