"""Function words read by their place (lookup/function_words/ and the asides of
surroundings/interjections.py): the card's first sense for one sentence of each rule, and for
the look-alikes that must keep the grammar words' or the dictionaries' sense. Sentences written
for these tests, analysed by the real model."""

from __future__ import annotations

import re

import pytest

from reader.core.lookup.card import Glosser
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # même: after a noun with its article, after a stressed pronoun, after an article alone
        ("Il arriva à l'heure même où elle partait.", "même", "very"),
        ("Le jour même, il partit pour Lyon.", "même", "very"),
        ("Moi même, je n'en savais rien.", "même", "myself"),
        ("Elle est venue elle même.", "même", "herself"),
        ("C'est toujours la même.", "même", "same"),
        ("Lui-même ne le savait pas.", "Lui-même", "himself, itself"),
        # look-alikes: the dictionaries' same and even stand
        ("Ils ont la même voiture.", "même", "same"),
        ("Même les enfants le savent.", "Même", "even"),
        ("Il voulait partir sans même dire au revoir.", "même", "even"),
    ],
)
def test_meme(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il en parle souvent.", "en", "about it"),  # parler de
        ("J'en suis sûr.", "en", "of it"),  # sûr de after être
        ("J'en ai besoin.", "en", "it"),  # avoir besoin de: need it
        ("Il en sortit en courant.", "en", "from there"),  # a verb of leaving
        ("J'en ai deux.", "en", "of them"),  # a count
        ("Il en reste peu.", "en", "of them"),
        ("Nous en avons vu plusieurs.", "en", "of them"),
        ("Prends-en trois.", "-en", "of them"),
        ("Il veut en faire de grands savants.", "en", "of them"),  # faire + an attribute
        ("Nous en ferons un négociant.", "en", "of him"),
        ("Je n'en ai pas.", "en", "any"),  # a negation with no count
        ("N'en trouvant point, il partit.", "en", "any"),
        ("En avez-vous ?", "En", "any"),  # a question
        # look-alikes: the grammar words' first sense stands
        ("Il en mangea la moitié.", "en", "of it, of them, some, from there"),
        ("Je n'en sais rien.", "en", "about it"),  # en savoir: know about it
    ],
)
def test_en_pronoun(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il lisait en marchant.", "en", "while"),
        ("En le voyant, elle sourit.", "En", "while"),
        ("Il vit en France.", "en", "in, to, by"),  # a place: the preposition's list
        ("Il est tout en haut.", "tout", "all"),  # tout en before no gerund is no "while"
        ("Tout en marchant, il chantait.", "Tout", "while"),
    ],
)
def test_en_before_a_gerund(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il y pense souvent.", "y", "about it"),  # penser à
        ("Je n'y renonce pas.", "y", "it"),  # renoncer à: give it up
        ("J'y tiens beaucoup.", "y", "on it"),  # tenir à: be keen on it
        ("Pensez-y bien.", "-y", "about it"),
        ("Il ne faut point y prendre garde.", "y", "it"),  # prendre garde à: notice it
        # look-alikes: a place stays "there"
        ("Il me semble que j'y suis encore.", "y", "there, to it, about it"),
        ("Il y retourne chaque été.", "y", "there, to it, about it"),
    ],
)
def test_y_pronoun(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Que de fois je l'ai vu !", "Que", "how many"),
        ("Que tu es belle !", "Que", "how"),
        ("Comme il est beau !", "Comme", "how"),
        # look-alikes
        ("Qu'il vienne !", "Qu'", "that (elided que)"),  # a wish: let him come
        ("Comme il pleuvait, nous sommes restés.", "Comme", "as, like, since"),
        ("Il est plus grand que moi.", "que", "more ... than"),
    ],
)
def test_exclamations(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("C'est le plus beau jour de ma vie.", "plus", "most"),
        ("Ce qu'il aime le plus, c'est lire.", "plus", "most"),
        ("Il a plus de livres.", "plus", "more; le plus: the most"),
        ("Je ne le vois plus.", "plus", "no longer"),
        ("Il est si beau.", "si", "so"),
        ("Il vient si souvent.", "si", "so"),
        ("Tu ne viens pas ? Si !", "Si", "yes"),
        ("Mais si, je viendrai.", "si", "yes"),
        ("Vous avez été si… si… gentils.", "si", "if, whether"),  # trailing off: no yes
        ("Si tu viens, je pars.", "Si", "if, whether"),
        ("Si jamais il vient, appelle-moi.", "Si", "if ever"),
        ("Il est bien plus grand.", "bien", "much"),
        ("Il est bien triste.", "bien", "very"),
        ("Ils étaient bien une centaine.", "bien", "at least"),
        ("Il chante bien.", "bien", "well"),
        # after être, before what it is: indeed
        ("C'est bien lui, par exemple.", "bien", "indeed"),
        ("C'est bien le cas de le dire.", "bien", "indeed"),
        ("Il est encore plus grand.", "encore", "even"),
        ("Il est encore là.", "encore", "still, again, yet"),
        # assez before an adjective: quite; with a negation, pour or de it stays enough
        ("C'est assez difficile à expliquer.", "assez", "quite"),
        ("La pièce était assez grande, peu meublée.", "assez", "quite"),
        ("Il n'est pas assez grand.", "assez", "enough, quite"),
        ("Il est assez grand pour comprendre.", "assez", "enough ... to"),
        ("Il a assez de temps.", "assez", "enough"),
    ],
)
def test_degree_words(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Entrez donc !", "donc", "then"),
        ("Taisez-vous donc !", "donc", "then"),
        ("Il est donc parti.", "donc", "so"),
        ("Elle est gentille comme tout.", "tout", "ever so"),
        ("Je suis drôle comme tout en costume.", "tout", "ever so"),
        ("Il fait comme tout le monde.", "tout", "everyone"),
        # tout before an adjective or a participle grades it; after avoir it is everything
        ("J'ai été tout surpris ce matin, monsieur.", "tout", "very"),
        ("Il s'endormit tout habillé sur son lit.", "tout", "very"),
        ("Il a tout raconté au principal.", "tout", "everything, all"),
        ("Les enfants me font souffrir, allez.", "allez", "believe me"),
        ("Allez, viens !", "Allez", "come on"),
        ("Vous allez à Paris, je crois.", "allez", "go"),
    ],
)
def test_donc_tout_and_asides(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Le jour où il est venu, il pleuvait.", "où", "when"),
        ("À l'heure même où j'écris, il pleut.", "où", "when"),
        ("La ville où il habite est belle.", "où", "where, when"),
        ("Je ne sais pas où il est.", "où", "where, when"),
        ("Il travaille autant que moi.", "que", "as"),
        ("Il dit la même chose que toi.", "que", "as"),
        ("Ils ont les mêmes droits et devoirs que les employés.", "que", "as"),
        ("Ils ont les mêmes droits et je pense que c'est juste.", "que", "that"),
        ("Il n'a pas d'autre choix que de partir.", "que", "than"),
        ("Les autres que je connais sont partis.", "que", "that, which, whom, what"),
        ("Ce sont les mêmes que l'an dernier.", "que", "as"),
        ("On me remet à l'instant même quelques vers que m'adresse un poète.", "que", "that"),
        ("Il partit sans jamais se retourner.", "jamais", "ever"),
        ("Il est mieux que jamais.", "jamais", "ever"),
        ("Avez-vous jamais vu cela ?", "jamais", "ever"),
        ("Je crois que jamais il ne reviendra.", "jamais", "never"),
    ],
)
def test_ou_que_and_jamais(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Que fais-tu ?", "Que", "what"),
        ("Que faire ?", "Que", "what"),
        ("Il ne savait que répondre.", "que", "what"),  # ne savoir que + infinitive
        ("Il ne fait que dormir.", "que", "only"),  # ne ... que stands
        ("Le livre que je lis est bon.", "que", "that, which, whom, what"),
    ],
)
def test_que_asking(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("C'est l'homme dont j'ai oublié le nom.", "whose"),
        ("C'est l'élève dont il payait l'éducation.", "whose"),
        ("C'est le livre dont il parle.", "of which, whose, about which"),
        ("Le problème dont il parle les inquiète.", "of which, whose, about which"),
    ],
)
def test_dont_before_an_owned_object(glosser: Glosser, text: str, sense: str) -> None:
    assert first_sense(glosser, text, "dont") == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il partit sans rien dire.", "rien", "anything"),
        ("Il partit sans personne.", "personne", "anyone"),
        ("Il le connaît mieux que personne.", "personne", "anyone"),
        ("Personne !", "Personne", "nobody"),
        ("Il est venu en personne.", "personne", "in person"),  # the phrase list's
        ("C'est une personne gentille.", "personne", "person"),
        ("Il vit ici depuis trois ans.", "depuis", "for"),
        ("Il vit ici depuis 2010.", "depuis", "since, for"),
        ("Il a dormi pendant trois heures.", "pendant", "for"),
        ("Il a dormi pendant la guerre.", "pendant", "during"),
        ("Et si on allait au cinéma ?", "si", "what if"),
        ("Et si tu viens, je pars.", "si", "if, whether"),
    ],
)
def test_no_ne_lengths_and_suggestions(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # en read as a pronoun before a gerund is the preposition
        ("Il riait en pensant à ce rendez-vous.", "en", "while"),
        # with a verb that takes no object, a negated en is no "any"
        ("Il rêve d'elle, il n'en dort plus.", "en", "of it, of them, some, from there"),
        ("Nous y tiendrons deux au besoin.", "y", "there, to it, about it"),  # a place
        ("Allons donc !", "donc", "come on"),
        ("Si tous les hommes étaient bons, le monde irait mieux.", "Si", "if, whether"),
        ("Si seul le roi le savait !", "Si", "if, whether"),
        ("C'était une si bonne matinée.", "si", "so"),
        ("Il n'y profitait guère.", "y", "there, to it, about it"),  # profiter à: a person's
        ("Allez donc voir Mme Walter.", "donc", "then"),
    ],
)
def test_look_alikes_from_the_corpus(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il ne mange pas de viande.", "de", "any"),
        ("Il n'a plus d'argent.", "d'", "any"),
        ("Je n'ai jamais vu de loups.", "de", "any"),
        ("Je ne dormis pas de toute la nuit.", "de", "of, from"),  # de toute la nuit
        ("Il n'y aurait pas causé plus de stupeur.", "de", "of, from"),  # plus de: more
        ("Il ne veut pas boire de vin.", "de", "any"),
        ("Il n'a pas parlé de politique.", "de", "of, from"),  # parler de: the verb's de
        ("Il parle de sa mère.", "de", "of, from"),
        ("Il boit encore un verre.", "encore", "another"),
        ("Il veut encore du pain.", "encore", "more"),
        ("Il a encore des amis.", "encore", "still, again, yet"),
        ("Ce n'est pas encore un homme.", "encore", "not yet"),
    ],
)
def test_negative_de_and_encore(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Toutes les cinq minutes, il relève la tête.", "Toutes", "every"),
        ("Ils étaient tous les quatre accrochés de travers.", "tous", "all"),
        ("Il vient tous les deux jours.", "tous", "every"),  # no "both" before a noun
        ("Il travaille tous les trois mois.", "tous", "every"),
        ("Ils sont venus tous les deux.", "tous", "both"),
        ("Il a tout mangé.", "tout", "everything, all"),
    ],
)
def test_tous_les_before_a_count(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # toujours with a state that goes on: still; a habit, pas toujours: always
        ("Il attend toujours sa réponse.", "toujours", "still"),
        ("Il vit toujours à Paris.", "toujours", "still"),
        ("Il est toujours là.", "toujours", "still"),
        ("L'enquête est toujours en cours.", "toujours", "still"),
        ("Il pleut toujours en novembre.", "toujours", "always, still"),
        ("Ce n'est pas toujours facile.", "toujours", "always, still"),
        ("Elle a toujours aimé les chats.", "toujours", "always, still"),
        ("Il est toujours en retard.", "toujours", "always, still"),
        # encore between avoir and its participle: again; with ne: the list's yet
        ("Elle a encore perdu ses clés.", "encore", "again"),
        ("Il n'a encore rien dit.", "encore", "still, again, yet"),
        ("Il dort encore.", "encore", "still, again, yet"),
        ("Je ne crois pas qu'elle ait encore aimé personne.", "encore", "still, again, yet"),
        ("Des fils couraient toujours sur sa barbe.", "toujours", "always, still"),
        # déjà ending a question that asks a reminder: again
        ("Comment s'appelle-t-il déjà ?", "déjà", "again"),
        ("Tu as déjà fini ?", "déjà", "already"),
        ("Il est déjà parti.", "déjà", "already"),
    ],
)
def test_toujours_encore_deja(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # plus between two amounts: plus
        ("Deux euros plus trois euros.", "plus", "plus"),
        ("Il sait lire et écrire, plus quelques mots d'anglais.", "plus", "plus"),
        ("Plus les jours passent, plus les nuits sont longues.", "Plus", "the more ... the more"),
        ("Il n'a plus les moyens.", "plus", "no longer"),
        ("Dix ans plus tard, il revint.", "plus", "later"),
        # tout, toute before autre or a bare noun: any
        ("Toute autre forme est interdite.", "Toute", "any other"),
        ("Il lutte contre toute autre forme de violence.", "toute", "any other"),
        ("C'est une tout autre histoire.", "tout", "very"),
        ("Toute personne qui entre doit payer.", "Toute", "any"),
        ("Il y a toute sorte de gens.", "toute", "all"),
        # nul and aucun standing alone: no one, none
        ("Nul ne sait pourquoi.", "Nul", "no one"),
        ("Aucun d'entre eux ne viendra.", "Aucun", "none"),
        ("Il n'en a vu aucun.", "aucun", "none"),
        ("Aucun homme ne viendra.", "Aucun", "no"),
        # ne ... plus que with an adverb between: only
        ("Il n'y a plus aujourd'hui que trois élèves.", "que", "only"),
        ("Il n'est plus aussi grand que son frère.", "que", "as ... as"),
        ("Ce n'est plus aujourd'hui qu'on le fait.", "qu'", "that (elided que)"),
        ("Il ne reste guère que deux jours.", "que", "only"),
        ("Il ne croit guère que tu viennes.", "que", "that"),
        # look-alikes from the corpus audit: the list's and the phrases' senses stand
        ("Elle se montrait tout autre.", "tout", "very"),
        ("Il n'avait découvert aucun expédient.", "aucun", "no"),
        ("À présent, plus un mot !", "plus", "more; le plus: the most"),
        ("Il devinait toute l'odieuse comédie.", "toute", "all"),
        ("Il partit à toute vitesse.", "toute", "at full speed"),
        ("Il est libre de toute dette.", "toute", "any"),
    ],
)
def test_plus_tout_nul_and_only(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # pour before an infinitive: to, in order to; not before a perfect infinitive
        ("Il travaille pour gagner sa vie.", "pour", "to"),
        ("Elle se cacha pour ne pas le voir.", "pour", "to"),
        ("Il fut puni pour avoir menti.", "pour", "for"),
        ("C'est un cadeau pour ma mère.", "pour", "for"),
        # à before a place name: in, at; after a verb of going or one that governs à: to
        ("Ils ont attaqué un hôtel à Kaboul.", "à", "in"),
        ("Il est né à Marseille en 1950.", "à", "in"),
        ("À Lyon, il pleuvait toujours.", "À", "in"),
        ("Demain, nous irons à Paris.", "à", "to"),
        ("Elle a écrit à Pierre.", "à", "to"),
        ("Elle passa le papier à Duroy.", "à", "to"),
        # par before a unit with no article: a, per
        ("Il vient deux fois par semaine.", "par", "a"),
        ("Cela coûte dix euros par personne.", "par", "a"),
        ("Il entra par la fenêtre.", "par", "by"),
        # de: from, after a verb of leaving, before où, and du ... au between numbers
        ("En sortant du bureau, il rentra chez lui.", "du", "from"),
        ("On ne sait d'où il vient.", "d'", "from"),
        ("Le festival a lieu du 12 au 15 juillet.", "du", "from"),
        ("Le festival a lieu du 12 au 15 juillet.", "au", "to"),
        ("Il vient de partir.", "de", "leave"),  # the group: venir de
        # comme before a noun with its article: like; with no article, or a verb after: as
        ("Il parle comme un enfant.", "comme", "like"),
        ("Il travaille comme serveur.", "comme", "as"),
        ("Comme le dit la loi, nul n'est censé l'ignorer.", "Comme", "as"),
        ("Mais comme le médecin le reconduisait, il parla.", "comme", "as"),
    ],
)
def test_prepositions(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_item(first_sense(glosser, text, word)) == sense


def first_item(senses: str) -> str:
    """The first sense a card shows, cut at its first comma or semicolon."""
    return re.split(r"[,;]", senses)[0]


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # ce before a relative: what; after a comma, the clause before it: which
        ("Il ne savait pas ce que c'était.", "ce", "what"),
        ("Pour ta gouverne, ce que je faisais là était ridicule.", "ce", "what"),
        ("Ce livre est à moi.", "Ce", "this"),
        # un after l': one
        ("Il tenait la pomme dans l'une de ses mains.", "une", "one"),
        ("Un homme entra.", "Un", "a"),
        # que asking before an inverted subject: what
        ("Et maintenant, qu'allons-nous faire ?", "qu'", "what"),
        ("Le livre que je lis est long.", "que", "that"),
        # le standing for a clause with a verb of knowing, saying or wanting: it
        ("Je le sais depuis longtemps.", "le", "it"),
        ("Il l'a fait sans le vouloir.", "le", "it"),
        # quelque before a noun: some
        ("Il cherchait quelque abri pour la nuit.", "quelque", "some"),
    ],
)
def test_references(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_item(first_sense(glosser, text, word)) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # plus de with no verb after it: no more; with a verb: more
        ("Hélas ! plus de pain !", "plus", "no more"),
        ("Plus de mille personnes sont venues.", "Plus", "more"),  # the list's
        # tout before a place word: right; tout au plus: at most
        ("Il habite tout au bout de la rue.", "tout", "right"),
        ("Il a tout au plus vingt ans.", "tout", "at most"),
        ("Tout au contraire, il riait.", "Tout", "all"),
        # que after a comparative with words between: than; ne ... plus que: only
        ("Elle lisait encore plus que moi.", "que", "than"),
        ("Elle mange bien plus souvent que lui.", "que", "more ... than"),  # the phrase lists'
        ("Il ne restait plus que deux pommes.", "que", "only ... now"),
        ("Il ne fit plus attention qu'à son jeu.", "qu'", "that (elided que)"),
        ("C'était bien le moins qu'on attendît.", "qu'", "that (elided que)"),
        ("Je pense aussi que tu as raison.", "que", "that"),
        # an exclamation whose sentence runs on past "!...": how
        ("Oh ! comme elle était belle !... Et puis elle partit.", "comme", "how"),
        ("Comme mes mains tremblaient !", "Comme", "how"),
        # depuis before a few moments: for
        ("Il attendait depuis quelques instants.", "depuis", "for"),
        # en: some, as the object of a verb that takes one; before an infinitive
        ("Il y en avait partout.", "en", "some"),
        ("S'il manque du pain, j'irai en chercher.", "en", "some"),
        ("Je n'en ai pas l'habitude.", "en", "of it"),
        ("Il en mangea la moitié.", "en", "of it"),
    ],
)
def test_degrees_and_clauses(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_item(first_sense(glosser, text, word)) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # le, la, les the tagger read as articles right before a verb: the object pronoun
        ("Il prit deux pièces, les posa sur la table et sortit.", "les", "them"),
        ("Mme Forestier le reconduisait jusqu'à la porte.", "le", "him"),
        ("Les enfants jouaient dans la cour.", "Les", "the"),
        ("Il a ouvert la lettre que je lui ai envoyée.", "la", "the"),
        # nous between a subject and its verb: us; nous as the subject: the list's
        ("Le patron qu'il nous présenta était aimable.", "nous", "us"),
        ("Nous partirons demain matin.", "Nous", "we"),
        # leur before a verb: them; before a noun: their
        ("Ils ont écrit une lettre qui leur permettait de partir.", "leur", "them"),
        ("Ils ont vendu leur maison.", "leur", "their"),
        # the relative qui after a thing: which; after a person: the list's who
        ("Il ouvrit la porte du salon qui n'était pas fermée.", "qui", "which"),
        ("Je vois la voiture qui arrive.", "qui", "which"),
        ("Il regardait l'homme qui passait dans la rue.", "qui", "who"),
    ],
)
def test_objects_and_relatives(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_item(first_sense(glosser, text, word)) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # même after an adverb of time or place: very; before si: even (if)
        ("La France a dégelé aujourd'hui même un milliard d'euros.", "même", "very"),
        ("Il viendra ici même s'il pleut.", "même", "even if"),
        # autre right after its noun, before que: than; a relative que after les autres
        ("Il faut une locomotion autre que la nage.", "que", "than"),
        ("Les autres que je connais sont partis.", "que", "that"),
        # de before an infinitive: to; before a noun: the list's
        ("Il a convaincu ses amis de s'équiper.", "de", "to"),
        ("Il refusait de monter.", "de", "to"),
        ("Il sort de la ville.", "de", "from"),
        # comme between a noun and a name: like, such as; before a name and its verb: as
        ("Il joue des compositeurs comme Francisco Guerrero et Bach.", "comme", "like"),
        ("Comme Pierre le disait, il pleut.", "Comme", "as"),
        # à between a person and a feature: with; before a possessive: the list's
        ("Il aperçut un grand homme à barbe blanche.", "à", "with"),
        ("La femme à sa fenêtre regardait.", "à", "to"),
        # en before a person with no article: as; before a group or a place: in
        ("Elle avait voulu qu'il s'habillât en ouvrier.", "en", "as"),
        ("Nous allions nous promener en famille.", "en", "in"),
        ("Il arriva en ville.", "en", "in"),
        # de même before a noun: same; alone: likewise
        ("Il y avait quatre chaises de même couleur.", "même", "same"),
        ("De même, il partit.", "même", "likewise"),
        # tantôt twice in a sentence: sometimes
        ("Il était tantôt gai ; tantôt triste.", "tantôt", "sometimes"),
        # ceux-ci: these; celle-là: that one
        ("Les enfants jouaient ; ceux-ci riaient fort.", "ceux-ci", "these"),
        ("Je préfère celle-là.", "celle-là", "that one"),
        # comme pour before an infinitive: as if to; before a pronoun: as for
        ("Il leva la main comme pour envoyer un baiser.", "comme", "as if to"),
        ("Comme pour lui, il partit.", "Comme", "as for"),
        # au-delà with no article: beyond; aussi between a noun and its adjective: so
        ("Au-delà, la ligne est simple jusqu'à Auch.", "Au-delà", "beyond"),
        ("Dans des circonstances aussi dramatiques, il partit.", "aussi", "so"),
        ("Il est aussi connu sous ce nom.", "aussi", "also"),
        # puis: then; le sien: his
        ("Il mangea, puis il partit.", "puis", "then"),
        ("Il avala le sien d'un seul trait.", "sien", "his"),
    ],
)
def test_round_fifteen_words(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_item(first_sense(glosser, text, word)) == sense
