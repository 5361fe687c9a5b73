"""Someone as the subject, the object or a dative: food given (donner à manger: serve,
feed), a shock got over (revenu de sa surprise: recover from), something that happens to
someone (il leur arrive de: happen), a knock (on frappa), a foot stamped, someone who turns
up or is missed (tu me manques)."""

from __future__ import annotations

from reader.core.lookup.kinds.words import DATIVES, OBJECT_CLITICS, _at
from reader.core.lookup.partners import DATIVES as CLITIC_DATIVES
from reader.core.lookup.partners import Verb, after_verb, clitic_index, phrase_at
from reader.core.lookup.subjects import PERSON, THING, before_verb, phrase_kind, subject_kind
from reader.core.lookup.surroundings import happening_after, plain
from reader.core.models import Analysis, Token

# A shock one gets over (revenu de sa surprise, de son étonnement).
SHOCKS = frozenset(
    "surprise étonnement stupeur stupéfaction saisissement émotion frayeur effroi peur "
    "émoi ébahissement trouble évanouissement".split()
)
FOOD = frozenset({"manger", "boire"})


def gives_food(analysis: Analysis, verb: Verb) -> bool:
    """Un marchand de vin qui donnait à manger: serve food; not with whom is fed (lui
    donnait à manger, donner à manger aux poules: feed, the next rule)."""
    food = _food_after(analysis, verb)
    return food is not None and plain(food.text) == "manger" and not feeds(analysis, verb)


def gives_drink(analysis: Analysis, verb: Verb) -> bool:
    """Donnant à boire aux bourgeois, on lui donna à boire: serve drinks, give a drink."""
    food = _food_after(analysis, verb)
    return food is not None and plain(food.text) == "boire"


def feeds(analysis: Analysis, verb: Verb) -> bool:
    """Elle lui donnait à manger, donner à manger aux poules: feed."""
    food = _food_after(analysis, verb)
    if food is None or plain(food.text) != "manger":
        return False
    before = before_verb(analysis, verb.first)
    if before >= 0 and plain(analysis.tokens[before].text) in ("lui", "leur", "me", "m'", "te"):
        return True
    following = analysis.tokens[food.index + 1 : food.index + 2]
    return bool(following) and plain(following[0].text) in ("à", "au", "aux")


def _food_after(analysis: Analysis, verb: Verb) -> Token | None:
    """manger or boire right after à after the verb (donnait à manger)."""
    at = _at(analysis, verb)
    if at is None or plain(at.text) != "à":
        return None
    following = analysis.tokens[at.index + 1 : at.index + 2]
    return following[0] if following and plain(following[0].text) in FOOD else None


def recovers(analysis: Analysis, verb: Verb) -> bool:
    """Le marquis, revenu de sa surprise, il revint de son étonnement: recover from; not
    revenir de Paris."""
    after = after_verb(analysis, verb)
    if after is None or plain(after.text) not in ("de", "d'", "du"):
        return False
    phrase = phrase_at(analysis, after.index + (0 if plain(after.text) == "du" else 1))
    return phrase is not None and phrase.head.lemma.lower() in SHOCKS


# What stands before the dative when something happens to someone: il leur arrive de, ce qui
# nous arrive, qu'est-ce qui t'arrive (nous arrivons: nous is the subject).
HAPPENING = frozenset("il ce ça cela qui".split())


def happens(analysis: Analysis, verb: Verb) -> bool:
    """Il leur arrive de parler de moi, ce qui nous arrive, il lui est arrivé un malheur, il
    arrive que, l'ennui qui m'arrive: happen; not nous arrivons, il arrive demain, il arrive à
    Paris, le remplaçant qui nous arrive (someone arrives)."""
    tokens = analysis.tokens
    index = before_verb(analysis, verb.first)
    if index >= 1 and plain(tokens[index].text) in DATIVES:
        subject = plain(tokens[index - 1].text)
        if subject == "qui" and index >= 2 and not plain(tokens[index - 2].text).endswith("ce"):
            return phrase_kind(analysis, index - 1) == THING  # ce qui, qu'est-ce qui: happen
        return subject in HAPPENING
    after = after_verb(analysis, verb)
    subject = plain(tokens[index].text) if index >= 0 else ""
    if subject != "il" or after is None:
        return False
    if plain(after.text) in ("que", "qu'"):
        return True
    # il est arrivé un accident, il arriva quelque chose: an impersonal il and what happens
    return happening_after(analysis, after)


# What may follow a knock: how often and how (deux fois, trois coups), then the door's side.
KNOCKS = frozenset("fois coup coups".split())
AT_DOOR = frozenset("à au chez contre".split())


def knocks(analysis: Analysis, verb: Verb) -> bool:
    """Je frappai deux fois très doucement, on frappa, et frappa deux fois contre la
    boiserie, je frappais chez l'abbé: knock; not il la frappa, frapper le pavé, frapper du
    pied, le besoin de frapper (an infinitive), aucune couleur ne frappait, la pluie frappait
    contre les vitres (a thing)."""
    finite = verb.first != verb.last or verb.head.morph.get("VerbForm") == "Fin"
    if not finite or subject_kind(analysis, verb) == THING:
        return False
    tokens = analysis.tokens
    before = tokens[max(0, verb.first - 1) : verb.head.index]
    if any(plain(t.text) in OBJECT_CLITICS for t in before):
        return False
    index = verb.last + 1
    while index < len(tokens) and (
        tokens[index].pos in ("ADV", "NUM") or plain(tokens[index].text) in KNOCKS
    ):
        index += 1
    if index < len(tokens) and plain(tokens[index].text) in AT_DOOR:
        return True
    alone = index == len(tokens) or tokens[index].pos == "PUNCT"
    return alone and _someone(analysis, verb)  # aucune couleur vive ne frappait: stood out


def _someone(analysis: Analysis, verb: Verb) -> bool:
    """A person as the subject, or il, elle, ils, elles (most often someone)."""
    if subject_kind(analysis, verb) == PERSON:
        return True
    index = before_verb(analysis, verb.first)
    return index >= 0 and plain(analysis.tokens[index].text) in ("il", "elle", "ils", "elles")


def stamps(analysis: Analysis, verb: Verb) -> bool:
    """Il frappa du pied: stamp one's foot."""
    following = [plain(t.text) for t in analysis.tokens[verb.last + 1 : verb.last + 3]]
    return following == ["du", "pied"]


def turns_up(analysis: Analysis, verb: Verb) -> bool:
    """Forestier survint, soufflant; pour m'achever, survint Boucoyran: turn up; not quelque
    chose survenait, les cas qui pouvaient survenir (occur)."""
    if subject_kind(analysis, verb) == PERSON:
        return True
    following = analysis.tokens[verb.last + 1 : verb.last + 2]
    before = analysis.tokens[verb.first - 1] if verb.first > 0 else None
    inverted = before is None or not before.is_word
    return inverted and bool(following) and following[0].pos == "PROPN"


# Subject pronouns of someone or something missed (il may be impersonal: il me manque dix
# euros).
MISSED_PRONOUNS = frozenset("je j' tu nous vous elle ils elles ça".split())


def is_missed(analysis: Analysis, verb: Verb) -> bool:
    """Tu me manques, Jean Lapin leur manquait, ça me manque: be missed by (I miss you); not
    a quality that fails someone (l'audace lui manquait, le souffle lui manqua: lack, fail),
    nor the impersonal il me manque trois euros (be short of)."""
    clitic = clitic_index(analysis, verb)
    if clitic < 0 or plain(analysis.tokens[clitic].text) not in CLITIC_DATIVES:
        return False
    index = before_verb(analysis, clitic)
    if index < 0:
        return False
    word = analysis.tokens[index]
    text = plain(word.text)
    if text in MISSED_PRONOUNS or word.pos == "PROPN":
        return True
    return word.pos == "NOUN" and phrase_kind(analysis, clitic) == PERSON
