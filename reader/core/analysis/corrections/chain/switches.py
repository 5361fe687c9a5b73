"""The retagging rules' switches (scripts/evaluate_ud.py measures each with `--without NAME`)
and their list, in the order retagging's chain tries them."""

from __future__ import annotations

from reader.core.analysis.corrections.names import ARTICLE_NAME, BARE_NAME
from reader.core.analysis.corrections.rule_switches import register

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
NE_VERB = register(
    "ne-verb", "a 'noun' or 'adjective' after ne (and clitics) is a verb: ne dure que, ne la casse"
)
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
VERSE = register("verse-noun", "les quatre premiers vers: after a determiner, the noun (verse)")
INDEFINITE_ADJECTIVE = register(
    "indefinite-adjective", "rien de méchant, quelque chose de bizarre: the adjective, not a noun"
)
EN_CLITIC = register(
    "en-clitic",
    "en right before a conjugated verb or an infinitive is the pronoun: la terre en valait",
)
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
TACHER = register("tacher-imperative", "Et tâche de ne pas dormir: tâcher's imperative, no noun")
INTERJECTION_WORD = register("interjection", "oh, ah, bah, hélas are interjections: Oh ! Bah,")
PRONOUN_WORD = register("pronoun-word", "moi, soi, te tagged an adverb, noun: Moi, je; je te le")
NEGATION_PRONOUN = register("rien-personne", "rien, personne of a negation are pronouns")
SUBJECT_PERSON = register("subject-person", "a verb has its subject clitic's person: tu sais")
FIXED_WORD = register("fixed-word", "voilà, voici, là-bas, envers: never adjectives or nouns")
AUXILIARY_ADVERB = register("auxiliary-adverb", "a form of être, avoir tagged an adverb: tu es")
RULES = (
    *(INVERSION, CLITIC, GERUND, AUXILIARY, PARTICIPLE, NEGATION, PARTICIPLE_CLAUSE),
    *(INTERJECTION, INCISE, SUBJECT, SUBJECT_PROPN, SUBJECT_NE, DETERMINED),
    *(NEGATION_AFTER_VERB, HEADING, LITERARY, VERBLESS, ETRE_VERB, CLITIC_VERBLESS),
    ARTICLE_PRONOUN,
    ARTICLE_NAME,
    BARE_NAME,
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
    VERSE,
    EN_CLITIC,
    INDEFINITE_ADJECTIVE,
    BARE_PARTICIPLE,
    THREAD,
    TACHER,
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
