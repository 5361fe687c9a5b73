"""The hand-written phrase lists in resources/phrases/ (expressions, pronominal verbs, verbs and
adjectives with their prepositions): their format, the conventions of SPEC.md, and every verb
head checked against spaCy's French lemmatiser and the bundled lexicon."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from typing import Any

import pytest

from reader.core.analysis.expressions.words import (
    PERSONS,
    is_same_word,
    match_key,
    words,
)
from reader.core.dictionaries.lexicon import bundled_lexicon
from reader.core.paths import resources_dir
from tests.core.analysed import analysed

FOLDER = resources_dir() / "phrases"
HEADERS = {
    "expressions.tsv": ("expression", "kind", "pos", "head", "band", "english", "note"),
    "pronominal.tsv": ("verb", "english", "note"),
    "governed.tsv": ("head", "pos", "preposition", "english", "note"),
}
KINDS = frozenset({"fixed", "agreeing", "verbal", "split"})
EXPRESSION_POS = frozenset("ADV ADP SCONJ CCONJ VERB NOUN ADJ PRON DET INTJ X".split())
GOVERNED_POS = frozenset({"VERB", "ADJ", "NOUN"})
PREPOSITIONS = frozenset("à de sur pour par en avec contre dans vers parmi".split())
BANDS = frozenset({"1", "2", "3"})
# How many entries each list should hold (the brief's ranges, with a little slack).
# Sanity bounds (a truncated or duplicated file), raised as the lists grow by hand.
SIZES = {"expressions.tsv": (1000, 2500), "pronominal.tsv": (300, 700), "governed.tsv": (250, 450)}

# The units the lists were written for: reading them word by word misleads a learner.
CORE_EXPRESSIONS = (
    "au fur et à mesure|à cause de|au sein de|face à|grâce à|suite à|en somme|tout à coup|"
    "au fond|tout à fait|à l'égard de|ainsi que|bien que|afin de|lors de|quant à|d'ailleurs|"
    "en effet|du coup|à peine|peu à peu|de plus en plus|avoir lieu|faire partie de|"
    "mettre l'accent sur|mettre au point|prendre part à|rendre compte de|avoir besoin de|"
    "il y a|il faut|faire face à|tenir compte de|avoir l'air|mettre fin à|donner lieu à|"
    "il s'agit de|ne ... que|ne ... guère|ni ... ni"
).split("|")
CORE_PRONOMINAL = (
    "s'agir de|se passer|se tromper|se trouver|se dérouler|se demander|se rendre compte|"
    "s'en aller|se souvenir de|s'éteindre|se sentir|s'attendre à"
).split("|")
CORE_GOVERNED = [
    ("convenir", "de"), ("convenir", "à"), ("compter", "sur"), ("penser", "à"), ("penser", "de"),
    ("porter", "sur"), ("tenir", "à"), ("manquer", "de"), ("manquer", "à"), ("jouer", "de"),
    ("jouer", "à"), ("s'occuper", "de"),
]  # fmt: skip

REFLEXIVE = ("se", "s'")
CLITICS = ("en", "y")


Row = dict[str, str]


@functools.cache
def entries(name: str) -> tuple[tuple[int, Row], ...]:
    """(line number, fields by column) of every entry; comment lines are skipped."""
    lines = (FOLDER / name).read_text(encoding="utf-8").split("\n")
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    header = tuple(numbered[0][1].split("\t"))
    return tuple((n, dict(zip(header, line.split("\t"), strict=False))) for n, line in numbered[1:])


def test_each_list_has_its_header_and_columns() -> None:
    for name, header in HEADERS.items():
        lines = (FOLDER / name).read_text(encoding="utf-8").split("\n")
        first = next(line for line in lines if line and not line.startswith("#"))
        assert tuple(first.split("\t")) == header, name
        for number, line in enumerate(lines, 1):
            if line and not line.startswith("#"):
                assert line.count("\t") == len(header) - 1, f"{name}:{number}: {line!r}"
        assert lines[-1] == "", f"{name} ends with a newline"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_text_is_clean_utf8(name: str) -> None:
    raw = (FOLDER / name).read_bytes()
    text = raw.decode("utf-8")
    assert "\r" not in text and "\ufeff" not in text
    assert unicodedata.normalize("NFC", text) == text, "composed accents (NFC) only"
    for number, line in enumerate(text.split("\n"), 1):
        where = f"{name}:{number}: {line!r}"
        assert line == line.rstrip(" "), f"trailing space in {where}"
        assert not re.search(r"[’‘\u00a0\u202f]", line), f"straight apostrophes only in {where}"
        if line.startswith("#") or not line:
            continue
        for field in line.split("\t"):
            assert field == field.strip() and "  " not in field, f"stray space in {where}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_list_size(name: str) -> None:
    low, high = SIZES[name]
    assert low <= len(entries(name)) <= high


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_english_is_lower_case_senses_best_first(name: str) -> None:
    for number, row in entries(name):
        english = row["english"]
        where = f"{name}:{number}: {english!r}"
        assert english, f"no English in {where}"
        assert english == english.lower(), f"lower case English in {where}"
        senses = english.split(" | ")
        assert all(sense and sense == sense.strip() for sense in senses), where
        assert "|" not in "".join(senses), f"senses are separated by ' | ' in {where}"
        assert len(senses) == len(set(senses)) <= 4, f"at most 4 different senses in {where}"
        assert len(senses[0]) <= 40, f"the first sense is a short gloss in {where}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_french_is_lower_case(name: str) -> None:
    column = next(iter(HEADERS[name]))
    for number, row in entries(name):
        assert row[column] == row[column].lower(), f"{name}:{number}: {row[column]!r}"


def test_expression_kinds_and_columns() -> None:
    for number, row in entries("expressions.tsv"):
        expression, kind, head = row["expression"], row["kind"], row["head"]
        where = f"expressions.tsv:{number}: {expression!r}"
        assert kind in KINDS, where
        assert row["pos"] in EXPRESSION_POS, where
        assert row["band"] in BANDS, where
        assert len(words(expression)) >= 2, f"a phrase has two words or more: {where}"
        if kind == "split":
            assert " ... " in f" {expression} ", where
            assert not expression.startswith("...") and not expression.endswith("..."), where
        else:
            assert "..." not in expression, where
        assert bool(head) == (kind == "verbal"), f"only verbal entries have a head: {where}"
        assert (row["pos"] == "VERB") == (kind == "verbal"), f"verbal entries are VERB: {where}"
        # Every pronominal idiom lives in pronominal.tsv (SPEC.md).
        assert not (kind == "verbal" and words(expression)[0] in REFLEXIVE), where


def test_no_two_expressions_match_the_same_words() -> None:
    keys = Counter(match_key(row["expression"]) for _, row in entries("expressions.tsv"))
    assert [k for k, count in keys.items() if count > 1] == []


def test_no_duplicate_pronominal_or_governed_entries() -> None:
    verbs = Counter(row["verb"] for _, row in entries("pronominal.tsv"))
    assert [verb for verb, count in verbs.items() if count > 1] == []
    pairs = Counter((row["head"], row["preposition"]) for _, row in entries("governed.tsv"))
    assert [pair for pair, count in pairs.items() if count > 1] == []


def test_no_entry_in_two_lists() -> None:
    expressions = {match_key(row["expression"]) for _, row in entries("expressions.tsv")}
    pronominal = {match_key(row["verb"]) for _, row in entries("pronominal.tsv")}
    assert expressions & pronominal == set()


def test_entries_differing_by_a_final_preposition_differ_in_sense() -> None:
    """A final preposition is optional when matching (SPEC.md): an entry that only adds one to
    another must mean something else (se passer: happen; se passer de: do without)."""
    for name, column in (("expressions.tsv", "expression"), ("pronominal.tsv", "verb")):
        rows = [row for _, row in entries(name) if row.get("kind", "verbal") == "verbal"]
        glosses = {row[column]: row["english"].split(" | ")[0] for row in rows}
        for written, gloss in glosses.items():
            *start, last = written.split()
            shorter = " ".join(start)
            if last in PREPOSITIONS and shorter in glosses:
                assert glosses[shorter] != gloss, f"{name}: {written!r} repeats {shorter!r}"


def test_governed_pronominal_verbs_agree_with_pronominal_list() -> None:
    """A pronominal verb with its preposition in both lists shows the same first sense."""
    pronominal = {row["verb"]: row["english"] for _, row in entries("pronominal.tsv")}
    for number, row in entries("governed.tsv"):
        both = pronominal.get(f"{row['head']} {row['preposition']}")
        if both is not None:
            first = row["english"].split(" | ")[0]
            assert both.split(" | ")[0] == first, f"governed.tsv:{number}: {row['head']!r}"


@pytest.fixture(scope="module")
def known_verbs(nlp: Any) -> frozenset[str]:
    """Infinitives spaCy's French lemmatiser knows: its verb index and its exception table."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")["verb"]
    exceptions = lookups.get_table("lemma_exc")["verb"]
    return frozenset(index) | {lemma for lemmas in exceptions.values() for lemma in lemmas}


def is_verb(word: str, known_verbs: frozenset[str]) -> bool:
    """An infinitive known to spaCy's lemmatiser, or a verb (alone or with se) that the bundled
    lexicon lists as its own lemma (not a participle such as lié)."""
    if not re.search(r"(er|ir|re)$", word):
        return False
    if word in known_verbs:
        return True
    rows = [row for w in (word, f"se {word}") for _, row in bundled_lexicon().rows(w)]
    return any(row.pos == "VERB" and (not row.lemmas or word in row.lemmas) for row in rows)


def infinitive(written: str) -> str:
    """The verb of a pronominal entry or a governed head: se, s', en and y taken off."""
    rest = words(written)
    while rest and rest[0] in (*REFLEXIVE, *CLITICS):
        rest = rest[1:]
    return rest[0]


def test_verbal_heads_are_verbs_found_in_the_expression(known_verbs: frozenset[str]) -> None:
    lexicon = bundled_lexicon()
    for number, row in entries("expressions.tsv"):
        if row["kind"] != "verbal":
            continue
        head, expression = row["head"], row["expression"]
        where = f"expressions.tsv:{number}: {expression!r} head {head!r}"
        assert is_verb(head, known_verbs), f"unknown verb in {where}"
        written = [word.lower() for word in words(expression)]
        inflected = [w for w in written if w != head and head in lexicon.lemmas_of(w, "VERB")]
        assert head in written or len(inflected) == 1, f"head not in {where}"


def test_pronominal_entries_are_se_and_a_known_verb(known_verbs: frozenset[str]) -> None:
    for number, row in entries("pronominal.tsv"):
        verb = row["verb"]
        where = f"pronominal.tsv:{number}: {verb!r}"
        assert words(verb)[0] in REFLEXIVE, where
        assert is_verb(infinitive(verb), known_verbs), f"unknown verb in {where}"


def test_impersonal_heads_are_the_lemmas_the_analysis_gives() -> None:
    """il faut, il y a, il reste ...: the app's analysis lemmatises the inflected word to the
    head, so a recogniser finds them by lemma in any tense."""
    for _, row in entries("expressions.tsv"):
        if row["kind"] == "verbal" and row["head"] not in words(row["expression"]):
            analysis = analysed(f"{row['expression'].capitalize()} deux jours.")
            lemmas = [token.lemma for token in analysis.tokens]
            assert lemmas.count(row["head"]) == 1, (row["expression"], lemmas)


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Au sein du gouvernement, personne ne parle.", "au sein de"),
        ("Il est parti à cause des grèves.", "à cause de"),
        ("D’ailleurs, la mise en oeuvre a pris du retard.", "d'ailleurs"),
        ("D’ailleurs, la mise en oeuvre a pris du retard.", "mise en œuvre"),
        ("Il a travaillé jusqu'à l'aube.", "jusqu'à"),
        ("Elle l'a fait au fur et à mesure.", "au fur et à mesure"),
        ("Qu'est-ce que tu en penses ?", "qu'est-ce que"),
    ],
)
def test_entries_are_found_in_analysed_text(sentence: str, expression: str) -> None:
    """The normalised words of the analysis' tokens contain those of the entry, in a row."""
    found = match_key(" ".join(token.text for token in analysed(sentence).tokens))
    wanted = match_key(expression)
    starts = range(len(found) - len(wanted) + 1)
    assert any(found[i : i + len(wanted)] == wanted for i in starts), (found, wanted)


def test_governed_heads_and_prepositions(known_verbs: frozenset[str]) -> None:
    lexicon = bundled_lexicon()
    for number, row in entries("governed.tsv"):
        head, pos = row["head"], row["pos"]
        where = f"governed.tsv:{number}: {head!r} {row['preposition']!r}"
        assert pos in GOVERNED_POS, where
        assert row["preposition"] in PREPOSITIONS, where
        if pos == "VERB":
            assert is_verb(infinitive(head), known_verbs), f"unknown verb in {where}"
        else:
            # An adjective may be a past participle (lié à, dû à): a form of a known verb.
            participle = pos == "ADJ" and any(
                is_verb(lemma, known_verbs) for lemma in lexicon.lemmas_of(head, "VERB")
            )
            known = participle or any(r.pos == pos for _, r in lexicon.rows(head))
            assert known, f"not a known {pos}: {where}"


def test_entries_are_written_as_the_app_cuts_words(nlp: Any) -> None:
    """The words SPEC.md defines are the tokens the app's tokenizer makes of the entry."""
    written = [row["expression"] for _, row in entries("expressions.tsv")]
    written += [row["verb"] for _, row in entries("pronominal.tsv")]
    for text in written:
        for part in text.split(" ... "):
            assert [t.text for t in nlp.tokenizer(part)] == words(part), text


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("au sein du parti", "au sein de"),
        ("Au sein des partis", "au sein de"),
        ("d’ailleurs", "d'ailleurs"),
        ("à l'égard des femmes", "à l'égard de"),
        ("jusqu'à présent", "jusqu'à présent"),
        ("la mise en oeuvre", "la mise en œuvre"),
    ],
)
def test_matching_keys_follow_the_spec(text: str, expression: str) -> None:
    """Written variants of an entry reach the same normalised words, so a recogniser that
    compares keys finds the entry at the start of the text."""
    wanted = match_key(expression)
    assert match_key(text)[: len(wanted)] == wanted


@pytest.mark.parametrize(
    ("text", "expression"),
    [("à mon avis", "à son avis"), ("chez eux", "chez soi"), ("pour leur part", "pour sa part")],
)
def test_person_words_stand_for_every_person(text: str, expression: str) -> None:
    pairs = list(zip(match_key(expression), match_key(text), strict=True))
    assert all(is_same_word(entry, word) for entry, word in pairs)


def test_entries_write_the_person_as_se_son_soi() -> None:
    """Set phrases of dialogue (s'il vous plaît, mon dieu) and de nos jours aside, entries use
    the third person, so that one entry covers every person (ton is also a noun: le ton)."""
    third = {"son", "sa", "ses", "soi", "lui", "elle", "ton"}
    other_persons = (PERSONS["son"] | PERSONS["soi"]) - third
    for number, row in entries("expressions.tsv"):
        written = set(match_key(row["expression"]))
        if row["pos"] != "INTJ" and row["expression"] != "de nos jours":
            assert not written & other_persons, f"expressions.tsv:{number}: {row['expression']!r}"


def test_contractions_keep_distinct_expressions_apart() -> None:
    """au is à + le: à fond (thoroughly) and au fond (basically) stay two entries."""
    glosses = {row["expression"]: row["english"] for _, row in entries("expressions.tsv")}
    assert match_key("à fond") != match_key("au fond")
    assert glosses["à fond"].split(" | ")[0] != glosses["au fond"].split(" | ")[0]


def test_the_lists_keep_their_licence_and_spec_beside_them() -> None:
    licence = (FOLDER / "LICENSE.txt").read_text(encoding="utf-8")
    assert "GPL-3.0-or-later" in licence
    spec = (FOLDER / "SPEC.md").read_text(encoding="utf-8")
    for name, header in HEADERS.items():
        assert name in spec and all(f"`{column}`" in spec for column in header), name
    for name in HEADERS:
        first = (FOLDER / name).read_text(encoding="utf-8").split("\n", 1)[0]
        assert first.startswith("#") and "GPL-3.0-or-later" in first, name


def test_the_core_units_are_in_the_lists() -> None:
    expressions = {row["expression"]: row for _, row in entries("expressions.tsv")}
    assert [e for e in CORE_EXPRESSIONS if e not in expressions] == []
    assert all(expressions[e]["band"] == "1" for e in CORE_EXPRESSIONS)
    pronominal = {row["verb"] for _, row in entries("pronominal.tsv")}
    assert [verb for verb in CORE_PRONOMINAL if verb not in pronominal] == []
    governed = {(row["head"], row["preposition"]) for _, row in entries("governed.tsv")}
    assert [pair for pair in CORE_GOVERNED if pair not in governed] == []


def test_glosses_of_examples() -> None:
    """The glosses SPEC.md and the brief give as examples."""
    expressions = {row["expression"]: row for _, row in entries("expressions.tsv")}
    pronominal = {row["verb"]: row["english"] for _, row in entries("pronominal.tsv")}
    governed = {(r["head"], r["preposition"]): r["english"] for _, r in entries("governed.tsv")}
    assert expressions["avoir lieu"]["english"].startswith("take place | happen")
    assert (expressions["avoir lieu"]["head"], expressions["il y a"]["head"]) == ("avoir", "avoir")
    assert expressions["il faut"]["head"] == "falloir"
    assert expressions["ne ... que"]["kind"] == "split"
    assert expressions["ne ... que"]["english"].startswith("only")
    assert expressions["au sein de"]["english"].startswith("within")
    assert pronominal["se dérouler"].startswith("take place")
    assert pronominal["s'agir de"].startswith("be about | be a matter of")
    # manquer à son devoir, au rendez-vous: fail in, miss; a person missed mostly comes as a
    # dative (tu me manques: constructions.tsv, missed)
    assert governed[("manquer", "à")].startswith("fail in")
    assert governed[("convenir", "de")].startswith("agree on")
    assert governed[("jouer", "de")].startswith("play (an instrument)")


def test_spec_tells_every_kind_and_part_of_speech() -> None:
    spec = (FOLDER / "SPEC.md").read_text(encoding="utf-8")
    for value in (*KINDS, *EXPRESSION_POS):
        assert f"`{value}`" in spec, value
    used = {row["kind"] for _, row in entries("expressions.tsv")}
    assert used == KINDS
