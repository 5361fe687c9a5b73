"""Finding expressions in a parsed text: fixed phrases word for word, agreeing ones by lemma,
verbal idioms around their verb in any tense (ont eu lieu, n'a jamais eu lieu, il y avait),
pronominal verbs (s'est rendu compte), a verb with the preposition it governs (conviennent
d'une coopération) and split constructions (ne ... que) checked against the dependency parse.
The longest match wins (SPEC.md, "Words, forms and matching")."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.analysis.expressions.candidates import INVERTED_SUBJECT, Candidates, vocabulary
from reader.core.analysis.expressions.lists import (
    AGREEING,
    EXPRESSIONS,
    GOVERNED,
    PREPOSITIONS,
    SOURCE_RANK,
    SPLIT,
    VERBAL,
    Entry,
)
from reader.core.analysis.expressions.words import (
    CONTRACTED,
    OBJECT_PRONOUNS,
    PERSONS,
    is_same_word,
    key,
)

LemmasOf = Callable[[str], frozenset[str]]
"""The lemmas an entry's written word may have in a text (soit: être), itself included."""

# Clitics that stand between a verb's subject and the verb (il ne m'en a pas parlé).
CLITIC_KEYS = frozenset("ne le la les lui leur y en me te se nous vous il elle on ce".split())
OBJECT_KEYS = frozenset("le la les lui leur y en me te se nous vous".split())
FILLER_POS = frozenset({"ADV", "PART", "AUX"})
MAX_FILLERS = 3  # words allowed between two words of a verbal idiom (a grandement besoin de)
MAX_GAP = 12  # tokens a gap of a negation may hold (ne lui restait plus en poche que)
MAX_SHORT_GAP = 6  # tokens a gap of another split construction may hold
# Coordinations whose parts may stand on either side of a comma (ni froid, ni chaud).
# Negative words that may be the subject, before their ne, and the entry word they stand for.
SUBJECT_NEGATIONS = {
    "personne": "personne",
    "rien": "rien",
    "aucun": "aucun",
    "aucune": "aucun",
    "nul": "nul",
    "nulle": "nul",
}
COMMA_SPLITS = frozenset({"ni", "soit", "ou", "tantôt", "non", "d'une", "de", "sans"})
CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", "…", "(", ")", "«", "»", "—", "–"})
GOVERNED_DEPS = frozenset({"obl:arg", "obl", "obj", "iobj", "xcomp", "ccomp"})
CONTRACTIONS = frozenset(CONTRACTED.values())


def _person_names() -> dict[str, list[str]]:
    """Each text word -> the entry words (se, son, soi ...) whose person set holds it."""
    names: dict[str, list[str]] = {}
    for name, members in PERSONS.items():
        for member in members:
            names.setdefault(member, []).append(name)
    return names


PERSON_NAMES = _person_names()
HEAD_POS = {
    "VERB": frozenset({"VERB", "AUX", "ADJ"}),
    "ADJ": frozenset({"ADJ", "VERB"}),
    "NOUN": frozenset({"NOUN"}),
}


@dataclass(frozen=True, slots=True)
class Word:
    """What the matcher needs to know of a token."""

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


class Matcher:
    """Finds every entry in the words of a text, then keeps the best non-overlapping ones."""

    def __init__(
        self, entries: Iterable[Entry], lemmas_of: LemmasOf, *, indexed: bool = True
    ) -> None:
        """indexed=False tries every entry of a verb on each of its occurrences, and every
        contiguous entry on each word its first words fit, with no check before the run: the
        plain search the index must agree with (the tests compare them)."""
        self.lemmas_of = lemmas_of
        self.indexed = indexed
        self.by_pair: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.by_first: dict[str, list[Entry]] = defaultdict(list)  # one-word first parts
        self.by_head: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            if entry.kind == VERBAL:
                self.by_head[entry.head].append(entry)
            elif len(entry.parts[0]) >= 2:
                self.by_pair[entry.parts[0][0], entry.parts[0][1]].append(entry)
            elif entry.parts[0]:
                self.by_first[entry.parts[0][0]].append(entry)
        self.candidates = Candidates(self.by_head, lemmas_of)
        # The entry words a contiguous or split entry can start with: most text words start
        # none, and are passed over at once.
        self.first_words = set(self.by_first) | {first for first, _ in self.by_pair}
        # The entries with what is checked before their run: the keys a fixed entry's third
        # word may be, the keys each later word of a split entry may be (ne ... guère).
        check = _checked if indexed else _unchecked
        self.first_checks = {
            word: [check(entry) for entry in entries] for word, entries in self.by_first.items()
        }
        self.pair_checks = {
            pair: [check(entry) for entry in entries] for pair, entries in self.by_pair.items()
        }

    def find(self, words: Sequence[Word]) -> list[Match]:
        """The best matches in the words (one parsed paragraph or more), in text order."""
        found: list[Match] = []
        for _, sentence in itertools.groupby(words, key=lambda word: word.sentence):
            found.extend(_Sentence(self, list(sentence)).matches())
        return sorted(choose(found), key=lambda match: match.tokens[0])


Checked = tuple[Entry, frozenset[str] | None, tuple[frozenset[str], ...]]


def _checked(entry: Entry) -> Checked:
    """An entry with the keys its third word may be (a fixed entry) and those each word of
    its later parts may be (a split entry): a text without them cannot hold it."""
    third = None
    if entry.kind not in (AGREEING, SPLIT) and len(entry.parts[0]) >= 3:
        third = _fixed_forms(entry.parts[0][2])
    later = tuple(_fixed_forms(word) for part in entry.parts[1:] for word in part)
    return entry, third, later if entry.kind == SPLIT else ()


def _unchecked(entry: Entry) -> Checked:
    return entry, None, ()


def _fixed_forms(word: str) -> frozenset[str]:
    """The keys _Sentence._same accepts for a word when not by lemma."""
    return frozenset({"se"} if word == "se!" else {word, *PERSONS.get(word, ())})


def choose(matches: Iterable[Match]) -> list[Match]:
    """The longest matches first, then the lists' before the lexicon's, the commoner band,
    whole before partial, the earlier; a match that shares a token with a kept one is
    dropped."""
    ranked = sorted(
        set(matches),
        key=lambda m: (
            -m.matched,
            SOURCE_RANK[m.entry.source],
            not m.exact,
            m.entry.kind != AGREEING,  # d'un coup d'œil: the compound noun, not d'un coup
            m.entry.band,
            not m.is_whole,
            m.tokens[0],
            m.entry.lemma,
        ),
    )
    taken: set[int] = set()
    kept = []
    for match in ranked:
        if not taken.intersection(match.tokens):
            taken.update(match.tokens)
            kept.append(match)
    return kept


class _Key(NamedTuple):
    """One normalised word of the text: a contraction (au) gives two, on the same token (a
    tuple: a sentence makes one per word, and a tuple is the cheapest to make)."""

    at: int  # the word's position in the sentence
    key: str
    first: bool  # the token's first key


class _Sentence:
    """The matching inside one sentence."""

    def __init__(self, matcher: Matcher, words: list[Word]) -> None:
        self.matcher = matcher
        self.words = words
        self.by_index = {word.index: at for at, word in enumerate(words)}
        self.keys: list[_Key] = []
        self.starts: list[int] = []  # the first key of each word
        for at, word in enumerate(words):
            self.starts.append(len(self.keys))
            forms = key(word.text) if word.is_word else (word.text,)
            self.keys.extend(_Key(at, form, i == 0) for i, form in enumerate(forms))
        self.vocabulary: set[str] | None = None  # built on the first verbal head
        self.possible: dict[str, list[Entry]] = {}  # head -> its entries this sentence may hold
        self.alternatives: dict[int, set[str]] = {}  # key position -> its entry words
        self.key_set: set[str] | None = None  # every key, when a split entry asks

    def matches(self) -> Iterator[Match]:
        for position, item in enumerate(self.keys):
            if item.first:
                yield from self._contiguous(position)
                yield from self._subject_negation(position)
        for at, word in enumerate(self.words):
            if word.is_word:
                yield from self._verbal(at)

    # -- fixed, agreeing and split entries --------------------------------------------------

    def _alternatives(self, position: int) -> set[str]:
        """The entry words a text word may stand for: itself, its person set, its lemma."""
        if position >= len(self.keys):
            return set()
        found = self.alternatives.get(position)
        if found is None:
            item = self.keys[position]
            found = {item.key}
            found.update(PERSON_NAMES.get(item.key, ()))
            if item.first and self._single(item.at):
                found.add(self.words[item.at].lemma.lower())
            self.alternatives[position] = found
        return found

    def _single(self, at: int) -> bool:
        end = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.keys)
        return end - self.starts[at] == 1

    def _contiguous(self, position: int) -> Iterator[Match]:
        matcher = self.matcher
        firsts = self._alternatives(position)
        if matcher.indexed and firsts.isdisjoint(matcher.first_words):
            return
        candidates: list[Checked] = []
        seconds = self._alternatives(position + 1)
        for first in firsts:
            candidates.extend(matcher.first_checks.get(first, ()))
            for second in seconds:
                candidates.extend(matcher.pair_checks.get((first, second), ()))
        third = self.keys[position + 2].key if position + 2 < len(self.keys) else None
        for entry, forms, later in candidates:
            if forms is not None and third not in forms:
                continue  # its third word is not there: the run would fail
            if later and not self._has_all(later):
                continue  # a word of a later part is nowhere in the sentence
            if entry.kind == SPLIT:
                found = self._split(entry, position)
            else:
                run = self._run(position, entry.parts[0], agreeing=entry.kind == AGREEING)
                found = None if run is None else run[0]
            if found:
                yield Match(entry, found, found[0], entry.size)

    def _has_all(self, needs: tuple[frozenset[str], ...]) -> bool:
        if self.key_set is None:
            self.key_set = {item.key for item in self.keys}
        return all(not need.isdisjoint(self.key_set) for need in needs)

    def _run(
        self, position: int, wanted: tuple[str, ...], *, agreeing: bool
    ) -> tuple[tuple[int, ...], int] | None:
        """The tokens of the text's keys from position that spell the wanted words, and the
        position after them; None if they do not."""
        tokens: list[int] = []
        for offset, entry_word in enumerate(wanted):
            if position + offset >= len(self.keys):
                return None
            item = self.keys[position + offset]
            if not self._same(entry_word, item, agreeing=agreeing):
                return None
            word = self.words[item.at]
            if not tokens or tokens[-1] != word.index:
                tokens.append(word.index)
        return tuple(tokens), position + len(wanted)

    def _same(self, entry_word: str, item: _Key, *, agreeing: bool, verbal: bool = False) -> bool:
        if entry_word == "se!":
            return item.key == "se"
        if is_same_word(entry_word, item.key):
            return True
        if verbal and entry_word in ("le", "la") and item.key in OBJECT_PRONOUNS:
            return True
        if not (agreeing and item.first and self._single(item.at)):
            return False
        lemma = self.words[item.at].lemma.lower()
        return lemma == entry_word or lemma in self.matcher.lemmas_of(entry_word)

    def _split(self, entry: Entry, position: int) -> tuple[int, ...] | None:
        """Each part in turn, the next one after a gap of one or more words of the clause."""
        run = self._run(position, entry.parts[0], agreeing=False)
        if run is None:
            return None
        tokens, end = list(run[0]), run[1]
        anchor = self.words[self.keys[position].at]
        for part in entry.parts[1:]:
            found = self._after_gap(entry, part, end, anchor)
            if found is None:
                return None
            tokens.extend(found[0])
            end = found[1]
        return tuple(tokens)

    def _after_gap(
        self, entry: Entry, part: tuple[str, ...], end: int, anchor: Word
    ) -> tuple[tuple[int, ...], int] | None:
        negation = entry.parts[0] == ("ne",)
        longest = MAX_GAP if negation else MAX_SHORT_GAP
        commas = entry.parts[0][0] in COMMA_SPLITS
        if end >= len(self.keys):
            return None
        first_gap = self.keys[end].at if self.keys[end].first else self.keys[end].at + 1
        # A negation before an infinitive has no gap: ne point se déranger, ne jamais dire.
        start = first_gap if negation else first_gap + 1
        for at in range(start, min(first_gap + longest + 1, len(self.words))):
            between = self.words[at - 1]
            if at > first_gap and (
                between.text in CLAUSE_BREAKS or (between.text == "," and not commas)
            ):
                return None
            run = self._run(self.starts[at], part, agreeing=False)
            if run is not None and (not negation or self._same_clause(anchor, self.words[at])):
                return run
        return None

    def _subject_negation(self, position: int) -> Iterator[Match]:
        """A negative word as the subject, before its ne: personne ne sait (ne ... personne),
        rien ne change, aucune femme n'est venue, nul n'est parfait."""
        item = self.keys[position]
        subject = self.words[item.at]
        partner = SUBJECT_NEGATIONS.get(item.key)
        if partner is None or (item.at > 0 and self.words[item.at - 1].pos in ("DET", "ADJ")):
            return  # une personne: the noun
        if subject.dep == "det" and subject.head in self.by_index:
            subject = self.words[self.by_index[subject.head]]  # aucune femme
        if not subject.dep.startswith("nsubj"):
            return
        entries = [
            e for e in self.matcher.by_first.get("ne", ()) if e.parts == (("ne",), (partner,))
        ]
        if not entries:
            return
        for at in range(item.at + 1, min(item.at + MAX_GAP + 1, len(self.words))):
            word = self.words[at]
            if word.text in CLAUSE_BREAKS or word.text == ",":
                return
            if self.keys[self.starts[at]].key == "ne" and word.head == subject.head:
                first = self.words[item.at].index
                for entry in entries:
                    yield Match(entry, (first, word.index), first, entry.size)
                return

    def _same_clause(self, ne: Word, partner: Word) -> bool:
        """ne and its partner negate the same verb: the same verb group, or the partner hangs
        (within three links) from the verb ne hangs from."""
        if ne.group is not None and ne.group == partner.group:
            return True
        verb, node, steps = ne.head, partner, 0
        while steps < 3 and node.head >= 0:
            if node.head == verb:
                return True
            at = self.by_index.get(node.head)
            if at is None or self.words[at] is node:
                return False
            node, steps = self.words[at], steps + 1
        return False

    # -- verbal idioms, pronominal verbs, governed prepositions -----------------------------

    def _verbal(self, at: int) -> Iterator[Match]:
        word = self.words[at]
        heads = {word.lemma.lower(), key(word.text)[0]}
        for head in heads:
            for entry in self._entries_of(head):
                match = self._verbal_entry(entry, at)
                if match is not None:
                    yield match

    def _entries_of(self, head: str) -> Sequence[Entry]:
        """The head's verbal entries whose required words all occur in this sentence."""
        if not self.matcher.indexed:
            return self.matcher.by_head.get(head, ())
        if head not in self.possible:
            if self.vocabulary is None:
                self.vocabulary = vocabulary(
                    (item.key for item in self.keys),
                    (word.text for word in self.words),
                    (word.lemma for word in self.words),
                )
            self.possible[head] = self.matcher.candidates.possible(head, self.vocabulary)
        return self.possible[head]

    def _verbal_entry(self, entry: Entry, at: int) -> Match | None:
        word = self.words[at]
        if word.pos not in HEAD_POS.get(entry.pos, HEAD_POS["VERB"]):
            return None
        if not (word.is_group_head or self._noun_taken_for_participle(entry, at)):
            return None  # the a of a été accordée à is no avoir à
        if word.lemma.lower() != entry.head and entry.source != GOVERNED:
            return None  # only a governed adjective (lié à) matches by its form
        impersonal = "se" in entry.before
        if word.reflexive and not (entry.reflexive or impersonal or entry.source == EXPRESSIONS):
            return None  # se porter sur is not porter sur (but se mettre en place is set up)
        before = self._before(entry, at)
        if before is None:
            return None
        after = self._after(entry, at)
        if after is None:
            return None
        tokens, matched = after
        every = tuple(sorted({*before, word.index, *tokens}))
        count = len(entry.before) + (1 if entry.head else 0) + matched
        exact = key(word.text)[0] == entry.head
        reflexive = 1 if entry.reflexive else 0
        return Match(entry, every, word.index, count + reflexive, exact=exact)

    def _noun_taken_for_participle(self, entry: Entry, at: int) -> bool:
        """avait envie: the parse read a passé composé of envier, but the auxiliary's next word
        is the idiom's noun (avoir envie de)."""
        after = entry.parts[0] if entry.parts else ()
        if not after or at + 1 >= len(self.words):
            return False
        following = self.words[at + 1]
        return following.group == self.words[at].group and key(following.text)[0] == after[0]

    def _anchor(self, at: int) -> int:
        """The conjugated verb of a word's verb group (its auxiliary), else the word."""
        word = self.words[at]
        if word.group is None:
            return at
        for other in range(max(0, at - 6), at):
            candidate = self.words[other]
            if candidate.group == word.group and candidate.pos in ("AUX", "VERB"):
                return other
        return at

    def _clitics(self, anchor: int) -> list[int]:
        """The positions of the clitics just before the conjugated verb, nearest first."""
        found: list[int] = []
        at = anchor - 1
        while at >= 0 and len(found) < 5:
            word = self.words[at]
            if not word.is_word or key(word.text)[0] not in CLITIC_KEYS:
                break
            found.append(at)
            at -= 1
        return found

    def _before(self, entry: Entry, at: int) -> list[int] | None:
        """The tokens of the words written before the head (il y a, s'en aller), found before
        the conjugated verb in that order, or an inverted il after it (y a-t-il)."""
        anchor = self._anchor(at)
        clitics = self._clitics(anchor)
        wanted = list(entry.before)
        if entry.reflexive and not self.words[at].reflexive:
            # The parse missed the reflexive: only se is sure to be one (nous may be an object).
            wanted = ["se!", *wanted]
        found: list[int] = []
        for entry_word in reversed(wanted):
            hit = next(
                (
                    c
                    for c in clitics
                    if self._same(entry_word, self._key_of(c), agreeing=False, verbal=True)
                ),
                None,
            )
            if hit is None and entry_word == "il":
                hit = self._inverted(anchor)
            if hit is None:
                return None
            if hit in clitics:
                clitics = clitics[clitics.index(hit) + 1 :]  # the rest lie further left
            found.append(self.words[hit].index)
        if entry.reflexive and self.words[at].reflexive:
            found.extend(self._reflexive_tokens(at))
        return found

    def _key_of(self, at: int) -> _Key:
        return self.keys[self.starts[at]]

    def _inverted(self, anchor: int) -> int | None:
        after = anchor + 1
        if after < len(self.words) and self.words[after].text.lower() in INVERTED_SUBJECT:
            return after
        return None

    def _reflexive_tokens(self, at: int) -> list[int]:
        """The reflexive pronoun of a pronominal verb group (the s' of s'est rendu)."""
        word = self.words[at]
        return [
            other.index
            for other in self.words
            if other.group == word.group
            and other.pos == "PRON"
            and key(other.text)[0] in PERSONS["se"]
        ][:1]

    def _after(self, entry: Entry, at: int) -> tuple[list[int], int] | None:
        """The tokens of the words written after the head, in order, with adverbs, negation,
        auxiliaries or pronouns between them; a final preposition may lack (SPEC.md, 5)."""
        wanted = entry.parts[0] if entry.parts else ()
        if not wanted:
            return [], 0
        if entry.source == GOVERNED:
            return self._governed_after(entry, at)
        word = self.words[at]
        position = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.keys)
        tokens: list[int] = []
        for number, entry_word in enumerate(wanted):
            found = self._next(entry_word, position, word, fillers=MAX_FILLERS)
            if found is None:
                if self._may_lack(entry, number, position):
                    return tokens, number
                return None
            hit, position = found
            if not tokens or tokens[-1] != hit:
                tokens.append(hit)
        return tokens, len(wanted)

    def _may_lack(self, entry: Entry, number: int, position: int) -> bool:
        """Whether the final preposition may be missing here: some other word of the entry is
        there besides the verb (faire avec is not faire), and no other preposition stands in
        its place (se met en place is not se mettre à)."""
        if not entry.optional_end or number != len(entry.parts[0]) - 1:
            return False
        if number == 0 and not (entry.before or entry.reflexive):
            return False
        following = self._following_word(position)
        return following is None or key(following.text)[0] not in PREPOSITIONS

    def _following_word(self, position: int) -> Word | None:
        """The first word at or after a key position that is not an adverb."""
        at = self.keys[position].at if position < len(self.keys) else len(self.words)
        while at < len(self.words) and self.words[at].pos == "ADV":
            at += 1
        return self.words[at] if at < len(self.words) else None

    def _next(
        self, entry_word: str, position: int, head: Word, *, fillers: int
    ) -> tuple[int, int] | None:
        """The next key spelling entry_word, at most `fillers` filler words ahead."""
        skipped = 0
        while position < len(self.keys):
            item = self.keys[position]
            if self._same(entry_word, item, agreeing=True, verbal=True):
                return self.words[item.at].index, position + 1
            word = self.words[item.at]
            if not item.first or skipped >= fillers or not self._is_filler(word, head):
                return None
            skipped += 1
            position = (
                self.starts[item.at + 1] if item.at + 1 < len(self.starts) else len(self.keys)
            )
        return None

    def _is_filler(self, word: Word, head: Word) -> bool:
        if head.group is not None and word.group == head.group:
            return True
        return word.pos in FILLER_POS or (word.pos == "PRON" and key(word.text)[0] in OBJECT_KEYS)

    def _governed_after(self, entry: Entry, at: int) -> tuple[list[int], int] | None:
        """The preposition a head governs: just after it (adverbs, its verb group between), or
        attached by the parse to the head's complement (ont porté, entre autres, sur le
        suivi). A sense of an infinitive (demander de: ask to) needs one after it."""
        preposition = entry.parts[0][0]
        position = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.keys)
        found = self._next(preposition, position, self.words[at], fillers=2)
        index = found[0] if found is not None else self._attached(preposition, at)
        if index is None:
            return None
        if entry.infinitive and key(self.words[self.by_index[index]].text) in CONTRACTIONS:
            return None  # du, au: a noun follows, not the infinitive the senses want
        return [index], 1

    def _attached(self, preposition: str, at: int) -> int | None:
        head = self.words[at]
        for later in self.words[at + 1 : at + 8]:
            if later.text in CLAUSE_BREAKS:
                return None
            if key(later.text)[0] != preposition or later.dep not in ("case", "mark"):
                continue
            governed = self.by_index.get(later.head)
            if governed is None:
                continue
            complement = self.words[governed]
            if complement.head == head.index and complement.dep in GOVERNED_DEPS:
                return later.index
        return None
