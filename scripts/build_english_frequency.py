"""Build the English word frequencies the word card ranks senses by, from wordfreq's list.

    python scripts/build_english_frequency.py

The card asks wordfreq how common an English gloss is (a rare one goes last; a regular past
participle is spelled as English spells it). Loading wordfreq and its English list takes
~0.3 s, which a first click waited for; this file holds the same answers for every word of
lower-case ASCII letters at Zipf FLOOR or above (~160,000 words), read in a few tens of
milliseconds. Below FLOOR no threshold the app uses needs the exact value.

Reads the installed wordfreq's `large_en` list (the one `zipf_frequency(word, "en")` uses) and
writes `resources/english/en.zipf.tsv` (one line per Zipf value, most frequent first: the
value, a tab, its words separated by spaces), its licence (CC BY-SA 4.0, as wordfreq's data)
and `SOURCE.txt` (wordfreq's version and the list's SHA-256). Running it twice gives the same
bytes. It checks that wordfreq reads each word as one token, itself: the file then answers
exactly as `zipf_frequency` does.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "english"
DATA_NAME = "en.zipf.tsv"
FLOOR = 1.5  # reader.core.dictionaries.english.FLOOR: the rare-sense threshold, the lowest
WORD = re.compile(r"[a-z]+")
LICENCE = """en.zipf.tsv (French Reader)
SPDX-License-Identifier: CC-BY-SA-4.0

English word frequencies on the Zipf scale (every word of lower-case ASCII letters at 1.5 or
above), extracted by scripts/build_english_frequency.py from the English "large" list of
wordfreq by Robyn Speer (https://github.com/rspeer/wordfreq), whose data is licensed under
the Creative Commons Attribution-ShareAlike 4.0 International licence
(https://creativecommons.org/licenses/by-sa/4.0/). wordfreq's data includes information from
SUBTLEX, Google Books Ngrams, Wikipedia, OpenSubtitles, Reddit, Twitter, the Leeds Internet
Corpus, NewsCrawl, GlobalVoices and the Common Crawl via OSCAR (see wordfreq's README for
the full credits). SOURCE.txt gives wordfreq's version and the list's checksum.
"""


def english_words() -> dict[str, list[str]]:
    """Zipf value (as wordfreq prints it, two decimals) -> its words, each at FLOOR or above."""
    from wordfreq import get_frequency_dict, tokenize, zipf_frequency

    by_value: dict[str, list[str]] = defaultdict(list)
    for word in get_frequency_dict("en", "best"):
        if not WORD.fullmatch(word):
            continue
        if tokenize(word, "en") != [word]:
            raise SystemExit(f"wordfreq reads {word!r} as other tokens: the file would be wrong")
        zipf = zipf_frequency(word, "en")
        if zipf >= FLOOR:
            by_value[f"{zipf:.2f}"].append(word)
    return by_value


def write(by_value: dict[str, list[str]], folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        f"{value}\t{' '.join(sorted(words))}\n"
        for value, words in sorted(by_value.items(), key=lambda item: -float(item[0]))
    ]
    (folder / DATA_NAME).write_text("".join(lines), encoding="utf-8")
    (folder / f"{DATA_NAME.removesuffix('.tsv')}.LICENSE.txt").write_text(LICENCE)
    return sum(len(words) for words in by_value.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    import wordfreq

    source = Path(wordfreq.__file__).parent / "data" / "large_en.msgpack.gz"
    count = write(english_words(), args.output)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    (args.output / "SOURCE.txt").write_text(
        "Built by scripts/build_english_frequency.py from:\n"
        f"  wordfreq {version('wordfreq')} (PyPI), data/large_en.msgpack.gz sha256 {digest}\n"
        f"{count} words of lower-case ASCII letters at Zipf {FLOOR} or above.\n"
    )
    print(f"{count} words -> {args.output / DATA_NAME}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
