"""The bundled lexicon against today's FreeDict dictionary: start-up, lookups, memory.

Baseline: FreeDict fra-eng (8,500 headwords) as the app loaded it, whole, into memory.
- start-up: a fresh process imports the glosser and makes the dictionary ready; then the
  first lookup (the lexicon maps its files and reads its index then);
- lookup: every content word of the news corpus (lemma, form, part of speech), each asked
  once of a fresh dictionary, so no answer comes from a cache; median and p95;
- memory: the process's peak resident size after the first lookup, and its growth over the
  same process with only the imports done.

    .venv/bin/python -m benchmarks.lexicon_lookup [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from benchmarks.common import median, percentile, report
from reader.core.dictionaries.dictionary import Dictionary
from tests.corpus import news

CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")
MAKERS = {
    "FreeDict": "from reader.core.dictionaries.dictionary import Dictionary, BUNDLED_FILE,"
    " BUNDLED_NAME\n"
    "from reader.core.paths import resources_dir\n"
    "make = lambda: Dictionary.from_tsv(resources_dir() / 'dictionaries' / BUNDLED_FILE, "
    "BUNDLED_NAME)\n",
    "lexicon": "from reader.core.dictionaries.lexicon.lexicon import Lexicon, FOLDER\n"
    "from reader.core.paths import resources_dir\n"
    "make = lambda: Lexicon(resources_dir() / FOLDER)\n",
}
PROBE = """
import json, resource, time
_start = time.perf_counter()
from reader.core.lookup.card import Glosser
from reader.core.dictionaries.lexicon.queries import translations_of
{maker}
imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
_ready = time.perf_counter()
dictionary = make()
ready = time.perf_counter()
{lookup}
first = time.perf_counter()
print(json.dumps({{"ready": ready - _ready, "first": first - ready, "imports": imported,
    "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""
LOOKUP = "translations_of(dictionary, 'patrouille', 'patrouilles', 'NOUN')"


def probe(name: str, lookup: bool) -> dict[str, float]:
    code = PROBE.format(maker=MAKERS[name], lookup=LOOKUP if lookup else "")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr)
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def best_probe(name: str, runs: int) -> dict[str, float]:
    probes = [probe(name, lookup=True) for _ in range(runs)]
    return {key: min(p[key] for p in probes) for key in probes[0]}


def content_words() -> list[tuple[str, str, str]]:
    from reader.core.analysis.analyser import analyse

    words = []
    for path in news():
        for token in analyse(path.read_text(encoding="utf-8")).tokens:
            if token.is_word and token.pos in CONTENT_POS:
                words.append((token.lemma, token.text, token.pos))
    return list(dict.fromkeys(words))


def lookup_times(dictionary: Dictionary, words: list[tuple[str, str, str]]) -> list[float]:
    from reader.core.dictionaries.lexicon.queries import translations_of

    times = []
    for lemma, form, pos in words:
        start = time.perf_counter()
        translations_of(dictionary, lemma, form, pos)
        times.append((time.perf_counter() - start) * 1000)
    return times


def fresh(name: str) -> Dictionary:
    namespace: dict[str, object] = {}
    exec(MAKERS[name], namespace)
    make = namespace["make"]
    assert callable(make)
    dictionary = make()
    assert isinstance(dictionary, Dictionary)
    return dictionary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    old, new = best_probe("FreeDict", args.runs), best_probe("lexicon", args.runs)
    words = content_words()
    old_times = lookup_times(fresh("FreeDict"), words)
    new_times = lookup_times(fresh("lexicon"), words)
    mib = 1024  # ru_maxrss is in KiB on Linux
    rows = [
        ("start-up: dictionary ready, FreeDict", f"{old['ready'] * 1000:.1f} ms"),
        (
            "start-up: dictionary ready, lexicon",
            f"{new['ready'] * 1000:.2f} ms  (ratio {new['ready'] / old['ready']:.3f})",
        ),
        ("ready + first lookup, FreeDict", f"{(old['ready'] + old['first']) * 1000:.1f} ms"),
        (
            "ready + first lookup, lexicon",
            f"{(new['ready'] + new['first']) * 1000:.1f} ms  (ratio "
            f"{(new['ready'] + new['first']) / (old['ready'] + old['first']):.2f})",
        ),
        (f"lookups ({len(words)} distinct news words)", "each asked once, no cache"),
        ("  median, FreeDict", f"{median(old_times):.3f} ms"),
        (
            "  median, lexicon",
            f"{median(new_times):.3f} ms  (ratio {median(new_times) / median(old_times):.2f})",
        ),
        ("  p95, FreeDict", f"{percentile(old_times, 0.95):.3f} ms"),
        (
            "  p95, lexicon",
            f"{percentile(new_times, 0.95):.3f} ms  (ratio "
            f"{percentile(new_times, 0.95) / percentile(old_times, 0.95):.2f}; target < 1 ms)",
        ),
        ("memory after first lookup, FreeDict", f"{old['peak'] / mib:.1f} MiB peak RSS"),
        (
            "memory after first lookup, lexicon",
            f"{new['peak'] / mib:.1f} MiB  (ratio {new['peak'] / old['peak']:.3f})",
        ),
        ("  growth over the imports, FreeDict", f"{(old['peak'] - old['imports']) / mib:.1f} MiB"),
        ("  growth over the imports, lexicon", f"{(new['peak'] - new['imports']) / mib:.1f} MiB"),
    ]
    report(f"Bundled lexicon against FreeDict, best of {args.runs} processes", rows)


if __name__ == "__main__":
    main()
