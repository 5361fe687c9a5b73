"""Convert FreeDict fra-eng (dictd format) into the app's own TSV dictionary.

The app ships a plain TSV so it can load the dictionary without dictd tools and so a
reviewer can diff it. This script makes that file reproducible from the Debian package
``dict-freedict-fra-eng`` 2022.04.21-1 (FreeDict fra-eng 0.4.1):

    apt-get download dict-freedict-fra-eng && dpkg-deb -x dict-freedict-fra-eng_*.deb DIR
    python scripts/build_dictionary.py DIR/usr/share/dictd

It writes ``resources/dictionaries/freedict-fra-eng.tsv`` (columns: headword, pos, gender,
ipa, senses joined with " | ") and ``freedict-fra-eng.LICENSE.txt`` next to it.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "dictionaries"
BASENAME = "freedict-fra-eng"
GPL2_TEXT = Path("/usr/share/common-licenses/GPL-2")
DEBIAN_PACKAGE = "dict-freedict-fra-eng"
SENSE_SEPARATOR = " | "
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# FreeDict's <pos> values -> Universal POS tags, the tag set spaCy gives the app.
UPOS = {
    "n": "NOUN",
    "v": "VERB",
    "vt": "VERB",
    "vi": "VERB",
    "adj": "ADJ",
    "adv": "ADV",
    "prep": "ADP",
    "num": "NUM",
    "pron": "PRON",
    "int": "INTJ",
    "conj": "CCONJ",
    "art": "DET",
}
GENDERS = {"masc": "Masc", "fem": "Fem"}
HEADER = re.compile(r"(?P<headword>.+?) /(?P<ipa>[^/]*)/(?: <(?P<grammar>[^>]*)>)?")
NUMBERED = re.compile(r"(?P<number>\d+)\.\s*(?P<rest>.*)")


@dataclass(frozen=True)
class Row:
    headword: str
    pos: str
    gender: str
    ipa: str
    senses: tuple[str, ...]

    def line(self) -> str:
        return "\t".join(
            (self.headword, self.pos, self.gender, self.ipa, SENSE_SEPARATOR.join(self.senses))
        )


def decode_number(text: str) -> int:
    """dictd index offsets and lengths are written in its own base-64 digits."""
    value = 0
    for char in text:
        value = value * 64 + BASE64.index(char)
    return value


def read_articles(folder: Path) -> list[tuple[str, str]]:
    """(index key, article) pairs; keys are lower-cased headwords without punctuation."""
    data = gzip.decompress((folder / f"{BASENAME}.dict.dz").read_bytes())
    articles = []
    index = (folder / f"{BASENAME}.index").read_text(encoding="utf-8")
    for line in index.splitlines():
        key, offset, length = line.split("\t")
        start = decode_number(offset)
        articles.append((key, data[start : start + decode_number(length)].decode("utf-8")))
    return articles


def parse_grammar(grammar: str | None, context: str) -> tuple[str, str]:
    """`<n, masc>` -> ("NOUN", "Masc"); no grammar block -> ("", "")."""
    if grammar is None:
        return "", ""
    parts = [part.strip() for part in grammar.split(",")]
    if parts[0] not in UPOS or any(part not in GENDERS for part in parts[1:]):
        raise ValueError(f"{context}: unknown grammar <{grammar}>")
    gender = GENDERS[parts[1]] if len(parts) > 1 else ""
    return UPOS[parts[0]], gender


def join_pieces(pieces: list[str]) -> str:
    """A sense split over lines ("1." / quoted French example / English) becomes one line."""
    text = ""
    for piece in pieces:
        if text.startswith('"') and text.endswith('"'):
            text = f"{text.strip(chr(34))}: {piece}"
        else:
            text = f"{text} {piece}".strip()
    return text


def parse_senses(lines: list[str], context: str) -> tuple[str, ...]:
    """Numbered senses ("1. abasement"), possibly wrapped, or one unnumbered line."""
    groups: list[list[str]] = []
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        numbered = NUMBERED.fullmatch(line)
        if numbered and int(numbered.group("number")) == len(groups) + 1:
            groups.append([numbered.group("rest")] if numbered.group("rest") else [])
        elif groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    senses = tuple(join_pieces(group) for group in groups)
    if not senses or not all(senses):
        raise ValueError(f"{context}: no senses")
    if any("|" in sense or "\t" in sense for sense in senses):
        raise ValueError(f"{context}: a sense contains a tab or '|'")
    return senses


def parse_article(text: str, context: str) -> Row:
    first, *rest = text.split("\n")
    header = HEADER.fullmatch(first.strip())
    if header is None:
        raise ValueError(f"{context}: cannot read the first line {first!r}")
    pos, gender = parse_grammar(header.group("grammar"), context)
    return Row(
        headword=header.group("headword").strip(),
        pos=pos,
        gender=gender,
        ipa=header.group("ipa").strip(),
        senses=parse_senses(rest, context),
    )


def database_info(articles: list[tuple[str, str]], name: str) -> str:
    """The text of one 00-database-* pseudo-entry, without its first (name) line."""
    for key, text in articles:
        if key == name:
            return text.split("\n", 1)[1] if text.startswith("00-database") else text
    raise ValueError(f"the dictionary has no {name} entry")


def debian_version(folder: Path) -> str:
    """The package version from the extracted changelog, when the folder has one."""
    changelog = folder.parent / "doc" / DEBIAN_PACKAGE / "changelog.Debian.gz"
    if not changelog.is_file():
        return "unknown"
    first = gzip.decompress(changelog.read_bytes()).decode("utf-8").split("\n", 1)[0]
    match = re.search(r"\(([^)]+)\)", first)
    return match.group(1) if match else "unknown"


def build_rows(articles: list[tuple[str, str]]) -> list[Row]:
    """All articles, sorted; exact duplicates (same headword, grammar and senses) dropped."""
    rows = [parse_article(text, key) for key, text in articles if not key.startswith("00database")]
    unique = set(rows)
    if len(unique) != len(rows):
        print(f"dropped {len(rows) - len(unique)} exact duplicate entries")
    return sorted(unique, key=lambda row: (row.headword.casefold(), row.line()))


def header_line(short: str, package_version: str) -> str:
    return (
        f"# {short.strip()} (FreeDict fra-eng, Debian {DEBIAN_PACKAGE} {package_version}); "
        f"licence GPL-2.0-or-later, see {BASENAME}.LICENSE.txt; "
        "columns: headword, pos (UPOS), gender, ipa, senses (separated by ' | ')"
    )


def copyright_lines(info: str) -> str:
    """The Availability paragraph of 00-database-info: copyright holders and licence."""
    match = re.search(r"Availability:\s*\n(.*?)\n\s*\n", info, flags=re.DOTALL)
    if match is None:
        raise ValueError("00-database-info has no Availability paragraph")
    return "\n".join(line.strip() for line in match.group(1).splitlines())


def license_text(info: str, short: str, package_version: str) -> str:
    notice = f"""\
{short.strip()}
FreeDict fra-eng, as packaged by Debian ({DEBIAN_PACKAGE} {package_version}),
converted to {BASENAME}.tsv by scripts/build_dictionary.py.

{copyright_lines(info)}

SPDX-License-Identifier: GPL-2.0-or-later

This dictionary is free software; you can redistribute it and/or modify it under the
terms of the GNU General Public License as published by the Free Software Foundation;
either version 2 of the License, or (at your option) any later version.

This dictionary is distributed in the hope that it will be useful, but WITHOUT ANY
WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
PARTICULAR PURPOSE. See the GNU General Public License for more details.

Source: https://freedict.org/ (upstream), https://packages.debian.org/{DEBIAN_PACKAGE}

The full text of the GNU General Public License, version 2, follows.

"""
    return notice + GPL2_TEXT.read_text(encoding="utf-8")


def write_text(path: Path, text: str) -> None:
    from reader.core.files import write_text_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, text, newline="\n")


def report_oddities(rows: list[Row]) -> None:
    """Print what a maintainer should know about the data, without changing it."""
    pairs = Counter((row.headword, row.pos) for row in rows)
    repeated = sorted(f"{word} ({pos or '-'})" for (word, pos), n in pairs.items() if n > 1)
    affixes = [
        row.headword for row in rows if row.headword.startswith("-") or row.headword.endswith("-")
    ]
    # Most transcriptions use ʀ without stress marks; a few hundred were made by another
    # tool (espeak style: ʁ, ˈ, spaces between words).
    other_ipa = sum(1 for row in rows if "ˈ" in row.ipa or "ʁ" in row.ipa)
    print(f"{len(rows)} entries, {len({row.headword for row in rows})} distinct headwords")
    print(f"{sum(1 for row in rows if not row.pos)} entries without a part of speech")
    print(f"{sum(1 for row in rows if row.pos == 'NOUN' and not row.gender)} nouns without gender")
    print(f"{other_ipa} transcriptions in the other (espeak-like) style")
    print(f"headwords with two entries of one part of speech: {', '.join(repeated)}")
    print(f"affixes kept as entries: {', '.join(affixes)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="folder with freedict-fra-eng.index and .dict.dz")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    parser.add_argument("--package-version", help="Debian version (default: read the changelog)")
    args = parser.parse_args(argv)
    articles = read_articles(args.folder)
    version = args.package_version or debian_version(args.folder)
    short = database_info(articles, "00databaseshort")
    rows = build_rows(articles)
    lines = [header_line(short, version), *(row.line() for row in rows)]
    write_text(args.output / f"{BASENAME}.tsv", "\n".join(lines) + "\n")
    info = database_info(articles, "00databaseinfo")
    write_text(args.output / f"{BASENAME}.LICENSE.txt", license_text(info, short, version))
    report_oddities(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
