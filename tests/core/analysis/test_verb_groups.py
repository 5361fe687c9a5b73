"""Multi-word verb forms found and explained as one thing, on real sentences."""

from __future__ import annotations

import pytest

from reader.core.models import Analysis, VerbGroup
from tests.core.analysed import analysed, token


def group_of(analysis: Analysis, word: str) -> VerbGroup:
    group = analysis.group_of(token(analysis, word))
    assert group is not None, f"{word!r} is in no group"
    return group


def test_passive_compound_tense() -> None:
    # The sample article.
    analysis = analysed("Les consultations ont été menées dans la ville de Nanping.")
    group = group_of(analysis, "menées")
    assert group.form == "ont été menées"
    assert group.lemma == "mener"
    assert group.tense == "passé composé"
    assert group.passive
    assert "agrees with the feminine plural subject" in group.note
    # Clicking any word of the group shows the group.
    assert {t.text for t in analysis.unit_tokens(token(analysis, "ont"))} == {
        "ont",
        "été",
        "menées",
    }
    assert group_of(analysis, "été") is group


def test_active_compound_tense_with_avoir() -> None:
    analysis = analysed("La Russie et la Chine ont convenu d'une interaction entre les ministères.")
    group = group_of(analysis, "convenu")
    assert (group.form, group.lemma, group.tense, group.passive) == (
        "ont convenu",
        "convenir",
        "passé composé",
        False,
    )
    assert "3rd person plural" in group.note
    assert token(analysis, "convenu").grammar.startswith("past participle of convenir")


def test_pronominal_verb() -> None:
    # Alphonse Daudet, Le Petit Chose.
    analysis = analysed("Ils se sont rencontrés le matin, et ont passé la journée ensemble.")
    group = group_of(analysis, "rencontrés")
    assert group.lemma == "se rencontrer"
    assert group.form == "se sont rencontrés"
    assert group.tense == "passé composé"
    assert not group.passive  # être of a pronominal verb is not a passive


def test_a_ete_before_a_participle_the_parser_calls_an_adjective_is_a_passive() -> None:
    # été parsed as a copula, épuré as an adjective: still avoir + été + participle
    group = group_of(analysed("Le texte a été épuré."), "épuré")
    assert group.form == "a été épuré"
    assert group.passive
    assert group.tense == "passé composé"


def test_an_infinitive_takes_no_auxiliary() -> None:
    # aurait été d'épouser: the infinitive is être's attribute, not a conditionnel passé
    analysis = analysed("Mon rêve le plus cher aurait été d'épouser une femme comme vous.")
    assert analysis.group_of(token(analysis, "épouser")) is None


def test_etre_verbs_are_not_passive() -> None:
    group = group_of(analysed("L'homme est venu hier."), "venu")
    assert (group.tense, group.passive) == ("passé composé", False)


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Elle avait fini son travail.", "fini", "plus-que-parfait"),
        ("Nous aurions mangé plus tôt.", "mangé", "conditionnel passé"),
        ("Quand il eut fini, il partit.", "fini", "passé antérieur"),
        ("Il aura fini demain.", "fini", "futur antérieur"),
        ("Mais il avait été retenu au journal par l'affaire Morel.", "retenu", "plus-que-parfait"),
        ("L'île était habitée.", "habitée", "imparfait"),
    ],
)
def test_compound_tense_names(sentence: str, word: str, tense: str) -> None:
    assert group_of(analysed(sentence), word).tense == tense


def test_near_future_and_recent_past() -> None:
    analysis = analysed("Il ne va pas partir. Elle vient de partir.")
    near = group_of(analysis, "va")
    assert (near.lemma, near.tense, near.negation) == ("partir", "futur proche", "ne … pas (not)")
    recent = group_of(analysis, "vient")
    assert (recent.lemma, recent.tense, recent.form) == (
        "partir",
        "passé récent",
        "vient de partir",
    )


@pytest.mark.parametrize(
    ("sentence", "verb", "negation"),
    [
        (
            "Je dois dire que ma naissance ne porta pas bonheur à la maison Eyssette.",
            "porta",
            "pas",
        ),
        ("Mon pauvre abbé, que je ne devais plus revoir !", "devais", "plus"),
        (
            "La Muse, les pierrots, les cloches, je ne recevais jamais d'autres visites.",
            "recevais",
            "jamais",
        ),
        ("Je n'ai que deux euros.", "ai", "que"),
        ("Nous n'avons rien vu.", "vu", "rien"),
        ("Personne ne vient.", "vient", "personne"),
    ],
)
def test_negation(sentence: str, verb: str, negation: str) -> None:
    group = group_of(analysed(sentence), verb)
    assert group.negation is not None and group.negation.startswith(f"ne … {negation}")


def test_each_token_is_in_at_most_one_group() -> None:
    analysis = analysed(
        "Les élèves n'en finissaient plus ; la cloche était obligée de les appeler plusieurs fois. "
        "Un jour je lui ai demandé si elle avait été mariée, elle s'est mise à rire."
    )
    members = [i for group in analysis.groups for i in group.tokens]
    assert len(members) == len(set(members))
    for group in analysis.groups:
        assert all(analysis.tokens[i].group == group.id for i in group.tokens)


def test_group_lemma_uses_the_corrected_verb_lemma() -> None:
    # French Wikinews: spaCy lemmatises "suicide" as itself.
    group = group_of(analysed("Le pilote se suicide après l'accident."), "suicide")
    assert group.lemma == "se suicider"


def test_auxiliary_hung_on_another_auxiliary() -> None:
    analysis = analysed("Un centre d'accueil a également été mis en place à l'hôpital.")
    group = group_of(analysis, "mis")
    assert group.tense == "passé composé" and group.passive
    assert "a" in group.form.split()


@pytest.mark.parametrize(
    ("sentence", "word", "form", "negation"),
    [
        ("Cette région n'est pas visible.", "est", "n'est pas", "ne … pas"),  # a copula
        ("Ce n'était qu'un enfant.", "était", "n'était", "ne … que"),
        ("Il ne mange ni viande ni poisson.", "mange", "ne mange", "ne … ni … ni"),
        ("Il ne veut rien faire.", "veut", "ne veut", "ne … rien"),  # across the clause
        ("Il ne mange plus que des pommes.", "mange", "ne mange plus", "ne … plus"),  # nearest
    ],
)
def test_negation_partners(sentence: str, word: str, form: str, negation: str) -> None:
    group = group_of(analysed(sentence), word)
    assert group.form == form
    assert group.negation is not None and group.negation.startswith(negation)


def test_partners_with_a_meaning_of_their_own_keep_their_card() -> None:
    """n'était qu'un enfant, ne … ni … ni: clicking qu' or ni shows que or ni, not être."""
    analysis = analysed("Ce n'était qu'un enfant, ni riche ni pauvre.")
    assert analysis.group_of(token(analysis, "qu'")) is None
    assert token(analysis, "qu'").lemma == "que"
    neither = analysed("Il ne mange ni viande ni poisson.")
    assert neither.group_of(token(neither, "ni")) is None
    assert "negative ne … ni … ni (neither … nor)" in token(neither, "mange").grammar


def test_ne_que_is_a_restriction_not_a_negation() -> None:
    analysis = analysed("Le spectacle ne dure que deux heures.")
    group = group_of(analysis, "dure")
    assert "restriction ne … que (only), not a negation" in group.note
    assert "negative" not in group.note
    que = token(analysis, "que")
    assert analysis.group_of(que) is None  # its own card: only
    assert que.grammar == "que: part of the restriction ne … que (only), with «ne dure»"


def test_the_near_future_takes_the_infinitive_right_after_aller() -> None:
    """The model hangs falloir on aller as an adverb and partir as aller's complement."""
    analysis = analysed("Il va falloir partir très tôt.")
    group = group_of(analysis, "va")
    assert (group.form, group.lemma, group.tense) == ("va falloir", "falloir", "futur proche")
    assert analysis.group_of(token(analysis, "partir")) is None


@pytest.mark.parametrize("text", ["Allez voir ça.", "Va voir !", "J'irais voir demain."])
def test_aller_commanded_or_conditional_is_no_near_future(text: str) -> None:
    """go and see, would go and see: aller keeps its own card and note, voir its own."""
    analysis = analysed(text)
    assert analysis.groups == ()


@pytest.mark.parametrize(
    "text", ["Vous allez voir.", "Va-t-il partir ?", "Il se lève et va partir."]
)
def test_aller_with_its_subject_is_a_near_future(text: str) -> None:
    assert [group.tense for group in analysis_groups(text)][-1] == "futur proche"


def analysis_groups(text: str) -> tuple:
    return analysed(text).groups


def test_aller_with_a_passive_infinitive_is_a_near_future_passive() -> None:
    group = group_of(analysed("Le projet va être présenté demain."), "présenté")
    assert (group.form, group.lemma, group.tense) == (
        "va être présenté",
        "présenter",
        "futur proche",
    )
    assert group.passive


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Il est content de partir.", "content", "content"),
        ("La maison est grande.", "grande", "grand"),
        ("Cette région n'est pas visible.", "visible", "visible"),
    ],
)
def test_etre_with_an_adjective_is_not_a_passive(sentence: str, word: str, lemma: str) -> None:
    analysis = analysed(sentence)
    adjective = token(analysis, word)
    assert (adjective.pos, adjective.lemma) == ("ADJ", lemma)
    assert all(not group.passive for group in analysis.groups)
    assert "passive" not in adjective.grammar


def test_agreement_follows_the_subject() -> None:
    group = group_of(analysed("Ils se sont aperçus de leur erreur."), "aperçus")
    assert "masculine plural subject" in group.note
    assert "singular subject" not in group.note


@pytest.mark.parametrize(
    ("sentence", "word", "agreement"),
    [
        # endormis says masculine only; its subject says plural
        ("Les enfants se sont endormis.", "endormis", "masculine plural"),
        # coordinated subjects are plural, feminine only if each is
        ("Marie et Julie sont venues.", "venues", "feminine plural"),
        ("Pierre et Julie sont venus.", "venus", "masculine plural"),
        ("La lettre a été écrite par Paul.", "écrite", "feminine singular"),
        # on and polite vous: the participle says
        ("Madame, vous êtes venue trop tard.", "venue", "feminine singular"),
    ],
)
def test_agreement_reads_the_subjects_gender_and_number(
    sentence: str, word: str, agreement: str
) -> None:
    group = group_of(analysed(sentence), word)
    assert f"agrees with the {agreement} subject" in group.note


@pytest.mark.parametrize(
    ("text", "word", "term"),
    [
        ("Et arrive le plus tôt que tu pourras.", "arrive", "impératif"),
        ("Viens ici tout de suite !", "Viens", "impératif"),
        ("Figure-toi qu'elle a menti.", "Figure", "impératif"),  # -toi is never a subject
        ("Tais-toi donc !", "Tais", "impératif"),
        # a third-person-looking form opening an exclamation, with no subject: a command
        ("Va voir !", "Va", "impératif"),
        ("Travaille donc, Daniel !", "Travaille", "impératif"),
        ("Il travaille bien !", "travaille", "présent"),
        ("Il s'agit d'une question importante.", "agit", "présent"),
        ("Le ministre conclut son discours par un appel au calme.", "conclut", "présent"),
        # a text that narrates in the passé simple: the -it form is a passé simple too
        ("Il entra, regarda la salle et sortit sans un mot.", "sortit", "passé simple"),
        # a participle form right after je or tu, past clitics and ne: the passé simple
        ("Je pris donc possession de l'étude.", "pris", "passé simple"),
        ("Je me mis à pleurer.", "mis", "passé simple"),
        ("Tu ne compris pas ma lettre.", "compris", "passé simple"),
        # a form in -is opening the sentence before an object or adverb: the command
        ("Réfléchis bien avant de répondre !", "Réfléchis", "impératif"),
        ("Choisis celui que tu veux.", "Choisis", "impératif"),
    ],
)
def test_mood_and_tense_from_the_context(text: str, word: str, term: str) -> None:
    assert term in token(analysed(text), word).grammar


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Le parti mise sur une victoire au second tour.", "miser"),
        ("L'entreprise mise beaucoup sur ce produit.", "miser"),
        ("La somme mise sur la table était énorme.", "mettre"),
        ("Elle a été mise sur la liste.", "mettre"),
    ],
)
def test_mise_before_sur_after_its_subject_is_miser(text: str, lemma: str) -> None:
    assert token(analysed(text), "mise").lemma == lemma


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Je l'ai pris hier.", "pris"),  # its auxiliary before it
        ("Je, pris de panique, sortis en courant.", "pris"),  # an aside after the comma
        ("Il a pris le train.", "pris"),
        ("Réunis autour de la table, ils mangeaient.", "Réunis"),  # a place after it
        ("Choisis par le jury, ils ont gagné.", "Choisis"),  # a passive's agent
    ],
)
def test_a_participle_with_its_auxiliary_or_apart_stays_one(text: str, word: str) -> None:
    assert token(analysed(text), word).morph.get("VerbForm") == "Part"


def test_adjective_notes_name_its_own_masculine() -> None:
    analysis = analysed("L'armée affaiblie recule devant l'ennemi.")
    affaiblie = token(analysis, "affaiblie")
    assert affaiblie.lemma == "affaibli"
    assert "masculine singular: affaibli" in affaiblie.grammar
    assert "masculine singular: affaiblir" not in affaiblie.grammar


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("C'était un homme terrible que personne ne pouvait arrêter.", "personne"),
        ("Je ne recevais jamais d'autres visites.", "jamais"),
        ("Il ne mange que des pommes.", "que"),
    ],
)
def test_a_partner_with_a_meaning_keeps_its_lemma(sentence: str, word: str) -> None:
    """Clicking jamais or personne shows jamais or personne; the verb's note names them."""
    analysis = analysed(sentence)
    partner = token(analysis, word)
    assert analysis.group_of(partner) is None
    assert partner.lemma == word
    assert partner.grammar.startswith(f"{word}: part of the")


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # me, te, nous, vous of another subject are its objects, whatever the tagger marks.
        ("Cela ne me regarde pas.", "regarde", "regarder"),
        ("Jacques me dit tout bas de partir.", "dit", "dire"),
        ("Je t'embrasse, mon amour.", "embrasse", "embrasser"),
        ("Charles m'a raconté votre rencontre.", "raconté", "raconter"),
        # An infinitive takes the subject of the verb it completes: vous, je are not me, te.
        ("Mais vous allez me promettre le secret absolu.", "promettre", "promettre"),
        ("Je vais t'introduire chez le patron.", "introduire", "introduire"),
        ("Oh ! si j'avais pu t'épouser, toi, quel bonheur !", "épouser", "épouser"),
        ("Eh bien, vous allez me reconduire un bout de chemin ?", "reconduire", "reconduire"),
        ("Je suis venu pour me reposer.", "reposer", "se reposer"),
        ("Nous allons nous promener.", "promener", "se promener"),
        # With the subject of their own person they are reflexive, marked or not.
        ("Je me demande pourquoi.", "demande", "se demander"),
        ("Vous vous trompez.", "trompez", "se tromper"),
        ("Tu te trompes de chemin.", "trompes", "se tromper"),
        ("Alors tu t'imagines que je vais le faire ?", "imagines", "s'imaginer"),
        ("Nous nous sommes rencontrés à Lyon.", "rencontrés", "se rencontrer"),
        ("Elle se lève tôt.", "lève", "se lever"),
        # An infinitive's subject is its governing verb's, up a chain, or an imperative's.
        ("Venez me voir demain.", "voir", "voir"),
        ("Tu peux me voir demain.", "voir", "voir"),
        ("Je vais me coucher.", "coucher", "se coucher"),
        ("Tu dois te reposer.", "reposer", "se reposer"),
        # A full verb between the pronoun and the participle takes the pronoun.
        ("Il se sentait enfermé dans sa chambre.", "enfermé", "enfermer"),
        ("Il s'est assis près de moi.", "assis", "s'asseoir"),
    ],
)
def test_a_reflexive_pronoun_has_the_subject_of_its_person(
    sentence: str, word: str, lemma: str
) -> None:
    analysis = analysed(sentence)
    group = analysis.group_of(token(analysis, word))
    assert (group.lemma if group else token(analysis, word).lemma) == lemma


def test_me_beside_a_direct_object_stays_the_indirect_one() -> None:
    # The parse makes me the indirect object (I would never have believed I had so much
    # vigour): croire, not se croire.
    analysis = analysed("Je ne me serais jamais cru tant de vigueur.")
    assert group_of(analysis, "cru").lemma == "croire"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # A part of the body as the object: the reflexive pronoun says whose.
        ("Saint-Potin se frotta les mains.", "frotta", "frotter"),
        ("Il se sourit, se tendit la main, fit des gestes.", "tendit", "tendre"),
        ("S'il pouvait se casser une jambe !", "casser", "casser"),
        # Not a part standing alone after a comma, nor one with no determiner.
        ("Il se trouva nez à nez avec son père.", "trouva", "se trouver"),
        ("Il se tournait vers nous, les bras ouverts.", "tournait", "se tourner"),
        (
            "Elle se tenait debout devant lui, souriante, l'œil plein de gaieté.",
            "tenait",
            "se tenir",
        ),
    ],
)
def test_a_verb_acting_on_the_body_keeps_its_own_lemma(
    sentence: str, word: str, lemma: str
) -> None:
    assert group_of(analysed(sentence), word).lemma == lemma


def test_aller_in_the_subjunctive_is_no_near_future() -> None:
    # qu'on aille chercher des verres: go and fetch (Le Petit Chose)
    analysis = analysed("Holà ! maître Peyrol, qu'on aille chercher des verres.")
    group = analysis.group_of(token(analysis, "aille"))
    assert group is None or group.tense != "futur proche"
