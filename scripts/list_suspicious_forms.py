"""List the most frequent word forms of the corpus whose analysis looks inconsistent, or dump
and compare every token's reading to count what a tagging rule changes.

    .venv/bin/python scripts/list_suspicious_forms.py list [--top 150] [--files news]
        [--dump TOKENS.tsv]
    .venv/bin/python scripts/list_suspicious_forms.py dump OUT.tsv [--without RULE,RULE]
    .venv/bin/python scripts/list_suspicious_forms.py compare OLD.tsv NEW.tsv [--sample 30]

A learner clicks the commonest words most, so a tagging error on a frequent form costs the most
cards. `list` analyses every text of tests/data/corpus/ (the novels and news, never ud/) with the
app's `analyse` and ranks the lower-case forms by how many of their tokens are suspicious:
- a form read as several (lemma, part of speech) pairs: every token outside its commonest
  reading counts (tout as ADJ and DET; est as être and as the noun est);
- a capitalised first word of a sentence read otherwise than the same form in lower case
  mostly is (« Tu » as taire where tu is the pronoun);
- a function word (the pronouns, determiners, prepositions, conjunctions and interjections of
  FUNCTION_WORDS) given a content part of speech (moi as an adverb, rien as a noun).
Each row shows the form, its count, the suspicious count, its readings and a short example, for
a person to judge which are errors. `dump` writes every token's reading, with named correction
rules switched off if asked; `compare` counts the tokens two dumps read differently and prints a
seeded sample to judge by hand. Reads only the repository.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.models import Analysis  # noqa: E402
from scripts.audit_main_senses import corpus_files as tuned_corpus_files  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})
# Closed-class words whose every reading should be a function word's: a content tag on one of
# them is a tagging error or a rare use worth a look (moi ADV, rien NOUN, ah ADV).
FUNCTION_WORDS = frozenset(
    "je tu il elle on nous vous ils elles me te se lui leur eux moi toi soi y en "
    "le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre "
    "votre nos vos leurs quel quelle quels quelles qui que quoi dont où rien personne "
    "à de dans par pour sur sous avec sans chez vers entre contre depuis pendant "
    "et ou mais ni car donc or si comme quand lorsque puisque "
    "ah oh eh hé bah bon hein hélas ô".split()
)
Reading = tuple[str, str]  # (lemma, part of speech)


@dataclass
class Form:
    """Every reading of one lower-case form, with an example of each."""

    readings: Counter[Reading] = field(default_factory=Counter)
    initial: Counter[Reading] = field(default_factory=Counter)  # capitalised, sentence-first
    examples: dict[Reading, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(self.readings.values())

    def lower_main(self) -> Reading | None:
        """The commonest reading outside capitalised sentence starts (None if it has none)."""
        lower = self.readings - self.initial
        return lower.most_common(1)[0][0] if lower else None


def corpus_texts(only: str | None = None) -> list[Path]:
    """The novels and news an audit may read (tuned_corpus_files), or only the folder named."""
    found = tuned_corpus_files()
    return [p for p in found if only is None or p.relative_to(CORPUS).parts[0] == only]


def tokens_of(analysis: Analysis) -> Iterator[tuple[str, str, str, str, bool, str]]:
    """(form, lemma, pos, morph, sentence-first, context) for each word of an analysis."""
    first_of: set[int] = set()
    for token in analysis.tokens:
        if token.is_word and token.sentence not in first_of:
            first_of.add(token.sentence)
            initial = True
        else:
            initial = False
        if not token.is_word:
            continue
        morph = "|".join(f"{k}={v}" for k, v in sorted(token.morph.items()))
        start, end = max(0, token.start - 40), token.end + 40
        context = analysis.text[start:end].replace("\n", " ").replace("\t", " ")
        yield token.text, token.lemma, token.pos, morph, initial, context


def collect(rows: Iterable[tuple[str, str, str, str, bool, str]]) -> dict[str, Form]:
    forms: dict[str, Form] = defaultdict(Form)
    for text, lemma, pos, _morph, initial, context in rows:
        form = forms[text.lower()]
        reading = (lemma.lower(), pos)
        form.readings[reading] += 1
        if initial and text[:1].isupper():
            form.initial[reading] += 1
        form.examples.setdefault(reading, context)
    return forms


def suspicious(form: str, found: Form) -> tuple[int, list[str]]:
    """How many of the form's tokens look wrong, and why (the three kinds of the docstring)."""
    reasons: list[str] = []
    main = found.readings.most_common(1)[0][0]
    minority = found.count - found.readings[main]
    if minority:
        reasons.append("several readings")
    lower = found.lower_main()
    initial_off = sum(n for r, n in found.initial.items() if lower is not None and r != lower)
    if initial_off:
        reasons.append("capital read otherwise")
    content = sum(n for (_, pos), n in found.readings.items() if pos in CONTENT_POS)
    if form in FUNCTION_WORDS and content:
        reasons.append("function word as content")
    else:
        content = 0
    return max(minority, initial_off, content), reasons


def ranked(forms: dict[str, Form], top: int) -> list[str]:
    """The `top` forms with most suspicious tokens, one line each with their readings."""
    scored = [(suspicious(form, found), form, found) for form, found in forms.items()]
    scored = [item for item in scored if item[0][0]]
    scored.sort(key=lambda item: (-item[0][0], item[1]))
    lines = []
    for (count, reasons), form, found in scored[:top]:
        readings = ", ".join(
            f"{lemma}/{pos} {n}" for (lemma, pos), n in found.readings.most_common(4)
        )
        lines.append(f"{count:5d} {form!r:14} of {found.count}: {readings}  [{'; '.join(reasons)}]")
        for reading, _n in found.readings.most_common(3)[1:]:
            lines.append(f"        {reading[0]}/{reading[1]}: …{found.examples[reading]}…")
    return lines


def analysed(paths: Iterable[Path]) -> Iterator[tuple[str, tuple[str, str, str, str, bool, str]]]:
    from reader.core.analysis.analyser import analyse

    for path in paths:
        for row in tokens_of(analyse(path.read_text(encoding="utf-8"))):
            yield path.name, row


def dump(out: Path, without: set[str], only: str | None) -> None:
    from reader.core.analysis.corrections.rule_switches import rules_disabled

    with rules_disabled(without), out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        for number, (name, row) in enumerate(analysed(corpus_texts(only))):
            writer.writerow([name, number, *row[:4], int(row[4]), row[5]])


def read_dump(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def compare(old: Path, new: Path, sample: int, seed: int) -> list[str]:
    """The tokens two dumps of the same texts read differently: a count by change, then a
    seeded sample. The dumps must have the same tokens (the rules never change tokenization)."""
    first, second = read_dump(old), read_dump(new)
    if len(first) != len(second):
        raise SystemExit(f"the dumps differ in length: {len(first)} and {len(second)} tokens")
    changed = [(a, b) for a, b in zip(first, second, strict=True) if a[3:6] != b[3:6]]
    kinds = Counter(f"{a[2].lower()} {a[3]}/{a[4]} -> {b[3]}/{b[4]}" for a, b in changed)
    lines = [f"{len(changed)} of {len(first)} tokens changed"]
    lines += [f"{n:5d} {kind}" for kind, n in kinds.most_common(40)]
    lines.append("sample:")
    for a, b in random.Random(seed).sample(changed, min(sample, len(changed))):
        lines.append(f"{a[2]}: {a[3]}/{a[4]} {a[5]} -> {b[3]}/{b[4]} {b[5]} | {b[7]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list")
    listing.add_argument("--top", type=int, default=150)
    listing.add_argument("--files", choices=("news",), default=None)
    listing.add_argument("--dump", type=Path, help="read the tokens from a dump, not analyse")
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--without", default="")
    dumping.add_argument("--files", choices=("news",), default=None)
    comparing = commands.add_parser("compare")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--sample", type=int, default=30)
    comparing.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if args.command == "list":
        if args.dump:
            rows = [(r[2], r[3], r[4], r[5], r[6] == "1", r[7]) for r in read_dump(args.dump)]
            forms = collect(rows)
        else:
            forms = collect(row for _name, row in analysed(corpus_texts(args.files)))
        print("\n".join(ranked(forms, args.top)))
    elif args.command == "dump":
        dump(args.out, {n for n in args.without.split(",") if n}, args.files)
    else:
        print("\n".join(compare(args.old, args.new, args.sample, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
