"""Count the clicks whose first sense the automatic sense signatures
(resources/senses/sense_signatures.tsv, reader/core/lookup/topical/signatures.py) change on
the corpus an audit may read, and print a seeded sample of them to judge by hand.

    .venv/bin/python scripts/count_signature_changes.py [--sample 40] [--seed 15]
        [--novel-lines 906] [--out changed.tsv] [--cache analyses.pickle]
        [--min-score 4] [--ratio 2]

Every word of a lemma the signatures name is clicked (Glosser.explain) with them and without
them, in the news articles before the held-out ones and the novels' first --novel-lines lines
(906: both novels' first halves; the held-out clicks come from their second halves), never
tests/data/corpus/ud/. --cache keeps the paragraphs' analyses in a file between runs.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.analysis.analyser import analyse  # noqa: E402
from reader.core.lookup import topics  # noqa: E402
from reader.core.lookup.card import Glosser  # noqa: E402
from reader.core.lookup.topical import signatures as signing  # noqa: E402
from reader.core.lookup.topical.signatures import signatures  # noqa: E402
from reader.core.models import Analysis  # noqa: E402
from scripts.audit_main_senses import first_sense  # noqa: E402
from scripts.count_participle_changes import audited_files  # noqa: E402
from scripts.count_topic_changes import audit_parser, report  # noqa: E402


def analyses(novel_lines: int, cache: Path | None) -> list[tuple[str, Analysis]]:
    """(file name, analysis) of every paragraph an audit may read, from --cache if there."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    found: list[tuple[str, Analysis]] = []
    for path in audited_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = lines[:novel_lines] if "novel" in path.name else lines
        found.extend((path.name, analyse(line.strip())) for line in lines if line.strip())
    if cache is not None:
        cache.write_bytes(pickle.dumps(found))
    return found


def changes(texts: list[tuple[str, Analysis]], glosser: Glosser) -> tuple[int, list[str]]:
    """How many words with signatures were clicked, and each click whose first sense the
    signatures changed: file, word, the sense without and with them, the sentence."""
    signed = {lemma for lemma, _ in signatures()}
    clicked = 0
    changed: list[str] = []
    for name, analysis in texts:
        for token in analysis.tokens:
            if not token.is_word or token.lemma.lower() not in signed:
                continue
            clicked += 1
            if topics._signature_sense(analysis, token) is None:
                continue
            with_them = first_sense(glosser.explain(analysis, token.index))
            with mock.patch.object(topics, "_signature_sense", lambda *_: None):
                without = first_sense(glosser.explain(analysis, token.index))
            if with_them != without:
                sentence = analysis.sentence_text(token).strip()
                changed.append(f"{name}\t{token.text}\t{without} -> {with_them}\t{sentence}")
    return clicked, changed


def main() -> None:
    parser = audit_parser(__doc__, sample=40, seed=15)
    parser.add_argument("--cache", type=Path, help="keep the analyses in this file")
    parser.add_argument("--min-score", type=float, default=signing.MIN_SCORE)
    parser.add_argument("--ratio", type=float, default=signing.RATIO)
    parser.set_defaults(novel_lines=906)
    args = parser.parse_args()
    signing.MIN_SCORE, signing.RATIO = args.min_score, args.ratio
    clicked, changed = changes(analyses(args.novel_lines, args.cache), Glosser())
    print(
        f"{clicked} clicks on words with signatures; they change the first sense of", len(changed)
    )
    report(changed, args)


if __name__ == "__main__":
    main()
