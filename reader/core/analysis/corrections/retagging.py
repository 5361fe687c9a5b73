"""Parts of speech the tagger gets wrong where the neighbouring words settle it.

Each rule looks at a word's neighbours or its place in the parse, and changes its part of
speech (and so its lemma and features) only where French grammar leaves no doubt and the
lexicon knows the word in the new part of speech:

- a word before a hyphenated subject pronoun is a verb (A-t-il, dit-il);
- a word right after a reflexive or object clitic (se, me, te) is a verb (on se mouche);
- en + a form in -ant is a gérondif (en grandissant, en le regardant), and so is an object
  pronoun + a form in -ant that is only a verb's (puis, le regardant); the le, la, les
  before it is its object pronoun, not an article;
- a conjugated form never takes an auxiliary: avait envie is avoir + the noun envie, est
  content être + the adjective content (not a passive);
- a past participle with an auxiliary is a verb, whatever the tagger said (se sont félicités);
- pas, point, plus, jamais, guère right after ne are the negation (ne point se déranger);
- a capitalised imperative alone at a sentence start is the verb (« Tiens, Forestier ! »);
- a noun after a comma, without a determiner and before one, whose form is a verb's third
  person, is the verb of an incise (« … », note le communiqué);
- a word right after a subject clitic (il, je, on), or after the clitic and ne, in a finite
  form of that person, is a verb (il entre dans la salle; je ne pus);
- a "verb" right after a determiner that is never a pronoun (sa, une, cette) is a noun
  (elle regarde sa montre);
- pas, point, guère right after a verb that ne precedes close the negation (il ne faut point);
- the participle of a verb conjugated with être, after être, is that verb's compound tense
  (il est mort: mourir), not an adjective;
- a third-person "verb" with no subject opening a heading (or after its colon) before de is
  a noun (High-tech : annonce de la console);
- a passé simple or imperfect subjunctive plural Lexique knows only as a verb's is that verb
  (les élèves ricanèrent, nous accourûmes);
- an adjective right after un, une, des, de with no noun after it, that a dictionary has as
  a feminine noun of its own, is that noun (une seconde, des nouvelles de sa mère);
- a feminine past participle that spells a noun (surprise, prise), the attribute of être or
  a linking verb with no determiner, is the participle (elle est surprise, elle parut
  surprise: surprendre);
- a "noun" or "adjective" right after ne is a finite verb (le film ne dure que deux heures:
  durer, not the adjective dur);
- issue before de, with no determiner, number or adjective before it, is the adjective issu
  (une famille issue de la noblesse; not l'issue de la saison);
- le Midi, du Monde: a name French writes capitalised after its article is the name, not
  the common word (names.article_name);
- a known first name with no determiner, read as a common word, is the name: Madeleine
  ouvrit, vers Madeleine, Rose, fâchée (names.bare_name);
- a "finite verb" right after a noun and before et and an adjective, that Lexique also reads
  as an adjective, is that adjective (un bruit subit et violent: subit, not subir);
- an "adjective" right after le, la, un, une, with a verb, relative, preposition or
  punctuation after it, that Lexique also reads as a noun, is that noun (le particulier qui
  fumait), unless it heads a phrase whose noun is understood (le premier qui parle, l'autre);
- in a clause the tagger left without a finite verb, a noun with no determiner between a
  noun and another word, whose form is a verb's indicative third person agreeing with it, is
  that verb (La commune compte 500 habitants; L'église date du XIIe siècle);
- a "finite verb" right after a noun that the parse makes it qualify, with no subject,
  object or clause of its own, agreeing with the noun in number, whose form the lexicon
  knows as an adjective, is that adjective (une masse informe gisait: informe, not informer);
- a participle (present or past) that Lexique also reads as a noun, with no subject, object
  or auxiliary of its own, in a noun's place (after a noun and a comma, et or ou, with an
  adjective after it that qualifies it; between nouns in a list, a past participle only in
  the plural) is that noun (Pierre Dupont, correspondant local du journal; déportés,
  internés et victimes), not a participle saying how (dans la rue, parlant seul);
- trait between avoir and à is the noun of avoir trait à (qui a trait au respect);
- a present participle right after the noun it qualifies, with no dependent at all, that
  Lexique also reads as an adjective, is that adjective (un regard perçant);
- fils before de + a material or électriques, barbelés is fil's plural (les fils de fer);
- brave, pauvre, vieux and other adjectives French puts before the noun, tagged as a noun
  between a determiner and a noun or a name, are the adjective (le brave homme); and a word
  Lexique knows only as a noun, tagged as an adjective after a determiner and an adjective,
  is the noun (ce pauvre garçon);
- tu is the subject pronoun, not taire's participle nor a noun, unless an auxiliary comes
  before it: then tu, tue, tus, tues are taire's participle (« Tu es bien pâle »; il s'est
  tu, elle s'était tue);
- an interjection is an interjection, not an adverb, a noun, a name or héler's passé simple
  (Oh ! que c'est beau; Bah, il viendra; Hélas, …), and bon, adieu, dame alone before their
  punctuation at a sentence's start are too (« Bon ! », « Adieu, monsieur »);
- a stressed or object pronoun tagged an adverb, noun or adjective, with no determiner before
  it, is the pronoun (Moi, je songeais; malgré soi; Je te le jure);
- rien, and personne in a negated sentence, with no determiner before them, are the pronouns
  (Rien de plus; il n'avait vu personne), not the nouns (un rien, une jeune personne);
- a form of être or avoir tagged an adverb is the auxiliary (« Tu es fou »);
- a finite verb after its subject clitic (ne and object pronouns between) has the clitic's
  person and number where the form can (tu sais, je vous le jure: not a first, a third);
- voilà, voici are adverbs and là-bas, là-haut, là-dessus adverbs, never the adjectives,
  nouns or names the tagger says (te voilà: not "adjective, plural"); debout an adverb, drôle
  with no determiner or before de the adjective (c'est drôle, un drôle de sourire).

This module owns the order the rules are tried in (CHAIN, each rule with the parts of speech,
words and shape it may fire on, so a word tries only the rules that may fit it); each rule's
test-and-change is in chain/rules, its switch in chain/switches, the contexts they test in
tag_contexts, the changes they make in tag_changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from reader.core.analysis.corrections.chain.rules import (
    Doc,
    try_adverbs_participle,
    try_after_clitic,
    try_article_name,
    try_article_noun,
    try_article_pronoun,
    try_auxiliary,
    try_auxiliary_adverb,
    try_bare_name,
    try_bare_participle,
    try_clitic_verbless,
    try_coordinated,
    try_copula_participle,
    try_determined,
    try_en_clitic,
    try_etre_verb,
    try_fixed_word,
    try_gerund_after_en,
    try_gerund_after_object,
    try_heading,
    try_imperative,
    try_incise,
    try_indefinite_adjective,
    try_interjection,
    try_inversion,
    try_issu,
    try_literary,
    try_ne_verb,
    try_negation,
    try_negation_after_verb,
    try_negation_pronoun,
    try_nominal_adjective,
    try_nominal_participle,
    try_participle,
    try_prenominal,
    try_prenominal_noun,
    try_pronoun,
    try_standing,
    try_subject,
    try_tacher,
    try_thread,
    try_trait,
    try_tu,
    try_verbless,
    try_verse,
)
from reader.core.analysis.corrections.chain.switches import (
    ADVERBS_PARTICIPLE,
    ARTICLE_NOUN,
    ARTICLE_PRONOUN,
    AUXILIARY,
    AUXILIARY_ADVERB,
    BARE_PARTICIPLE,
    CLITIC,
    CLITIC_VERBLESS,
    COORDINATED_ADJECTIVE,
    COPULA_PARTICIPLE,
    DETERMINED,
    EN_CLITIC,
    ETRE_VERB,
    FIXED_WORD,
    GERUND,
    HEADING,
    INCISE,
    INDEFINITE_ADJECTIVE,
    INTERJECTION,
    INTERJECTION_WORD,
    INVERSION,
    ISSU,
    LITERARY,
    NE_VERB,
    NEGATION,
    NEGATION_AFTER_VERB,
    NEGATION_PRONOUN,
    NOMINAL_ADJECTIVE,
    NOMINAL_PARTICIPLE,
    PARTICIPLE,
    PARTICIPLE_CLAUSE,
    PRENOMINAL,
    PRENOMINAL_NOUN,
    PRONOUN_WORD,
    RULES,
    STANDING_ADJECTIVE,
    SUBJECT_PERSON,
    SUBJECT_TU,
    TACHER,
    THREAD,
    TRAIT,
    VERBLESS,
    VERSE,
)
from reader.core.analysis.corrections.closed_class import (
    CONTENT_POS,
    DEMONSTRATIVES,
    INTERJECTIONS,
    NEGATION_WORDS,
    OBJECT_CLITICS,
    PRESENTATIVES,
    STANDALONE_INTERJECTIONS,
    STRESSED_PRONOUNS,
    THERE_ADVERBS,
    TIME_ADVERBS,
    subject_reading,
)
from reader.core.analysis.corrections.closed_class import FORMS as CLOSED_CLASS_FORMS
from reader.core.analysis.corrections.names import ARTICLE_NAME, ARTICLE_NAMES, BARE_NAME
from reader.core.analysis.corrections.rule_switches import is_enabled
from reader.core.analysis.corrections.tag_changes import (
    Fields,
    Lexique,
    Relemmatise,
    Verbs,
)
from reader.core.analysis.corrections.tag_contexts import (
    ARTICLES,
    ISSU_FORMS,
    LITERARY_ENDINGS,
    NEGATION_ADVERBS,
    NEGATION_PRONOUNS,
    NOMINAL,
    OBJECTS,
    SUBJECT_CLITICS,
    TACHER_FORMS,
    TAIRE_PARTICIPLES,
)


def retag(fields: Fields, lexique: Lexique, relemmatise: Relemmatise) -> None:
    """Correct the fields of one doc's tokens in place (pos, lemma, morph)."""
    verbs = Verbs(lexique, relemmatise)
    # The switches, read once per doc rather than once per rule and token (issue 14).
    on = {name: is_enabled(name) for name in RULES}
    rules_for = _dispatch(frozenset(name for name, enabled in on.items() if not enabled))
    doc = Doc(fields, verbs, on)
    for index, values in enumerate(fields):
        before = fields[index - 1] if index else None
        after = fields[index + 1] if index + 1 < len(fields) else None
        if not _may_change(values, before, after):
            continue
        key = _key(values, before, after)
        rules = rules_for.get(key)
        if rules is None:
            rules = rules_for[key] = _rules_for(key, rules_for.active)
        for rule in rules:
            if rule.fire(doc, index):
                break  # the first rule that fits decides: the chain is an elif chain
        if values["pos"] not in ("VERB", "AUX"):
            continue  # what follows is for a verb (subject_reading asks it first)
        if on[SUBJECT_PERSON] and (morph := subject_reading(fields, index)):
            values["morph"] = morph
        if on[GERUND] and values["pos"] == "VERB" and values["text"].endswith("ant"):
            _object_of_gerund(fields, index)


# What each rule's test asks first of the word or its neighbours: a word that has none of
# these (le, de, et, a comma: about half the words) fails every test below, so is passed over.
TOUCHABLE_POS = frozenset({"NOUN", "ADJ", "PROPN", "INTJ", "X", "VERB"})
# ne, an object or a subject clitic before the word (je ne pus, il le compris, il entre).
CLITIC_BEFORE = frozenset({"ne", "n'", "qui", *OBJECTS, *ARTICLES, *SUBJECT_CLITICS})
Values = dict[str, Any]


def _may_change(values: Values, before: Values | None, after: Values | None) -> bool:
    """Whether any rule may change the word: false only where every rule's test must fail
    (its part of speech, ending, capital, or the word before or after). A new rule needs its
    first condition here too (tests/core/analysis/test_retag_skip.py compares with no skip)."""
    text = values["text"]
    if values["pos"] in TOUCHABLE_POS or text[:1].isupper() or text.endswith("ant"):
        # the tag rules; an imperative (Tiens); a gérondif (en grandissant); a name after
        # its article (le Midi: NOUN or PROPN, and capitalised)
        return True
    lower = text.lower()
    if lower in NEGATION_ADVERBS or lower.endswith(LITERARY_ENDINGS) or lower in TAIRE_PARTICIPLES:
        return True  # ne faut point; ricanèrent tagged as an adverb; tu a pronoun or an adverb
    if lower in CLOSED_CLASS_FORMS or values.get("lemma") in ("être", "avoir"):
        return True  # Oh tagged an adverb, moi an adverb; es tagged an adverb
    if lower == "vers":
        return True  # des vers de Hugo: the noun
    if lower == "en" and values["pos"] == "ADP":
        return True  # la terre en valait: the clitic pronoun
    if after is not None and after["text"].startswith("-"):
        return True  # dit-il
    return before is not None and before["text"].lower().replace("’", "'") in CLITIC_BEFORE


def _object_of_gerund(fields: Fields, index: int) -> None:
    """en le voyant: the le before a gérondif, which the tagger called an article, is its
    object pronoun."""
    clitic = fields[index - 1] if index else None
    if fields[index]["morph"].get("VerbForm") != "Part" or clitic is None:
        return
    if clitic["pos"] != "DET" or (index < 2 or fields[index - 2]["text"].lower() != "en"):
        return
    if clitic["text"].lower().replace("’", "'") not in ARTICLES:
        return
    agreement = {k: v for k, v in clitic["morph"].items() if k in ("Gender", "Number")}
    clitic.update(pos="PRON", morph={**agreement, "Person": "3", "PronType": "Prs"})


# The chain. Each rule is tried only on a word its test may fit: the parts of speech the word
# may have when tried (None: any), the lower forms it starts from (empty: any form) and the
# shape it needs (a capital, -ant, a clitic before ...), so a noun tries the noun rules, le
# the article rules (issue 14). A new rule declares its own in CHAIN, next to itself;
# tests/core/analysis/test_retag_skip.py compares the analysis with every rule tried on every
# word.


class Rule(NamedTuple):
    """One link of the chain: its switch, its fire function (chain/rules) and what a word must
    be for it to fit: a part of speech (None: any), a lower form (empty: any), a shape."""

    switch: str | None  # None: the rule reads its own switches
    fire: Callable[[Doc, int], bool]  # changes the word and says so, or says it does not fit
    pos: frozenset[str] | None = None
    words: frozenset[str] = frozenset()
    shape: int = 0  # what else its first test asks of the word and its neighbours (below)


# What a rule's first test may ask of the word's shape and neighbours, as bits of a word's
# key: a capital (Tiens), -ant (en grandissant), a literary ending (ricanèrent), a hyphenated
# word after it (dit-il), ne or a clitic before it (il entre, on se mouche, ne dure).
CAPITAL, ANT, LITERARY_FORM, HYPHEN_AFTER, AFTER_CLITIC = 1, 2, 4, 8, 16


def _key(values: Values, before: Values | None, after: Values | None) -> tuple[str, str, int]:
    """The word's part of speech, its lower form if a rule starts from it (else ""), and its
    shape's bits: what decides which rules it tries."""
    text = values["text"]
    lower = text.lower().replace("’", "'")
    shape = (CAPITAL if text[:1].isupper() else 0) | (ANT if text.endswith("ant") else 0)
    if lower.endswith(LITERARY_ENDINGS):
        shape |= LITERARY_FORM
    if after is not None and after["text"].startswith("-"):
        shape |= HYPHEN_AFTER
    if before is not None and before["text"].lower().replace("’", "'") in CLITIC_BEFORE:
        shape |= AFTER_CLITIC
    return values["pos"], lower if lower in TRIGGER_WORDS else "", shape


def _words(*groups: Any) -> frozenset[str]:
    """Lower forms, with ' for ’ (as retag looks them up)."""
    return frozenset(word.lower().replace("’", "'") for group in groups for word in group)


# Universal POS tags; a word with another tag tries every rule.
UD_POS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
)
NOUN, ADJ, VERB = frozenset({"NOUN"}), frozenset({"ADJ"}), frozenset({"VERB"})
NOUN_OR_ADJ = frozenset({"NOUN", "ADJ"})
CHAIN = (
    Rule(SUBJECT_TU, try_tu, None, _words(TAIRE_PARTICIPLES)),
    Rule(
        INTERJECTION_WORD, try_interjection, None, _words(INTERJECTIONS, STANDALONE_INTERJECTIONS)
    ),
    Rule(
        PRONOUN_WORD,
        try_pronoun,
        CONTENT_POS,
        _words(STRESSED_PRONOUNS, OBJECT_CLITICS, DEMONSTRATIVES),
    ),
    Rule(
        FIXED_WORD,
        try_fixed_word,
        None,
        _words(PRESENTATIVES, THERE_ADVERBS, TIME_ADVERBS, ("debout", "drôle", "envers")),
    ),
    Rule(NEGATION_PRONOUN, try_negation_pronoun, CONTENT_POS, _words(NEGATION_WORDS)),
    Rule(AUXILIARY_ADVERB, try_auxiliary_adverb, frozenset({"ADV"})),  # its lemma: être, avoir
    Rule(ARTICLE_NAME, try_article_name, frozenset({"NOUN", "PROPN"}), _words(ARTICLE_NAMES)),
    Rule(BARE_NAME, try_bare_name, frozenset({"NOUN", "VERB", "ADJ"}), shape=CAPITAL),
    Rule(ISSU, try_issu, NOUN, _words(ISSU_FORMS)),
    Rule(TRAIT, try_trait, frozenset({"VERB", "AUX"}), _words(("trait",))),
    Rule(VERSE, try_verse, frozenset({"ADP"}), _words(("vers",))),
    Rule(EN_CLITIC, try_en_clitic, frozenset({"ADP"}), _words(("en",))),
    Rule(INDEFINITE_ADJECTIVE, try_indefinite_adjective, NOUN),
    Rule(NOMINAL_ADJECTIVE, try_nominal_adjective, ADJ),
    Rule(INVERSION, try_inversion, shape=HYPHEN_AFTER),
    Rule(GERUND, try_gerund_after_en, shape=ANT),
    Rule(PARTICIPLE_CLAUSE, try_gerund_after_object, shape=ANT),
    Rule(CLITIC, try_after_clitic, NOMINAL, shape=AFTER_CLITIC),
    Rule(AUXILIARY, try_auxiliary, VERB),
    Rule(PARTICIPLE, try_participle, NOUN_OR_ADJ),
    Rule(COPULA_PARTICIPLE, try_copula_participle, NOUN),
    Rule(ADVERBS_PARTICIPLE, try_adverbs_participle, NOUN_OR_ADJ),
    Rule(NEGATION, try_negation, None, _words(NEGATION_ADVERBS, NEGATION_PRONOUNS), AFTER_CLITIC),
    Rule(INTERJECTION, try_imperative, shape=CAPITAL),
    Rule(INCISE, try_incise, NOUN),
    # il entre (a noun, adjective, preposition), il lit (a lower-case name), je ne pus (any
    # word but a verb, pronoun or determiner)
    Rule(None, try_subject, UD_POS - {"VERB", "AUX", "PRON", "DET"}, shape=AFTER_CLITIC),
    Rule(ARTICLE_PRONOUN, try_article_pronoun, frozenset({"DET"}), _words(ARTICLES), AFTER_CLITIC),
    Rule(NE_VERB, try_ne_verb, NOMINAL, shape=AFTER_CLITIC),
    Rule(DETERMINED, try_determined, VERB),
    Rule(NEGATION_AFTER_VERB, try_negation_after_verb, None, _words(NEGATION_ADVERBS)),
    Rule(ETRE_VERB, try_etre_verb, ADJ),
    Rule(HEADING, try_heading, VERB),
    Rule(LITERARY, try_literary, shape=LITERARY_FORM),
    Rule(VERBLESS, try_verbless, NOUN),
    Rule(CLITIC_VERBLESS, try_clitic_verbless, NOUN, shape=AFTER_CLITIC),
    Rule(COORDINATED_ADJECTIVE, try_coordinated, VERB | frozenset({"ADV"})),
    Rule(ARTICLE_NOUN, try_article_noun, ADJ),
    Rule(STANDING_ADJECTIVE, try_standing, VERB),
    Rule(NOMINAL_PARTICIPLE, try_nominal_participle, VERB),
    Rule(BARE_PARTICIPLE, try_bare_participle, VERB),
    Rule(THREAD, try_thread, NOUN, _words(("fils",))),
    Rule(TACHER, try_tacher, NOUN, _words(TACHER_FORMS)),
    Rule(PRENOMINAL, try_prenominal, NOUN),
    Rule(PRENOMINAL_NOUN, try_prenominal_noun, ADJ),
)
# Every form a rule starts from: the rest are looked up as "".
TRIGGER_WORDS = frozenset(word for rule in CHAIN for word in rule.words)


class _Dispatch(dict[tuple[str, str, int], tuple[Rule, ...]]):
    """The rules each key (_key) tries, for one set of switches."""

    def __init__(self, active: tuple[Rule, ...]) -> None:
        super().__init__()
        self.active = active


_DISPATCHES: dict[frozenset[str], _Dispatch] = {}


def _dispatch(off: frozenset[str]) -> _Dispatch:
    """The dispatch for the rules whose switches are on (off: the others)."""
    found = _DISPATCHES.get(off)
    if found is None:
        active = tuple(rule for rule in CHAIN if rule.switch is None or rule.switch not in off)
        found = _DISPATCHES[off] = _Dispatch(active)
    return found


def _rules_for(key: tuple[str, str, int], active: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The active rules, in the chain's order, that may fit a word of this part of speech,
    lower form and shape (_key)."""
    pos, word, shape = key
    if pos not in UD_POS:
        return active
    return tuple(
        rule
        for rule in active
        if (rule.pos is None or pos in rule.pos)
        and (not rule.words or word in rule.words)
        and rule.shape & shape == rule.shape
    )
