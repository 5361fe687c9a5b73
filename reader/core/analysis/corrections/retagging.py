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

This module owns the rules' switches and the order they are tried in (retag); the contexts
they test are in tag_contexts, the changes they make in tag_changes.
"""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.closed_class import (
    FORMS as CLOSED_CLASS_FORMS,
)
from reader.core.analysis.corrections.closed_class import (
    etre_avoir_adverb,
    fixed_word,
    funny,
    interjection,
    negation_pronoun,
    pronoun,
    subject_reading,
)
from reader.core.analysis.corrections.names import ARTICLE_NAME, article_name
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
    LITERARY_ENDINGS,
    NEGATION_ADVERBS,
    NEGATION_PRONOUNS,
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
    for index, values in enumerate(fields):
        before = fields[index - 1] if index else None
        after = fields[index + 1] if index + 1 < len(fields) else None
        if not _may_change(values, before, after):
            continue
        if on[SUBJECT_TU] and (tu := tu_reading(fields, index)):
            values.update(pos=tu[0], lemma=tu[1], morph=tu[2])
        elif closed := _closed_class(fields, index, on):
            values.update(pos=closed[0], lemma=closed[1], morph=closed[2])
        elif on[AUXILIARY_ADVERB] and etre_avoir_adverb(values):
            make_verb(values, values["lemma"], "Fin")
        elif on[ARTICLE_NAME] and article_name(fields, index):
            values.update(pos="PROPN", lemma=values["text"])
        elif on[ISSU] and (number := issu_de(fields, index)):
            values.update(pos="ADJ", lemma="issu", morph={"Gender": "Fem", "Number": number})
        elif on[TRAIT] and trait_noun(fields, index):
            values.update(pos="NOUN", lemma="trait", morph={"Gender": "Masc", "Number": "Sing"})
        elif on[NOMINAL_ADJECTIVE] and (noun := nominal_adjective(fields, index, verbs)):
            kept = {k: v for k, v in values["morph"].items() if k in ("Gender", "Number")}
            values.update(pos="NOUN", lemma=noun, morph=kept)
        elif on[INVERSION] and before_subject_clitic(values, after):
            make_verb(values, relemmatise(values["_spacy"].text.lower(), "VERB"), "Fin")
        elif _gerund(fields, index, verbs, on):
            to_gerund(values, verbs)
        elif on[CLITIC] and after_clitic(values, before):
            to_finite_verb(values, verbs)
        elif on[AUXILIARY] and conjugated_with_auxiliary(values, verbs):
            to_noun(values, verbs)
        elif (
            (on[PARTICIPLE] and participle_with_auxiliary(values))
            or (on[COPULA_PARTICIPLE] and copula_participle(values, verbs))
            or (on[ADVERBS_PARTICIPLE] and participle_after_adverbs(fields, index, verbs))
        ):
            to_participle(values, verbs)
        elif on[NEGATION] and after_ne(values, before):
            lower = values["text"].lower()
            values["pos"] = "PRON" if lower in NEGATION_PRONOUNS else "ADV"
            values["lemma"] = lower
            values["morph"] = {"Polarity": "Neg"} if values["pos"] == "ADV" else {}
        elif on[INTERJECTION] and imperative_start(values, before, after, verbs):
            to_imperative(values, verbs)
        elif on[INCISE] and incise(fields, index, verbs):
            to_finite_verb(values, verbs)
        elif person := _subject_person(fields, index, on):
            to_agreeing_verb(values, verbs, person)
            if values["pos"] == "VERB" and on[ARTICLE_PRONOUN]:
                _articles_to_pronouns(fields, index)
        elif on[ARTICLE_PRONOUN] and _article_before_verb(fields, index):
            to_object_pronoun(values)
        elif on[NE_VERB] and nominal_after_ne(values, before):
            to_finite_verb(values, verbs)
        elif on[DETERMINED] and after_noun_determiner(values, before, verbs):
            to_noun(values, verbs)
        elif on[NEGATION_AFTER_VERB] and negation_after_verb(fields, index):
            values.update(lemma=values["text"].lower(), pos="ADV", morph={"Polarity": "Neg"})
        elif on[ETRE_VERB] and (verb := etre_participle(values, verbs)):
            values.update(lemma=verb, pos="VERB", morph=participle_morph(values, verb))
        elif on[HEADING] and (noun := heading_noun(fields, index, verbs)):
            values.update(lemma=noun, pos="NOUN", morph={"Number": "Sing"})
        elif on[LITERARY] and literary_form(values, verbs):
            to_finite_verb(values, verbs)
        elif on[VERBLESS] and (reading := verb_of_verbless(fields, index, verbs)):
            values.update(pos="VERB", lemma=reading[0], morph=reading[1])
        elif on[CLITIC_VERBLESS] and (
            reading := verb_of_verbless(fields, index, verbs, clitic=True)
        ):
            values.update(pos="VERB", lemma=reading[0], morph=reading[1])
            to_object_pronoun(fields[index - 1])
        elif on[COORDINATED_ADJECTIVE] and (
            adjective := coordinated_adjective(fields, index, verbs)
        ):
            agreeing = {k: v for k, v in fields[index - 1]["morph"].items() if k in AGREEMENT}
            values.update(pos="ADJ", lemma=adjective, morph=agreeing)
        elif on[ARTICLE_NOUN] and (noun := article_noun(fields, index, verbs)):
            kept = {k: v for k, v in values["morph"].items() if k in AGREEMENT}
            values.update(pos="NOUN", lemma=noun, morph=kept)
        elif on[STANDING_ADJECTIVE] and (adjective := standing_adjective(fields, index, verbs)):
            agreeing = {k: v for k, v in fields[index - 1]["morph"].items() if k in AGREEMENT}
            values.update(pos="ADJ", lemma=adjective, morph=agreeing)
        elif on[NOMINAL_PARTICIPLE] and (noun := nominal_participle(fields, index, verbs)):
            to_participle_noun(values, noun, verbs)
        elif on[BARE_PARTICIPLE] and (adjective := bare_participle_adjective(fields, index, verbs)):
            agreeing = {k: v for k, v in fields[index - 1]["morph"].items() if k in AGREEMENT}
            values.update(pos="ADJ", lemma=adjective, morph=agreeing)
        elif on[THREAD] and fils_of_thread(fields, index):
            values.update(lemma="fil", morph={"Gender": "Masc", "Number": "Plur"})
        elif on[PRENOMINAL] and (adjective := adjective_before_noun(fields, index, verbs)):
            kept = {k: v for k, v in values["morph"].items() if k in AGREEMENT}
            values.update(pos="ADJ", lemma=adjective, morph=kept)
        elif on[PRENOMINAL_NOUN] and (noun := noun_after_adjective(fields, index, verbs)):
            kept = {k: v for k, v in values["morph"].items() if k in AGREEMENT}
            values.update(pos="NOUN", lemma=noun, morph=kept)
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


def _closed_class(
    fields: Fields, index: int, on: dict[str, bool]
) -> tuple[str, str, dict[str, str]] | None:
    """An interjection, pronoun or negation pronoun the tagger read as a content word."""
    if on[INTERJECTION_WORD] and (reading := interjection(fields, index)):
        return reading
    if on[PRONOUN_WORD] and (reading := pronoun(fields, index)):
        return reading
    if on[FIXED_WORD] and (reading := fixed_word(fields[index]) or funny(fields, index)):
        return reading
    return negation_pronoun(fields, index) if on[NEGATION_PRONOUN] else None


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


def _gerund(fields: Fields, index: int, verbs: Verbs, on: dict[str, bool]) -> bool:
    """A present participle by one of two rules: after en, or right after its object."""
    return (on[GERUND] and after_en(fields, index)) or (
        on[PARTICIPLE_CLAUSE] and after_object(fields, index, verbs)
    )


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
