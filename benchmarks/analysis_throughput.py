"""The app's analysis against raw nlp.pipe: same model, same components, same text, same run.

Target: the app's own overhead (learner tokenizer, lemma fixes, verb groups, grammar notes,
and for `gloss` the translations) stays under 15 %: ratio raw / app >= 0.85.

    .venv/bin/python -m benchmarks.analysis_throughput [--words 20000] [--runs 3]
"""

from __future__ import annotations

import argparse

from benchmarks.common import best_of, novel_excerpt, report
from reader.core.analysis.analyser import analyse, paragraph_spans
from reader.core.analysis.normalise import normalise_for_analysis
from reader.core.analysis.pipeline import load_pipeline
from reader.core.lookup.gloss import gloss_data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    text = novel_excerpt(args.words)
    nlp = load_pipeline()
    spacy_tokenizer = nlp.tokenizer.base  # spaCy's own, without the learner regrouping
    normalised = normalise_for_analysis(text)
    paragraphs = [normalised[start:end] for start, end in paragraph_spans(normalised)]

    def raw() -> None:
        learner_tokenizer = nlp.tokenizer
        nlp.tokenizer = spacy_tokenizer
        try:
            for _ in nlp.pipe(paragraphs):
                pass
        finally:
            nlp.tokenizer = learner_tokenizer

    analysis = analyse(text)  # warm-up: caches, first-call costs
    gloss_data(analysis, None)
    raw_time = best_of(args.runs, raw)
    analyse_time = best_of(args.runs, lambda: analyse(text))
    gloss_time = best_of(args.runs, lambda: gloss_data(analyse(text), None))
    words = sum(1 for token in analysis.tokens if token.is_word)
    report(
        f"Analysis throughput, Bel-Ami excerpt: {words:,} words, best of {args.runs}",
        [
            ("raw nlp.pipe", f"{raw_time:.2f} s  ({words / raw_time:,.0f} words/s)"),
            ("analyse()", f"{analyse_time:.2f} s  ({words / analyse_time:,.0f} words/s)"),
            ("gloss (analyse + translations)", f"{gloss_time:.2f} s"),
            ("ratio raw / analyse", f"{raw_time / analyse_time:.2f}  (target >= 0.85)"),
            ("ratio raw / gloss", f"{raw_time / gloss_time:.2f}  (target >= 0.85)"),
        ],
    )


if __name__ == "__main__":
    main()
