"""The contexts in which the retagging rules are sure of a word's part of speech: its
neighbours (a hyphenated subject after it, a clitic, ne, a determiner or a subject clitic
before it), its place in the parse (an auxiliary or copula among its children) or in its
clause (a heading, an incise, a clause with no finite verb). Each test only reads the fields."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.core.analysis.corrections.tag_changes import (
    Fields,
    Verbs,
    imperative_verbs,
    verb_readings,
)
from reader.core.grammar.conjugation import ETRE_VERBS
from reader.core.grammar.lefff_verbs import form_readings

CLITICS = frozenset({"se", "s'", "me", "m'", "te", "t'"})
# Object pronouns that stand between en and its participle (en le regardant, en s'en allant).
OBJECTS = frozenset("le la les l' lui leur se s' me m' te t' nous vous y en".split())
ARTICLES = frozenset("le la les l'".split())
# Endings of the passé simple's and the imperfect subjunctive's plurals, found in no noun
# or adjective that Lexique does not also list as one (âmes, flûtes, infâmes).
LITERARY_ENDINGS = tuple(
    "èrent irent urent inrent âmes îmes ûmes âtes îtes ûtes assent issent ussent inssent".split()
)
ARTICLE_GENDERS = {"le": "Masc", "la": "Fem"}
PARTITIVES = frozenset({"de", "d'", "d’"})
RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})
NEGATION_ADVERBS = frozenset({"pas", "point", "plus", "jamais", "guère", "nullement"})
NEGATION_PRONOUNS = frozenset({"rien", "personne"})
# What follows y and is no verb: y compris, n'y point toucher, il n'y a rien.
NOT_AFTER_Y = frozenset({"compris", *NEGATION_ADVERBS, *NEGATION_PRONOUNS})
NOMINAL = frozenset({"NOUN", "ADJ", "PROPN", "INTJ", "X"})
DETERMINERS = frozenset("le la les l' un une son sa ses leur leurs ce cet cette ces".split())
CLOSING = frozenset({",", "!", "?", "…", "."})
OPENING = frozenset({"«", "—", "–", "-", '"', "“", ":"})
# Subject clitics and the person and number of the verb they take (elle, elles: not after a
# preposition, where they are stressed pronouns).
SUBJECT_CLITICS = {
    "je": ("1", "Sing"),
    "j'": ("1", "Sing"),
    "tu": ("2", "Sing"),
    "il": ("3", "Sing"),
    "elle": ("3", "Sing"),
    "on": ("3", "Sing"),
    "ils": ("3", "Plur"),
    "elles": ("3", "Plur"),
}
# Determiners that are never object pronouns (unlike le, la, les, leur), so never before a verb.
NOUN_DETERMINERS = frozenset(
    "un une du au aux des mon ma mes ton ta tes son sa ses notre nos votre vos leurs ce cet "
    "cette ces chaque quelque plusieurs".split()
)


def before_subject_clitic(values: dict[str, Any], after: dict[str, Any] | None) -> bool:
    """A-t-il, dit-il: the word before a hyphenated pronoun is a verb."""
    if after is None or not values["is_word"] or values["pos"] in ("VERB", "AUX", "PRON"):
        return False  # allez-vous-en: -vous before -en is a pronoun itself
    return bool(after["text"].startswith("-") and after["pos"] == "PRON")


def after_clitic(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """on se mouche, sans y goûter: a clitic pronoun stands only before a verb (or another
    clitic); y too, but in y compris and before ne's partner."""
    if before is None or values["pos"] not in NOMINAL:
        return False
    clitic = before["text"].lower().replace("’", "'")
    if clitic == "y":  # not y compris, nor the partner of ne (n'y point toucher)
        word = values["text"].lower()
        return before["pos"] == "PRON" and word not in NOT_AFTER_Y
    return before["pos"] == "PRON" and clitic in CLITICS


def after_en(fields: Fields, index: int) -> bool:
    """en grandissant, en le regardant, en s'en allant: en + object pronouns + a present
    participle."""
    values = fields[index]
    if values["pos"] in ("VERB", "AUX") or not values["text"].endswith("ant"):
        return False
    before = index - 1
    while before > 0 and _object_clitic(fields[before]):
        before -= 1
    return before >= 0 and fields[before]["text"].lower() == "en"


def after_object(fields: Fields, index: int, verbs: Verbs) -> bool:
    """puis, le regardant des pieds à la tête: an object pronoun + a form in -ant that is
    only a verb's (not le passant, le restaurant, which are nouns too). After the reflexive se
    a verb's form is enough, an adjective's too (sa maîtresse, s'étonnant souvent; se sentant
    trembler): no noun or adjective follows se."""
    values = fields[index]
    if index == 0 or values["pos"] in ("VERB", "AUX") or not values["text"].endswith("ant"):
        return False
    before = fields[index - 1]
    if not _object_clitic(before):
        return False
    readings = set(verbs.readings(values["text"].lower()))
    if before["text"].lower().replace("’", "'") in ("se", "s'"):
        return "VERB" in readings
    return readings == {"VERB"}


def _object_clitic(values: dict[str, Any]) -> bool:
    """An object pronoun; le, la, les, l' also when tagged as articles (French has no
    en + the definite article: en le regardant is the pronoun)."""
    lower = values["text"].lower().replace("’", "'")
    if values["pos"] == "DET":
        return lower in ARTICLES
    return values["pos"] == "PRON" and lower in OBJECTS


def conjugated_with_auxiliary(values: dict[str, Any], verbs: Verbs) -> bool:
    """avait envie, est content, est bien content: the tagger took a noun or an adjective
    for a conjugated verb after avoir or être (an auxiliary or, adverbs between, a copula)."""
    token = values["_spacy"]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin":
        return False
    if not any(
        child.dep_ in ("aux:tense", "aux:pass") or (child.dep_ == "cop" and _adverbs_only(child))
        for child in token.children
    ):
        return False
    form = values["text"].lower()
    found = verbs.readings(form)
    participle = any(
        reading["VerbForm"] == "Part"
        for verb in found.get("VERB", ())
        for reading in form_readings(verb, form)
    )
    return ("NOUN" in found or "ADJ" in found) and not participle


def _adverbs_only(copula: Any) -> bool:
    """Whether only adverbs stand between a copula and the word it links (est bien content),
    not a subject (ce fut elle qui lui serra la main: a cleft's être)."""
    between = copula.doc[copula.i + 1 : copula.head.i]
    return copula.i < copula.head.i and all(word.pos_ == "ADV" for word in between)


def participle_with_auxiliary(values: dict[str, Any]) -> bool:
    """se sont félicités: the tagger took the participle of a compound tense for a noun."""
    if values["pos"] not in ("NOUN", "ADJ"):
        return False
    return any(child.dep_ in ("aux:tense", "aux:pass") for child in values["_spacy"].children)


def after_avoir(fields: Fields, index: int) -> bool:
    """Il avait rougi.: a noun or adjective right after a finite avoir (adverbs between: il a
    beaucoup rougi), where the parse gave the participle no auxiliary; avoir takes no bare
    adjective, so a form that is a past participle is the compound tense's (to_participle
    leaves faim, peur, raison alone: no verb's participle)."""
    values = fields[index]
    if values["pos"] not in ("NOUN", "ADJ") or values["text"].lower() in NEGATION_ADVERBS:
        return False  # n'avait point songé: point is the negation's, not poindre's participle
    at = index - 1
    while at >= 0 and fields[at]["sentence"] == values["sentence"] and fields[at]["pos"] == "ADV":
        at -= 1
    if at < 0 or fields[at]["sentence"] != values["sentence"]:
        return False
    word = fields[at]
    return bool(word["lemma"] == "avoir" and word["morph"].get("VerbForm") == "Fin")


def after_ne(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """ne point, n'… pas: the word right after ne is its partner, never a verb or a noun."""
    if before is None or before["text"].lower().replace("’", "'") not in ("ne", "n'"):
        return False
    lower = values["text"].lower()
    return lower in NEGATION_ADVERBS | NEGATION_PRONOUNS and values["pos"] not in ("ADV",)


def imperative_start(
    values: dict[str, Any],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    verbs: Verbs,
) -> bool:
    """« Tiens, Forestier ! », Tenez, Voyons: a capitalised imperative alone before a comma;
    never a name the dictionaries know (« Marie, viens ! », not marier)."""
    if values["pos"] in ("VERB", "AUX") or not values["text"][:1].isupper():
        return False
    if verbs.is_name(values["_spacy"].text):
        return False
    starts = before is None or before["sentence"] != values["sentence"] or before["text"] in OPENING
    ends = after is not None and after["text"] in CLOSING
    return starts and ends and bool(imperative_verbs(values["text"].lower(), verbs))


def incise(fields: Fields, index: int, verbs: Verbs) -> bool:
    """« … », note le communiqué: a noun without a determiner between a comma and a short
    subject (a determiner and a noun ending the clause), that is a verb's third person."""
    values = fields[index]
    window = fields[index - 1 : index + 4]
    if values["pos"] != "NOUN" or index == 0 or len(window) < 4:
        return False
    comma, _, determiner, noun, *end = window
    if comma["text"] != "," or determiner["text"].lower() not in DETERMINERS:
        return False
    if noun["pos"] not in ("NOUN", "PROPN") or (end and end[0]["is_word"]):
        return False
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return False
    return any(
        reading.get("Person") == "3" and reading.get("Mood") == "Ind"
        for reading in verb_readings(values["text"].lower(), verbs)
    )


def after_subject(fields: Fields, index: int, any_pos: bool = False) -> tuple[str, str] | None:
    """il entre, on note: the person and number of the subject clitic right before a word the
    tagger did not take for a verb (any_pos: before ne), or None."""
    values = fields[index]
    if index == 0 or not values["is_word"]:
        return None
    if not any_pos and values["pos"] not in ("NOUN", "ADJ", "ADP"):
        return None
    before = fields[index - 1]
    clitic = before["text"].lower().replace("’", "'")
    if before["pos"] != "PRON" or clitic not in SUBJECT_CLITICS:
        return None
    if clitic.startswith("elle") and index > 1 and fields[index - 2]["pos"] == "ADP":
        return None  # pour elle seule: a stressed pronoun
    return SUBJECT_CLITICS[clitic]


def after_subject_ne(fields: Fields, index: int) -> tuple[str, str] | None:
    """je ne pus, il n'osa, je le compris: after a subject clitic, ne and object pronouns
    comes a verb; the subject's person and number, or None."""
    values = fields[index]
    if index < 2 or not values["is_word"] or values["pos"] in ("VERB", "AUX", "PRON", "DET"):
        return None  # (je te le défends: the le the tagger took for an article is no verb)
    before = index - 1
    while before > 0 and _negation_or_object(fields[before]):
        before -= 1
    if before == index - 1:
        return None
    return after_subject(fields, before + 1, any_pos=True)


def _negation_or_object(values: dict[str, Any]) -> bool:
    """ne, n', or an object pronoun: what stands between a subject clitic and its verb."""
    return values["text"].lower().replace("’", "'") in ("ne", "n'") or _object_clitic(values)


def after_noun_determiner(
    values: dict[str, Any], before: dict[str, Any] | None, verbs: Verbs
) -> bool:
    """sa montre, une annonce: a determiner that is never a pronoun stands before a noun."""
    if before is None or values["pos"] != "VERB" or before["pos"] != "DET":
        return False
    if before["text"].lower() not in NOUN_DETERMINERS:
        return False
    return bool(verbs.readings(values["text"].lower()).get("NOUN"))


def negation_after_verb(fields: Fields, index: int) -> bool:
    """il ne faut point, ne voyait guère: pas, point, guère after a verb that ne precedes."""
    values = fields[index]
    lower = values["text"].lower()
    if lower not in NEGATION_ADVERBS or values["pos"] == "ADV" or index < 2:
        return False
    verb = fields[index - 1]
    if verb["pos"] not in ("VERB", "AUX"):
        return False
    window = fields[max(0, index - 5) : index - 1]
    return any(
        other["text"].lower().replace("’", "'") in ("ne", "n'")
        and other["sentence"] == values["sentence"]
        for other in window
    )


def etre_participle(values: dict[str, Any], verbs: Verbs) -> str:
    """il est mort, elle est entrée: a participle tagged as an adjective, with être as its
    copula, of a verb whose compound tenses take être; "" otherwise (never a noun: elle est
    partie intégrante)."""
    if values["pos"] != "ADJ":
        return ""
    token = values["_spacy"]
    if not any(c.dep_ == "cop" and c.lemma_ == "être" for c in token.children):
        return ""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        if verb in ETRE_VERBS and any(
            r.get("VerbForm") == "Part" and r.get("Tense") == "Past"
            for r in form_readings(verb, form)
        ):
            return verb
    return ""


def heading_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """« High-tech : annonce de la console »: a third-person "verb" with no subject that
    opens the sentence or follows a colon, before de + a determiner, is the noun Lexique
    knows; or ""."""
    values = fields[index]
    morph = values["morph"]
    if values["pos"] != "VERB" or morph.get("VerbForm") != "Fin" or morph.get("Person") != "3":
        return ""
    if not _before_determined_complement(fields, index):
        return ""
    before = fields[index - 1] if index else None
    if before is not None and before["sentence"] == values["sentence"] and before["text"] != ":":
        return ""
    if any(child.dep_.startswith(("nsubj", "expl")) for child in values["_spacy"].children):
        return ""
    nouns = verbs.readings(values["text"].lower()).get("NOUN", ())
    return nouns[0] if nouns else ""


def _before_determined_complement(fields: Fields, index: int) -> bool:
    """annonce de la console, hausse des prix (not « Reste de marbre ! », an imperative)."""
    following = [other["text"].lower() for other in fields[index + 1 : index + 3]]
    if not following:
        return False
    if following[0] in ("du", "des"):
        return True
    return following[0] in PARTITIVES and len(following) > 1 and fields[index + 2]["pos"] == "DET"


def literary_form(values: dict[str, Any], verbs: Verbs) -> bool:
    """ricanèrent tagged as an adverb, accourûmes as an adjective: a form in -èrent, -irent,
    -urent, -âmes, -îmes, -assent... that Lexique knows only as a verb's (not âmes, flûtes)."""
    if values["pos"] in ("VERB", "AUX", "PROPN") or not values["is_word"]:
        return False
    form = values["text"].lower()
    if not form.endswith(LITERARY_ENDINGS):
        return False
    return set(verbs.readings(form)) == {"VERB"}


def verb_of_verbless(
    fields: Fields, index: int, verbs: Verbs, clitic: bool = False
) -> tuple[str, dict[str, str]] | None:
    """(verb, reading) of a bare noun that must be the verb of its sentence, or None; with
    clitic, of a "noun" after its subject, maybe ne, and an object pronoun the tagger took
    for an article (Bergman le visite en 1934: le is no article of the feminine visite's)."""
    values = fields[index]
    if values["pos"] != "NOUN" or index < 1 + clitic or not values["text"].islower():
        return None
    pronoun = fields[index - 1] if clitic else None
    if pronoun is not None and not (pronoun["pos"] == "DET" and _object_clitic(pronoun)):
        return None
    before = fields[index - 1 - clitic]
    if clitic and index > 2 and before["text"].lower().replace("’", "'") in ("ne", "n'"):
        before = fields[index - 3]  # Personne ne les aide
    subject = before["pos"] in ("NOUN", "PROPN") or before["lemma"] in ("personne", "rien")
    if not subject or before["sentence"] != values["sentence"]:
        return None  # (personne, rien: the pronouns of closed_class)
    after = fields[index + 1] if index + 1 < len(fields) else None
    ends = (
        after is None
        # a number in figures is no end: la ville compte 5000 habitants
        or not (after["is_word"] or after["text"][:1].isdigit())
        or after["sentence"] != values["sentence"]
    )
    if ends and pronoun is None:
        return None  # l'homme singe, règne: a noun in apposition before a comma
    own = pronoun["_spacy"].i if pronoun is not None else -1
    if any(child.dep_ == "det" and child.i != own for child in values["_spacy"].children):
        return None
    if pronoun is not None and _agrees_as_article(pronoun, values, verbs):
        return None  # Jean le boulanger vint: an apposition, the article agrees
    clause = list(_clause(fields, index))
    if any(o["pos"] in ("VERB", "AUX") and o["morph"].get("VerbForm") == "Fin" for o in clause):
        return None
    start = _clause_start(fields, index)
    if fields[start]["pos"] not in ("DET", "PROPN") and pronoun is None:
        return None  # passant devant les cafés d'un air crâne: no subject opens the clause
    number = before["morph"].get("Number", "")
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            third = reading.get("Mood") == "Ind" and reading.get("Person") == "3"
            if third and reading.get("Number") == (number or "Sing"):
                return verb, reading
    return None


def _agrees_as_article(article: dict[str, Any], values: dict[str, Any], verbs: Verbs) -> bool:
    """Whether le, la, les could be the article of the word: Lexique knows it as a noun of
    the article's gender (le visite, le capture: visite and capture are feminine) and number
    (les aide: a plural noun ends in -s, -x or -z). Where the dictionaries know no gender,
    it could."""
    nouns = verbs.readings(values["text"].lower()).get("NOUN", ())
    if not nouns:
        return False
    lower = article["text"].lower()
    if lower == "les":
        return bool(values["text"].endswith(("s", "x", "z")))
    gender = ARTICLE_GENDERS.get(lower, "")
    genders = {found for noun in nouns for found in verbs.gender_of(noun).split(",")}
    return not gender or "" in genders or gender in genders


def _clause(fields: Fields, index: int) -> Iterator[dict[str, Any]]:
    """The words of the clause around index: up to a comma, a conjunction or a relative
    pronoun on either side, within the sentence (La commune compte 500 habitants, et le bourg
    est petit: est is another clause's verb)."""
    sentence = fields[index]["sentence"]
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(fields) and fields[other]["sentence"] == sentence:
            if _clause_boundary(fields[other]):
                break
            yield fields[other]
            other += step


def _clause_start(fields: Fields, index: int) -> int:
    start = index
    while start > 0 and fields[start - 1]["sentence"] == fields[index]["sentence"]:
        if _clause_boundary(fields[start - 1]):
            break
        start -= 1
    return start


def _clause_boundary(values: dict[str, Any]) -> bool:
    if values["text"] in (",", ";", ":", "(", ")", "«", "»") or values["pos"] in ("CCONJ", "SCONJ"):
        return True
    return values["pos"] == "PRON" and values["text"].lower() in RELATIVES


# issue(s) de: the adjective issu's feminine forms (born of, resulting from) -> its Number.
ISSU_FORMS = {"issue": "Sing", "issues": "Plur"}
OF = frozenset({"de", "d'", "d’", "du", "des"})


def issu_de(fields: Fields, index: int) -> str:
    """une famille issue de la noblesse, Issue d'une famille, les chansons issues des concerts:
    issue before de is the adjective issu, unless a determiner, a number or an adjective
    stands before it (l'issue de la saison, une issue de secours, la seule issue de la crise).
    The adjective's Number, or "" where issue is the noun."""
    values = fields[index]
    number = ISSU_FORMS.get(values["text"].lower(), "")
    if not number or values["pos"] != "NOUN" or index + 1 >= len(fields):
        return ""
    if fields[index + 1]["text"].lower() not in OF:
        return ""
    before = fields[index - 1] if index else None
    if before is not None and before["pos"] in ("DET", "NUM", "ADJ"):
        return ""
    return number


# taire's past participles, which only follow an auxiliary (il s'est tu, elle s'était tue).
TAIRE_PARTICIPLES = {"tu": "Sing", "tue": "Sing", "tus": "Plur", "tues": "Plur"}
SUBJECT_TU_MORPH = {"Number": "Sing", "Person": "2", "PronType": "Prs"}


def tu_reading(fields: Fields, index: int) -> tuple[str, str, dict[str, str]] | None:
    """tu, tue, tus, tues after an auxiliary, adverbs aside, are taire's participle (il s'est
    tu, s'était aussitôt tue: fell silent); anywhere else tu is the subject pronoun, whatever
    the tagger said (« Tu es bien pâle »: not taire, not a noun, not a first person). The
    (pos, lemma, morph) to give the word, or None where it already has it or is neither."""
    values = fields[index]
    lower = values["text"].lower()
    if lower not in TAIRE_PARTICIPLES:
        return None
    before = index - 1
    while before >= 0 and fields[before]["pos"] == "ADV":
        before -= 1
    same = before >= 0 and fields[before]["sentence"] == values["sentence"]
    if same and fields[before]["lemma"].lower() in ("être", "avoir"):
        if values["lemma"] == "taire":
            return None
        number = TAIRE_PARTICIPLES[lower]
        gender = "Fem" if lower.startswith("tue") else "Masc"
        morph = {"Gender": gender, "Number": number, "Tense": "Past", "VerbForm": "Part"}
        return ("VERB", "taire", morph)
    if lower != "tu" or (values["pos"] == "PRON" and values["morph"] == SUBJECT_TU_MORPH):
        return None
    return ("PRON", "tu", dict(SUBJECT_TU_MORPH))


# Indefinite and partitive determiners: after them an adjective with no noun is itself a noun
# (une seconde, des nouvelles), where after le, la it may stand for a noun said before (la
# dernière, la seconde: the last, the second one).
INDEFINITES = frozenset({"un", "une", "des", "de", "d'", "d’"})
# What may follow the noun: not a noun, adjective, number or name it would qualify.
QUALIFIED = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "X"})


def nominal_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """une seconde (a second), des nouvelles de sa mère (news), une bonne (a maid), une
    première (a first): a word tagged as an adjective right after an indefinite determiner,
    with no noun after it, that a dictionary has as a feminine noun of its own, other than
    the adjective's lemma (second, nouveau, bon). Not after en (il en veut une seconde: a
    second one). After a determiner and an adjective that goes before its noun, any determiner
    (une bonne nouvelle, cette mauvaise nouvelle: news; la petite bonne: the maid; une vieille
    ferme: a farm). The noun's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 1:
        return ""
    prenominal = _after_prenominal(fields, index)
    if not prenominal:
        if fields[index - 1]["pos"] != "DET":
            return ""
        determiner = fields[index - 1]["text"].lower()
        if determiner not in INDEFINITES and not _definite_subject(fields, index, determiner):
            return ""
    if index + 1 < len(fields) and fields[index + 1]["pos"] in QUALIFIED:
        return ""  # the text may end on the noun: Attends une seconde
    form = values["text"].lower()
    noun = form[:-1] if form.endswith("s") else form
    own = prenominal or noun != values["lemma"]  # une vieille ferme: lemma ferme either way
    if not noun.endswith("e") or not own or not verbs.is_headword(noun, "NOUN"):
        return ""
    window = fields[max(0, index - 4) : index - 1]
    return "" if any(other["text"].lower() == "en" for other in window) else noun


def _after_prenominal(fields: Fields, index: int) -> bool:
    """The word follows a determiner and an adjective that goes before its noun (une bonne
    nouvelle; the tagger may call that adjective a noun: une vieille ferme); not nouvelle itself,
    which is the noun there (les nouvelles bonnes ou mauvaises)."""
    if (
        index < 2
        or fields[index - 2]["pos"] != "DET"
        or fields[index - 1]["pos"] not in ("ADJ", "NOUN")
    ):
        return False
    return fields[index - 1]["text"].lower() in PRENOMINAL


# Adjectives that go before their noun (bon, mauvais, petit, vieux ...), nouveau aside.
PRENOMINAL = frozenset(
    "bon bonne bons bonnes mauvais mauvaise mauvaises petit petite petits petites grand grande "
    "grands grandes vieux vieille vieil vieilles beau belle bel beaux belles jeune jeunes gros "
    "grosse grosses joli jolie jolis jolies long longue longues excellent excellente "
    "excellentes".split()
)


def _definite_subject(fields: Fields, index: int, determiner: str) -> bool:
    """la bonne apporta, les nouvelles arrivaient: after la or les, the word is the subject
    of the finite verb right after it; not a word that heads a phrase whose noun is understood
    (la première entra, la seconde montre, la seule)."""
    if determiner not in ("la", "les") or index + 1 >= len(fields):
        return False
    after = fields[index + 1]
    form = fields[index]["text"].lower()
    understood = (form in ELLIPTIC and not form.startswith("nouvelle")) or form.startswith("second")
    return (
        not understood
        and after["pos"] in ("VERB", "AUX")
        and (after["morph"].get("VerbForm") == "Fin")
    )


# Verbs that link their subject to an attribute as être does (elle parut surprise).
LINKING_VERBS = frozenset({"sembler", "paraître", "devenir", "rester", "demeurer"})


def copula_participle(values: dict[str, Any], verbs: Verbs) -> bool:
    """elle est surprise, elle parut surprise, la ville fut prise: a feminine past participle
    the tagger took for the noun it also spells (surprise, prise, vue), as the attribute of
    être or a linking verb, with no determiner of its own. Not a noun Lexique gives with a
    masculine lemma (elle est employée, députée: the noun employé stays)."""
    if values["pos"] != "NOUN" or not values["text"].lower().endswith(("e", "es")):
        return False
    token = values["_spacy"]
    children = [child.dep_ for child in token.children]
    if "det" in children or "case" in children:
        return False  # une surprise; à portée de la main, en vue: the noun after its preposition
    # a linking verb takes no object: the parse's object of one is its attribute
    linked = token.dep_ in ("xcomp", "obj") and token.head.lemma_ in LINKING_VERBS
    if "cop" not in children and not linked:
        return False
    form = values["text"].lower()
    noun = form[:-1] if form.endswith("s") else form
    found = verbs.readings(form)
    if found.get("NOUN") != (noun,) or not found.get("VERB"):
        return False
    return any(
        reading.get("VerbForm") == "Part" and reading.get("Tense") == "Past"
        for reading in verb_readings(form, verbs)
    )


def nominal_after_ne(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """le film ne dure que deux heures, la réunion ne compte pas: only a verb or a clitic
    follows ne, so a "noun" or "adjective" right after it is a finite verb (ne ... pas, ne
    ... rien are the negation rule's, tried first)."""
    if before is None or values["pos"] not in NOMINAL or not values["text"].isalpha():
        return False
    return before["text"].lower().replace("’", "'") in ("ne", "n'")


def participle_after_adverbs(fields: Fields, index: int, verbs: Verbs) -> bool:
    """j'ai un peu trop bu: a form Lexique reads only as a verb's, tagged an adjective or a
    noun, with only adverbs (and the un of un peu) between it and a finite avoir before it,
    or a finite être after a reflexive pronoun (je me suis finalement abstenue), is the
    participle of the compound tense; the tagger reads un as an article."""
    values = fields[index]
    if values["pos"] not in ("ADJ", "NOUN") or index == 0 or not _adverbial(fields, index - 1):
        return False  # the adverbs first: most words have none before them (issue 14)
    if set(verbs.readings(values["text"].lower())) != {"VERB"}:
        return False
    position = index - 1
    while position >= 0 and _adverbial(fields, position):
        position -= 1
    if position in (index - 1, -1):
        return False
    before = fields[position]
    if before["morph"].get("VerbForm") != "Fin":
        return False
    if before["lemma"] == "être":  # je me suis finalement abstenue: a pronominal's être
        reflexive = CLITICS | {"nous", "vous"}
        return position > 0 and fields[position - 1]["text"].lower().replace("’", "'") in reflexive
    return bool(before["lemma"] == "avoir")


def _adverbial(fields: Fields, position: int) -> bool:
    word = fields[position]
    if word["pos"] == "ADV":
        return True
    return bool(word["text"].lower() == "un" and fields[position + 1]["text"].lower() == "peu")


def coordinated_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """un bruit subit et violent (sudden, not subir): a word tagged as a finite verb right
    after a noun and right before et and an adjective, that Lexique also reads as an
    adjective, is that adjective, coordinated with the next. Its lemma, or "". (The
    adjective after et is left as tagged: the rules see one word at a time.)"""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin" or index < 1:
        return ""
    if fields[index - 1]["pos"] != "NOUN" or index + 2 >= len(fields):
        return ""
    if fields[index + 1]["text"].lower() != "et" or not _adjective(fields[index + 2], verbs):
        return ""
    adjectives = verbs.lexique.readings(values["text"].lower()).get("ADJ", ())
    return adjectives[0] if adjectives else ""


def _adjective(values: dict[str, Any], verbs: Verbs) -> bool:
    """Tagged an adjective, or a noun Lexique also reads as one (subit et violent: the
    tagger, misled by the verb before, may call violent a noun)."""
    if values["pos"] == "ADJ":
        return True
    return values["pos"] == "NOUN" and "ADJ" in verbs.lexique.readings(values["text"].lower())


# Articles before a noun the tagger may take for an adjective (le particulier qui fumait).
# (the singular possessives too: sa ferme depuis la mort de sa femme; novel17)
NOUN_ARTICLES = frozenset("le la l' l’ un une mon ma ton ta son sa notre votre leur".split())
# What ends the noun phrase right after it: a relative, a verb, a preposition, punctuation.
PHRASE_END = frozenset({"PUNCT", "VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"})
# Adjectives that head a noun phrase whose noun is understood (le premier qui parle, l'autre
# viendra, le même, le seul): still adjectives, as UD tags them.
ELLIPTIC = frozenset(
    "premier première dernier dernière seul seule même autre prochain prochaine suivant "
    "suivante précédent précédente nouveau nouvelle".split()
)


def article_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """le particulier qui fumait, un jeune entra: a word tagged as an adjective right after
    an article, with no noun after it (the phrase ends there), that Lexique also reads as a
    noun of the same lemma, is that noun. Not an ordinal or other word that heads a phrase
    whose noun is understood (le premier qui parle, l'autre). The noun's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 1:
        return ""
    article = fields[index - 1]
    if article["pos"] != "DET" or article["text"].lower() not in NOUN_ARTICLES:
        return ""
    if index + 1 < len(fields) and fields[index + 1]["pos"] not in PHRASE_END:
        return ""  # the text's end also ends the phrase: a heading, Le particulier
    form = values["text"].lower()
    if form in ELLIPTIC or form.endswith("ième") or values["lemma"] in ELLIPTIC:
        return ""
    nouns = verbs.lexique.readings(form).get("NOUN", ())
    return values["lemma"] if values["lemma"] in nouns else ""


# Dependents a verb has and an adjective never has: a subject, an object, an auxiliary (the
# parser may hang the next clause on the word, so a clause does not tell).
VERB_DEPENDENTS = ("nsubj", "obj", "iobj", "expl", "aux", "cop")


def standing_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """une masse informe gisait: a word tagged as a finite verb right after a noun that the
    parse makes it qualify (its head, as a modifier), with no subject or object of its own,
    not the only finite verb of its sentence, agreeing in number with the noun, whose form
    the lexicon knows as an adjective (Lexique, the dictionaries or the project's senses), is
    that adjective. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin" or index < 1:
        return ""
    noun = fields[index - 1]
    if noun["pos"] != "NOUN" or noun["text"].lower() in SUBJECT_CLITICS:
        return ""  # Tu informes, the tagger's "noun" Tu at a sentence start
    if not _qualifies(values["_spacy"], noun["_spacy"]) or _only_verb(values["_spacy"]):
        return ""
    form = values["text"].lower()
    adjective = _adjective_of(form, verbs)
    plural = form.endswith(("s", "x")) and not adjective.endswith(("s", "x"))
    number = noun["morph"].get("Number")
    if not adjective or (number and (number == "Plur") != plural):
        return ""
    return adjective


def _qualifies(word: Any, noun: Any) -> bool:
    """The parse attaches the word to the noun as a modifier, with no subject or object."""
    if word.head.i != noun.i or word.dep_ not in ("acl", "amod"):
        return False
    return not any(child.dep_.startswith(VERB_DEPENDENTS) for child in word.children)


def _only_verb(word: Any) -> bool:
    """Whether the word is the only finite verb of its sentence, which then needs it
    (Viens ! le Muguet régale: treats, the parse's modifier of the name notwithstanding)."""
    return not any(
        other.i != word.i and other.pos_ in ("VERB", "AUX") and "Fin" in other.morph.get("VerbForm")
        for other in word.sent
    )


def _adjective_of(form: str, verbs: Verbs) -> str:
    """The adjective the form is: Lexique's lemma of it as one, else the form or its singular
    where a dictionary or the project's senses have it as an adjective (informes: informe)."""
    lemmas = verbs.lexique.readings(form).get("ADJ", ())
    if lemmas:
        return lemmas[0]
    for word in dict.fromkeys((form, form.removesuffix("s"), form.removesuffix("x"))):
        if verbs.is_headword(word, "ADJ") or verbs.lexique.is_own_adjective(word):
            return word
    return ""


# What may stand beside a noun in a list of nouns (déportés, internés et victimes).
LIST_LINKS = frozenset({",", "et", "ou"})


def nominal_participle(fields: Fields, index: int, verbs: Verbs) -> str:
    """Pierre Dupont, correspondant local du journal; déportés, internés et victimes: a word
    tagged as a participle (present or past) that Lexique also reads as a noun, standing
    where a noun stands: after a noun and a comma with an adjective after it (its
    apposition), or in a list of nouns (a noun, then a comma or et, before it; or et, a comma
    then a noun after it), with no subject, object or auxiliary of its own (the parser may
    make the adjective after it its object). A past participle only in the plural (the
    people of a list: déportés, internés), not a thing's state (un plan établi, validé
    et publié). The noun's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Part" or index < 2:
        return ""
    if not (_apposition(fields, index) or _listed(fields, index)):
        return ""
    if values["morph"].get("Tense") == "Past" and not values["text"].endswith("s"):
        return ""  # un plan établi, validé et publié: the people of a list are plural
    if any(_verb_dependent(child) for child in values["_spacy"].children):
        return ""
    form = values["text"].lower()
    nouns = verbs.lexique.readings(form).get("NOUN", ())
    if nouns:
        return nouns[0]
    masculine = _participle_masculine(form)
    return masculine if verbs.is_headword(masculine, "NOUN") else ""


def _participle_masculine(form: str) -> str:
    """retraitées -> retraité, correspondantes -> correspondant: a participle's masculine
    singular, which a dictionary lists as the noun where Lexique has only the verb."""
    singular = form.removesuffix("s")
    feminine = singular.endswith(("ée", "ante", "ente"))
    return singular.removesuffix("e") if feminine else singular


def _apposition(fields: Fields, index: int) -> bool:
    """A noun or name, a comma (or et, ou), the word, then an adjective: Dupont, correspondant
    local; professeur de jardinage et correspondant local."""
    link = fields[index - 1]["text"].lower()
    if link not in LIST_LINKS or fields[index - 2]["pos"] not in ("NOUN", "PROPN"):
        return False
    if index + 1 >= len(fields) or fields[index + 1]["pos"] != "ADJ":
        return False
    if link != ",":
        return True  # et correspondant local: coordinated with the noun before
    # after a comma, the adjective qualifies the word (amod, or the parser's obj), not the
    # way it is done (dans la rue, parlant seul, parlant haut: advmod, xcomp of the verb)
    adjective, word = fields[index + 1]["_spacy"], fields[index]["_spacy"]
    return adjective.head.i == word.i and adjective.dep_ in ("amod", "obj")


def _listed(fields: Fields, index: int) -> bool:
    """Between nouns in a list: déportés, internés et victimes."""
    before = fields[index - 1]["text"].lower() in LIST_LINKS and fields[index - 2]["pos"] == "NOUN"
    if index + 2 >= len(fields):
        return False
    after = fields[index + 1]["text"].lower() in LIST_LINKS and fields[index + 2]["pos"] == "NOUN"
    return before and after


def _verb_dependent(child: Any) -> bool:
    """A subject, object or auxiliary; an 'object' tagged an adjective is the parser's
    reading of the adjective that qualifies the noun (correspondant local)."""
    if child.dep_ == "obj" and child.pos_ == "ADJ":
        return False
    return bool(child.dep_.startswith(VERB_DEPENDENTS))


# avoir trait à (to relate to): trait is the noun, not traire's participle.
TO = frozenset({"à", "au", "aux"})


def trait_noun(fields: Fields, index: int) -> bool:
    """qui a trait au respect: trait between avoir and à is the noun of avoir trait à."""
    values = fields[index]
    if values["text"].lower() != "trait" or values["pos"] not in ("VERB", "AUX") or index < 1:
        return False
    if fields[index - 1]["lemma"] != "avoir" or index + 1 >= len(fields):
        return False
    return fields[index + 1]["text"].lower() in TO


def verse_noun(fields: Fields, index: int) -> bool:
    """les quatre premiers vers, des vers de Hugo, un beau vers: vers right after a
    determiner or a number, or after an adjective that one precedes, is the noun (a line of
    verse, worms), not the preposition towards."""
    values = fields[index]
    if values["text"].lower() != "vers" or values["pos"] != "ADP" or index < 1:
        return False
    before = fields[index - 1]
    if before["pos"] == "ADJ" and index >= 2:
        before = fields[index - 2]
    return before["pos"] in ("DET", "NUM") and before["sentence"] == values["sentence"]


# The indefinite pronouns an adjective follows after de (rien de méchant, quelque chose de
# bizarre, quoi de neuf, personne d'autre).
INDEFINITE_PRONOUNS = frozenset({"rien", "chose", "quoi", "personne"})


def indefinite_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """Il n'avait rien de méchant, quelque chose de bizarre: a word tagged as a noun right
    after rien, quelque chose, quoi or personne and de, with no determiner, that the lexicon
    knows as an adjective, is that adjective (novel17). Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "NOUN" or index < 2:
        return ""
    of, pronoun = fields[index - 1], fields[index - 2]
    if of["text"].lower() not in ("de", "d'", "d’"):
        return ""
    if pronoun["text"].lower() not in INDEFINITE_PRONOUNS:
        return ""
    if pronoun["sentence"] != values["sentence"] or not _bare_pronoun(fields, index - 2):
        return ""
    return _adjective_of(values["text"].lower(), verbs)


def _bare_pronoun(fields: Fields, index: int) -> bool:
    """chose only after quelque (quelque chose, not la chose de gauche), personne only with no
    determiner (personne de sérieux, not une personne de droite)."""
    word = fields[index]["text"].lower()
    before = fields[index - 1] if index else None
    if word == "chose":
        return before is not None and before["text"].lower() == "quelque"
    return not (before is not None and before["pos"] in ("DET", "ADJ", "NUM"))


def en_clitic(fields: Fields, index: int) -> bool:
    """La terre en valait le double, pour en estimer la valeur: en tagged a preposition right
    before a conjugated verb or an infinitive of its sentence is the clitic pronoun (of it,
    some); not the en of a gerund (en sautant) nor en before a noun (novel17)."""
    values = fields[index]
    if values["text"].lower() != "en" or values["pos"] != "ADP" or index + 1 >= len(fields):
        return False
    after = fields[index + 1]
    if after["sentence"] != values["sentence"] or after["pos"] not in ("VERB", "AUX"):
        return False
    if after["text"].lower() in PHRASE_INFINITIVES:
        return False  # il revoyait en souvenir la jolie femme: in memory, a noun after en
    return after["morph"].get("VerbForm") in ("Fin", "Inf")


# Infinitives that are nouns after the preposition en (en souvenir de, un talent en devenir).
PHRASE_INFINITIVES = frozenset({"souvenir", "devenir"})


def bare_participle_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """un regard perçant, un nœud coulant: a present participle right after the noun
    the parse makes it qualify, with no dependent at all (no object, complement or adverb:
    les élèves sortant de l'école stays the verb), that Lexique also reads as an adjective, is
    that adjective. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("Tense") != "Pres" or index < 1:
        return ""
    if values["morph"].get("VerbForm") != "Part" or fields[index - 1]["pos"] != "NOUN":
        return ""
    word = values["_spacy"]
    if word.head.i != fields[index - 1]["_spacy"].i or word.dep_ not in ("acl", "amod"):
        return ""
    if any(child.dep_ != "punct" for child in word.children):
        return ""
    adjectives = verbs.lexique.readings(values["text"].lower()).get("ADJ", ())
    return adjectives[0] if adjectives else ""


# fils (sons or threads) before what only threads and wires are made of or carry: fil.
THREAD_MATERIALS = frozenset("fer soie laine coton cuivre acier lin nylon".split())
THREAD_KINDS = frozenset("électriques barbelés téléphoniques conducteurs".split())


def fils_of_thread(fields: Fields, index: int) -> bool:
    """les fils de fer, des fils électriques: fils is fil's plural (wires, threads), not fils
    (sons), before de + a material or an adjective only wires take."""
    values = fields[index]
    if values["text"].lower() != "fils" or values["pos"] != "NOUN" or index + 1 >= len(fields):
        return False
    after = fields[index + 1]["text"].lower()
    if after in THREAD_KINDS:
        return True
    if after not in ("de", "d'", "d’") or index + 2 >= len(fields):
        return False
    return fields[index + 2]["text"].lower() in THREAD_MATERIALS


# Adjectives French puts before the noun that the tagger reads as a noun there (le brave
# homme, ce brave Jacques): the ones whose sense their place decides (lookup/surroundings.py
# PLACED), and the common short ones.
BEFORE_NOUN = frozenset(
    "brave pauvre sacré vieux vieil vieille jeune bon bonne grand grande petit petite gros "
    "grosse beau bel belle joli jolie cher chère vrai vraie seul seule simple ancien ancienne "
    "propre digne fameux fameuse excellent excellente honnête malheureux malheureuse gentil "
    "gentille méchant méchante satané satanée maudit maudite fichu fichue certain certaine "
    "curieux curieuse sale unique pur pure".split()
)


def adjective_before_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """le brave homme, ce brave Jacques: a word of BEFORE_NOUN, in the singular or plural,
    tagged as a noun right between a determiner and a noun or a name, is the adjective that
    Lexique reads it as. The adjective's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "NOUN" or not 0 < index < len(fields) - 1:
        return ""
    form = values["text"].lower()
    if form.rstrip("sx") not in BEFORE_NOUN and form not in BEFORE_NOUN:
        return ""
    before, after = fields[index - 1], fields[index + 1]
    if before["pos"] != "DET" or after["pos"] not in ("NOUN", "PROPN"):
        return ""
    adjectives = verbs.lexique.readings(form).get("ADJ", ())
    return adjectives[0] if adjectives else ""


def noun_after_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """ce pauvre garçon: a word tagged as an adjective right after a determiner and an
    adjective, that Lexique reads only as a noun, is that noun. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 2:
        return ""
    if fields[index - 1]["pos"] != "ADJ" or fields[index - 2]["pos"] != "DET":
        return ""
    readings = verbs.lexique.readings(values["text"].lower())
    nouns = readings.get("NOUN", ())
    return nouns[0] if nouns and "ADJ" not in readings else ""


# tâcher's imperatives, which are also the noun tâche's forms or look like them (novel18).
TACHER_FORMS = frozenset({"tâche", "tâchez", "tâchons"})
# What may stand before an imperative that opens its clause: nothing, punctuation, et, mais.
CLAUSE_OPENERS = frozenset({"et", "mais", "donc", "alors", "puis"})
# What may follow de before the infinitive: ne, an object or reflexive clitic.
BEFORE_INFINITIVE = frozenset(
    "ne n' n’ le la l' l’ les me m' m’ te t' t’ se s' s’ y en lui".split()
)


def tacher_imperative(fields: Fields, index: int) -> bool:
    """Et tâche de ne pas t'endormir, Tâchez donc d'être à l'heure: a form of tâche tagged a
    noun at the start of its clause, before de (donc between) and an infinitive, is tâcher's
    imperative; not la tâche de tous, une tâche d'huile (a determiner before, or a noun after
    de)."""
    values = fields[index]
    if values["text"].lower() not in TACHER_FORMS or values["pos"] != "NOUN":
        return False
    if index > 0:
        before = fields[index - 1]
        if before["pos"] != "PUNCT" and before["text"].lower() not in CLAUSE_OPENERS:
            return False
    at = index + 1
    if at < len(fields) and fields[at]["text"].lower() == "donc":
        at += 1
    if at + 1 >= len(fields) or fields[at]["text"].lower() not in ("de", "d'", "d’"):
        return False
    following = fields[at + 1]
    return following["text"].lower() in BEFORE_INFINITIVE or (
        following["pos"] in ("VERB", "AUX") and following["morph"].get("VerbForm") == "Inf"
    )
