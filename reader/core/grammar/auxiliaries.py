"""What the helper words of a verb group mean by themselves, in English: an auxiliary (a
mangé: has; avait mangé: had; est construite: is), aller or venir before an infinitive
(allons voir: are going to; venais de gagner: had just) and a negation word (ne … plus: no
longer). A learner who clicks one of them asks what that word does there, not what the main
verb means. helper_senses reads it from an analysed text: the word's group, tense and person,
and for ne alone, whether it is the expletive ne."""

from __future__ import annotations

import re

from reader.core.models import Analysis, Token

# avoir, or être of a verb conjugated with être, makes a compound tense: English "have".
# Each row: (1st person singular, 3rd person singular, the other persons).
PERFECT = {
    ("Ind", "Pres"): ("have", "has", "have"),
    ("Ind", "Imp"): ("had", "had", "had"),
    ("Ind", "Past"): ("had", "had", "had"),  # passé antérieur
    ("Ind", "Fut"): ("will have", "will have", "will have"),
    ("Cnd", "Pres"): ("would have", "would have", "would have"),
    ("Sub", "Pres"): ("have", "has", "have"),
    ("Sub", "Imp"): ("had", "had", "had"),  # eût éveillé: the literary pluperfect subjunctive
    ("Imp", "Pres"): ("have", "have", "have"),
}
# être of a passive: English "be".
PASSIVE = {
    ("Ind", "Pres"): ("am", "is", "are"),
    ("Ind", "Imp"): ("was", "was", "were"),
    ("Ind", "Past"): ("was", "was", "were"),
    ("Ind", "Fut"): ("will be", "will be", "will be"),
    ("Cnd", "Pres"): ("would be", "would be", "would be"),
    ("Sub", "Pres"): ("be", "be", "be"),
    ("Sub", "Imp"): ("was", "was", "were"),
    ("Imp", "Pres"): ("be", "be", "be"),
}
# The non-finite forms: avoir mangé, ayant mangé, a été construit, étant donné.
NON_FINITE = {
    ("avoir", "Inf"): "have",
    ("avoir", "PartPres"): "having",
    ("être", "Inf"): "be",
    ("être", "Part"): "been",
    ("être", "PartPres"): "being",
}
_NEGATION_SENSES = re.compile(r"\(([^()]*)\)\s*$")
# ne alone: literary negation (je ne sais, je ne puis: not), or the expletive ne a textbook
# lists after avant que, à moins que, de peur que, a comparison, craindre que (avant qu'il ne
# parte), which negates nothing.
LONE_NE = ("not",)
EXPLETIVE_NE = ("no negative meaning here (expletive ne)",)
# The words before que that a textbook gives for the expletive ne: avant que, à moins que,
# de peur / de crainte que, a comparison (plus ... qu'on ne croit), and verbs of fearing or
# preventing (je crains qu'il ne pleuve).
EXPLETIVE_BEFORE_QUE = frozenset(
    "avant moins peur crainte plus mieux pire autre autrement meilleur moindre".split()
)
FEAR_VERBS = frozenset("craindre redouter empêcher éviter".split())
EXPLETIVE_REACH = 6
# Words that open a subordinate clause, whatever the tagger calls them; how far back to look.
SUBORDINATORS = frozenset({"que", "qu'", "si", "s'", "quand", "lorsque", "lorsqu'", "comme"})
CLAUSE_REACH = 8
# The negation words a verb group takes in (jamais, rien, que keep their own card).
NEGATION_MEMBERS = frozenset({"pas", "plus", "point"})
PERIPHRASES = ("futur proche", "passé récent")


def auxiliary_senses(
    lemma: str, morph: dict[str, str], *, passive: bool, main_clause: bool = False
) -> tuple[str, ...]:
    """avoir or être inside a verb group, by its tense and person: has / had / will have
    for a compound tense, is / was / will be for être of a passive (passive: the group is
    one; avoir of ont été construites still says "have"). main_clause: the literary
    pluperfect subjunctive there is a past conditional (il eût été facile: would have)."""
    form = morph.get("VerbForm", "Fin")
    if form != "Fin":
        kind = "PartPres" if form == "Part" and morph.get("Tense") == "Pres" else form
        sense = NON_FINITE.get((lemma, kind), "")
        return (sense,) if sense else ()
    table = PASSIVE if passive and lemma == "être" else PERFECT
    tense = (morph.get("Mood", "Ind"), morph.get("Tense", "Pres"))
    if main_clause and table is PERFECT and tense == ("Sub", "Imp"):
        return ("would have",)
    forms = table.get(tense)
    return (forms[_person(morph)],) if forms else ()


def _person(morph: dict[str, str]) -> int:
    """0 for the 1st person singular, 1 for the 3rd, 2 for the others (a subject-less form
    counts as 3rd person)."""
    if morph.get("Number") != "Sing":
        return 2 if morph.get("Number") == "Plur" or morph.get("Person") in ("1", "2") else 1
    return {"1": 0, "2": 2}.get(morph.get("Person", "3"), 1)


def periphrasis_senses(lemma: str, morph: dict[str, str]) -> tuple[str, ...]:
    """aller + infinitive (near future: are going to, was going to) and venir de +
    infinitive (recent past: has just, had just), by the tense and person of aller/venir."""
    past = morph.get("Tense") == "Imp"
    person = _person(morph)
    if lemma == "aller":
        be = ("was", "was", "were")[person] if past else ("am", "is", "are")[person]
        return (f"{be} going to", "would" if past else "will")
    if lemma == "venir":
        return ("had just",) if past else (("have just", "has just", "have just")[person],)
    return ()


def negation_senses(negation: str | None, *, expletive: bool = False) -> tuple[str, ...]:
    """The meaning a verb group's negation gives its negative words: "ne … plus (no longer,
    not any more)" -> no longer, not any more; ne alone -> not, or nothing when expletive."""
    if not negation:
        return ()
    if negation.startswith("ne (alone"):
        return EXPLETIVE_NE if expletive else LONE_NE
    found = _NEGATION_SENSES.search(negation)
    if found is None:
        return ()
    senses = (sense.strip() for sense in found.group(1).split(","))
    return tuple(sense for sense in senses if sense and sense != "literary")


def helper_senses(analysis: Analysis, token: Token) -> tuple[str, ...]:
    """What a word of a verb group other than its main verb means there, by itself: avoir
    or être (has, had, is, was), aller or venir before an infinitive (are going to, had
    just), a negation word (not, no longer); () for the main verb and the words whose card
    stays the group's (a reflexive pronoun, en, the de of venir de)."""
    group = analysis.group_of(token)
    if token.pos not in ("AUX", "VERB", "ADV"):
        return ()
    if group is None:
        return _copula_perfect(analysis, token)
    if token.index == group.head:
        return ()
    if token.lemma in ("avoir", "être"):  # n'es tagged ADV is still être
        main = _in_main_clause(analysis, token)
        return auxiliary_senses(token.lemma, token.morph, passive=group.passive, main_clause=main)
    if token.lemma in ("aller", "venir") and group.tense.startswith(PERIPHRASES):
        return () if _commanded(analysis, token) else periphrasis_senses(token.lemma, token.morph)
    if token.lemma == "ne" or token.text.lower() in NEGATION_MEMBERS:
        return negation_senses(group.negation, expletive=_after_expletive_trigger(analysis, token))
    return ()


def _commanded(analysis: Analysis, token: Token) -> bool:
    """aller or venir in the imperative or the conditional, which the verb groups may still
    call a near future (Allez voir ça, Va voir !, j'irais voir: go and see, would go and
    see; not "are going to"): its mood, or no subject before it at its sentence's start (the
    tagger reads Va voir ! as a present), unless one follows (Va-t-il partir ?)."""
    if token.morph.get("Mood") in ("Imp", "Cnd"):
        return True
    tokens = analysis.tokens
    before = tokens[token.index - 1] if token.index else None
    if before is not None and before.sentence == token.sentence and before.is_word:
        return False
    after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    return after is None or not after.text.startswith("-")


def _copula_perfect(analysis: Analysis, token: Token) -> tuple[str, ...]:
    """avoir été of a copula, which the verb groups leave out (il a été malade): avoir is
    "has", "had" ... and été "been"."""
    if token.lemma == "avoir" and _next_word(analysis, token, 1).lower() == "été":
        main = _in_main_clause(analysis, token)
        return auxiliary_senses("avoir", token.morph, passive=False, main_clause=main)
    before = analysis.tokens[_next_index(analysis, token, -1)] if token.index else None
    if token.text.lower() == "été" and before is not None and before.lemma == "avoir":
        return ("been",)
    return ()


def _in_main_clause(analysis: Analysis, token: Token) -> bool:
    """Whether no conjunction (si, que, bien que, comme si ...) opens the token's clause: the
    words before it back to a punctuation mark or the sentence's start (il eût été facile;
    comme si elle eût été: not)."""
    index = token.index - 1
    while index >= 0 and token.index - index <= CLAUSE_REACH:
        word = analysis.tokens[index]
        if word.sentence != token.sentence or word.pos == "PUNCT":
            return True
        if word.pos == "SCONJ" or word.text.lower().replace("’", "'") in SUBORDINATORS:
            return False
        index -= 1
    return True


def _next_word(analysis: Analysis, token: Token, step: int) -> str:
    index = _next_index(analysis, token, step)
    return analysis.tokens[index].text if index != token.index else ""


def _next_index(analysis: Analysis, token: Token, step: int) -> int:
    """The nearest word in that direction in the token's sentence, past adverbs (a déjà
    été, a-t-il été); the token's own index when there is none."""
    index = token.index + step
    while 0 <= index < len(analysis.tokens):
        word = analysis.tokens[index]
        if word.sentence != token.sentence:
            break
        if word.is_word and word.pos not in ("ADV", "PRON"):
            return index
        index += step
    return token.index


def helper_lemma(token: Token) -> str:
    """The lemma a helper word's card shows: its own, the word itself for a negation word
    the tagger took for a verb (ne savaient point: point, not poindre)."""
    lower = token.text.lower()
    return lower if lower in NEGATION_MEMBERS else token.lemma


def _after_expletive_trigger(analysis: Analysis, token: Token) -> bool:
    """Whether a que that calls for the expletive ne stands shortly before the token (avant
    qu'il ne parte, plus grand qu'on ne croit, de peur qu'il ne tombe)."""
    before = analysis.tokens[max(0, token.index - EXPLETIVE_REACH) : token.index]
    words = [t for t in before if t.sentence == token.sentence and t.is_word]
    for at, word in enumerate(words[1:], start=1):
        if word.text.lower().replace("’", "'") not in ("que", "qu'"):
            continue
        previous = words[at - 1]
        if previous.text.lower() in EXPLETIVE_BEFORE_QUE or previous.lemma in FEAR_VERBS:
            return True
        # a comparison: plus grand qu'on ne croit, moins souvent qu'il ne dit
        graded = previous.pos in ("ADJ", "ADV") and at >= 2
        if graded and words[at - 2].text.lower() in EXPLETIVE_BEFORE_QUE:
            return True
    return False
