"""Readers for the raw sources of the French–English lexicon (used by build_lexicon.py only).

Each reader turns one third-party file format into plain tuples; none of them decides what the
app ships. The formats: dictd (FreeDict and WikDict packages), Apertium's bilingual `.dix`
XML, Apertium's compiled transducers printed by `lt-print` (AT&T text), French Wiktionary's
translation table (EurADiC CSV), WikiPron's TSV, Lexique 3.83 and Lefff's `words.json`.
"""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# Tags of each source -> Universal POS (the tags spaCy gives the app).
DICTD_POS = {
    "n": "NOUN",
    "v": "VERB",
    "vt": "VERB",
    "vi": "VERB",
    "adj": "ADJ",
    "adv": "ADV",
    "prep": "ADP",
    "pron": "PRON",
    "conj": "CCONJ",
    "num": "NUM",
    "int": "INTJ",
    "intj": "INTJ",
    "art": "DET",
    "pn": "PROPN",
    "phrase": "",
    "idiom": "",
}
APERTIUM_POS = {
    "n": "NOUN",
    "vblex": "VERB",
    "vbmod": "VERB",
    "vbser": "AUX",
    "vbhaver": "AUX",
    "adj": "ADJ",
    "adv": "ADV",
    "preadv": "ADV",
    "pr": "ADP",
    "cnjcoo": "CCONJ",
    "cnjsub": "SCONJ",
    "cnjadv": "SCONJ",
    "ij": "INTJ",
    "np": "PROPN",
    "num": "NUM",
}
WIKTIONARY_POS = {"S": "NOUN", "V": "VERB", "J": "ADJ", "D": "ADV"}
LEXIQUE_POS = {
    "NOM": "NOUN",
    "VER": "VERB",
    "AUX": "AUX",
    "ADJ": "ADJ",
    "ADV": "ADV",
    "PRE": "ADP",
    "CON": "CCONJ",
    "ONO": "INTJ",
}
BOTH_GENDERS = "Masc,Fem"  # le or la touriste: the context decides
GENDERS = {"m": "Masc", "f": "Fem", "masc": "Masc", "fem": "Fem", "mf": BOTH_GENDERS}
# Lexique 3's one-character phonological code -> IPA (Lexique's documentation, "phon").
LEXIQUE_IPA = {
    "E": "ɛ",
    "O": "ɔ",
    "°": "ə",
    "2": "ø",
    "9": "œ",
    "5": "ɛ̃",
    "1": "œ̃",
    "@": "ɑ̃",
    "§": "ɔ̃",
    "3": "ə",
    "S": "ʃ",
    "Z": "ʒ",
    "N": "ɲ",
    "G": "ŋ",
    "R": "ʁ",
    "8": "ɥ",
}
DICTD_HEADER = re.compile(r"(?P<word>.+?)(?P<ipa>(?: /[^/]*/)*)(?: <(?P<grammar>[^>]*)>)?\s*")
NUMBERED = re.compile(r"(?P<number>\d+)\.\s*(?P<rest>.*)")


@dataclass(frozen=True, slots=True)
class Article:
    """One dictd article: headword, IPA, part of speech, gender, and its senses' lines."""

    word: str
    ipa: str
    pos: str
    gender: str
    senses: tuple[tuple[str, ...], ...]  # each sense: its lines, the translations first


def _decode(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + BASE64.index(char)
    return value


def dictd_articles(folder: Path, name: str) -> Iterator[tuple[str, str]]:
    """(index key, text) of every article of freedict-NAME in a dictd folder."""
    data = gzip.decompress((folder / f"freedict-{name}.dict.dz").read_bytes())
    index = (folder / f"freedict-{name}.index").read_text(encoding="utf-8")
    for line in index.splitlines():
        key, offset, length = line.split("\t")
        if not key.startswith("00database"):
            start = _decode(offset)
            yield key, data[start : start + _decode(length)].decode("utf-8")


def dictd_info(folder: Path, name: str) -> str:
    """The text of the 00-database-info pseudo-entry (edition, licence, authors)."""
    data = gzip.decompress((folder / f"freedict-{name}.dict.dz").read_bytes())
    index = (folder / f"freedict-{name}.index").read_text(encoding="utf-8")
    for line in index.splitlines():
        key, offset, length = line.split("\t")
        if key == "00databaseinfo":
            start = _decode(offset)
            return data[start : start + _decode(length)].decode("utf-8")
    return ""


def parse_article(text: str) -> Article | None:
    """A dictd article (FreeDict and WikDict style): header line, then numbered senses."""
    first, *rest = text.split("\n")
    header = DICTD_HEADER.fullmatch(first.strip())
    if header is None:
        return None
    ipas = re.findall(r"/([^/]*)/", header.group("ipa") or "")
    parts = [p.strip() for p in (header.group("grammar") or "").split(",") if p.strip()]
    pos = next((DICTD_POS[p] for p in parts if p in DICTD_POS), "")
    genders = {GENDERS[p] for p in parts if p in GENDERS}
    gender = genders.pop() if len(genders) == 1 else BOTH_GENDERS if genders else ""
    return Article(
        header.group("word").strip(), ipas[0] if ipas else "", pos, gender, _senses(rest)
    )


def _senses(lines: list[str]) -> tuple[tuple[str, ...], ...]:
    groups: list[list[str]] = []
    for raw in lines:
        line = " ".join(raw.split())
        numbered = NUMBERED.fullmatch(line)
        if numbered and int(numbered.group("number")) == len(groups) + 1:
            groups.append([numbered.group("rest")] if numbered.group("rest") else [])
        elif groups and line:
            groups[-1].append(line)
        elif line:
            groups.append([line])
    # WikDict writes "1. casa 2." when a gloss holds numbers: drop the stray number.
    return tuple(tuple(re.sub(r"\s+\d+\.$", "", x) for x in g) for g in groups if g)


def apertium_pairs(dix: Path) -> Iterator[tuple[str, str, str, str]]:
    """(French, English, UPOS, gender) of every left-to-right entry of a bilingual .dix."""
    for _, element in ElementTree.iterparse(dix, events=("end",)):
        if element.tag != "e":
            continue
        if element.get("r") != "RL":  # RL entries only translate English into French
            pair = element.find("p")
            if pair is not None:
                yield _apertium_pair(pair)
            elif (identity := element.find("i")) is not None:
                word, tags = _side(identity)
                yield word, word, APERTIUM_POS.get(tags[0], "") if tags else "", ""
        element.clear()


def _apertium_pair(pair: ElementTree.Element) -> tuple[str, str, str, str]:
    left, right = pair.find("l"), pair.find("r")
    french, tags = _side(left)
    english, _ = _side(right)
    pos = APERTIUM_POS.get(tags[0], "") if tags else ""
    gender = next((GENDERS[t] for t in tags if t in GENDERS), "")
    return french, english, pos, gender


def _side(side: ElementTree.Element | None) -> tuple[str, list[str]]:
    """The words of one side (<b/> is a space, <g> joins a phrase) and its tags."""
    if side is None:
        return "", []
    words: list[str] = [side.text or ""]
    tags: list[str] = []
    for child in side.iter():
        if child is side:
            continue
        if child.tag == "s":
            tags.append(child.get("n", ""))
        elif child.tag == "b":
            words.append(" ")
        elif child.tag == "g":
            words.append(child.text or "")
        words.append(child.tail or "")
    return " ".join("".join(words).split()), tags


def transducer_pairs(att: Path) -> Iterator[tuple[str, str, str]]:
    """(source lemma, target lemma, first tag) of every finite path of an `lt-print` dump.

    A compiled bilingual dictionary prints as one or more AT&T transducers separated by
    "--". Paths through cycles are patterns (numbers, web addresses), not words: skipped.
    """
    for section in att.read_text(encoding="utf-8").split("\n--\n"):
        arcs: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        finals: set[int] = set()
        for line in section.splitlines():
            fields = line.split("\t")
            if len(fields) <= 2 and fields[0].isdigit():
                finals.add(int(fields[0]))
            elif len(fields) >= 4:
                arcs[int(fields[0])].append((int(fields[1]), fields[2], fields[3]))
        yield from _paths(arcs, finals)


def _paths(
    arcs: dict[int, list[tuple[int, str, str]]], finals: set[int]
) -> Iterator[tuple[str, str, str]]:
    cyclic = _cyclic_states(arcs)
    stack = [(0, "", "")]
    while stack:
        state, source, target = stack.pop()
        if state in finals and "<" in source:
            tag = source[source.index("<") + 1 :].split(">", 1)[0]
            yield source.split("<", 1)[0], target.split("<", 1)[0], tag
        for next_state, upper, lower in arcs.get(state, ()):
            if next_state not in cyclic:
                upper = "" if upper == "ε" else upper
                lower = "" if lower == "ε" else lower
                stack.append((next_state, source + upper, target + lower))


def _cyclic_states(arcs: dict[int, list[tuple[int, str, str]]]) -> set[int]:
    """States on a cycle (Tarjan's strongly connected components, iteratively)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    cyclic: set[int] = set()
    for root in list(arcs):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            state, position = work.pop()
            if position == 0:
                index[state] = low[state] = len(index)
                stack.append(state)
                on_stack.add(state)
            successors = arcs.get(state, [])
            descended = False
            while position < len(successors):
                child = successors[position][0]
                position += 1
                if child == state:
                    cyclic.add(state)
                if child not in index:
                    work += [(state, position), (child, 0)]
                    descended = True
                    break
                if child in on_stack:
                    low[state] = min(low[state], index[child])
            if descended:
                continue
            if low[state] == index[state]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == state:
                        break
                if len(component) > 1:
                    cyclic.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[state])
    return cyclic


def wiktionary_pairs(csv: Path) -> Iterator[tuple[str, str, str]]:
    """(French, English, UPOS) from the EurADiC CSV `word;POS;TR-FR-EN;english;POS;`."""
    for line in csv.read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        if len(fields) >= 5 and fields[2] == "TR-FR-EN" and fields[0] and fields[3]:
            yield fields[0].strip(), fields[3].strip(), WIKTIONARY_POS.get(fields[1], "")


def wikipron_ipa(tsv: Path, preferred: dict[str, str]) -> dict[str, str]:
    """word -> one broad transcription, segments joined (WikiPron separates them).

    Where WikiPron lists variants (a regional one first, or [h] for an h aspiré), the one
    that agrees with `preferred` (Lexique's) wins, else the first without [h] or [ʔ]."""
    variants: dict[str, list[str]] = defaultdict(list)
    for line in tsv.read_text(encoding="utf-8").splitlines():
        word, _, ipa = line.partition("\t")
        if word and ipa.strip():
            variants[word].append("".join(ipa.split()))
    return {word: _best_variant(found, preferred.get(word)) for word, found in variants.items()}


def _best_variant(variants: list[str], preferred: str | None) -> str:
    if preferred in variants:
        return preferred
    return next((ipa for ipa in variants if ipa[:1] not in "hʔ"), variants[0])


@dataclass(frozen=True, slots=True)
class LexiqueRow:
    form: str
    ipa: str
    lemma: str
    pos: str
    gender: str
    frequency: float  # of the form, per million words of films + books


def lexique_rows(path: Path) -> Iterator[LexiqueRow]:
    """Lexique383.txt (Latin-1, tab-separated, with a header line)."""
    lines = path.read_bytes().decode("latin-1").splitlines()
    for line in lines[1:]:
        fields = line.split("\t")
        pos = LEXIQUE_POS.get(fields[3], "")
        if not pos:
            continue
        frequency = float(fields[8].replace(",", ".")) + float(fields[9].replace(",", "."))
        ipa = "".join(LEXIQUE_IPA.get(char, char) for char in fields[1])
        yield LexiqueRow(fields[0], ipa, fields[2], pos, GENDERS.get(fields[4], ""), frequency)


def lefff_genders(words_json: Path) -> dict[str, str]:
    """Noun -> "Masc" or "Fem", from french-words-gender-lefff's words.json."""
    data = json.loads(words_json.read_text(encoding="utf-8"))
    return {word: {"M": "Masc", "F": "Fem"}[g] for word, g in data.items() if g in ("M", "F")}
