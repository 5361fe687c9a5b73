"""by_surroundings and by_context try their rules only on a word one of them starts from
(their module's may_apply), by_function_word only the rules that start from the word
(function_words.RULES): their answers must be those of every rule tried on every word. A
new rule whose first condition is not in may_apply, or whose words are not in RULES, fails
here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.lookup import contexts, function_words, surroundings
from reader.core.models import Analysis, Token, Translation
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
    ("Oh putain ! Il pleut encore.", "putain"),  # oath
    ("Ce putain de moteur refuse de démarrer.", "putain"),
    ("Mince alors !", "Mince"),
    ("Un Français sur trois part en vacances.", "sur"),  # out_of
    ("Son grand-père lui a appris à pêcher.", "appris"),  # with_object_pronoun
    ("On lui a volé son vélo.", "volé"),
    ("Le chaton était tout petit.", "tout"),  # tout_as_adverb
    ("Les secours sont arrivés sur place.", "arrivés"),  # arrive
    ("Le désir d'arriver y régnait en maître.", "arriver"),  # arrive: succeed after a wish
    ("Dix personnes ont été blessées, dont trois enfants.", "dont"),  # relative_dont
    ("Dix blessés. Dont trois enfants.", "Dont"),
    ("Il frappa fort à la porte.", "fort"),  # contexts: fort
    ("Une chaleur pareille à une flamme lui montait au visage.", "pareille"),  # pareil
    ("Ils partirent ensemble.", "ensemble"),  # together
    ("L'homme couché balbutia.", "couché"),  # lying
    ("Il s'en alla d'une démarche digne.", "démarche"),  # gait
    ("Le livre fut tiré à mille exemplaires.", "tiré"),  # printed
    ("Il arriva à l'heure même où elle partait.", "même"),  # function_words: meme
    ("J'en ai deux.", "en"),  # en_pronoun
    ("Il lisait en marchant.", "en"),  # gerund
    ("Il y pense souvent.", "y"),  # y_pronoun
    ("Que de fois je l'ai vu !", "Que"),  # exclamative
    ("Que fais-tu ?", "Que"),  # interrogative_que
    ("C'est le plus beau jour.", "plus"),  # superlative
    ("Il est si beau.", "si"),  # si
    ("Il est bien plus grand.", "bien"),  # degree
    ("Entrez donc !", "donc"),  # emphatic_donc
    ("Elle est gentille comme tout.", "tout"),  # comme_tout
    ("Le jour où il est venu, il pleuvait.", "où"),  # when
    ("Il travaille autant que moi.", "que"),  # comparative_que
    ("Il partit sans jamais se retourner.", "jamais"),  # ever
    ("Il partit sans personne.", "personne"),  # anyone
    ("Il vit ici depuis trois ans.", "depuis"),  # duration
    ("Et si on allait au cinéma ?", "si"),  # suggestion
    ("Il ne mange pas de viande.", "de"),  # negative_de
    ("Il boit encore un verre.", "encore"),  # another
    ("Il vient tous les deux jours.", "tous"),  # every
    ("Hélas ! plus de pain !", "plus"),  # no_more
    ("Il habite tout au bout de la rue.", "tout"),  # right_there
    ("Il travaille pour gagner sa vie.", "pour"),  # purpose
    ("Ils ont attaqué un hôtel à Kaboul.", "à"),  # place
    ("Il vient deux fois par semaine.", "par"),  # per_unit
    ("On ne sait d'où il vient.", "d'"),  # source
    ("Le festival a lieu du 12 au 15 juillet.", "au"),  # until
    ("Il boit comme un trou.", "comme"),  # likeness
    ("Il ne savait pas ce que c'était.", "ce"),  # what
    ("Il tenait la pomme dans l'une de ses mains.", "une"),  # one
    ("Et maintenant, qu'allons-nous faire ?", "qu'"),  # asking
    ("Je le sais depuis longtemps.", "le"),  # neuter_le
    ("Il cherchait quelque abri pour la nuit.", "quelque"),  # some
    ("Il prit deux pièces, les posa sur la table et sortit.", "les"),  # object_pronoun
    ("Le patron qu'il nous présenta était aimable.", "nous"),  # object_nous
    ("Ils ont écrit une lettre qui leur permettait de partir.", "leur"),  # leur_pronoun
    ("Il ouvrit la porte du salon qui n'était pas fermée.", "qui"),  # relative_which
    ("Il refusait de monter.", "de"),  # infinitive_de
    ("Au-delà, la ligne est simple jusqu'à Auch.", "Au-delà"),  # beyond
    ("Dans des circonstances aussi dramatiques, il partit.", "aussi"),  # so_adjective
    ("Il était tantôt gai ; tantôt triste.", "tantôt"),  # alternately
    ("Il aperçut un grand homme à barbe blanche.", "à"),  # with_feature
    ("Elle avait voulu qu'il s'habillât en ouvrier.", "en"),  # en_as
    ("Il joue des compositeurs comme Francisco Guerrero et Bach.", "comme"),  # named_example
    ("Les enfants me font souffrir, allez.", "allez"),  # surroundings: an aside
)
Rule = Callable[[Analysis, Token], Translation | None]
# Each prefiltered function and its rules without the prefilter.
PAIRS: tuple[tuple[Rule, Rule], ...] = (
    (surroundings.by_surroundings, surroundings.every_rule),
    (contexts.by_context, contexts.every_rule),
    (function_words.by_function_word, function_words.every_rule),
)


@pytest.mark.parametrize(("sentence", "word"), RULE_SENTENCES)
def test_each_rule_still_answers(sentence: str, word: str) -> None:
    analysis = analysed(sentence)
    found = next(t for t in analysis.tokens if t.text == word)
    answers = [(every(analysis, found), filtered(analysis, found)) for filtered, every in PAIRS]
    assert any(answer is not None for answer, _ in answers), f"nothing answers for {word!r}"
    assert all(answer == kept for answer, kept in answers)


@pytest.mark.parametrize("name", ["novel_maupassant_bel_ami.txt", "news/44321.txt"])
def test_the_prefilter_changes_no_answer(name: str) -> None:
    text = corpus_file(name).read_text(encoding="utf-8")[:30_000]
    analysis = analysed(text + "\n" + "\n".join(sentence for sentence, _ in RULE_SENTENCES))
    words = [token for token in analysis.tokens if token.is_word]
    answered = 0
    for filtered, every in PAIRS:
        expected = [every(analysis, token) for token in words]
        assert [filtered(analysis, token) for token in words] == expected, filtered.__name__
        answered += sum(answer is not None for answer in expected)
    assert answered >= len(RULE_SENTENCES)
