"""The contexts in which the retagging rules are sure of a word's part of speech: its
neighbours (a hyphenated subject after it, a clitic, ne, a determiner or a subject clitic
before it), its place in the parse (an auxiliary or copula among its children) or in its
clause (a heading, an incise, a clause with no finite verb). Each test only reads the fields.

One module per family: clitics.py (the little words before a verb: clitics, en, subject
clitics, ne), participles.py (an auxiliary or a copula before the word), clauses.py (the
word's place in its sentence or clause), adjectives.py (a noun against an adjective),
nominal_participles.py (a participle used as a noun or an adjective), single_words.py (one
word each: issue, tu, trait, vers, fils); words.py holds the word classes they share. The
names below are the ones the retagging chain and the other corrections import."""

from __future__ import annotations

from reader.core.analysis.corrections.tag_contexts.adjectives import (
    PRENOMINAL,
    adjective_before_noun,
    after_noun_determiner,
    article_noun,
    coordinated_adjective,
    indefinite_adjective,
    nominal_adjective,
    noun_after_adjective,
    second_coordinated_adjective,
    standing_adjective,
    swapped_adjective,
)
from reader.core.analysis.corrections.tag_contexts.clauses import (
    LITERARY_ENDINGS,
    TACHER_FORMS,
    heading_noun,
    imperative_start,
    incise,
    literary_form,
    tacher_imperative,
    verb_of_verbless,
)
from reader.core.analysis.corrections.tag_contexts.clitics import (
    NEGATION_PRONOUNS,
    NOMINAL,
    after_clitic,
    after_en,
    after_ne,
    after_object,
    after_subject,
    after_subject_ne,
    before_subject_clitic,
    en_clitic,
    negation_after_verb,
    nominal_after_ne,
)
from reader.core.analysis.corrections.tag_contexts.nominal_participles import (
    bare_participle_adjective,
    nominal_participle,
)
from reader.core.analysis.corrections.tag_contexts.participles import (
    after_avoir,
    conjugated_with_auxiliary,
    copula_participle,
    etre_participle,
    participle_after_adverbs,
    participle_with_auxiliary,
)
from reader.core.analysis.corrections.tag_contexts.single_words import (
    ISSU_FORMS,
    TAIRE_PARTICIPLES,
    fils_of_thread,
    issu_de,
    trait_noun,
    tu_reading,
    verse_noun,
)
from reader.core.analysis.corrections.tag_contexts.words import (
    ARTICLES,
    NEGATION_ADVERBS,
    OBJECTS,
    SUBJECT_CLITICS,
)

__all__ = [
    "ARTICLES",
    "ISSU_FORMS",
    "LITERARY_ENDINGS",
    "NEGATION_ADVERBS",
    "NEGATION_PRONOUNS",
    "NOMINAL",
    "OBJECTS",
    "PRENOMINAL",
    "SUBJECT_CLITICS",
    "TACHER_FORMS",
    "TAIRE_PARTICIPLES",
    "adjective_before_noun",
    "after_avoir",
    "after_clitic",
    "after_en",
    "after_ne",
    "after_noun_determiner",
    "after_object",
    "after_subject",
    "after_subject_ne",
    "article_noun",
    "bare_participle_adjective",
    "before_subject_clitic",
    "conjugated_with_auxiliary",
    "coordinated_adjective",
    "copula_participle",
    "en_clitic",
    "etre_participle",
    "fils_of_thread",
    "heading_noun",
    "imperative_start",
    "incise",
    "indefinite_adjective",
    "issu_de",
    "literary_form",
    "negation_after_verb",
    "nominal_adjective",
    "nominal_after_ne",
    "nominal_participle",
    "noun_after_adjective",
    "participle_after_adverbs",
    "participle_with_auxiliary",
    "second_coordinated_adjective",
    "standing_adjective",
    "swapped_adjective",
    "tacher_imperative",
    "trait_noun",
    "tu_reading",
    "verb_of_verbless",
    "verse_noun",
]
