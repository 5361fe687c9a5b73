"""What follows the verb decides: its object's kind (object_in, person_object), what is
taken out (tirer sa montre), seen home, missed, surrendered to, the place one dwells in, what
one waits for or gets off, what cracks (faire claquer son fouet)."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.lookup.classes.members import class_words
from reader.core.lookup.kinds.words import OBJECT_CLITICS
from reader.core.lookup.partners import DATIVES as CLITIC_DATIVES
from reader.core.lookup.partners import (
    DEFINITE,
    Verb,
    after_verb,
    clitic_index,
    object_of,
    phrase_at,
)
from reader.core.lookup.subjects import PERSON, before_verb, noun_kind
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token


def object_in(words: frozenset[str]) -> Callable[[Analysis, Verb], bool]:
    """A rule: the verb's object, or the noun a que before it stands for, is one of these
    words (souffla la lumière; une pendule qu'on avait oublié de remonter)."""

    def applies(analysis: Analysis, verb: Verb) -> bool:
        phrase = object_of(analysis, verb)
        if phrase is not None:
            return phrase.head.lemma.lower() in words
        antecedent = _antecedent(analysis, verb)
        return antecedent is not None and antecedent.lemma.lower() in words

    return applies


def person_object(analysis: Analysis, verb: Verb) -> bool:
    """The verb's direct object is a person, as subjects.noun_kind reads its noun (retrouver
    son amie, impliquer le président), or a name with no determiner (retrouva Forestier); a
    body of people (la police) is not. Not with an object clitic before the verb (on l'avait
    retrouvé la veille: the noun is a time)."""
    phrase = object_of(analysis, verb)
    if phrase is None or _clitic_object(analysis, verb):
        return False
    head = phrase.head
    # a name, or one the tagger calls a noun (retrouva Forestier au café)
    if head.pos == "PROPN" or (head.pos == "NOUN" and head.text[:1].isupper()):
        return phrase.determiner == ""
    return head.pos == "NOUN" and noun_kind(head) == PERSON


def _antecedent(analysis: Analysis, verb: Verb) -> Token | None:
    """The noun right before que or qu' a few words before the verb, in its clause, when
    nothing stands after the verb but the clause's end (la pendule qu'on a oublié de
    remonter.); None otherwise."""
    tokens = analysis.tokens
    following = tokens[verb.last + 1 : verb.last + 2]
    if following and following[0].is_word and following[0].pos != "CCONJ":
        return None
    for index in range(verb.first - 1, max(0, verb.first - 9), -1):
        word = tokens[index]
        if word.sentence != verb.head.sentence or word.text in (",", ";", ":"):
            return None
        if plain(word.text) in ("que", "qu'"):
            before = index - 2 if tokens[index - 1].text == "," else index - 1  # horloge, qu'on
            return tokens[before] if before >= 0 and tokens[before].pos == "NOUN" else None
    return None


# Where one takes something out of (tira sa montre de son gousset, de sa poche), and what one
# takes out (tira sa montre, un mouchoir): take out, not pull.
POCKETS = frozenset(
    "poche poches gousset corsage sac tiroir malle panier portefeuille bourse armoire "
    "buffet coffre valise carton boîte étui fourreau gaine habit veste manteau gilet".split()
)
DRAWN = frozenset(
    "montre mouchoir bourse portefeuille porte-monnaie clef clé clefs revolver pistolet "
    "épée sabre couteau canif lettre papier papiers carnet cigarette cigare étui "
    "allumette".split()
)


def takes_out(analysis: Analysis, verb: Verb) -> bool:
    """Du Roy tira sa montre, tira de sa poche les feuilles, en tira un savon: take out; not
    tirer l'aiguille, tirer le bouton du timbre, tirer au sort."""
    phrase = object_of(analysis, verb)
    if phrase is not None and phrase.head.lemma.lower() in DRAWN:
        return True
    tokens = analysis.tokens
    for index in range(verb.last + 1, min(len(tokens), verb.last + 1 + 8)):
        word = tokens[index]
        if word.sentence != verb.head.sentence or word.pos in ("VERB", "AUX", "PUNCT"):
            return False
        if plain(word.text) in ("de", "d'", "du"):
            source = phrase_at(analysis, index + (0 if plain(word.text) == "du" else 1))
            if source is not None and source.head.lemma.lower() in POCKETS:
                return True
    return False


def sees_home(analysis: Analysis, verb: Verb) -> bool:
    """Il la reconduisit chez elle, à la station de fiacres; voulez-vous que je vous
    reconduise, ce soir ?: take home, see home; not jusqu'à la porte, à votre porte (see out)."""
    tokens = analysis.tokens
    following = tokens[verb.last + 1 : verb.last + 4]
    if not following or not following[0].is_word:
        return _clitic_object(analysis, verb)
    text = plain(following[0].text)
    if text == "chez":
        return True
    if text in ("à", "au", "jusqu'à", "jusqu'au", "jusque"):
        return not any(plain(t.text) == "porte" for t in following[1:])
    return False


def _clitic_object(analysis: Analysis, verb: Verb) -> bool:
    index = before_verb(analysis, verb.first)
    return index >= 0 and plain(analysis.tokens[index].text) in OBJECT_CLITICS


def misses_object(analysis: Analysis, verb: Verb) -> bool:
    """Il a manqué le train, il manqua le quatorzième, il avait manqué son coup: miss; not il
    manque trois élèves, il lui manquait une dent (impersonal, of what is missing: an
    indefinite or counted noun), nor manquer de, à."""
    clitic = clitic_index(analysis, verb)
    if clitic >= 0 and plain(analysis.tokens[clitic].text) in CLITIC_DATIVES:
        return False
    phrase = object_of(analysis, verb)
    return phrase is not None and phrase.determiner in DEFINITE and not phrase.counted


# Those one gives oneself up to (se rendre à la police, aux autorités, à l'ennemi).
CAPTORS = frozenset(
    "police policier policiers gendarme gendarmes gendarmerie autorité autorités justice "
    "juge ennemi ennemis troupe troupes armée armées soldat soldats vainqueur vainqueurs "
    "assiégeant assiégeants force forces enquêteur enquêteurs".split()
)


def surrenders(analysis: Analysis, verb: Verb) -> bool:
    """Le suspect s'est rendu à la police, la garnison se rendit à l'ennemi: surrender; not
    se rendre à Paris, chez lui (go), se rendre compte, utile (the lists' idioms)."""
    after = after_verb(analysis, verb)
    if after is None or plain(after.text) not in ("à", "au", "aux"):
        return False
    phrase = phrase_at(analysis, after.index + 1)
    return phrase is not None and phrase.head.lemma.lower() in CAPTORS


# Subjects that are a matter, not someone looking (cela ne me regarde pas).
MATTERS = frozenset("cela ça ce c' ceci".split())
OBJECT_CLITICS_OF = frozenset("me m' te t' le la l' les nous vous".split())


def concerns(analysis: Analysis, verb: Verb) -> bool:
    """Cela ne me regarde pas, ça vous regarde: concern, be someone's business; not il me
    regarde, elle la regardait (look at)."""
    clitic = clitic_index(analysis, verb)
    if clitic < 0 or plain(analysis.tokens[clitic].text) not in OBJECT_CLITICS_OF:
        return False
    subject = before_verb(analysis, clitic)
    return subject >= 0 and plain(analysis.tokens[subject].text) in MATTERS


# -- dwelling, waiting, getting off, carrying, estimating, cracking (novel17) ------------------

# Where one lives: demeurer before chez, près de or a street (il demeurait près de la halle,
# rue de Rivoli, chez sa tante), or à, au or en and a place's name (à Rouen): live; not
# demeurer immobile, à genoux, dans le silence (remain).
RESIDENCES = frozenset("chez près rue boulevard avenue faubourg quai impasse".split())
AT_PLACE = frozenset({"à", "au", "en"})


def dwells(analysis: Analysis, verb: Verb) -> bool:
    after = analysis.tokens[verb.last + 1] if verb.last + 1 < len(analysis.tokens) else None
    if after is None or after.sentence != verb.head.sentence:
        return False
    text = plain(after.text)
    if text in RESIDENCES:
        return True
    following = analysis.tokens[after.index + 1 : after.index + 2]
    return text in AT_PLACE and bool(following) and following[0].pos == "PROPN"


# Object clitics of a verb that takes a direct object (l'attendre, une voiture nous
# attendait), past its own subject (nous attendions): wait for.
WAITED = frozenset("le la l' les me m' te t' nous vous".split())
# A clitic of the verb's own person is its subject (nous attendions) or reflexive (je
# m'attendais à: expect), not its object.
SUBJECT_PERSONS = {"nous": "1", "vous": "2", "me": "1", "m'": "1", "te": "2", "t'": "2"}
# What one waits for no time: attendre deux heures, attendre longtemps keep wait.
WAITED_TIMES = frozenset(
    "temps jour journée nuit soirée heure semaine mois an année instant moment minute "
    "seconde".split()
)


def awaits(analysis: Analysis, verb: Verb) -> bool:
    """Il attendait sa mère, personne ne semblait l'attendre, une voiture nous attendait: wait
    for; not attendre deux heures, nous attendions (no object: wait)."""
    index = before_verb(analysis, verb.first)
    if index >= 0:
        clitic = plain(analysis.tokens[index].text)
        person = SUBJECT_PERSONS.get(clitic)
        if clitic in WAITED and (person is None or verb.head.morph.get("Person") != person):
            return True
    phrase = object_of(analysis, verb)
    if phrase is None or phrase.counted or phrase.head.pos not in ("NOUN", "PROPN"):
        return False
    return phrase.head.lemma.lower() not in WAITED_TIMES


# One gets off a vehicle or a horse (il descendit de la diligence, de voiture, du train, de
# cheval): get off, get out, not go down; the partner class's vehicles and the old ones.
OLD_VEHICLES = frozenset(
    "diligence cheval omnibus carrosse wagon coupé charrette carriole cabriolet voiture "
    "fiacre train bateau tramway calèche autobus".split()
)


def gets_off(analysis: Analysis, verb: Verb) -> bool:
    tokens = analysis.tokens
    index = verb.last + 1
    if index >= len(tokens) or plain(tokens[index].text) not in ("de", "du", "d'", "des"):
        return False
    phrase = phrase_at(analysis, index + 1)
    if phrase is None or phrase.head.pos != "NOUN":
        return False
    noun = phrase.head.lemma.lower()
    return noun in OLD_VEHICLES or noun in class_words().get("VEHICLE", frozenset())


# What one cracks or snaps (fit claquer son fouet, sa langue, ses doigts): crack, not slam.
CRACKED = frozenset("fouet langue doigt".split())


def cracks(analysis: Analysis, verb: Verb) -> bool:
    """Le cocher fit claquer son fouet: the noun after the verb (after faire, which
    object_of reads as the infinitive's subject) is a whip, a tongue or fingers."""
    phrase = phrase_at(analysis, verb.last + 1)
    return phrase is not None and phrase.head.lemma.lower() in CRACKED
