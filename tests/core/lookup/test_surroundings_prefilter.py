"""by_surroundings tries its rules only on a word one of them starts from
(surroundings.may_apply): its answers must be those of every rule tried on every word. A new
rule whose first condition is not in may_apply fails here."""

from __future__ import annotations

import pytest

from reader.core.lookup.surroundings import by_surroundings, every_rule
from tests.core.analysed import analysed
from tests.corpus import corpus_file

# One sentence or more for each rule, each with the word it gives a sense to.
RULE_SENTENCES = (
    ("C'était la seule bonne idée de la soirée.", "seule"),  # by_position
    ("Une vingtaine de manifestants ont été arrêtés.", "vingtaine"),  # approximate_number
    ("Des centaines de personnes sont venues.", "centaines"),
    ("Le séisme a fait au moins trente morts.", "fait"),  # casualties
    ("Ils avaient de quoi vivre pendant un an.", "quoi"),  # enough_to
    ("« Tiens, te voilà enfin ! » dit-elle.", "Tiens"),  # discourse_imperative
    ("Seulement, il faudra payer d'avance.", "Seulement"),
    ("Un Français sur trois part en vacances.", "sur"),  # out_of
    ("Son grand-père lui a appris à pêcher.", "appris"),  # with_object_pronoun
    ("On lui a volé son vélo.", "volé"),
    ("Le chaton était tout petit.", "tout"),  # tout_as_adverb
    ("Les secours sont arrivés sur place.", "arrivés"),  # arrive
)


@pytest.mark.parametrize(("sentence", "word"), RULE_SENTENCES)
def test_each_rule_still_answers(sentence: str, word: str) -> None:
    analysis = analysed(sentence)
    found = next(t for t in analysis.tokens if t.text == word)
    answer = every_rule(analysis, found)
    assert answer is not None, f"no rule answers for {word!r}: the sentence tests nothing"
    assert by_surroundings(analysis, found) == answer


@pytest.mark.parametrize("name", ["novel_maupassant_bel_ami.txt", "news/44321.txt"])
def test_the_prefilter_changes_no_answer(name: str) -> None:
    text = corpus_file(name).read_text(encoding="utf-8")[:30_000]
    analysis = analysed(text + "\n" + "\n".join(sentence for sentence, _ in RULE_SENTENCES))
    words = [token for token in analysis.tokens if token.is_word]
    expected = [every_rule(analysis, token) for token in words]
    assert [by_surroundings(analysis, token) for token in words] == expected
    assert sum(answer is not None for answer in expected) >= len(RULE_SENTENCES)
