"""Senses of the little words whose meaning their place decides, as a grammar book states it:

- même after a noun with its article (le jour même: very), after a stressed pronoun (moi
  même: myself), after an article with no noun (c'est la même: same);
- the pronoun en with a verb or an adjective that governs de (il en parle: about it; j'en suis
  sûr: of it), a verb of leaving (il en sort: from there), a count (j'en ai deux: of them),
  faire and an attribute (en faire de petits bourgeois: of them), or a negation with none
  (je n'en ai pas: any); en before a gerund (en marchant: while, by);
- the pronoun y with a verb that governs à (j'y pense: about it; y renoncer: it);
- que opening an exclamation (Que de fois !: how many; Que tu es belle !: how) or asking
  (Que fais-tu ?, il ne sut que répondre: what);
- où after a noun of time (le jour où: when), que after autant or même (as), jamais after
  sans, after a comparative's que or in a question with no ne (ever), personne and rien
  there (anyone, anything) or alone (Personne !: nobody); depuis and pendant before a
  length of time (for); si asking with the imperfect (Et si on allait ... ?: what if); de
  after a negation (il n'a pas d'argent: any); encore un (another), encore du (more); tous
  les trois jours (every);
- le plus (the most), si before an adjective (so) or alone (Si !: yes), bien before an
  adjective (very) or a comparative (much), encore before a comparative (even), comme opening
  an exclamation (how), donc after an imperative (entrez donc: then), drôle comme tout (ever
  so).

Like surroundings.py, each rule reads only the words around the token and returns None where
they do not settle the sense, so the grammar words' list and the dictionaries stand; the rules
are tried only on the words they start from (may_apply, at the end)."""

from __future__ import annotations

import functools

from reader.core.analysis.expressions.lists import GOVERNED, entries_by_lemma
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.lookup.surroundings import GRAMMAR_ORIGIN, neighbour, plain
from reader.core.models import Analysis, Token, Translation, TranslationSource


def by_function_word(analysis: Analysis, token: Token) -> Translation | None:
    """The sense the words around a function word call for, or None."""
    # A whole-text gloss asks for every word; few are these words (issue 14).
    return every_rule(analysis, token) if may_apply(analysis, token) else None


def every_rule(analysis: Analysis, token: Token) -> Translation | None:
    """The first rule's answer, each rule tried in turn (by_function_word without its
    prefilter)."""
    return (
        meme(analysis, token)
        or en_pronoun(analysis, token)
        or gerund(analysis, token)
        or y_pronoun(analysis, token)
        or exclamative(analysis, token)
        or interrogative_que(analysis, token)
        or superlative(analysis, token)
        or suggestion(analysis, token)
        or si(analysis, token)
        or degree(analysis, token)
        or emphatic_donc(analysis, token)
        or comme_tout(analysis, token)
        or when(analysis, token)
        or comparative_que(analysis, token)
        or ever(analysis, token)
        or anyone(analysis, token)
        or duration(analysis, token)
        or negative_de(analysis, token)
        or another(analysis, token)
        or every(analysis, token)
    )


def _grammar(*senses: str) -> Translation:
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


def meme(analysis: Analysis, token: Token) -> Translation | None:
    """moi même: myself; le jour même, l'heure même: very; c'est toujours la même: same;
    elsewhere (même les enfants, la même chose) the dictionary's even or same stands."""
    text = token.text.lower()
    if text not in ("même", "mêmes"):
        return None
    before = neighbour(analysis, token, -1)
    if before is None:
        return None
    if before.pos == "PRON" and before.text.lower() in SELVES:
        return _grammar(SELVES[before.text.lower()], "self")
    after = neighbour(analysis, token, 1)
    if plain(before.text) in ARTICLES_ALONE and (after is None or after.pos not in NOUNS):
        return _grammar("same", "the same one")
    if before.pos not in NOUNS:
        return None
    article = neighbour(analysis, before, -1)
    if article is None or plain(article.text) not in ARTICLES:
        return None
    # les enfants même le savent: even; les paroles mêmes: the very words
    plural = before.morph.get("Number") == "Plur" or before.text.lower().endswith(("s", "x"))
    if plural != (text == "mêmes"):
        return None
    return _grammar("very", "itself" if text == "même" else "themselves")


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
    if plain(token.text).lstrip("-") != "en" or token.pos != "PRON":
        return None
    if _before_gerund(analysis, token):
        return None  # il riait en pensant à elle: the preposition (gerund)
    verb = _verb_of_clitic(analysis, token)
    if verb is None:
        return None
    lemma = _lemma(analysis, verb)
    if lemma in LEAVING or lemma == "s'en aller":
        return _grammar("from there", "from it")
    after = _after_verb(analysis, verb)
    if _counted(analysis, after):
        return _grammar("of them", "of it", "some")
    made = _made_into(analysis, lemma, after)
    if made:
        return _grammar(made, "of it", "of them")
    governed = _governed_pronoun(analysis, verb, lemma, "de")
    if governed:
        return _grammar(governed, "of it", "of them")
    if after is not None and plain(after.text) in QUANTITIES:
        return _grammar("of them", "of it", "some")
    if _negated(analysis, token, verb, after) or _question(analysis, token, verb):
        return _grammar("any", "some", "of it")
    return None


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
    lemma = _lemma(analysis, verb)
    governed = "" if lemma in FOR_PERSONS else _governed_pronoun(analysis, verb, lemma, "à")
    return _grammar(governed, "to it", "there") if governed else None


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


def _lemma(analysis: Analysis, verb: Token) -> str:
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
    glosses, noun = _governed_glosses(preposition).get(lemma), False
    expression = analysis.expression_of(_head(analysis, verb))
    key = expression.lemma.lower().removesuffix(f" {preposition}") if expression else lemma
    glosses = glosses or EXPRESSIONS_GOVERNING[preposition].get(key)
    if glosses is None and lemma in ("avoir", *COPULAS):
        after = _after_verb(analysis, verb)
        while after is not None and after.pos == "ADV":
            after = neighbour(analysis, after, 1)
        if after is not None and after.pos in ("ADJ", "NOUN", "VERB"):
            glosses = _governed_glosses(preposition).get(after.lemma.lower())
            glosses = glosses or _governed_glosses(preposition).get(after.text.lower())
            noun = after.pos == "NOUN"
    if not glosses:
        return ""
    last = glosses[0].split()[-1]
    if noun:  # j'en ai peur: of it; j'en ai besoin, envie: (need, want) it
        return "of it" if last == "of" else "it"
    return f"{last} it" if last in ENGLISH_PREPOSITIONS else "it"


@functools.cache
def _governed_glosses(preposition: str) -> dict[str, tuple[str, ...]]:
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
    if _lemma(analysis, verb) not in TAKING:
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
    if _lemma(analysis, verb) not in TAKING:
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
    return _grammar("while", "by", "on", "when")


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


# -- que and comme opening an exclamation ----------------------------------------------------------

EXCLAIMED = frozenset("il elle on ils elles tu vous nous je j' c' ce ça cela le la l' les".split())


def exclamative(analysis: Analysis, token: Token) -> Translation | None:
    """Que de fois !: how many; Que tu es belle !, Comme il est beau !: how; not Que
    fais-tu ?, Qu'il vienne ! (let him come) nor comme il pleuvait."""
    text = plain(token.text)
    if text not in ("que", "qu'", "comme") or not _opens_sentence(analysis, token):
        return None
    after = neighbour(analysis, token, 1)
    if after is None:
        return None
    if text != "comme" and plain(after.text) in ("de", "d'"):
        return _grammar("how many", "how much", "so many")
    if not _exclamation(analysis, token) or plain(after.text) not in EXCLAIMED:
        return None
    verb = _first_verb(analysis, after)
    if verb is None or verb.morph.get("Mood") == "Sub":
        return None  # Qu'il vienne !: let him come
    return _grammar("how", "how much")


def _first_verb(analysis: Analysis, start: Token) -> Token | None:
    """The first verb after a word in its sentence (être read as an adverb included: Que tu
    es belle !)."""
    for word in analysis.tokens[start.index + 1 : start.index + 6]:
        if word.sentence != start.sentence:
            return None
        if word.pos in ("VERB", "AUX") or word.lemma in ("être", "avoir"):
            return word
    return None


def interrogative_que(analysis: Analysis, token: Token) -> Translation | None:
    """Que fais-tu ?, Que faire ?, il ne savait que répondre: what; le livre que je lis: the
    list's that."""
    if plain(token.text) not in ("que", "qu'"):
        return None
    if token.pos == "PRON" and token.morph.get("PronType") == "Int":
        return _grammar("what")
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if before is None or after is None or before.lemma.lower() != "savoir":
        return None
    return _grammar("what") if after.morph.get("VerbForm") == "Inf" else None


# Words that may stand before a sentence's first word: Et que de fois, Oh ! comme ...
OPENERS = frozenset("et mais oh ah ô eh".split())


def _opens_sentence(analysis: Analysis, token: Token) -> bool:
    """Whether only quotation marks, dashes or an interjection stand before the word in its
    sentence, or since an exclamation mark (« Comme tu viens tard ! », Et que de fois ..., Nom
    d'un chien ! que j'ai soif !); not after a comma (Mon pauvre abbé, que je ne devais plus
    revoir !)."""
    index = token.index - 1
    while index >= 0 and analysis.tokens[index].sentence == token.sentence:
        before = analysis.tokens[index]
        if before.text in ("!", "?"):
            return True
        if before.is_word and plain(before.text) not in OPENERS:
            return False
        if not before.is_word and before.text not in QUOTES:
            return False
        index -= 1
    return True


QUOTES = frozenset({"«", "»", '"', "“", "”", "—", "–", "-", "--"})


def _exclamation(analysis: Analysis, token: Token) -> bool:
    return analysis.sentence_text(token).rstrip(' »"”').endswith("!")


# -- plus, si, bien, encore: degree words ----------------------------------------------------------


def superlative(analysis: Analysis, token: Token) -> Translation | None:
    """le plus beau, les plus grands, ce qu'il aime le plus: most; not plus de (more)."""
    if token.text.lower() != "plus" or token.morph.get("Polarity") == "Neg":
        return None
    before = neighbour(analysis, token, -1)
    if before is None or plain(before.text) not in ARTICLES_ALONE or before.pos != "DET":
        return None
    return _grammar("most", "the most")


# Adverbs that si or bien grades (si souvent: so often; bien loin: far); not si jamais (if
# ever), si seulement (if only), si vraiment (if really).
GRADED = frozenset(
    "souvent longtemps loin près tôt tard vite peu mal bien fort haut bas profondément "
    "doucement rapidement lentement facilement vivement simplement gentiment".split()
)
COMPARATIVES = frozenset(
    "plus moins mieux pis pire meilleur meilleure meilleurs meilleures trop davantage".split()
)


def si(analysis: Analysis, token: Token) -> Translation | None:
    """si beau, si souvent: so; Si ! (to a negative question): yes; si tu viens: if, the
    list's."""
    if token.text.lower() != "si":
        return None
    after = neighbour(analysis, token, 1)
    if after is None:
        # Mais si ! Si, si.: a clause's if never ends it; vous avez été si… si… gentils: so
        return None if _trails_off(analysis, token) else _grammar("yes", "oh yes")
    if after.pos == "ADV" and after.text.lower() in GRADED:
        return _grammar("so", "such")
    if after.pos != "ADJ" or after.text.lower() in QUANTIFIERS:
        return None  # si tous les hommes, si autre chose: if
    following = neighbour(analysis, after, 1)
    return None if following is not None and following.pos == "DET" else _grammar("so", "such")


def _trails_off(analysis: Analysis, token: Token) -> bool:
    following = analysis.tokens[token.index + 1 : token.index + 2]
    return bool(following) and following[0].text in ("…", "...", "..")


# Adjectives that stand where a determiner would, after which si is "if" (si tous les hommes
# étaient bons, si seul le roi le savait).
QUANTIFIERS = frozenset(
    "tout toute tous toutes seul seule seuls seules autre autres certain certaine certains "
    "certaines quelque quelques chaque même mêmes aucun aucune nul nulle plusieurs tel telle "
    "tels telles divers diverses différents différentes".split()
)


def degree(analysis: Analysis, token: Token) -> Translation | None:
    """bien content: very; bien plus, encore mieux: much, even; bien une centaine: at
    least; il chante bien, encore là: the list's well, still."""
    text = token.text.lower()
    if text not in ("bien", "encore"):
        return None
    after = neighbour(analysis, token, 1)
    if after is None:
        return None
    if after.text.lower() in COMPARATIVES:
        if text == "encore" and after.text.lower() == "trop":
            return None  # encore trop tôt: still too early
        return _grammar("much", "far") if text == "bien" else _grammar("even", "still")
    if text == "encore":
        return None
    if after.pos == "NUM" or _approximate(analysis, after):
        return _grammar("at least", "easily", "a good")
    graded = after.pos == "ADJ" and not after.text.lower().endswith(PARTICIPLE_ENDINGS)
    if graded or (after.pos == "ADV" and after.text.lower() in GRADED):
        return _grammar("very", "quite", "really")
    return None


# Adjectives that are past participles (bien sablées, bien assorties, bien connu): well.
PARTICIPLE_ENDINGS = tuple(
    stem + end for stem in ("é", "i", "u", "is", "it") for end in ("", "e", "s", "es")
)


def _approximate(analysis: Analysis, word: Token) -> bool:
    """une centaine, une vingtaine: a round count after un or une."""
    if word.text.lower() not in ("un", "une"):
        return False
    noun = neighbour(analysis, word, 1)
    return noun is not None and noun.text.lower().endswith("aine")


# -- donc after an imperative, comme tout ----------------------------------------------------------


def emphatic_donc(analysis: Analysis, token: Token) -> Translation | None:
    """Entrez donc !, taisez-vous donc: then, go on (the imperative's emphasis); not il est
    donc parti (so)."""
    if token.text.lower() != "donc":
        return None
    verb = neighbour(analysis, token, -1, skip=("PRON",))
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.morph.get("Mood") != "Imp":
        return None
    if verb.text.lower() in ("allons", "allez") and neighbour(analysis, token, 1) is None:
        return _grammar("come on", "nonsense")  # Allons donc !
    return _grammar("then", "go on", "do")


def comme_tout(analysis: Analysis, token: Token) -> Translation | None:
    """drôle comme tout, gentille comme tout: ever so, really; not comme tout le monde."""
    if token.text.lower() != "tout":
        return None
    comme = neighbour(analysis, token, -1)
    graded = neighbour(analysis, comme, -1) if comme is not None else None
    if comme is None or comme.text.lower() != "comme" or graded is None:
        return None
    if graded.pos not in ("ADJ", "ADV") and graded.morph.get("VerbForm") != "Part":
        return None
    after = neighbour(analysis, token, 1)
    if after is not None and after.pos in ("DET", "NOUN", "ADJ", "PRON"):
        return None
    return _grammar("ever so", "terribly", "really")


# -- où after a time, que after autant or même, jamais with no ne ----------------------------------

# Nouns of time, after which où is "when" (le jour où il vint, à l'heure même où j'écris).
TIMES = frozenset(
    "jour journée nuit soir soirée matin matinée heure minute seconde instant moment temps "
    "époque année an mois semaine siècle saison date fois printemps été automne hiver "
    "veille lendemain".split()
)


def when(analysis: Analysis, token: Token) -> Translation | None:
    """le jour où, à l'heure même où, l'année où: when; la ville où: the list's where."""
    if token.text.lower() != "où":
        return None
    before = neighbour(analysis, token, -1)
    while before is not None and (before.text.lower() in ("même", "précis") or before.pos == "ADJ"):
        before = neighbour(analysis, before, -1)  # l'heure même où, le moment précis où
    if before is None or before.pos != "NOUN" or before.lemma.lower() not in TIMES:
        return None
    return _grammar("when", "where")


# Words a que compares with (autant que: as much as; la même chose que: the same as; rien
# d'autre que: nothing other than); plus, moins and aussi ... que are the phrase lists'.
COMPARED = {
    "autant": ("as", "as much as"),
    "même": ("as",),
    "mêmes": ("as",),
    "autre": ("than", "other than"),
    "autrement": ("than", "otherwise than"),
}
# What makes autre compare (rien d'autre que, aucune autre solution que, autre chose que);
# les autres que je connais is a relative que.
OTHER_MARKS = frozenset("d' aucun aucune nul nulle".split())


def comparative_que(analysis: Analysis, token: Token) -> Translation | None:
    """Il travaille autant que moi, la même chose que toi: as; pas d'autre choix que: than;
    not il pense que (that)."""
    if plain(token.text) not in ("que", "qu'"):
        return None
    step = -1
    while (before := neighbour(analysis, token, step)) is not None and step >= -3:
        if before.pos in ("VERB", "AUX") and step < -1:
            return None  # autant de gens disent que: the verb's que
        if before.text.lower() in COMPARED and _compares(analysis, before):
            return _grammar(*COMPARED[before.text.lower()])
        step -= 1
    return None


def _compares(analysis: Analysis, word: Token) -> bool:
    """Whether the word makes que compare: autre marked (rien d'autre, autre chose); même
    after an article or en and at most its noun before que (la même maison que, en même
    temps qu'un gendre; not à l'instant même quelques vers que, a relative)."""
    text = word.text.lower()
    before, after = neighbour(analysis, word, -1), neighbour(analysis, word, 1)
    if text in ("même", "mêmes"):
        article = before is not None and plain(before.text) in (*ARTICLES_ALONE, "en")
        noun = after is not None and (after.pos in NOUNS or plain(after.text) in ("que", "qu'"))
        que = neighbour(analysis, after, 1) if after is not None and after.pos in NOUNS else after
        return article and noun and que is not None and plain(que.text) in ("que", "qu'")
    if text != "autre":
        return True
    marked = before is not None and plain(before.text) in OTHER_MARKS
    return marked or (after is not None and after.text.lower() == "chose")


def ever(analysis: Analysis, token: Token) -> Translation | None:
    """sans jamais se plaindre, mieux que jamais, Avez-vous jamais vu cela ?: ever; il ne
    vient jamais, Jamais !: the list's never."""
    if token.text.lower() != "jamais":
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.text.lower() == "sans":
        return _grammar("ever")
    if before is not None and plain(before.text) in ("que", "qu'"):
        return _grammar("ever") if _after_comparative(analysis, before) else None
    clause = analysis.tokens[max(0, token.index - 8) : token.index]
    if any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'") for w in clause):
        return None
    question = analysis.sentence_text(token).rstrip(' »"”').endswith("?")
    return _grammar("ever") if question else None


def _after_comparative(analysis: Analysis, que: Token) -> bool:
    """mieux que jamais, plus belle que jamais."""
    before = analysis.tokens[max(0, que.index - 3) : que.index]
    return any(w.sentence == que.sentence and w.text.lower() in COMPARATIVES for w in before)


# -- personne and rien with no ne, depuis and pendant before a length of time ----------------------


def anyone(analysis: Analysis, token: Token) -> Translation | None:
    """sans personne, mieux que personne: anyone; sans rien dire, plus que rien: anything;
    Personne ! (no article): nobody; not une personne, en personne, ne ... personne (the
    phrase lists')."""
    text = token.text.lower()
    if text not in ("personne", "rien"):
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and (
        before.text.lower() == "sans"
        or (plain(before.text) in ("que", "qu'") and _after_comparative(analysis, before))
    ):
        return _grammar("anyone", "anybody") if text == "personne" else _grammar("anything")
    if text == "personne" and before is None and token.pos in ("NOUN", "PRON"):
        after = neighbour(analysis, token, 1)
        return _grammar("nobody", "no one") if after is None or after.pos != "ADJ" else None
    return None


# A count of time after depuis or pendant (depuis trois ans, pendant des heures): for.
TIME_UNITS = frozenset(
    "seconde minute heure jour journée nuit semaine mois an année siècle décennie".split()
)
HOW_MANY = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente "
    "cent quelques plusieurs des de longues longs".split()
)


def duration(analysis: Analysis, token: Token) -> Translation | None:
    """depuis trois ans, pendant des heures: for; depuis 2010, pendant la guerre: the list's
    since, during."""
    if token.text.lower() not in ("depuis", "pendant"):
        return None
    count = neighbour(analysis, token, 1)
    if count is None or not (count.pos == "NUM" or count.text.lower() in HOW_MANY):
        return None
    unit = neighbour(analysis, count, 1, skip=("ADJ",))
    if unit is None or unit.lemma.lower() not in TIME_UNITS:
        return None
    return _grammar("for", "since" if token.text.lower() == "depuis" else "during")


def suggestion(analysis: Analysis, token: Token) -> Translation | None:
    """Et si on allait au cinéma ?, Si nous partions ?: what if, how about (si with the
    imperfect asking); si tu viens: the list's if."""
    if token.text.lower() != "si" or not _opens_sentence(analysis, token):
        return None
    if not analysis.sentence_text(token).rstrip(' »"”').endswith("?"):
        return None
    verb = _first_verb(analysis, token)
    if verb is None or verb.morph.get("Tense") != "Imp":
        return None
    return _grammar("what if", "how about")


# -- de after a negation, encore before an article -------------------------------------------------

PARTNERS = frozenset("pas plus jamais point guère".split())


def negative_de(analysis: Analysis, token: Token) -> Translation | None:
    """il ne mange pas de viande, il n'a plus d'argent: any, no (the partitive after a
    negation); il ne parle pas de sa mère, de politique: the verb's de."""
    if plain(token.text) not in ("de", "d'"):
        return None
    partner = neighbour(analysis, token, -1)
    noun = neighbour(analysis, token, 1)
    if partner is None or noun is None or noun.pos not in ("NOUN", "ADJ"):
        return None
    if noun.text.lower() in QUANTIFIERS:
        return None  # je ne dormis pas de toute la nuit: all night
    main = None
    if partner.morph.get("VerbForm") in ("Part", "Inf"):  # je n'ai pas vu de, ne veut pas boire de
        main, partner = partner, neighbour(analysis, partner, -1)
    if partner is None or partner.text.lower() not in PARTNERS:
        return None
    verb = neighbour(analysis, partner, -1, skip=("ADV", "PRON", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    before = analysis.tokens[max(0, verb.index - 4) : token.index]
    if not any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'") for w in before):
        return None
    others = [w for w in before if w.text.lower() in PARTNERS and w is not partner]
    if partner.text.lower() == "plus" and others:
        return None  # n'y aurait pas causé plus de stupeur: more
    if _lemma(analysis, main or verb) in _governed_glosses("de"):
        return None  # il ne parle pas de politique: about
    return _grammar("any", "no")


def another(analysis: Analysis, token: Token) -> Translation | None:
    """encore un verre: another, one more; encore du pain: more; ce n'est pas encore un homme,
    il a encore des amis: the list's yet, still."""
    if token.text.lower() != "encore":
        return None
    article = neighbour(analysis, token, 1)
    noun = neighbour(analysis, article, 1) if article is not None else None
    if article is None or noun is None or noun.pos != "NOUN":
        return None
    before = analysis.tokens[max(0, token.index - 6) : token.index]
    if any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'", "pas") for w in before):
        return None
    if article.text.lower() in ("un", "une"):
        return _grammar("another", "one more")
    if plain(article.text) in ("du", "de"):
        return _grammar("more", "some more")
    return None


# -- tous les before a count -----------------------------------------------------------------------


def every(analysis: Analysis, token: Token) -> Translation | None:
    """tous les trois jours, toutes les cinq minutes: every; tous les quatre accrochés, tous
    les deux: all, both (the list's)."""
    text = token.text.lower()
    after = neighbour(analysis, token, 1)
    if text not in ("tous", "toutes") or after is None or plain(after.text) != "les":
        return None
    count = neighbour(analysis, after, 1)
    noun = neighbour(analysis, count, 1) if count is not None else None
    if count is None or noun is None or not _plain_noun(noun):
        return None
    if count.pos == "NUM" or count.text.lower() in NUMBER_WORDS:
        return _grammar("every")  # tous les deux jours: every other day
    return None


NUMBER_WORDS = frozenset("deux trois quatre cinq six sept huit neuf dix quinze vingt cent".split())


def _plain_noun(word: Token) -> bool:
    """A noun that is no adjective or participle the tagger took for one (tout rouge, tout
    capitonné, tous les quatre accrochés: very, all), by the lexicon."""
    if word.pos != "NOUN":
        return False
    lexicon, form = bundled_lexicon(), word.text.lower()
    if lexicon.is_headword(form, "ADJ"):
        return False
    lemmas = lexicon.lemmas_of(form, "ADJ")
    return not any(lexicon.is_headword(w, "ADJ") or w.endswith(VERB_ENDINGS) for w in lemmas)


VERB_ENDINGS = ("er", "ir", "re")


# -- the prefilter ---------------------------------------------------------------------------------

# The words the rules above start from, as written (lower case, straight apostrophe); a rule
# added above needs its first condition here (tests/core/lookup/test_sense_prefilters.py).
RULE_WORDS = frozenset(
    "même mêmes en -en y -y que qu' comme plus si bien encore donc tout où jamais personne "
    "rien depuis pendant de d' tous toutes".split()
)


def may_apply(analysis: Analysis, token: Token) -> bool:
    """Whether any rule may give the token a sense: one of its words."""
    return plain(token.text) in RULE_WORDS
