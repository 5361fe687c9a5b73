"""Count the clicks a change of the phrase lists (resources/phrases/*.tsv) alters on the
repository's corpus (tests/data/corpus/, not ud/), and print a seeded sample of them to judge
by hand.

    .venv/bin/python scripts/count_phrase_changes.py dump before.tsv [--novel-lines N]
    (edit the lists)
    .venv/bin/python scripts/count_phrase_changes.py dump after.tsv
    .venv/bin/python scripts/count_phrase_changes.py compare before.tsv after.tsv
        [--sample 40] [--seed 13] [--out changed.tsv]

The lists are read once per process and decide what the analysis finds, so the two versions
are compared through two dumps. `dump` analyses every paragraph (one line of a corpus file)
as the window does and clicks every word (Glosser.explain, bundled dictionaries, no learner
data): one line per click with the file, paragraph and token numbers, the word, the card's
lemma, the first sense as the card shows it, the expression the word was read in, and the
sentence. `compare` counts the clicks whose lemma or first sense differ, by the expression
that now covers them, and prints a seeded random sample. Reads only the repository.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.analysis import analyse  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from scripts.audit_main_senses import corpus_files, paragraphs  # noqa: E402
from scripts.count_topic_changes import dump_compare_parser  # noqa: E402
from scripts.list_leading_senses import first_shown  # noqa: E402

Click = tuple[str, str, str, str, str, str, str, str]
"""file, paragraph number, token index, word, lemma, first sense, expression, sentence."""


def dump(out: Path, texts: Iterable[tuple[str, str]]) -> None:
    """One line per word of each (file name, paragraph): the click as the card shows it."""
    glosser = Glosser()
    with out.open("w", encoding="utf-8") as sink:
        for number, (name, text) in enumerate(texts):
            analysis = analyse(text)
            for token in analysis.tokens:
                if not token.is_word:
                    continue
                info = glosser.explain(analysis, token.index)
                expression = info.expression.lemma if info.expression else ""
                sentence = " ".join(analysis.sentence_text(token).split())
                fields = (name, str(number), str(token.index), token.text, info.lemma)
                sink.write("\t".join((*fields, first_shown(info.translations), expression)))
                sink.write(f"\t{sentence}\n")


def read(path: Path) -> dict[tuple[str, str, str], Click]:
    rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8"))
    return {(r[0], r[1], r[2]): tuple(r) for r in rows}  # type: ignore[misc]


def changes(
    old: dict[tuple[str, str, str], Click], new: dict[tuple[str, str, str], Click]
) -> list[str]:
    """Each click whose lemma or first sense differs: file, word, expression before -> after,
    lemma: sense before -> after, sentence."""
    changed = []
    for key, click in new.items():
        was = old.get(key)
        if was is not None and (was[4], was[5]) != (click[4], click[5]):
            changed.append(
                f"{click[0]}\t{click[3]}\t{was[6] or '-'} -> {click[6] or '-'}\t"
                f"{was[4]}: {was[5]} -> {click[4]}: {click[5]}\t{click[7]}"
            )
    return changed


def compare(before: Path, after: Path, sample: int, seed: int, out: Path | None) -> None:
    old, new = read(before), read(after)
    changed = changes(old, new)
    by_expression = Counter(line.split("\t")[2] for line in changed)
    print(f"{len(new)} clicks, {len(changed)} changed ({len(old) - len(new):+d} clicks)")
    for expression, count in by_expression.most_common(60):
        print(f"  {count}\t{expression}")
    print(f"\nsample of {sample} (seed {seed}):")
    for line in random.Random(seed).sample(changed, min(sample, len(changed))):
        print(line)
    if out:
        out.write_text("".join(f"{line}\n" for line in changed), encoding="utf-8")


def audit(
    description: str,
    texts: Callable[[int | None], Iterable[tuple[str, str]]],
    seed: int,
    *,
    novel_lines: bool = True,
) -> None:
    """The dump and compare commands of an audit whose texts `texts(novel_lines)` gives: this
    script's, and the round scripts' that click a fixed list of texts (count_tuned_changes.py,
    novel_lines False: no --novel-lines option, texts(None))."""
    args = dump_compare_parser(description, sample=40, seed=seed, novel_lines=novel_lines)
    args = args.parse_args()
    if args.command == "dump":
        dump(args.out, texts(getattr(args, "novel_lines", None)))
    else:
        compare(args.before, args.after, args.sample, args.seed, args.out)


def main() -> None:
    audit(
        __doc__.splitlines()[0],
        lambda novel_lines: paragraphs(corpus_files(), novel_lines),
        seed=13,
    )


if __name__ == "__main__":
    main()
