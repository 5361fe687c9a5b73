"""The kind of a verb's subject or object where it, and not the verb alone, decides the sense
(constructions.py): a thing as the subject, not a person (mon étude ne marchait pas: work;
cela sentait la misère: smell of; cela tient à peu de chose: be due to), a rumour (le bruit
courait: go round), a shot (le coup partit: go off); what one keeps or runs (tenir un
cabaret: run), blows out (souffler la lumière), winds (remonter la pendule), claps (battre
des mains); food given (donner à manger: serve, feed), nothing understood (n'entendre rien
à), a shock got over (revenu de sa surprise: recover from), something that happens to someone
(il leur arrive de: happen), a garment worn (porter une blouse: wear), a knock (on frappa:
knock), and a negated aller of a thing (les affaires ne vont pas: go well).

Whether the subject is a person or a thing is subjects.py's subject_kind."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.lookup.classes.members import class_words
from reader.core.lookup.partners import DATIVES as CLITIC_DATIVES
from reader.core.lookup.partners import (
    DEFINITE,
    Verb,
    after_verb,
    clitic_index,
    is_past,
    object_of,
    phrase_at,
    subject_of,
)
from reader.core.lookup.subjects import (
    PERSON,
    RELATIVE_SUBJECT,
    THING,
    before_verb,
    noun_kind,
    phrase_kind,
    subject_kind,
)
from reader.core.lookup.surroundings import happening_after, plain
from reader.core.models import Analysis, Token

# What goes round (la rumeur court, le bruit courait que: bruit only before que, since des
# bruits qui courent dans le vent are sounds).
RUMOURS = frozenset("bruit rumeur nouvelle légende on-dit".split())
# What goes off (le coup partit, le fusil est parti tout seul).
SHOTS = frozenset(
    "coup fusil pistolet revolver balle feu détonation obus canon carabine pétard".split()
)
# What one runs or keeps: a shop, a café, a house (tenir un cabaret, une boutique).
BUSINESSES = frozenset(
    "cabaret café boutique magasin hôtel auberge commerce restaurant pension épicerie "
    "brasserie taverne estaminet buvette bazar comptoir débit bureau école ferme "
    "maison ménage salon".split()
)
# What one keeps (tenir un journal, les comptes, un registre).
RECORDS = frozenset("journal comptes compte registre agenda carnet".split())
# What one wears (porter une blouse, des lunettes, l'uniforme), not carries.
GARMENTS = frozenset(
    "blouse habit robe cravate chapeau casquette bonnet calotte uniforme tunique jupe veste "
    "manteau redingote pantalon culotte gilet chemise gant lunette botte soulier chaussure "
    "sabot esclot perruque moustache barbe décoration croix ruban deuil bague collier "
    "monocle lorgnon costume voile tablier soutane toque képi casque cuirasse livrée "
    "pardessus jaquette corset corsage châle écharpe foulard boucle".split()
)
# A look or a turn one takes on (prendre un petit air, une expression, une importance
# nouvelle): take on, not take.
LOOKS = frozenset(
    "air expression pose allure visage mine ton attitude aspect physionomie teinte "
    "couleur importance extension ampleur tournure caractère apparence accent voix".split()
)
# What one returns in kind (rendre un salut, ses baisers: return) or renders (des services).
RETURNED = frozenset("salut baiser regard sourire politesse invitation étreinte".split())
SERVICES = frozenset({"service"})
# Looks one casts (lancer un regard furieux, jeter une œillade: cast, shoot).
GLANCES = frozenset("regard regards œillade oeillade coup-d'œil".split())
# What a court or a body delivers (le tribunal a rendu son jugement, rendre un avis: deliver).
VERDICTS = frozenset(
    "jugement verdict arrêt avis décision sentence ordonnance conclusion conclusions".split()
)
# Harms one prevents (prévenir des actes de violence, les risques, la récidive: prevent),
# where the object of prévenir is no one to warn.
HARMS = frozenset(
    "risque accident crime délit violence acte attentat conflit guerre maladie épidémie "
    "catastrophe danger récidive incendie drame abus fraude dérive crise chômage suicide "
    "infection cancer inondation dommage malheur mal menace agression trouble désordre "
    "émeute faillite erreur retard panne pénurie famine pandémie".split()
)
# What one blows out (souffler la lumière, sa bougie).
LIGHTS = frozenset(
    "lumière bougie bougies chandelle chandelles lampe flambeau allumette cierge lanterne "
    "veilleuse".split()
)
# What one winds (remonter la pendule, sa montre).
CLOCKS = frozenset("pendule montre horloge réveil réveille-matin ressort coucou".split())
# A shock one gets over (revenu de sa surprise, de son étonnement).
SHOCKS = frozenset(
    "surprise étonnement stupeur stupéfaction saisissement émotion frayeur effroi peur "
    "émoi ébahissement trouble évanouissement".split()
)
FOOD = frozenset({"manger", "boire"})
PLACE_ADVERBS = frozenset("ici là là-bas là-haut ailleurs partout dedans dehors".split())


def _subject_lemma(analysis: Analysis, verb: Verb) -> str:
    """The lemma of the noun before the verb (or before qui), or ""."""
    index = before_verb(analysis, verb.first)
    if index >= 0 and plain(analysis.tokens[index].text) in RELATIVE_SUBJECT:
        phrase = subject_of(analysis, index)
    else:
        phrase = subject_of(analysis, verb.first)
    return "" if phrase is None else phrase.head.lemma.lower()


def thing_subject(analysis: Analysis, verb: Verb) -> bool:
    """Mon étude ne marchait pas, ça marche, une affaire qui marche: work; not il marchait,
    le vieillard marchait, les troupes marchaient (walk)."""
    return subject_kind(analysis, verb) == THING


def is_scheduled(analysis: Analysis, verb: Verb) -> bool:
    """La réunion devait se tenir jeudi, le texte devait être voté en mai: was due to (what was
    planned for a thing); not il devait partir, a person's obligation (had to), nor a dû, the
    passé composé (l'avion a dû atterrir: had to)."""
    return (
        verb.lemma == "devoir"
        and verb.head.morph.get("Tense") == "Imp"
        and is_past(analysis, verb)
        and subject_kind(analysis, verb) == THING
    )


# Object pronouns before a verb: il m'a lâché, on l'a lâché (let go of, drop).
HELD_CLITICS = frozenset("le la les l' l’ me m' m’ te t' t’".split())


def gives_up(analysis: Analysis, verb: Verb) -> bool:
    """On n'a jamais lâché, nous ne lâcherons rien, ils n'ont rien lâché, les grévistes ne
    désarment pas: give up (the verb holds nothing, or rien); not il lâcha la corde, on l'a
    lâché (let go of, drop), nor a thing as the subject (la corde a lâché: give way), nor a
    passive (il a été lâché), nor a participle alone (le mot lâché)."""
    if verb.lemma not in ("lâcher", "désarmer") or verb.passive:
        return False
    if subject_kind(analysis, verb) == THING:
        return False
    if verb.head.morph.get("VerbForm") == "Part" and verb.first == verb.head.index:
        return False  # a participle alone, after its noun: le grand mot lâché (let out)
    clitic = clitic_index(analysis, verb)
    if clitic >= 0 and plain(analysis.tokens[clitic].text) in HELD_CLITICS:
        return False
    after = after_verb(analysis, verb)
    return after is None or plain(after.text) == "rien"


def goes_badly(analysis: Analysis, verb: Verb) -> bool:
    """Les affaires ne vont pas, ça ne va pas, le réveillon ne va pas ;: go well (negated); a
    thing as the subject, ne before and nothing after the verb but pas, plus or point (not il
    ne va pas à Paris, ça ne va pas durer, cette robe ne lui va pas: suit)."""
    if subject_kind(analysis, verb) != THING:
        return False
    tokens = analysis.tokens
    if any(plain(t.text) in DATIVES for t in tokens[max(0, verb.first - 2) : verb.head.index]):
        return False
    before = tokens[max(0, verb.first - 1) : verb.head.index]
    if not any(plain(t.text) in ("ne", "n'") for t in before):
        return False
    index = verb.last + 1
    while index < len(tokens) and plain(tokens[index].text) in NEGATION_PARTNERS:
        index += 1
    return index == len(tokens) or not tokens[index].is_word


NEGATION_PARTNERS = frozenset("pas plus point jamais trop donc".split())


# What a person smells of (un vieux député qui sentait le tabac, il sentait le vin: smell of),
# where a person's sentir is otherwise feel (il sentait la fatigue).
SMELLS = frozenset(
    "tabac pipe cigare cigarette vin alcool eau-de-vie absinthe bière ail oignon sueur "
    "moisi renfermé parfum musc savon cuir fumée graisse friture écurie étable fumier "
    "vinaigre poisson marée rance".split()
)


def smells_of(analysis: Analysis, verb: Verb) -> bool:
    """Cela sentait la misère, la chambre sentait le tabac, un homme qui sentait le vin:
    smell of; not je sentais le froid, il sentit sa main (feel), cela sentait bon (no noun
    after it)."""
    kind = subject_kind(analysis, verb)
    if kind not in (THING, PERSON):
        return False
    phrase = object_of(analysis, verb)
    if phrase is None or phrase.determiner == "" or phrase.head.pos != "NOUN":
        return False
    if kind == PERSON and not _smells_of_itself(analysis, verb, phrase.head):
        return False
    following = analysis.tokens[phrase.head.index + 1 : phrase.head.index + 2]
    return not following or following[0].morph.get("VerbForm") != "Inf"  # sentit son cœur battre


# Subjects who smell what is around them (on sentait le renfermé, je sentais le tabac: smell),
# not what they smell of.
PERCEIVERS = frozenset("on je j' tu nous vous".split())


def _smells_of_itself(analysis: Analysis, verb: Verb, noun: Token) -> bool:
    """A person who smells of a smell (le député sentait le tabac), not one who smells
    something (on sentait le renfermé) or someone's smell (il sentait le parfum de sa voisine)."""
    if noun.lemma.lower() not in SMELLS:
        return False
    index = before_verb(analysis, verb.first)
    if index >= 0 and plain(analysis.tokens[index].text) in PERCEIVERS:
        return False
    following = analysis.tokens[noun.index + 1 : noun.index + 2]
    return not following or plain(following[0].text) not in ("de", "d'", "du", "des")


def subject_in(words: frozenset[str]) -> Callable[[Analysis, Verb], bool]:
    """A rule: the verb's subject is one of these nouns (le coup partit)."""

    def applies(analysis: Analysis, verb: Verb) -> bool:
        return _subject_lemma(analysis, verb) in words

    return applies


def goes_round(analysis: Analysis, verb: Verb) -> bool:
    """La rumeur court, le bruit courut qu'il était mort: go round; not des bruits qui courent
    dans le vent (sounds)."""
    lemma = _subject_lemma(analysis, verb)
    if lemma != "bruit":
        return lemma in RUMOURS
    following = analysis.tokens[verb.last + 1 : verb.last + 1 + 6]
    return any(plain(t.text) in ("que", "qu'") for t in following)


def is_attached(analysis: Analysis, verb: Verb) -> bool:
    """Le principal tenait beaucoup à cet élève, elle tient à sa réputation: be attached to,
    value; a person and à before a noun phrase (not an infinitive: tenir à partir)."""
    return subject_kind(analysis, verb) == PERSON and _before_noun(analysis, verb)


def is_due(analysis: Analysis, verb: Verb) -> bool:
    """Cela tient à peu de chose, son succès tient à sa voix: be due to, depend on."""
    return subject_kind(analysis, verb) == THING and _at(analysis, verb) is not None


def _at(analysis: Analysis, verb: Verb) -> Token | None:
    after = after_verb(analysis, verb)
    return after if after is not None and plain(after.text) in ("à", "au", "aux") else None


def _before_noun(analysis: Analysis, verb: Verb) -> bool:
    """à, au, aux before a noun phrase or a name (à cet élève, à sa réputation)."""
    at = _at(analysis, verb)
    if at is None:
        return False
    phrase = phrase_at(analysis, at.index + 1)
    return phrase is not None and (plain(at.text) != "à" or phrase.determiner != "")


def understands_nothing(analysis: Analysis, verb: Verb) -> bool:
    """Je n'entendais rien à la politique, il n'y entend rien: understand; not je
    n'entendais rien (hear nothing)."""
    tokens = analysis.tokens
    after = tokens[verb.last + 1 : verb.last + 2]  # rien, which the tagger may call an adverb
    if not after or plain(after[0].text) != "rien":
        return False
    before = [plain(t.text) for t in tokens[max(0, verb.first - 2) : verb.head.index]]
    if "y" in before:  # n'y entend rien (the group may hold ne and y)
        return True
    if _relative_at(analysis, verb):
        return True  # la musique, à laquelle je n'entendais rien
    following = tokens[verb.last + 2 : verb.last + 3]
    return bool(following) and plain(following[0].text) in ("à", "au", "aux")


# Relatives that stand for à and what it governs: the thing one understands nothing of.
RELATIVES_AT = frozenset("auquel auxquels auxquelles quoi laquelle lesquels lesquelles".split())


def _relative_at(analysis: Analysis, verb: Verb) -> bool:
    """auquel, à laquelle, à quoi a few words before the verb in its clause."""
    tokens = analysis.tokens
    for index in range(verb.first - 1, max(-1, verb.first - 6), -1):
        word = tokens[index]
        if word.sentence != verb.head.sentence or word.text in (",", ";", ":"):
            return False
        text = plain(word.text)
        if text in ("auquel", "auxquels", "auxquelles"):
            return True
        if text in RELATIVES_AT and index > 0 and plain(tokens[index - 1].text) == "à":
            return True
    return False


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
DATIVES = frozenset("me m' te t' lui nous vous leur".split())


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
OBJECT_CLITICS = frozenset("le la l' les me m' te t' nous vous lui leur se s'".split())


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


# What one picks up again or takes back (reprit sa malle, ses seaux, son chapeau): pick up,
# not resume (reprit sa lecture, sa route).
CARRIED = frozenset(
    "malle valise sac seau panier chapeau canne parapluie pardessus manteau paquet bagage "
    "fusil arme verre tasse couteau clef clé cruche lampe bougie chandelier pipe".split()
)
# What one estimates (estimer la valeur, le prix, le nombre): estimate, not consider.
AMOUNTS = frozenset(
    "valeur prix coût montant nombre distance âge poids taille durée perte dégât dommage "
    "chiffre somme quantité superficie population".split()
)
# What one cracks or snaps (fit claquer son fouet, sa langue, ses doigts): crack, not slam.
CRACKED = frozenset("fouet langue doigt".split())


def cracks(analysis: Analysis, verb: Verb) -> bool:
    """Le cocher fit claquer son fouet: the noun after the verb (after faire, which
    object_of reads as the infinitive's subject) is a whip, a tongue or fingers."""
    phrase = phrase_at(analysis, verb.last + 1)
    return phrase is not None and phrase.head.lemma.lower() in CRACKED
