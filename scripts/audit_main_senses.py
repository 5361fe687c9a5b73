"""Audit resources/senses/main_senses.tsv on running text: click every content word of the
repository's corpus (tests/data/corpus/) as the window does, with the main senses in force and
with none, and print how many clicks and lemmas the file changes and a random sample of the
changed clicks to judge by hand.

    .venv/bin/python scripts/audit_main_senses.py [TEXT ...] [--sample 100] [--seed 5]
        [--rows] [--out changes.tsv]

TEXT: extra UTF-8 text files to audit as well (one paragraph a line). Each paragraph is
analysed once; each of its content words (noun, verb, auxiliary, adjective, adverb) is
explained (Glosser.explain, bundled lexicon only, no glossary: a fresh data folder) by a
glosser whose lexicon sees the file's rows and by one whose lexicon sees none
(replaced()), and the first senses are compared. --rows counts the changed clicks per
(lemma, part of speech) with their most frequent old -> new senses, to find rows that lead
with a wrong sense; --out writes every changed click. Reads only the repository and the
files named.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.analysis import analyse  # noqa: E402
from reader.core.dictionaries.lexicon.leading import replaced  # noqa: E402
from reader.core.dictionaries.lexicon.lexicon import FOLDER, Lexicon  # noqa: E402
from reader.core.lookup.card import CONTENT_POS, Glosser  # noqa: E402
from reader.core.models import Analysis, Token, WordInfo  # noqa: E402
from reader.core.paths import resources_dir  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
# ud/ holds the unseen UD sentences, written/ the texts the team wrote for the annotated
# sets (check halves among them): audits that tune never read either.
UNSEEN_FOLDERS = ("ud", "written")


@dataclass(frozen=True)
class Change:
    """A click whose first sense the main senses change."""

    source: str
    word: str
    lemma: str
    pos: str
    old: str  # the first sense without the main senses
    new: str  # with them
    sentence: str

    def line(self) -> str:
        return "\t".join(
            (self.source, self.word, self.lemma, self.pos, self.old, self.new, self.sentence)
        )


def first_sense(info: WordInfo) -> str:
    return info.translations[0].senses[0] if info.translations else ""


def paragraphs(paths: Iterable[Path], lines: int | None = None) -> list[tuple[str, str]]:
    """(file name, paragraph) for every non-empty line of the files (of each one's first
    `lines` lines, if given)."""
    found: list[tuple[str, str]] = []
    for path in paths:
        read = path.read_text(encoding="utf-8").splitlines()[:lines]
        found.extend((path.name, line.strip()) for line in read if line.strip())
    return found


def corpus_files() -> list[Path]:
    """The corpus texts an audit that tunes may read: every one but the unseen folders' (the
    one list the other audit scripts share)."""
    return sorted(
        p for p in CORPUS.rglob("*.txt") if p.relative_to(CORPUS).parts[0] not in UNSEEN_FOLDERS
    )


def glossers() -> tuple[Glosser, Glosser]:
    """A glosser with the main senses and one for use inside replaced(): each its own
    lexicon, since a lexicon caches the senses it ranked."""
    folder = resources_dir() / FOLDER
    return Glosser(None, Lexicon(folder)), Glosser(None, Lexicon(folder))


def clicks(
    texts: Iterable[tuple[str, str]], wanted: Callable[[Analysis, Token], bool]
) -> Iterator[tuple[str, Analysis, Token]]:
    """(file name, analysis, token) for each token `wanted` picks, each paragraph analysed
    once: the clicks an audit compares (count_topic_changes.py and
    count_construction_changes.py share it)."""
    for name, text in texts:
        analysis = analyse(text)
        for token in analysis.tokens:
            if wanted(analysis, token):
                yield name, analysis, token


def compared(
    analysis: Analysis,
    token: Token,
    without: Callable[[], AbstractContextManager[None]],
    pair: tuple[Glosser, Glosser],
) -> tuple[WordInfo, str]:
    """The card of a click by the first glosser, and the first sense the second shows inside
    without()."""
    info = pair[0].explain(analysis, token.index)
    with without():
        return info, first_sense(pair[1].explain(analysis, token.index))


def rule_changes(
    texts: Iterable[tuple[str, str]],
    glosser: Glosser,
    wanted: Callable[[Analysis, Token], bool],
    fired: Callable[[Analysis, Token], str],
    without: Callable[[], AbstractContextManager[None]],
) -> tuple[int, list[str]]:
    """How many clicks `wanted` picks, and each one whose first sense a rule changed: file,
    word, the rule `fired` names, the sense without() and with the rules, sentence (the
    construction and function-word audits share it)."""
    clicked = 0
    changed: list[str] = []
    for name, analysis, token in clicks(texts, wanted):
        clicked += 1
        rule = fired(analysis, token)
        if not rule:
            continue
        info, plain = compared(analysis, token, without, (glosser, glosser))
        new = first_sense(info)
        if new != plain:
            sentence = analysis.sentence_text(token).strip()
            changed.append(f"{name}\t{token.text}\t{rule}: {plain} -> {new}\t{sentence}")
    return clicked, changed


def is_content_word(analysis: Analysis, token: Token) -> bool:
    return token.is_word and token.pos in CONTENT_POS


def changes(
    texts: Iterable[tuple[str, str]],
    without: Callable[[], AbstractContextManager[None]] = replaced,
) -> tuple[int, list[Change]]:
    """How many content words were clicked, and each click whose first sense the main senses
    change (or what `without` turns off: lexicon/noise.py's ignored, for its rules)."""
    pair = glossers()
    clicked = 0
    changed: list[Change] = []
    for name, analysis, token in clicks(texts, is_content_word):
        clicked += 1
        info, old = compared(analysis, token, without, pair)
        new = first_sense(info)
        if old != new:
            sentence = " ".join(analysis.sentence_text(token).split())
            pos = token.pos if info.pos_label != "verb" else "VERB"
            changed.append(Change(name, token.text, info.lemma, pos, old, new, sentence))
    return clicked, changed


def by_row(changed: list[Change]) -> list[str]:
    """One line per (lemma, part of speech), most changed first: its count and its commonest
    old -> new senses."""
    groups: dict[tuple[str, str], list[Change]] = collections.defaultdict(list)
    for change in changed:
        groups[(change.lemma.lower(), change.pos)].append(change)
    lines = []
    for (lemma, pos), found in sorted(groups.items(), key=lambda item: -len(item[1])):
        pairs = collections.Counter(f"{c.old} -> {c.new}" for c in found).most_common(3)
        shown = "; ".join(f"{pair} ({count})" for pair, count in pairs)
        lines.append(f"{len(found)}\t{lemma}\t{pos}\t{shown}")
    return lines


def main(
    without: Callable[[], AbstractContextManager[None]] = replaced,
    what: str = "the main senses",
    description: str | None = __doc__,
) -> None:
    """The audit of what `without` turns off (default: the main senses), named `what`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("texts", nargs="*", type=Path, help="extra text files to audit")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--rows", action="store_true", help="count the changes per row")
    parser.add_argument("--out", type=Path, help="write every changed click here (TSV)")
    args = parser.parse_args()
    clicked, changed = changes(paragraphs([*corpus_files(), *args.texts]), without)
    lemmas = {(change.lemma.lower(), change.pos) for change in changed}
    print(f"{clicked} content-word clicks; {what} change the first sense of")
    print(f"{len(changed)} clicks ({len(lemmas)} distinct lemmas)")
    if args.out:
        args.out.write_text("".join(f"{c.line()}\n" for c in changed), encoding="utf-8")
    if args.rows:
        print("\n".join(by_row(changed)))
    print("file\tword\tlemma\tpos\twithout\twith\tsentence")
    sample = random.Random(args.seed).sample(changed, min(args.sample, len(changed)))
    print("\n".join(change.line() for change in sample))


if __name__ == "__main__":
    main()
