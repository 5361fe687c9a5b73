"""Expressions as units: the phrase lists' and the lexicon's multi-word entries found in the
parsed text (resources/phrases/SPEC.md), contiguous and split, with the real model."""

from __future__ import annotations

import pytest

from reader.core.models import Analysis
from tests.core.analysed import analysed, token


def found(analysis: Analysis) -> dict[str, str]:
    """Each expression's lemma -> its form as written."""
    return {expression.lemma: expression.form for expression in analysis.expressions}


@pytest.mark.parametrize(
    ("text", "lemma", "form"),
    [
        ("La réunion a eu lieu hier.", "avoir lieu", "a eu lieu"),
        ("Il travaille au sein de l'entreprise.", "au sein de", "au sein de"),
        ("Tout à coup, la porte s'ouvre.", "tout à coup", "Tout à coup"),
        (
            "Grâce à lui, nous avançons au fur et à mesure.",
            "au fur et à mesure",
            "au fur et à mesure",
        ),
        ("Grâce à lui, nous avançons.", "grâce à", "Grâce à"),
        ("Face à la crise, il reste calme.", "face à", "Face à"),
        ("Elle lit ainsi que son frère.", "ainsi que", "ainsi que"),
        ("Par la suite, elle quitta la ville.", "par la suite", "Par la suite"),
        ("Il perdit du même coup son emploi.", "du même coup", "du même coup"),
        ("Elle lui parlait à mi-voix.", "à mi-voix", "à mi-voix"),
        ("Le stade était plein de monde.", "plein de monde", "plein de monde"),
        ("La rue est pleine de monde.", "plein de monde", "pleine de monde"),
        ("Le projet coûtera au bas mot dix millions.", "au bas mot", "au bas mot"),
        ("Il est venu à titre personnel.", "à titre personnel", "à titre personnel"),
        ("Nom d'un chien, quelle pluie !", "nom d'un chien", "Nom d'un chien"),
        ("Malgré son âge, il portait beau.", "porter beau", "portait beau"),
        ("Quel dommage que tu partes !", "quel dommage", "Quel dommage"),
        (
            "Elle travaille pour une chaîne de télévision.",
            "chaîne de télévision",
            "chaîne de télévision",
        ),
        ("Les chaînes de radio en parlent.", "chaîne de radio", "chaînes de radio"),
        ("Il s'arrêta net au milieu du pont.", "s'arrêter net", "s'arrêta net"),
        ("Le prisonnier s'est donné la mort.", "se donner la mort", "s'est donné la mort"),
        ("Des enfants meurent de faim.", "mourir de faim", "meurent de faim"),
        ("Elle a retrouvé son amie de toujours.", "de toujours", "de toujours"),
        (
            "Il l'a vue pour la première fois hier.",
            "pour la première fois",
            "pour la première fois",
        ),
        ("Le gouvernement a eu recours à l'armée.", "avoir recours à", "a eu recours à"),
        # a compound noun's plural, whatever lemma the tagger gave its adjective
        ("Il attendait sous des portes cochères.", "porte cochère", "portes cochères"),
        ("Il voulait partir. Mais voilà, il n'avait plus d'argent.", "mais voilà", "Mais voilà"),
    ],
)
def test_contiguous_expressions(text: str, lemma: str, form: str) -> None:
    assert found(analysed(text))[lemma] == form


def test_split_expressions_keep_the_words_between_out() -> None:
    analysis = analysed("Elle a mis fortement l'accent sur la santé.")
    [expression] = [e for e in analysis.expressions if e.lemma == "mettre l'accent sur"]
    assert expression.form == "a mis … l'accent sur"
    fortement = token(analysis, "fortement")
    assert fortement.index not in expression.unit
    assert analysis.expression_of(fortement) is None
    # The auxiliary belongs to the unit with the verb (a click on it selects the expression).
    assert analysis.expression_of(token(analysis, "a")) == expression


def test_pronominal_verb_and_negation_split_by_other_words() -> None:
    analysis = analysed("Il s'est rendu compte qu'il ne mange que des pommes.")
    assert found(analysis) == {
        "se rendre compte": "s'est rendu compte",
        "ne ... que": "ne … que",
    }
    assert analysis.expression_of(token(analysis, "mange")) is None


def test_verbal_idiom_with_a_governed_preposition() -> None:
    analysis = analysed("Cette ville fait partie de la région. Il s'agit de son frère.")
    assert found(analysis) == {"faire partie de": "fait partie de", "il s'agit de": "Il s'agit de"}


def test_unit_tokens_select_the_whole_expression() -> None:
    analysis = analysed("Il travaille au sein de l'entreprise.")
    unit = analysis.unit_tokens(token(analysis, "sein"))
    assert [t.text for t in unit] == ["au", "sein", "de"]


def test_a_governed_preposition_is_not_a_unit() -> None:
    """convenir de chooses convenir's sense, but each word stays a word of its own."""
    analysis = analysed("Ils ont convenu de partir.")
    convenu = token(analysis, "convenu")
    assert analysis.expression_of(convenu) is None
    governing = analysis.governing(convenu)
    assert governing is not None and governing.lemma == "convenir de"
    assert [t.text for t in analysis.unit_tokens(token(analysis, "de"))] == ["de"]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # au, aux bring à to a head whose senses take a noun
        ("Ce château appartient au roi depuis longtemps.", "appartient", "appartenir à"),
        ("Le poste revient au conservateur Dimitris.", "revient", "revenir à"),
        ("Elle parle aux enfants du quartier.", "parle", "parler à"),
        ("Il est au bureau depuis ce matin.", "est", "être à"),  # be at
        # not to one whose senses want an infinitive (commencer à: begin to)
        ("Le festival commence au mois de mai.", "commence", None),
    ],
)
def test_au_after_a_governing_head(text: str, word: str, lemma: str | None) -> None:
    analysis = analysed(text)
    governing = analysis.governing(token(analysis, word))
    assert (governing.lemma if governing is not None else None) == lemma


def test_literal_words_make_no_expression() -> None:
    """The words of an expression in another construction are read literally."""
    analysis = analysed("Le lieu de la réunion a changé. Il a donné un coup à tout le monde.")
    lemmas = set(found(analysis))
    assert "avoir lieu" not in lemmas and "tout à coup" not in lemmas


@pytest.mark.parametrize(
    ("text", "lemma", "form"),
    [
        ("Un homme que personne ne pouvait arrêter.", "ne ... personne", "personne ne"),
        ("Rien ne change.", "ne ... rien", "Rien ne"),
        ("Aucune femme n'est venue.", "ne ... aucun", "Aucune … n'"),
    ],
)
def test_a_negative_subject_before_its_ne(text: str, lemma: str, form: str) -> None:
    assert found(analysed(text))[lemma] == form


def test_the_noun_personne_is_no_negation() -> None:
    assert "ne ... personne" not in found(analysed("Une personne ne sait pas."))


def test_governing_expression_of_every_token_in_a_long_text() -> None:
    # The index behind Analysis.governing must answer as a scan of every expression does
    # (the scan, per token, made a whole-text gloss quadratic).
    text = (
        "Ils ont convenu d'une coopération. Je compte sur toi et je pense à elle. "
        "Le débat a porté sur la réforme, puis il a renoncé à son projet. "
    ) * 5
    analysis = analysed(text)
    governed = [e for e in analysis.expressions if e.source == "governed"]
    assert len(governed) >= 10

    def scanned(index: int) -> object:
        for expression in governed:
            is_head = index not in expression.tokens or index == expression.head
            if index in expression.unit and is_head:
                return expression
        return None

    for tok in analysis.tokens:
        assert analysis.governing(tok) == scanned(tok.index)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # s' before il is the elided si, not a reflexive
        ("Je me demande s'il les aime encore.", "s'aimer"),
        ("S'il parle trop, on le fera taire.", "se parler"),
        # me, te with another subject are objects: tu me fais peur is faire peur
        ("Arrête, tu me fais peur.", "se faire"),
        ("Tu me fais peur.", "se faire"),
        ("Jacques me dit de partir.", "se dire"),
        ("« Viens », me dit-il.", "se dire"),
        ("Vous nous trompez.", "se tromper"),
        # en avoir, en être alone are no idiom without their preposition
        ("Il en avait le cœur serré.", "en avoir pour"),
        ("Sa joie n'en fut pas moins grande.", "en être à"),
        # être + adjective is a copula: être bon à needs its à
        ("Elle essaie d'être toujours bonne avec lui.", "être bon à"),
        # lui before its verb is a clitic, not the stressed pronoun of en soi
        ("Elle partit en lui disant adieu.", "en soi"),
        # the si of a condition, the que of a relative
        ("Si on lui demandait ce que c'était, il riait.", "si ... que"),
        # que starting a clause after ne ... pas is no "not only"
        ("Je ne veux pas que tu partes.", "ne ... pas que"),
        ("Ce n'est pas qu'il soit méchant.", "ne ... pas que"),
        ("Je ne crois pas que ce médecin soit méchant.", "ne ... pas que"),
        # de plus after a word is "more", not the connector "moreover"
        ("Il ne voulait rien de plus.", "de plus"),
        ("Il avait deux ans de plus que moi.", "de plus"),
        # de before a manner (d'un ton sec) is no governed de
        ("Il parla d'un ton sec à son frère.", "parler de"),
        ("Elle répondit d'une voix douce.", "répondre de"),
        # dire de + a noun phrase is no "tell to"
        ("Il dit d'une voix basse : « Viens. »", "dire de"),
        # me before an infinitive with another person's subject is no reflexive
        ("Vous ne vouliez pas me donner la boîte.", "se donner"),
        # a number before its noun: à deux heures is no à deux (together)
        ("Attends-moi à deux heures.", "à deux"),
        ("À neuf heures, il attendait.", "à neuf"),
        # la fermer (shut up) only with la itself
        ("Les as-tu fermés ?", "la fermer"),
        # plus ... plus opens its clauses: two comparisons are no "the more ... the more"
        ("Ils ont volé plus de mille euros pour plus de cent comptes.", "plus ... plus"),
        # en lui is "in him", not en soi (in itself)
        ("Une colère s'éveillait en lui.", "en soi"),
    ],
)
def test_look_alikes_are_no_expression(text: str, wrong: str) -> None:
    assert wrong not in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Je me fais du souci pour elle.", "se faire du souci"),
        ("Nous nous sommes arrêtés au bord de la route.", "s'arrêter"),
        ("J'en ai pour cinq minutes.", "en avoir pour"),
        ("Cette idée n'est pas mauvaise en soi.", "en soi"),
        ("Le fleuve était si large qu'on voyait à peine ses rives.", "si ... que"),
        ("Il n'y a pas que lui dans la salle.", "ne ... pas que"),
        ("Il s'en va demain.", "s'en aller"),
        # a reflexive the parse missed, after the subject of its person
        ("Tu te trompes de porte.", "se tromper de"),
        ("Vous vous trompez souvent.", "se tromper"),
        ("De plus, il pleuvait.", "de plus"),
        ("Plus il mange, plus il grossit.", "plus ... plus"),
        ("Il supprimera des postes d'ici à 2014.", "d'ici à"),
        ("Il s'est donné pour objectif de réviser le texte.", "se donner pour objectif"),
        ("Vous la fermez, maintenant !", "la fermer"),
        ("Ils vivent à deux depuis un an.", "à deux"),
        ("Il frissonna des pieds à la tête.", "des pieds à la tête"),
        ("Il y a plein de gens dans la rue.", "plein de"),
        ("Il m'a dit de partir.", "dire de"),
        ("Il était tard et, de plus, il pleuvait.", "de plus"),
        ("Il se remit en route le lendemain.", "se remettre en route"),
    ],
)
def test_the_constructions_themselves_are_still_found(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


def test_a_capital_a_without_its_accent_is_the_preposition() -> None:
    assert "à tout à l'heure" in found(analysed("A tout à l'heure, Jacques !"))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the lexicon's à toi ("yours"), à personne ("no-one's") are a preposition's object
        ("Gare à toi, petit.", "à toi"),
        ("Il est parti sans rien dire à personne.", "à personne"),
        # the lexicon's être + one adjective is a copula (être joyeux: "enjoy")
        ("J'étais très joyeux ce jour-là.", "être joyeux"),
        # the lexicon's faire jouer ("action"), faire tourner ("pass round"): causatives
        ("Le conteur a fait jouer les enfants.", "faire jouer"),
        ("Il fit tourner le moteur.", "faire tourner"),
        # a superlative before homme du monde: in the world, not of society
        ("C'est le meilleur homme du monde.", "homme du monde"),
        ("C'était la plus belle femme du monde.", "femme du monde"),
        # à la campagne before what names a campaign
        ("Il a participé à la campagne électorale.", "à la campagne"),
        ("Il a participé à la campagne de vaccination.", "à la campagne"),
        # à le, de les written apart: a preposition and an object pronoun, never au, des
        ("Marie ne s'attendait pas à le revoir si tôt.", "au revoir"),
        ("Je me garde bien de les communiquer.", "bien des"),
        ("Vous feriez bien de le prévenir.", "bien du"),
    ],
)
def test_lexicon_headwords_read_as_words(text: str, wrong: str) -> None:
    assert wrong not in found(analysed(text))


def test_the_lexicons_other_faire_idioms_are_still_found() -> None:
    assert "faire tomber" in found(analysed("Il a fait tomber son verre."))


def test_a_la_campagne_is_the_country() -> None:
    assert "à la campagne" in found(analysed("Ils ont passé une journée à la campagne."))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # frequent fixed expressions the matcher used to miss (the sixth pass's n-gram review)
        ("Il me semble que tu as raison.", "il semble que"),
        ("Il poussa un cri terrible.", "pousser un cri"),
        ("Elle leva la tête vers lui.", "lever la tête"),
        ("Il lui tendit la main.", "tendre la main"),
        ("Tout en marchant, il parlait.", "tout en"),
        ("C'était une sorte de rêve.", "une sorte de"),
        ("Il répondit d'un air triste.", "d'un air"),
        ("Une bête à bon Dieu s'envola.", "bête à bon dieu"),
        ("Il parlait tout bas à son voisin.", "tout bas"),
        ("Il gagne mille francs par mois.", "par mois"),
        ("D'un bond, il fut dehors.", "d'un bond"),
    ],
)
def test_frequent_fixed_expressions_are_found(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # plein de after a noun or être is the adjective (full of), not "lots of"
        ("Le verre plein de bière était devant lui.", "governed"),
        ("Le gymnase est plein d'une ombre froide.", "governed"),
        ("Il y a plein de gens dans la rue.", "expressions"),
    ],
)
def test_plein_de_as_a_quantity_only_where_a_determiner_stands(text: str, source: str) -> None:
    sources = {e.source for e in analysed(text).expressions if e.lemma == "plein de"}
    assert sources == {source}


@pytest.mark.parametrize(
    ("text", "lemma", "form"),
    [
        ("Figurez-vous qu'il est parti.", "se figurer", "Figurez-vous"),
        ("Figure-toi qu'elle a menti.", "se figurer", "Figure-toi"),
        ("Tais-toi donc !", "se taire", "Tais-toi"),
        ("Allons, dépêchons-nous, il est tard.", "se dépêcher", "dépêchons-nous"),
        ("Rends-toi compte !", "se rendre compte", "Rends-toi compte"),
    ],
)
def test_the_reflexive_pronoun_after_an_imperative(text: str, lemma: str, form: str) -> None:
    assert found(analysed(text)).get(lemma) == form


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Trouvez-vous une place ?", "se trouver"),  # a question: vous is the subject
        ("Allons-nous partir ?", "s'en aller"),
        ("Il est parti, voyez-vous, sans rien dire.", "se voir"),  # an aside: you see
        ("Excusez-nous.", "s'excuser"),  # nous after a vous imperative is its object
    ],
)
def test_a_pronoun_after_a_verb_that_is_no_reflexive(text: str, wrong: str) -> None:
    assert wrong not in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # the ninth pass's sample of corpus matches: a longer or adverbial reading wins
        ("D'un bout de la maison à l'autre on criait.", "un bout de", "d'un bout ... à l'autre"),
        ("Il se trompa d'abord de direction.", "", "d'abord"),
        ("Il fit un tel effort en avant qu'il tomba.", "avant que", "en avant"),
        ("Il tenait compte d'ailleurs de tout.", "", "d'ailleurs"),
    ],
)
def test_a_false_match_yields_to_the_right_phrase(text: str, wrong: str, right: str) -> None:
    lemmas = found(analysed(text))
    assert right in lemmas
    assert wrong not in lemmas


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Il y fit figurer son nom pour cent francs par an.", "pour cent"),  # a count
        ("Et plein de cette effroyable pensée, il pleurait.", "plein de"),  # full of
        ("Maintenant que te voilà lavé et que j'ai mangé, partons.", "voilà ... que"),
        ("Ce prix est égal à celui d'hier, c'est égal à dix francs.", "c'est égal"),
        ("Aimes-tu le bon Dieu ?", "bon dieu"),  # God
        ("LA BETE À BON DIEU", "bon dieu"),  # a heading: the ladybird, unaccented
        ("Il n'y avait rien de nouveau dans la ville.", "de nouveau"),  # nothing new
        ("Elle apprit quelque chose de nouveau.", "de nouveau"),
    ],
)
def test_look_alikes_of_ninth_pass_entries(text: str, wrong: str) -> None:
    expressions = analysed(text).expressions
    assert not [e for e in expressions if e.lemma == wrong and e.source == "expressions"]


def test_the_final_preposition_after_a_fixed_phrase_is_the_idioms() -> None:
    analysis = analysed("Il tenait compte d'ailleurs de tout.")
    idiom = next(e for e in analysis.expressions if e.lemma == "tenir compte de")
    assert [analysis.tokens[i].text for i in idiom.tokens] == ["tenait", "compte", "de"]
    assert analysis.tokens[idiom.tokens[-1]].index == 5  # the de before tout


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # the phrase after the preposition is its object: the idiom keeps it
        ("Comment me tirer d'ici ?", "se tirer de"),
        ("Il ne fut plus question de rien.", "il est question de"),
        ("Il saluait jusqu'à terre.", "jusqu'à"),
    ],
)
def test_a_preposition_kept_before_its_object(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # frequent in the test texts and read word by word before (the ninth pass's n-grams)
        ("Un quart d'heure après, il partit.", "quart d'heure"),
        ("Pour le quart d'heure, il dormait.", "pour le quart d'heure"),
        ("Il lisait tout haut sa lettre.", "tout haut"),
        ("Il s'éloigna à grands pas.", "à grands pas"),
        ("En un tour de main, le couvert fut mis.", "en un tour de main"),
        ("Ah ! bon Dieu, que c'est beau !", "bon dieu"),
        ("C'est égal, je partirai demain.", "c'est égal"),
        ("Il se mit de nouveau à pleuvoir.", "de nouveau"),
        ("Le maître d'armes entra.", "maître d'armes"),
        ("Elle le serrait dans ses bras.", "serrer dans ses bras"),
        ("Il fit venir le médecin.", "faire venir"),
        ("Elle se mit à genoux devant lui.", "se mettre à genoux"),
        ("Il attendit deux ou trois jours.", "deux ou trois"),
        ("Il y a beau temps qu'il est parti.", "il y a beau temps"),
    ],
)
def test_ninth_pass_expressions_are_found(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # round 13: frequent locutions, light-verb idioms and impersonal constructions
        ("Il avait semé des livres par-ci par-là.", "par-ci par-là"),
        ("En désespoir de cause, elle appela son frère.", "en désespoir de cause"),
        ("Elle a agi sous le coup de la colère.", "sous le coup de"),
        ("Le suspect a été placé en garde à vue.", "en garde à vue"),
        ("C'était un homme du monde, élégant et poli.", "homme du monde"),
        ("La ville est à court de vivres.", "être à court de"),
        ("L'usine a été mise en service en 2010.", "mettre en service"),
        ("Il jeta un regard inquiet vers la porte.", "jeter un regard"),
        ("Elle a éclaté en sanglots.", "éclater en sanglots"),
        ("Ils se sont frayé un chemin dans la foule.", "se frayer un chemin"),
        ("Il s'est tiré d'affaire tout seul.", "se tirer d'affaire"),
        ("Il convient de rappeler les faits.", "il convient de"),
        ("Il y a lieu de s'inquiéter.", "il y a lieu de"),
        ("Force est de constater que rien n'a changé.", "force est de"),
        ("Les négociations sont au point mort.", "au point mort"),
        ("La ville a été le théâtre d'affrontements.", "être le théâtre de"),
        ("Il n'en reste pas moins que le bilan est lourd.", "il n'en reste pas moins que"),
        ("Il reste que la question n'est pas réglée.", "il reste que"),
    ],
)
def test_round_13_expressions_are_found(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # the que of ne ... que is no idiom's que; a pas before it completes the ne
        ("Il ne reste que deux jours.", "il reste que", "ne ... que"),
        ("Il ne reste plus que trois places.", "il reste que", "ne ... plus que"),
        ("Il ne semble pas que ce soit vrai.", "ne ... que", "il semble que"),
    ],
)
def test_a_ne_before_the_verb_keeps_its_que(text: str, wrong: str, right: str) -> None:
    expressions = found(analysed(text))
    assert wrong not in expressions
    assert right in expressions


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # a negative imperative has no subject: its te, nous or vous is the reflexive
        ("Ne t'inquiète pas.", "s'inquiéter"),
        ("Ne vous en faites pas pour moi.", "s'en faire"),
        ("Et ne te fâche pas !", "se fâcher"),
        ("Ne nous plaignons pas.", "se plaindre"),
        # nor has a question its subject before the verb
        ("Te souviens-tu de lui ?", "se souvenir de"),
        ("Vous êtes-vous trompé ?", "se tromper"),
        # and an affirmative imperative's pronoun and en follow it
        ("Va-t'en !", "s'en aller"),
        ("Allez-vous-en !", "s'en aller"),
    ],
)
def test_the_reflexive_of_an_imperative_or_question(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Il ne vous dérange pas.", "se déranger"),  # a subject: vous is the object
        ("Ne me dérange pas.", "se déranger"),  # me is never an imperative's reflexive
        ("Me prends-tu pour un idiot ?", "se prendre pour"),  # me with tu is an object
    ],
)
def test_an_object_pronoun_after_ne_is_no_reflexive(text: str, wrong: str) -> None:
    assert wrong not in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        # a participle with its preposition and an infinitive, never a place (à l'hôpital)
        ("Il a été amené à démissionner.", "amené à", True),
        ("Il a été amené à l'hôpital.", "amené à", False),
        ("L'employeur est tenu de payer les heures.", "tenu de", True),
        ("Il est appelé à jouer un grand rôle.", "appelé à", True),
        ("Il a été appelé à la barre.", "appelé à", False),
        ("Au final, tout s'est bien passé.", "au final", True),
        ("La chanson passe en boucle à la radio.", "en boucle", True),
    ],
)
def test_round_13_news_phrases(text: str, lemma: str, present: bool) -> None:
    assert (lemma in found(analysed(text))) is present


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        # an impersonal idiom lacking its preposition is no passive's (it was agreed)
        ("Il conviendra d'éviter un procès.", "il convient de", True),
        ("Il a été convenu que le prix baisserait.", "il convient de", False),
        ("Il fut convenu que nous partirions.", "il convient de", False),
        # a participle wanting an infinitive has one (amené à Lyon is a place)
        ("C'était le bateau qui avait amené les Eyssette à Lyon.", "amené à", False),
        ("Comment se fait-il que tu sois là ?", "comment se fait-il que", True),
    ],
)
def test_impersonal_passives_and_participles_without_infinitive(
    text: str, lemma: str, present: bool
) -> None:
    assert (lemma in found(analysed(text))) is present


@pytest.mark.parametrize(
    ("text", "impersonal"),
    [
        # il reste: there is ... left before what is left
        ("Il reste du pain.", True),
        ("Il reste encore deux places.", True),
        ("Il ne restait pas un gâteau.", True),
        ("Il reste à faire la vaisselle.", True),
        ("Il en reste un peu.", True),
        # an aside between commas after a negated il reste, before que (novel17)
        ("Il ne restait plus, au-dessus des toits, qu'un ciel bas.", True),
        ("De la maison, il ne reste, je crois, que des murs.", True),
        # he stays: a place, an attribute, a manner, nothing
        ("Il reste à Paris.", False),
        ("Il restait seul.", False),
        ("Il reste là tout le jour.", False),
        ("Il restait le front dans sa main.", False),
        ("Il resta longtemps, voulant prouver qu'il avait raison.", False),
        ("Il ne restait pas, dit-on, chez lui.", False),
    ],
)
def test_il_reste_is_impersonal_only_before_what_is_left(text: str, impersonal: bool) -> None:
    assert ("il reste" in found(analysed(text))) is impersonal


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Marie ne s'attendait pas à le revoir si tôt.", "s'attendre à"),
        ("Je me garde bien de les communiquer.", "se garder de"),
        ("Il a dit au revoir à sa mère.", "dire au revoir"),
        ("Il vit à l'étranger.", "à l'étranger"),  # l' before a vowel is the article
    ],
)
def test_a_preposition_before_an_object_pronoun_governs_the_verb(text: str, lemma: str) -> None:
    assert lemma in found(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        # a governed adjective written in the masculine matches its every form
        ("Ces questions sont liées à la crise.", "lié à", True),
        ("Elle est habituée à ce climat.", "habitué à", True),
        ("Les élèves sont tenus de porter l'uniforme.", "tenu de", True),
        ("Elle est pressée de partir.", "pressé de", True),
        # the bare verb keeps its own construction
        ("Il tient de son père.", "tenu de", False),
        ("Elle a pressé le pas.", "pressé de", False),
    ],
)
def test_governed_adjectives_match_feminine_and_plural_forms(
    text: str, lemma: str, present: bool
) -> None:
    assert (lemma in found(analysed(text))) is present


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        ("Il a agi en vrai professionnel.", "en vrai", False),
        ("C'est le plus haut sommet d'Europe.", "plus haut", False),
        ("Il a vu le film, en vrai.", "en vrai", True),
        ("Voir plus haut.", "plus haut", True),
        # autres before a noun still says "among"
        ("Il aime entre autres choses la musique.", "entre autres", True),
    ],
)
def test_an_adverbial_entry_ending_in_an_adjective_is_none_before_its_noun(
    text: str, lemma: str, present: bool
) -> None:
    assert (lemma in found(analysed(text))) is present


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        ("Il s'assit à la place qui avait été la sienne.", "à la place", False),
        ("Il ne sait pas, va à la place.", "à la place", True),
        ("Une solution de remplacement est à l'étude.", "être à l'étude", True),
        ("Il conduit ses élèves à l'étude.", "être à l'étude", False),
        ("Les supporters sont venus en nombre.", "en nombre", True),
    ],
)
def test_round_18_expressions_and_their_look_alikes(text: str, lemma: str, present: bool) -> None:
    assert (lemma in found(analysed(text))) is present


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        # a direct object between: the infinitive is the noun's
        ("Il chercha quelque chose à dire.", "chercher à", False),
        ("Il a du travail à faire.", "avoir à", False),
        ("Il cherche, depuis des années, à comprendre.", "chercher à", True),
        ("J'essayai tout tremblant d'apaiser les clefs.", "essayer de", True),
        # verbs whose object comes before à + infinitive keep it
        ("Il invita ses amis à venir.", "inviter à", True),
    ],
)
def test_a_direct_object_before_a_governed_infinitive(text: str, lemma: str, present: bool) -> None:
    assert (lemma in found(analysed(text))) is present


@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        # a duration between the parts, or no "for"
        ("Voilà deux ans que je l'attends.", "voilà ... que", True),
        ("Il y a longtemps que je ne l'ai vu.", "il y a ... que", True),
        ("Il a pris un fiacre, voilà tout ce que je sais.", "voilà ... que", False),
        ("Il y a des gens que je connais.", "il y a ... que", False),
        ("Ma foi, tant pis.", "ma foi", True),
        ("Il a perdu ma foi en lui.", "ma foi", False),
        ("Il ne reviendra pas de sitôt.", "de sitôt", True),
        ("Il y a trois choses que je déteste.", "il y a ... que", False),
        ("Voilà le moment que j'attendais.", "voilà ... que", False),
        ("Il n'y avait là rien d'ordinaire.", "d'ordinaire", False),
        ("Il a reçu le reste de sa part d'héritage.", "de sa part", False),
        ("Les places sont en nombre limité.", "en nombre", False),
        ("Il est à nouveau candidat à la présidence.", "à nouveau", True),
        ("Elle est devenue en gros responsable du projet.", "en gros", True),
        ("Le meunier n'avait pour tout bien qu'un moulin.", "bien que", False),
        ("Il hésita un instant à répondre.", "hésiter à", True),
    ],
)
def test_duration_constructions_and_round_18_interjections(
    text: str, lemma: str, present: bool
) -> None:
    assert (lemma in found(analysed(text))) is present
