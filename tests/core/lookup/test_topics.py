"""Senses chosen by the text's topic (lookup/topics.py, resources/senses/sense_cues.tsv): the
sense whose cue lemmas clearly win in the sentence and paragraph leads; a close call, no cue,
or a cue in another paragraph keeps the main-senses order; the context rules and the learner's
own translation stay ahead. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.lookup.card import Glosser
from reader.core.lookup.classes import CLASS_MARK
from reader.core.lookup.topics import NAME, by_topic, partners, sense_cues, topic_sense
from reader.core.models import Translation, TranslationSource
from reader.core.paths import resources_dir
from reader.core.store import Database
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense

UPOS = {"NOUN", "VERB", "ADJ", "ADV"}


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


def test_the_cues_file_is_well_formed() -> None:
    lines = (resources_dir() / "senses" / NAME).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["lemma", "pos", "english", "cues"]
    for lemma, pos, english, cues in rows[1:]:
        words = cues.split()
        named = [word for word in words if CLASS_MARK not in word]
        assert pos in UPOS and english.strip() == english and lemma == lemma.lower()
        # 5 to 15 cue lemmas; a class cue (obj:@PERSON) stands for many
        assert len(words) + 4 * (len(words) - len(named)) >= 5, (lemma, english, len(words))
        assert len(named) <= 15, (lemma, english, len(named))
        assert lemma not in words and len(set(words)) == len(words), (lemma, english)
    found = sense_cues()
    assert len(found) >= 150  # words, each with two senses or more
    assert all(len(senses) >= 2 for senses in found.values())
    assert len(found) == len({(row[0], row[1]) for row in rows[1:]})


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("L'avion a quitté la piste avant d'atterrir à Nice.", "piste", "runway"),
        ("Les enquêteurs suivent une nouvelle piste dans ce meurtre.", "piste", "lead"),
        ("Il s'est brûlé la langue, la bouche encore pleine de soupe.", "langue", "tongue"),
        ("Elle parle trois langues et apprend le russe à l’école.", "langues", "language"),
        ("Cette chaîne de télévision diffuse l'émission chaque soir.", "chaîne", "television"),
        ("Le prisonnier traînait une lourde chaîne de fer.", "chaîne", "chain"),
        ("Le deuxième étage de la fusée s'est séparé après le lancement.", "étage", "stage"),
        ("Il habite au troisième étage de l'immeuble.", "étage", "floor"),
        ("L'appareil a atterri malgré le vent, a dit le pilote.", "appareil", "aircraft"),
        ("Le malade souffre d'une crise de goutte au pied.", "goutte", "gout"),
        ("Une goutte de sueur coulait sur son front.", "goutte", "drop"),
        ("Les agriculteurs protègent le sol de l'érosion.", "sol", "soil"),
        ("Ce vin laisse un goût de fruit sur le palais et la langue.", "palais", "palate"),
        ("Le roi a reçu ses invités au palais.", "palais", "palace"),
        ("La politique monétaire du gouvernement a changé.", "politique", "policy"),
        ("Il a quitté la politique après sa défaite aux élections.", "politique", "politics"),
        ("Le vol a décollé de l'aéroport avec deux cents passagers.", "vol", "flight"),
        ("Le voleur a avoué le vol des bijoux à la police.", "vol", "theft"),
        ("Elle se regardait dans la glace en se coiffant.", "glace", "mirror"),
        ("Il a mangé une glace à la vanille en dessert.", "glace", "ice cream"),
    ],
)
def test_the_topic_decides_the_sense(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word).startswith(sense)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Le garçon apporta les bières sur un plateau.", "garçon", "waiter"),
        ("Le garçon joue avec sa sœur devant l'école.", "garçon", "boy"),
        ("Il s'essuya le front couvert de sueur.", "front", "forehead"),
        ("Les soldats sont partis au front combattre l'ennemi.", "front", "front"),
        ("Il écrit une chronique chaque semaine dans le journal.", "chronique", "column"),
        ("Il portait de longs favoris gris et une moustache.", "favoris", "sideburns"),
        ("Nous avons pris une loge au théâtre pour voir la représentation.", "loge", "box"),
        ("Le bilan de l'attentat s'élève à douze morts et trente blessés.", "bilan", "toll"),
        ("Ils se sont assis à la terrasse d'un café du boulevard.", "café", "café"),
        ("Elle poussa un gémissement de douleur.", "poussa", "let out"),
        ("Les pirates ont détourné l'avion vers Alger.", "détourné", "hijack"),
        ("Le trésorier a détourné des fonds de l'association.", "détourné", "embezzle"),
        ("Sa femme le trompait avec un amant.", "trompait", "cheat on"),
        ("Il a réussi son examen de droit.", "réussi", "pass"),
        ("Il corrige les épreuves chez l'imprimeur.", "épreuves", "proof"),
        ("Le comédien monte sur les planches du théâtre chaque soir.", "planches", "stage"),
        # the idiom jeter un regard, its adjective inside (expr16): cast a look
        ("Il jeta un long regard sur la ville.", "jeta", "cast a look"),
        ("Après le dîner, ils allèrent prendre le café au salon.", "prendre", "have"),
        ("L'ancien ministre a publié ses mémoires.", "ancien", "former"),
        ("Il faisait nuit et l'air était lourd avant l'orage.", "lourd", "sultry"),
        ("Le gardien a arrêté le penalty à la dernière minute du match.", "gardien", "goalkeeper"),
        ("La flèche de la cathédrale domine la vieille ville.", "flèche", "spire"),
        ("Le pianiste plaque un accord de do majeur.", "accord", "chord"),
        ("Le procureur a obtenu sa mise en liberté sous caution.", "caution", "bail"),
        ("Le juge a suspendu la séance jusqu'à demain.", "suspendu", "suspend"),
        # A door as object is the construction's (constructions.tsv: blocked up), not a cue's.
        ("Le tribunal l'a condamné à deux ans de prison.", "condamné", "sentence"),
        # vivement: strongly with a verb of judging or feeling, else quickly
        ("Le projet a été vivement critiqué par les syndicats.", "vivement", "strongly"),
        ("Il se leva vivement de sa chaise.", "vivement", "quickly"),
        # nommer a minister (appoint), a child (name); inscrire a goal (score)
        ("Le président a nommé un nouveau ministre de la Défense.", "nommé", "appoint"),
        ("Ils ont nommé leur fils Pierre, comme son grand-père.", "nommé", "name"),
        ("L'attaquant a inscrit deux buts en dix minutes.", "inscrit", "score"),
        # a pronominal verb's gloss by its topic: s'incliner in a match is lose, not bow
        ("Les Bleus se sont inclinés face à l'Espagne en quart de finale.", "inclinés", "lose"),
        ("Il s'inclina devant la reine et le roi.", "inclina", "bow"),
        ("L'Espagne s'impose deux à zéro dans ce match.", "impose", "win"),
        ("Il se présente aux élections législatives.", "présente", "stand for"),
        ("Elle se présenta à la porte du bureau.", "présenta", "turn up"),
    ],
)
def test_round_eight_rows_decide_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word).startswith(sense)


def test_without_cues_the_main_senses_order_stands(glosser: Glosser) -> None:
    plain = Glosser(None).translations("piste", "piste", "NOUN")[0].senses[0]
    analysis = analysed("Il regarde la piste.")
    assert topic_sense(analysis, token(analysis, "piste")) is None
    assert first_sense(glosser, "Il regarde la piste.", "piste") == plain


def test_a_close_call_changes_nothing() -> None:
    # One cue of each sense in the sentence: avion (runway) and enquêteur (lead).
    analysis = analysed("L'enquêteur a trouvé une piste près de l'avion.")
    assert topic_sense(analysis, token(analysis, "piste")) is None


def test_the_paragraph_counts_and_another_paragraph_does_not() -> None:
    same = analysed("L'avion prépare son atterrissage. Il voit la piste.")
    assert topic_sense(same, token(same, "piste")) == "runway"
    # Two cues elsewhere in the paragraph score as one in the sentence; one alone does not.
    weak = analysed("L'avion attend. Il voit la piste.")
    assert topic_sense(weak, token(weak, "piste")) is None
    apart = analysed("L'avion prépare son atterrissage.\nIl voit la piste.")
    assert topic_sense(apart, token(apart, "piste")) is None


def test_a_context_rule_keeps_priority(glosser: Glosser) -> None:
    # avion and ciel call for "fly", but the object pronoun's rule says "steal".
    text = "Dans l'avion, en plein ciel, il lui a volé son portefeuille."
    assert first_sense(glosser, text, "volé").startswith("steal")


def test_a_participle_leads_in_the_participle_wording(glosser: Glosser) -> None:
    text = "Le film a été tourné à Paris par un jeune réalisateur."
    assert first_sense(glosser, text, "tourné") == "shot"


def test_the_learners_own_translation_stays_first(tmp_path: Path) -> None:
    text = "L'avion a quitté la piste avant d'atterrir."
    with Database(tmp_path / "glossary.sqlite3") as store:
        glosser = Glosser(store)
        analysis = analysed(text)
        info = glosser.explain(analysis, token(analysis, "piste").index)
        saved = store.glossary.save(glosser.draft(info))
        store.glossary.update(saved.id, translation="my strip")
        again = glosser.explain(analysis, token(analysis, "piste").index)
    assert again.translations[0].source is TranslationSource.GLOSSARY
    assert again.translations[1].senses[0] == "runway"


def test_by_topic_moves_or_adds_the_sense_in_the_first_dictionary_translation() -> None:
    analysis = analysed("L'avion a quitté la piste avant d'atterrir.")
    piste = token(analysis, "piste")
    phrase = Translation(("x",), TranslationSource.DICTIONARY, "lexicon · «en piste»")
    words = Translation(("track", "runway"), TranslationSource.DICTIONARY, "lexicon")
    other = Translation(("lane",), TranslationSource.DICTIONARY, "other")
    assert by_topic(analysis, piste, (phrase, words, other)) == (
        phrase,
        Translation(("runway", "track"), TranslationSource.DICTIONARY, "lexicon"),
        other,
    )
    added = by_topic(analysis, piste, (other,))
    assert added[0].senses == ("runway", "lane")


# -- close partners: the words a verb or an adjective goes with -------------------------------


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Elle gagne beaucoup d'argent dans cette entreprise.", "gagne", "earn"),
        ("Notre équipe a gagné le match hier soir.", "gagné", "win"),
        ("Les naufragés ont enfin gagné la rive à la nage.", "gagné", "reach"),
        ("Son oncle tient un petit café près de la gare.", "tient", "run"),
        ("Il a tenu sa promesse jusqu'au bout.", "tenu", "keep"),
        ("Le facteur a frappé à la porte ce matin.", "frappé", "knock"),
        ("Elle porte une robe rouge et un chapeau.", "porte", "wear"),
        ("Ce village porte le nom d'un ancien roi.", "porte", "bear"),
        ("Il a passé ses vacances au bord de la mer.", "passé", "spend"),
        # the construction (constructions.tsv, attribute) reads it first, in the past
        ("Cette nouvelle l'a rendu très heureux.", "rendu", "made"),
        ("Il parlait d'une voix grave et lente.", "grave", "deep"),
        ("Le blessé souffre d'une maladie grave.", "grave", "serious"),
        ("Elle a répondu d'un ton sec.", "sec", "curt"),
        ("Des couleurs vives ornaient la façade.", "vives", "bright"),
        ("Il a crié d'une voix forte dans le couloir.", "forte", "loud"),
        ("Le ton de sa lettre était sec.", "sec", "curt"),
        ("Il dresse lui-même les chevaux du régiment.", "dresse", "train"),
        ("Un mince filet de fumée montait du toit.", "filet", "thin stream"),
        ("Le pêcheur répare son filet sur le port.", "filet", "net"),
        ("Elle courut vers lui, les bras tendus.", "tendus", "outstretched"),
    ],
)
def test_a_partner_decides_the_sense(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word).startswith(sense)


def test_the_partners_are_read_from_the_tokens() -> None:
    analysis = analysed("Le club a finalement gagné la coupe, puis la finale du championnat.")
    assert partners(analysis, token(analysis, "gagné")) == {"club", "coupe"}
    voice = analysed("Sa voix très grave emplissait la salle.")
    assert partners(voice, token(voice, "grave")) == {"voix"}
    assert partners(voice, token(voice, "voix")) == frozenset()  # a noun has none


def test_a_far_cue_does_not_override_a_partner() -> None:
    # salaire (earn) is in the sentence, match (win) is gagner's object.
    analysis = analysed("Malgré son petit salaire, le joueur a gagné le match de dimanche.")
    assert topic_sense(analysis, token(analysis, "gagné")) == "win"
    # Two other cues in the sentence against one partner: a close call, nothing changes.
    close = analysed("Avec son salaire et ses euros, il a gagné le match.")
    assert topic_sense(close, token(close, "gagné")) is None


def test_a_context_rule_still_wins_over_a_partner(glosser: Glosser) -> None:
    # linge (clean) is propre's noun, but before the noun propre is "own"
    # (surroundings/adjectives.py).
    assert first_sense(glosser, "Elle lave son propre linge.", "propre") == "own"


def test_an_adjectives_noun_alone_decides_it() -> None:
    # joue (fat) is in the sentence, but the adjective's noun is larme, a cue of neither sense.
    analysis = analysed("Une grosse larme glissait le long de sa joue.")
    assert partners(analysis, token(analysis, "grosse")) == {"larme"}
    assert topic_sense(analysis, token(analysis, "grosse")) is None
    alone = analysed("Il était gros, avec des joues rondes et un large ventre.")
    assert topic_sense(alone, token(alone, "gros")) == "fat"  # no noun beside: the sentence


# -- roles: cues that count only as a verb's subject or direct object -------------------------


def test_a_cue_can_be_marked_for_the_subject_or_the_object() -> None:
    spend, go_by = (s for s in sense_cues()[("passer", "VERB")] if s.sense in ("spend", "go by"))
    assert "soirée" in spend.objects and not spend.cues and not spend.subject
    assert "temps" in go_by.subject and not go_by.cues and not go_by.objects


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il a passé la soirée chez ses parents.", "passé", "spend"),
        ("Le temps passait lentement dans ce village.", "passait", "go by"),
        ("Dieu ! les bonnes heures que j'ai passées dans ce petit salon !", "passées", "spend"),
        ("Elle était pâle, malgré cette nuit passée sur un siège.", "passée", "spend"),
        # A time word that is not the verb's subject or direct object calls for nothing.
        ("Il était dix heures passées quand il sonna chez son ami.", "passées", None),
        ("Il songeait à la vie passée de cette femme.", "passée", None),
        ("Des coups de sifflet passaient dans la nuit.", "passaient", None),
        ("Les vérités lui faisaient passer tout à l'heure des frissons.", "passer", None),
        ("De temps en temps, la voiture passait devant la maison.", "passait", None),
        # A noun de ties to a governed one is governed too: the secret is not what is kept.
        ("Leur morale n'aurait pas tenu devant la certitude du secret.", "tenu", None),
        ("Il a toujours tenu ses promesses.", "tenu", "keep"),
        # look after only with a child as object, not as subject.
        ("La voisine gardait les enfants le mercredi.", "gardait", "look after"),
        ("L'enfant gardait le lit depuis deux jours.", "gardait", None),
    ],
)
def test_a_role_marked_cue_counts_only_in_its_role(text: str, word: str, sense: str | None) -> None:
    analysis = analysed(text)
    assert topic_sense(analysis, token(analysis, word)) == sense


def test_a_verbs_sense_is_not_decided_by_the_rest_of_the_paragraph() -> None:
    # argent and franc are earn's cues, a sentence away: les larmes le gagnaient is not earn.
    analysis = analysed("Il aimait l'argent et comptait ses francs. Les larmes le gagnaient.")
    assert topic_sense(analysis, token(analysis, "gagnaient")) is None
    # A noun still is: two cues in the paragraph call for a runway.
    same = analysed("L'avion prépare son atterrissage. Il voit la piste.")
    assert topic_sense(same, token(same, "piste")) == "runway"


def test_only_nouns_verbs_and_adjectives_count_as_cues() -> None:
    # son is the possessive here, not a sound: faible is not faint.
    analysis = analysed("Selon son complice, il se sentait faible ces derniers jours.")
    assert topic_sense(analysis, token(analysis, "faible")) is None
    noise = analysed("Selon son complice, il entendait, faible et lointain, le bruit de la mer.")
    assert topic_sense(noise, token(noise, "faible")) == "faint"  # bruit: a noun, in the sentence


def test_a_participle_the_card_reads_as_an_adjective_takes_no_verb_cue(glosser: Glosser) -> None:
    """il est très posé is the adjective (calm): poser's cues (sac, valise, table: put) read
    the verb group, which the card does not show, so they do not lead."""
    text = "Le garçon est très posé, son sac et sa valise sur la table."
    analysis = analysed(text)
    assert topic_sense(analysis, token(analysis, "posé")) == "put"  # the verb group's
    assert first_sense(glosser, text, "posé") == "calm"


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Au restaurant, il appela le garçon et demanda l'addition.", "addition", "bill"),
        ("L'enfant apprend l'addition et la soustraction.", "addition", "addition"),
        ("Le gouvernement prévoit une aide ponctuelle aux agriculteurs.", "ponctuelle", "one-off"),
        ("Elle a obtenu sa licence à l'université avant son master.", "licence", "degree"),
        ("Le moniteur de ski attendait les enfants au pied de la piste.", "moniteur", "instructor"),
        ("Le chanteur est mort hier ; sa disparition attriste ses amis.", "disparition", "death"),
        ("La disparition de l'enfant inquiète la police.", "disparition", "disappearance"),
        ("Le député a adressé une interpellation au ministre.", "interpellation", "question"),
        ("Elle portait une robe tapageuse.", "tapageuse", "flashy"),
        ("Il lui baisa la main en silence.", "baisa", "kiss"),
        ("Elle le baisa sur le front.", "baisa", "kiss"),
        ("L'impression du livre a pris trois semaines chez l'imprimeur.", "impression", "printing"),
        (
            "Il travaillait dans son cabinet, dans un fauteuil, entouré de livres.",
            "cabinet",
            "study",
        ),
        ("Le Premier ministre a présenté son nouveau cabinet.", "cabinet", "cabinet"),
        ("Le musée a ouvert un nouveau pavillon d'exposition.", "pavillon", "pavilion"),
    ],
)
def test_the_words_the_lookalike_review_left_to_context(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word).startswith(sense)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        (
            "Ses yeux enfoncés dans leurs orbites brillaient dans son visage.",
            "orbites",
            "eye socket",
        ),
        ("La tablette a un écran de dix pouces.", "pouces", "inch"),
        ("Les bœufs tiraient la charrue dans le champ.", "bœufs", "ox"),
        ("Une forte réplique a secoué la région après le séisme.", "réplique", "aftershock"),
        ("Pas une ride ne troublait la surface du lac.", "ride", "ripple"),
        ("Un cordon de police bloquait la rue.", "cordon", "cordon"),
        ("Elle tira le cordon de la sonnette.", "cordon", "cord"),
        ("Ils burent l'eau fraîche de la source au pied de la montagne.", "source", "spring"),
        ("Le garçon apporta les consommations sur la terrasse du café.", "consommations", "drink"),
        ("L'assistance applaudit l'orateur à la fin du discours.", "assistance", "audience"),
        (
            "L'entreprise a publié un bénéfice record pour l'exercice 2011.",
            "exercice",
            "financial year",
        ),
        ("Les porteurs prirent nos valises sur le quai de la gare.", "porteurs", "porter"),
        ("Le soldat a lancé une grenade dans la tranchée.", "grenade", "grenade"),
        ("Elle mangeait une grenade, les doigts rouges de jus.", "grenade", "pomegranate"),
        ("Le volet social de la réforme sera présenté demain.", "volet", "part"),
        ("Un régiment de dragons traversa le village au galop.", "dragons", "dragoon"),
        ("La pièce avait glissé dans la doublure de son manteau.", "doublure", "lining"),
        ("L'abattage des arbres de la forêt a commencé.", "abattage", "felling"),
        ("Il est arrivé à midi pile.", "pile", "exactly"),
        ("Le voleur et son complice ont été arrêtés par la police.", "complice", "accomplice"),
        ("Le commentateur du match et son complice ont quitté l'émission.", "complice", "partner"),
    ],
)
def test_rank_listing_words_follow_their_context(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word).startswith(sense)
