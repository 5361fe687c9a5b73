"""What follows or precedes a verb where it, and not only the verb's object class, decides the
sense (constructions.py): an adjective as its object's attribute (cela le rendit fier: make),
an infinitive (il comptait partir: intend to; ils me firent haïr Lyon: make; devoir être:
must), a body part after a preposition (tenant à la main: hold; portant sur sa tête: carry),
a person as the subject (j'arrive à temps: arrive), an object and no infinitive (je lui devais
de l'argent: owe), and the object kinds of a few frequent verbs (sonner, serrer, passer,
faire, reprendre).

Each rule reads the words' places and tags and answers False wherever they do not settle
it: the governed prepositions (tenir à: be keen on, porter sur: be about) and the
dictionaries keep the rest."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.grammar.conjugation import ETRE_VERBS
from reader.core.lookup.partners import (
    INVERTED,
    Verb,
    after_verb,
    is_modal,
    object_of,
    phrase_at,
    subject_of,
)
from reader.core.lookup.surroundings import NEWS_TOLD, before_news, plain
from reader.core.models import Analysis, Token

# Adjectives that open a noun phrase rather than describe one (rendre tous les saluts).
QUANTIFIERS = frozenset(
    "tout toute tous toutes même mêmes autre autres certain certaine certains certaines "
    "quelque quelques nul nulle chaque plusieurs maint mainte pareil pareille tel telle "
    "seul seule".split()
)
# What one hears happen, whose noun after it is its subject (entendre sonner les cloches,
# ronfler la mer, dire, parler de), not what one intends to do.
HEARD = frozenset(
    "dire parler prononcer nommer répéter appeler demander raconter lire réciter chanter "
    "crier hurler murmurer chuchoter siffler sonner tinter résonner retentir gronder rugir "
    "craquer grincer claquer frapper battre ronfler rire pleurer gémir soupirer tousser "
    "aboyer bourdonner crépiter pétiller couler rouler marcher courir bouger remuer voler "
    "jouer traiter désigner souffler respirer sangloter éclater exploser tirer".split()
)
# Degree words between an object and its attribute (rendait la vie plus douce).
DEGREES = frozenset("plus moins si très aussi trop bien fort".split())
# Clitics between a verb and its infinitive (comptait l'épouser, comptes-tu y aller).
CLITICS = frozenset("le la l' les lui leur me m' te t' se s' nous vous y en ne n' -tu".split())
# What one holds in a hand or carries on the body (tenant à la main, portant sur sa tête).
BODY = frozenset(
    "main mains dent dents bras poing doigt doigts bouche lèvre lèvres tête épaule épaules "
    "dos poitrine cou front visage nez oreille ventre genou genoux cuisse jambe "
    "habit manteau veste chapeau casquette".split()
)
# What one gets back (reprendre haleine, son sang-froid, courage: regain, not resume).
REGAINED = frozenset(
    "haleine souffle courage sang-froid force esprit connaissance conscience contenance "
    "confiance espoir assurance aplomb calme équilibre".split()
)
# What strikes when sonner tells the time (neuf heures sonnaient, minuit sonne).
HOURS = frozenset("heure midi minuit quart demie angélus".split())
# What one rings (sonner la cloche); how a word sounds (sonner faux, creux).
BELLS = frozenset("cloche cloches sonnette timbre carillon".split())
SOUNDING = frozenset("faux creux juste bien mal clair haut".split())
# What sounds rather than rings (le clairon sonnait, la trompette sonne la charge).
HORNS = frozenset("clairon trompette cor cornet trompe buccin olifant".split())
# A reflexive pronoun and the subject it refers to: te rappelles-tu, je me rappelle.
REFLEXIVES = {
    "te": ("tu", "-tu"),
    "t'": ("tu", "-tu"),
    "me": ("je", "j'", "-je"),
    "m'": ("je", "j'", "-je"),
}
# What one spends (passer son temps à, passa ces deux jours à, passer la nuit).
DURATIONS = frozenset(
    "temps jour journée nuit soirée matinée après-midi heure semaine mois an année vie "
    "reste été hiver automne printemps vacances dimanche week-end quart instant moment "
    "minute".split()
)
# What one makes rather than does (faire un effort, un geste, une erreur, une proposition).
MADE = frozenset(
    "effort geste signe mouvement bruit bond saut sursaut visite voyage entrée scène "
    "proposition déclaration erreur faute promesse choix remarque observation compliment "
    "offre grimace tentative découverte progrès plan projet plaisanterie fortune vacarme "
    "tapage détour halte pause révérence salut sacrifice serment vœu aveu reproche "
    "annonce demande concession conquête gaffe".split()
)
# What tightens when a feeling grips someone (une angoisse lui serra le cœur).
GRIPPED = frozenset("cœur coeur gorge".split())
DATIVE_CLITICS = frozenset("me m' te t' lui leur nous vous".split())
# Subjects that are people: j'arrive; not cela, ce qui (il arrive que: happen).
PERSONAL = frozenset({"je", "j'", "tu", "on"})
SHARED = frozenset({"nous", "vous"})  # a subject, or an object after qui: ce qui nous arrive
NOT_SUBJECTS = frozenset("qui il ils elle elles cela ça ce c' on je j' tu que qu'".split())


def has_attribute(analysis: Analysis, verb: Verb) -> bool:
    """Cela le rendit très fier, la rendait charmante, rendait odieuse son existence,
    rendait la vie plus douce: make; not rendre pareille somme, rendre tous les saluts,
    rendre visite."""
    tokens = analysis.tokens
    index = _past_adverbs(analysis, verb.last + 1, verb.head.sentence)
    if index >= len(tokens):
        return False
    if tokens[index].pos == "ADJ":
        return _is_attribute(analysis, index)
    phrase = phrase_at(analysis, index)
    if phrase is None or phrase.head.pos != "NOUN":
        return False
    after = phrase.head.index + 1
    return (
        after + 1 < len(tokens)
        and plain(tokens[after].text) in DEGREES
        and tokens[after + 1].pos == "ADJ"
    )


def _is_attribute(analysis: Analysis, index: int) -> bool:
    """An adjective standing alone (fier, charmante), not one before its noun (pareille
    somme) nor a quantifier (tous)."""
    word = analysis.tokens[index]
    if plain(word.text) in QUANTIFIERS:
        return False
    following = analysis.tokens[index + 1 : index + 2]
    return not following or following[0].pos not in ("NOUN", "PROPN")


def _past_adverbs(analysis: Analysis, index: int, sentence: int) -> int:
    tokens = analysis.tokens
    while index < len(tokens) and tokens[index].sentence == sentence:
        if tokens[index].pos != "ADV" and plain(tokens[index].text) not in INVERTED:
            break
        index += 1
    return index


def before_infinitive(analysis: Analysis, verb: Verb) -> bool:
    """Il comptait l'épouser, comptez-vous rester, que comptes-tu faire: intend to; not
    compter sur, compter les jours, compte pour le remplacer."""
    return _infinitive_after(analysis, verb) is not None


def intends(analysis: Analysis, verb: Verb) -> bool:
    """Le gouvernement entend réformer le système, j'entends être libre: intend; not
    entendre une voix, nor the sound of what one hears doing something (on entendait
    ronfler la mer, il entendit frapper à sa porte, entendre dire que): the infinitive is
    être or avoir, or takes a noun as its object, and makes no sound nor moves."""
    infinitive = _infinitive_after(analysis, verb)
    if infinitive is None:
        return False
    lemma = infinitive.lemma.lower()
    if lemma in ("être", "avoir"):
        return True
    if lemma in HEARD or lemma in ETRE_VERBS:
        return False
    return phrase_at(analysis, infinitive.index + 1) is not None


def _infinitive_after(analysis: Analysis, verb: Verb) -> Token | None:
    """The infinitive a few words after the verb, with only adverbs and clitics between."""
    tokens = analysis.tokens
    for index in range(verb.last + 1, min(len(tokens), verb.last + 5)):
        word = tokens[index]
        if word.sentence != verb.head.sentence:
            return None
        if word.morph.get("VerbForm") == "Inf":
            return word
        text = plain(word.text)
        if word.pos != "ADV" and text not in CLITICS and text not in INVERTED:
            return None
    return None


def causes(analysis: Analysis, verb: Verb) -> bool:
    """Ils me firent haïr Lyon, je fis venir un punch, elle le fit asseoir: make, have; not
    il se fit servir (se faire: get, the pronominal verb's), il fait beau."""
    before = analysis.tokens[verb.first - 1] if verb.first > 0 else None
    if before is not None and plain(before.text) in ("se", "s'"):
        return False
    return before_infinitive(analysis, verb)


def holds_in(prepositions: frozenset[str]) -> Callable[[Analysis, Verb], bool]:
    """A rule: one of these prepositions, then a body part or a garment (tenait aux dents
    une pipe, tenant à la main une lettre; portant sur sa tête un panier)."""

    def applies(analysis: Analysis, verb: Verb) -> bool:
        after = after_verb(analysis, verb)
        if after is None or plain(after.text) not in prepositions:
            return False
        phrase = phrase_at(analysis, after.index + 1)
        return phrase is not None and phrase.head.lemma.lower() in BODY

    return applies


def person_arrives(analysis: Analysis, verb: Verb) -> bool:
    """J'arrive à temps, nous arrivions devant le cabinet, il arrivait de Palerme, Du Roy
    arriva juste à l'heure: arrive; not il m'arrive de, ce qui nous arrive, j'en arrive à
    croire, je n'arrive pas à dormir (manage to), il arrive que."""
    after = after_verb(analysis, verb)
    if after is not None and _governs_infinitive(analysis, after):
        return False
    if after is not None and plain(after.text) in ("que", "qu'"):
        return False
    if (
        after is not None
        and plain(after.text) in ("à", "au", "aux")
        and not _on_time(analysis, after)
    ):
        return False  # arriver au collège: reach, the dictionaries' sense
    subject = _subject_before(analysis, verb)
    if subject is None:
        return False
    if subject.pos == "PROPN":
        return True
    text = plain(subject.text)
    if text in SHARED:
        before = analysis.tokens[subject.index - 1] if subject.index > 0 else None
        return before is None or plain(before.text) not in NOT_SUBJECTS
    if text in PERSONAL:
        return True
    # il arrivait de Palerme: a place the subject comes from
    return (
        text in ("il", "elle")
        and after is not None
        and plain(after.text) in ("de", "d'")
        and _next_is_name(analysis, after)
    )


def _governs_infinitive(analysis: Analysis, after: Token) -> bool:
    """à or de before an infinitive (arriver à dormir: manage to)."""
    if plain(after.text) not in ("à", "de", "d'"):
        return False
    following = analysis.tokens[after.index + 1 : after.index + 4]
    for word in following:
        if word.morph.get("VerbForm") == "Inf":
            return True
        if plain(word.text) not in CLITICS:
            return False
    return False


def _on_time(analysis: Analysis, after: Token) -> bool:
    """à temps, à l'heure: when one arrives, not where."""
    following = [plain(t.text) for t in analysis.tokens[after.index + 1 : after.index + 3]]
    return following[:1] == ["temps"] or following == ["l'", "heure"]


def _next_is_name(analysis: Analysis, after: Token) -> bool:
    """A name after the preposition, or a capitalised noun the tagger took for a word."""
    following = analysis.tokens[after.index + 1 : after.index + 2]
    if not following:
        return False
    word = following[0]
    return word.pos == "PROPN" or (word.pos == "NOUN" and word.text[:1].isupper())


def _subject_before(analysis: Analysis, verb: Verb) -> Token | None:
    """The word right before the verb group past ne; None after a dative or an object
    pronoun, y or en (il m'arrive, j'en arrive à, j'y arrive)."""
    index = verb.first - 1
    while index >= 0 and plain(analysis.tokens[index].text) in ("ne", "n'"):
        index -= 1
    if index < 0 or analysis.tokens[index].sentence != verb.head.sentence:
        return None
    return analysis.tokens[index]


def is_probable(analysis: Analysis, verb: Verb) -> bool:
    """Ce doit être Laurine, il doit être loin: must (be); devoir in the present before
    être."""
    return _before_etre(analysis, verb, "Pres")


def was_probable(analysis: Analysis, verb: Verb) -> bool:
    """Il devait être loin, ce devait être sa femme: must have (been); devoir in the
    imperfect before être (il a dû partir, il dut être: the past modal's)."""
    return _before_etre(analysis, verb, "Imp")


def _before_etre(analysis: Analysis, verb: Verb, tense: str) -> bool:
    morph = verb.head.morph
    if verb.first != verb.last or morph.get("Tense") != tense or morph.get("Mood") != "Ind":
        return False  # tu devrais être: the conditional's should
    index = _past_adverbs(analysis, verb.last + 1, verb.head.sentence)
    following = analysis.tokens[index : index + 1]
    if not following or following[0].lemma != "être":
        return False
    return following[0].morph.get("VerbForm") == "Inf"


def owes(analysis: Analysis, verb: Verb) -> bool:
    """Je lui devais beaucoup d'argent, il devait son surnom à, à qui dois-tu ça, il ne
    devait que deux cents francs: owe; not il doit partir, il devait, en outre, ..."""
    if is_modal(analysis, verb) or _infinitive_ahead(analysis, verb):
        return False
    after = after_verb(analysis, verb)
    if after is None or (after.pos == "NOUN" and after.text.endswith("er")):
        return False  # il devait dîner: an infinitive the tagger took for a noun
    text = plain(after.text)
    if text in ("que", "qu'"):
        return _negated(analysis, verb)  # ne devait que deux cents francs
    if text in ("de", "d'"):  # beaucoup d'argent; de l'argent, des excuses (partitive)
        return analysis.tokens[after.index - 1].pos == "ADV" or _determiner_next(analysis, after)
    return after.pos in ("DET", "NOUN", "PROPN", "NUM", "PRON") or text in ("au", "aux", "à")


def _determiner_next(analysis: Analysis, word: Token) -> bool:
    following = analysis.tokens[word.index + 1] if word.index + 1 < len(analysis.tokens) else None
    return following is not None and following.pos == "DET"


def _infinitive_ahead(analysis: Analysis, verb: Verb) -> bool:
    """An infinitive in the clause after the verb: je dus ce jour-là faire le trajet."""
    for word in analysis.tokens[verb.last + 1 : verb.last + 7]:
        if word.pos == "PUNCT" and word.text != "-":
            return False
        if word.morph.get("VerbForm") == "Inf":
            return True
    return False


def _negated(analysis: Analysis, verb: Verb) -> bool:
    before = analysis.tokens[max(0, verb.first - 3) : verb.last]  # ne may be in the group
    return any(plain(t.text) in ("ne", "n'") for t in before)


def fails_to(analysis: Analysis, verb: Verb) -> bool:
    """Il ne manquait pas de me dire, ne manquera point de vous servir: (not) fail to."""
    return _negated(analysis, verb) and _de_infinitive(analysis, verb)


def nearly(analysis: Analysis, verb: Verb) -> bool:
    """Il a manqué de tomber, elle manqua de s'évanouir: nearly; not il manque d'argent."""
    return not _negated(analysis, verb) and _de_infinitive(analysis, verb)


def _de_infinitive(analysis: Analysis, verb: Verb) -> bool:
    after = after_verb(analysis, verb)
    return after is not None and _governs_infinitive(analysis, after) and plain(after.text) != "à"


def robs(analysis: Analysis, verb: Verb) -> bool:
    """Il lui a volé sa montre, tu as volé à Madeleine la moitié: steal (from); not voler au
    secours de (fly)."""
    index = verb.first - 1
    while index >= 0 and plain(analysis.tokens[index].text) in ("ne", "n'"):
        index -= 1
    if index >= 0 and plain(analysis.tokens[index].text) in ("lui", "leur"):
        return True
    after = after_verb(analysis, verb)
    return after is not None and plain(after.text) == "à" and _next_is_name(analysis, after)


def tells(analysis: Analysis, verb: Verb) -> bool:
    """Jacques m'apprit que, on m'a appris qu'il était souffrant, qui t'a appris cela: tell;
    not en apprenant que (learn), lui apprendre le métier (teach)."""
    index = verb.first - 1
    while index >= 0 and plain(analysis.tokens[index].text) in ("ne", "n'"):
        index -= 1
    if index < 0 or plain(analysis.tokens[index].text) not in DATIVE_CLITICS:
        return False
    return before_news(analysis, verb.head) or _news_to_tell(analysis, index)


def _news_to_tell(analysis: Analysis, dative: int) -> bool:
    """Une nouvelle à vous apprendre: the news to tell someone (novel18)."""
    tokens = analysis.tokens
    return (
        dative >= 2
        and plain(tokens[dative - 1].text) == "à"
        and bool(NEWS_TOLD & {tokens[dative - 2].lemma.lower(), plain(tokens[dative - 2].text)})
    )


def strikes(analysis: Analysis, verb: Verb) -> bool:
    """Neuf heures sonnaient, minuit sonne à Saint-Germain, l'heure de la classe sonna:
    strike."""
    phrase = subject_of(analysis, verb.first)
    return phrase is not None and phrase.head.lemma.lower() in HOURS


def rings(analysis: Analysis, verb: Verb) -> bool:
    """Il sonna, je sonnai, la cloche sonna, on sonnait la cloche: ring; not sonner faux
    (sound), sonner le clairon, la charge."""
    after = after_verb(analysis, verb)
    if after is not None and (after.pos == "ADJ" or plain(after.text) in SOUNDING):
        return False
    subject = subject_of(analysis, verb.first)
    if subject is not None and subject.head.lemma.lower() in HORNS:
        return False
    phrase = object_of(analysis, verb)
    return phrase is None or phrase.head.lemma.lower() in BELLS


def is_reflexive(analysis: Analysis, verb: Verb) -> bool:
    """Te rappelles-tu la forêt, te le rappelles-tu, je me rappelle: the pronominal verb
    (remember) the lists miss when its subject is put after it; not ce nom me rappela."""
    tokens = analysis.tokens
    index = verb.first - 1
    while index >= 0 and plain(tokens[index].text) in ("le", "la", "l'", "les", "en", "ne", "n'"):
        index -= 1
    if index < 0 or plain(tokens[index].text) not in REFLEXIVES:
        return False
    subjects = REFLEXIVES[plain(tokens[index].text)]
    before = plain(tokens[index - 1].text) if index > 0 else ""
    after = tokens[verb.last + 1 : verb.last + 2]
    return before in subjects or (bool(after) and plain(after[0].text) in subjects)


def hugs(analysis: Analysis, verb: Verb) -> bool:
    """Elle le serra dans ses bras, la serrait contre lui, serrés l'un contre l'autre: hug;
    not serrer la main (shake hands), serrer les dents."""
    tokens = analysis.tokens
    for index in range(verb.last + 1, min(len(tokens), verb.last + 1 + 6)):
        word = tokens[index]
        if word.sentence != verb.head.sentence or word.pos in ("VERB", "AUX", "PUNCT"):
            return False
        text = plain(word.text)
        if text == "contre":
            return True
        if text == "dans":
            phrase = phrase_at(analysis, index + 1)
            return phrase is not None and phrase.head.lemma.lower() == "bras"
    return False


def grips(analysis: Analysis, verb: Verb) -> bool:
    """Une angoisse lui serra le cœur, cela me serrait le cœur: wring, grip; a dative and the
    heart or the throat as the object."""
    before = analysis.tokens[verb.first - 1] if verb.first > 0 else None
    if before is None or plain(before.text) not in DATIVE_CLITICS:
        return False
    phrase = object_of(analysis, verb)
    return phrase is not None and phrase.head.lemma.lower() in GRIPPED


def spends(analysis: Analysis, verb: Verb) -> bool:
    """Ils passaient leur temps à colorier, je passai ces deux jours à, il passa là le reste
    du jour: spend, where the governed passer à (move on to) misreads it; not passer la
    porte, passer devant."""
    phrase = object_of(analysis, verb)
    if phrase is not None:
        return phrase.head.lemma.lower() in DURATIONS
    return _fronted_duration(analysis, verb)


def _fronted_duration(analysis: Analysis, verb: Verb) -> bool:
    """A length of time put first, before que and the verb's subject (les étés que nous
    passions chez ma grand-mère, les heures qu'il y passait: spend; novel17)."""
    tokens = analysis.tokens
    index = verb.first - 1
    while index >= 0 and (
        tokens[index].pos == "PRON" or plain(tokens[index].text) in SKIPPED_CLITICS
    ):
        if plain(tokens[index].text) in ("que", "qu'"):
            break
        index -= 1
    if index < 1 or plain(tokens[index].text) not in ("que", "qu'"):
        return False
    noun = tokens[index - 1]
    return noun.pos == "NOUN" and noun.lemma.lower() in DURATIONS


SKIPPED_CLITICS = frozenset({"ne", "n'", "y", "en"})
