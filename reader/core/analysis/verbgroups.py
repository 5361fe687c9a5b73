"""Find multi-word verb forms in a parsed sentence: compound tenses, passives, pronominal
verbs, the near future (va partir, va être présenté), the recent past (vient de partir), and
negation (ne … pas, ne … ni … ni, the restriction ne … que), also of a copula (n'est pas
visible)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.core.analysis.corrections.lemma_tables import VERB_ENDINGS
from reader.core.dictionaries.lexicon.lexicon import pronominal
from reader.core.grammar.conjugation import ETRE_VERBS, correct_finite

SpacyToken = Any  # spacy.tokens.Token; spaCy ships no type information

AUX_DEPS = frozenset({"aux:tense", "aux:pass", "aux", "cop"})
REFLEXIVE_DEPS = frozenset({"expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj"})
# The subject a reflexive pronoun other than se needs (vous: also one person, politely).
CLITIC_PERSONS = {"me": "je", "m'": "je", "te": "tu", "t'": "tu", "nous": "nous", "vous": "vous"}
SUBJECT_PERSONS = {"je": "je", "j'": "je", "tu": "tu", "nous": "nous", "vous": "vous"}
THIRD_PERSON_SUBJECTS = frozenset("il elle on ils elles cela ça ce c'".split())
# How many verbs up a chain of infinitives a reflexive looks for its subject.
CHAIN = 4
# Verbs between a reflexive and its verb that leave it the verb's: s'est assis, va se coucher.
GROUP_VERBS = frozenset({"être", "avoir", "aller", "venir"})
# Parts of the body a verb acts on with a reflexive pronoun saying whose (se passer la main).
BODY_PARTS = frozenset(
    "main mains doigt doigts bras jambe jambes pied pieds genou genoux tête visage front "
    "joue joues yeux oeil œil paupière paupières nez bouche lèvre lèvres dent dents langue "
    "oreille oreilles cheveu cheveux barbe moustache cou gorge épaule épaules dos poitrine "
    "ventre poing poings ongle ongles cuisse cuisses cheville poignet coude menton tempe "
    "tempes sourcil sourcils figure".split()
)
NEGATIVE_PARTNERS = {
    "pas": "ne … pas (not)",
    "plus": "ne … plus (no longer, not any more)",
    "jamais": "ne … jamais (never)",
    "rien": "ne … rien (nothing)",
    "personne": "ne … personne (nobody)",
    "guère": "ne … guère (hardly)",
    "point": "ne … point (not at all, literary)",
    "aucun": "ne … aucun (not any, none)",
    "aucune": "ne … aucune (not any, none)",
    "nullement": "ne … nullement (not at all)",
    "nulle": "ne … nulle part (nowhere)",
    "que": "ne … que (only)",
    "qu'": "ne … que (only)",
}
# Partners found by position when the parse hangs them elsewhere (not que, nor plus: too
# often a comparison).
CLAUSE_PARTNERS = frozenset({"pas", "jamais", "rien", "personne", "guère", "point", "nullement"})
NI = "ne … ni … ni (neither … nor)"
GROUP_PARTNERS = frozenset({"pas", "plus", "point"})


@dataclass
class GroupSpec:
    """A verb group in one spaCy doc, before offsets are made global."""

    head: SpacyToken
    members: set[int] = field(default_factory=set)
    auxiliaries: list[SpacyToken] = field(default_factory=list)
    reflexive: SpacyToken | None = None
    with_en: bool = False
    negation: str | None = None
    periphrasis: SpacyToken | None = None  # aller (near future) or venir (recent past)
    partner: SpacyToken | None = None  # of ne, when it keeps its own card (jamais, que)
    passive: bool = False

    def lemma_of(self, verb: str) -> str:
        """The group's dictionary form from its verb's lemma: se rencontrer, s'en aller."""
        if self.reflexive is None:
            return verb
        if self.with_en:
            return f"s'en {verb}"
        if acts_on_the_body(self.head):
            return verb
        return pronominal(verb)


def find_groups(doc: Any, lemmas: dict[int, str], tags: dict[int, str]) -> list[GroupSpec]:
    """Every verb group in the doc, each token in at most one group.

    lemmas, tags: the corrected lemma and part of speech of each token by its index in the doc.
    """
    taken: set[int] = set()
    groups: list[GroupSpec] = []
    for i in range(len(doc)):
        # The corrected tags cover every token but spaces: a Token object only for a verb.
        tag = tags.get(i)
        if (tag if tag is not None else doc[i].pos_) not in ("VERB", "AUX") or i in taken:
            continue
        group = _group_for(doc[i], lemmas)
        if group is not None and any(tags.get(aux.i) == "NOUN" for aux in group.auxiliaries):
            continue  # les vacances d'été commencent: été is the season, no auxiliary
        if group is not None and not (group.members & taken):
            taken |= group.members
            groups.append(group)
    return groups


def _group_for(verb: SpacyToken, lemmas: dict[int, str]) -> GroupSpec | None:
    periphrasis = _periphrastic_infinitive(verb)
    if periphrasis is not None:
        group = GroupSpec(head=periphrasis, periphrasis=verb)
        group.members = {verb.i, periphrasis.i}
        group.members |= {
            c.i for c in periphrasis.children if c.dep_ == "mark" and c.i < periphrasis.i
        }
        _collect_negation(group, verb)
        _collect_clitics(group, periphrasis)
        # va être présenté: the near future of the passive
        group.auxiliaries = [c for c in periphrasis.children if _is_passive_infinitive(c)]
        group.members |= {aux.i for aux in group.auxiliaries}
        group.passive = bool(group.auxiliaries)
        return group
    if _is_copula(verb):
        return _copula_group(verb)
    if verb.dep_ in AUX_DEPS and verb.head.i != verb.i:
        return None  # an auxiliary belongs to its participle's group
    if not lemmas.get(verb.i, "").endswith(VERB_ENDINGS):
        return None  # être inquiet: the model took an adjective for a participle
    if not _has_group_parts(verb):
        return None
    group = GroupSpec(head=verb, members={verb.i})
    group.auxiliaries = _auxiliaries(verb)
    group.members |= {aux.i for aux in group.auxiliaries}
    _collect_clitics(group, verb)
    _collect_negation(group, verb)
    for aux in group.auxiliaries:
        _collect_negation(group, aux)
    group.passive = _is_passive(group)
    return group if len(group.members) > 1 else None


def _is_copula(verb: SpacyToken) -> bool:
    """être linking a subject to an adjective or a noun (n'est pas visible), not an auxiliary."""
    head = verb.head
    return bool(verb.dep_ == "cop" and head.i != verb.i and not _is_auxiliary(verb, head))


def _copula_group(copula: SpacyToken) -> GroupSpec | None:
    """n'est pas visible, n'était qu'un enfant: the negation of a copula hangs on the word it
    links; the group is the copula with its ne and partner."""
    group = GroupSpec(head=copula, members={copula.i})
    ne = _ne_of(copula.head)
    if ne is None or ne.i > copula.i:
        return None
    _add_negation(group, copula.head, ne, copula)
    return group if len(group.members) > 1 else None


def _has_group_parts(verb: SpacyToken) -> bool:
    """A quick look before the full one: most verbs have no auxiliary, clitic or ne."""
    return any(
        child.dep_ in AUX_DEPS or (child.i < verb.i and child.pos_ in ("PRON", "ADV"))
        for child in verb.children
    )


def _auxiliaries(verb: SpacyToken) -> list[SpacyToken]:
    """avoir / être before the verb; the parser sometimes hangs `a` on `été` (a été mis)."""
    found = [child for child in verb.children if _is_auxiliary(child, verb)]
    for aux in list(found):
        found.extend(child for child in aux.children if _is_auxiliary(child, verb))
    return sorted(found, key=lambda aux: aux.i)


def _periphrastic_infinitive(verb: SpacyToken) -> SpacyToken | None:
    """The infinitive of va partir / allait partir / vient de partir, if verb is aller/venir."""
    lemma = verb.lemma_.lower()
    if lemma not in ("aller", "venir"):
        return None
    morph = correct_finite(lemma, verb.text, verb.morph.to_dict())
    if morph.get("VerbForm") != "Fin" or morph.get("Tense") not in ("Pres", "Imp"):
        return None
    if morph.get("Mood") in ("Imp", "Cnd", "Sub") or _commanded(verb):
        # Allez voir ça, Va voir !, j'irais voir, qu'elle aille la voir: go and see, not a
        # near future
        return None
    for child in verb.rights:
        passive = lemma == "aller" and any(_is_passive_infinitive(c) for c in child.children)
        if child.dep_ == "xcomp" and (child.morph.get("VerbForm") == ["Inf"] or passive):
            has_de = any(c.lower_ in ("de", "d'") for c in child.children if c.dep_ == "mark")
            if (lemma == "venir") == has_de and child.i - verb.i <= 4:
                return _first_infinitive(verb, child)
    return None


def _commanded(verb: SpacyToken) -> bool:
    """A verb opening its sentence with no subject of its own is a command, whatever the
    tagger's mood (Va voir ! read as a present); Va-t-il partir ? has its subject after it."""
    if any(child.dep_.startswith(("nsubj", "expl")) for child in verb.children):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    return all(token.is_punct or token.is_space for token in before)


def _first_infinitive(verb: SpacyToken, child: SpacyToken) -> SpacyToken:
    """The infinitive right after aller is the near future's, whatever the parse hung on aller
    (va falloir partir: falloir, which the model leaves as an adverb, not partir)."""
    for token in verb.doc[verb.i + 1 : child.i]:
        if token.head.i == child.i:
            continue  # va être présenté: the passive's être belongs to the infinitive
        if token.lower_ == "falloir" or token.morph.get("VerbForm") == ["Inf"]:
            return token
    return child


def _is_passive_infinitive(child: SpacyToken) -> bool:
    """The être of a passive infinitive (va être présenté)."""
    return bool(child.dep_ == "aux:pass" and child.lower_ == "être")


def _is_auxiliary(child: SpacyToken, verb: SpacyToken) -> bool:
    if child.lemma_.lower() not in ("avoir", "être") or child.dep_ not in AUX_DEPS:
        return False
    # être + adjective is a copula, not a compound form; with a participle it is an auxiliary,
    # and so is été, which the parser calls a copula where it took the verb's participle for
    # an adjective (le texte a été épuré), with no verb form (aurait été d'épouser: the
    # infinitive is the attribute); the group is made only for a verb's lemma.
    form = verb.morph.get("VerbForm")
    if form == ["Inf"]:
        return False  # an infinitive takes no auxiliary: aurait été d'épouser is a parse slip
    return bool(child.dep_ != "cop" or form == ["Part"] or (child.lower_ == "été" and not form))


def _collect_clitics(group: GroupSpec, verb: SpacyToken) -> None:
    """A reflexive pronoun before the verb makes it pronominal (se sont rencontrés)."""
    for child in verb.lefts:
        if child.pos_ != "PRON":
            continue
        if _is_reflexive(child, verb):
            group.reflexive = child
            group.members.add(child.i)
        elif child.lower_ == "en" and group.reflexive is not None and _adjacent(group, child):
            group.with_en = True
            group.members.add(child.i)


def _is_reflexive(pronoun: SpacyToken, verb: SpacyToken) -> bool:
    """Whether a pronoun before the verb is its reflexive. se is whenever the tagger marks it
    so. me, te, nous, vous need the subject of their person, which the tagger does not check:
    cela ne me regarde pas, tu me manques, Jacques me dit, je te dis are no se regarder, se
    manquer, se dire. Right after the subject pronoun of their person they are reflexive even
    unmarked (vous vous trompez; tu te trompes, the Tu parsed as a noun), unless the parse
    makes them the indirect object or the verb has a direct one (je ne me serais jamais cru
    tant de vigueur: croire). With no subject pronoun just before, the verb's own subject
    decides; an infinitive's is its governing verb's, up a chain (tu peux me voir, ils ne
    pourront s'accoutumer à te voir), or an imperative's person (venez me voir: no se voir);
    with none at all, the tagger's mark stands. A full verb between the pronoun and the
    participle takes the pronoun (il se sentait enfermé: se sentir, not s'enfermer)."""
    if _another_verb_between(pronoun, verb):
        return False  # il se sentait enfermé: se sentir's, not s'enfermer
    marked = pronoun.morph.get("Reflex") == ["Yes"] and pronoun.dep_ in REFLEXIVE_DEPS
    wanted = CLITIC_PERSONS.get(pronoun.lower_.replace("’", "'"))
    if wanted is None:
        return marked
    before = _subject_pronoun_before(pronoun)
    if before is not None:
        return before == wanted and (marked or not _is_dative(pronoun, verb))
    if marked:
        return _subject_agrees(wanted, verb)
    # Unmarked before an infinitive (je ne sais comment m'y prendre): reflexive where the verb
    # it completes has a subject of the pronoun's person, and the pronoun is no indirect object.
    infinitive = verb.morph.get("VerbForm") == ["Inf"]
    between = pronoun.doc[pronoun.i + 1 : verb.i]
    if not infinitive or any(word.lower_ not in ("en", "y") for word in between):
        return False  # vous, d'aller m'en chercher: a stressed vous, not aller's reflexive
    return not _is_dative(pronoun, verb) and wanted in (_chain_persons(verb) or ())


def _is_dative(pronoun: SpacyToken, verb: SpacyToken) -> bool:
    """The parse's indirect object, or a pronoun beside the verb's direct object."""
    return pronoun.dep_ == "iobj" or any(
        child.dep_ in ("obj", "obl:arg") and child.i > verb.i for child in verb.children
    )


def acts_on_the_body(verb: SpacyToken) -> bool:
    """A verb whose direct object is a part of the body, where the reflexive pronoun says
    whose (elle se passa la main dans les cheveux, il se frotta les yeux, je me suis cassé la
    jambe): the verb's own sense, pass, rub, break, not the pronominal verb's (se passer:
    happen). The group stays pronominal for its tense (s'est passé), its lemma is the verb's.
    Not a part after a comma (il se tournait vers nous, les bras ouverts): that stands alone."""
    return any(
        child.dep_ == "obj"
        and child.lemma_.lower() in BODY_PARTS
        and any(word.dep_ == "det" for word in child.lefts)  # not nez à nez
        and not any(word.is_punct for word in verb.doc[verb.i : child.i])
        for child in verb.rights
    )


def _subject_agrees(wanted: str, verb: SpacyToken) -> bool:
    """Whether the verb's subject is of the person a reflexive me, te, nous or vous wants, or
    the verb has none (a relative qui counts as any person)."""
    persons = _chain_persons(verb)
    return persons is None or wanted in persons or "qui" in persons


def _chain_persons(verb: SpacyToken) -> frozenset[str] | None:
    """The persons of the verb's subjects (je, tu, nous, vous, "il" for any other, "qui" for a
    relative), or None where it has none. An infinitive's or a completing participle's
    subject is the verb's it completes, up a chain (vous allez me promettre, si j'avais pu
    t'épouser, je ne sais pas comment m'y prendre: vous, je, je); an imperative's is its
    ending's (venez me voir: vous)."""
    for _ in range(CHAIN):  # up a chain of infinitives: ils pourront s'accoutumer à te voir
        subjects = _own_subjects(verb)
        if subjects:
            return frozenset(
                "qui"
                if s.lower_ == "qui"
                else SUBJECT_PERSONS.get(s.lower_.lstrip("-").replace("’", "'"), "il")
                for s in subjects
            )
        if verb.morph.get("Mood") == ["Imp"]:
            return frozenset({_imperative_person(verb)})
        if verb.morph.get("VerbForm") == ["Fin"] and (before := _subject_pronoun_before(verb)):
            return frozenset({before})  # Tu peux me voir, the Tu parsed as a noun
        climbs = verb.morph.get("VerbForm") == ["Inf"] or verb.dep_ in ("xcomp", "advcl")
        if not climbs or verb.head is verb or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _imperative_person(verb: SpacyToken) -> str:
    """The person an imperative's ending says: venez (vous), allons (nous), viens (tu)."""
    text = verb.lower_
    return "vous" if text.endswith("ez") else "nous" if text.endswith("ons") else "tu"


def _another_verb_between(pronoun: SpacyToken, verb: SpacyToken) -> bool:
    """Whether a full verb stands between the pronoun and the verb (il se sentait enfermé, il
    se croyait perdu), not être, avoir, aller or venir (s'est assis, va se coucher)."""
    return any(
        word.pos_ in ("VERB", "AUX") and word.lemma_ not in GROUP_VERBS
        for word in pronoun.doc[pronoun.i + 1 : verb.i]
    )


def _own_subjects(verb: SpacyToken) -> list[SpacyToken]:
    """The verb's subjects, and those of its auxiliary (a parse may hang j' on ai in j'ai à
    t'avouer)."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return subjects + [
        s
        for aux in verb.children
        if aux.dep_.startswith("aux")
        for s in aux.children
        if s.dep_.startswith("nsubj")
    ]


def _subject_pronoun_before(pronoun: SpacyToken) -> str | None:
    """The person of the subject pronoun written just before a clitic (je me, tu ne te, on
    m'), or None where another word is there."""
    at = pronoun.i - 1
    while at >= 0 and pronoun.doc[at].lower_.replace("’", "'") in ("ne", "n'"):
        at -= 1
    if at < 0:
        return None
    word = pronoun.doc[at].lower_.replace("’", "'")
    if word in SUBJECT_PERSONS:
        return SUBJECT_PERSONS[word]
    return "il" if word in THIRD_PERSON_SUBJECTS else None


def _adjacent(group: GroupSpec, token: SpacyToken) -> bool:
    return group.reflexive is not None and token.i == group.reflexive.i + 1


def _collect_negation(group: GroupSpec, verb: SpacyToken) -> None:
    ne = _ne_of(verb)
    if ne is not None:
        _add_negation(group, verb, ne)


def _ne_of(verb: SpacyToken) -> SpacyToken | None:
    return next((c for c in verb.lefts if c.lemma_.lower() == "ne" and c.pos_ == "ADV"), None)


def _add_negation(
    group: GroupSpec, verb: SpacyToken, ne: SpacyToken, anchor: SpacyToken | None = None
) -> None:
    """ne and its partner; anchor: the word the partner follows (the verb, or the copula)."""
    group.members.add(ne.i)
    partner = _negative_partner(verb, ne, anchor or verb)
    if partner is not None:
        # jamais, personne, que keep their own card (never, nobody, only): a learner
        # clicking them wants the word; pas, plus, point mean nothing alone
        if partner.lower_ in GROUP_PARTNERS:
            group.members.add(partner.i)
        else:
            group.partner = partner
        group.negation = NEGATIVE_PARTNERS[partner.lower_]
        return
    if _ni(verb, ne):
        group.negation = NI  # ni keeps its own card (nor)
        return
    group.negation = group.negation or "ne (alone: literary negation, or no negative meaning)"


def _negative_partner(verb: SpacyToken, ne: SpacyToken, anchor: SpacyToken) -> SpacyToken | None:
    """pas, plus, jamais ... among the verb's dependents, aucun or que one level down, else
    further on in the clause (ne veut rien faire); the one nearest after ne where several
    could be (ne … plus que: plus), else one before it (Personne ne vient)."""
    found: list[SpacyToken] = []
    children = [child for child in verb.children if child.i != ne.i]
    for child in children:
        if _is_restriction(child):
            if _closely_follows(child, anchor):
                found.append(child)
        elif child.lower_ in NEGATIVE_PARTNERS and child.lower_ not in ("aucun", "aucune"):
            found.append(child)
    for child in children:
        for grandchild in child.children:
            if grandchild.lower_ in ("aucun", "aucune") and grandchild.dep_ == "det":
                found.append(grandchild)
            if _is_restriction(grandchild) and _closely_follows(grandchild, anchor):
                found.append(grandchild)
    after = sorted((t for t in found if t.i > ne.i), key=lambda t: t.i)
    if after:
        return after[0]
    if found:
        return found[0]
    return _later_in_clause(verb, ne)


def _later_in_clause(verb: SpacyToken, ne: SpacyToken) -> SpacyToken | None:
    """il ne veut rien faire, il ne faut point: a partner the parse hung elsewhere, between
    ne and the end of the clause (a punctuation mark or a conjunction)."""
    for token in verb.doc[ne.i + 1 : verb.sent.end]:
        if token.is_punct or (token.pos_ in ("SCONJ", "CCONJ") and token.lower_ != "ni"):
            return None
        if token.lower_ in CLAUSE_PARTNERS and token.pos_ in ("ADV", "PRON", "DET"):
            return token
    return None


def _ni(verb: SpacyToken, ne: SpacyToken) -> list[SpacyToken]:
    """ne mange ni viande ni poisson: the ni of the clause after ne."""
    found = []
    for token in verb.doc[ne.i + 1 : verb.sent.end]:
        if token.lower_ == "ni":
            found.append(token)
        elif token.is_punct and token.text not in (",",):
            break
    return found


def _is_restriction(token: SpacyToken) -> bool:
    """The que of ne ... que (only): attached as fixed, mark or advmod."""
    return token.lower_ in ("que", "qu'") and token.dep_ in ("fixed", "mark", "advmod")


def _closely_follows(token: SpacyToken, verb: SpacyToken) -> bool:
    return bool(0 < token.i - verb.i <= 3)


def _is_passive(group: GroupSpec) -> bool:
    """être + participle is passive unless the verb is pronominal or conjugated with être."""
    if group.reflexive is not None or group.head.lemma_.lower() in ETRE_VERBS:
        return False
    return (
        any(aux.dep_ == "aux:pass" for aux in group.auxiliaries)
        or (
            group.head.morph.get("Voice") == ["Pass"]
            and any(aux.lemma_.lower() == "être" for aux in group.auxiliaries)
        )
        or _been(group)
    )


def _been(group: GroupSpec) -> bool:
    """avoir + été + participle, whose été the parser calls a copula (le texte a été épuré):
    a passive's compound tense, as with an adverb between (a déjà été épuré)."""
    lemmas = {aux.lemma_.lower() for aux in group.auxiliaries}
    return "avoir" in lemmas and any(aux.lower_ == "été" for aux in group.auxiliaries)
