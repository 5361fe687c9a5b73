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

This module owns the rules' switches and the order they are tried in (CHAIN, each rule with
the parts of speech and words it may fire on, so a word tries only the rules that may fit it);
the contexts they test are in tag_contexts, the changes they make in tag_changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from reader.core.analysis.corrections.closed_class import (
    CONTENT_POS,
    INTERJECTIONS,
    NEGATION_WORDS,
    OBJECT_CLITICS,
    PRESENTATIVES,
    STANDALONE_INTERJECTIONS,
    STRESSED_PRONOUNS,
    THERE_ADVERBS,
    etre_avoir_adverb,
    fixed_word,
    funny,
    interjection,
    negation_pronoun,
    pronoun,
    subject_reading,
)
from reader.core.analysis.corrections.closed_class import FORMS as CLOSED_CLASS_FORMS
from reader.core.analysis.corrections.names import ARTICLE_NAME, ARTICLE_NAMES, article_name
from reader.core.analysis.corrections.rule_switches import is_enabled, register
from reader.core.analysis.corrections.tag_changes import (
    Fields,
    Lexique,
    Relemmatise,
    Verbs,
    make_verb,
    participle_morph,
    to_agreeing_verb,
    to_finite_verb,
    to_gerund,
    to_imperative,
    to_noun,
    to_object_pronoun,
    to_participle,
    to_participle_noun,
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
    TAIRE_PARTICIPLES,
    adjective_before_noun,
    after_clitic,
    after_en,
    after_ne,
    after_noun_determiner,
    after_object,
    after_subject,
    after_subject_ne,
    article_noun,
    bare_participle_adjective,
    before_subject_clitic,
    conjugated_with_auxiliary,
    coordinated_adjective,
    copula_participle,
    etre_participle,
    fils_of_thread,
    heading_noun,
    imperative_start,
    incise,
    issu_de,
    literary_form,
    negation_after_verb,
    nominal_adjective,
    nominal_after_ne,
    nominal_participle,
    noun_after_adjective,
    participle_after_adverbs,
    participle_with_auxiliary,
    standing_adjective,
    trait_noun,
    tu_reading,
    verb_of_verbless,
)

INVERSION = register("inversion", "a word before -il, -t-il, -moi is a verb")
CLITIC = register("clitic-verb", "a word right after se, me, te is a verb: on se mouche")
GERUND = register("gerund", "en + -ant is a gérondif: en grandissant")
AUXILIARY = register("auxiliary-noun", "a conjugated form takes no auxiliary: avait envie")
PARTICIPLE = register(
    "auxiliary-participle", "a participle with an auxiliary is a verb: se sont félicités"
)
NEGATION = register("negation-word", "pas, point, guère, jamais right after ne: ne point")
PARTICIPLE_CLAUSE = register(
    "participle-clause", "an object pronoun + a form in -ant that is only a verb's: le regardant"
)
INTERJECTION = register("imperative-start", "an imperative alone at a sentence start: Tiens,")
INCISE = register("incise", "the verb of an incise: », note le communiqué")
SUBJECT = register("subject-clitic", "a finite form right after il, je, on is a verb: il entre")
SUBJECT_PROPN = register("subject-name", "a lower-case 'name' right after il, je is a verb: il lit")
SUBJECT_NE = register(
    "subject-ne", "a finite form after je ne, je le, il ne lui is a verb: je ne pus, je le compris"
)
DETERMINED = register("determiner-noun", "a verb form right after sa, une, cette is a noun")
NEGATION_AFTER_VERB = register("negation-after-verb", "ne faut point: the partner after the verb")
HEADING = register(
    "heading-noun", "a subjectless 'verb' opening a heading before de is a noun: annonce de"
)
LITERARY = register(
    "literary-tense", "passé simple and imperfect subjunctive plurals: ricanèrent, accourûmes"
)
VERBLESS = register(
    "verbless-sentence", "the verb of a sentence the tagger left without one: la commune compte"
)
ETRE_VERB = register("être-participle", "est mort, est entré: mourir, entrer after être")
CLITIC_VERBLESS = register(
    "clitic-verbless", "a verbless sentence's verb after an object pronoun: Bergman le visite"
)
ARTICLE_PRONOUN = register(
    "article-pronoun", "le, la, les between a subject clitic and its verb: il la ferme"
)
ISSU = register("issu-de", "issue before de is the adjective issu: issue d'une famille")
NOMINAL_ADJECTIVE = register(
    "nominal-adjective", "an adjective after une, des with no noun is the noun: une seconde"
)
COPULA_PARTICIPLE = register(
    "copula-participle", "elle est surprise, elle parut surprise: surprendre, not the noun"
)
NE_VERB = register("ne-verb", "a 'noun' or 'adjective' right after ne is a verb: ne dure que")
ADVERBS_PARTICIPLE = register(
    "adverbs-participle", "a participle after avoir or a reflexive être and adverbs: j'ai trop bu"
)
COORDINATED_ADJECTIVE = register(
    "coordinated-adjective", "a 'verb' after a noun, before et + adjective: un bruit subit et"
)
ARTICLE_NOUN = register(
    "article-noun", "an 'adjective' after le, un with no noun after it: le particulier qui"
)
STANDING_ADJECTIVE = register(
    "standing-adjective", "a 'verb' qualifying the noun before, an adjective: une masse informe"
)
NOMINAL_PARTICIPLE = register(
    "nominal-participle", "a participle in a noun's place is the noun: Dupont, correspondant local"
)
TRAIT = register("avoir-trait", "avoir trait à: the noun trait, not traire")
BARE_PARTICIPLE = register(
    "bare-participle", "a bare present participle after its noun: un regard perçant"
)
SUBJECT_TU = register("tu-taire", "tu is the subject pronoun, but taire after an auxiliary: Tu es")
PRENOMINAL = register(
    "prenominal-adjective", "le brave homme: brave, pauvre before a noun are adjectives"
)
PRENOMINAL_NOUN = register(
    "noun-after-adjective", "ce pauvre garçon: a noun-only word after det + adjective is a noun"
)
THREAD = register("fils-de-fer", "fils before de fer, électriques: fil (wire), not fils (son)")
INTERJECTION_WORD = register("interjection", "oh, ah, bah, hélas are interjections: Oh ! Bah,")
PRONOUN_WORD = register("pronoun-word", "moi, soi, te tagged an adverb, noun: Moi, je; je te le")
NEGATION_PRONOUN = register("rien-personne", "rien, personne of a negation are pronouns")
SUBJECT_PERSON = register("subject-person", "a verb has its subject clitic's person: tu sais")
FIXED_WORD = register("fixed-word", "voilà, voici, là-bas, là-haut: never adjectives or nouns")
AUXILIARY_ADVERB = register("auxiliary-adverb", "a form of être, avoir tagged an adverb: tu es")
RULES = (
    *(INVERSION, CLITIC, GERUND, AUXILIARY, PARTICIPLE, NEGATION, PARTICIPLE_CLAUSE),
    *(INTERJECTION, INCISE, SUBJECT, SUBJECT_PROPN, SUBJECT_NE, DETERMINED),
    *(NEGATION_AFTER_VERB, HEADING, LITERARY, VERBLESS, ETRE_VERB, CLITIC_VERBLESS),
    ARTICLE_PRONOUN,
    ARTICLE_NAME,
    ISSU,
    NOMINAL_ADJECTIVE,
    COPULA_PARTICIPLE,
    NE_VERB,
    ADVERBS_PARTICIPLE,
    COORDINATED_ADJECTIVE,
    ARTICLE_NOUN,
    STANDING_ADJECTIVE,
    NOMINAL_PARTICIPLE,
    TRAIT,
    BARE_PARTICIPLE,
    THREAD,
    SUBJECT_TU,
    PRENOMINAL,
    PRENOMINAL_NOUN,
    INTERJECTION_WORD,
    PRONOUN_WORD,
    NEGATION_PRONOUN,
    AUXILIARY_ADVERB,
    FIXED_WORD,
    SUBJECT_PERSON,
)


def retag(fields: Fields, lexique: Lexique, relemmatise: Relemmatise) -> None:
    """Correct the fields of one doc's tokens in place (pos, lemma, morph)."""
    verbs = Verbs(lexique, relemmatise)
    # The switches, read once per doc rather than once per rule and token (issue 14).
    on = {name: is_enabled(name) for name in RULES}
    rules_for = _dispatch(frozenset(name for name, enabled in on.items() if not enabled))
    doc = _Doc(fields, verbs, on)
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
CLITIC_BEFORE = frozenset({"ne", "n'", *OBJECTS, *ARTICLES, *SUBJECT_CLITICS})
# What stands between a subject clitic and its verb: ne and object pronouns.
BETWEEN = frozenset({"ne", "n'", *OBJECTS, *ARTICLES})
Values = dict[str, Any]
AGREEMENT = ("Gender", "Number")  # an adjective's features, its noun's


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
    if after is not None and after["text"].startswith("-"):
        return True  # dit-il
    return before is not None and before["text"].lower().replace("’", "'") in CLITIC_BEFORE


def _article_before_verb(fields: Fields, index: int) -> bool:
    """il la regarde, je ne les vois: le, la, les tagged as an article between a subject
    clitic (and ne) and a finite verb."""
    values = fields[index]
    after = index + 1
    if values["pos"] != "DET" or values["text"].lower() not in ARTICLES or after >= len(fields):
        return False
    if index == 0:
        return False  # no clitic before the first word (fields[-1] is the doc's last)
    verb = fields[after]
    if verb["pos"] not in ("VERB", "AUX") or verb["morph"].get("VerbForm") != "Fin":
        return False
    before = index - 1
    while before > 0 and fields[before]["text"].lower().replace("’", "'") in BETWEEN:
        before -= 1
    clitic = fields[before]["text"].lower().replace("’", "'")
    return before < index and fields[before]["pos"] == "PRON" and clitic in SUBJECT_CLITICS


def _articles_to_pronouns(fields: Fields, index: int) -> None:
    """il la ferme, je ne les vois: the le, la, les the tagger took for articles between a
    subject clitic and its verb are object pronouns."""
    before = index - 1
    while before > 0 and fields[before]["text"].lower().replace("’", "'") in BETWEEN:
        if fields[before]["pos"] == "DET" and fields[before]["text"].lower() in ARTICLES:
            to_object_pronoun(fields[before])
        before -= 1


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


def _subject_person(fields: Fields, index: int, on: dict[str, bool]) -> tuple[str, str] | None:
    """The person and number of the subject clitic the word follows, by one of three rules:
    right after it (il entre; il lit, tagged as a name), or after it and ne (je ne pus)."""
    if on[SUBJECT] and (person := after_subject(fields, index)):
        return person
    values = fields[index]
    if on[SUBJECT_PROPN] and values["pos"] == "PROPN" and values["text"].islower():
        return after_subject(fields, index, any_pos=True)  # plus il lit: no name in lower case
    return after_subject_ne(fields, index) if on[SUBJECT_NE] else None


# The chain. Each rule is tried only on a word its test may fit: the parts of speech the word
# may have when tried (None: any), the lower forms it starts from (empty: any form) and the
# shape it needs (a capital, -ant, a clitic before ...), so a noun tries the noun rules, le
# the article rules (issue 14). A new rule declares its own
# here, next to itself; tests/core/analysis/test_retag_skip.py compares the analysis with
# every rule tried on every word.


class _Doc(NamedTuple):
    """What a rule reads besides the word's index: the doc's fields, the verbs' readings and
    the rule switches."""

    fields: Fields
    verbs: Verbs
    on: dict[str, bool]


class Rule(NamedTuple):
    switch: str | None  # None: the rule reads its own switches
    fire: Callable[[_Doc, int], bool]  # changes the word and says so, or says it does not fit
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


def _take(values: Values, reading: tuple[str, str, dict[str, str]] | None) -> bool:
    if reading is None:
        return False
    values.update(pos=reading[0], lemma=reading[1], morph=reading[2])
    return True


def _neighbours(fields: Fields, index: int) -> tuple[Values | None, Values | None]:
    before = fields[index - 1] if index else None
    return before, fields[index + 1] if index + 1 < len(fields) else None


def _tu(doc: _Doc, index: int) -> bool:
    return _take(doc.fields[index], tu_reading(doc.fields, index))


def _interjection(doc: _Doc, index: int) -> bool:
    return _take(doc.fields[index], interjection(doc.fields, index))


def _pronoun(doc: _Doc, index: int) -> bool:
    return _take(doc.fields[index], pronoun(doc.fields, index))


def _fixed_word(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    return _take(values, fixed_word(values) or funny(doc.fields, index))


def _negation_pronoun(doc: _Doc, index: int) -> bool:
    return _take(doc.fields[index], negation_pronoun(doc.fields, index))


def _auxiliary_adverb(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not etre_avoir_adverb(values):
        return False
    make_verb(values, values["lemma"], "Fin")
    return True


def _article_name(doc: _Doc, index: int) -> bool:
    if not article_name(doc.fields, index):
        return False
    values = doc.fields[index]
    values.update(pos="PROPN", lemma=values["text"])
    return True


def _issu(doc: _Doc, index: int) -> bool:
    if not (number := issu_de(doc.fields, index)):
        return False
    morph = {"Gender": "Fem", "Number": number}
    doc.fields[index].update(pos="ADJ", lemma="issu", morph=morph)
    return True


def _trait(doc: _Doc, index: int) -> bool:
    if not trait_noun(doc.fields, index):
        return False
    morph = {"Gender": "Masc", "Number": "Sing"}
    doc.fields[index].update(pos="NOUN", lemma="trait", morph=morph)
    return True


def _nominal_adjective(doc: _Doc, index: int) -> bool:
    if not (noun := nominal_adjective(doc.fields, index, doc.verbs)):
        return False
    values = doc.fields[index]
    kept = {k: v for k, v in values["morph"].items() if k in ("Gender", "Number")}
    values.update(pos="NOUN", lemma=noun, morph=kept)
    return True


def _inversion(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not before_subject_clitic(values, _neighbours(doc.fields, index)[1]):
        return False
    make_verb(values, doc.verbs.relemmatise(values["_spacy"].text.lower(), "VERB"), "Fin")
    return True


def _gerund_after_en(doc: _Doc, index: int) -> bool:
    if not after_en(doc.fields, index):
        return False
    to_gerund(doc.fields[index], doc.verbs)
    return True


def _gerund_after_object(doc: _Doc, index: int) -> bool:
    if not after_object(doc.fields, index, doc.verbs):
        return False
    to_gerund(doc.fields[index], doc.verbs)
    return True


def _after_clitic(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not after_clitic(values, _neighbours(doc.fields, index)[0]):
        return False
    to_finite_verb(values, doc.verbs)
    return True


def _auxiliary(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not conjugated_with_auxiliary(values, doc.verbs):
        return False
    to_noun(values, doc.verbs)
    return True


def _participle(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not participle_with_auxiliary(values):
        return False
    to_participle(values, doc.verbs)
    return True


def _copula_participle(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not copula_participle(values, doc.verbs):
        return False
    to_participle(values, doc.verbs)
    return True


def _adverbs_participle(doc: _Doc, index: int) -> bool:
    if not participle_after_adverbs(doc.fields, index, doc.verbs):
        return False
    to_participle(doc.fields[index], doc.verbs)
    return True


def _negation(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not after_ne(values, _neighbours(doc.fields, index)[0]):
        return False
    lower = values["text"].lower()
    values["pos"] = "PRON" if lower in NEGATION_PRONOUNS else "ADV"
    values["lemma"] = lower
    values["morph"] = {"Polarity": "Neg"} if values["pos"] == "ADV" else {}
    return True


def _imperative(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not imperative_start(values, *_neighbours(doc.fields, index), doc.verbs):
        return False
    to_imperative(values, doc.verbs)
    return True


def _incise(doc: _Doc, index: int) -> bool:
    if not incise(doc.fields, index, doc.verbs):
        return False
    to_finite_verb(doc.fields[index], doc.verbs)
    return True


def _subject(doc: _Doc, index: int) -> bool:
    if not (person := _subject_person(doc.fields, index, doc.on)):
        return False
    values = doc.fields[index]
    to_agreeing_verb(values, doc.verbs, person)
    if values["pos"] == "VERB" and doc.on[ARTICLE_PRONOUN]:
        _articles_to_pronouns(doc.fields, index)
    return True


def _article_pronoun(doc: _Doc, index: int) -> bool:
    if not _article_before_verb(doc.fields, index):
        return False
    to_object_pronoun(doc.fields[index])
    return True


def _ne_verb(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not nominal_after_ne(values, _neighbours(doc.fields, index)[0]):
        return False
    to_finite_verb(values, doc.verbs)
    return True


def _determined(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not after_noun_determiner(values, _neighbours(doc.fields, index)[0], doc.verbs):
        return False
    to_noun(values, doc.verbs)
    return True


def _negation_after_verb(doc: _Doc, index: int) -> bool:
    if not negation_after_verb(doc.fields, index):
        return False
    values = doc.fields[index]
    values.update(lemma=values["text"].lower(), pos="ADV", morph={"Polarity": "Neg"})
    return True


def _etre_verb(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not (verb := etre_participle(values, doc.verbs)):
        return False
    values.update(lemma=verb, pos="VERB", morph=participle_morph(values, verb))
    return True


def _heading(doc: _Doc, index: int) -> bool:
    if not (noun := heading_noun(doc.fields, index, doc.verbs)):
        return False
    doc.fields[index].update(lemma=noun, pos="NOUN", morph={"Number": "Sing"})
    return True


def _literary(doc: _Doc, index: int) -> bool:
    values = doc.fields[index]
    if not literary_form(values, doc.verbs):
        return False
    to_finite_verb(values, doc.verbs)
    return True


def _verbless(doc: _Doc, index: int) -> bool:
    if not (reading := verb_of_verbless(doc.fields, index, doc.verbs)):
        return False
    doc.fields[index].update(pos="VERB", lemma=reading[0], morph=reading[1])
    return True


def _clitic_verbless(doc: _Doc, index: int) -> bool:
    if not (reading := verb_of_verbless(doc.fields, index, doc.verbs, clitic=True)):
        return False
    doc.fields[index].update(pos="VERB", lemma=reading[0], morph=reading[1])
    to_object_pronoun(doc.fields[index - 1])
    return True


def _agreeing_adjective(doc: _Doc, index: int, adjective: str) -> bool:
    """The word is the adjective, agreeing with the noun before it."""
    if not adjective:
        return False
    fields = doc.fields
    agreeing = {k: v for k, v in fields[index - 1]["morph"].items() if k in AGREEMENT}
    fields[index].update(pos="ADJ", lemma=adjective, morph=agreeing)
    return True


def _own_features(doc: _Doc, index: int, pos: str, lemma: str) -> bool:
    """The word is the lemma in that part of speech, keeping its gender and number."""
    if not lemma:
        return False
    values = doc.fields[index]
    kept = {k: v for k, v in values["morph"].items() if k in AGREEMENT}
    values.update(pos=pos, lemma=lemma, morph=kept)
    return True


def _coordinated(doc: _Doc, index: int) -> bool:
    return _agreeing_adjective(doc, index, coordinated_adjective(doc.fields, index, doc.verbs))


def _article_noun(doc: _Doc, index: int) -> bool:
    return _own_features(doc, index, "NOUN", article_noun(doc.fields, index, doc.verbs))


def _standing(doc: _Doc, index: int) -> bool:
    return _agreeing_adjective(doc, index, standing_adjective(doc.fields, index, doc.verbs))


def _nominal_participle(doc: _Doc, index: int) -> bool:
    if not (noun := nominal_participle(doc.fields, index, doc.verbs)):
        return False
    to_participle_noun(doc.fields[index], noun, doc.verbs)
    return True


def _bare_participle(doc: _Doc, index: int) -> bool:
    adjective = bare_participle_adjective(doc.fields, index, doc.verbs)
    return _agreeing_adjective(doc, index, adjective)


def _thread(doc: _Doc, index: int) -> bool:
    if not fils_of_thread(doc.fields, index):
        return False
    doc.fields[index].update(lemma="fil", morph={"Gender": "Masc", "Number": "Plur"})
    return True


def _prenominal(doc: _Doc, index: int) -> bool:
    return _own_features(doc, index, "ADJ", adjective_before_noun(doc.fields, index, doc.verbs))


def _prenominal_noun(doc: _Doc, index: int) -> bool:
    return _own_features(doc, index, "NOUN", noun_after_adjective(doc.fields, index, doc.verbs))


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
    Rule(SUBJECT_TU, _tu, None, _words(TAIRE_PARTICIPLES)),
    Rule(INTERJECTION_WORD, _interjection, None, _words(INTERJECTIONS, STANDALONE_INTERJECTIONS)),
    Rule(PRONOUN_WORD, _pronoun, CONTENT_POS, _words(STRESSED_PRONOUNS, OBJECT_CLITICS)),
    Rule(
        FIXED_WORD,
        _fixed_word,
        None,
        _words(PRESENTATIVES, THERE_ADVERBS, ("debout", "drôle")),
    ),
    Rule(NEGATION_PRONOUN, _negation_pronoun, CONTENT_POS, _words(NEGATION_WORDS)),
    Rule(AUXILIARY_ADVERB, _auxiliary_adverb, frozenset({"ADV"})),  # its lemma: être, avoir
    Rule(ARTICLE_NAME, _article_name, frozenset({"NOUN", "PROPN"}), _words(ARTICLE_NAMES)),
    Rule(ISSU, _issu, NOUN, _words(ISSU_FORMS)),
    Rule(TRAIT, _trait, frozenset({"VERB", "AUX"}), _words(("trait",))),
    Rule(NOMINAL_ADJECTIVE, _nominal_adjective, ADJ),
    Rule(INVERSION, _inversion, shape=HYPHEN_AFTER),
    Rule(GERUND, _gerund_after_en, shape=ANT),
    Rule(PARTICIPLE_CLAUSE, _gerund_after_object, shape=ANT),
    Rule(CLITIC, _after_clitic, NOMINAL, shape=AFTER_CLITIC),
    Rule(AUXILIARY, _auxiliary, VERB),
    Rule(PARTICIPLE, _participle, NOUN_OR_ADJ),
    Rule(COPULA_PARTICIPLE, _copula_participle, NOUN),
    Rule(ADVERBS_PARTICIPLE, _adverbs_participle, NOUN_OR_ADJ),
    Rule(NEGATION, _negation, None, _words(NEGATION_ADVERBS, NEGATION_PRONOUNS), AFTER_CLITIC),
    Rule(INTERJECTION, _imperative, shape=CAPITAL),
    Rule(INCISE, _incise, NOUN),
    # il entre (a noun, adjective, preposition), il lit (a lower-case name), je ne pus (any
    # word but a verb, pronoun or determiner)
    Rule(None, _subject, UD_POS - {"VERB", "AUX", "PRON", "DET"}, shape=AFTER_CLITIC),
    Rule(ARTICLE_PRONOUN, _article_pronoun, frozenset({"DET"}), _words(ARTICLES), AFTER_CLITIC),
    Rule(NE_VERB, _ne_verb, NOMINAL, shape=AFTER_CLITIC),
    Rule(DETERMINED, _determined, VERB),
    Rule(NEGATION_AFTER_VERB, _negation_after_verb, None, _words(NEGATION_ADVERBS)),
    Rule(ETRE_VERB, _etre_verb, ADJ),
    Rule(HEADING, _heading, VERB),
    Rule(LITERARY, _literary, shape=LITERARY_FORM),
    Rule(VERBLESS, _verbless, NOUN),
    Rule(CLITIC_VERBLESS, _clitic_verbless, NOUN, shape=AFTER_CLITIC),
    Rule(COORDINATED_ADJECTIVE, _coordinated, VERB),
    Rule(ARTICLE_NOUN, _article_noun, ADJ),
    Rule(STANDING_ADJECTIVE, _standing, VERB),
    Rule(NOMINAL_PARTICIPLE, _nominal_participle, VERB),
    Rule(BARE_PARTICIPLE, _bare_participle, VERB),
    Rule(THREAD, _thread, NOUN, _words(("fils",))),
    Rule(PRENOMINAL, _prenominal, NOUN),
    Rule(PRENOMINAL_NOUN, _prenominal_noun, ADJ),
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
