"""The lemma rules and the lexicon check on the French traps of issue #12, with the real model
and the bundled lexicon: each rule fires only where it is sure."""

from __future__ import annotations

import pytest

from reader.core.analysis.analyser import LemmaSources, analyse
from reader.core.analysis.corrections.lexicon_check import check_lemma
from reader.core.analysis.corrections.model_tables import model_tables
from reader.core.analysis.corrections.rule_switches import rule_names, rules_disabled
from reader.core.analysis.pipeline import load_pipeline
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.models import Token
from tests.core.analysed import analysed, token


def clicked(sentence: str, word: str) -> Token:
    return token(analysed(sentence), word)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # a final -s is no plural where the word is singular or the model kept the form
        ("C'est la première fois que je viens ici.", "fois", "fois"),
        ("Il suit un cours de chimie le matin.", "cours", "cours"),
        ("Son fils est parti hier soir.", "fils", "fils"),
        ("Il s'est cassé un os en tombant.", "os", "os"),
        ("Le 3 mars, la réunion a eu lieu.", "mars", "mars"),
        ("Cela n'a aucun sens pour moi.", "sens", "sens"),
        ("Les deux parties ont convenu de poursuivre.", "parties", "partie"),
        ("Les chevaux courent dans le pré.", "chevaux", "cheval"),
        # titles spelled exactly so, never a pronoun
        ("Il me parle souvent de sa mère.", "me", "me"),
        ("Me voici enfin arrivé.", "Me", "me"),
        ("Me Dupont plaide ce matin au tribunal.", "Me", "maître"),
        # prefixes kept in compounds
        ("Le sous-continent indien est vaste.", "sous-continent", "sous-continent"),
        ("Les sous-officiers sont arrivés au camp.", "sous-officiers", "sous-officier"),
        ("L'ex-chef du parti a parlé.", "ex-chef", "ex-chef"),
        ("Les ex-conseillers ont démissionné.", "ex-conseillers", "ex-conseiller"),
        ("Il dort tout l'après-midi.", "après-midi", "après-midi"),
        # accents restored on capitals, capitalised words given their real lemma
        ("L'Etat doit agir vite.", "Etat", "état"),
        ("Tiens, Forestier, te voilà !", "Tiens", "tenir"),
        ("Nulle part il ne trouva la paix.", "Nulle", "nul"),
        ("« Nulle part, je fais attention. »", "Nulle", "nul"),
        ("Certaines sont restées à la maison.", "Certaines", "certain"),
        # noun or verb, as the sentence says
        ("Il montre sa maison à son ami.", "montre", "montrer"),
        ("Elle regarde sa montre avec inquiétude.", "montre", "montre"),
        ("Il prend une note dans son carnet.", "note", "note"),
        ("Une annonce a été publiée hier.", "annonce", "annonce"),
        ("Il a envie de partir.", "envie", "envie"),
        ("Il entre dans la salle sans frapper.", "entre", "entrer"),
        ("Il demeure à Paris depuis dix ans.", "demeure", "demeurer"),
        ("Ce château date du XIIe siècle.", "date", "dater"),
        ("Il est mort hier soir.", "mort", "mourir"),
        # vit, vis: vivre where nothing seen follows, voir where something is
        ("Il vit à Paris depuis dix ans.", "vit", "vivre"),
        ("Depuis la mort de sa femme, il vit seul.", "vit", "vivre"),
        ("Je vis à Lyon avec ma sœur.", "vis", "vivre"),
        ("La France vit une crise profonde.", "vit", "vivre"),
        ("Il entra dans la chambre. Soudain, il vit la mer.", "vit", "voir"),
        ("Il entra. Le silence de la chambre où l'on vit seul le frappa.", "vit", "vivre"),
        ("Il les vit partir ensemble.", "vit", "voir"),
        ("Il se vit confier le commandement.", "vit", "voir"),
        # plut: pleuvoir only after an impersonal il that pleases no one
        ("Cela lui plut beaucoup.", "plut", "plaire"),
        ("Le livre plut au public.", "plut", "plaire"),
        ("Il plut toute la nuit sur la ville.", "plut", "pleuvoir"),
        # plu: plaire's but after an impersonal il before the auxiliary (the model says
        # pleuvoir for all)
        ("Il comprit qu'il lui avait plu depuis longtemps.", "plu", "plaire"),
        ("Ce film m'a beaucoup plu.", "plu", "plaire"),
        ("Il a plu toute la nuit.", "plu", "pleuvoir"),
        ("Il n'a pas plu depuis un mois.", "plu", "pleuvoir"),
        # été after a determiner, plein or d': the season; after avoir: être's participle
        ("L'été dernier, nous sommes partis.", "été", "été"),
        ("La fermeture tombe en plein été.", "été", "été"),
        ("Les vacances d'été commencent.", "été", "été"),
        ("Il a été malade.", "été", "être"),
        # mangled lemmas
        ("Il aime les plats gras.", "gras", "gras"),
        ("Il boit des jus frais.", "frais", "frais"),
        ("Il partit, quoique malade.", "quoique", "quoique"),
        ("Les amis desquels il parle sont là.", "desquels", "lequel"),
        ("L'air manque dans la pièce.", "manque", "manquer"),  # not "manqu", nor the noun
        ("C'était un soir d'été où l'air manque dans Paris.", "manque", "manquer"),
        ("Il souffre d'un manque de sommeil.", "manque", "manque"),
        # -là, soft hyphens, negation words
        ("Ces imbéciles-là ne comprennent rien.", "imbéciles-là", "imbécile"),
        ("Le pre\u00admier jour fut long.", "pre\u00admier", "premier"),
        ("Personne ne vient ce soir.", "Personne", "personne"),
        ("Aucun passager n'a survécu.", "Aucun", "aucun"),
        ("Il ne faut point se fâcher.", "point", "point"),
    ],
)
def test_lemma_in_context(sentence: str, word: str, lemma: str) -> None:
    assert clicked(sentence, word).lemma == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos"),
    [
        # a participle with an agent is the verb's: nouns and adjectives take none
        (
            "Parmi ses tirades les plus populaires - et reprises par les chansonniers - "
            "nous entendîmes celle-ci.",
            "reprises",
            "reprendre",
            "VERB",
        ),
        # et + a bare participle after a participle
        (
            "Organisées par le ministère de la Culture et coordonnées par l'Inrap, ces "
            "journées sont gratuites.",
            "coordonnées",
            "coordonner",
            "VERB",
        ),
        (
            "Je suis né le 13 mai 1840 à Nîmes et mort le 2 juin 1900 à Paris.",
            "mort",
            "mourir",
            "VERB",
        ),
        ("Il a évoqué la mort de son père.", "mort", "mort", "NOUN"),
        # a participle with its own complement (not one with de) is the verb's
        ("Une explosion due au gaz a détruit la maison.", "due", "devoir", "VERB"),
        ("Des arrangements précis combinés à une grande liberté.", "combinés", "combiner", "VERB"),
        ("Un homme fier de son fils entre.", "fier", "fier", "ADJ"),
        # a "verb" with a determiner of its own is a noun, but not in a superlative
        ("L'interdit qui frappe alors le mot est levé.", "interdit", "interdit", "NOUN"),
        ("C'est une des villes les plus connues du pays.", "connues", "connaître", "VERB"),
        ("Il vit à l'est de la ville, qui est grande.", "est", "est", "NOUN"),
        ("La ville est grande et belle.", "est", "être", "AUX"),
        # a feminine "adjective" after a masculine noun is the verb
        ("Le conflit dure un jour et Goshou perd la vie.", "dure", "durer", "VERB"),
        ("La pierre dure résiste au temps.", "dure", "dur", "ADJ"),
        # a participle after its noun is no present tense
        ("Le taux réduit s'applique aux livres.", "réduit", "réduit", "ADJ"),
        # coordinated adjectives stay adjectives
        (
            "Il était assis sous la lumière éclatante et crue de la lampe.",
            "crue",
            "cru",
            "ADJ",
        ),
        # after a comma, an être verb's bare participle
        (
            "La coalition (SYRIZA), arrivée deuxième derrière la Nouvelle Démocratie, refuse.",
            "arrivée",
            "arriver",
            "VERB",
        ),
        ("La loi, entrée en vigueur en 2010, est claire.", "entrée", "entrer", "VERB"),
        ("À son arrivée, il a parlé.", "arrivée", "arrivée", "NOUN"),
        ("Il attend, l'arrivée du train étant retardée.", "arrivée", "arrivée", "NOUN"),
        # a noun attached as an adjective is the adjective
        (
            "Il gardait une certaine élégance tapageuse, un peu commune, réelle cependant.",
            "commune",
            "commun",
            "ADJ",
        ),
        ("Il habite une petite commune de Bretagne.", "commune", "commune", "NOUN"),
    ],
)
def test_roles_in_the_parse(sentence: str, word: str, lemma: str, pos: str) -> None:
    found = clicked(sentence, word)
    assert (found.lemma, found.pos) == (lemma, pos)


@pytest.mark.parametrize(
    ("sentence", "word", "pos"),
    [
        ("Elle regarde sa montre avec inquiétude.", "montre", "NOUN"),
        ("Il entre dans la salle sans frapper.", "entre", "VERB"),
        ("Il ne faut point se fâcher.", "point", "ADV"),
        ("Il est mort hier soir.", "mort", "VERB"),
        ("Me voici enfin arrivé.", "Me", "PRON"),
        ("Je préfère ce livre-ci.", "livre-ci", "NOUN"),  # not a name
    ],
)
def test_part_of_speech_in_context(sentence: str, word: str, pos: str) -> None:
    assert clicked(sentence, word).pos == pos


def test_the_participle_after_etre_agrees_with_its_subject() -> None:
    born = clicked("Elle est morte en 1900.", "morte")
    assert (born.lemma, born.pos) == ("mourir", "VERB")
    assert born.morph.get("Gender") == "Fem"


@pytest.fixture(scope="module")
def sources() -> LemmaSources:
    return LemmaSources(model_tables(load_pipeline()), bundled_lexicon())


@pytest.mark.parametrize(
    ("form", "pos", "lemma", "number", "checked"),
    [
        ("demeure", "VERB", "demeure", "Sing", ("VERB", "demeurer")),  # a verb's infinitive
        ("connues", "ADJ", "connaître", "Plur", ("ADJ", "connu")),  # participle as adjective
        ("gras", "VERB", "grer", "Sing", ("ADJ", "gras")),  # grer is no verb: the adjective
        ("fois", "NOUN", "foi", "Sing", ("NOUN", "fois")),  # a singular noun of its own
        ("parties", "NOUN", "party", "Plur", ("NOUN", "partie")),
        ("amie", "NOUN", "amie", "Sing", ("NOUN", "amie")),  # the dictionaries know amie
        ("inconnuxyz", "NOUN", "inconnuxyz", "Sing", ("NOUN", "inconnuxyz")),  # unlisted
        # forms Lexique lacks: a verb the Lefff does not conjugate so, a participle as a noun
        ("rassit", "VERB", "rassir", "Sing", ("VERB", "rasseoir")),
        ("attablées", "NOUN", "attablée", "Plur", ("NOUN", "attablé")),
        ("issu", "VERB", "issu", "Sing", ("VERB", "issu")),  # no verb: left to the adjective
        ("twerkait", "VERB", "twerker", "Sing", ("VERB", "twerker")),  # the Lefff offers none
        ("assignats", "NOUN", "assignat", "Plur", ("NOUN", "assignat")),  # no participle
    ],
)
def test_the_lexicon_check(
    sources: LemmaSources,
    form: str,
    pos: str,
    lemma: str,
    number: str,
    checked: tuple[str, str],
) -> None:
    assert check_lemma(form, pos, lemma, sources, number) == checked


def test_every_rule_can_be_switched_off_to_measure_it() -> None:
    """scripts/evaluate_ud.py --without NAME: the rule is off, the others still on."""
    names = rule_names()
    assert {"lexicon", "compound", "imperative", "common-word"} <= set(names)
    sentence = "Tiens, Forestier, te voilà !"
    with rules_disabled({"imperative-start"}):
        without = token(analyse(sentence), "Tiens").lemma
    assert without != "tenir"
    assert clicked(sentence, "Tiens").lemma == "tenir"
    with pytest.raises(ValueError, match="no analysis rule"), rules_disabled({"no-such-rule"}):
        pass


@pytest.mark.parametrize(
    ("sentence", "word", "rule", "lemma", "pos", "without"),
    [
        # a far commoner verb conjugated to the same form
        (
            "Chaque soir, il rentrait tard à la maison.",
            "rentrait",
            "rare-verb",
            "rentrer",
            "VERB",
            "rentraire",
        ),
        (
            "Nous allions partir quand la pluie commença.",
            "allions",
            "rare-verb",
            "aller",
            "VERB",
            "allier",
        ),
        # a "noun" that Lexique knows only as an adjective (and a verb's form)
        (
            "Il vivait seul sur une île déserte.",
            "déserte",
            "adjective-reading",
            "désert",
            "ADJ",
            "déserte",
        ),
        (
            "Elle resta accroupie près du feu.",
            "accroupie",
            "adjective-reading",
            "accroupi",
            "ADJ",
            "accroupie",
        ),
        # Lexique writes oe
        ("Il connaissait bien leurs mœurs étranges.", "mœurs", "ligature", "mœurs", "NOUN", "mœur"),
        # accents put back: 1990 spellings, hurried typing, headings in capitals
        (
            "Il faut connaitre la ville avant d'y vivre.",
            "connaitre",
            "accents",
            "connaître",
            "VERB",
            "connaitre",
        ),
        (
            "Elle est partie à l'hopital ce matin.",
            "hopital",
            "accents",
            "hôpital",
            "NOUN",
            "hopital",
        ),
        (
            "NOTICE : INFORMATION DU PATIENT. LE MEDICAMENT EST NECESSAIRE.",
            "MEDICAMENT",
            "accents",
            "médicament",
            "NOUN",
            "MEDICAMENT",
        ),
        # en + object pronouns + a present participle
        (
            "Il sourit en la regardant partir.",
            "regardant",
            "gerund,participle-clause",
            "regarder",
            "VERB",
            "regardant",
        ),
        # after a subject clitic and ne comes a verb
        ("Je ne pus rien ajouter ce soir-là.", "pus", "subject-ne", "pouvoir", "VERB", "pus"),
        # a sentence start tagged as a name that is an adverb
        (
            "Autrefois, on voyait des loups ici.",
            "Autrefois",
            "start-adverb,fixed-word",
            "autrefois",
            "ADV",
            "Autrefois",
        ),
        # ... or an adverb no dictionary lists, made from a known adjective
        (
            "Contractuellement interdites, ces pratiques continuent.",
            "Contractuellement",
            "start-adverb",
            "contractuellement",
            "ADV",
            "Contractuellement",
        ),
        # a subjectless "verb" opening a heading before de + a determiner
        (
            "Sport : annonce de la liste des joueurs.",
            "annonce",
            "heading-noun",
            "annonce",
            "NOUN",
            "annoncer",
        ),
        (
            "Je le compris si bien que je partis.",
            "compris",
            "subject-ne",
            "comprendre",
            "VERB",
            "compris",
        ),
        # a lower-case "name" right after a subject clitic is a verb
        (
            "Plus il lit, plus il sait de choses.",
            "lit",
            "subject-name,lower-case-name",
            "lire",
            "VERB",
            "lit",
        ),
        # s' is si where it is the conjunction
        ("Je ne sais pas s'il viendra demain.", "s'", "elided-si", "si", "SCONJ", "se"),
        # the verb of a clause the tagger left without one
        (
            "La commune compte quatre cents habitants.",
            "compte",
            "verbless-sentence",
            "compter",
            "VERB",
            "compte",
        ),
        # its number in figures
        (
            "La ville compte 5000 habitants.",
            "compte",
            "verbless-sentence",
            "compter",
            "VERB",
            "compte",
        ),
        # a verbless sentence's verb after its subject and an object pronoun taken for an
        # article that cannot be the noun's (le + a feminine noun, les + a singular)
        (
            "Le vieux médecin le visite chaque matin.",
            "visite",
            "clitic-verbless",
            "visiter",
            "VERB",
            "visite",
        ),
        ("Le chat le capture.", "capture", "clitic-verbless", "capturer", "VERB", "capture"),
        # vers after a determiner or a number: the noun, lines of verse
        (
            "Il récita les quatre premiers vers du poème.",
            "vers",
            "verse-noun",
            "vers",
            "NOUN",
            "vers",
        ),
        # an infinitive the tagger read as a noun right after y or se
        ("Ils avaient mangé sans y goûter.", "goûter", "clitic-verb", "goûter", "VERB", "goûter"),
        (
            "Il ne pouvait parvenir à s'assoupir.",
            "assoupir",
            "clitic-verb",
            "assoupir",
            "VERB",
            "assoupir",
        ),
        ("Sa mère les garde.", "garde", "clitic-verbless", "garder", "VERB", "garde"),
        ("Le professeur les note.", "note", "clitic-verbless", "noter", "VERB", "note"),
        # (ne-verb reads it too since novel18: ne and clitics before a "noun")
        ("Personne ne les aide.", "aide", "clitic-verbless,ne-verb", "aider", "VERB", "aide"),
        # after a subject clitic, la is the object pronoun: the parse's determiner no longer
        # makes the verb a noun
        ("Il la ferme.", "ferme", "article-pronoun", "fermer", "VERB", "ferme"),
        # a bare "noun" after et, coordinated with a finite verb, is a verb too
        (
            "Elle chante et danse toute la nuit.",
            "danse",
            "coordinated-verb",
            "danser",
            "VERB",
            "danse",
        ),
        # words no lexicon lists: the regular endings, where the model's lemma is no word
        ("On injecte un bolus de sérum.", "bolus", "unknown-word", "bolus", "NOUN", "bolu"),
        (
            "La prose chalcédonienne est rare.",
            "chalcédonienne",
            "unknown-word",
            "chalcédonien",
            "ADJ",
            "chalcédonienn",
        ),
        (
            "Le patient reçoit de l'acide zolédronique.",
            "zolédronique",
            "unknown-word",
            "zolédronique",
            "ADJ",
            "zolédroniqu",
        ),
        # a present participle's feminine or plural, where Lexique lists only souriant
        (
            "Une voisine souriante ouvrit la porte.",
            "souriante",
            "unknown-word",
            "souriant",
            "ADJ",
            "souriante",
        ),
        # an object pronoun + a form in -ant that is only a verb's
        (
            "Elle se tut, puis, le regardant en face, elle sourit.",
            "regardant",
            "participle-clause",
            "regarder",
            "VERB",
            "regardant",
        ),
        # a name the dictionaries know, inside a sentence, is no common noun in lower case
        (
            "Il repart pour l'Algérie demain matin.",
            "Algérie",
            "known-name",
            "Algérie",
            "PROPN",
            "algérie",
        ),
        (
            "Bruxelles a salué la décision du conseil.",
            "Bruxelles",
            "known-name,bare-name",
            "Bruxelles",
            "PROPN",
            "bruxelle",
        ),
        (
            "Boisrenard l'interrompit aussitôt.",
            "Boisrenard",
            "start-unknown",
            "Boisrenard",
            "PROPN",
            "boisrenard",
        ),
        # possessive pronouns
        ("Ta maison est plus grande que la mienne.", "mienne", "fixed", "mien", "PRON", "mienne"),
        # a lone capital letter
        ("Il manque de vitamine D en hiver.", "D", "letter", "D", "NOUN", "d"),
        # the interrogative determiner's lemma is its masculine singular
        ("Quelle chance tu as eue !", "Quelle", "indefinite", "quel", "ADJ", "quell"),
        # a past participle used as a noun, in the feminine: its masculine
        (
            "Les habituées de cette gargote arrivent.",
            "habituées",
            "participle-noun",
            "habitué",
            "NOUN",
            "habituée",
        ),
        (
            "Les employées du magasin partent tôt.",
            "employées",
            "participle-noun",
            "employé",
            "NOUN",
            "employée",
        ),
        # a feminine participle spelled as a noun, after être or a linking verb
        ("Elle est surprise.", "surprise", "copula-participle", "surprendre", "VERB", "surprise"),
        ("Elle parut surprise.", "surprise", "copula-participle", "surprendre", "VERB", "surprise"),
        # a "noun" or "adjective" right after ne is a verb
        ("Le film ne dure que deux heures.", "dure", "ne-verb", "durer", "VERB", "dur"),
        ("La diligence ne part que demain.", "part", "ne-verb", "partir", "VERB", "part"),
        # tu opening a sentence is the subject pronoun; after an auxiliary, taire's participle
        ("Tu es bien pâle, Daniel.", "Tu", "tu-taire", "tu", "PRON", "taire"),
        # an adjective French puts before the noun, read as a noun there; a noun-only word
        # read as an adjective after a determiner and an adjective
        ("Le brave homme pleurait.", "brave", "prenominal-adjective", "brave", "ADJ", "brave"),
        (
            "Je n'en sais rien, mon pauvre Jacques.",
            "pauvre",
            "prenominal-adjective",
            "pauvre",
            "ADJ",
            "pauvre",
        ),
        (
            "Ce pauvre garçon est malade.",
            "garçon",
            "noun-after-adjective",
            "garçon",
            "NOUN",
            "garçon",
        ),
        ("Elle s'était aussitôt tue.", "tue", "tu-taire", "taire", "VERB", "tu"),
        # an interjection, not héler's passé simple
        ("Hélas, elle était partie.", "Hélas", "interjection", "hélas", "INTJ", "héler"),
        # grand' before a feminine noun: the old spelling of the lexicon's grand-mère
        (
            "Sa grand’mère arriva le soir.",
            "grand’mère",
            "old-elision",
            "grand-mère",
            "NOUN",
            "grand'mère",
        ),
        ("Il longea la grand'rue.", "grand'rue", "old-elision", "grand-rue", "NOUN", "grand'rue"),
        # durent with no infinitive after it: durer's présent, not devoir's passé simple
        (
            "Les travaux durent depuis trois mois.",
            "durent",
            "durent-durer",
            "durer",
            "VERB",
            "devoir",
        ),
        # a plural Lexique gives as its own lemma, though the singular is a noun somewhere
        (
            "Les obsèques auront lieu lundi.",
            "obsèques",
            "plural-only",
            "obsèques",
            "NOUN",
            "obsèque",
        ),
        (
            "Ils marchaient dans les ténèbres.",
            "ténèbres",
            "plural-only",
            "ténèbres",
            "NOUN",
            "ténèbre",
        ),
        # a verb form Lexique lacks, which the Lefff gives to another verb than the model's
        (
            "Il se leva, puis il se rassit près du feu.",
            "rassit",
            "lefff-verb",
            "rasseoir",
            "VERB",
            "rassir",
        ),
        ("Elle se rassit sans rien dire.", "rassit", "lefff-verb", "rasseoir", "VERB", "rassir"),
        # a word no lexicon lists, lemmatised to no word, that is a Lefff verb's participle
        (
            "Les fenêtres grillagées donnaient sur la cour.",
            "grillagées",
            "lefff-participle",
            "grillagé",
            "NOUN",
            "grillagée",
        ),
        (
            "Les vieilles poules toutes déplumées picoraient.",
            "déplumées",
            "lefff-participle",
            "déplumé",
            "NOUN",
            "déplumée",
        ),
        # a participle after avoir and adverbs, the un of un peu among them
        ("Il a un peu bu.", "bu", "adverbs-participle", "boire", "VERB", "bu"),
        (
            "Et puis, j'ai peut-être aussi un peu trop bu.",
            "bu",
            "adverbs-participle",
            "boire",
            "VERB",
            "bu",
        ),
        # ... or after a reflexive's être and adverbs
        (
            "Je me suis finalement abstenue.",
            "abstenue",
            "adverbs-participle",
            "abstenir",
            "VERB",
            "abstenu",
        ),
        # an adjective after une, des with no noun after it: the feminine noun of its own
        (
            "Attends une seconde, je reviens.",
            "seconde",
            "nominal-adjective",
            "seconde",
            "NOUN",
            "second",
        ),
        (
            "Il a reçu des nouvelles de sa mère.",
            "nouvelles",
            "nominal-adjective",
            "nouvelle",
            "NOUN",
            "nouveau",
        ),
        ("Une bonne apporta le café.", "bonne", "nominal-adjective", "bonne", "NOUN", "bon"),
        # after la, les, the subject of the finite verb right after it
        (
            "La bonne apporta le café au salon.",
            "bonne",
            "nominal-adjective",
            "bonne",
            "NOUN",
            "bon",
        ),
        # the last word of a text with no full stop after it
        ("Attends une seconde", "seconde", "nominal-adjective", "seconde", "NOUN", "second"),
        # issue before de with no determiner before it: the adjective issu
        (
            "Issue d'une famille de musiciens, elle chante.",
            "Issue",
            "issu-de",
            "issu",
            "ADJ",
            "issue",
        ),
        (
            "Les chansons issues des concerts sont belles.",
            "issues",
            "issu-de",
            "issu",
            "ADJ",
            "issue",
        ),
        # a "verb" between a noun and et + an adjective, that Lexique reads as an adjective
        (
            "Un changement subit et brutal a surpris tout le monde.",
            "subit",
            "coordinated-adjective",
            "subit",
            "ADJ",
            "subir",
        ),
    ],
)
def test_each_new_rule_in_context(
    sentence: str, word: str, rule: str, lemma: str, pos: str, without: str
) -> None:
    """The rule gives the lemma; switched off, the model's mistake comes back."""
    found = clicked(sentence, word)
    assert (found.lemma, found.pos) == (lemma, pos)
    with rules_disabled(set(rule.split(","))):
        assert token(analyse(sentence), word).lemma == without


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # accents are never put on articles, pronouns or words Lexique lists bare
        ("Le chat dort sur le lit.", "Le", "le"),
        ("Il parle du livre.", "du", "de"),
        ("Ces robes fausses ne trompent personne.", "fausses", "faux"),
        # the model's verb stays where the other is not far commoner (fondre, fonder)
        ("La neige fondait lentement au soleil.", "fondait", "fondre"),
        # tiens, tienne are tenir's
        ("Je tiens à te remercier.", "tiens", "tenir"),
        ("Il faut qu'il tienne sa promesse.", "tienne", "tenir"),
        # a noun in apposition, or in a clause that has its verb, stays a noun
        ("Mowgli, l'enfant singe, court dans la jungle.", "singe", "singe"),
        ("Le vieux compte en banque est vide, et la banque ferme.", "compte", "compte"),
        (
            "Il marchait, longeant les boutiques d'un air crâne et fier, vers la gare.",
            "crâne",
            "crâne",
        ),
        # an article that agrees with its noun stays an article: an apposition, a doubt
        ("Jean le boulanger vient demain.", "boulanger", "boulanger"),
        ("Paul la porte en ville.", "porte", "porte"),
        # a noun with its own adjective after et stays a noun
        ("C'est le premier port du pays et zone industrielle de la ville.", "zone", "zone"),
        # nouns in -âmes, -ûtes stay nouns
        ("Leurs deux âmes se comprenaient.", "âmes", "âme"),
        ("Il joua de la flûte, puis rangea les flûtes.", "flûtes", "flûte"),
        # demonstrative, emphatic and possessive pronouns: the masculine singular's form
        ("Ceux-là ne me firent jamais de mal.", "Ceux-là", "celui-là"),
        ("Celles-ci sont plus belles.", "Celles-ci", "celui-ci"),
        ("Elles-mêmes ne le savaient pas.", "Elles-mêmes", "eux-mêmes"),
        ("Je l'ai fait moi-même.", "moi-même", "moi-même"),
        ("Chacun défend les siennes.", "siennes", "sien"),
        # an adjective's lemma is its masculine, even tagged as a participle
        ("Il regardait, par la fenêtre étroite, les platanes de la cour.", "étroite", "étroit"),
        # a verb with its subject, or an imperative, stays a verb
        ("Il annonce de la pluie pour demain.", "annonce", "annoncer"),
        ("Le public applaudit et crie.", "applaudit", "applaudir"),
        # an ordinal or autre after its article heads a phrase whose noun is understood
        ("Le premier qui parle a perdu.", "premier", "premier"),
        ("La foule subit et accepte tout.", "subit", "subir"),
        ("Reste de marbre, quoi qu'il arrive !", "Reste", "rester"),
        ("Il s'est levé tôt ce matin.", "s'", "se"),
        ("Il a osé, voire exigé, une réponse.", "voire", "voire"),
        # hyphenated pronouns after a verb: allez-vous-en, est-ce
        ("Allez-vous-en tout de suite !", "-vous", "vous"),
        ("Est-ce vraiment nécessaire ?", "-ce", "ce"),
        # œ: Lexique's readings (oe) and the dictionaries' headwords (œ) both asked right
        ("Ses belles-sœurs arrivent demain.", "belles-sœurs", "belle-sœur"),
        ("Leurs cœurs battaient très fort.", "cœurs", "cœur"),
        # le passant, le restaurant: nouns in -ant stay nouns
        ("Il salue le passant et entre dans le restaurant.", "passant", "passant"),
        # an unlisted word the model lemmatised well
        ("Les zones périurbaines grandissent.", "périurbaines", "périurbain"),
        # en + a noun in -ant after a possessive is no gérondif
        ("Ils dînent en leur restaurant préféré.", "restaurant", "restaurant"),
        # feminine nouns of their own stay: in Lexique (armée) or the dictionaries (mariée)
        ("Les armées avancent vers la ville.", "armées", "armée"),
        ("La mariée est arrivée en retard.", "mariée", "mariée"),
        ("Son arrivée a surpris tout le monde.", "arrivée", "arrivée"),
        # the noun after its determiner or preposition
        ("C'est une surprise pour lui.", "surprise", "surprise"),
        ("Il était à portée de la main.", "portée", "portée"),
        # durent before its infinitive is devoir's
        ("Ils durent partir le lendemain.", "durent", "devoir"),
        ("Ils durent alors se cacher.", "durent", "devoir"),
        # a plural that is also the plural of another noun: the model's choice (fils: son)
        ("Ses deux fils sont partis.", "fils", "fils"),
        # an adjective before its noun, after le or la, or after en stays the adjective
        ("C'était une nouvelle fois la même chose.", "nouvelle", "nouveau"),
        ("La dernière est partie hier.", "dernière", "dernier"),
        ("Il en veut une seconde.", "seconde", "second"),
        # issue after a determiner or an adjective is the noun
        ("À l'issue de la saison, le club gagne.", "issue", "issue"),
        ("Il cherche une issue de secours.", "issue", "issue"),
        ("C'est la seule issue de la crise.", "issue", "issue"),
    ],
)
def test_the_new_rules_leave_alone(sentence: str, word: str, lemma: str) -> None:
    assert clicked(sentence, word).lemma == lemma


@pytest.mark.parametrize(
    ("sentence", "word"), [("Il la regarde longtemps.", "la"), ("Il les regarde.", "les")]
)
def test_an_article_between_a_subject_clitic_and_its_verb_is_the_object_pronoun(
    sentence: str, word: str
) -> None:
    """The card of la in il la regarde is the pronoun's, not the article's (le, the)."""
    found = clicked(sentence, word)
    assert (found.pos, found.lemma) == ("PRON", word)
    with rules_disabled({"article-pronoun"}):
        assert token(analyse(sentence), word).pos == "DET"
    assert clicked("Il a la fièvre.", "la").pos == "DET"


@pytest.mark.parametrize("text", ["Les voit il", "La porte la regarde il"])
def test_an_article_that_opens_the_text_has_no_subject_clitic_before_it(text: str) -> None:
    """article-pronoun looks before the article: at the start of a text there is nothing
    there, and the text's last word (il) is not read as its subject."""
    first = text.split()[0]
    with rules_disabled({"article-pronoun"}):
        assert token(analyse(text), first).pos == "DET"
    assert token(analyse(text), first).pos == "DET"


def test_the_object_pronoun_before_its_verb_is_a_pronoun() -> None:
    """Le chat le capture: le is the object pronoun (not the article the tagger saw), and the
    parse's determiner no longer makes capture a noun."""
    analysis = analysed("Le chat le capture.")
    pronoun = token(analysis, "le")
    assert (pronoun.pos, pronoun.lemma, pronoun.morph.get("PronType")) == ("PRON", "le", "Prs")
    assert token(analysis, "capture").pos == "VERB"


def test_passe_simple_plurals_tagged_as_adverbs_are_verbs() -> None:
    """literary-tense: les élèves ricanèrent (the tagger: an adverb)."""
    sentence = "Quand le maître entra, les élèves ricanèrent."
    found = clicked(sentence, "ricanèrent")
    assert (found.lemma, found.pos) == ("ricaner", "VERB")
    with rules_disabled({"literary-tense"}):
        assert token(analyse(sentence), "ricanèrent").pos != "VERB"


@pytest.mark.parametrize(
    ("sentence", "word", "rule", "pos", "without"),
    [
        # an "adjective" after le or un with no noun after it, that Lexique reads as a noun
        (
            "Au comptoir, le particulier qui lisait le journal leva la tête.",
            "particulier",
            "article-noun",
            "NOUN",
            "ADJ",
        ),
        # the same at the text's end, with no full stop after it (a heading)
        ("Le particulier", "particulier", "article-noun", "NOUN", "ADJ"),
        # the same after a possessive (novel17)
        (
            "Le père Houdart ne quittait plus guère sa ferme depuis la mort de sa femme.",
            "ferme",
            "article-noun",
            "NOUN",
            "ADJ",
        ),
        # a "noun" after rien de or quelque chose de: the adjective (novel17)
        ("Son rire n'avait rien de méchant.", "méchant", "indefinite-adjective", "ADJ", "NOUN"),
        # en right before a conjugated verb: the clitic pronoun (novel17)
        ("Trois mille francs ! La terre en valait le double.", "en", "en-clitic", "PRON", "ADP"),
        # tâche before de and an infinitive, at its clause's start: tâcher's imperative (novel18)
        ("Et tâche de ne pas rentrer trop tard.", "tâche", "tacher-imperative", "VERB", "NOUN"),
        # a "verb" between a noun and et + an adjective, that Lexique reads as an adjective
        (
            "Un changement subit et brutal a surpris tout le monde.",
            "subit",
            "coordinated-adjective",
            "ADJ",
            "VERB",
        ),
        # interjections, not adverbs or names (greyed, untranslated)
        ("Oh ! que c'est beau.", "Oh", "interjection", "INTJ", "ADV"),
        ("Bah, il viendra demain.", "Bah", "interjection", "INTJ", "PROPN"),
        ("« Bon ! voilà que je suis en retard. »", "Bon", "interjection", "INTJ", "PROPN"),
        # pronouns read as adverbs or adjectives; rien and personne of a negation
        (
            "Vous êtes stupides ! Moi, je te dis qu'il l'épousera.",
            "Moi",
            "pronoun-word",
            "PRON",
            "ADV",
        ),
        ("Je te le jure.", "te", "pronoun-word", "PRON", "ADJ"),
        (
            "L'activité principale est celle à laquelle la personne consacre le plus de temps.",
            "celle",
            "pronoun-word",
            "PRON",
            "NOUN",
        ),
        ("Rien de plus.", "Rien", "rien-personne", "PRON", "NOUN"),
        ("Il n'avait vu personne.", "personne", "rien-personne", "PRON", "NOUN"),
        # a form of être tagged an adverb
        ("« Tu es vraiment incroyable. »", "es", "auxiliary-adverb", "AUX", "ADV"),
        # voilà, voici, là-haut: adverbs, not adjectives
        ("Ah, vous voilà enfin !", "voilà", "fixed-word", "ADV", "ADJ"),
        ("Voici la lettre.", "Voici", "fixed-word", "ADV", "ADJ"),
        # jadis, autrefois: adverbs of time, never the adjective or noun the tagger says
        (
            "Jadis ils habitaient une grande maison au bord du fleuve.",
            "Jadis",
            "fixed-word",
            "ADV",
            "ADJ",
        ),
        ("Cette maison, on la voyait jadis depuis la route.", "jadis", "fixed-word", "ADV", "ADJ"),
        # a form in -ant after the reflexive se is the verb's, an adjective's form too
        (
            "Elle se tut, s'étonnant de son propre silence.",
            "étonnant",
            "participle-clause",
            "VERB",
            "ADJ",
        ),
        ("Et elle joua, s'amusant énormément.", "amusant", "participle-clause", "VERB", "ADJ"),
        # right after a finite avoir (adverbs between) a participle form is the compound tense's
        (
            "Il avait maigri et pâli en une semaine.",
            "maigri",
            "auxiliary-participle",
            "VERB",
            "ADJ",
        ),
        ("L'ancien soldat avait rougi.", "rougi", "auxiliary-participle", "VERB", "ADJ"),
        # drôle before de, or with no determiner: the adjective
        ("C'est très drôle, cette cave.", "drôle", "fixed-word", "ADJ", "PRON"),
    ],
)
def test_rules_that_change_the_part_of_speech(
    sentence: str, word: str, rule: str, pos: str, without: str
) -> None:
    """The rule gives the part of speech; switched off, the model's tag comes back."""
    assert clicked(sentence, word).pos == pos
    with rules_disabled({rule}):
        assert token(analyse(sentence), word).pos == without


@pytest.mark.parametrize(
    ("sentence", "word", "rule"),
    [
        # bon and adieu are interjections only alone before their punctuation
        ("Bon voyage, monsieur Daniel !", "Bon", "interjection"),
        ("Il vint nous dire adieu.", "adieu", "interjection"),
        # personne after a determiner, or in a sentence with no ne, is the noun
        ("C'était une jeune personne très rigide.", "personne", "rien-personne"),
        ("Le repas coûte dix euros par personne.", "personne", "rien-personne"),
        ("Le ministre est venu en personne.", "personne", "rien-personne"),
        ("La tâche de tous est lourde.", "tâche", "tacher-imperative"),
        ("Il y avait une tâche d'huile sur la nappe.", "tâche", "tacher-imperative"),
    ],
)
def test_closed_class_rules_leave_alone(sentence: str, word: str, rule: str) -> None:
    """The rule does not fire: the word keeps the model's part of speech, a noun's or an
    adjective's, never the interjection's or pronoun's."""
    found = clicked(sentence, word).pos
    with rules_disabled({rule}):
        assert token(analyse(sentence), word).pos == found
    assert found in ("NOUN", "ADJ")


@pytest.mark.parametrize(
    ("sentence", "word", "person"),
    [
        ("Tu as raison, je le sais.", "as", "2"),
        ("« Tu es fou », dit-elle.", "es", "2"),
        ("Je lui avais bien dit de venir.", "avais", "1"),
        # any verb after its subject clitic, ne and object pronouns (subject-person)
        ("« Tu ne sais pas, j'ai une surprise pour toi. »", "sais", "2"),
        ("Tu venais nous annoncer quelque chose.", "venais", "2"),
        ("Vous nous aimez bien.", "aimez", "2"),
    ],
)
def test_an_auxiliary_keeps_a_person_its_form_can_have(
    sentence: str, word: str, person: str
) -> None:
    """tu as, tu es are never a first person, nor j'avais a third (the model says so 297
    times in the corpus novels), whatever the tense the model read; a verb after tu is in the
    second person (tu sais: a first person 45 times)."""
    assert clicked(sentence, word).morph["Person"] == person


def test_the_subject_person_rule_can_be_switched_off() -> None:
    sentence = "« Tu ne sais pas, j'ai une surprise pour toi. »"
    with rules_disabled({"subject-person"}):
        assert token(analyse(sentence), "sais").morph["Person"] == "1"
    assert clicked(sentence, "sais").morph["Person"] == "2"


@pytest.mark.parametrize(
    ("sentence", "word", "rule", "pos", "without"),
    [
        ("Le brave homme pleurait.", "brave", "prenominal-adjective", "ADJ", "NOUN"),
        ("Ce pauvre garçon est malade.", "garçon", "noun-after-adjective", "NOUN", "ADJ"),
    ],
)
def test_the_place_rules_change_the_part_of_speech(
    sentence: str, word: str, rule: str, pos: str, without: str
) -> None:
    assert token(analyse(sentence), word).pos == pos
    with rules_disabled({rule}):
        assert token(analyse(sentence), word).pos == without


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos"),
    [
        # an adjective after être and an adverb, which the tagger read as a verb
        ("Il est bien content.", "content", "content", "ADJ"),
        ("Sa tête est lourde comme du plomb.", "lourde", "lourd", "ADJ"),
        # a cleft's être is no copula of the verb after qui
        ("Ce fut elle alors qui lui serra la main.", "serra", "serrer", "VERB"),
    ],
)
def test_a_verb_form_after_a_copula_and_adverbs(
    sentence: str, word: str, lemma: str, pos: str
) -> None:
    found = token(analyse(sentence), word)
    assert (found.lemma, found.pos) == (lemma, pos)
