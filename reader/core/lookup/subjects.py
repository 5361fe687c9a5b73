"""A verb's subject as a person or a thing: the gloss of a pronominal verb it chooses, and
subject_kind, which the constructions read (kinds/: mon étude ne marchait pas: work).

Some pronominal verbs mean one thing of a person and another of a thing: la lumière s'éteint
(goes out), le vieil homme s'est éteint (died); cette solution s'impose (is essential), il
faut s'imposer (assert oneself); and an event is held (la réunion se tient). The phrase lists
mark such glosses with the hint "(of a person)", "(of a thing)" or "(of an event)"
(resources/phrases/SPEC.md); the card puts first the glosses whose hint fits the subject, and
last the other hinted ones. The subject is the word before the reflexive pronoun (ne aside;
across an incise between commas): a name (or a capitalised noun inside the sentence), a
personal pronoun, a noun of the PEOPLE list, or a verb (il faut s'imposer: the infinitive's
subject is someone) is a person; a noun of the EVENTS list an event; another noun or a
demonstrative (cela, ça) a thing. The relative qui stands for the noun or name before it,
adjectives aside (la réunion qui se tenait: an event; l'homme qui se tenait: a person); a
verb the infinitive hangs on passes to its own subject when one stands right before it (la
lumière va s'éteindre: a thing); anything else leaves the order as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.lookup.classes.members import class_words
from reader.core.lookup.partners import PERSONS, Verb, subject_of, verb_of
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Expression, Token

PERSON_HINT = "(of a person)"
THING_HINT = "(of a thing)"
EVENT_HINT = "(of an event)"
HINTS = (PERSON_HINT, THING_HINT, EVENT_HINT)
REFLEXIVES = frozenset("se s' s’ me m' m’ te t' t’ nous vous".split())
PERSONAL = frozenset("je j' j’ tu il elle on nous vous ils elles".split())
THINGS = frozenset("cela ça ceci ce c' c’".split())
NEGATION = frozenset({"ne", "n'", "n’"})
# Nouns for people that most often govern such verbs in news and fiction.
# The partner class of people (resources/senses/partner_classes.tsv: collègue, voisin, ...).
PERSON_CLASS = "PERSON"
PEOPLE = frozenset(
    "homme femme enfant père mère fils fille frère sœur mari époux épouse ami amie roi reine "
    "président présidente ministre candidat candidate joueur joueuse auteur artiste chanteur "
    "chanteuse acteur actrice patron patronne maire député juge médecin vieillard malade "
    "personne gens peuple".split()
)
# Nouns for events, which are held (la réunion se tient): a thing, and a gloss of its own.
EVENTS = frozenset(
    "réunion conférence assemblée sommet congrès colloque séminaire salon festival fête "
    "match tournoi compétition élection scrutin vote procès audience séance session "
    "cérémonie concert spectacle exposition débat rencontre manifestation marché foire "
    "rassemblement consultation négociation entretien forum journée".split()
)


def by_subject(
    senses: tuple[str, ...], expression: Expression, analysis: Analysis
) -> tuple[str, ...]:
    """The glosses with those whose hint fits the subject first, those whose hint does not
    last; unchanged when no gloss has a hint or the subject is unknown."""
    if not any(hint in s for s in senses for hint in HINTS):
        return senses
    subject = _subject(expression, analysis)
    event = _is_event(subject)  # before a capital reads it as a name: le Forum de Munich
    person = None if subject is None or event else _is_person(analysis, subject)
    if person is None and not event:
        return senses
    fits = EVENT_HINT if event else PERSON_HINT if person else THING_HINT
    first = [s for s in senses if fits in s]
    if not first:
        return senses  # la maison se tenait là: no gloss for a thing, the list's order
    last = [s for s in senses if s not in first and any(hint in s for hint in HINTS)]
    middle = [s for s in senses if s not in first and s not in last]
    return (*first, *middle, *last)


RECIPROCAL = "each other"
SINGULAR_REFLEXIVES = frozenset("me m' m’ te t' t’".split())


def by_number(
    senses: tuple[str, ...], expression: Expression, analysis: Analysis
) -> tuple[str, ...]:
    """The reciprocal glosses (look at each other) last when the subject is one person: a
    singular verb or me, te (il se regarde: look at oneself); on, singular with a plural
    meaning (on se voit demain), and a verb with no number (an infinitive) leave the order."""
    if not any(RECIPROCAL in s for s in senses) or not _singular(expression, analysis):
        return senses
    others = [s for s in senses if RECIPROCAL not in s]
    if not others:
        return senses  # s'aimer has no other gloss: the list's
    return (*others, *(s for s in senses if RECIPROCAL in s))


def _singular(expression: Expression, analysis: Analysis) -> bool:
    reflexive = _reflexive(expression, analysis)
    if reflexive is None:
        return False
    if reflexive.text.lower() in SINGULAR_REFLEXIVES:
        return True
    before = _word_before(analysis, reflexive)
    if before is not None and before.text.lower() == "on":
        return False
    numbers = [
        analysis.tokens[i].morph.get("Number")
        for i in expression.tokens
        if analysis.tokens[i].pos in ("VERB", "AUX")
    ]
    return "Sing" in numbers and "Plur" not in numbers


def thing_subject(expression: Expression, analysis: Analysis) -> bool:
    """Whether the pronominal verb's subject is known to be a thing, not a person."""
    subject = _subject(expression, analysis)
    return subject is not None and _is_person(analysis, subject) is False


def _subject(expression: Expression, analysis: Analysis) -> Token | None:
    """The word before the reflexive pronoun, or what a relative qui there stands for."""
    reflexive = _reflexive(expression, analysis)
    if reflexive is None:
        return None
    before = _word_before(analysis, reflexive)
    if before is not None and before.pos == "ADJ":
        noun = _word_before(analysis, before)  # une compétition automobile se tenant: the noun
        before = noun if noun is not None and noun.pos == "NOUN" else before
    if before is not None and before.pos in ("VERB", "AUX"):
        before = _subject_of_verb(analysis, before) or before
    if before is not None and before.text.lower() == "qui":
        return _antecedent(analysis, before)
    return _event_of_place(analysis, before) or before


def _event_of_place(analysis: Analysis, name: Token | None) -> Token | None:
    """The event a place's name completes (le Forum de Munich s'est tenu, le sommet de Paris
    se tiendra): the name is no person, the event before de is the subject."""
    if name is None or name.pos != "PROPN":
        return None
    preposition = _word_before(analysis, name)
    if preposition is None or preposition.text.lower() not in ("de", "du", "d'", "d’"):
        return None
    event = _word_before(analysis, preposition)
    return event if _is_event(event) else None


def _subject_of_verb(analysis: Analysis, verb: Token) -> Token | None:
    """The subject of the verb an infinitive hangs on, when it stands right before the verb,
    its auxiliary and adverbs (la lumière va s'éteindre, la collaboration qui a pu s'établir);
    None where something else does (il faut s'imposer keeps faut: someone's infinitive)."""
    word: Token | None = verb
    while word is not None and (word.pos in ("VERB", "AUX", "ADV") or _is_negation(word)):
        word = _word_before(analysis, word)
    if word is not None and (word.pos in ("NOUN", "PROPN") or word.text.lower() == "qui"):
        return word
    return None


def _is_negation(word: Token) -> bool:
    return word.text.lower() in NEGATION


def _is_person(analysis: Analysis, before: Token) -> bool | None:
    text = before.text.lower()
    if before.pos == "PROPN" or text in PERSONAL or _name_read_as_noun(analysis, before):
        return True
    if before.pos in ("VERB", "AUX") or text in ("à", "de", "d'", "d’", "pour", "sans"):
        return True  # il faut s'imposer, décidé à s'imposer: someone's infinitive
    if before.pos == "NOUN":
        lemma = before.lemma.lower()
        if lemma in AGENTS:
            return None  # la commission se dit rassurée: a body of people says what it is
        return lemma in PEOPLE or lemma in class_words()[PERSON_CLASS]
    return False if text in THINGS else None


def _is_event(subject: Token | None) -> bool:
    return subject is not None and subject.pos == "NOUN" and subject.lemma.lower() in EVENTS


def _reflexive(expression: Expression, analysis: Analysis) -> Token | None:
    words: Sequence[Token] = [analysis.tokens[i] for i in expression.tokens]
    return next((w for w in words if w.text.lower() in REFLEXIVES), None)


def _name_read_as_noun(analysis: Analysis, word: Token) -> bool:
    """A capitalised noun inside its sentence is a name the tagger missed (Madeleine)."""
    if word.pos != "NOUN" or not word.text[:1].isupper():
        return False
    first = next(t for t in analysis.tokens if t.sentence == word.sentence and t.is_word)
    return first.index != word.index


def _antecedent(analysis: Analysis, relative: Token) -> Token | None:
    """The noun or name right before a relative qui, adjectives between them passed over,
    and a comma right before qui (la réunion, qui se tiendra demain: the noun the aside
    follows); None where another word stands there (ce qui, celui qui)."""
    index = relative.index - 1
    if index >= 0 and analysis.tokens[index].text == ",":
        index -= 1
    while index >= 0:
        word = analysis.tokens[index]
        if word.sentence != relative.sentence or not word.is_word:
            return None
        if word.pos in ("NOUN", "PROPN"):
            return word
        if word.pos != "ADJ":
            return None
        index -= 1
    return None


def _word_before(analysis: Analysis, token: Token) -> Token | None:
    """The word before the token in its sentence, ne aside; across an incise between commas
    (la femme, en deuil, se tenait: femme), none after a comma that opens no incise."""
    index = token.index - 1
    while index >= 0:
        word = analysis.tokens[index]
        if word.sentence != token.sentence:
            return None
        if word.text == ",":
            return _before_incise(analysis, word)
        if word.is_word and word.text.lower() not in NEGATION:
            return word
        index -= 1
    return None


# -- a verb's subject, for the constructions (kinds/) -----------------------------------------

PERSON = "person"
THING = "thing"
# Subjects that are always someone (il, elle may be a thing: by_subject reads them as people).
SPEAKERS = frozenset("je j' tu nous vous on".split())
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
    "eur", "euse", "ier", "ière", "ère", "iste", "ien", "ienne", "ant", "ante", "ard", "arde",
    "ais", "aise", "ois", "oise",
)  # fmt: skip
# Parts of the body, which feel and move as their owner does.
BODY = frozenset(
    "pied pieds main mains doigt doigts bras jambe jambes genou genoux tête front visage "
    "nez bouche lèvre lèvres langue peau corps cœur coeur poitrine dos épaule épaules "
    "ventre cou gorge oreille oreilles œil oeil yeux cerveau âme esprit".split()
)
# Bodies of people that act and know as people do (la police connaît le quartier): neither.
AGENTS = frozenset(
    "direction fédération police gendarmerie organisation centrale parquet gouvernement "
    "ministère syndicat société parti conseil commission justice administration état etat "
    "mairie préfecture tribunal cour assemblée sénat parlement association club banque "
    "entreprise firme compagnie presse rédaction journal école université académie "
    "municipalité opposition majorité".split()
)
RELATIVE_SUBJECT = frozenset({"qui"})
# Verbs whose subject is their infinitive's (une baisse pourrait intervenir, la crise semble
# toucher les jeunes): the infinitive's subject is theirs.
RAISING = frozenset({"pouvoir", "devoir", "sembler", "paraître"})


def subject_kind(analysis: Analysis, verb: Verb) -> str:
    """PERSON, THING, or "" where the words before the verb do not settle it or the verb is
    not conjugated (le plaisir de marcher, Jésus marchant sur les flots, des discours tenus:
    the noun before is not its subject)."""
    index = before_verb(analysis, verb.first)
    form = verb.head.morph.get("VerbForm")
    # a group with no finite word (de n'y pas toucher: the negation's words) is no clause
    finite = form == "Fin" or (verb.first != verb.last and form != "Inf")
    if index >= 0 and form == "Inf" and not verb.passive:
        raising = verb_of(analysis, analysis.tokens[index])
        if raising is not None and raising.lemma in RAISING and raising.last == index:
            return subject_kind(analysis, raising)  # une baisse pourrait intervenir: a thing
    if index < 0 or not finite or verb.passive:
        return ""
    word = analysis.tokens[index]
    text = plain(word.text)
    if text in RELATIVE_SUBJECT:  # une affaire qui marchait: the noun before qui
        return phrase_kind(analysis, index)
    if text in SPEAKERS or word.pos == "PROPN":
        return PERSON
    if text in THINGS:
        return THING
    return phrase_kind(analysis, verb.first)


def before_verb(analysis: Analysis, index: int) -> int:
    """The word before the index in its sentence, past ne and adverbs, or -1."""
    tokens = analysis.tokens
    sentence = tokens[index].sentence
    index -= 1
    while index >= 0 and (tokens[index].pos == "ADV" or plain(tokens[index].text) in ("ne", "n'")):
        index -= 1
    return index if index >= 0 and tokens[index].sentence == sentence else -1


def phrase_kind(analysis: Analysis, index: int) -> str:
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
    """PERSON for a noun of the LIVING list, "" for a doer's ending, a part of the body (le
    pied sentait le bois: felt) or a body of people (la police), THING otherwise."""
    lemma, text = noun.lemma.lower(), plain(noun.text)
    if lemma in LIVING or text in LIVING:
        return PERSON
    if noun.pos != "NOUN" or lemma.endswith(LIVING_ENDINGS) or lemma in BODY | AGENTS:
        return ""
    return THING


def _before_incise(analysis: Analysis, comma: Token) -> Token | None:
    """The word before the comma that opens the incise closed by this one; None when what
    stands between is a conjunction (et, se levant: no incise, the subject is further)."""
    index = comma.index - 1
    while index > 0 and analysis.tokens[index].sentence == comma.sentence:
        if analysis.tokens[index].text == ",":
            word, inside = analysis.tokens[index - 1], analysis.tokens[index + 1]
            if inside.pos == "CCONJ" or not word.is_word or word.sentence != comma.sentence:
                return None
            return word
        index -= 1
    return None
