"""Importing a big kaikki.org file, and looking words up with several dictionaries installed.

1. Import a generated kaikki file of 100,000 French entries (plus as many lines of other
   languages, as in kaikki's all-languages dumps): entries per second and peak memory,
   against the floor of reading and json-parsing every line of the same file.
2. Look up every word of the sample article (as the glosser does: lemma, form, part of speech)
   with three imported dictionaries plus the bundled one, against the bundled one alone.

    .venv/bin/python -m benchmarks.dictionary_import
"""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.common import best_of, median, percentile, report
from reader.core.articles import load_article, sample_article_path
from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.dictionaries.importing import import_dictionary
from reader.core.dictionaries.registry import DictionarySet

ENTRIES = 100_000
POS = ["noun", "verb", "adj", "adv"]
FREEDICT = Path("/tmp/fd/usr/share/dictd")  # dict-freedict-fra-eng, if unpacked there


def generate_kaikki(path: Path, entries: int) -> None:
    """Entries shaped like kaikki's: senses, forms, sounds, head templates, translations."""
    randomness = random.Random(4)
    words = [w.headword for w in bundled_dictionary()]
    with open(path, "w", encoding="utf-8") as file:
        for number in range(entries):
            word = f"{randomness.choice(words)}{number}"
            entry = {
                "word": word,
                "lang": "French",
                "lang_code": "fr",
                "pos": POS[number % 4],
                "head_templates": [{"name": "fr-noun", "args": {"1": "m"}, "expansion": word}],
                "forms": [{"form": word + "s", "tags": ["plural"]}],
                "sounds": [{"ipa": f"/{word}/"}, {"audio": f"Fr-{word}.ogg"}],
                "senses": [
                    {"glosses": [f"meaning {number}"], "tags": ["masculine"], "id": f"id-{number}"},
                    {"glosses": ["parent", f"second meaning {number}"], "categories": []},
                ],
                "translations": [{"lang": "German", "code": "de", "word": "Wort"}] * 3,
            }
            file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            other = {"word": f"Wort{number}", "lang": "German", "lang_code": "de", "pos": "noun"}
            file.write(json.dumps({**other, "senses": [{"glosses": ["word"]}]}) + "\n")


def parse_every_line(path: Path) -> int:
    """The floor: read the file and json-parse every line, doing nothing else."""
    count = 0
    with open(path, "rb") as file:
        for line in file:
            count += bool(json.loads(line))
    return count


def timed_import(root: Path, path: Path, name: str) -> tuple[float, int]:
    start = time.perf_counter()
    entry = import_dictionary(root, path, name=name)
    return time.perf_counter() - start, entry.entries


def import_rows(folder: Path, kaikki: Path) -> list[tuple[str, str]]:
    floor = best_of(2, lambda: parse_every_line(kaikki))
    seconds, entries = timed_import(folder / "timing", kaikki, "timing")
    tracemalloc.start()
    import_dictionary(folder / "memory", kaikki, name="memory")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size = kaikki.stat().st_size
    return [
        ("file", f"{size / 1e6:.0f} MB, {ENTRIES:,} French entries + {ENTRIES:,} German"),
        ("rows written (entries and plural forms)", f"{entries:,}"),
        ("import time", f"{seconds:.2f} s"),
        ("French entries per second", f"{ENTRIES / seconds:,.0f}"),
        ("MB of file per second", f"{size / 1e6 / seconds:.1f}"),
        ("baseline: read + json.loads every line", f"{floor:.2f} s"),
        ("import time / baseline", f"{seconds / floor:.2f}"),
        ("peak Python memory during import (tracemalloc)", f"{peak / 1e6:.1f} MB"),
        ("peak memory / file size", f"{peak / size:.3f}"),
    ]


def install_three(root: Path, folder: Path, kaikki: Path) -> None:
    import_dictionary(root, kaikki, name="Wiktionary 100k")
    table = folder / "words.tsv"
    lines = [f"{e.headword}\t{'; '.join(e.senses)}\t{e.pos}" for e in bundled_dictionary()]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_dictionary(root, table, name="Word list")
    if (FREEDICT / "freedict-fra-eng.index").exists():
        import_dictionary(root, FREEDICT / "freedict-fra-eng.index", name="FreeDict dictd")
    else:  # the same entries again, as a third dictionary
        shutil.copy(table, folder / "words2.csv")
        import_dictionary(root, folder / "words2.csv", name="Word list 2", kind="csv")


def lookup_times(dictionaries: DictionarySet, words: list[str]) -> list[float]:
    times = []
    for word in words:
        start = time.perf_counter()
        dictionaries.translate(word, word, "NOUN")
        dictionaries.lookup(word)
        times.append((time.perf_counter() - start) * 1e6)
    return times


def lookup_rows(root: Path) -> list[tuple[str, str]]:
    text = load_article(sample_article_path()).text
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", text)]
    start = time.perf_counter()
    three = DictionarySet.installed(root)
    opened = (time.perf_counter() - start) * 1000
    alone = DictionarySet([bundled_dictionary()])
    lookup_times(three, words)  # warm the page cache and the bundled dictionary
    base = lookup_times(alone, words)
    many = lookup_times(three, words)
    return [
        ("words looked up (sample article)", f"{len(words)}"),
        ("dictionaries", " + ".join(three.names)),
        ("opening them (index files, mmap)", f"{opened:.1f} ms"),
        ("bundled alone: median / p95", f"{median(base):.1f} / {percentile(base, 0.95):.1f} µs"),
        (
            "3 imported + bundled: median / p95",
            f"{median(many):.1f} / {percentile(many, 0.95):.1f} µs",
        ),
        ("median ratio", f"{median(many) / median(base):.1f}"),
        ("p95 as a share of a 16 ms frame", f"{percentile(many, 0.95) / 16_000:.4f}"),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        kaikki = folder / "kaikki.jsonl"
        generate_kaikki(kaikki, ENTRIES)
        report(f"Import of a kaikki.org file ({ENTRIES:,} entries)", import_rows(folder, kaikki))
        packed = folder / "kaikki.jsonl.gz"
        packed.write_bytes(gzip.compress(kaikki.read_bytes(), compresslevel=6))
        seconds, _ = timed_import(folder / "gzip", packed, "gzip")
        report("The same file gzip-compressed", [("import time", f"{seconds:.2f} s")])
        root = folder / "three"
        install_three(root, folder, kaikki)
        report("Lookups: glosser's translate + lookup per word", lookup_rows(root))


if __name__ == "__main__":
    main()
