"""The words of one sentence as the matcher sees them: the token facts it needs (Word), an
entry found (Match), the normalised keys of the sentence with their positions (Key), and the
word comparisons both contiguous and verbal entries use (SentenceWords)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from reader.core.analysis.expressions.index import EntryIndex
from reader.core.analysis.expressions.lists import Entry
from reader.core.analysis.expressions.words import OBJECT_PRONOUNS, PERSONS, is_same_word, key


def _person_names() -> dict[str, list[str]]:
    """Each text word -> the entry words (se, son, soi ...) whose person set holds it."""
    names: dict[str, list[str]] = {}
    for name, members in PERSONS.items():
        for member in members:
            names.setdefault(member, []).append(name)
    return names


PERSON_NAMES = _person_names()
# The subject a reflexive pronoun of the first or second person needs: in "tu me fais peur"
# me is the object of faire, not the se of se faire.
REFLEXIVE_SUBJECTS = {"me": "je", "te": "tu", "nous": "nous", "vous": "vous"}
SUBJECT_PERSONS = frozenset({"je", "tu", "nous", "vous", "il", "elle", "on", "ils", "elles"})
NEGATION = frozenset({"ne"})
# A negative imperative's verb ends as its person's (ne vous dérangez pas, ne vous en faites
# pas, ne nous plaignons pas); tu's has no one ending (ne t'inquiète pas, ne te rends pas),
# but never these.
IMPERATIVE_ENDINGS = {"vous": ("ez", "tes"), "nous": ("ons",)}
NOT_SECOND_SINGULAR = ("ez", "ons", "ont", "ent")
# Words that may open the clause of a negative imperative before its ne.
CLAUSE_CONJUNCTIONS = frozenset({"et", "mais", "ou", "donc"})
ELIDED_SI = frozenset({"s'", "S'", "s’", "S’"})


def singulars(form: str) -> tuple[str, ...]:
    """The singulars a plural form may have (cochères -> cochère, chevaux -> cheval): an
    agreeing entry's word matches its plural even where the tagger gave a wrong lemma (the
    "adjective" cochères lemmatised as the verb cocher)."""
    if form.endswith("aux"):
        return (form[:-1], form[:-3] + "al")
    return (form[:-1],) if form.endswith(("s", "x")) and len(form) > 2 else ()


@dataclass(slots=True)
class Word:
    """What the matcher needs to know of a token. Not frozen, though never changed: a frozen
    dataclass sets each of its fields through object.__setattr__, four times the cost of
    making one, and a text makes one per token (issue 14)."""

    index: int  # the token's index in the analysis
    text: str
    lemma: str
    pos: str
    sentence: int
    head: int = -1  # the index of its syntactic head (-1: unknown)
    dep: str = ""
    group: int | None = None  # its verb group
    is_group_head: bool = True  # not an auxiliary or aller/venir of its verb group
    reflexive: bool = False  # its verb group is pronominal (s'est rendu)
    is_word: bool = True


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found in the text."""

    entry: Entry
    tokens: tuple[int, ...]  # the indices of the tokens matched, in text order
    head: int  # the token carrying it: the verb of a verbal idiom, else the first word
    matched: int  # how many of the entry's words the text has (a final preposition may lack)
    exact: bool = True  # the head is the entry's word as written, not only its lemma (dû à)

    @property
    def is_whole(self) -> bool:
        return self.matched == self.entry.size


class Key(NamedTuple):
    """One normalised word of the text: a contraction (au) gives two, on the same token (a
    tuple: a sentence makes one per word, and a tuple is the cheapest to make)."""

    at: int  # the word's position in the sentence
    key: str
    first: bool  # the token's first key


class SentenceWords:
    """One sentence's words and keys, with the comparisons of an entry word to a text key."""

    def __init__(self, matcher: EntryIndex, words: list[Word]) -> None:
        self.matcher = matcher
        self.words = words
        self.by_index = {word.index: at for at, word in enumerate(words)}
        self.keys: list[Key] = []
        self.starts: list[int] = []  # the first key of each word
        keys, starts = self.keys, self.starts
        for at, word in enumerate(words):
            starts.append(len(keys))
            if not word.is_word:
                keys.append(Key(at, word.text, True))
                continue
            forms = key(word.text)
            keys.append(Key(at, forms[0], True))
            if len(forms) > 1:  # au: à, le (a generator for each word cost ~5 % of this)
                keys.extend(Key(at, other, False) for other in forms[1:])
        self.vocabulary: set[str] | None = None  # built on the first verbal head
        self.possible: dict[str, list[Entry]] = {}  # head -> its entries this sentence may hold
        self.alternatives: dict[int, set[str]] = {}  # key position -> its entry words
        self.key_set: set[str] | None = None  # every key, when a split entry asks
        self._respell()

    def _respell(self) -> None:
        """Words whose key depends on their neighbours: s' before il is the elided si (s'il
        vient: if he comes), never a reflexive; a capital A tagged as a preposition is À
        written without its accent (A tout à l'heure)."""
        words = self.words
        for at, word in enumerate(words):
            text = word.text
            if text in ELIDED_SI and at + 1 < len(words) and words[at + 1].text in ("il", "ils"):
                self.keys[self.starts[at]] = Key(at, "si", True)
            elif text == "A" and word.pos == "ADP":
                self.keys[self.starts[at]] = Key(at, "à", True)

    def _verb_before(self, index: int) -> str:
        """The lemma of the verb before the word (a token index), adverbs between (vaut même
        pas, n'a pas mis), else ""."""
        at = self.by_index[index] - 1
        while at >= 0 and self.words[at].pos == "ADV":
            at -= 1
        word = self.words[at] if at >= 0 else None
        return word.lemma.lower() if word is not None and word.pos in ("VERB", "AUX") else ""

    def _after_its_subject(self, at: int) -> bool:
        """A me, te, nous or vous right after the subject of its person, ne aside (tu ne te
        trompes pas, vous vous trompez): a reflexive the parse missed."""
        wanted = REFLEXIVE_SUBJECTS.get(key(self.words[at].text)[0])
        before = at - 1
        while before >= 0 and key(self.words[before].text)[0] in NEGATION:
            before -= 1
        return wanted is not None and before >= 0 and key(self.words[before].text)[0] == wanted

    def _before_participle_of_subject(self, at: int) -> bool:
        """A me, te, nous or vous after a comma, before a present participle, in a sentence
        whose subject pronoun is of its person (Je courais, me débattant; je restai là, me
        demandant): the participle's reflexive, whose subject is the clause's."""
        wanted = REFLEXIVE_SUBJECTS.get(key(self.words[at].text)[0])
        if wanted is None or at == 0 or self.words[at - 1].text != ",":
            return False
        following = self.words[at + 1] if at + 1 < len(self.words) else None
        if following is None or not following.text.lower().endswith("ant"):
            return False
        subjects = [
            key(word.text)[0]
            for word in self.words[: at - 1]
            if key(word.text)[0] in SUBJECT_PERSONS and word.pos == "PRON"
        ]
        return bool(subjects) and subjects[-1] == wanted

    def _opens_imperative(self, at: int) -> bool:
        """A te, nous or vous after a ne that opens its clause, before a verb of its person
        (en, y between): the reflexive of a negative imperative, which has no subject (ne
        t'inquiète pas, ne vous en faites pas); me never is (ne me fais pas peur)."""
        person = key(self.words[at].text)[0]
        if person not in ("te", "nous", "vous") or at == 0:
            return False
        if key(self.words[at - 1].text)[0] not in NEGATION:
            return False
        opener = self.words[at - 2] if at >= 2 else None
        if opener is not None and opener.is_word and key(opener.text)[0] not in CLAUSE_CONJUNCTIONS:
            return False  # il ne vous dérange pas: a subject, so no imperative
        verb = at + 1
        while verb < len(self.words) and key(self.words[verb].text)[0] in ("en", "y"):
            verb += 1
        if verb >= len(self.words) or self.words[verb].pos not in ("VERB", "AUX"):
            return False
        form = self.words[verb].text.lower()
        endings = IMPERATIVE_ENDINGS.get(person)
        return form.endswith(endings) if endings else not form.endswith(NOT_SECOND_SINGULAR)

    def _before_inverted_subject(self, at: int) -> bool:
        """A me, te, nous or vous before a verb whose subject of its person follows it (te
        souviens-tu, vous êtes-vous trompé): a question's reflexive the parse missed."""
        wanted = REFLEXIVE_SUBJECTS.get(key(self.words[at].text)[0])
        verb = at + 1
        while verb < len(self.words) and key(self.words[verb].text)[0] in ("en", "y"):
            verb += 1
        if wanted is None or verb + 1 >= len(self.words):
            return False
        if self.words[verb].pos not in ("VERB", "AUX"):
            return False
        return self.words[verb + 1].text.lower() == f"-{wanted}"

    def _single(self, at: int) -> bool:
        end = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.keys)
        return end - self.starts[at] == 1

    def _same(self, entry_word: str, item: Key, *, agreeing: bool, verbal: bool = False) -> bool:
        if entry_word == "se!":
            at = item.at
            return (
                item.key == "se"
                or self._after_its_subject(at)
                or self._opens_imperative(at)
                or self._before_inverted_subject(at)
                or self._before_participle_of_subject(at)
            )
        if is_same_word(entry_word, item.key):
            return True
        if verbal and entry_word in ("le", "la") and item.key in OBJECT_PRONOUNS:
            return True
        if not (agreeing and item.first and self._single(item.at)):
            return False
        word = self.words[item.at]
        lemma = word.lemma.lower()
        if lemma == entry_word or entry_word in singulars(item.key):
            return True
        if word.pos in ("VERB", "AUX") and item.key == lemma:
            return False  # an infinitive is no form of another word: faire partir, not partie
        return lemma in self.matcher.lemmas_of(entry_word)
