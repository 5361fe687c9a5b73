"""The full conjugator: the Lefff's simple tenses, compound tenses with the right auxiliary,
pronominal verbs, elision, irregular and defective verbs, and finding a clicked form."""

from __future__ import annotations

import pytest

from reader.core.grammar.conjugator import (
    ConjugationError,
    conjugate,
    infinitives_of,
    layout,
    spelling,
)
from reader.core.grammar.lefff_verbs import conjugation_table, data_path, parse_table


def forms(verb: str, mood: str, name: str) -> list[str]:
    return [cell.text for cell in conjugate(verb).tense(mood, name).cells]


def test_the_shipped_table_has_every_verb_and_its_licence() -> None:
    table = conjugation_table()
    assert len(table) == 7820
    assert {"être", "avoir", "aller", "faire", "haïr", "falloir", "pacser"} <= set(table.verbs())
    folder = data_path().parent
    assert "Lesser General Public License For Linguistic Resources" in (
        folder / "lefff-verbs.LICENSE.txt"
    ).read_text(encoding="utf-8")
    source = (folder / "SOURCE.txt").read_text(encoding="utf-8")
    assert "french-verbs-lefff 3.4.0" in source and "sha256" in source


def test_the_compact_lines_give_back_stem_plus_ending() -> None:
    lines = ["=e,es,e,ons,ez,ent", "=!,ais", "parler\t4\t0", "x\t0\t1"]
    table = parse_table(lines)
    assert table.forms("parler") == ("parle", "parles", "parle", "parlons", "parlez", "parlent")
    assert table.forms("x") == (None, "ais")
    assert table.forms("absent") is None


@pytest.mark.parametrize(
    ("verb", "mood", "name", "expected"),
    [
        ("être", "Indicatif", "présent", "je suis|tu es|il/elle est|nous sommes|vous êtes"),
        ("aller", "Indicatif", "futur simple", "j'irai|tu iras|il/elle ira|nous irons"),
        ("faire", "Subjonctif", "présent", "que je fasse|que tu fasses|qu'il/elle fasse"),
        ("vouloir", "Impératif", "présent", "veuille|veuillons|veuillez"),  # the Lefff's
        ("avoir", "Indicatif", "passé simple", "j'eus|tu eus|il/elle eut|nous eûmes"),
        ("haïr", "Indicatif", "présent", "je hais|tu hais|il/elle hait|nous haïssons"),
        ("habiter", "Indicatif", "présent", "j'habite|tu habites"),
        ("manger", "Indicatif", "présent", "je mange|tu manges|il/elle mange|nous mangeons"),
        ("jeter", "Indicatif", "présent", "je jette|tu jettes|il/elle jette|nous jetons"),
    ],
)
def test_simple_tenses_of_irregular_and_spelling_change_verbs(
    verb: str, mood: str, name: str, expected: str
) -> None:
    shown = forms(verb, mood, name)
    assert shown[: len(expected.split("|"))] == expected.split("|")


def test_avoir_verbs_build_every_compound_tense_with_avoir() -> None:
    table = conjugate("prendre")
    assert table.auxiliary == "avoir"
    assert forms("prendre", "Indicatif", "passé composé")[0] == "j'ai pris"
    assert forms("prendre", "Indicatif", "plus-que-parfait")[5] == "ils/elles avaient pris"
    assert forms("prendre", "Indicatif", "passé antérieur")[2] == "il/elle eut pris"
    assert forms("prendre", "Indicatif", "futur antérieur")[3] == "nous aurons pris"
    assert forms("prendre", "Conditionnel", "passé")[4] == "vous auriez pris"
    assert forms("prendre", "Subjonctif", "passé")[0] == "que j'aie pris"
    assert forms("prendre", "Subjonctif", "plus-que-parfait")[2] == "qu'il/elle eût pris"
    assert forms("prendre", "Impératif", "passé") == ["aie pris", "ayons pris", "ayez pris"]
    assert forms("prendre", "Infinitif", "passé") == ["avoir pris"]
    assert forms("prendre", "Participe", "passé composé") == ["ayant pris"]
    assert len(table.tenses) == 21


def test_etre_verbs_agree_with_the_subject() -> None:
    table = conjugate("aller")
    assert table.auxiliary == "être"
    assert forms("aller", "Indicatif", "passé composé") == [
        "je suis allé(e)",
        "tu es allé(e)",
        "il/elle est allé(e)",
        "nous sommes allé(e)s",
        "vous êtes allé(e)(s)",
        "ils/elles sont allé(e)s",
    ]
    assert forms("naître", "Indicatif", "passé composé")[0] == "je suis né(e)"
    assert forms("mourir", "Indicatif", "passé composé")[2] == "il/elle est mort(e)"
    assert "avoir" in conjugate("sortir").note  # elle a sorti la voiture


@pytest.mark.parametrize("written", ["se lever", "Se  lever", "s’appeler", "s'appeler"])
def test_pronominal_verbs_take_etre_and_their_pronoun(written: str) -> None:
    table = conjugate(written)
    assert table.pronominal and table.auxiliary == "être"
    assert table.infinitive in ("se lever", "s'appeler")


def test_pronominal_tables() -> None:
    assert forms("se lever", "Indicatif", "passé composé") == [
        "je me suis levé(e)",
        "tu t'es levé(e)",
        "il/elle s'est levé(e)",
        "nous nous sommes levé(e)s",
        "vous vous êtes levé(e)(s)",
        "ils/elles se sont levé(e)s",
    ]
    assert forms("s'appeler", "Indicatif", "présent")[:3] == [
        "je m'appelle",
        "tu t'appelles",
        "il/elle s'appelle",
    ]
    assert forms("se lever", "Impératif", "présent") == ["lève-toi", "levons-nous", "levez-vous"]
    assert forms("se lever", "Infinitif", "passé") == ["s'être levé(e)"]
    assert forms("se hâter", "Indicatif", "présent")[0] == "je me hâte"  # h aspiré
    assert forms("s'habiller", "Indicatif", "présent")[0] == "je m'habille"
    assert forms("se prendre", "Indicatif", "passé composé")[3] == "nous nous sommes pris(es)"
    assert [t.name for t in conjugate("se lever").tenses if t.mood == "Impératif"] == ["présent"]


def test_s_en_aller_keeps_en_beside_the_reflexive_pronoun() -> None:
    table = conjugate("s’en aller")
    assert (table.infinitive, table.auxiliary, table.pronominal) == ("s'en aller", "être", True)
    assert forms("s'en aller", "Indicatif", "présent") == [
        "je m'en vais",
        "tu t'en vas",
        "il/elle s'en va",
        "nous nous en allons",
        "vous vous en allez",
        "ils/elles s'en vont",
    ]
    assert forms("s'en aller", "Indicatif", "passé composé")[0] == "je m'en suis allé(e)"
    assert forms("s'en aller", "Impératif", "présent") == [
        "va-t'en",
        "allons-nous-en",
        "allez-vous-en",
    ]
    assert forms("s'en aller", "Infinitif", "passé") == ["s'en être allé(e)"]
    found = [table.tenses[t].cells[c].text for t, c in table.find("s’en est allée")]
    assert found == ["il/elle s'en est allé(e)"]


def test_defective_verbs_show_only_the_forms_they_have() -> None:
    assert forms("falloir", "Indicatif", "présent") == ["il faut"]
    assert forms("falloir", "Indicatif", "passé composé") == ["il a fallu"]
    assert forms("pleuvoir", "Subjonctif", "présent")[0] == "qu'il/elle pleuve"
    assert all(t.mood != "Impératif" for t in conjugate("falloir").tenses)


@pytest.mark.parametrize("word", ["xyzzy", "maison", "", "   "])
def test_a_word_that_is_no_verb_is_a_clear_error(word: str) -> None:
    with pytest.raises(ConjugationError, match="not a verb in the conjugation tables"):
        conjugate(word)


@pytest.mark.parametrize(
    ("verb", "form", "morph", "expected"),
    [
        ("se rencontrer", "se sont rencontrés", None, ["ils/elles se sont rencontré(e)s"]),
        ("se lever", "ne s’est pas levée", None, ["il/elle s'est levé(e)"]),
        ("aller", "vont", None, ["ils/elles vont"]),
        ("mener", "ont été menées", None, []),  # passive: not in the active table
        (
            "manger",
            "mange",
            {"Mood": "Ind", "Tense": "Pres", "Person": "3", "Number": "Sing"},
            ["je mange", "il/elle mange"],  # the form does not tell them apart
        ),
        ("manger", "mange", None, ["je mange", "il/elle mange", "que je mange"]),
        ("se lever", "Lève-toi", None, ["lève-toi"]),
        ("aimer", "j'ai aimé", None, ["j'ai aimé"]),
    ],
)
def test_find_marks_where_a_clicked_form_sits(
    verb: str, form: str, morph: dict[str, str] | None, expected: list[str]
) -> None:
    table = conjugate(verb)
    found = [table.tenses[t].cells[c].text for t, c in table.find(form, morph)]
    assert found[: len(expected)] == expected
    if not expected:
        assert found == []


def test_infinitives_of_a_form_most_frequent_first() -> None:
    assert infinitives_of("suis") == ("être", "suivre")
    assert infinitives_of("mangeons") == ("manger",)
    assert infinitives_of("xyzzy") == ()


def test_layout_puts_each_simple_tense_beside_its_compound() -> None:
    table = conjugate("aimer")
    moods = dict(layout(table))
    names = [[table.tenses[i].name for i in row] for row in moods["Indicatif"]]
    assert names[0] == ["présent", "passé composé"]
    assert names[3] == ["futur simple", "futur antérieur"]
    assert list(moods) == [
        "Indicatif",
        "Conditionnel",
        "Subjonctif",
        "Impératif",
        "Infinitif",
        "Participe",
    ]


def test_spelling_compares_forms_as_written() -> None:
    assert spelling("N’a-t-il pas") == "a t il"
    assert spelling("s'est levée") == "se est levée"
