"""Verbal idioms, pronominal verbs and governed prepositions in one sentence: the entries of
a verb found around it in any tense, with the clitics before its conjugated verb (il y avait,
s'est rendu compte), the words after it past fillers (n'a jamais eu lieu), and the
preposition it governs, next to it or attached by the parse (conviennent d'une
coopération)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reader.core.analysis.expressions.candidates import (
    HOLDS_PREPOSITION,
    INVERTED_SUBJECT,
    vocabulary,
)
from reader.core.analysis.expressions.contiguous import CLAUSE_BREAKS
from reader.core.analysis.expressions.lists import EXPRESSIONS, GOVERNED, PREPOSITIONS, Entry
from reader.core.analysis.expressions.positions import (
    REFLEXIVE_SUBJECTS,
    Key,
    Match,
    SentenceWords,
    Word,
)
from reader.core.analysis.expressions.words import CONTRACTED, PERSONS, key
from reader.core.analysis.verbgroups import BODY_PARTS

# Clitics that stand between a verb's subject and the verb (il ne m'en a pas parlé).
CLITIC_KEYS = frozenset("ne le la les lui leur y en me te se nous vous il elle on ce".split())
OBJECT_KEYS = frozenset("le la les lui leur y en me te se nous vous".split())
FILLER_POS = frozenset({"ADV", "PART", "AUX"})
CLITIC_OBJECTS = frozenset({"me", "te", "se"})
# Conjugated verbs whose participle or infinitive carries the group's reflexive itself.
NOT_COPULAS = frozenset({"être", "avoir", "aller", "venir"})
# An idiom's determiners, after which an adjective may stand before its noun (jouer un grand
# rôle, faire sa première apparition); se, son stand for their persons (words.PERSONS).
NOUN_DETERMINERS = frozenset("un une le la les son sa ses".split())
MAX_FILLERS = 3  # words allowed between two words of a verbal idiom (a grandement besoin de)
# A direct object between the verb and an idiom's prepositional phrase (mettre le lecteur au
# courant): a noun phrase of these parts of speech, at most this long.
OBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
MAX_OBJECT = 5
SUBJECT_KEYS = frozenset("je tu nous vous".split())
# Clitics that stand for à and a person (lui en vouloir: en vouloir à quelqu'un).
DATIVE_CLITICS = frozenset("lui leur me m' te t' nous vous".split())
THIRD_PERSONS = frozenset("il elle on ils elles".split())
# Auxiliaries too common for an idiom without its final preposition: en avoir pour, en être
# à need it (j'en avais le cœur serré is not "take (time)"), and être bon à too (être bon is
# a copula and an adjective).
AUXILIARY_HEADS = frozenset({"avoir", "être"})
GOVERNED_DEPS = frozenset({"obl:arg", "obl", "obj", "iobj", "xcomp", "ccomp"})
CONTRACTIONS = frozenset(CONTRACTED.values())
# Heads whose governed à or de + infinitive never follows a direct object (il chercha quelque
# chose à dire, il a du travail à faire: the infinitive is the noun's, not chercher à, avoir à);
# inviter, aider, pousser, empêcher, prier ... take one there (inviter ses amis à venir).
# Nouns of a time that a determiner may bring between a verb and its à or de (il hésita un
# instant à répondre, il refusa ce jour-là de partir).
TIME_NOUNS = frozenset("instant moment jour jour-là fois seconde minute heure temps".split())
NO_OBJECT_HEADS = frozenset(
    "avoir chercher tenir hésiter tarder parvenir réussir songer penser renoncer essayer "
    "tenter refuser accepter cesser continuer commencer finir oublier risquer craindre".split()
)
# Nouns of manner after de (dit d'un ton sec, d'une voix basse): no governed de.
MANNER_NOUNS = frozenset("ton voix façon manière air geste pas accent regard".split())
# Pronouns that open a relative clause or a question after their preposition (sur qui, à
# quoi, avec lequel); those that hold it (auquel, dont) are HOLDS_PREPOSITION.
RELATIVES = frozenset("qui quoi lequel laquelle lesquels lesquelles".split())
# Verbs that stand between a fronted preposition's pronoun and the verb governing it (sur
# qui on peut compter).
MODALS = frozenset("pouvoir devoir vouloir savoir falloir oser".split())
# The ending of the imperative whose reflexive pronoun follows it (asseyez-vous).
IMPERATIVE_ENDINGS = {"-vous": "ez", "-nous": "ons"}
# The words that complete a ne before a que (il ne semble pas que): that que is the entry's.
# Not plus, guère, jamais: ne ... plus que, ne ... guère que are restrictive too (only).
NEGATION_PARTNERS = frozenset("pas point nullement aucunement".split())
# Impersonal idioms whose verb is also someone's (il reste: there is ... left, or he stays).
PERSONAL_TOO = frozenset({"rester"})
# What opens what is left after il reste (il reste de l'argent, du pain, un peu, deux places,
# rien, il ne reste que); a definite article does not (il restait le front dans sa main).
LEFT_OF = frozenset(
    "de du des d' un une quelques plusieurs peu beaucoup assez trop rien personne que qu'".split()
)
# Adverbs between il reste and what is left (il reste encore deux places); others (là,
# longtemps) say where or how someone stays.
PASSED_OVER = frozenset(
    "encore plus pas point toujours bien aussi déjà seulement donc alors".split()
)
# The longest aside between commas that a negated il reste may hold before its que (il ne
# reste, je crois, que des murs).
ASIDE_WORDS = 5
# Clitics that make il reste what someone has left (il lui reste, il m'en restait, il en reste).
TO_SOMEONE = frozenset("en me te lui nous vous leur".split())
HEAD_POS = {
    "VERB": frozenset({"VERB", "AUX", "ADJ"}),
    "ADJ": frozenset({"ADJ", "VERB"}),
    "NOUN": frozenset({"NOUN"}),
}


class VerbalMatches(SentenceWords):
    """The matching of verbal entries around each verb of one sentence."""

    def _may_head(self, word: Word) -> bool:
        """Whether the word's lemma or form heads a verbal entry (most words head none)."""
        by_head = self.matcher.by_head
        form = key(word.text)[0]
        if word.lemma.lower() in by_head or form in by_head:
            return True
        return any(head in by_head for head in self._masculine_forms(word, form))

    def _verbal(self, at: int) -> Iterator[Match]:
        word = self.words[at]
        form = key(word.text)[0]
        heads = {word.lemma.lower(), form}
        by_head = self.matcher.by_head
        agreed = self._masculine_forms(word, form)
        for head in heads | agreed:
            if head not in by_head:
                continue  # most words head no verbal entry
            for entry in self._entries_of(head):
                if head in agreed and not (entry.source == GOVERNED and entry.pos == "ADJ"):
                    continue  # a form less its ending heads only a governed adjective
                match = self._verbal_entry(entry, at)
                if match is not None:
                    yield match

    @staticmethod
    def _masculine_forms(word: Word, form: str) -> set[str]:
        """The masculine singular a feminine or plural participle or adjective may stand for
        (liée, pressées: lié, pressé), so that a governed adjective, written in the masculine
        (lié à, pressé de), matches every form."""
        if word.pos not in ("VERB", "ADJ"):
            return set()
        return {form[: -len(end)] for end in ("es", "e", "s") if form.endswith(end)} - {form}

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
        if (
            entry.source == GOVERNED
            and entry.pos == "ADJ"
            and self._verb_before(word.index) == "avoir"
        ):
            return None  # il a appelé à voter: appeler à (call for), not appelé à (bound to)
        impersonal = "se" in entry.before
        if word.reflexive and not (entry.reflexive or impersonal or entry.source == EXPRESSIONS):
            return None  # se porter sur is not porter sur (but se mettre en place is set up)
        if entry.reflexive and self._participle_of_copula(at):
            return None  # il se sentait enfermé: se sentir, not s'enfermer
        before = self._before(entry, at)
        if before is None or (entry.reflexive and not self._reflexive_agrees(before, at)):
            return None
        body_idiom = any(BODY_PARTS.intersection(part) for part in entry.parts)
        if entry.reflexive and not body_idiom and self._acts_on_the_body(at):
            return None  # se passer la main dans les cheveux: pass, not se passer
        if not self._object_as_written(entry, before):
            return None
        after = self._after(entry, at)
        if after is None:
            return None
        tokens, matched = after
        if self._restrictive_que(entry, at, tokens):
            return None
        if entry.parts and matched < len(entry.parts[0]) and self._impersonal_passive(entry, at):
            return None
        if entry.head in PERSONAL_TOO and entry.parts == ((),) and self._personal(at):
            return None
        every = tuple(sorted({*before, word.index, *tokens}))
        count = len(entry.before) + (1 if entry.head else 0) + matched
        form = key(word.text)[0]
        exact = form == entry.head or entry.head in self._masculine_forms(word, form)
        reflexive = 1 if entry.reflexive else 0
        return Match(entry, every, word.index, count + reflexive, exact=exact)

    def _participle_of_copula(self, at: int) -> bool:
        """Whether the word is a participle whose group's conjugated verb is another full verb
        (il se sentait enfermé, il se croyait perdu): the reflexive is that verb's, not the
        participle's; after être (s'est assis), aller, venir or a modal's infinitive (va se
        coucher, doit se lever) it is the word's own."""
        word = self.words[at]
        if key(word.text)[0] == word.lemma.lower() or word.group is None:
            return False  # an infinitive (doit se lever), or no group to read
        reflexives = self._reflexive_tokens(at)
        if not reflexives:
            return False
        between = self.words[self.by_index[reflexives[0]] + 1 : at]
        return any(
            other.pos in ("VERB", "AUX") and other.lemma.lower() not in NOT_COPULAS
            for other in between
        )

    def _restrictive_que(self, entry: Entry, at: int, tokens: list[int]) -> bool:
        """Whether an entry ending in que that writes no ne finds its que taken by a ne before
        the verb: il ne reste que deux jours is ne ... que (only), not il reste que (the fact
        remains), nor il ne reste plus que; il ne semble pas que keeps il semble que, pas completing
        the ne."""
        if not tokens or entry.parts[0][-1:] != ("que",) or "ne" in entry.before:
            return False
        anchor = self._anchor(at)
        if not any(key(self.words[c].text)[0] == "ne" for c in self._clitics(anchor)):
            return False
        between = self.words[anchor + 1 : self.by_index[tokens[-1]]]
        return not any(key(word.text)[0] in NEGATION_PARTNERS for word in between)

    def _personal(self, at: int) -> bool:
        """Whether il + rester, with nothing after it that is left, is someone staying: il
        reste à Paris, il restait seul, il restera ici (he stays); not il reste trois jours,
        du pain, à faire, il en reste (there is ... left)."""
        clitics = {key(self.words[c].text)[0] for c in self._clitics(self._anchor(at))}
        if clitics & TO_SOMEONE:
            return False  # il en reste, il lui restait juste en poche: left (to him)
        after = at + 1
        negated = "ne" in clitics
        while after < len(self.words):
            if self._passed_over(self.words[after], negated):
                after += 1  # il reste encore trois jours, il ne reste plus aujourd'hui que
            elif negated and (end := self._aside_end(after)) is not None:
                after = end + 1  # il ne restait plus, au-dessus des toits, qu'un ciel bas
            else:
                break
        if after >= len(self.words) or not self.words[after].is_word:
            return True  # il reste.
        word = self.words[after]
        if word.pos in ("NUM", "NOUN") or key(word.text)[0] in LEFT_OF:
            return False
        if key(word.text)[0] == "à" and after + 1 < len(self.words):
            return self.words[after + 1].pos not in ("VERB", "AUX")  # il reste à faire
        return True

    def _aside_end(self, at: int) -> int | None:
        """The closing comma of an aside that opens at the word, a few words long, right
        before the que of what is left (il ne reste, je crois, que des murs; il ne restait
        plus, au-dessus des toits, qu'un ciel bas), or None (novel17)."""
        if self.words[at].text != ",":
            return None
        last = min(at + ASIDE_WORDS + 2, len(self.words) - 1)
        for index in range(at + 1, last):
            word = self.words[index]
            if word.text == ",":
                following = key(self.words[index + 1].text)[0]
                return index if following in ("que", "qu'") else None
            if not word.is_word:
                return None
        return None

    @staticmethod
    def _passed_over(word: Word, negated: bool) -> bool:
        """An adverb between il reste and what is left: any after ne (il ne reste plus
        aujourd'hui que), else only those of PASSED_OVER."""
        return (negated and word.pos == "ADV") or key(word.text)[0] in PASSED_OVER

    def _impersonal_passive(self, entry: Entry, at: int) -> bool:
        """An impersonal idiom without its final preposition, its verb a participle after
        être: il fut convenu, il a été convenu que is "it was agreed", not il convient de (it
        is advisable)."""
        if entry.before[:1] != ("il",):
            return False
        group = self.words[at].group
        helpers = self.words[self._anchor(at) : at]
        return any(word.group == group and word.lemma.lower() == "être" for word in helpers)

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
        if anchor != at:  # tu vas en baver: an infinitive's own clitics come first
            clitics = [c for c in self._clitics(at) if c > anchor] + clitics
        wanted = list(entry.before)
        imperative = self._imperative_reflexive(at)
        if entry.reflexive and not wanted and imperative is not None:
            return [self.words[imperative].index]  # Figure-toi, asseyez-vous
        if entry.reflexive and wanted == ["en"]:
            after = self._imperative_reflexive_en(at)
            if after:
                return after  # Va-t'en, allez-vous-en
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

    def _imperative_reflexive(self, at: int) -> int | None:
        """The position of the reflexive pronoun after an imperative (Figure-toi, asseyez-vous,
        asseyons-nous), or None. -toi is never a subject; -vous and -nous are in a question
        (trouvez-vous ?, allons-nous partir ?), so they count only with their person's ending
        outside one."""
        if at + 1 >= len(self.words):
            return None
        pronoun = self.words[at + 1].text.lower()
        if pronoun == "-toi":
            return at + 1
        ending = IMPERATIVE_ENDINGS.get(pronoun)
        if ending is None or not self.words[at].text.lower().endswith(ending):
            return None
        if any(word.text == "?" for word in self.words[at:]) or self._aside(at):
            return None
        return at + 1

    def _imperative_reflexive_en(self, at: int) -> list[int]:
        """The tokens of the reflexive pronoun and en after an imperative (va-t'en: one token;
        allez-vous-en, allons-nous-en: two), or none."""
        following = [word.text.lower().replace("’", "'") for word in self.words[at + 1 : at + 3]]
        if following[:1] == ["-t'en"]:
            return [self.words[at + 1].index]
        ending = IMPERATIVE_ENDINGS.get(following[0]) if following else None
        if ending and following[1:] == ["-en"] and self.words[at].text.lower().endswith(ending):
            return [self.words[at + 1].index, self.words[at + 2].index]
        return []

    def _aside(self, at: int) -> bool:
        """voyez-vous, voyons-nous is an aside (you see), never se voir; other imperatives
        before a comma are pronominal (figurez-vous, dit-il, que; dépêchons-nous, il est
        tard)."""
        return self.words[at].lemma.lower() == "voir"

    def _object_as_written(self, entry: Entry, before: list[int]) -> bool:
        """An idiom made of an object pronoun and its verb alone (la fermer: shut up) needs
        that very pronoun: les as-tu fermés? is no la fermer."""
        if entry.before[-1:] not in (("le",), ("la",)) or (entry.parts and entry.parts[0]):
            return True
        pronoun = self.words[self.by_index[before[-1]]] if before else None
        return pronoun is not None and key(pronoun.text)[0] == entry.before[-1]

    def _acts_on_the_body(self, at: int) -> bool:
        """Whether the verb's direct object after it is a part of the body, whose owner the
        reflexive pronoun names (il se frotta les yeux: rub; verbgroups.acts_on_the_body)."""
        verb = self.words[at]
        for word in self.words[at + 1 : at + 6]:
            if word.text in CLAUSE_BREAKS or not word.is_word:
                return False  # il se tournait vers nous, les bras ouverts
            if word.dep == "obj" and word.head == verb.index and word.lemma.lower() in BODY_PARTS:
                before = self.words[self.by_index[word.index] - 1]
                return before.pos == "DET"  # la main, les yeux; not se trouver nez à nez
        return False

    def _reflexive_agrees(self, before: list[int], at: int) -> bool:
        """Whether a reflexive me, te, nous or vous has the subject of its person: tu me fais
        peur is no se faire (tu se fais is impossible), je me fais mal is."""
        verb = self.words[at]
        pronouns = [self.words[self.by_index[i]] for i in before if i in self.by_index]
        for pronoun in pronouns:
            wanted = REFLEXIVE_SUBJECTS.get(key(pronoun.text)[0])
            if wanted is None or self._opens_imperative(self.by_index[pronoun.index]):
                continue  # a negative imperative has no subject (the parse may take te for one)
            subject = (
                self._subject_of(verb)
                or self._pronoun_before(pronoun)
                or self._subject_of_verb_before(pronoun)
            )
            if subject is not None and subject != wanted:
                return False
        return True

    def _subject_of_verb_before(self, pronoun: Word) -> str | None:
        """The person of the finite verb just before the clitic of its infinitive, where the
        parse found no subject: its subject pronoun (Tu peux me voir: tu, so me is no
        reflexive), or an imperative's ending when it opens the clause (Venez me voir: vous;
        Viens me voir: tu)."""
        at = self.by_index[pronoun.index] - 1
        if at < 0 or self.words[at].pos not in ("VERB", "AUX"):
            return None
        verb = self.words[at]
        found = self._pronoun_before(verb)
        if found is not None or (at > 0 and self.words[at - 1].text not in (",", "!", "«", "—")):
            return found
        ending = verb.text.lower()
        return "vous" if ending.endswith("ez") else "nous" if ending.endswith("ons") else "tu"

    def _pronoun_before(self, pronoun: Word) -> str | None:
        """The person of a subject pronoun just before the clitic, ne aside, where the parse
        gave none (Tu me fais peur, the Tu read as a noun)."""
        at = self.by_index[pronoun.index] - 1
        while at >= 0 and key(self.words[at].text)[0] == "ne":
            at -= 1
        if at < 0:
            return None
        found = key(self.words[at].text)[0]
        if found in SUBJECT_KEYS:
            return found
        return "il" if found in THIRD_PERSONS else None

    def _subject_of(self, verb: Word) -> str | None:
        """The person of the subject of a verb or of its verb group, else of the verb an
        infinitive hangs from (vous ne vouliez pas me donner): je, tu, nous, vous, or "il"
        for every other subject (Jacques me dit, me dit-il, qui)."""
        found = self._own_subject(verb)
        for _ in range(3):  # up a chain of infinitives: ils ne pourront s'accoutumer à te voir
            if found is not None or verb.head not in self.by_index or verb.head == verb.index:
                break
            verb = self.words[self.by_index[verb.head]]
            if verb.pos not in ("VERB", "AUX"):
                break
            found = self._own_subject(verb)
        return found

    def _own_subject(self, verb: Word) -> str | None:
        for word in self.words:
            if not word.dep.startswith("nsubj") or key(word.text)[0] in CLITIC_OBJECTS:
                continue  # me, te, se are never a subject (the parse may read one as one)
            hangs = word.head == verb.index or (
                verb.group is not None and self._group_of_index(word.head) == verb.group
            )
            if hangs:
                subject = key(word.text)[0]
                return subject if subject in SUBJECT_KEYS else "il"
        return None

    def _group_of_index(self, index: int) -> int | None:
        at = self.by_index.get(index)
        return None if at is None else self.words[at].group

    def _key_of(self, at: int) -> Key:
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
        past_object = False
        for number, entry_word in enumerate(wanted):
            adjectives = number > 0 and wanted[number - 1] in NOUN_DETERMINERS
            found = self._next(
                entry_word, position, word, fillers=MAX_FILLERS, adjectives=adjectives
            )
            if found is None and number == 0 and self._object_may_split(entry):
                after_object = self._past_object(position, word)
                if after_object is not None:
                    found = self._next(entry_word, after_object, word, fillers=0)
                    past_object = found is not None
            if found is None:
                standing_in = self._y_for_a(entry, number, at)
                if standing_in is not None and not past_object:
                    return [*tokens, standing_in], len(wanted)
                if self._may_lack(entry, number, position) and not past_object:
                    return tokens, number
                if self._dative_for_a(entry, number, at) and not past_object:
                    return tokens, number
                return None
            hit, position = found
            if not tokens or tokens[-1] != hit:
                tokens.append(hit)
        return tokens, len(wanted)

    def _y_for_a(self, entry: Entry, number: int, at: int) -> int | None:
        """The token of a clitic y that stands for a pronominal verb's final à (je m'y ferai:
        se faire à, get used to it; il s'y intéresse), or None."""
        wanted = entry.parts[0]
        if not entry.reflexive or number != len(wanted) - 1 or wanted[number] != "à":
            return None
        for clitic in self._clitics(self._anchor(at)):
            if key(self.words[clitic].text)[0] == "y":
                return self.words[clitic].index
        return None

    def _dative_for_a(self, entry: Entry, number: int, at: int) -> bool:
        """Whether a dative clitic before the verb stands for the idiom's final à and its
        person, whatever preposition follows (elle lui en voulait de l'avoir trahie: en
        vouloir à; je t'en veux de ton silence); not a reflexive one (je m'en fus), nor for
        avoir or être (nous en fûmes épouvantés is no en être à)."""
        wanted = entry.parts[0]
        if entry.reflexive or number != len(wanted) - 1 or wanted[number] != "à":
            return False
        if not entry.optional_end or entry.head in AUXILIARY_HEADS:
            return False
        if number == 0 and not entry.before:
            return False
        for clitic in self._clitics(self._anchor(at)):
            pronoun = self.words[clitic]
            text = key(pronoun.text)[0]
            if text in DATIVE_CLITICS and self._pronoun_before(pronoun) != REFLEXIVE_SUBJECTS.get(
                text
            ):
                return True
        return False

    @staticmethod
    def _object_may_split(entry: Entry) -> bool:
        """An idiom whose fixed words are a prepositional phrase (mettre sur pied, mettre au
        courant, prendre en compte) takes its direct object before them; not one of avoir or
        être (j'avais ma malle à faire is no avoir à faire, les larmes aux yeux no avoir à
        l'œil)."""
        wanted = entry.parts[0]
        return len(wanted) >= 2 and wanted[0] in PREPOSITIONS and entry.head not in AUXILIARY_HEADS

    def _past_object(self, position: int, head: Word) -> int | None:
        """The key position after a short noun phrase that stands right after the verb and
        that the parse makes its direct object (mettra mon article sur pied, mettre le lecteur
        au courant, prendre ces mesures en compte), or None."""
        if position >= len(self.keys):
            return None
        start = self.keys[position].at
        end, is_object = start, False
        while end < len(self.words) and end - start < MAX_OBJECT and self.words[end].is_word:
            word = self.words[end]
            if word.pos not in OBJECT_POS:
                break
            is_object = is_object or (word.dep == "obj" and word.head == head.index)
            end += 1
        if not is_object or end >= len(self.words):
            return None
        return self.starts[end]

    def _may_lack(self, entry: Entry, number: int, position: int) -> bool:
        """Whether the final preposition may be missing here: some other word of the entry is
        there besides the verb (faire avec is not faire), and no other preposition stands in
        its place (se met en place is not se mettre à)."""
        if not entry.optional_end or number != len(entry.parts[0]) - 1:
            return False
        if number == 0 and not (entry.before or entry.reflexive):
            return False
        if entry.head in AUXILIARY_HEADS and (number == 0 or entry.head == "être"):
            return False  # en avoir (pour), être bon (à): the verb alone is no idiom
        following = self._following_word(position)
        return following is None or key(following.text)[0] not in PREPOSITIONS

    def _following_word(self, position: int) -> Word | None:
        """The first word at or after a key position that is not an adverb."""
        at = self.keys[position].at if position < len(self.keys) else len(self.words)
        while at < len(self.words) and self.words[at].pos == "ADV":
            at += 1
        return self.words[at] if at < len(self.words) else None

    def _next(
        self, entry_word: str, position: int, head: Word, *, fillers: int, adjectives: bool = False
    ) -> tuple[int, int] | None:
        """The next key spelling entry_word, at most `fillers` filler words ahead; after the
        idiom's determiner, adjectives too (fait sa première apparition: faire son apparition)."""
        skipped = 0
        while position < len(self.keys):
            item = self.keys[position]
            if self._same(entry_word, item, agreeing=True, verbal=True):
                return self.words[item.at].index, position + 1
            word = self.words[item.at]
            filler = self._is_filler(word, head) or (adjectives and word.pos == "ADJ")
            if not item.first or skipped >= fillers or not filler:
                return None
            skipped += 1
            position = (
                self.starts[item.at + 1] if item.at + 1 < len(self.starts) else len(self.keys)
            )
        return None

    def _is_filler(self, word: Word, head: Word) -> bool:
        if head.group is not None and word.group == head.group:
            return True
        if key(word.text)[0] == "un" and self._next_text(word) == "peu":
            return True  # font un peu penser à: the adverb un peu, as peu alone would be
        if word.pos == "PRON" and word.text.startswith("-"):
            return True  # a pronoun after an imperative or an inverted verb: rends-toi compte
        return word.pos in FILLER_POS or (word.pos == "PRON" and key(word.text)[0] in OBJECT_KEYS)

    def _next_text(self, word: Word) -> str:
        at = self.by_index[word.index] + 1
        return self.words[at].text.lower() if at < len(self.words) else ""

    def _governed_after(self, entry: Entry, at: int) -> tuple[list[int], int] | None:
        """The preposition a head governs: just after it (adverbs, its verb group between), or
        attached by the parse to the head's complement (ont porté, entre autres, sur le
        suivi). A sense of an infinitive (demander de: ask to) needs one after it."""
        preposition = entry.parts[0][0]
        position = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.keys)
        found = self._next(preposition, position, self.words[at], fillers=2)
        index = found[0] if found is not None else self._attached(preposition, at)
        no_object = entry.infinitive and entry.head in NO_OBJECT_HEADS
        if found is None and index is not None and no_object and self._object_follows(at):
            return None  # il chercha quelque chose à dire: the thing's, not chercher à
        if index is None and not entry.infinitive:
            index = self._fronted(preposition, at)
        if index is None:
            return None
        if entry.infinitive and key(self.words[self.by_index[index]].text) in CONTRACTIONS:
            return None  # du, au: a noun follows, not the infinitive the senses want
        if entry.infinitive and self._determiner_after(index):
            return None  # dit d'une voix basse: a noun phrase, not dire de + infinitive
        if entry.infinitive and entry.pos == "ADJ" and not self._infinitive_after(index):
            return None  # avait amené les Eyssette à Lyon: a place, not amené à + infinitive
        if preposition == "de" and self._manner_after(index):
            return None  # parla d'un ton sec: how he spoke, not what about (parler de)
        return [index], 1

    def _object_follows(self, at: int) -> bool:
        """Whether a noun phrase starts right after the head, adverbs aside (chercha quelque
        chose, a du travail, tient une lettre)."""
        words = self.words[at + 1 :]
        for place, word in enumerate(words):
            if word.pos not in ("ADV", "PART") and key(word.text)[0] != "tout":
                if word.pos == "DET" and place + 1 < len(words) and key(word.text)[0] != "de":
                    # il hésita un instant à répondre: a time, not an object
                    return words[place + 1].lemma.lower() not in TIME_NOUNS
                return word.pos in ("DET", "NOUN", "PROPN", "NUM")  # not tout tremblant
        return False

    def _fronted(self, preposition: str, at: int) -> int | None:
        """The preposition of a relative or question pronoun before the verb, with only its
        subject, clitics, adverbs and a modal between: sur qui on peut compter, auquel il
        pense, à quoi songes-tu, dont il parle (not la façon dont il parle)."""
        before = self._anchor(at) - 1
        while before >= 0 and self._between_relative_and_verb(self.words[before]):
            before -= 1
        if before < 0:
            return None
        forms = key(self.words[before].text)
        if forms[1:2] and forms[1] in RELATIVES:  # auquel, duquel: à, de and lequel
            return self.words[before].index if forms[0] == preposition else None
        relative = forms[0]
        if relative in HOLDS_PREPOSITION:
            if HOLDS_PREPOSITION[relative] != preposition or self._after_manner_noun(before):
                return None
            return self.words[before].index
        if relative not in RELATIVES or before == 0:
            return None
        word = self.words[before - 1]
        return word.index if key(word.text)[0] == preposition else None

    def _between_relative_and_verb(self, word: Word) -> bool:
        found = key(word.text)[0]
        if word.pos in ("ADV", "AUX") or found in CLITIC_KEYS or found in SUBJECT_KEYS:
            return True
        return word.pos == "VERB" and word.lemma.lower() in MODALS

    def _after_manner_noun(self, at: int) -> bool:
        """Whether a noun of manner stands before, adjectives aside (le ton singulier dont)."""
        at -= 1
        while at >= 0 and self.words[at].pos == "ADJ":
            at -= 1
        return at >= 0 and self.words[at].lemma.lower() in MANNER_NOUNS

    def _manner_after(self, index: int) -> bool:
        """un ton, une voix, une façon after de: d'un ton sec, d'une voix douce (adjectives
        may stand between)."""
        at = self.by_index[index] + 1
        if at >= len(self.words) or self.words[at].pos != "DET":
            return False
        for word in self.words[at + 1 : at + 3]:
            if word.pos == "NOUN":
                return word.lemma.lower() in MANNER_NOUNS
            if word.pos != "ADJ":
                return False
        return False

    def _infinitive_after(self, index: int) -> bool:
        """Whether a verb follows the preposition, pronouns and adverbs aside (tenu de ne pas
        le dire): a participle or adjective wanting an infinitive has one."""
        for word in self.words[self.by_index[index] + 1 : self.by_index[index] + 5]:
            if word.pos in ("VERB", "AUX"):
                return True
            if word.pos not in ("PRON", "ADV", "PART"):
                return False
        return False

    def _determiner_after(self, index: int) -> bool:
        at = self.by_index[index] + 1
        return at < len(self.words) and self.words[at].pos == "DET"

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
                if self._after_object_noun(later, head) and complement.pos != "VERB":
                    continue  # tient la main de son fils: the hand's de, not tenir de
                return later.index
        return None

    def _after_object_noun(self, preposition: Word, head: Word) -> bool:
        """Whether the preposition comes right after the verb's direct object noun, whose
        complement it most likely is (la main de son fils), whatever the parse says."""
        at = self.by_index[preposition.index] - 1
        before = self.words[at] if at >= 0 else None
        return (
            before is not None
            and before.pos in ("NOUN", "PROPN")
            and before.dep == "obj"
            and before.head == head.index
        )
