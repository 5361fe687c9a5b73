"""A verb's partners read from the words' places, for the senses its construction decides
(constructions.py): the verb and its group (Verb), the phrase right after it (its object) or
right before it (its subject), and the kinds of word that settle a sense: a place (gagner la
porte: reach), a time (gagner dix heures), a product (le film sort: come out), an event (le
pays a connu une hausse: experience), a person (il croisa un passant: pass), an idea (saisir
son importance: grasp), a feeling (un désir le travaillait: trouble).

The lists name the frequent words of each kind in news and novels (tests/data/corpus/); a
word outside them leaves the sense to the dictionaries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token

# Subject pronouns written after the verb, as the tokenizer keeps them: dit-il, a-t-elle.
INVERTED = frozenset("-il -t-il -elle -t-elle -on -t-on -ils -elles -je -nous -vous".split())
# French tenses (a verb group's) that tell of the past, and the past of a lone verb.
PAST_TENSES = ("passé", "imparfait", "plus-que-parfait")
PAST_FORMS = frozenset({"Past", "Imp"})
DEFINITE = frozenset(
    "le la l' les son sa ses leur leurs ce cet cette ces mon ma mes ton ta tes notre votre nos "
    "vos".split()
)
PARTITIVE = frozenset({"du", "de", "d'", "des", "de la"})
NUMBER_WORDS = frozenset(
    "une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt".split()
)
OBJECT_PRONOUNS = frozenset("le la l' les me m' te t'".split())
DATIVES = frozenset("lui leur me m' te t'".split())
# Verbs an infinitive subject-less follows: the subject stands before them (le film devrait
# sortir).
MODALS = frozenset({"devoir", "pouvoir", "aller", "venir", "compter", "commencer", "finir"})
PHRASE_WORDS = 6

PLACES = frozenset(
    "rue porte gare route boulevard avenue parc jardin serre bureau maison chambre salon salle "
    "cuisine escalier couloir vestibule antichambre fenêtre cour place quai pont port rive bord "
    "côte plage rivage large sommet colline montagne forêt bois village ville capitale "
    "frontière refuge abri sortie entrée seuil coin centre hôtel église café restaurant théâtre "
    "domicile appartement logis demeure lit voiture fiacre train bateau navire station clocher "
    "chemin trottoir barrière grille terrasse banlieue faubourg quartier mer océan île aéroport "
    "ambassade palais château caserne prison hôpital école lycée usine atelier boutique "
    "magasin ferme auberge loge scène tribune cabine étage palier toit grenier cave rivière "
    "fleuve vallée plaine désert camp tente bureau".split()
)
# Times one holds out until: gagner dix heures, gagner le soir.
TIMES = frozenset("midi minuit soir lendemain nuit matin aube aurore crépuscule".split())
PRODUCTS = frozenset(
    "film album livre jeu disque roman console modèle ouvrage single chanson titre recueil "
    "volume numéro édition magazine revue journal opus série épisode smartphone téléphone "
    "version logiciel appareil produit tablette dvd cd biographie autobiographie essai "
    "mémoires long-métrage documentaire clip vidéo manga bd dictionnaire manuel rapport "
    "étude enquête sondage voiture".split()
)
# What a place, a country or a business goes through (connaître une hausse: experience); not
# what one knows (la fin, le sort, le problème).
EVENTS = frozenset(
    "succès réussite échec essor croissance hausse baisse chute recul crise difficulté déclin "
    "développement évolution progression augmentation diminution record regain boom expansion "
    "transformation changement mutation bouleversement guerre conflit tension violence "
    "sécheresse inondation catastrophe épidémie vague période phase revers défaite victoire "
    "triomphe essoufflement ralentissement amélioration dégradation détérioration "
    "perturbation retard panne incident accident drame tragédie malheur misère pauvreté "
    "faillite rebondissement renouveau renaissance apogée engouement affluence attentat "
    "grève hiver famine".split()
)
PERSONS = frozenset(
    "homme femme garçon fille enfant monsieur madame dame demoiselle passant voisin ami "
    "camarade collègue inconnu personne gens individu type gamin vieillard vieux vieille jeune "
    "officier soldat agent gendarme policier prêtre curé abbé ouvrier paysan marchand cocher "
    "domestique patron directeur journaliste groupe bande couple famille foule cortège regard "
    "oeil œil yeux".split()
)
IDEAS = frozenset(
    "importance sens portée enjeu signification nuance idée pensée raison motif différence "
    "subtilité ampleur gravité intérêt logique mécanisme principe fonctionnement raisonnement "
    "allusion ironie message intention".split()
)
FEELINGS = frozenset(
    "désir idée pensée envie faim soif remords doute question jalousie peur angoisse "
    "inquiétude souvenir besoin ambition curiosité colère rêve projet espoir fièvre mal "
    "douleur souci regret honte orgueil vanité amour passion haine rancune tentation soupçon "
    "crainte chagrin sentiment impatience ennui exaspération indignation révolte fureur rage "
    "dégoût".split()
)
THAT = frozenset({"ça", "cela", "ce", "c'"})
# What may stand between a modal and its infinitive: ne, pas, plus, object pronouns.
PASSED = frozenset({"ADV", "PRON", "PART"})
# Verbs whose infinitive's subject follows it (on entendait voler les mouches).
PERCEPTION = frozenset("entendre voir regarder sentir écouter laisser faire".split())
# How long or how far, not what: il a volé trois heures.
MEASURES = frozenset("heure minute seconde jour mètre kilomètre".split())
# Figures a company or a market shows (HP accuse une baisse: post, show).
FIGURES = frozenset(
    "hausse baisse recul repli perte déficit retard chute croissance diminution augmentation "
    "progression".split()
)
# What one comes under (essuyer des tirs, une rafale), not what one wipes.
FIRE = frozenset("tir feu rafale salve".split())
# What one suffers (essuyer un échec, une défaite, des critiques), not what one wipes.
HARDSHIPS = frozenset(
    "coup critique échec défaite revers perte refus affront insulte reproche tempête orage "
    "attaque camouflet".split()
)
# Feats a team or a player notches up (signer sa troisième victoire, arracher le nul).
FEATS = frozenset(
    "victoire succès but doublé triplé record performance exploit nul qualification titre "
    "point accord promesse concession".split()
)
# What one signs, not notches up (signer un accord: sign; arracher un accord: wrest).
SIGNED = frozenset({"accord", "promesse", "concession"})
# Blows a side takes (encaisser trois buts, un revers).
BLOWS = frozenset("but coup défaite revers critique choc perte camouflet".split())
# Results a firm makes (réaliser un bénéfice, un chiffre d'affaires).
RESULTS = frozenset(
    "bénéfice chiffre score performance résultat économie profit perte excédent recette "
    "marge".split()
)
# Jobs a firm cuts (supprimer 520 postes).
JOBS = frozenset("poste emploi effectif job".split())
# What one causes, not talks of, after de la (causer de la peine; causer de la pluie: chat).
CAUSED = frozenset(
    "peine douleur souffrance tristesse joie colère gêne confusion surprise inquiétude "
    "angoisse panique frayeur peur émotion déception honte jalousie fatigue perte "
    "ruine mort".split()
)
# What one welcomes or hails (saluer la création, la décision), not whom one greets.
ACTS = frozenset(
    "création décision initiative accord travail mémoire courage victoire résultat annonce "
    "geste effort engagement progrès réforme élection nomination libération signature "
    "performance succès action rôle contribution arrivée".split()
)
# The prepositions of an aim: dirigée contre nous, dirigea son regard vers la porte.
AIMS = frozenset({"contre", "vers"})
# What a door or a way in is, that condamner closes (condamner la porte: block up).
OPENINGS = frozenset(
    "porte fenêtre cour escalier entrée sortie issue accès passage couloir pièce chambre "
    "volet lucarne trappe galerie aile grille".split()
)
# What comes after a sentence passed on someone: condamné à deux ans, pour vol.
SENTENCED = frozenset({"à", "au", "aux", "pour", "par", "en", "a"})
# What falls to someone: a post, a prize, a decision (le portefeuille revient au conservateur).
SHARES = frozenset(
    "poste portefeuille ministère présidence prix victoire honneur tâche décision choix rôle "
    "titre responsabilité direction charge mérite part siège fauteuil trophée médaille "
    "palme récompense héritage commandement présidence".split()
)
# Determiners of a date or a time after sortir (sortira le 28 juillet, cette semaine), not of
# an object (sortit son arme).
TIME_DETERMINERS = frozenset({"le", "la", "l'", "ce", "cette", "cet"})


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb as its construction reads it: its lemma (the group's), its main word, the first
    and last index of its group, whether it tells of the past and whether it is a passive."""

    lemma: str
    head: Token
    first: int
    last: int
    past: bool
    passive: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase next to the verb: its first determiner ("" for none), its noun or name,
    and whether a number counts it (dix heures)."""

    determiner: str
    head: Token
    counted: bool


def verb_of(analysis: Analysis, token: Token) -> Verb | None:
    """The token's verb group read as one verb, or the token itself if it is a verb."""
    group = analysis.group_of(token)
    if group is None:
        if token.pos != "VERB" and (token.pos, token.lemma.lower()) != ("AUX", "faire"):
            return None  # the tagger calls a causative faire an auxiliary (me fait penser)
        form = token.morph.get("VerbForm")
        past = form == "Fin" and token.morph.get("Tense") in PAST_FORMS
        past = past or (form == "Part" and _after_avoir(analysis, token))  # m'a fait entrer
        return Verb(token.lemma.lower(), token, token.index, token.index, past)
    head = analysis.tokens[group.head]
    past = group.tense.startswith(PAST_TENSES)
    first, last = min(group.tokens), max(group.tokens)
    return Verb(group.lemma.lower(), head, first, last, past, group.passive)


def _after_avoir(analysis: Analysis, token: Token) -> bool:
    """A participle after a form of avoir, past adverbs (m'avaient tant fait souffrir): a
    compound past the groups left out (a causative faire before its infinitive)."""
    index = token.index - 1
    while index >= 0 and analysis.tokens[index].pos == "ADV":
        index -= 1
    return index >= 0 and analysis.tokens[index].lemma == "avoir"


def after_verb(analysis: Analysis, verb: Verb) -> Token | None:
    """The first word after the verb in its sentence, past adverbs and an inverted subject
    pronoun (gagna enfin la porte, a-t-il relevé que)."""
    index = verb.last + 1
    tokens = analysis.tokens
    while index < len(tokens) and tokens[index].sentence == verb.head.sentence:
        word = tokens[index]
        if not (word.is_word or word.pos == "NUM"):
            return None  # punctuation; a number in figures (520 postes) is a word here
        if word.pos != "ADV" and plain(word.text) not in INVERTED:
            if not _adverbial_pair(tokens, index):
                return word
            index += 1  # avant tout, en partie: the pair's second word is passed over too
        index += 1
    return None


# Two-word adverbials the tagger reads as a preposition and a pronoun or noun (cela tient avant
# tout à, il doit en partie sa place à): passed over like an adverb after the verb.
ADVERBIAL_PAIRS = frozenset({("avant", "tout"), ("en", "partie"), ("par", "exemple")})


def _adverbial_pair(tokens: list[Token] | tuple[Token, ...], index: int) -> bool:
    """Whether the words at index and after it are one of the adverbial pairs."""
    pair = tokens[index : index + 2]
    return len(pair) == 2 and (plain(pair[0].text), plain(pair[1].text)) in ADVERBIAL_PAIRS


def object_of(analysis: Analysis, verb: Verb) -> Phrase | None:
    """The noun phrase right after the verb (its direct object), or None: la porte, dix
    heures, un gros jeune homme, les Champs-Élysées, (près de) 180 000 euros; not dans
    l'eau, nor a subject put after the verb (on entendait voler les mouches, une fête où
    assisteraient des femmes)."""
    first = after_verb(analysis, verb)
    if first is None or _subject_follows(analysis, verb):
        return None
    if _after_amount(analysis, first):
        return _phrase(analysis, first.index + 1, 1)
    if _after_adverb_of_amount(analysis, first):
        return None  # il attendait près de la gare: a place, not an object
    return _phrase(analysis, first.index, 1)


# Adverbs of amount before de and the object they count: détourné près de 180 000 euros,
# supprimer plus de 500 postes.
AMOUNT_ADVERBS = frozenset("près plus moins".split())


def _after_adverb_of_amount(analysis: Analysis, word: Token) -> bool:
    """Whether the word is a de right after près, plus or moins."""
    if plain(word.text) not in ("de", "d'", "d’") or word.index < 1:
        return False
    return plain(analysis.tokens[word.index - 1].text) in AMOUNT_ADVERBS


def _after_amount(analysis: Analysis, word: Token) -> bool:
    """Whether the word is the de of près de, plus de, moins de right after the verb, before
    an amount (près de 180 000 euros; not il attendait près de la gare: a place)."""
    if not _after_adverb_of_amount(analysis, word):
        return False
    following = analysis.tokens[word.index + 1 : word.index + 2]
    return bool(following) and (following[0].pos == "NUM" or following[0].text[:1].isdigit())


def _subject_follows(analysis: Analysis, verb: Verb) -> bool:
    """Whether the noun after the verb is its subject: after où, or after a verb of
    perception or faire before the infinitive (entendre voler une mouche)."""
    index = verb.first - 1
    while index >= 0 and analysis.tokens[index].pos == "ADV":
        index -= 1
    if index < 0:
        return False
    before = analysis.tokens[index]
    if plain(before.text) == "où":
        return True
    infinitive = verb.head.morph.get("VerbForm") == "Inf"
    return infinitive and before.pos in ("VERB", "AUX") and _lemma(before) in PERCEPTION


def subject_of(analysis: Analysis, index: int) -> Phrase | None:
    """The noun phrase ending right before the index (a verb's subject), past adverbs, ne, y
    and en: le nouveau film de Spielberg (film), un désir aussi (désir)."""
    tokens = analysis.tokens
    index -= 1
    while index >= 0 and (tokens[index].pos == "ADV" or plain(tokens[index].text) in SKIPPED):
        index -= 1
    start = index
    while index >= 0 and start - index < PHRASE_WORDS and _in_phrase(tokens[index]):
        index -= 1
    return _phrase(analysis, index + 1, 1) if index < start else None


SKIPPED = frozenset({"ne", "n'", "y", "en"})


def _in_phrase(word: Token) -> bool:
    return word.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or plain(word.text) in PARTITIVE


def phrase_at(analysis: Analysis, index: int) -> Phrase | None:
    """The noun phrase that starts at the index (à la main: main; sur sa tête: tête)."""
    return _phrase(analysis, index, 1)


def _phrase(analysis: Analysis, index: int, step: int) -> Phrase | None:
    """The phrase from index on: determiners, numbers and adjectives, then its noun."""
    tokens = analysis.tokens
    determiner, counted, start = "", False, index
    while 0 <= index < len(tokens) and abs(index - start) < PHRASE_WORDS:
        word = tokens[index]
        text = plain(word.text)
        if word.pos in ("NOUN", "PROPN"):
            return Phrase(determiner, word, counted)
        if word.pos == "NUM" or (text in NUMBER_WORDS and determiner == ""):
            counted = True
        if word.pos == "DET" or text in DEFINITE or text in PARTITIVE:
            determiner = determiner or text
        elif word.pos not in ("ADJ", "NUM"):
            return None
        index += step
    return None


def _is_name(word: Token) -> bool:
    """A name, or a capitalised noun inside a sentence (les Champs-Élysées)."""
    return word.pos == "PROPN" or (word.pos == "NOUN" and word.text[:1].isupper())


def _lemma(word: Token) -> str:
    return word.lemma.lower()


def has_place_object(analysis: Analysis, verb: Verb) -> bool:
    """gagner la porte, gagna Bougival, gagnèrent les Champs-Élysées, regagna son clocher;
    not gagner du terrain, gagner la Coupe (a name after le or la is a title, not a place)."""
    phrase = object_of(analysis, verb)
    if phrase is None:
        return False
    if _is_name(phrase.head):
        return phrase.determiner in ("", "les")
    return phrase.determiner in DEFINITE and _lemma(phrase.head) in PLACES


def has_time_object(analysis: Analysis, verb: Verb) -> bool:
    """Il faut que je gagne dix heures; gagner minuit, gagner le soir."""
    phrase = object_of(analysis, verb)
    if phrase is None:
        return False
    lemma = _lemma(phrase.head)
    if lemma == "heure":
        return phrase.counted
    return lemma in TIMES and phrase.determiner in ("", "le", "la", "l'")


def has_product_subject(analysis: Analysis, verb: Verb) -> bool:
    """Le film sortira mercredi, La 3DS XL sortira en Europe, « Skyfall » est sorti, le livre
    paraît en mars; not sortir de, il paraît que, le livre paraît long, le livre me paraît."""
    after = after_verb(analysis, verb)
    if after is not None and _not_released(verb, after):
        return False
    first = _before_modals(analysis, verb.first)
    if first > 0 and _closes_quotation(analysis, first - 1):
        return True  # a title in quotation marks
    phrase = subject_of(analysis, first)
    if phrase is None:
        return False
    head = phrase.head
    model = any(c.isdigit() for c in head.text) or (len(head.text) > 1 and head.text.isupper())
    return _lemma(head) in PRODUCTS or (model and phrase.determiner != "")


def _closes_quotation(analysis: Analysis, index: int) -> bool:
    """Whether the token closes a quotation: » or ”, or a straight " that an odd number of
    others before it in its sentence leave open ("Skyfall" est sorti; not : "Sortez !")."""
    mark = analysis.tokens[index]
    if mark.text != '"':
        return mark.text in ("»", "”")
    opened = False
    while index > 0 and analysis.tokens[index - 1].sentence == mark.sentence:
        index -= 1
        opened ^= analysis.tokens[index].text == '"'
    return opened


def _not_released(verb: Verb, after: Token) -> bool:
    """sortir de, sortir son arme; paraître before an adjective, an infinitive or que."""
    text = plain(after.text)
    if text in PARTITIVE or (after.pos == "DET" and text not in TIME_DETERMINERS):
        return True  # le 28 juillet is a date; son arme, un livre are objects
    if verb.lemma == "paraître":
        verbal = after.pos in ("ADJ", "VERB", "AUX")
        return verbal or text in ("que", "qu'", "à", "au", "aux")
    return False


def _before_modals(analysis: Analysis, index: int) -> int:
    """The first word of the verbs an infinitive follows: le film devrait sortir (devrait),
    le livre vient de paraître (vient)."""
    tokens = analysis.tokens
    while index > 0:
        before = tokens[index - 1]
        if plain(before.text) in ("de", "d'") or (
            before.pos in ("VERB", "AUX") and _lemma(before) in MODALS
        ):
            index -= 1
        else:
            break
    return index


def has_event_object(analysis: Analysis, verb: Verb) -> bool:
    """Le pays a connu une forte hausse, le film connaît un grand succès."""
    phrase = object_of(analysis, verb)
    return phrase is not None and _lemma(phrase.head) in EVENTS


def has_direct_object(analysis: Analysis, verb: Verb) -> bool:
    """La crise a plongé le pays dans le chaos, la nouvelle l'a plongé dans la tristesse, le
    pays est plongé dans le chaos (a passive's subject is its object), une infirmière assiste
    le chirurgien, ils ont volé près de trois millions; not il plongea dans l'eau (dive), il
    assiste à la réunion (attend), voler de branche en branche."""
    if verb.passive or _clitic_before(analysis, verb) in OBJECT_PRONOUNS:
        return True
    phrase = object_of(analysis, verb)
    if phrase is None or _lemma(phrase.head) in MEASURES:
        return False  # il a volé trois heures: how long, not what
    return phrase.determiner not in ("de", "d'", "du") or phrase.counted


def is_aimed(analysis: Analysis, verb: Verb) -> bool:
    """Sa colère était dirigée contre nous, il dirigea son regard vers la porte: direct, aim;
    not il dirige l'entreprise."""
    tokens = analysis.tokens
    for word in tokens[verb.last + 1 : verb.last + 1 + PHRASE_WORDS]:
        if word.sentence != verb.head.sentence or word.pos in ("VERB", "AUX", "PUNCT"):
            return False
        if plain(word.text) in AIMS:
            return True
    return False


def closes_opening(analysis: Analysis, verb: Verb) -> bool:
    """On condamna la porte, la cour du fond fut condamnée: block up; not condamné à deux ans,
    la ville a été condamnée à payer."""
    after = after_verb(analysis, verb)
    if verb.passive:
        phrase = subject_of(analysis, verb.first)
        if after is not None and plain(after.text) in SENTENCED:
            return False
    else:
        phrase = object_of(analysis, verb)
    return phrase is not None and _lemma(phrase.head) in OPENINGS


def falls_to(analysis: Analysis, verb: Verb) -> bool:
    """Le portefeuille des Affaires étrangères revient au conservateur, la décision revient
    au président: go to, fall to; not il revient à Paris."""
    after = after_verb(analysis, verb)
    if after is None or plain(after.text) not in ("à", "au", "aux"):
        return False
    phrase = subject_of(analysis, verb.first)
    return phrase is not None and _lemma(phrase.head) in SHARES


def has_dative(analysis: Analysis, verb: Verb) -> bool:
    """Cela lui a valu quelques ennuis, ça leur vaudra des critiques; not il vaut mieux, nor
    ça ne te vaut rien (does you no good)."""
    if _clitic_before(analysis, verb) not in DATIVES:
        return False
    after = after_verb(analysis, verb)
    return after is not None and plain(after.text) not in ("mieux", "la", "pas", "rien")


def worked_on(analysis: Analysis, verb: Verb) -> bool:
    """Un désir aussi le travaillait, cette idée la travaille, ça me travaille."""
    if _clitic_before(analysis, verb) not in OBJECT_PRONOUNS:
        return False
    clitic = clitic_index(analysis, verb)
    before = analysis.tokens[clitic - 1] if clitic > 0 else None
    if before is not None and plain(before.text) in THAT:
        return True
    phrase = subject_of(analysis, clitic)
    return phrase is not None and _lemma(phrase.head) in FEELINGS


def has_person_object(analysis: Analysis, verb: Verb) -> bool:
    """Il croisa un gros jeune homme, croiser son regard, croiser Forestier; not croiser les
    bras."""
    phrase = object_of(analysis, verb)
    if phrase is None:
        return False
    if phrase.head.pos == "PROPN":
        return phrase.determiner == ""
    return _lemma(phrase.head) in PERSONS


def has_object_in(words: frozenset[str]) -> Callable[[Analysis, Verb], bool]:
    """A rule: the verb's object is one of these words (HP accuse une baisse, l'hélicoptère a
    essuyé des tirs, supprimer 520 postes, Bruxelles a salué la création)."""

    def applies(analysis: Analysis, verb: Verb) -> bool:
        phrase = object_of(analysis, verb)
        return phrase is not None and _lemma(phrase.head) in words

    return applies


def has_feat_object(analysis: Analysis, verb: Verb) -> bool:
    """signer sa troisième victoire, arracher le nul, arracher un accord; not signer un accord
    (sign, the dictionaries' sense)."""
    phrase = object_of(analysis, verb)
    if phrase is None:
        return False
    lemma = _lemma(phrase.head)
    return lemma in FEATS and not (verb.lemma == "signer" and lemma in SIGNED)


def is_named(analysis: Analysis, verb: Verb) -> bool:
    """baptisé Télétel, baptisée « 3DS XL », l'enfant fut baptisé Jean: a name follows."""
    after = after_verb(analysis, verb)
    if after is None:
        following = analysis.tokens[verb.last + 1 : verb.last + 2]
        return bool(following) and following[0].text in ("«", "“", '"')
    return after.pos == "PROPN" or (after.pos in ("NOUN", "X") and after.text[:1].isupper())


def talks(analysis: Analysis, verb: Verb) -> bool:
    """Ils se mirent à causer, venez causer avec moi, ils causaient de la pluie: chat; not
    l'orage a causé des dégâts, les dégâts qu'il a causés (an object put first), causer de
    la peine (a feeling caused)."""
    if verb.passive or _clitic_before(analysis, verb) in OBJECT_PRONOUNS:
        return False
    before = analysis.tokens[max(0, verb.first - 4) : verb.first]
    if any(plain(t.text) in ("que", "qu'") for t in before):
        return False
    next_word = analysis.tokens[verb.last + 1] if verb.last + 1 < len(analysis.tokens) else None
    if next_word is not None and plain(next_word.text) in TALKING_ADVERBS:
        return True  # ils causèrent longtemps: how long they talked, never what they caused
    after = after_verb(analysis, verb)
    if after is None:
        return True
    text = plain(after.text)
    if text in TALKING_PLACES:
        return True
    following = analysis.tokens[after.index + 1] if after.index + 1 < len(analysis.tokens) else None
    if following is None:
        return False
    if text in ("de", "d'"):
        if plain(following.text) in STRESSED:
            return True  # causer de cela, de lui
        if plain(following.text) not in DEFINITE:
            return False
        phrase = _phrase(analysis, following.index, 1)
        return phrase is None or _lemma(phrase.head) not in CAUSED  # causer de la peine: cause
    return text == "à" and plain(following.text) in TALKING_MANNERS  # à voix basse


# Where or with whom one chats (causer avec lui, devant leurs portes), and how
# (à voix basse, à mi-voix): what causing never takes right after it.
TALKING_PLACES = frozenset("avec ensemble entre devant dans sous auprès près autour".split())
# Adverbs right after causer that say how long or how one talks (ils causèrent longtemps).
TALKING_ADVERBS = frozenset(
    "longtemps longuement tranquillement familièrement gaiement amicalement doucement "
    "librement volontiers".split()
)
TALKING_MANNERS = frozenset("voix mi-voix demi-voix cheval table".split())
# de before these is what one talks about (causer de cela, de lui).
STRESSED = frozenset("cela ça lui elle eux elles moi toi vous nous tout rien".split())


def is_driven_out(analysis: Analysis, verb: Verb) -> bool:
    """Il fut chassé du pays, chassés de leurs terres: driven out; il fut chassé (hunted)."""
    after = after_verb(analysis, verb)
    return verb.passive and after is not None and plain(after.text) in PARTITIVE


def is_conditional(analysis: Analysis, verb: Verb) -> bool:
    """La capsule devrait arriver demain (should), il pourrait pleuvoir (could)."""
    if not _modal(analysis, verb):
        return False
    if verb.first == verb.last:
        return verb.head.morph.get("Mood") == "Cnd"
    return _tense(analysis, verb) == "conditionnel présent"


def is_past_conditional(analysis: Analysis, verb: Verb) -> bool:
    """Le tandem aurait dû se reformer (should have), il aurait pu venir (could have)."""
    return verb.first != verb.last and _tense(analysis, verb) == "conditionnel passé"


def is_past(analysis: Analysis, verb: Verb) -> bool:
    """Il devait partir, il a dû partir, il ne pouvait pas: a past tense."""
    return verb.past and _modal(analysis, verb)


def is_never_to(analysis: Analysis, verb: Verb) -> bool:
    """Mon pauvre abbé, que je ne devais plus revoir: was never to (what fate held), not had
    to; an imperfect between ne and plus or jamais, before an infinitive."""
    if verb.head.morph.get("Tense") != "Imp" or not _modal(analysis, verb):
        return False
    before = analysis.tokens[max(0, verb.first - 3) : verb.last]  # ne may be in the group
    after = analysis.tokens[verb.last + 1 : verb.last + 3]
    negated = any(plain(t.text) in ("ne", "n'") for t in before)
    return negated and any(plain(t.text) in ("plus", "jamais") for t in after)


def is_modal(analysis: Analysis, verb: Verb) -> bool:
    """devoir before an infinitive, pouvoir always (complements.py reads what devoir owes)."""
    return _modal(analysis, verb)


def _modal(analysis: Analysis, verb: Verb) -> bool:
    """devoir before an infinitive (il devait partir, je ne devais plus le revoir), not
    devoir with an object (je lui devais beaucoup d'argent: owed); pouvoir always."""
    if verb.lemma != "devoir":
        return True
    aside = False  # between commas: qui devrait, dans quelques jours, être arrimée
    for word in analysis.tokens[verb.last + 1 : verb.last + 1 + 2 * PHRASE_WORDS]:
        if word.morph.get("VerbForm") == "Inf":
            return True
        if word.text == ",":
            aside = not aside
        elif not aside and word.pos not in PASSED and plain(word.text) not in INVERTED:
            return False
    return False


def _tense(analysis: Analysis, verb: Verb) -> str:
    group = analysis.group_of(verb.head)
    return "" if group is None else group.tense


def has_idea_object(analysis: Analysis, verb: Verb) -> bool:
    """saisir son importance, saisir le sens de; not saisir l'occasion, saisir son bras."""
    phrase = object_of(analysis, verb)
    return phrase is not None and _lemma(phrase.head) in IDEAS


def clitic_index(analysis: Analysis, verb: Verb) -> int:
    """The index of the word right before the group's first verb form, past ne: its clitic
    (tu ne me manques pas, cela ne lui a pas valu, tu m'as manqué) or its subject. The group
    may begin with its ne."""
    tokens = analysis.tokens
    index = next(
        (i for i in range(verb.first, verb.last + 1) if tokens[i].pos in ("VERB", "AUX")),
        verb.head.index,
    )
    index -= 1
    while index >= 0 and plain(tokens[index].text) in ("ne", "n'"):
        index -= 1
    return index


def _clitic_before(analysis: Analysis, verb: Verb) -> str:
    """The object or dative pronoun right before the verb group (ne aside), or ""."""
    index = clitic_index(analysis, verb)
    if index < 0 or analysis.tokens[index].sentence != verb.head.sentence:
        return ""
    return plain(analysis.tokens[index].text)
