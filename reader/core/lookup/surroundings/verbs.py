"""Verbs whose sense their neighbours decide: an object pronoun before apprendre or voler
(il m'a appris: taught; on lui a volé: stole) and arriver (arrive, come in before a rank,
happen only to someone, succeed after a wish)."""

from __future__ import annotations

from reader.core.lookup.surroundings.words import _grammar, _verb, neighbour, plain
from reader.core.models import Analysis, Token, Translation

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
    (le désir d'arriver y régnait); not envie d'arriver chez lui, voulait arriver à l'heure,
    nor a bare noun after avoir (il avait hâte d'arriver: arrive)."""
    index, tokens = verb.index, analysis.tokens
    if verb.morph.get("VerbForm") != "Inf" or index < 2:
        return False
    before = tokens[index - 1]
    if plain(before.text) in ("de", "d'"):
        # a noun with its determiner: avoir hâte d'arriver, avoir envie de is only eager to
        determined = index > 2 and tokens[index - 3].pos == "DET"
        wished = determined and tokens[index - 2].lemma.lower() in WISHES
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
