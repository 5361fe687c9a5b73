"""Find the words whose card shows no translation, or another part of speech's senses, on real
text: every text of tests/data/corpus/, analysed with the app's `analyse`, each content token's
card built as the window builds it (`Glosser.explain` on a fresh data folder: bundled
dictionaries only, empty glossary, no translation model).

    .venv/bin/python scripts/untranslated_report.py [--top 60] [--files news]

Counts, per 1,000 content tokens (NOUN, VERB, ADJ, ADV outside names), the tokens whose card has
no translation at all, those whose first translation is only a cognate guess, and those whose
senses come from another part of speech of the word (a noun card showing a verb's senses); then
lists the most frequent (lemma, POS) of each kind with an example form, to fix in order of
frequency: a main-senses row (resources/senses/main_senses.tsv), a spelling the lookup misses, a
lexicon lookup gap. Reads only the repository.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.dictionaries.lexicon.leading import leading  # noqa: E402
from reader.core.dictionaries.lexicon.lexicon import SENSE_FILES, Lexicon  # noqa: E402
from reader.core.dictionaries.lexicon.senses import main_pos, same_pos  # noqa: E402
from reader.core.models import Analysis, Token, TranslationSource, WordInfo  # noqa: E402
from scripts.audit_main_senses import corpus_files as tuned_corpus_files  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
KINDS = ("no translation", "cognate guess only", "another part of speech")


@dataclass
class Report:
    """Content tokens seen, and (lemma, POS) -> [count, an example form] for each kind."""

    tokens: int = 0
    found: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: {kind: Counter() for kind in KINDS}
    )
    examples: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, kind: str, lemma: str, pos: str, form: str) -> None:
        self.found[kind][(lemma, pos)] += 1
        self.examples.setdefault((lemma, pos), form)

    def per_thousand(self, kind: str) -> float:
        return 1000 * sum(self.found[kind].values()) / max(self.tokens, 1)


def corpus_files(only: str = "") -> list[Path]:
    """The corpus texts, or those whose path contains `only`."""
    files = tuned_corpus_files()
    return [path for path in files if only in str(path.relative_to(CORPUS))]


def content_tokens(analysis: Analysis) -> Iterator[Token]:
    return (t for t in analysis.tokens if t.is_word and t.pos in CONTENT_POS)


def has_own_senses(lexicon: Lexicon, lemma: str, form: str, pos: str) -> bool:
    """Whether the lexicon's lookup finds senses of the token's part of speech (or main senses
    for it) in one of the words it tries (an adjective may take a verb's: a participle), or
    builds them (a compound, a numeral, a demonym, a verb guessed from its form)."""
    wanted = [pos, "VERB"] if pos == "ADJ" else [pos]
    words = lexicon.candidates(lemma, form, pos)
    found = {
        word: [r for n, r in lexicon.rows(word) if n in SENSE_FILES and r.senses] for word in words
    }
    if not any(found.values()):
        return True  # built (vice-ministre, XIV, toulousain) or guessed: not another word's
    for word, rows in found.items():
        for target in wanted:
            if leading(word, main_pos(target)):  # as Lexicon._first_of_pos asks
                return True
            if any(same_pos(row.pos, target) for row in rows):
                return True
    return False


def judge(lexicon: Lexicon, analysis: Analysis, token: Token, info: WordInfo) -> str:
    """The kind of fault of a token's card, or "" when it leads with its own senses."""
    best = info.best_translation
    if best is None or not best.senses:
        return "no translation"
    if best.source is TranslationSource.COGNATE:
        return "cognate guess only"
    if info.expression is not None or analysis.group_of(token) is not None:
        return ""  # an expression's or a verb group's meaning: not the word's own lookup
    own = best.source is TranslationSource.DICTIONARY and best.origin == lexicon.name
    if own and not has_own_senses(lexicon, info.lemma, token.text, token.pos):
        return "another part of speech"
    return ""


def survey(files: list[Path], report: Report) -> None:
    from reader.core.analysis.analyser import analyse
    from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.store import Database

    lexicon = bundled_lexicon()
    with tempfile.TemporaryDirectory() as folder:
        store = Database.open_in(Path(folder))
        glosser = learner_glosser(store)
        for path in files:
            analysis = analyse(path.read_text(encoding="utf-8"))
            for token in content_tokens(analysis):
                report.tokens += 1
                info = glosser.explain(analysis, token.index)
                kind = judge(lexicon, analysis, token, info)
                if kind:
                    report.add(kind, info.lemma, token.pos, token.text)
            print(f"# {path.relative_to(CORPUS)}: {report.tokens} content tokens so far")
        store.close()


def print_report(report: Report, top: int) -> None:
    print(f"\ncontent tokens: {report.tokens}")
    for kind in KINDS:
        total = sum(report.found[kind].values())
        print(f"{kind}: {total} tokens, {report.per_thousand(kind):.2f} per 1,000")
    for kind in KINDS:
        print(f"\n## {kind}, most frequent first (count, lemma, POS, a form)")
        for (lemma, pos), count in report.found[kind].most_common(top):
            print(f"{count}\t{lemma}\t{pos}\t{report.examples[(lemma, pos)]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=60, help="lemmas listed per kind")
    parser.add_argument("--files", default="", help="only corpus files whose path has this")
    args = parser.parse_args(argv)
    files = corpus_files(args.files)
    if not files:
        print(f"No corpus file matches {args.files!r}.", file=sys.stderr)
        return 1
    report = Report()
    survey(files, report)
    print_report(report, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
