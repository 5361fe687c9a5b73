"""The closed word classes the lemma rules know by heart: elided forms, personal, possessive,
demonstrative, emphatic and indefinite pronouns and determiners, titles written short, words
whose lemma or part of speech is fixed, and the infinitive endings. Plain data: the rules that
use them are in lemmas."""

from __future__ import annotations

ELIDED = {
    "l'": "le",
    "d'": "de",
    "qu'": "que",
    "j'": "je",
    "n'": "ne",
    "s'": "se",
    "c'": "ce",
    "m'": "me",
    "t'": "te",
    "jusqu'": "jusque",
    "lorsqu'": "lorsque",
    "puisqu'": "puisque",
    "quoiqu'": "quoique",
    "presqu'": "presque",
}

PERSONAL_PRONOUNS = frozenset(
    "je me moi tu te toi il elle lui le la les leur eux nous vous ils elles se soi y en on".split()
)

# Titles written short, spelled exactly so (Me is maître only as a title: "me" is a pronoun).
ABBREVIATIONS = {
    "M.": "monsieur",
    "MM.": "messieurs",
    "Mme": "madame",
    "Mmes": "mesdames",
    "Mlle": "mademoiselle",
    "Mlles": "mesdemoiselles",
    "Dr": "docteur",
    "Dr.": "docteur",
    "Pr": "professeur",
    "Me": "maître",
    "St": "saint",
    "St.": "saint",
    "Ste": "sainte",
    "etc.": "et cetera",
    "cf.": "confer",
    "av.": "avenue",
    "bd": "boulevard",
}
TITLE_POS = frozenset({"NOUN", "PROPN", "X"})
OBJECT_PRONOUNS = frozenset("me te se moi toi nous vous".split())

# The model gives leur -> son; a possessive's lemma is its masculine singular.
POSSESSIVES = {
    form: lemma
    for lemma, forms in {
        "mon": "mon ma mes",
        "ton": "ton ta tes",
        "son": "son sa ses",
        "notre": "notre nos",
        "votre": "votre vos",
        "leur": "leur leurs",
    }.items()
    for form in forms.split()
}

# Possessive pronouns (la sienne, les miennes), which the tagger often calls nouns; not tien,
# whose forms are tenir's (tiens, tienne).
POSSESSIVE_PRONOUNS = {
    form: lemma
    for lemma in ("mien", "sien")
    for form in (lemma, lemma + "s", lemma + "ne", lemma + "nes")
}

# Demonstrative pronouns with -ci, -là (ceux-ci -> ceu, Celle-ci kept as written) and the
# stressed pronouns with -même (elles-mêmes -> elles-même): their lemma is fixed.
DEMONSTRATIVE_PRONOUNS = {
    f"{form}-{place}": f"celui-{place}"
    for form in ("celui", "celle", "ceux", "celles")
    for place in ("ci", "là")
}
EMPHATIC_PRONOUNS = {
    **{f"{pronoun}-même": f"{pronoun}-même" for pronoun in "moi toi soi lui nous vous".split()},
    **{f"{pronoun}-mêmes": f"{pronoun}-mêmes" for pronoun in "nous vous eux".split()},
    "elle-même": "lui-même",  # the masculine, as for celle-ci -> celui-ci
    "elles-mêmes": "eux-mêmes",
}

# Words the model sometimes lemmatises to another word, the relative pronouns it mangles
# (desquels -> desquel) and the possessive pronouns (sienne): their lemma is fixed.
FIXED_LEMMAS = {
    "aujourd'hui": "aujourd'hui",
    "c'est-à-dire": "c'est-à-dire",
    "peut-être": "peut-être",
    "quelqu'un": "quelqu'un",
    "quelqu'une": "quelqu'un",
    "rendez-vous": "rendez-vous",
    "voire": "voire",  # not voir: no form of it
    "-t-il": "il",
    "-t-elle": "elle",
    "-t-on": "on",
    "-t-ils": "ils",
    "-t-elles": "elles",
    "-t'en": "te",
    "-ce": "ce",  # est-ce, qu'est-ce
    **dict.fromkeys(
        "lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels "
        "desquelles".split(),
        "lequel",
    ),
    **POSSESSIVE_PRONOUNS,
    **DEMONSTRATIVE_PRONOUNS,
    **EMPHATIC_PRONOUNS,
}

# Indefinite and interrogative determiners and pronouns: their lemma is the masculine singular
# (the model gives nulle -> nulle as a pronoun at a sentence start, Quelle -> quell, toutes ->
# touter as an adjective).
INDEFINITES = {
    form: lemma
    for lemma, forms in {
        "nul": "nul nulle nuls nulles",
        "aucun": "aucun aucune aucuns aucunes",
        "chacun": "chacun chacune",
        "certain": "certain certaine certains certaines",
        "tel": "tel telle tels telles",
        "tout": "tout toute tous toutes",
        "quel": "quel quelle quels quelles",
    }.items()
    for form in forms.split()
}

# The model tags these units unreliably once they are one token; their part of speech is fixed.
FIXED_POS = {
    "aujourd'hui": "ADV",
    "c'est-à-dire": "ADV",
    "peut-être": "ADV",
    "quelqu'un": "PRON",
    "quelqu'une": "PRON",
    "rendez-vous": "NOUN",
    "voire": "ADV",
    **dict.fromkeys(POSSESSIVE_PRONOUNS, "PRON"),
    **dict.fromkeys(DEMONSTRATIVE_PRONOUNS, "PRON"),
    **dict.fromkeys(EMPHATIC_PRONOUNS, "PRON"),
}

VERB_ENDINGS = ("er", "ir", "re", "ïr")
FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "SCONJ", "ADV", "CCONJ"})
