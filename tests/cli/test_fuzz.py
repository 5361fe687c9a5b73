"""Every kind of input, mutated with a seeded generator and run through the real command:
a documented exit code, one line on stderr for an error, no traceback, no hang, bounded
memory, nothing stored by a failed run, no temporary file left, a damaged glossary never
replaced (tests/fuzz_inputs.py does the work, in a process of its own).

A few dozen mutants per kind keep this test short; `python -m benchmarks fuzz_inputs` runs a
few hundred of each."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fuzz_inputs import KINDS, run_child

SEED = 16
# Mutants per kind: fewer where each run analyses French with spaCy (gloss, import-words).
COUNTS = {
    "text": 12,
    "html": 20,
    "srt": 25,
    "epub": 40,
    "pdf": 40,
    "list": 40,
    "argosmodel": 40,
    "kindle": 20,
    "csv": 12,
    "tsv": 12,
    "kaikki": 40,
    "table": 40,
    "glossary": 30,
}
PEAK_MB = 1_500  # spaCy's French model takes ~550 MB; a runaway took 4.3 GB


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_child(COUNTS, SEED, tmp_path_factory.mktemp("fuzz"), timeout=900)


def test_every_kind_is_fuzzed(summaries: dict[str, Any]) -> None:
    assert set(COUNTS) == set(KINDS) == set(summaries)


@pytest.mark.parametrize("kind", sorted(COUNTS))
def test_mutated_input_keeps_every_promise(kind: str, summaries: dict[str, Any]) -> None:
    summary = summaries[kind]
    assert summary["problems"] == [], summary
    assert summary["runs"] == COUNTS[kind]
    assert sum(summary["codes"].values()) == COUNTS[kind]
    assert summary["peak_rss_mb"] < PEAK_MB, summary
