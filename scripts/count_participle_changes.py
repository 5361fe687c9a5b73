"""Dump the card of every participle and adjective click on the corpus, or compare two dumps:
what a change to participles used as adjectives (lookup/participles.py, card.py) or to the
adjective/verb homographs (analysis/corrections/) did to real clicks.

    .venv/bin/python scripts/count_participle_changes.py dump OUT.tsv [--novel-lines N]
    .venv/bin/python scripts/count_participle_changes.py compare OLD.tsv NEW.tsv
        [--sample 30] [--seed 11]

dump analyses each paragraph (one line of a file in tests/data/corpus/) as the window does and
clicks every token tagged VERB, ADJ or NOUN (Glosser.explain on a fresh data folder: bundled
dictionaries only, no glossary, no model), writing one row per click: file, paragraph and token
numbers, form, tag, card lemma, card part of speech, first sense ("" when the card has no
translation) and the sentence. A token counts as a participle or adjective click when its tag
is ADJ or it is a past participle. compare prints how many such clicks have no translation in
each dump, how many clicks changed (lemma or first sense), and a seeded random sample of the
changed ones to judge by hand. Run dump once on the old code and once on the new. Reads only
the repository.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.audit_main_senses import corpus_files as tuned_corpus_files  # noqa: E402
from scripts.count_topic_changes import dump_compare_parser  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
CLICKED = frozenset({"VERB", "ADJ", "NOUN"})
# The held-out file clicks in the news articles from this id on: an audit that tunes never
# reads their cards (nor the novels' second halves: --novel-lines), nor ud/ and written/
# (unseen sets).
HELD_OUT_NEWS_FROM = 44336


def audited_files() -> list[Path]:
    """The corpus files an audit may read (tuned_corpus_files), not the held-out news."""
    return [
        path
        for path in tuned_corpus_files()
        if not (
            path.parent.name == "news"
            and path.stem.isdigit()
            and int(path.stem) >= HELD_OUT_NEWS_FROM
        )
    ]


FIELDS = ("file", "paragraph", "token", "form", "tag", "participle", "lemma", "pos", "sense")


def dump(out: Path, novel_lines: int | None) -> None:
    from reader.core.analysis import analyse
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.lookup.participles import is_past_participle
    from reader.core.store import Database

    with tempfile.TemporaryDirectory() as folder, out.open("w", encoding="utf-8") as sink:
        store = Database.open_in(Path(folder))
        glosser = learner_glosser(store)
        writer = csv.writer(sink, delimiter="\t", lineterminator="\n")
        writer.writerow((*FIELDS, "sentence"))
        for path in audited_files():
            lines = path.read_text(encoding="utf-8").splitlines()
            if novel_lines is not None and "novel" in path.name:
                lines = lines[:novel_lines]
            for number, line in enumerate(lines):
                if not line.strip():
                    continue
                analysis = analyse(line.strip())
                for token in analysis.tokens:
                    if not token.is_word or token.pos not in CLICKED:
                        continue
                    info = glosser.explain(analysis, token.index)
                    best = info.translations[0].senses[0] if info.translations else ""
                    sentence = analysis.sentence_of(token)
                    writer.writerow(
                        (
                            path.name,
                            number,
                            token.index,
                            token.text,
                            token.pos,
                            int(is_past_participle(token)),
                            info.lemma,
                            info.pos_label,
                            best,
                            analysis.text[sentence.start : sentence.end].replace("\n", " "),
                        )
                    )
            print(f"# {path.name}", flush=True)
        store.close()


def read(path: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    with path.open(encoding="utf-8") as source:
        rows = csv.DictReader(source, delimiter="\t")
        return {(r["file"], r["paragraph"], r["token"]): r for r in rows}


def is_adjectival(row: dict[str, str]) -> bool:
    return row["tag"] == "ADJ" or row["participle"] == "1"


def compare(
    old_path: Path, new_path: Path, sample: int, seed: int, out: Path | None = None
) -> None:
    old, new = read(old_path), read(new_path)
    keys = [k for k in old if k in new]
    for name, rows in (("old", old), ("new", new)):
        clicks = [rows[k] for k in keys if is_adjectival(old[k]) or is_adjectival(new[k])]
        untranslated = sum(1 for r in clicks if not r["sense"])
        print(f"{name}: {len(clicks)} participle/adjective clicks, {untranslated} untranslated")
    changed = [
        k for k in keys if (old[k]["lemma"], old[k]["sense"]) != (new[k]["lemma"], new[k]["sense"])
    ]
    print(f"changed clicks (lemma or first sense): {len(changed)} of {len(keys)}")
    lines = [
        f"{old[key]['form']}\t{old[key]['lemma']} «{old[key]['sense']}» -> "
        f"{new[key]['lemma']} «{new[key]['sense']}»\t{new[key]['sentence'][:160]}"
        for key in changed
    ]
    for line in random.Random(seed).sample(lines, min(sample, len(lines))):
        print(line)
    if out is not None:
        out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = dump_compare_parser(__doc__.splitlines()[0], sample=30, seed=11)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.novel_lines)
    else:
        compare(args.before, args.after, args.sample, args.seed, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
