"""Function words that open or join a clause, read by the words around them: que and comme
opening an exclamation (Que de fois !: how many; Comme il est beau !: how) or asking (Que
fais-tu ?: what), si asking with the imperfect (what if), où after a time (when), que after
autant or même (as), jamais, personne and rien without ne (ever, anyone, anything), depuis and
pendant before a length of time (for)."""

from __future__ import annotations

from reader.core.lookup.function_words.degrees import COMPARATIVES
from reader.core.lookup.function_words.pronouns import ARTICLES_ALONE, NOUNS, grammar
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- que and comme opening an exclamation ----------------------------------------------------------

EXCLAIMED = frozenset(
    "il elle on ils elles tu vous nous je j' c' ce ça cela le la l' les mon ma mes ton ta tes "
    "son sa ses notre nos votre vos leur leurs cet cette ces".split()
)


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
        return grammar("how many", "how much", "so many")
    if not _exclamation(analysis, token) or plain(after.text) not in EXCLAIMED:
        return None
    verb = _first_verb(analysis, after)
    if verb is None or verb.morph.get("Mood") == "Sub":
        return None  # Qu'il vienne !: let him come
    return grammar("how", "how much")


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
        return grammar("what")
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if before is None or after is None or before.lemma.lower() != "savoir":
        return None
    return grammar("what") if after.morph.get("VerbForm") == "Inf" else None


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
    """Whether the first mark that ends a sentence after the word is "!": the tagger may run
    on past it when dots follow (le viatique ! comme on était fier ... !... Sous un dais)."""
    for word in analysis.tokens[token.index + 1 :]:
        if word.sentence != token.sentence:
            break
        if word.text in END_MARKS:
            return word.text == "!"
    return analysis.sentence_text(token).rstrip(' »"”').endswith("!")


END_MARKS = frozenset({"!", "?", ".", "...", "…"})


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
    return grammar("when", "where")


# Words a que compares with (autant que: as much as; la même chose que: the same as; rien
# d'autre que: nothing other than); plus, moins and aussi ... que are the phrase lists'.
COMPARED = {
    **dict.fromkeys(("plus", "moins", "mieux", "pis", "pire", "davantage"), ("than",)),
    **dict.fromkeys(("meilleur", "meilleure", "meilleurs", "meilleures"), ("than",)),
    "aussi": ("as",),
    "autant": ("as", "as much as"),
    "même": ("as",),
    "mêmes": ("as",),
    "autre": ("than", "other than"),
    "autrement": ("than", "otherwise than"),
}
# What makes autre compare (rien d'autre que, aucune autre solution que, autre chose que, a
# noun right before autre que: une locomotion autre que la nage); les autres que je connais
# is a relative que.
OTHER_MARKS = frozenset("d' aucun aucune nul nulle".split())


def comparative_que(analysis: Analysis, token: Token) -> Translation | None:
    """Il travaille autant que moi, la même chose que toi: as; pas d'autre choix que: than;
    not il pense que (that)."""
    if plain(token.text) not in ("que", "qu'"):
        return None
    step = -1
    while (before := neighbour(analysis, token, step)) is not None and step >= -5:
        if before.pos in ("VERB", "AUX") and step < -1:
            return None  # autant de gens disent que: the verb's que
        if before.text.lower() in COMPARED and _compares(analysis, before):
            if step < -3 and before.text.lower() not in ("même", "mêmes"):
                return None  # only même takes two nouns (les mêmes droits et devoirs que)
            return grammar(*COMPARED[before.text.lower()])
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
        if que is not None and plain(que.text) in ("et", "ou"):  # les mêmes droits et devoirs que
            second = neighbour(analysis, que, 1)
            if second is not None and second.pos in NOUNS:
                que = neighbour(analysis, second, 1)
        return article and noun and que is not None and plain(que.text) in ("que", "qu'")
    if text in ("plus", "moins"):
        return not _not_comparing(analysis, word)
    if text == "aussi":  # aussi grand que: as; je pense aussi que: that
        return after is not None and plain(after.text) not in ("que", "qu'")
    if text != "autre":
        return True
    marked = before is not None and plain(before.text) in OTHER_MARKS
    que_after = after is not None and plain(after.text) in ("que", "qu'")
    if que_after and before is not None and before.pos == "NOUN":
        return True  # une locomotion autre que la nage: other than
    return marked or (after is not None and after.text.lower() == "chose")


def _not_comparing(analysis: Analysis, word: Token) -> bool:
    """il n'avait plus que, il ne fit plus attention qu'à son jeu: plus after a ne in its
    clause is "only" with que, not a comparison (il n'est pas plus grand que moi: than); le
    moins que, le plus que: the least, the most (a superlative)."""
    article = neighbour(analysis, word, -1)
    if article is not None and plain(article.text) in ("le", "la", "les", "du", "au"):
        return True
    clause = [
        plain(w.text)
        for w in analysis.tokens[max(0, word.index - 6) : word.index]
        if w.sentence == word.sentence
    ]
    return any(w in ("ne", "n'") for w in clause) and not any(w in ("pas", "point") for w in clause)


def ever(analysis: Analysis, token: Token) -> Translation | None:
    """sans jamais se plaindre, mieux que jamais, Avez-vous jamais vu cela ?: ever; il ne
    vient jamais, Jamais !: the list's never."""
    if token.text.lower() != "jamais":
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.text.lower() == "sans":
        return grammar("ever")
    if before is not None and plain(before.text) in ("que", "qu'"):
        return grammar("ever") if _after_comparative(analysis, before) else None
    clause = analysis.tokens[max(0, token.index - 8) : token.index]
    if any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'") for w in clause):
        return None
    question = analysis.sentence_text(token).rstrip(' »"”').endswith("?")
    return grammar("ever") if question else None


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
        return grammar("anyone", "anybody") if text == "personne" else grammar("anything")
    if text == "personne" and before is None and token.pos in ("NOUN", "PRON"):
        after = neighbour(analysis, token, 1)
        return grammar("nobody", "no one") if after is None or after.pos != "ADJ" else None
    return None


# A count of time after depuis or pendant (depuis trois ans, pendant des heures): for.
TIME_UNITS = frozenset(
    "seconde minute heure jour journée nuit semaine mois an année siècle décennie instant "
    "moment temps".split()
)
HOW_MANY = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente "
    "cent quelque quelques plusieurs des de longues longs".split()
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
    return grammar("for", "since" if token.text.lower() == "depuis" else "during")


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
    return grammar("what if", "how about")
