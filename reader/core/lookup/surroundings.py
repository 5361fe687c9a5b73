"""Senses the surrounding words decide, for the card, before the dictionaries' own order:

- an adjective before or after its noun (la seule idée: only; elle vit seule: alone);
- de quoi before an infinitive (de quoi vivre: enough to);
- an imperative alone before a comma (Tiens, ...: well) or after one at a sentence's end (...,
  allez.: believe me), and Seulement opening a sentence (but);
- a swear word said alone (Oh putain !: damn) or before de (ce putain de temps: damn);
- an object pronoun before apprendre or voler (il m'a appris: taught; on lui a volé: stole);
- arriver: arrive, come in before a rank, happen only to someone, succeed after a wish
  (le désir d'arriver);
- tout before an adjective (tout petit: very), sur between two counts (un sur trois: out of);
- a round number before de (une vingtaine de: about twenty) and faire with a count of the
  dead (a fait dix morts: left);
- dont before a count or a list with no verb (dix blessés, dont trois enfants; plusieurs
  pays, dont la France, ...: including), before a definite article and its verb (l'homme
  dont la femme est partie: whose), before a subject, its verb and a definite object (dont il
  payait l'éducation: whose), before l'un or la plupart (of which), and after
  manière or façon (la façon dont: in which);
- avoir before a count and ans (il avait vingt ans: be, not have).

Each rule reads only the words around the token (the analysis has no dependency tree), and
returns None where they do not settle the sense, so the dictionaries' order stands. The rules
are tried only on the words they start from (may_apply, at the end): a whole-text gloss asks
for every word. plain and neighbour are the word helpers the other rule modules share."""

from __future__ import annotations

from reader.core.models import Analysis, Token, Translation, TranslationSource

GRAMMAR_ORIGIN = "French Reader grammar words"


def by_surroundings(analysis: Analysis, token: Token) -> Translation | None:
    """The sense the words around the token call for, or None when they call for none."""
    # A whole-text gloss asks for every word; most are none of the rules' words (issue 14).
    return every_rule(analysis, token) if may_apply(analysis, token) else None


def every_rule(analysis: Analysis, token: Token) -> Translation | None:
    """The first rule's answer, each rule tried in turn (by_surroundings without its
    prefilter)."""
    return (
        adverbial_adjective(analysis, token)
        or by_position(analysis, token)
        or approximate_number(analysis, token)
        or casualties(analysis, token)
        or enough_to(analysis, token)
        or discourse_imperative(analysis, token)
        or oath(analysis, token)
        or out_of(analysis, token)
        or with_object_pronoun(analysis, token)
        or tout_as_adverb(analysis, token)
        or arrive(analysis, token)
        or relative_dont(analysis, token)
        or age(analysis, token)
    )


def _grammar(senses: tuple[str, ...]) -> Translation:
    return Translation(senses, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)


# -- adjectives whose sense depends on their place --------------------------------------------

# (before the noun, after it or after être): the classic adjectives whose meaning changes with
# their place; only the senses a dictionary would not lead with in that place are given.
PLACED = {
    "seul": (("only", "sole", "single"), ()),
    "propre": (("own",), ("clean", "neat")),
    "ancien": (("former", "ex-"), ("old", "ancient")),
    "cher": (("dear",), ("expensive", "dear")),
    "certain": (("certain", "some"), ("sure", "certain")),
    "simple": (("mere", "simple", "just a"), ()),
    "brave": (("good", "decent", "kind"), ("brave", "courageous")),
    "curieux": (("odd", "strange", "curious"), ()),
    "sale": (("nasty", "rotten"), ("dirty", "filthy")),
    "unique": (("only", "single", "sole"), ("unique",)),
    "différent": (("various", "several"), ()),
    "divers": (("various", "several"), ()),
    "pur": (("sheer", "pure", "utter"), ()),
    "sacré": (("damned", "real", "a hell of a"), ()),
    # Round partner15: de rares promeneurs (few), un triste personnage (sorry), un air digne
    # (dignified; un digne homme keeps worthy).
    "rare": (("few", "rare", "occasional"), ()),
    "triste": (("sorry", "wretched", "sad"), ()),
    "digne": ((), ("dignified", "worthy")),
}
# Words that may stand between an adjective before its noun and the noun: la seule bonne idée.
BETWEEN = frozenset({"ADJ", "ADV"})


def by_position(analysis: Analysis, token: Token) -> Translation | None:
    """seule before its noun is "only", after it "alone"; propre before it "own", after it
    "clean"; ancien before it "former", after it "old"."""
    if token.pos != "ADJ" or token.lemma.lower() not in PLACED:
        return None
    if analysis.governing(token) is not None:
        return None  # propre à, cher à: the governed preposition decides the sense
    before, after = PLACED[token.lemma.lower()]
    if _before_noun(analysis, token) or _opens_noun_phrase(analysis, token):
        return _grammar(before) if before else None
    if token.lemma.lower() == "différent" and token.morph.get("Number") == "Plur":
        return None
    return _grammar(after) if after else None


def _opens_noun_phrase(analysis: Analysis, token: Token) -> bool:
    """Seul opening its clause before a determiner: Seul le président peut décider, seuls
    quelques ouvriers passaient (only); not il est seul le soir."""
    if token.lemma.lower() != "seul":
        return False
    previous = neighbour(analysis, token, -1)
    following = neighbour(analysis, token, 1)
    opens = previous is None or previous.text in (";", ",", ":", "«", "—", "(")
    return opens and following is not None and following.pos == "DET"


def _before_noun(analysis: Analysis, token: Token) -> bool:
    """Whether a noun or a name follows, other adjectives or an adverb at most between."""
    index = token.index + 1
    while index < len(analysis.tokens) and index <= token.index + 3:
        word = analysis.tokens[index]
        if word.sentence != token.sentence or not word.is_word:
            return False
        if word.pos in ("NOUN", "PROPN"):
            return True
        if word.pos not in BETWEEN:
            return False
        index += 1
    return False


# -- adjectives used as adverbs after a verb ---------------------------------------------------

# An adjective right after a verb other than a copula says how it is done, invariable (parler
# haut, chanter faux, coûter cher, travailler dur, s'arrêter net): the adverb's senses.
ADVERBIAL = {
    "haut": ("high", "loudly", "aloud"),
    "bas": ("low", "quietly"),
    "faux": ("out of tune", "false", "wrong"),
    "juste": ("right", "accurately", "in tune"),
    "cher": ("a lot", "dearly"),
    "clair": ("clearly",),
    "dur": ("hard",),
    "net": ("dead", "short", "sharply"),
    "court": ("short",),
    "droit": ("straight",),
    "lourd": ("a lot", "heavily"),
    "ferme": ("firmly", "hard"),
}
# After a verb of speech or sound, haut and bas say how loud (parler haut, dire tout bas);
# after another verb, how high (voler haut, saluer bas). fort has its own rule (contexts.py).
LOUDNESS = {
    "haut": ("loudly", "aloud", "out loud"),
    "bas": ("quietly", "in a low voice", "softly"),
}
SPEAKING = frozenset(
    "parler dire crier hurler chanter rire pleurer jouer appeler répéter proclamer déclarer "
    "prononcer penser lire réciter demander répondre causer chuchoter murmurer compter "
    "s'écrier écrier sonner annoncer ajouter répliquer souffler balbutier bégayer soupirer "
    "gémir jurer siffler".split()
)
# Degree words between the verb and the adjective (parle plus fort, pense tout haut).
ADVERBIAL_DEGREES = frozenset("plus moins si très trop assez tout bien".split())
# Verbs whose adjective after them describes someone (se sentir fort) or makes an idiom (faire
# droit à, avoir juste de quoi): no adverb there.
NOT_HOW = frozenset(
    "être sembler paraître devenir rester demeurer sentir faire avoir trouver".split()
)


def adverbial_adjective(analysis: Analysis, token: Token) -> Translation | None:
    """Il parla haut: loudly; elle chante faux: out of tune; ça coûte cher: a lot; not la
    maison est haute, il a la voix haute (an adjective of its noun)."""
    if token.lemma.lower() not in ADVERBIAL or token.pos not in ("ADJ", "ADV", "NOUN"):
        return None
    if token.morph.get("Number") == "Plur" or token.morph.get("Gender") == "Fem":
        return None  # invariable as an adverb: haute, fortes agree with a noun
    index = token.index - 1
    tokens = analysis.tokens
    while index >= 0 and plain(tokens[index].text) in ADVERBIAL_DEGREES:
        index -= 1
    if index < 0 or tokens[index].sentence != token.sentence:
        return None
    verb = tokens[index]
    if verb.pos != "VERB" or verb.lemma.lower() in NOT_HOW:
        return None
    past = verb.morph.get("VerbForm") == "Part" and verb.morph.get("Tense") != "Pres"
    if past and verb.group is None:
        return None  # un sol gelé plus dur que la pierre: harder, of the ground
    following = neighbour(analysis, token, 1)
    if following is not None and (
        following.pos in ("ADJ", "ADV", "VERB") or plain(following.text) in ("de", "d'", "que")
    ):
        return None  # fort bien, fort troublé, juste de quoi: a degree word, not how
    if _before_noun(analysis, token):
        return None
    lemma = token.lemma.lower()
    if lemma in LOUDNESS and verb.lemma.lower() in SPEAKING:
        return _grammar(LOUDNESS[lemma])
    return _grammar(ADVERBIAL[lemma])


# -- de quoi before an infinitive -------------------------------------------------------------

ENOUGH_TO = ("enough to", "something to", "the means to")
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


def enough_to(analysis: Analysis, token: Token) -> Translation | None:
    """de quoi vivre, il y a de quoi rire: enough to, something to; not the question's "what"
    (de quoi parles-tu ?)."""
    if token.text.lower() != "quoi":
        return None
    before = neighbour(analysis, token, -1)
    after = neighbour(analysis, token, 1)
    if before is None or plain(before.text) not in ("de", "d'") or after is None:
        return None
    return _grammar(ENOUGH_TO) if _infinitive(after) else None


def _infinitive(word: Token) -> bool:
    """An infinitive, or one the tagger took for a noun: no noun stands bare after de quoi
    (de quoi rire)."""
    if word.morph.get("VerbForm") == "Inf":
        return True
    return word.pos == "NOUN" and word.text.lower().endswith(INFINITIVE_ENDINGS)


# -- imperatives that are interjections ------------------------------------------------------

# An imperative standing alone before a comma or an exclamation mark is a discourse word
# (Tiens, te voilà ! Allons, du courage !), not the verb's sense (keep, go).
DISCOURSE = {
    "tiens": ("well", "hey", "look"),
    "tenez": ("here", "look", "well"),
    "voyons": ("come on", "come now", "let's see"),
    "allons": ("come on", "come now"),
    "allez": ("come on", "go on"),
}

# Penses-tu ! Pensez-vous ! said alone: a denial (not likely), not the verb's think.
DOUBTS = {"penses": "-tu", "pensez": "-vous"}
DOUBTED = ("not likely", "you must be joking", "not at all")

# allez or va said after a comma at a sentence's end insists on what was said (Les enfants me
# font souffrir, allez.: believe me; Ce n'est pas grave, va.: you know).
ASIDES = {"allez": ("believe me", "you know", "really"), "va": ("you know", "believe me")}


# Seulement opening a sentence before a comma is "but" (Seulement, je vais vous dire...).
OPENERS = {"seulement": ("but", "only", "however")}


def discourse_imperative(analysis: Analysis, token: Token) -> Translation | None:
    """Tiens, Forestier ! -> well, hey; not je tiens, à ... nor tiens-le. Seulement, ... ->
    but."""
    text = token.text.lower()
    if text in ASIDES and _aside(analysis, token):
        return _grammar(ASIDES[text])
    if text in DOUBTS and _doubting(analysis, token, DOUBTS[text]):
        return _grammar(DOUBTED)
    if not _alone_before_punctuation(analysis, token):
        return None
    if text in OPENERS and neighbour(analysis, token, -1) is None:
        return _grammar(OPENERS[text])
    if text not in DISCOURSE:
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.pos == "PRON":
        return None  # je tiens, vous allez: a verb with its subject
    return _grammar(DISCOURSE[text])


def _doubting(analysis: Analysis, token: Token, pronoun: str) -> bool:
    """Penses-tu ! Pensez-vous, il est à la cantine: the verb, its inverted pronoun, then an
    exclamation mark or a comma (not Pensez-vous qu'il viendra ?)."""
    following = analysis.tokens[token.index + 1 : token.index + 3]
    return (
        len(following) == 2
        and following[0].text.lower() == pronoun
        and following[1].text in ("!", ",")
    )


def _alone_before_punctuation(analysis: Analysis, token: Token) -> bool:
    """Whether punctuation or the sentence's end follows the word, or donc and then one
    (Allons donc ! Voyons donc, ...: come now)."""
    index = token.index + 1
    tokens = analysis.tokens
    if index < len(tokens) and tokens[index].text.lower() == "donc":
        index += 1
    if index >= len(tokens) or tokens[index].sentence != token.sentence:
        return True
    return tokens[index].text in (",", "!", "?", "…", "...", "»", ";")


def _aside(analysis: Analysis, token: Token) -> bool:
    """Whether the word ends its sentence after a comma: ..., allez. (Allez. alone may be go)."""
    index = token.index + 1
    if index >= len(analysis.tokens) or token.index == 0:
        return False
    return analysis.tokens[index].text == "." and analysis.tokens[token.index - 1].text == ","


# -- swear words said as interjections -------------------------------------------------------

# A swear word said alone (Oh putain ! Putain, il pleut. Punaise !) is the oath, not the
# noun's sense (hooker, brothel, drawing pin, mash); one before de (ce putain de temps, bordel
# de merde) is an intensifier. Only words whose own senses would mislead there: merde's lead
# with the oath anyway. (alone, before de): no sense before de leaves the dictionaries' order.
OATHS = {
    "putain": (("damn", "fuck", "bloody hell"), ("damn", "fucking", "bloody")),
    "bordel": (("damn it", "hell", "bloody hell"), ("damn", "bloody")),
    "punaise": (("blimey", "gosh", "wow"), ()),
    "purée": (("blimey", "gosh", "damn"), ()),
    "mince": (("darn", "blast", "gosh"), ()),
}
# Words that may stand before an oath said alone (Oh putain ! Et puis mince !) or right after
# it (Mince alors !).
OATH_OPENERS = frozenset("oh ah ô eh hé ben bah bon mais et puis alors ouais oui non".split())
OATH_FOLLOWERS = frozenset({"alors"})


def oath(analysis: Analysis, token: Token) -> Translation | None:
    """Oh putain ! -> damn; ce putain de métier -> damn; not une putain, la mince couche."""
    text = token.text.lower()
    if text not in OATHS:
        return None
    alone, before_de = OATHS[text]
    following = neighbour(analysis, token, 1)
    if before_de and following is not None and plain(following.text) in ("de", "d'"):
        return _grammar(before_de)
    if following is not None and following.text.lower() not in OATH_FOLLOWERS:
        return None
    return _grammar(alone) if _only_openers_before(analysis, token) else None


def _only_openers_before(analysis: Analysis, token: Token) -> bool:
    """Whether only interjections stand between the token and the start of its sentence or
    the punctuation before it (Oh putain, Et puis mince)."""
    step = -1
    while (before := neighbour(analysis, token, step)) is not None:
        if before.text.lower() not in OATH_OPENERS:
            return False
        step -= 1
    return True


# -- verbs whose object pronoun decides the sense ---------------------------------------------

# apprendre with someone to teach (il m'a appris à lire: taught) is "teach", without one
# "learn"; voler with an object (il lui a volé sa montre, il l'a volé) is "steal", without
# one "fly". Pronouns only: nous and vous may be subjects, so they decide nothing.
OBJECT_SENSES = {
    "apprendre": (frozenset("me m' te t' lui leur".split()), ("teach", "tell")),
    "voler": (frozenset("me m' te t' lui leur le la l' les".split()), ("steal", "rob")),
}


def with_object_pronoun(analysis: Analysis, token: Token) -> Translation | None:
    """The sense an object pronoun before the verb (or its auxiliary) calls for."""
    lemma, head, first = _verb(analysis, token)
    if lemma not in OBJECT_SENSES or token.pos not in ("VERB", "AUX"):
        return None
    pronouns, senses = OBJECT_SENSES[lemma]
    if lemma == "apprendre" and before_news(analysis, head):
        return None  # il m'apprit que: tell (constructions.tsv, news)
    # The pronoun stands before the verb or its auxiliary, ne or another pronoun between.
    near = analysis.tokens[max(0, first.index - 2) : head.index]
    if not any(
        word.sentence == token.sentence and word.pos == "PRON" and plain(word.text) in pronouns
        for word in near
    ):
        return None
    return _grammar(senses)


def before_news(analysis: Analysis, verb: Token) -> bool:
    """What one tells someone: a que clause or cela (il m'apprit que, qui t'a appris cela),
    or news (il lui apprit la mort de son père; novel18)."""
    after = neighbour(analysis, verb, 1, skip=("ADV",))
    if after is not None and plain(after.text) in ("que", "qu'", "cela", "ça"):
        return True
    noun = neighbour(analysis, verb, 1, skip=("ADV", "DET"))
    return noun is not None and NEWS_TOLD & {noun.lemma.lower(), plain(noun.text)} != set()


# What one tells someone rather than teaches them (il lui apprit la mort de son père).
NEWS_TOLD = frozenset({"nouvelle", "mort", "décès", "vérité", "arrivée", "départ", "mariage"})


# -- arriver: arrive, unless something happens to someone ------------------------------------

# arriver is "happen" with someone it happens to (il lui est arrivé un malheur, ça m'arrive)
# or a clause (il arrive que), "come (in)" before a rank (arrivée deuxième, arrivé en tête),
# else "arrive", which the dictionaries rank after "occur".
HAPPEN_SUBJECTS = frozenset({"ça", "cela", "ce", "qui", "c'"})
RANKS = frozenset(
    "premier première deuxième second seconde troisième dernier dernière tête".split()
)  # tête after en
ARRIVE = ("arrive", "come", "get there")
COME_IN = ("come in", "come", "finish")
DATIVES = frozenset("me m' te t' lui nous vous leur".split())
# Nouns of what happens: the qui after them stands for something that happens, not arrives.
HAPPENINGS = frozenset(
    "malheur accident incident drame catastrophe aventure histoire événement chose "
    "tragédie mésaventure".split()
)
# What an impersonal il says happens begins with one of these (il est arrivé un malheur).
SOMETHING = frozenset("un une des".split())
GOVERNED_AFTER_ARRIVER = frozenset({"à", "au", "aux", "que", "qu'", "de", "d'"})


def arrive(analysis: Analysis, token: Token) -> Translation | None:
    """Le candidat est arrivé deuxième: come in; les secours sont arrivés: arrive; il lui est
    arrivé malheur, il arrive que: left to the dictionaries and the lists (happen)."""
    lemma, head, first = _verb(analysis, token)
    if lemma != "arriver" or token.pos not in ("VERB", "AUX"):
        return None
    if _before_rank(analysis, head):
        return _grammar(COME_IN)
    governed = neighbour(analysis, head, 1, skip=("ADV", "PART"))
    if governed is not None and plain(governed.text) in GOVERNED_AFTER_ARRIVER:
        return None  # arriver à (manage to, reach), il arrive que: the lists decide
    before = [
        w
        for w in analysis.tokens[max(0, first.index - 2) : first.index]
        if w.sentence == token.sentence
    ]
    if any(_happen_subject(analysis, word) for word in before):
        return None
    if _impersonal(analysis, before, governed):
        return None  # il est arrivé un accident: happen (the constructions)
    if _wished(analysis, head):
        return _grammar(SUCCEED)
    return _grammar(ARRIVE)


def _impersonal(analysis: Analysis, before: list[Token], after: Token | None) -> bool:
    """An impersonal il and what happens after the verb (il est arrivé un accident, il arriva
    quelque chose): not il arrive demain, il est arrivé le premier, il arriva un soir, nor
    il arriva une lettre (a letter arrived)."""
    words = [plain(word.text) for word in before]
    if words[-1:] == ["est"]:
        words.pop()  # il est arrivé where the tagger left est out of the participle's group
    return words[-1:] == ["il"] and after is not None and happening_after(analysis, after)


def happening_after(analysis: Analysis, word: Token) -> bool:
    """quelque chose, rien, or un, une, des before a noun of what happens (un malheur)."""
    text = plain(word.text)
    if text in ("quelque", "rien"):
        return True
    noun = neighbour(analysis, word, 1, skip=("ADJ",))
    return text in SOMETHING and noun is not None and noun.lemma.lower() in HAPPENINGS


def _happen_subject(analysis: Analysis, word: Token) -> bool:
    """A dative or a subject of happening (ce qui arrive, il lui est arrivé, un malheur qui
    arrive); not the qui of another noun, which arrives (le train qui arrivait, la lettre qui
    venait d'arriver)."""
    text = plain(word.text)
    if text == "qui":
        noun = neighbour(analysis, word, -1)
        if noun is None or noun.pos not in ("NOUN", "PROPN"):
            return True
        return noun.lemma.lower() in HAPPENINGS  # un malheur qui est arrivé: happen
    return text in DATIVES or text in HAPPEN_SUBJECTS


# arriver with no place after a wish is "succeed" (le désir d'arriver, il voulait arriver.).
WISHES = frozenset(
    "désir envie ambition soif rage volonté besoin fièvre hâte espoir passion".split()
)
SUCCEED = ("succeed", "get on", "make it")


def _wished(analysis: Analysis, verb: Token) -> bool:
    """The infinitive after de and a noun of wishing (le désir d'arriver) or after vouloir
    (voulait arriver), with nothing after it in its clause but y or en before another verb
    (le désir d'arriver y régnait); not envie d'arriver chez lui, voulait arriver à l'heure."""
    index, tokens = verb.index, analysis.tokens
    if verb.morph.get("VerbForm") != "Inf" or index < 2:
        return False
    before = tokens[index - 1]
    if plain(before.text) in ("de", "d'"):
        wished = tokens[index - 2].lemma.lower() in WISHES
    else:
        wished = before.lemma.lower() == "vouloir"
    following = tokens[index + 1 : index + 3]
    if not wished or not following or following[0].pos in ("PUNCT", "CCONJ"):
        return wished
    return plain(following[0].text) in ("y", "en") and following[-1].pos in ("VERB", "AUX")


def _before_rank(analysis: Analysis, verb: Token) -> bool:
    """arrivée deuxième, arrivé en tête."""
    after = neighbour(analysis, verb, 1)
    if after is not None and after.text.lower() == "en":
        after = neighbour(analysis, after, 1)
    return after is not None and after.text.lower() in RANKS


def _verb(analysis: Analysis, token: Token) -> tuple[str, Token, Token]:
    """The lemma of the token's verb group (or its own), its main verb and its first word."""
    group = analysis.group_of(token)
    if group is None:
        return token.lemma.lower(), token, token
    tokens = analysis.tokens
    return group.lemma.lower(), tokens[group.head], tokens[group.tokens[0]]


# -- tout before an adjective ----------------------------------------------------------------

VERY = ("very", "quite", "completely")
QUITE = ("quite", "really", "very")  # tout simplement: quite simply


def tout_as_adverb(analysis: Analysis, token: Token) -> Translation | None:
    """tout petit, toute blanche, les toutes dernières minutes, parler tout bas: tout before
    an adjective or an adverb is "very", not "all"; tous never is."""
    if token.text.lower() not in ("tout", "toute", "toutes"):
        return None
    after = neighbour(analysis, token, 1)
    if after is None or after.pos not in ("ADJ", "ADV"):
        return None
    if after.text.lower() in ("le", "la", "les", "ce", "cet", "cette", "ces"):
        return None  # a determiner the tagger called an adverb: toute la journée
    if after.text.lower() == "autre" and _any_other(analysis, token, after):
        return None  # toute autre forme: any other (function_words), not une tout autre
    return _grammar(VERY if after.pos == "ADJ" else QUITE)


def _any_other(analysis: Analysis, token: Token, autre: Token) -> bool:
    """toute autre forme, with no article before and a noun after: any other."""
    before, noun = neighbour(analysis, token, -1), neighbour(analysis, autre, 1)
    return (before is None or before.pos != "DET") and noun is not None and noun.pos == "NOUN"


# -- sur between two numbers ------------------------------------------------------------------

OUT_OF = ("out of", "in")
# Counts the tagger may call determiners or adjectives (un Français sur trois, neuf fois sur dix).
ARTICLES = frozenset({"un", "une"})  # a count before sur, never the number after it
NUMBER_WORDS = frozenset(
    "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt cent".split()
)


def out_of(analysis: Analysis, token: Token) -> Translation | None:
    """un Français sur trois, neuf fois sur dix: out of; not sur dix kilomètres (over)."""
    if token.text.lower() != "sur":
        return None
    index = token.index + 1
    if index >= len(analysis.tokens) or not _is_number(analysis.tokens[index]):
        return None
    number = analysis.tokens[index]
    after = neighbour(analysis, number, 1)
    if after is not None and after.pos == "NOUN" and after.morph.get("Number") == "Plur":
        return None  # sur trois ans, sur dix kilomètres: over
    counted = analysis.tokens[max(0, token.index - 4) : token.index]
    if not any(t.sentence == token.sentence and _is_count(t) for t in counted):
        return None
    return _grammar(OUT_OF)


def _is_count(word: Token) -> bool:
    return _is_number(word) or word.text.lower() in ARTICLES


def _is_number(word: Token) -> bool:
    text = word.text.lower()
    return word.pos == "NUM" or text.isdigit() or text in NUMBER_WORDS


# -- avoir and an age: il avait vingt-six ans --------------------------------------------------

AGE = ("be", "be aged", "be ... years old")


def age(analysis: Analysis, token: Token) -> Translation | None:
    """Lucien avait vingt-six ans, elle a trente ans à peine: be (an age), not have (novel17);
    only a count right after the verb, then an or ans."""
    if token.lemma.lower() != "avoir":
        return None
    following = analysis.tokens[token.index + 1 : token.index + 3]  # 20 is no word: no neighbour
    if len(following) < 2 or not _is_number(following[0]):
        return None
    years = following[1]
    if years.sentence != token.sentence or years.text.lower() not in ("an", "ans"):
        return None
    after = neighbour(analysis, years, 1)
    if after is not None and plain(after.text) in ("pour", "devant", "de", "d'", "à"):
        peine = neighbour(analysis, after, 1)
        if plain(after.text) != "à" or peine is None or plain(peine.text) != "peine":
            return None  # nous avons dix ans pour agir: a time one has; à peine is an age's
    return _grammar(AGE)


# -- dont: including, whose, in which --------------------------------------------------------

INCLUDING = ("including", "of whom", "of which")
WHOSE = ("whose", "of which")
IN_WHICH = ("in which", "how")
# one of them: which for things, whom for people; the analysis cannot tell them apart
PART_OF = ("of which", "of whom")
PARTS = frozenset({"l'un", "l'une", "l' un", "l' une", "la plupart"})
DEFINITE = frozenset({"le", "la", "les", "l'"})
# Nouns of manner whose dont is "in which" (la façon dont il parle: the way he speaks).
MANNER = frozenset({"manière", "façon"})


def relative_dont(analysis: Analysis, token: Token) -> Translation | None:
    """dont by the word after it or the noun before it; elsewhere (dont il parle: of which,
    about which) the grammar words' list stands."""
    if plain(token.text) != "dont":
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.lemma.lower() in MANNER:
        return _grammar(IN_WHICH)
    after = neighbour(analysis, token, 1)
    if after is None:
        return None
    if _is_number(after) or plain(after.text) in ("plusieurs", "certains", "certaines"):
        return _grammar(INCLUDING)  # 40 blessés, dont 12 enfants
    following = neighbour(analysis, after, 1)
    if following is not None and plain(after.text + " " + following.text) in PARTS:
        return _grammar(PART_OF)  # trois livres, dont l'un en anglais; dont la plupart
    if plain(after.text) in DEFINITE:
        # l'homme dont la femme est partie: whose; plusieurs pays, dont la France, ...: a
        # list with no verb of its own before the next punctuation
        return _grammar(WHOSE if _verb_before_punctuation(analysis, after) else INCLUDING)
    return _grammar(WHOSE) if _owned_object(analysis, after) else None


# Subject pronouns after dont, before the verb whose object may be the antecedent's.
SUBJECTS = frozenset("il elle on je j' tu nous vous ils elles".split())


def _owned_object(analysis: Analysis, subject: Token) -> bool:
    """dont il payait l'éducation, dont j'ai oublié le nom: a subject, its verb and an object
    with the definite article, which the antecedent owns (whose); not dont il parle."""
    if plain(subject.text) not in SUBJECTS:
        return False
    verb = neighbour(analysis, subject, 1, skip=("PRON", "ADV", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    article = neighbour(analysis, _verb(analysis, verb)[1], 1, skip=("ADV",))
    noun = neighbour(analysis, article, 1) if article is not None else None
    if article is None or plain(article.text) not in DEFINITE or noun is None:
        return False
    return noun.pos == "NOUN" and analysis.expression_of(noun) is None


def _verb_before_punctuation(analysis: Analysis, start: Token) -> bool:
    """Whether a verb comes after the token, in its sentence, before any punctuation."""
    for other in analysis.tokens[start.index + 1 :]:
        if other.sentence != start.sentence or other.pos == "PUNCT":
            return False
        if other.pos in ("VERB", "AUX"):
            return True
    return False


# -- counts: une vingtaine de, des milliers de, faire dix morts ---------------------------------

# A noun of a round number before de is an approximate count (une quarantaine de personnes:
# about forty people), not its other senses (quarantine, fortnight); in the plural, many of
# them (des dizaines de civils: dozens of civilians).
APPROXIMATE = {
    "dizaine": "ten",
    "douzaine": "a dozen",
    "quinzaine": "fifteen",
    "vingtaine": "twenty",
    "trentaine": "thirty",
    "quarantaine": "forty",
    "cinquantaine": "fifty",
    "soixantaine": "sixty",
    "centaine": "a hundred",
    "millier": "a thousand",
}
MANY = {"dizaine": "dozens", "douzaine": "dozens", "centaine": "hundreds", "millier": "thousands"}


def approximate_number(analysis: Analysis, token: Token) -> Translation | None:
    """une vingtaine de morts: about twenty; des centaines de: hundreds."""
    noun = token.text.lower()
    singular = noun.removesuffix("s")
    after = neighbour(analysis, token, 1)
    if singular not in APPROXIMATE or after is None or plain(after.text) not in ("de", "d'"):
        return None
    number = APPROXIMATE[singular]
    senses: tuple[str, ...] = (f"about {number}", f"some {number.split()[-1]}", f"{number} or so")
    if noun != singular:
        senses = (MANY.get(singular, "dozens"),)
    return _grammar(senses)


# faire with a count of the dead or wounded as its object is "leave" or "kill" (l'attaque a
# fait dix morts), not "do" or "make".
CASUALTIES = frozenset({"mort", "morts", "blessé", "blessés", "victime", "victimes"})
CASUALTY_SENSES = ("leave", "kill", "cause")
# The prepositions of a count: au moins dix, près de vingt, plus de cent, des dizaines de.
COUNT_PREPOSITIONS = frozenset({"de", "d'", "au", "près"})


def casualties(analysis: Analysis, token: Token) -> Translation | None:
    """L'attaque a fait au moins dix morts: leave, kill; il fait ses devoirs: not this."""
    lemma, verb, _ = _verb(analysis, token)
    if lemma != "faire" or verb.pos not in ("VERB", "AUX"):
        return None
    for word in analysis.tokens[verb.index + 1 : verb.index + 7]:
        if word.sentence != verb.sentence or not (word.is_word or word.pos == "NUM"):
            return None
        if word.text.lower() in CASUALTIES and word.pos == "NOUN":
            return _grammar(CASUALTY_SENSES)
        if word.pos in ("VERB", "CCONJ", "SCONJ", "PRON") or (
            word.pos == "ADP" and plain(word.text) not in COUNT_PREPOSITIONS
        ):
            return None
    return None


def plain(text: str) -> str:
    """A word in lower case with a straight apostrophe, as the rules' word lists spell it:
    c’ and d’ are c' and d'."""
    return text.lower().replace("’", "'")


def neighbour(
    analysis: Analysis, token: Token, step: int, skip: tuple[str, ...] = ()
) -> Token | None:
    """The next word on one side in the same sentence, passing over words of the skip tags."""
    index = token.index + step
    while 0 <= index < len(analysis.tokens):
        other = analysis.tokens[index]
        if other.sentence != token.sentence or not other.is_word:
            return None
        if other.pos not in skip:
            return other
        index += step
    return None


# -- the prefilter ---------------------------------------------------------------------------

# The words the rules above start from, as written (lower case) or as the lemma of a verb or
# its group; a rule added above needs its first condition here, or it never runs
# (tests/core/lookup/test_sense_prefilters.py compares with every rule tried).
RULE_WORDS = frozenset(
    {
        "dont",  # relative_dont
        "quoi",  # enough_to
        "sur",  # out_of
        "tout",  # tout_as_adverb
        "toute",
        "toutes",
        *OPENERS,  # discourse_imperative
        *DISCOURSE,
        *ASIDES,
        *DOUBTS,
        *OATHS,  # oath
        *APPROXIMATE,  # approximate_number: the singular or its plural
        *(noun + "s" for noun in APPROXIMATE),
    }
)
RULE_VERBS = frozenset({"faire", "arriver", "avoir", *OBJECT_SENSES})  # casualties, arrive, age


def may_apply(analysis: Analysis, token: Token) -> bool:
    """Whether any rule may give the token a sense: its word, an adjective whose place
    decides (by_position) or that may stand as an adverb (adverbial_adjective), or its verb's
    lemma is one the rules start from."""
    if token.text.lower() in RULE_WORDS:
        return True
    if token.pos == "ADJ" and token.lemma.lower() in PLACED:
        return True
    if token.lemma.lower() in ADVERBIAL:
        return True
    return _verb(analysis, token)[0] in RULE_VERBS
