"""Which annotated clicks of the TUNED splits the automatic sense signatures change
(reader/core/lookup/topical/signatures.py): each click is judged with and without them, and
the changes are counted as wrong -> right, right -> wrong and other (wrong -> wrong).

    .venv/bin/python scripts/compare_signature_changes.py tuning poly-dev [--list]

Refuses the unseen splits (benchmarks/context_quality.py's UNSEEN and REPORTED_ONLY): their
clicks are never listed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import context_quality as quality  # noqa: E402
from reader.core.lookup import topics  # noqa: E402
from reader.core.lookup.topical import signatures  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("splits", nargs="+")
    parser.add_argument("--list", action="store_true", help="list every changed click")
    parser.add_argument("--min-score", type=float, default=signatures.MIN_SCORE)
    parser.add_argument("--ratio", type=float, default=signatures.RATIO)
    args = parser.parse_args()
    signatures.MIN_SCORE, signatures.RATIO = args.min_score, args.ratio
    hidden = quality.UNSEEN | quality.REPORTED_ONLY
    if any(split in hidden for split in args.splits):
        raise SystemExit(f"unseen splits are never compared click by click: {sorted(hidden)}")
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.store import Database

    with tempfile.TemporaryDirectory() as folder:
        store = Database.open_in(Path(folder))
        on = quality.app_clicker(learner_glosser(store))
        off = quality.app_clicker(learner_glosser(store))
        for split in args.splits:
            tally = {"wrong -> right": 0, "right -> wrong": 0, "other": 0}
            for annotation in quality.split_annotations(split):
                new = quality.judge(annotation, on(annotation))
                with mock.patch.object(topics, "_signature_sense", lambda *_: None):
                    old = quality.judge(annotation, off(annotation))
                if new.card.first_sense == old.card.first_sense:
                    continue
                kind = (
                    "other"
                    if new.right == old.right
                    else ("wrong -> right" if new.right else "right -> wrong")
                )
                tally[kind] += 1
                if args.list:
                    print(
                        f"  {split} {kind}: {annotation.context}  [{new.card.token}]"
                        f"  {old.card.first_sense!r} -> {new.card.first_sense!r}"
                        f"  want {' | '.join(annotation.senses[:3])}"
                    )
            print(split, tally)
        store.close()


if __name__ == "__main__":
    main()
