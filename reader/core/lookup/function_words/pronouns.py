"""Function words that stand for something, read by the verb they go with: même (le jour
même: very; moi même: myself; c'est la même: same), the pronoun en (il en parle: about it; j'en
ai deux: of them; je n'en ai pas: any; il en sort: from there), en before a gerund (while), and
the pronoun y (j'y pense: about it). Also the helpers the other rule modules share (grammar,
verb_lemma, governed_glosses)."""

from __future__ import annotations

import functools

from reader.core.analysis.expressions.lists import GOVERNED, entries_by_lemma
from reader.core.lookup.surroundings import GRAMMAR_ORIGIN, neighbour, plain
from reader.core.models import Analysis, Token, Translation, TranslationSource


def grammar(*senses: str) -> Translation:
    """The senses as the grammar words' translation, each once."""
    return Translation(tuple(dict.fromkeys(senses)), TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)


# -- même ------------------------------------------------------------------------------------------

# même after a stressed pronoun, with or without its hyphen, is the pronoun's "-self".
SELVES = {
    "moi": "myself",
    "toi": "yourself",
    "lui": "himself",
    "elle": "herself",
    "soi": "oneself",
    "nous": "ourselves",
    "vous": "yourself",
    "eux": "themselves",
    "elles": "themselves",
}
# The articles of a noun that même follows as "very" (le jour même, à l'heure même, au
# moment même, cette nuit même).
ARTICLES = frozenset("le la l' les au aux du ce cet cette ces".split())
ARTICLES_ALONE = frozenset("le la l' les".split())  # c'est la même: the same one
# Adverbs of time and place that même follows as "very" (aujourd'hui même: this very day; ici
# même: right here).
HERE_AND_NOW = frozenset("aujourd'hui ici maintenant hier demain".split())
IF = frozenset({"si", "s'"})  # ici même s'il pleut: even if


def meme(analysis: Analysis, token: Token) -> Translation | None:
    """moi même: myself; le jour même, l'heure même, aujourd'hui même: very; c'est toujours
    la même: same; elsewhere (même les enfants, la même chose, ici même si) the dictionary's
    even or same stands."""
    text = token.text.lower()
    if text not in ("même", "mêmes"):
        return None
    before = neighbour(analysis, token, -1)
    if before is None:
        return None
    if before.pos == "PRON" and before.text.lower() in SELVES:
        return grammar(SELVES[before.text.lower()], "self")
    after = neighbour(analysis, token, 1)
    if plain(before.text) in HERE_AND_NOW and (after is None or plain(after.text) not in IF):
        return grammar("very", "right", "itself")  # aujourd'hui même, ici même
    if plain(before.text) in ARTICLES_ALONE and (after is None or after.pos not in NOUNS):
        return grammar("same", "the same one")
    if before.pos not in NOUNS:
        return None
    article = neighbour(analysis, before, -1)
    if article is None or plain(article.text) not in ARTICLES:
        return None
    # les enfants même le savent: even; les paroles mêmes: the very words
    plural = before.morph.get("Number") == "Plur" or before.text.lower().endswith(("s", "x"))
    if plural != (text == "mêmes"):
        return None
    return grammar("very", "itself" if text == "même" else "themselves")


NOUNS = ("NOUN", "PROPN")


# -- en and y: the preposition their verb governs --------------------------------------------------

# Verbs of leaving, whose en is the place left (il en sort, il en revient): from there.
LEAVING = frozenset(
    "sortir partir revenir venir retourner rentrer descendre s'échapper s'enfuir fuir".split()
)
# Counts after the verb that en is a part of (j'en ai deux, il y en avait quatre): of them;
# un and une only with no noun after them (il en a fait un homme: of him).
COUNTS = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze vingt cent mille "
    "plusieurs quelques-uns quelques-unes certains certaines aucun aucune".split()
)
# Quantities, which may also grade a verb that governs de (il en parle beaucoup: about it):
# tried after the governed verbs (il en reste peu: of them).
QUANTITIES = frozenset("beaucoup peu trop assez autant tant".split())
# Verbs whose en or y is not the preposition they govern: être and avoir (il en est, il y
# a), aller and the verbs of places (il y va, il y arrive), which the list pairs with à.
NOT_GOVERNING = frozenset(
    {
        *"être avoir faire aller venir arriver revenir entrer rester vivre habiter passer "
        "demeurer monter retourner rentrer".split(),
        "se rendre",
    }
)
# English prepositions a gloss may end with: the pronoun's own (think about: about it).
ENGLISH_PREPOSITIONS = frozenset("of about from with at on for to in into by over".split())
COPULAS = frozenset("être sembler paraître rester devenir se sentir se montrer".split())
INVERTED = frozenset("-vous -tu -il -elle -on -ils -elles -nous -je -t-il -t-elle -t-on".split())


def en_pronoun(analysis: Analysis, token: Token) -> Translation | None:
    """il en parle: about it; il s'en souvient: it; j'en suis sûr: of it; il en sort: from
    there; j'en ai deux: of them; je n'en ai pas, en avez-vous ?: any; else None (the list's
    of it, of them, some)."""
    if plain(token.text).lstrip("-") != "en":
        return None
    if token.pos != "PRON" and not _before_infinitive(analysis, token):
        return None
    if _before_gerund(analysis, token):
        return None  # il riait en pensant à elle: the preposition (gerund)
    verb = _verb_of_clitic(analysis, token)
    if verb is None:
        return None
    lemma = verb_lemma(analysis, verb)
    if lemma in LEAVING or lemma == "s'en aller":
        return grammar("from there", "from it")
    after = _after_verb(analysis, verb)
    if _counted(analysis, after):
        return grammar("of them", "of it", "some")
    made = _made_into(analysis, lemma, after)
    if made:
        return grammar(made, "of it", "of them")
    governed = _governed_pronoun(analysis, verb, lemma, "de")
    if governed:
        return grammar(governed, "of it", "of them")
    if after is not None and plain(after.text) in QUANTITIES:
        return grammar("of them", "of it", "some")
    if _negated(analysis, token, verb, after) or _question(analysis, token, verb):
        return grammar("any", "some", "of it")
    if _partitive(analysis, token, lemma, after):
        return grammar("some", "some of it", "some of them")
    return None


def _before_infinitive(analysis: Analysis, token: Token) -> bool:
    """j'irai en chercher, sans en parler: en right before an infinitive is the pronoun,
    whatever the tagger read (the preposition en never takes an infinitive)."""
    after = neighbour(analysis, token, 1)
    return after is not None and after.pos == "VERB" and after.morph.get("VerbForm") == "Inf"


def _partitive(analysis: Analysis, token: Token, lemma: str, after: Token | None) -> bool:
    """il y en avait partout, on en écrasait, j'irai en chercher: en as the object of a verb
    that takes one, with nothing after the verb that en could be part of (il en mangea la
    moitié: of it); not after ne (je n'en ai pas l'habitude) or a reflexive pronoun (sans
    s'en apercevoir: a verb that governs de)."""
    if lemma not in TAKING or lemma == "faire":
        return False  # qu'en faire ?: with it
    before = neighbour(analysis, token, -1)
    if before is not None and plain(before.text) in NOT_BEFORE_PARTITIVE:
        return False
    return after is None or after.pos not in ("DET", "NOUN", "PRON", "ADJ", "NUM", "VERB")


NOT_BEFORE_PARTITIVE = frozenset("ne n' se s' me m' te t' nous vous".split())


def _made_into(analysis: Analysis, lemma: str, after: Token | None) -> str:
    """en faire de petits bourgeois: of them; il en fit son ami, en faire un négociant: of
    him; what en faire makes of the thing or person en stands for, by the attribute's number
    ("" when faire has no attribute after it)."""
    if lemma != "faire" or after is None or after.pos != "DET":
        return ""
    noun = neighbour(analysis, after, 1, skip=("ADJ",))
    if noun is None or noun.pos != "NOUN":
        return ""
    plural = noun.morph.get("Number") == "Plur" or after.text.lower() in ("des", "ses", "de")
    return "of them" if plural else "of him"


def _counted(analysis: Analysis, after: Token | None) -> bool:
    """A number after the verb (j'en ai deux, il en avise un propret), not an article (il en
    avait fait un homme terrible, il en tira une pincée)."""
    if after is None or not (after.pos == "NUM" or plain(after.text) in COUNTS):
        return False
    noun = neighbour(analysis, after, 1)
    return plain(after.text) not in ("un", "une") or noun is None or noun.pos not in NOUNS


# Verbs that govern à for a person (profiter à, plaire à): y with them is a place (il n'y
# profitait guère: there).
FOR_PERSONS = frozenset("profiter plaire appartenir ressembler parler succéder aider".split())


def y_pronoun(analysis: Analysis, token: Token) -> Translation | None:
    """j'y pense: about it; il n'y renonce pas: it; n'y point prendre garde: it; elsewhere
    (j'y suis, il y va) the list's "there" stands."""
    if plain(token.text).lstrip("-") != "y" or token.pos != "PRON":
        return None
    verb = _verb_of_clitic(analysis, token)
    if verb is None:
        return None
    after = _after_verb(analysis, verb)
    if after is not None and (after.pos in ("DET", "NUM") or plain(after.text) in COUNTS):
        return None  # ils s'y feront une place, nous y tiendrons deux: there
    lemma = verb_lemma(analysis, verb)
    governed = "" if lemma in FOR_PERSONS else _governed_pronoun(analysis, verb, lemma, "à")
    return grammar(governed, "to it", "there") if governed else None


def _verb_of_clitic(analysis: Analysis, token: Token) -> Token | None:
    """The verb a clitic belongs to: the next one (n'en trouvant point, il y en a, s'en
    souvient), or the imperative before a hyphened one (prends-en, pensez-y)."""
    if token.text.startswith("-"):
        verb = neighbour(analysis, token, -1, skip=("PRON",))
    else:
        verb = neighbour(analysis, token, 1, skip=("PRON", "ADV", "PART"))
        while verb is not None and verb.text.lower() in NEGATION_WORDS:
            verb = neighbour(analysis, verb, 1, skip=("PRON", "ADV", "PART"))  # n'y point
    return verb if verb is not None and verb.pos in ("VERB", "AUX") else None


# The partners of ne, which may stand before an infinitive (n'y point prendre garde) and which
# the tagger may read as nouns (point).
NEGATION_WORDS = frozenset("pas point plus jamais guère rien".split())


def verb_lemma(analysis: Analysis, verb: Token) -> str:
    """The lemma of the verb's group (se souvenir), else its own, in lower case."""
    group = analysis.group_of(verb)
    return (group.lemma if group is not None else verb.lemma).lower()


def _head(analysis: Analysis, verb: Token) -> Token:
    group = analysis.group_of(verb)
    return verb if group is None else analysis.tokens[group.head]


def _after_verb(analysis: Analysis, verb: Token) -> Token | None:
    """The word after the verb group's main verb, past a hyphened subject (en avez-vous)."""
    after = neighbour(analysis, _head(analysis, verb), 1)
    while after is not None and after.text.startswith("-"):
        after = neighbour(analysis, after, 1)
    return after


# Verbal expressions that govern à or de, which the governed list (one verb and its
# preposition) cannot hold: n'y point prendre garde (notice it), il s'en rend compte.
EXPRESSIONS_GOVERNING = {
    "à": {
        "prendre garde": ("notice",),
        "faire attention": ("pay attention to",),
        "prêter attention": ("pay attention to",),
        "faire allusion": ("allude to",),
        "faire face": ("face",),
        "mettre fin": ("put an end to",),
        "tenir tête": ("stand up to",),
    },
    "de": {
        "savoir": ("know about",),  # j'en sais quelque chose, qu'en sais-tu ?
        "se rendre compte": ("realise",),
        "tenir compte": ("take account of",),
        "prendre soin": ("take care of",),
        "avoir honte": ("be ashamed of",),
        "faire partie": ("be part of",),
    },
}


def _governed_pronoun(analysis: Analysis, verb: Token, lemma: str, preposition: str) -> str:
    """The English for en (de) or y (à) with a verb, or an adjective or noun after a copula or
    avoir, that the governed list pairs with that preposition: "about it" for parler de
    (talk about), "it" for se souvenir de (remember); "" when none does."""
    glosses, noun = governed_glosses(preposition).get(lemma), False
    expression = analysis.expression_of(_head(analysis, verb))
    key = expression.lemma.lower().removesuffix(f" {preposition}") if expression else lemma
    glosses = glosses or EXPRESSIONS_GOVERNING[preposition].get(key)
    if glosses is None and lemma in ("avoir", *COPULAS):
        after = _after_verb(analysis, verb)
        while after is not None and after.pos == "ADV":
            after = neighbour(analysis, after, 1)
        if after is not None and after.pos in ("ADJ", "NOUN", "VERB"):
            glosses = governed_glosses(preposition).get(after.lemma.lower())
            glosses = glosses or governed_glosses(preposition).get(after.text.lower())
            noun = after.pos == "NOUN"
    if not glosses:
        return ""
    last = glosses[0].split()[-1]
    if noun:  # j'en ai peur: of it; j'en ai besoin, envie: (need, want) it
        return "of it" if last == "of" else "it"
    return f"{last} it" if last in ENGLISH_PREPOSITIONS else "it"


@functools.cache
def governed_glosses(preposition: str) -> dict[str, tuple[str, ...]]:
    """The governed list's heads with this preposition (no infinitive-only entries), and
    their glosses: parler -> (talk about, ...)."""
    found: dict[str, tuple[str, ...]] = {}
    for (source, lemma), entry in entries_by_lemma().items():
        head, _, governed = lemma.rpartition(" ")
        if source != GOVERNED or governed != preposition or entry.infinitive:
            continue
        if head not in NOT_GOVERNING and entry.english:
            found[head] = tuple(e for e in entry.english if not e.endswith(" to")) or entry.english
    return found


# Verbs whose object en may stand for (je n'en ai pas, en veux-tu ?: any, some); with
# others en is a cause or a source (il n'en dort plus: because of it).
TAKING = frozenset(
    "avoir vouloir trouver voir prendre acheter manger boire connaître raconter donner "
    "recevoir garder lire écrire chercher perdre demander offrir vendre apporter posséder "
    "compter faire mettre rencontrer apercevoir désirer souhaiter".split()
)


def _negated(analysis: Analysis, token: Token, verb: Token, after: Token | None) -> bool:
    """n'en trouvant point, je n'en ai pas: ne before the clitic and a negation after a verb
    that takes an object, with nothing it counts or names (n'en crois pas mes yeux)."""
    before = neighbour(analysis, token, -1)
    if before is None or plain(before.text) not in ("ne", "n'"):
        return False
    if verb_lemma(analysis, verb) not in TAKING:
        return False
    if after is None or after.text.lower() not in ("pas", "point", "plus", "jamais", "guère"):
        return False
    following = neighbour(analysis, after, 1)
    return following is None or following.pos not in ("DET", "NOUN", "PRON", "ADJ", "NUM")


def _question(analysis: Analysis, token: Token, verb: Token) -> bool:
    """En avez-vous ? En veux-tu ?: a subject after the verb and a question mark; not qu'en
    sais-tu ? (about it), qu'en penses-tu ?"""
    before = neighbour(analysis, token, -1)
    if before is not None and plain(before.text) in ("que", "qu'"):
        return False
    if verb_lemma(analysis, verb) not in TAKING:
        return False
    head = _head(analysis, verb)
    inverted = neighbour(analysis, head, 1)
    if inverted is None or inverted.text.lower() not in INVERTED:
        return False
    return analysis.sentence_text(verb).rstrip(' »"”').endswith("?")


# -- en before a gerund ----------------------------------------------------------------------------


def gerund(analysis: Analysis, token: Token) -> Translation | None:
    """en marchant, en le voyant, en ne disant rien: while, by; not en France, en or."""
    if token.text.lower() != "en":
        return None
    if token.pos == "PRON" and not _before_gerund(analysis, token):
        return None
    after = neighbour(analysis, token, 1, skip=("PRON", "ADV"))
    if after is None or after.pos not in ("VERB", "AUX") or not after.text.endswith("ant"):
        return None
    if after.morph.get("VerbForm") not in ("Part", "Ger", ""):
        return None
    return grammar("while", "by", "on", "when")


# Words before a pronoun en (n'en trouvant point, s'en allant, nous en parlant): no gerund.
CLITICS_BEFORE_EN = frozenset("ne n' se s' me m' te t' nous vous lui leur y il elle on".split())


def _before_gerund(analysis: Analysis, token: Token) -> bool:
    """Whether an en the tagger read as a pronoun is the preposition of a gerund right after
    it (il riait en pensant à elle), no clitic before it."""
    after = neighbour(analysis, token, 1)
    if after is None or after.pos != "VERB" or not after.text.lower().endswith("ant"):
        return False
    before = neighbour(analysis, token, -1)
    return before is None or plain(before.text) not in CLITICS_BEFORE_EN
