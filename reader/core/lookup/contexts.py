"""Senses the surrounding words decide for a few frequent words the tagger often misreads:

- fort read as an adverb: "very" before an adjective or an adverb, "hard" or "loudly" after a
  verb (frapper fort, crier plus fort), "strong" after être or alone (il est très fort), and
  c'est trop fort ! is "that's too much";
- pareil: "such" before its noun (en pareil cas) or after it with un (une chose pareille),
  "like" before à (pareille à une flamme);
- ensemble tagged as a noun without a determiner or a preposition before it: "together"
  (ils partirent ensemble), not "whole" (l'ensemble de);
- couché as a state (il était couché sur le lit): "lying", not "gone to bed" (il s'est couché);
- d'une démarche lente (a manner): "gait", not "step"; tirer à mille exemplaires: "print";
- ce dernier, cette dernière standing for a person or thing just named (ce dernier a
  expliqué): "the latter", not "last" (ces derniers jours, cette dernière réflexion);
- comprenant before a noun phrase, after what it describes (une région comprenant la
  Lorraine): "including", not "understanding" (comprenant qu'il fallait partir);
- femme and fille someone has: "wife", "daughter" after a possessive (sa femme, ma fille, sa
  jeune femme) or before de and a name or a person (la femme du notaire, la fille de Pierre),
  not "woman", "girl" (une femme entra, une fille de ferme, la femme de ménage);
- du monde as a partitive after a verb (il y a du monde, j'ai vu du monde): "people", not
  "world" (le reste du monde, la coupe du monde);
- honteux before de and what one is ashamed of (honteux de ses bottines): "ashamed", not
  "shameful" (une misère honteuse; il est honteux de mentir, before an infinitive);
- pièce before de and a bare noun (32 pièces de cuir, une pièce de bois): "piece", where a
  room leads elsewhere (une grande pièce sombre).

Like surroundings/, each rule reads only the neighbouring words and returns None where they
do not settle the sense, and the rules are tried only on the words they start from (may_apply,
at the end)."""

from __future__ import annotations

from reader.core.lookup.subjects import THING, noun_kind
from reader.core.lookup.surroundings import GRAMMAR_ORIGIN, neighbour, plain
from reader.core.models import Analysis, Token, Translation, TranslationSource, VerbGroup


def by_context(analysis: Analysis, token: Token) -> Translation | None:
    """The sense the words around one of these words call for, or None."""
    # A whole-text gloss asks for every word; a handful are these words (issue 14).
    return every_rule(analysis, token) if may_apply(analysis, token) else None


def every_rule(analysis: Analysis, token: Token) -> Translation | None:
    """The first rule's answer, each rule tried in turn (by_context without its prefilter)."""
    return (
        fort(analysis, token)
        or pareil(analysis, token)
        or together(analysis, token)
        or lying(analysis, token)
        or gait(analysis, token)
        or printed(analysis, token)
        or the_latter(analysis, token)
        or including(analysis, token)
        or kin(analysis, token)
        or people(analysis, token)
        or made_of(analysis, token)
        or ashamed_of(analysis, token)
    )


def _grammar(*senses: str) -> Translation:
    return Translation(senses, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)


# -- fort --------------------------------------------------------------------------------------

# Degree words that may stand between a verb and fort (crier plus fort, battre bien fort).
DEGREE = frozenset("très plus si trop aussi assez bien vraiment moins tellement".split())
# Verbs after which fort describes the subject (il est fort, il se sentait fort): strong.
COPULAS = frozenset("être sembler paraître devenir rester demeurer sentir croire".split())
# Verbs of sound, after which fort is "loudly" (parler fort, crier plus fort).
SOUNDS = frozenset(
    "crier parler chanter rire jouer applaudir sonner hurler appeler dire répéter "
    "tousser siffler gueuler ronfler respirer souffler sangloter pleurer".split()
)
# Verbs after which fort is "much", a degree of the verb (je doute fort, il ressemble fort).
MUCH = frozenset("douter ressembler risquer craindre aimer souhaiter tenir".split())
STRONG = ("strong", "good (at)", "hard")


def fort(analysis: Analysis, token: Token) -> Translation | None:
    """fort beau: very (the dictionary's order); frapper fort: hard; crier fort: loudly; il
    est fort, grand et fort: strong; c'est trop fort !: that's too much."""
    if token.text.lower() != "fort" or token.pos != "ADV":
        return None
    after = neighbour(analysis, token, 1)
    if after is not None and (after.pos in ("ADJ", "ADV") or after.morph.get("VerbForm") == "Part"):
        return None  # fort beau, fort bien, fort étonnée: very
    if _too_much(analysis, token, after):
        return _grammar("that's too much", "that's going too far")
    if after is not None and after.pos == "NOUN":
        return _grammar(*STRONG)  # an adjective the tagger took for an adverb: fort vent
    before = _before_degree(analysis, token)
    if before is None or before.pos not in ("VERB", "AUX"):
        return _grammar(*STRONG)  # grand et fort, un esprit fort, pour fort
    lemma = _lemma(analysis, before)
    if before.pos == "AUX" or lemma in COPULAS:
        return _grammar(*STRONG)
    if lemma in SOUNDS:
        return _grammar("loudly", "loud", "hard")
    if lemma in MUCH:
        return _grammar("very much", "greatly", "strongly")
    return _grammar("hard", "tight", "strongly")


def _too_much(analysis: Analysis, token: Token, after: Token | None) -> bool:
    """c'est trop fort ! (that's too much), not c'est trop fort pour moi."""
    before = analysis.tokens[max(0, token.index - 3) : token.index]
    words = [plain(w.text) for w in before]
    return words[-3:] == ["c'", "est", "trop"] and after is None


def _before_degree(analysis: Analysis, token: Token) -> Token | None:
    """The word before fort, past degree words (crier plus fort: crier)."""
    before = neighbour(analysis, token, -1)
    degree = False
    while before is not None and before.text.lower() in DEGREE:
        before, degree = neighbour(analysis, before, -1), True
    if degree and before is not None and before.pos == "NOUN":
        return _verb_of_object(analysis, before) or before
    return before


def _verb_of_object(analysis: Analysis, noun: Token) -> Token | None:
    """The verb whose object the noun is (serra la main très fort: serra), or None; a degree
    word stood between, so fort tells how the verb acts rather than what the noun is."""
    article = neighbour(analysis, noun, -1)
    verb = neighbour(analysis, article, -1) if article is not None else None
    if article is None or article.pos != "DET" or verb is None or verb.pos != "VERB":
        return None
    return verb


def _lemma(analysis: Analysis, verb: Token) -> str:
    group = analysis.group_of(verb)
    return (group.lemma if group is not None else verb.lemma).lower().removeprefix("se ")


# -- pareil ------------------------------------------------------------------------------------

NOUNS = ("NOUN", "PROPN")


def pareil(analysis: Analysis, token: Token) -> Translation | None:
    """en pareil cas, une chose pareille: such; pareille à une flamme: like; des objets
    pareils, c'est pareil: left to the dictionary (same)."""
    if token.lemma.lower() != "pareil" or token.pos not in ("ADJ", "DET"):
        return None
    after = neighbour(analysis, token, 1)
    if after is not None and after.text.lower() in ("à", "au", "aux"):
        return _grammar("like", "similar to")
    if after is not None and after.pos in NOUNS:
        return _grammar("such", "such a", "like this")
    noun = neighbour(analysis, token, -1)
    article = neighbour(analysis, noun, -1) if noun is not None else None
    if noun is None or noun.pos not in NOUNS or article is None:
        return None
    if article.text.lower() in ("un", "une"):
        return _grammar("such", "like that", "like this")
    return None


# -- ensemble ----------------------------------------------------------------------------------

# What stands before ensemble the noun: l'ensemble, d'ensemble, un ensemble, son ensemble.
NOUN_MARKS = ("DET", "ADP")


def together(analysis: Analysis, token: Token) -> Translation | None:
    """ils partirent ensemble, tous ensemble: together; l'ensemble du pays: left to the
    dictionary (whole)."""
    if token.text.lower() != "ensemble" or token.pos != "NOUN":
        return None
    before = neighbour(analysis, token, -1)
    if before is None or before.pos in NOUN_MARKS:
        return None
    return _grammar("together")


# -- couché ------------------------------------------------------------------------------------


def lying(analysis: Analysis, token: Token) -> Translation | None:
    """il était couché sur le lit, l'homme couché, couché sur un canapé: lying; il s'est couché
    (went to bed), il a couché avec: left to the verb's senses."""
    lemma = token.lemma.lower()
    participle = lemma == "coucher" and token.morph.get("VerbForm") == "Part"
    if not participle and lemma != "couché":
        return None
    group = analysis.group_of(token)
    if group is not None and (group.lemma.lower() != "coucher" or not _with_etre(analysis, group)):
        return None  # se coucher, avoir couché
    return _grammar("lying", "lying down", "in bed")


def _with_etre(analysis: Analysis, group: VerbGroup) -> bool:
    return any(analysis.tokens[i].lemma.lower() == "être" for i in group.tokens)


# -- démarche, tirer -----------------------------------------------------------------------------


def gait(analysis: Analysis, token: Token) -> Translation | None:
    """il s'en alla d'une démarche digne, solennité de démarche: the way one walks; une
    démarche, des démarches administratives: left to the dictionary (step, approach)."""
    if token.text.lower() != "démarche":
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.text.lower() == "une":
        before = neighbour(analysis, before, -1)
    if before is None or plain(before.text) not in ("de", "d'"):
        return None
    return _grammar("gait", "walk", "bearing")


def printed(analysis: Analysis, token: Token) -> Translation | None:
    """tiré à mille exemplaires: printed (a number of copies), not pulled or shot."""
    if token.pos not in ("VERB", "AUX") or _lemma(analysis, token) != "tirer":
        return None
    following = analysis.tokens[token.index + 1 : token.index + 6]
    if not any(w.sentence == token.sentence and w.lemma.lower() == "exemplaire" for w in following):
        return None
    return _grammar("print", "run off")


# -- ce dernier ---------------------------------------------------------------------------------

DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# What may follow dernier in ce dernier jour or ces derniers temps: its noun, an adjective
# before the noun, or a number (ces derniers dix ans).
BEFORE_NOUN = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def the_latter(analysis: Analysis, token: Token) -> Translation | None:
    """ce dernier a expliqué, de cette dernière, ces derniers: the latter (a pronoun); ces
    derniers jours, cette dernière réflexion: left to the dictionary (last)."""
    if token.lemma.lower() != "dernier":
        return None
    before = neighbour(analysis, token, -1)
    if before is None or before.text.lower() not in DEMONSTRATIVES:
        return None
    after = neighbour(analysis, token, 1)
    if after is not None and after.pos in BEFORE_NOUN:
        return None
    return _grammar("the latter", "this one", "he, she")


# -- comprenant -------------------------------------------------------------------------------

# Words before comprenant that make it someone's understanding: en comprenant (a gerund), ne
# comprenant pas, a subject pronoun (lui comprenant tout).
UNDERSTANDING_BEFORE = frozenset({"en", "ne", "n'", "lui", "elle", "eux", "moi", "toi"})


def including(analysis: Analysis, token: Token) -> Translation | None:
    """une région comprenant la Lorraine, un jury comprenant trois juges: including; comprenant
    qu'il fallait partir, en comprenant le texte, Alors, comprenant la situation, il ...:
    left to the verb's senses (understand)."""
    if token.text.lower() != "comprenant":
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if before is None or plain(before.text) in UNDERSTANDING_BEFORE:
        return None  # after a comma or opening the sentence: a participle clause of a subject
    if after is None or after.pos not in ("DET", "NUM"):
        return None
    return _grammar("including", "comprising")


# -- femme, fille: wife, daughter -------------------------------------------------------------

KIN = {"femme": ("wife", "woman"), "fille": ("daughter", "girl")}
# What stands between a possessive and the noun: sa jeune femme, ma pauvre fille, sa seconde.
BETWEEN_POSSESSIVE = frozenset({"ADJ", "ADV"})
# de + an article before the one whose wife or daughter she is (la femme du notaire).
OF_SOMEONE = frozenset({"du", "des", "de", "d'"})


def kin(analysis: Analysis, token: Token) -> Translation | None:
    """sa femme, ma fille, la femme du notaire, la fille de Pierre: wife, daughter; une
    femme entra, une fille de ferme: left to the dictionaries (woman, girl)."""
    if token.pos != "NOUN" or token.lemma.lower() not in KIN:
        return None
    before = neighbour(analysis, token, -1)
    while before is not None and before.pos in BETWEEN_POSSESSIVE:
        before = neighbour(analysis, before, -1)
    owned = before is not None and before.morph.get("Poss") == "Yes"  # sa, ma, leurs
    if not owned and not _of_someone(analysis, token):
        return None
    return _grammar(*KIN[token.lemma.lower()])


def _of_someone(analysis: Analysis, token: Token) -> bool:
    """de before a name (la fille de Pierre, de M. Walter), or du, de la, des before a person
    (la femme du notaire); not de before a bare noun (une fille de ferme, de trente ans)."""
    after = neighbour(analysis, token, 1)
    if after is None or plain(after.text) not in OF_SOMEONE:
        return False
    nxt = neighbour(analysis, after, 1)
    if nxt is None:
        return False
    if nxt.pos == "PROPN" or nxt.text in ("M.", "Mme", "Mlle", "MM."):
        return True
    if plain(after.text) in ("de", "d'") and nxt.text.lower() in ("la", "l'"):
        nxt = neighbour(analysis, nxt, 1)  # de la boulangère
    elif plain(after.text) in ("de", "d'"):
        return False
    # a person, or a doer's noun (du boulanger), not a thing (une fille du pays)
    return nxt is not None and nxt.pos == "NOUN" and noun_kind(nxt) != THING


# -- du monde: people ---------------------------------------------------------------------------


def people(analysis: Analysis, token: Token) -> Translation | None:
    """il y a du monde, il avait vu du monde: the partitive du (a determiner, after a verb,
    not a noun): people, a crowd; le reste du monde, la coupe du monde: left alone."""
    if token.pos != "NOUN" or token.lemma.lower() != "monde":
        return None
    du = neighbour(analysis, token, -1)
    if du is None or du.text.lower() != "du" or du.pos != "DET":
        return None
    before = neighbour(analysis, du, -1)
    if before is None or before.pos not in ("VERB", "AUX", "ADV", "PRON"):
        return None
    return _grammar("people", "a crowd")


# -- pièce de cuir -----------------------------------------------------------------------------

# What a piece is of with no determiner (des pièces de cuir, une pièce de bois): piece; not a
# play (pièce de théâtre), which the topic cues give, nor a room by its place or use (la pièce
# de droite, de séjour).
PLAYS = frozenset(
    "théâtre comédie vers droite gauche devant derrière fond côté séjour réception "
    "travail service".split()
)


def made_of(analysis: Analysis, token: Token) -> Translation | None:
    if token.lemma.lower() != "pièce" or token.pos != "NOUN":
        return None
    of = neighbour(analysis, token, 1)
    if of is None or plain(of.text) not in ("de", "d'"):
        return None
    noun = neighbour(analysis, of, 1)
    if noun is None or noun.pos != "NOUN" or noun.lemma.lower() in PLAYS:
        return None
    return _grammar("piece", "pieces", "part")


# -- honteux de ------------------------------------------------------------------------------


def ashamed_of(analysis: Analysis, token: Token) -> Translation | None:
    if token.lemma.lower() != "honteux":
        return None
    of = neighbour(analysis, token, 1)
    if of is None or plain(of.text) not in ("de", "d'", "du", "des"):
        return None
    what = neighbour(analysis, of, 1)
    while what is not None and what.pos == "PRON":
        what = neighbour(analysis, what, 1)  # il est honteux de le dire: the infinitive's clitic
    if what is None or what.morph.get("VerbForm") == "Inf":
        return None  # il est honteux de mentir: shameful
    return _grammar("ashamed", "embarrassed")


# -- the prefilter ---------------------------------------------------------------------------

# The words the rules above start from, as written or by lemma; a rule added above needs its
# first condition here (tests/core/lookup/test_sense_prefilters.py compares with every rule).
RULE_WORDS = frozenset({"fort", "ensemble", "démarche", "comprenant"})  # + gait, including
RULE_LEMMAS = frozenset(
    {
        "pièce",  # made_of
        "honteux",  # ashamed_of
        "pareil",
        "coucher",
        "couché",
        "dernier",
        "monde",
        *KIN,
    }  # pareil, lying, the_latter, kin, people
)


def may_apply(analysis: Analysis, token: Token) -> bool:
    """Whether any rule may give the token a sense: one of its words or lemmas, or a form
    of tirer (printed)."""
    if token.text.lower() in RULE_WORDS or token.lemma.lower() in RULE_LEMMAS:
        return True
    return token.pos in ("VERB", "AUX") and _lemma(analysis, token) == "tirer"
