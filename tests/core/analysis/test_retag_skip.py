"""retag passes over the words no retagging rule can change (retagging._may_change), and tries
on the others only the rules whose parts of speech and trigger words they have
(retagging.CHAIN): the analysis must be the same as trying every rule on every word. A new
rule whose first test is not among _may_change's conditions, or whose declared parts of speech
or words miss a word it fires on, fails here."""

from __future__ import annotations

import pytest

from reader.core.analysis.analyser import analyse
from reader.core.analysis.corrections import retagging
from reader.core.analysis.corrections.chain import rules
from reader.core.analysis.corrections.rule_switches import rules_disabled
from reader.core.analysis.readings import forget_readings
from tests.corpus import corpus_file

# One sentence for each kind of context the rules look at first.
SENTENCES = (
    "A-t-il compris ? dit-il. Allez-vous-en !",
    "En grandissant, il partit. Puis, le regardant, elle sourit. On se mouche.",
    "Il avait envie de partir ; ils se sont félicités. Il ne faut point se déranger.",
    "« Tiens, Forestier ! » « … », note le communiqué. Il entre dans la salle.",
    "Plus il lit, moins il comprend. Je ne pus répondre ; je le compris enfin.",
    "Elle regarde sa montre. Il est mort hier ; elle est entrée.",
    "High-tech : annonce de la console. Les élèves ricanèrent, nous accourûmes.",
    "La commune compte 500 habitants. L'église date du XIIe siècle.",
    "Le chat le capture. Sa mère les garde. Jean le boulanger vient.",
    "Il la ferme. Personne ne les aide. Il la regarde. Elle chante et danse.",
    "Attends une seconde. Il lit le Monde. Issue d'une famille du Midi, elle chante.",
    "Oh ! Bah, hélas. Moi, je te le jure : tu es fou. Rien de plus ; il n'a vu personne.",
    "L'activité principale est celle à laquelle la personne consacre le plus de temps.",
)


def _analysed(text: str) -> object:
    forget_readings()  # each reading made afresh, not answered from the other run
    return analyse(text)


@pytest.mark.parametrize("name", ["novel_daudet_petit_chose.txt", "news/44321.txt"])
def test_skipping_words_no_rule_can_change_changes_nothing(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = corpus_file(name).read_text(encoding="utf-8")[:30_000] + "\n" + "\n".join(SENTENCES)
    skipping = _analysed(text)
    monkeypatch.setattr(retagging, "_may_change", lambda values, before, after: True)
    assert _analysed(text) == skipping


@pytest.mark.parametrize("name", ["novel_maupassant_bel_ami.txt", "news/44290.txt"])
def test_trying_only_the_rules_a_word_may_fit_changes_nothing(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = corpus_file(name).read_text(encoding="utf-8")[:30_000] + "\n" + "\n".join(SENTENCES)
    indexed = _analysed(text)
    monkeypatch.setattr(retagging, "_DISPATCHES", {})  # no rule lists made by the index
    monkeypatch.setattr(retagging, "_rules_for", lambda key, active: active)
    monkeypatch.setattr(retagging, "_may_change", lambda values, before, after: True)
    assert _analysed(text) == indexed


@pytest.mark.parametrize(
    "off", [{"subject-name"}, {"subject-clitic", "article-pronoun"}, {"interjection", "gerund"}]
)
def test_the_index_follows_the_rule_switches(
    off: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # scripts/evaluate_ud.py switches rules off: each set of switches has its own rule lists
    text = "\n".join(SENTENCES)
    with rules_disabled(off):
        indexed = _analysed(text)
        monkeypatch.setattr(retagging, "_DISPATCHES", {})
        monkeypatch.setattr(retagging, "_rules_for", lambda key, active: active)
        assert _analysed(text) == indexed
    assert all(rule.switch not in off for rule in retagging._dispatch(frozenset(off)).active)


def test_a_word_tries_only_the_rules_of_its_part_of_speech_form_and_shape() -> None:
    active = retagging._dispatch(frozenset()).active

    def fired(pos: str, word: str, shape: int = 0) -> list[object]:
        return [rule.fire for rule in retagging._rules_for((pos, word, shape), active)]

    clitic = retagging.AFTER_CLITIC
    assert rules.try_article_pronoun in fired("DET", "le", clitic)  # il la ferme
    assert rules.try_article_pronoun not in fired("DET", "le")  # no clitic before it
    assert rules.try_copula_participle not in fired("DET", "le", clitic)
    assert rules.try_copula_participle in fired("NOUN", "")
    assert rules.try_after_clitic in fired("NOUN", "", clitic)  # on se mouche
    assert rules.try_after_clitic not in fired("NOUN", "")
    assert rules.try_imperative in fired("NOUN", "", retagging.CAPITAL)  # Tiens,
    assert len(fired("NOUN", "")) < len(active) / 3
    # a tag outside Universal Dependencies' tries them all
    assert retagging._rules_for(("", "le", 0), active) == active


def test_common_words_and_punctuation_are_passed_over() -> None:
    le = {"text": "le", "pos": "DET"}
    comma = {"text": ",", "pos": "PUNCT"}
    assert not retagging._may_change(le, comma, {"text": "chat", "pos": "NOUN"})
    assert not retagging._may_change(comma, {"text": "et", "pos": "CCONJ"}, None)
    # ...but not a word after a subject clitic, ne, or before a hyphenated pronoun.
    assert retagging._may_change({"text": "entre", "pos": "ADP"}, {"text": "il"}, None)
    assert retagging._may_change({"text": "pas", "pos": "ADV"}, {"text": "n’"}, None)
    assert retagging._may_change({"text": "dit", "pos": "AUX"}, None, {"text": "-il"})
    assert retagging._may_change({"text": "durant", "pos": "ADP"}, None, None)  # en + -ant
