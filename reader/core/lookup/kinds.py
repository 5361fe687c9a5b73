"""The kind of a verb's subject or object where it, and not the verb alone, decides the sense
(constructions.py): a thing as the subject, not a person (mon étude ne marchait pas: work;
cela sentait la misère: smell of; cela tient à peu de chose: be due to), a rumour (le bruit
courait: go round), a shot (le coup partit: go off); what one keeps or runs (tenir un
cabaret: run), blows out (souffler la lumière), winds (remonter la pendule), claps (battre
des mains); food given (donner à manger: serve, feed), nothing understood (n'entendre rien
à), a shock got over (revenu de sa surprise: recover from); and arriver with no complement
after a wish (le désir d'arriver: succeed).

A subject is a person when it is je, tu, nous, vous, on, a name, or a noun of the LIVING
list (people, their groups and animals); a thing when it is cela, ça, ce, or another noun
whose ending does not name a doer (-eur, -ier, -iste ... : LIVING_ENDINGS). Il and elle,
whose antecedent the analysis does not keep, leave the sense to the dictionaries."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.lookup.partners import (
    PERSONS,
    Verb,
    after_verb,
    object_of,
    phrase_at,
    subject_of,
)
from reader.core.lookup.subjects import PEOPLE
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token

PERSON = "person"
THING = "thing"
PERSONAL = frozenset("je j' tu nous vous on".split())
DEMONSTRATIVES = frozenset("cela ça ceci ce c'".split())
# People, the groups they march in and the animals of news and novels: subjects that walk,
# run and feel, whatever the verb. The frequent ones, and those of tests/data/corpus/ that the
# rule first read as things (picked by hand from every noun it read so).
LIVING = (
    PEOPLE
    | (PERSONS - {"regard", "oeil", "œil", "yeux"})
    | frozenset(
        "élève élèves maître maîtresse pion principal professeur écolier collégien étudiant "
        "camarade oncle tante cousin cousine neveu nièce parent parents grand-père grand-mère "
        "bonne servante valet garçon patronne marquis marquise comte comtesse baron baronne "
        "duc duchesse prince princesse abbé curé docteur capitaine général colonel lieutenant "
        "sergent caporal soldat troupe troupes armée régiment bataillon colonne escadron "
        "compagnie cortège procession foule monde peuple public assistance bande groupe "
        "famille équipe monsieur messieurs dame dames demoiselle mademoiselle gamin gamine "
        "gars bonhomme vieux vieille jeune inconnu inconnue voyageur passant promeneur "
        "cocher portier concierge domestique cheval chevaux chien chienne chat chatte bête "
        "animal oiseau âne mulet bœuf boeuf vache mouton loup renard rat souris cheval "
        "lièvre lapin coq poule moineau mouche insecte notaire secrétaire commissaire "
        "fonctionnaire propriétaire locataire adversaire vicaire missionnaire militaire dieu "
        "poète rival pauvre sous-préfet préfet chef négresse brave chéri chérie voisine fée "
        "philosophe maman papa témoin employé imbécile compagnon muse magistrat confrère "
        "personnage veuve peintre bossu client cliente ange brune blonde boucher favori hôte "
        "misérable reporter sage vilain commis juif christ allié vicomte vicomtesse gredin "
        "complice étranger étrangère saint sainte sauvage malheureux malheureuse libraire "
        "lâche créole écrivain gendre convive moribond arabe invité invitée évêque passager "
        "civil révolutionnaire créature habitué ennemi bourreau bien-aimé aveugle patient "
        "bergère amoureux amoureuse marchande crapule désespéré victime porte-parole hacker "
        "internaute carmélite espagnol matelot suisse cadet monstre diable démon fantôme "
        "drôle original petit petite grand gros blond autre avocat candidat député diplomate "
        "cygne chameau serin perroquet kakatoès poisson poulet oie cochon buffle araignée "
        "cigale grillon lion tigre ours singe".split()
    )
)
# Endings of nouns that name a doer (chanteur, ouvrier, artiste, passant): never read as a
# thing, though some are things (moteur, papier); the rule then leaves the sense alone.
LIVING_ENDINGS = (
    "eur", "euse", "ier", "ière", "iste", "ien", "ienne", "ant", "ante", "ard", "arde",
    "ais", "aise", "ois", "oise",
)  # fmt: skip
# Parts of the body, which feel and move as their owner does.
BODY = frozenset(
    "pied pieds main mains doigt doigts bras jambe jambes genou genoux tête front visage "
    "nez bouche lèvre lèvres langue peau corps cœur coeur poitrine dos épaule épaules "
    "ventre cou gorge oreille oreilles œil oeil yeux cerveau âme esprit".split()
)
RELATIVE_SUBJECT = frozenset({"qui"})
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


def subject_kind(analysis: Analysis, verb: Verb) -> str:
    """PERSON, THING, or "" where the words before the verb do not settle it or the verb is
    not conjugated (le plaisir de marcher, Jésus marchant sur les flots, des discours tenus:
    the noun before is not its subject)."""
    index = _before(analysis, verb.first)
    finite = verb.first != verb.last or verb.head.morph.get("VerbForm") == "Fin"
    if index < 0 or not finite or verb.passive:
        return ""
    word = analysis.tokens[index]
    text = plain(word.text)
    if text in RELATIVE_SUBJECT:  # une affaire qui marchait: the noun before qui
        return _phrase_kind(analysis, index)
    if text in PERSONAL or word.pos == "PROPN":
        return PERSON
    if text in DEMONSTRATIVES:
        return THING
    return _phrase_kind(analysis, verb.first)


def _before(analysis: Analysis, index: int) -> int:
    """The word before the index in its sentence, past ne and adverbs, or -1."""
    tokens = analysis.tokens
    sentence = tokens[index].sentence
    index -= 1
    while index >= 0 and (tokens[index].pos == "ADV" or plain(tokens[index].text) in ("ne", "n'")):
        index -= 1
    return index if index >= 0 and tokens[index].sentence == sentence else -1


def _phrase_kind(analysis: Analysis, index: int) -> str:
    """The kind of the noun phrase ending right before the index: a person if any of its
    nouns before a de is one (ce gros vilain homme, where the tagger calls vilain a noun;
    le bruit de la ville is a thing)."""
    phrase = subject_of(analysis, index)
    if phrase is None:
        return ""
    kinds: set[str] = set()
    for word in analysis.tokens[phrase.head.index : index]:
        if plain(word.text) in ("de", "d'", "du", "des") and kinds:
            break
        if word.pos == "PROPN" or (word.pos == "NOUN" and word.text[:1].isupper()):
            return PERSON  # a name, or one the tagger calls a noun (le petit Chose sentit)
        if word.pos == "NOUN":
            kinds.add(noun_kind(word))
    if PERSON in kinds:
        return PERSON
    return THING if kinds == {THING} else ""


def noun_kind(noun: Token) -> str:
    """PERSON for a noun of the LIVING list, "" for a doer's ending or a part of the body (le
    pied sentait le bois: felt), THING otherwise."""
    lemma, text = noun.lemma.lower(), plain(noun.text)
    if lemma in LIVING or text in LIVING:
        return PERSON
    if noun.pos != "NOUN" or lemma.endswith(LIVING_ENDINGS) or lemma in BODY:
        return ""
    return THING


def _subject_lemma(analysis: Analysis, verb: Verb) -> str:
    """The lemma of the noun before the verb (or before qui), or ""."""
    index = _before(analysis, verb.first)
    if index >= 0 and plain(analysis.tokens[index].text) in RELATIVE_SUBJECT:
        phrase = subject_of(analysis, index)
    else:
        phrase = subject_of(analysis, verb.first)
    return "" if phrase is None else phrase.head.lemma.lower()


def thing_subject(analysis: Analysis, verb: Verb) -> bool:
    """Mon étude ne marchait pas, ça marche, une affaire qui marche: work; not il marchait,
    le vieillard marchait, les troupes marchaient (walk)."""
    return subject_kind(analysis, verb) == THING


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


def smells_of(analysis: Analysis, verb: Verb) -> bool:
    """Cela sentait la misère, la chambre sentait le tabac: smell of; not je sentais le froid,
    il sentit sa main (feel), cela sentait bon (no noun after it)."""
    if subject_kind(analysis, verb) != THING:
        return False
    phrase = object_of(analysis, verb)
    if phrase is None or phrase.determiner == "" or phrase.head.pos != "NOUN":
        return False
    following = analysis.tokens[phrase.head.index + 1 : phrase.head.index + 2]
    return not following or following[0].morph.get("VerbForm") != "Inf"  # sentit son cœur battre


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
    before = _before(analysis, verb.first)
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
    arrive que: happen; not nous arrivons, il arrive demain, il arrive à Paris (arrive)."""
    tokens = analysis.tokens
    index = _before(analysis, verb.first)
    if index >= 1 and plain(tokens[index].text) in DATIVES:
        return plain(tokens[index - 1].text) in HAPPENING
    after = after_verb(analysis, verb)
    subject = plain(tokens[index].text) if index >= 0 else ""
    return subject == "il" and after is not None and plain(after.text) in ("que", "qu'")


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
    index = _before(analysis, verb.first)
    return index >= 0 and plain(analysis.tokens[index].text) in ("il", "elle", "ils", "elles")


def stamps(analysis: Analysis, verb: Verb) -> bool:
    """Il frappa du pied: stamp one's foot."""
    following = [plain(t.text) for t in analysis.tokens[verb.last + 1 : verb.last + 3]]
    return following == ["du", "pied"]
