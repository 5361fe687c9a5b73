"""Adverbs and quantifiers whose sense the verb or the word next to them decides: au-delà
with no article (beyond), tantôt
twice in a sentence (tantôt ... tantôt: sometimes, now ... now), toujours
with a state that goes on (il attend toujours: still), encore between avoir and its participle
(il a encore perdu: again), déjà ending a question (c'était quand, déjà ?: again), plus
between two amounts (trois euros plus le port: plus), tout or toute before autre or a bare
noun (toute autre forme: any other; toute personne: any), nul and aucun standing alone (nul
ne sait: no one; aucun ne vient: none), and que after ne ... plus with an adverb between (il
n'y a plus aujourd'hui que trois: only) or after ne ... guère (il ne reste guère que deux
jours: only), and soit after a comma before an amount (12 000 euros, soit 40 euros le mètre
carré: that is), and côté with a bare noun opening a clause (Côté gouvernement, ...: as
for)."""

from __future__ import annotations

from reader.core.lookup.function_words.degrees import plain_noun
from reader.core.lookup.function_words.pronouns import grammar
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- toujours: still with a state that goes on -----------------------------------------------------

# Verbs of waiting, staying and lasting, whose toujours in the present or the imperfect says
# the state goes on (il attend toujours, il vit toujours à Paris); not courir (des fils y
# couraient toujours: always).
LASTING = frozenset(
    "attendre rester demeurer exister subsister persister durer rechercher ignorer "
    "manquer espérer vivre habiter".split()
)
# What follows être when its toujours is "still": a place or a state one is in
# (il est toujours là, toujours en vie, toujours en cours).
STILL_AFTER_ETRE = frozenset("là ici vivant vivante vivants vivantes debout".split())
STATES_WITH_EN = frozenset(
    "vie cours fuite poste place attente activité service détention prison liberté vigueur "
    "tête fonction fonctions discussion négociation négociations suspens".split()
)


def still(analysis: Analysis, token: Token) -> Translation | None:
    """il attend toujours, il est toujours là, toujours en cours: still; il pleut toujours en
    novembre, pas toujours, il a toujours aimé: the list's always."""
    if token.text.lower() != "toujours":
        return None
    verb = neighbour(analysis, token, -1)
    if verb is None or verb.pos not in ("VERB", "AUX") or not _present_or_imperfect(verb):
        return None
    if verb.lemma in LASTING:
        return grammar("still")
    after = neighbour(analysis, token, 1)
    if verb.lemma != "être" or after is None:
        return None
    if after.text.lower() in STILL_AFTER_ETRE:
        return grammar("still")
    state = neighbour(analysis, after, 1)
    if after.text.lower() == "en" and state is not None and state.text.lower() in STATES_WITH_EN:
        return grammar("still")
    return None


def _present_or_imperfect(verb: Token) -> bool:
    if verb.morph.get("Mood") != "Ind":
        return False  # qu'elle ignore toujours la vérité: a wish, not a state going on
    return verb.morph.get("VerbForm") == "Fin" and verb.morph.get("Tense") in ("Pres", "Imp")


# -- au-delà with no article ---------------------------------------------------------------------


def beyond(analysis: Analysis, token: Token) -> Translation | None:
    """Au-delà, la ligne est simple: beyond, further on (the adverb, which the tagger reads as
    the noun); l'au-delà keeps the list's afterlife."""
    if plain(token.text) not in ("au-delà", "au delà"):
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.pos == "DET":
        return None
    return grammar("beyond", "further on", "past that")


# -- tantôt ... tantôt ----------------------------------------------------------------------------


def alternately(analysis: Analysis, token: Token) -> Translation | None:
    """C'étaient tantôt des jeunes gens ...; tantôt des ouvriers: sometimes, now ... now (a
    second tantôt in the sentence, however far); tantôt alone (je vous ai parlé tantôt) keeps
    the list's sense."""
    if plain(token.text) != "tantôt":
        return None
    others = [
        word
        for word in analysis.tokens
        if word.sentence == token.sentence and word is not token and plain(word.text) == "tantôt"
    ]
    return grammar("sometimes", "now ... now", "at times") if others else None


# -- encore between avoir and its participle, déjà ending a question -------------------------------


def again(analysis: Analysis, token: Token) -> Translation | None:
    """il a encore perdu ses clés: again; il n'a encore rien dit (yet), il a encore des amis
    (still): the list's."""
    if token.text.lower() != "encore":
        return None
    auxiliary, participle = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if auxiliary is None or participle is None or auxiliary.lemma != "avoir":
        return None
    if auxiliary.pos != "AUX" or participle.morph.get("VerbForm") != "Part":
        return None
    if auxiliary.morph.get("Mood") == "Sub":
        return None  # je ne crois pas qu'elle ait encore aimé personne: yet
    near = analysis.tokens[max(0, auxiliary.index - 8) : participle.index + 4]
    if any(w.sentence == token.sentence and plain(w.text) in NEGATIVES for w in near):
        return None  # il n'a encore jamais vu, il n'a encore rien dit: yet
    return grammar("again")


NEGATIVES = frozenset("ne n' personne rien jamais".split())


def asking_again(analysis: Analysis, token: Token) -> Translation | None:
    """Comment s'appelle-t-il, déjà ?: again (asking to be reminded); il est déjà parti:
    already."""
    if token.text.lower() != "déjà":
        return None
    after = analysis.tokens[token.index + 1 : token.index + 2]
    if not after or after[0].text != "?":
        return None  # tu as déjà fini ? (already)
    sentence = analysis.tokens[max(0, token.index - 8) : token.index]
    asking = any(w.sentence == token.sentence and plain(w.text) in ASKING for w in sentence)
    return grammar("again") if asking else None


# The question words of a question déjà asks again (c'était quand, déjà ?); tu as fini déjà ?
# asks no reminder.
ASKING = frozenset("comment quand qui où quel quelle quels quelles combien quoi".split())


# -- plus between two amounts ----------------------------------------------------------------------

# What opens the second amount after plus (trois euros plus les frais, plus quelques mots).
AMOUNT_STARTS = frozenset(
    "les des un une le la l' quelques deux trois quatre cinq dix cent".split()
)


def plus_amount(analysis: Analysis, token: Token) -> Translation | None:
    """deux euros plus trois euros, lire et écrire, plus quelques mots: plus, as well as; not
    plus les jours passent, plus ... (the more), il n'y a plus les ... (no longer)."""
    if token.text.lower() != "plus" or token.morph.get("Polarity") == "Neg":
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if after is None:
        return None
    amount = after.pos == "NUM" or plain(after.text) in AMOUNT_STARTS
    counted = _after_comma(analysis, token) or (
        before is not None and before.pos in ("NOUN", "NUM", "PROPN")
    )
    if not amount or not counted:
        return None
    sentence = [w for w in analysis.tokens[: token.index] if w.sentence == token.sentence]
    if any(plain(w.text) in ("ne", "n'") for w in sentence):
        return None  # il n'a plus les moyens: no longer
    if sentence and sentence[0].text.lower() == "plus":
        return None  # Plus les jours passent, plus les nuits sont longues: the more
    if plain(after.text) in ("un", "une") and _exclaims(analysis, token):
        return None  # À présent, plus un mot !: not another word
    return grammar("plus", "as well as")


def _exclaims(analysis: Analysis, token: Token) -> bool:
    sentence = analysis.sentence_of(token)
    return analysis.text[sentence.start : sentence.end].rstrip(' »"”.…').endswith("!")


# -- plus de with no verb: no more; tout before a place word: right --------------------------------


def no_more(analysis: Analysis, token: Token) -> Translation | None:
    """Jugez de mon désespoir : plus de Vendredi !, Plus de fenêtres, des lucarnes: no more
    (a clause of its own, with no verb); not Plus de mille personnes sont venues, dans plus
    de 400 lieux (more than)."""
    if token.text.lower() != "plus" or neighbour(analysis, token, -1) is not None:
        return None
    de = neighbour(analysis, token, 1)
    if de is None or plain(de.text) not in ("de", "d'"):
        return None
    noun = neighbour(analysis, de, 1, skip=("ADJ",))
    if noun is None or noun.pos not in ("NOUN", "PROPN"):
        return None
    index = noun.index + 1
    while index < len(analysis.tokens) and analysis.tokens[index].is_word:
        if analysis.tokens[index].sentence != token.sentence:
            break
        if analysis.tokens[index].pos in ("VERB", "AUX"):
            return None
        index += 1
    return grammar("no more", "no longer")


# Words after which tout marks the very place or point (tout au bout, tout près, tout contre).
PLACE_WORDS = frozenset("au aux près contre auprès là".split())
# tout au plus (at most), tout au moins (at least), tout au long (all through), tout au
# contraire (quite the opposite).
NOT_PLACES = frozenset("plus moins long contraire".split())


def right_there(analysis: Analysis, token: Token) -> Translation | None:
    """tout au bout du navire, tout au fond, tout près, tout contre lui: right, all the way;
    not tout au plus, tout au long."""
    if token.text.lower() != "tout":
        return None
    after = neighbour(analysis, token, 1)
    if after is None or plain(after.text) not in PLACE_WORDS:
        return None
    following = neighbour(analysis, after, 1)
    if following is not None and following.text.lower() in NOT_PLACES:
        return None
    return grammar("right", "all the way", "very")


def _after_comma(analysis: Analysis, token: Token) -> bool:
    previous = analysis.tokens[token.index - 1 : token.index]
    return bool(previous) and previous[0].text == ","


# -- tout before autre or a bare noun; nul and aucun alone -----------------------------------------

ARTICLES_BEFORE = frozenset("un une le la l' les ce cette".split())


def any_other(analysis: Analysis, token: Token) -> Translation | None:
    """toute autre forme: any other; toute personne, tout citoyen: any, every; une tout
    autre histoire (quite), toute la journée (all): the others'."""
    text = token.text.lower()
    if text not in ("tout", "toute"):
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if after is None or (before is not None and plain(before.text) in ARTICLES_BEFORE):
        return None
    noun_after = neighbour(analysis, after, 1)
    if after.text.lower() == "autre":
        if noun_after is None or noun_after.pos != "NOUN":
            return None  # elle se montrait tout autre: quite different
        return grammar("any other", "every other")
    if "'" in plain(after.text):
        return None  # toute l'odieuse comédie: all (a word the tokenizer left joined)
    if token.pos != "DET" or after.morph.get("Number") == "Plur" or not plain_noun(after):
        return None  # tout rouge, toute noire (very), tout calculé (everything)
    if noun_after is not None and plain(noun_after.text) in ("de", "d'"):
        return None  # toute sorte de, tout genre de: all kinds
    # à toute vitesse, en toute liberté, pour toute réponse, de toute espèce: set phrases;
    # libre de toute redevance: any
    if before is not None and before.pos == "ADP" and _set_phrase(before, after):
        return None
    return grammar("any", "every")


def _set_phrase(preposition: Token, noun: Token) -> bool:
    return plain(preposition.text) not in ("de", "d'") or noun.text.lower() in KINDS


# Nouns of kind and manner after de toute (de toute espèce: of every kind; de toute façon:
# anyway; de tout temps: always).
KINDS = frozenset(
    "espèce espèces nature sorte sortes genre façon manière part évidence temps".split()
)


NO_ONE = frozenset("nul nulle".split())


def nobody(analysis: Analysis, token: Token) -> Translation | None:
    """Nul ne sait: no one; aucun ne viendra, il n'en a vu aucun: none; aucun homme, un
    match nul: the list's."""
    text = token.text.lower()
    after = neighbour(analysis, token, 1)
    if text in NO_ONE:
        if after is not None and plain(after.text) in ("ne", "n'"):
            return grammar("no one", "nobody")
        return None
    if text not in ("aucun", "aucune") or token.pos != "PRON":
        return None
    if after is not None and plain(after.text) not in ("de", "d'", "ne", "n'"):
        return None  # n'avait découvert aucun expédient: no (a noun the tagger missed)
    return grammar("none", "not one")


# -- que after ne ... plus with an adverb between --------------------------------------------------

# Adverbs that may stand between plus and its que (il n'y a plus aujourd'hui que trois).
BETWEEN = frozenset("aujourd'hui désormais maintenant alors déjà".split())
# Subjects that open a clause after que (il ne croit guère que tu viennes: that).
SUBJECTS = frozenset("je j' tu il elle on nous vous ils elles c' ce cela ça".split())


def only_left(analysis: Analysis, token: Token) -> Translation | None:
    """il n'y a plus aujourd'hui que trois élèves: only (ne ... plus que with an adverb
    between); il n'est plus grand que lui (than): the others'."""
    if plain(token.text) not in ("que", "qu'"):
        return None
    after = neighbour(analysis, token, 1)
    if after is None or plain(after.text) in SUBJECTS:
        return None
    partner = neighbour(analysis, token, -1)
    steps = 0
    while partner is not None and plain(partner.text) in BETWEEN and steps < 2:
        partner, steps = neighbour(analysis, partner, -1), steps + 1
    if partner is None or partner.text.lower() not in ("plus", "jamais", "guère"):
        return None
    if steps == 0 and partner.text.lower() != "guère":
        return None  # ne ... plus que, ne ... jamais que: the phrases' own senses
    before = [
        w
        for w in analysis.tokens[max(0, partner.index - 5) : partner.index]
        if w.sentence == token.sentence
    ]
    if not any(plain(w.text) in ("ne", "n'") for w in before):
        return None
    if any(plain(w.text) in ("c'", "ce") for w in before):
        return None  # ce n'est plus aujourd'hui qu'on le fait: a cleft's that
    if partner.text.lower() == "guère":
        return grammar("only", "hardly more than")  # il ne reste guère que deux jours
    return grammar("only", "nothing but")


# -- soit after a comma, before an amount: that is ------------------------------------------------

# What opens the restatement of an amount after soit (soit 40 euros, soit une hausse de 5 %,
# soit près de la moitié, soit plus du double, soit l'équivalent de).
RESTATED = frozenset("un une près plus moins environ quelque l' le la les deux trois".split())


def restating(analysis: Analysis, token: Token) -> Translation | None:
    """12 000 euros, soit 40 euros le mètre carré; 300 postes, soit un tiers des effectifs:
    that is (the same amount put another way); soit ... soit (either ... or), ainsi soit-il,
    quel que soit keep the list's senses."""
    if plain(token.text) != "soit":
        return None
    tokens = analysis.tokens
    if token.index < 1 or token.index + 1 >= len(tokens) or tokens[token.index - 1].text != ",":
        return None
    after = tokens[token.index + 1]
    if after.sentence != token.sentence:
        return None
    if not (after.pos == "NUM" or after.text[:1].isdigit() or plain(after.text) in RESTATED):
        return None
    again = [
        word
        for word in analysis.tokens
        if word.sentence == token.sentence and word is not token and plain(word.text) == "soit"
    ]
    return None if again else grammar("that is", "i.e.", "or")


# -- Côté + a bare noun opening a clause: as for ---------------------------------------------------

# Words that may end the heading before its comma (Côté transports urbains, Côté Paris).
_HEADING_TAGS = ("NOUN", "PROPN", "ADJ")


def as_for(analysis: Analysis, token: Token) -> Translation | None:
    """Côté gouvernement, on se félicite ...; côté météo, ...: as for (a heading of news text,
    côté and a noun with no article before a comma). Le côté gauche, du côté de, à côté keep
    the list's senses."""
    if plain(token.text) != "côté" or neighbour(analysis, token, -1) is not None:
        return None
    tokens = analysis.tokens
    heading = tokens[token.index + 1 : token.index + 5]
    if not heading or heading[0].sentence != token.sentence:
        return None
    for number, word in enumerate(heading):
        if word.text == "," and number:
            return grammar("as for", "as regards", "on the side of")
        if word.sentence != token.sentence or word.pos not in _HEADING_TAGS:
            return None
    return None
