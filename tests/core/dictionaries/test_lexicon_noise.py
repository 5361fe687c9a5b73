"""Senses the lexicon's sources give that must not lead: marked registers, English participles
of a verb's own senses, a noun's open-ended fragments (lexicon/noise.py, lexicon/senses.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.dictionaries.english import participle
from reader.core.dictionaries.lexicon.lexicon import FILES, FOLDER, Lexicon, bundled_lexicon
from reader.core.dictionaries.lexicon.noise import (
    is_fragment,
    participles,
    register,
    registers,
)
from reader.core.lookup.card import Glosser
from reader.core.paths import resources_dir
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return bundled_lexicon()


def senses(lexicon: Lexicon, lemma: str, pos: str, form: str = "") -> tuple[str, ...]:
    found = lexicon.translate(lemma, form or lemma, pos)
    assert found, f"no translation for {lemma} ({pos})"
    return found[0].senses


@pytest.mark.parametrize(
    ("sense", "label"),
    [
        ("whore", "derogatory"),
        ("fuck", "vulgar"),
        ("not to give a fuck", "vulgar"),  # a word of a phrase marks the phrase
        ("harlot", "dated"),
        ("prostitute", ""),
        ("slag heap", ""),  # slag is plain here: not on the list
        ("screw", ""),  # a plain meaning too (vis: screw): not on the list
        ("cock", ""),
        ("chink", ""),  # fente: a narrow opening
        ("prick", ""),  # piquer: to prick
    ],
)
def test_a_sense_takes_the_register_of_its_words(sense: str, label: str) -> None:
    assert register(sense) == label


def test_the_register_list_is_well_formed_and_licensed() -> None:
    labels = registers()
    assert len(labels) > 50
    assert set(labels.values()) == {"vulgar", "derogatory", "dated"}
    assert all(word.isalpha() and word.islower() for word in labels)
    licence = resources_dir() / "english" / "registers.LICENSE.txt"
    assert "GPL-3.0-or-later" in licence.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("sense", "fragment"),
    [("a bit of", True), ("because of", True), ("due to", True), ("end", False)],
)
def test_an_open_ended_sense_is_a_fragment(sense: str, fragment: bool) -> None:
    assert is_fragment(sense) is fragment
    assert not is_fragment("drawing in")  # a particle ends a noun's sense: not open


def test_a_participle_of_another_sense_is_found() -> None:
    assert participle("lose") == "lost" and participle("bury") == "buried"
    assert participles({"have", "get", "had"}) == {"had": "have", "got": "get"}
    assert participles({"bury", "inter", "have got"}) == {"buried": "bury", "interred": "inter"}
    assert participles({"set", "cut"}) == {}  # a participle spelled as its verb is the verb


def test_a_verb_loses_the_english_participles_its_sources_list(lexicon: Lexicon) -> None:
    # avoir: "have | have got | had | ..." in the sources; perdre: "lose | miss | lost"
    avoir = senses(lexicon, "avoir", "VERB", "a")
    assert avoir[0] == "have" and "had" not in avoir
    assert "lost" not in senses(lexicon, "perdre", "VERB", "perd")
    assert "buried" not in senses(lexicon, "ensevelir", "VERB", "ensevelit")
    # the adjective keeps its own: un chien perdu is lost
    assert senses(lexicon, "perdu", "ADJ")[0] == "lost"


def test_a_vulgar_or_derogatory_sense_goes_after_a_plain_one(lexicon: Lexicon) -> None:
    assert senses(lexicon, "âne", "NOUN")[0] == "donkey"  # not "ass"
    assert senses(lexicon, "baudet", "NOUN")[0] == "donkey"
    putain = senses(lexicon, "putain", "NOUN")
    assert not register(putain[0]) and "prostitute" in putain[:3]
    assert "fuck" not in senses(lexicon, "avoir", "VERB")[:4]


def test_a_vulgar_word_whose_plain_senses_are_stray_keeps_its_order(lexicon: Lexicon) -> None:
    # one source's "pervert" or "nick" is not a better first sense than the vulgar one
    assert senses(lexicon, "salaud", "NOUN")[0] == "asshole"
    assert senses(lexicon, "niquer", "VERB")[0] == "fuck"
    assert senses(lexicon, "merde", "NOUN")[0] == "shit"  # "break a leg": one source's
    assert senses(lexicon, "houe", "NOUN")[0] == "hoe"  # the tool: three sources vouch for it


def test_main_senses_still_lead() -> None:
    # vis is a screw: "screw" is not on the list, and the main senses order stands
    assert senses(bundled_lexicon(), "vis", "NOUN")[0] == "screw"


def test_the_rules_on_rows_of_one_source(tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    shutil.copytree(resources_dir() / FOLDER, folder)
    with open(folder / FILES[1], "a", encoding="utf-8") as file:
        file.write("zyxbout\tNOUN\tMasc\t\t\tW:a bit of | W:end\n")
        file.write("zyxavoir\tVERB\t\t\t\tW:had | W:have\n")
        file.write("zyxfille\tNOUN\tFem\t\t\tW:whore | W:wench | W:prostitute\n")
        file.write("zyxsalaud\tNOUN\tMasc\t\t\tW:asshole | W:pervert\n")
    copy = Lexicon(folder)
    assert senses(copy, "zyxbout", "NOUN") == ("end", "a bit of")
    assert senses(copy, "zyxavoir", "VERB") == ("have",)
    assert senses(copy, "zyxfille", "NOUN") == ("prostitute", "whore", "wench")
    assert senses(copy, "zyxsalaud", "NOUN") == ("asshole", "pervert")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Un âne gris broutait au bord du chemin.", "âne", "donkey"),
        ("Le vieux baudet portait les sacs au moulin.", "baudet", "donkey"),
        ("Elle a eu beaucoup de chance.", "eu", "have"),
    ],
)
def test_a_click_leads_with_the_plain_sense(text: str, word: str, expected: str) -> None:
    assert first_sense(Glosser(None, bundled_lexicon()), text, word) == expected
