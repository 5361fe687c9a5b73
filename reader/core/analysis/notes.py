"""Turn one parsed doc's tokens and verb groups into grammar notes and VerbGroup records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.core.analysis.verbgroups import GroupSpec
from reader.core.grammar.conjugation import AGREEMENT, simple_tense
from reader.core.grammar.notes import (
    GroupFacts,
    WordFacts,
    describe_group,
    describe_group_body,
    describe_in_group,
    describe_word,
    group_tense,
)
from reader.core.models import VerbGroup

# Past participle endings by infinitive ending: mené(e)(s), fini(e)(s), rendu(e)(s), pris, fait.
_AGREEMENT = ("", "e", "s", "es")
PARTICIPLE_ENDINGS = {
    "er": tuple("é" + end for end in _AGREEMENT),
    "ir": tuple(stem + end for stem in ("i", "u", "ert", "ort") for end in _AGREEMENT),
    "re": tuple(stem + end for stem in ("u", "is", "it", "int", "ait") for end in _AGREEMENT),
}
# Subjects whose number the participle, not the pronoun, shows (on = nous; polite vous).
LOOSE_SUBJECTS = frozenset({"on", "vous"})


class DocNotes:
    """Fills `group` and `grammar` into the token fields of one doc."""

    def __init__(
        self,
        text: str,
        fields: list[dict[str, Any]],
        positions: dict[int, int],
        gender: Callable[[str], str],
        verb_of: Callable[[str], str],
    ) -> None:
        self.text = text
        self.fields = fields
        self.positions = positions
        self.first = min(positions.values(), default=0)
        self.gender = gender
        self.verb_of = verb_of

    def _at(self, doc_index: int) -> dict[str, Any]:
        return self.fields[self.positions[doc_index] - self.first]

    def add_group(self, spec: GroupSpec, group_id: int) -> VerbGroup:
        members = sorted(i for i in spec.members if i in self.positions)
        form = self._form(members)
        facts = self._group_facts(spec, form)
        note = describe_group(facts)
        body = describe_group_body(facts)
        for i in members:
            values = self._at(i)
            values["group"] = group_id
            role = _role(spec, values["_spacy"], values["lemma"])
            values["grammar"] = describe_in_group(role, form, facts.lemma, body)
        if spec.partner is not None and spec.partner.i in self.positions and spec.negation:
            self._at(spec.partner.i)["grammar"] = partner_note(
                spec.partner.lower_, spec.negation, form
            )
        return VerbGroup(
            id=group_id,
            tokens=tuple(self.positions[i] for i in members),
            head=self.positions[spec.head.i],
            form=form,
            lemma=facts.lemma,
            tense=group_tense(facts)[0],
            passive=facts.passive,
            negation=spec.negation,
            note=note,
        )

    def _form(self, members: list[int]) -> str:
        """The group as written, with … where other words stand between its parts."""
        parts: list[str] = []
        for previous, current in zip([None, *members], members, strict=False):
            values = self._at(current)
            if previous is None:
                parts.append(values["text"])
            elif current == previous + 1:
                parts.append(self.text[self._at(previous)["end"] : values["end"]])
            else:
                parts.append(" … " + values["text"])
        return "".join(parts)

    def _group_facts(self, spec: GroupSpec, form: str) -> GroupFacts:
        auxiliaries = sorted(spec.auxiliaries, key=lambda aux: aux.i)
        aux_morphs = [self._at(aux.i)["morph"] for aux in auxiliaries]
        head_morph = self._at(spec.head.i)["morph"]
        has_avoir = any(aux.lemma_.lower() == "avoir" for aux in auxiliaries)
        periphrasis = self._at(spec.periphrasis.i) if spec.periphrasis is not None else None
        finite = [
            m
            for m in [periphrasis["morph"] if periphrasis else {}, *aux_morphs, head_morph]
            if m.get("VerbForm") == "Fin"
        ]
        return GroupFacts(
            form=form,
            lemma=spec.lemma_of(self._at(spec.head.i)["lemma"]),
            auxiliary_tense=simple_tense(aux_morphs[0]) if aux_morphs else None,
            own_tense=simple_tense(head_morph),
            compound=has_avoir or (bool(auxiliaries) and not spec.passive),
            periphrasis=periphrasis["lemma"] if periphrasis else "",
            periphrasis_tense=periphrasis["morph"].get("Tense", "") if periphrasis else "",
            passive=spec.passive,
            pronominal=spec.reflexive is not None,
            negation=spec.negation,
            person=finite[0] if finite else {},
            agreement=self._agreement(spec, head_morph),
            agrees_with_subject=spec.passive
            or any(aux.lemma_.lower() == "être" for aux in auxiliaries),
        )

    def _agreement(self, spec: GroupSpec, head_morph: dict[str, str]) -> dict[str, str]:
        """The participle's gender and number as its subject gives them (ils se sont aperçus:
        masculine plural, whatever the tagger gave aperçus); the participle's own where the
        subject does not say (je, or no subject in the parse) or says loosely (on, vous)."""
        if head_morph.get("VerbForm") != "Part":
            return {}
        own = {key: head_morph[key] for key in AGREEMENT if key in head_morph}
        for child in spec.head.children:
            if child.dep_.startswith("nsubj") and child.i in self.positions:
                if child.lower_ in LOOSE_SUBJECTS:
                    return own  # on s'est amusés, vous êtes venue: the participle says
                return {**own, **self._subject_features(child)}
        return own

    def _subject_features(self, subject: Any) -> dict[str, str]:
        """Gender and number of a subject; coordinated ones (Marie et Julie) are plural, and
        feminine only if each is."""
        parts = [subject, *(c for c in subject.children if c.dep_ == "conj")]
        morphs = [self._at(part.i)["morph"] for part in parts if part.i in self.positions]
        if len(morphs) == 1:
            return {key: morphs[0][key] for key in AGREEMENT if key in morphs[0]}
        genders = {morph.get("Gender", "") for morph in morphs}
        features = {"Number": "Plur"}
        if "" not in genders:
            features["Gender"] = "Fem" if genders == {"Fem"} else "Masc"
        return features

    def finish(self, memo: dict[tuple[Any, ...], tuple[str, Any]]) -> list[dict[str, Any]]:
        """The fields ready for Token(**fields): global index, and a note for every word.

        Notes depend only on the key below, and most words repeat (le, de, et), so a memo
        shared across docs and texts saves most of the work. The key holds the features'
        id(): the memo keeps the features themselves beside the note, so that id stays
        theirs as long as the memo lives.
        """
        after_en = False
        for values in self.fields:
            token = values.pop("_spacy")
            values["index"] = self.positions[token.i]
            lower = token.lower_
            if "grammar" not in values and values["is_word"]:
                key = (lower, values["lemma"], values["pos"], id(values["morph"]), after_en)
                found = memo.get(key)
                if found is None:
                    note = describe_word(self._word_facts(values, token, after_en))
                    found = memo[key] = (note, values["morph"])
                values["grammar"] = found[0]
            after_en = lower == "en"
        return self.fields

    def _word_facts(self, values: dict[str, Any], token: Any, after_en: bool) -> WordFacts:
        lemma, pos = values["lemma"], values["pos"]
        morph = values["morph"]
        return WordFacts(
            text=token.text,  # normalised: l’ reads as l'
            lemma=lemma,
            pos=pos,
            morph=morph,
            after_en=after_en,
            participle_of=self._participle_of(token, lemma) if pos == "ADJ" else "",
            gender=self.gender(lemma) if pos == "NOUN" and "Gender" not in morph else "",
        )

    def _participle_of(self, token: Any, lemma: str) -> str:
        """affaiblie -> affaiblir: the verb an adjective is the past participle of."""
        verb = self.verb_of(token.lower_)
        if not verb or verb == lemma:
            return ""
        endings = PARTICIPLE_ENDINGS.get(verb[-2:], ())
        return verb if token.lower_.endswith(endings) else ""


def partner_note(word: str, negation: str, form: str) -> str:
    """que with «ne dure»: ne … que (only), a restriction; jamais with «ne viens»: ..."""
    kind = "restriction" if negation.startswith("ne … que") else "negation"
    return f"{word}: part of the {kind} {negation}, with «{form}»"


def _role(spec: GroupSpec, token: Any, lemma: str) -> str:
    """What one word does inside its verb group, in plain words."""
    if token.i == spec.head.i:
        return _head_role(token, lemma)
    if spec.periphrasis is not None and token.i == spec.periphrasis.i:
        return f"{token.lemma_.lower()} + infinitive"
    if any(token.i == aux.i for aux in spec.auxiliaries):
        kind = "passive " if spec.passive and token.lemma_.lower() == "être" else ""
        return f"{kind}auxiliary {token.lemma_.lower()}"
    if spec.reflexive is not None and token.i == spec.reflexive.i:
        return "reflexive pronoun"
    if token.lower_ == "en":
        return "pronoun en"
    if spec.negation and spec.negation.startswith("ne … que") and token.lower_ in ("ne", "n'"):
        return "ne of a restriction"
    if token.lower_ in ("que", "qu'") and spec.negation and spec.negation.startswith("ne … que"):
        return "que of a restriction"
    if token.dep_ == "mark":
        return f"{token.lower_} (venir de + infinitive)"
    return "negation word"


def _head_role(token: Any, verb: str) -> str:
    form = token.morph.get("VerbForm")
    if form == ["Part"]:
        return f"past participle of {verb}"
    if form == ["Inf"]:
        return f"infinitive of {verb}"
    return f"verb {verb}"
