"""Fixed, agreeing and split entries in one sentence: a run of words from a given key
(d'un coup d'œil, agreeing ones by lemma), split constructions part after part across a gap
of the clause (ne ... que, ni ... ni), and a negative subject before its ne (personne ne
sait)."""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.analysis.expressions.index import Checked
from reader.core.analysis.expressions.lists import AGREEING, SPLIT, Entry
from reader.core.analysis.expressions.positions import (
    PERSON_NAMES,
    Key,
    Match,
    SentenceWords,
    Word,
    singulars,
)
from reader.core.analysis.expressions.words import RELATIVES

MAX_GAP = 12  # tokens a gap of a negation may hold (ne lui restait plus en poche que)
MAX_SHORT_GAP = 6  # tokens a gap of another split construction may hold
# Negative words that may be the subject, before their ne, and the entry word they stand for.
SUBJECT_NEGATIONS = {
    "personne": "personne",
    "rien": "rien",
    "aucun": "aucun",
    "aucune": "aucun",
    "nul": "nul",
    "nulle": "nul",
}
# Numbers that end some entries after à (à deux: together; à neuf: anew): counts before a noun.
NUMBERS = frozenset("un une deux trois quatre cinq six sept huit neuf dix cent mille".split())
# The parts of plus ... plus (the more ... the more): each opens its clause (plus il mange,
# plus il grossit), never two comparisons in a row (plus de dix ... pour plus de vingt).
CORRELATIVES = frozenset({("plus",), ("moins",), ("autant",)})
# Connectors that are one only at the start of a clause: de plus (moreover) after a word is
# the comparative (rien de plus: nothing more; deux ans de plus: two years more).
CLAUSE_OPENERS = frozenset({("de", "plus")})
# Prepositions of the entries ending in a number (à deux, pour cent) that count a noun after.
COUNT_PREPOSITIONS = frozenset({"à", "pour"})
# Entries read literally before a given next word (c'est égal à: is equal to; une hausse de
# près de 10 %: de, then près de "nearly", not de près "closely").
LITERAL_BEFORE: dict[tuple[str, ...], frozenset[str]] = {
    ("ce", "est", "égal"): frozenset({"à"}),
    ("de", "près"): frozenset({"de", "d'"}),
    # du coin de l'œil, de la rue: the corner's, not du coin "local"
    ("de", "le", "coin"): frozenset({"de", "d'", "du", "des"}),
    # le reste de sa part d'héritage: his share; des places en nombre limité: in number
    ("de", "sa", "part"): frozenset({"de", "d'"}),
    ("de", "son", "part"): frozenset({"de", "d'"}),
    ("en", "nombre"): frozenset(
        "limité limitée limités limitées suffisant suffisante insuffisant restreint pair "
        "impair important croissant".split()
    ),
    # ma foi en Dieu, ma foi dans l'avenir: my faith, not the interjection
    ("ma", "foi"): frozenset({"en", "dans", "de", "d'", "du", "des", "et"}),
    # s'assit à la place qui avait été la sienne: at the place, not "instead"
    ("à", "la", "place"): frozenset({"qui", "que", "qu'", "où", "dont"}),
    # à la campagne électorale, de vaccination: the campaign, not the country
    ("à", "la", "campagne"): frozenset(
        "électorale présidentielle législative législatives municipale municipales "
        "européenne européennes publicitaire militaire officielle de d' du des contre pour "
        "menée lancée".split()
    ),
}


def read_literally(words: tuple[str, ...], previous: str, following: str) -> bool:
    """Whether an entry's words (lower case) are read word by word between these neighbours
    (LITERAL_AFTER, LITERAL_BEFORE): the word card asks before showing the lexicon's phrase."""
    if words in ALONE_ONLY and not (_punctuation(previous) and _punctuation(following)):
        return True  # il ne manque de rien: of nothing
    return previous in LITERAL_AFTER.get(words, ()) or following in LITERAL_BEFORE.get(words, ())


def _punctuation(word: str) -> bool:
    """No word: the text's start or end, or a punctuation mark."""
    return not word or not word[0].isalnum()


# Verbs whose que-clause bien may precede as their adverb (je sais bien que: know well that;
# il faut bien que: must), where bien que is not "although".
KNOWING_VERBS = frozenset(
    "savoir voir penser croire sentir comprendre entendre dire douter falloir vouloir "
    "apercevoir deviner imaginer sembler paraître reconnaître avouer admettre espérer "
    "remarquer constater sentir supposer juger trouver".split()
)
# Entries read literally after a given word (le bon Dieu: God, not "good heavens"; rien de
# nouveau, quelque chose de nouveau, quoi de nouveau: nothing new, not de nouveau "again").
LITERAL_AFTER: dict[tuple[str, ...], frozenset[str]] = {
    ("bon", "dieu"): frozenset({"le", "du", "au", "à"}),
    ("de", "nouveau"): frozenset({"rien", "chose", "quoi", "personne"}),
    ("de", "ordinaire"): frozenset({"rien", "chose", "quoi", "personne"}),  # rien d'ordinaire
    # n'avait pour tout bien qu'un moulin, son bien que: the noun bien (property), no "although"
    ("bien", "que"): frozenset("tout le un son mon ton notre votre leur ce du".split()),
}
# Words of a superlative before a noun: le meilleur homme du monde, la plus belle femme du
# monde (in the world), not the homme du monde of society.
SUPERLATIVES = frozenset("meilleur meilleure meilleurs meilleures pire pires plus moins".split())
# Conjunctions before a que that make it a coordinated clause's (et que, mais que, ou que).
COORDINATORS = frozenset({"et", "ou", "mais", "ni"})
# Entries that are said alone, as an answer (de rien: you're welcome).
ALONE_ONLY = frozenset({("de", "rien")})
# The openings of the duration constructions (il y a deux ans que, voilà longtemps que) and the
# words of a duration their gap must hold.
DURATION_OPENERS = frozenset(
    {("il", "y", "a"), ("voilà",), ("voici",), ("ça", "fait"), ("cela", "fait")}
)
DURATION_WORDS = frozenset(
    "an année mois semaine jour journée heure minute seconde siècle temps longtemps instant "
    "moment nuit soir matin été hiver automne printemps décennie".split()
)
DEFINITE = frozenset("le la l' l’ ce cet cette".split())
# Verbs whose attribute a word after them is (il est à nouveau candidat: a noun attribute).
COPULAS = frozenset("être devenir rester sembler paraître demeurer".split())
# Coordinations whose parts may stand on either side of a comma (ni froid, ni chaud).
COMMA_SPLITS = frozenset({"ni", "soit", "ou", "tantôt", "non", "d'une", "de", "sans"})
# tous les deux (both), which before a noun counts it (tous les deux jours: every other day).
BOTH = frozenset({("tous", "les", "deux"), ("toutes", "les", "deux")})
# Determiners that make the noun after them a noun phrase's (la tête baissée).
DETERMINERS = frozenset(
    "le la l' l’ les un une des du son sa ses mon ma mes ton ta tes leur leurs notre votre "
    "nos vos ce cet cette ces".split()
)
CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", "…", "(", ")", "«", "»", "—", "–"})
# An entry's au, aux, du, des: the article always contracts, so à le, de les written apart
# (à le revoir, de les voir) are a preposition and an object pronoun, never the entry's.
CONTRACTED_PAIRS = frozenset({("à", "le"), ("à", "les"), ("de", "le"), ("de", "les")})


class ContiguousMatches(SentenceWords):
    """The matching of fixed, agreeing and split entries inside one sentence."""

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
                found.update(singulars(item.key))
            self.alternatives[position] = found
        return found

    def _may_start(self, position: int) -> bool:
        """Whether the word at position may stand for an entry's first word: its alternatives
        meet the index's first words (asked without building them; most words do not)."""
        item = self.keys[position]
        starts = self.matcher.first_words
        if item.key in starts or item.key in self.matcher.person_starters:
            return True
        if not (item.first and self._single(item.at)):
            return False
        lemma = self.words[item.at].lemma.lower()
        return lemma in starts or any(form in starts for form in singulars(item.key))

    def _contiguous(self, position: int) -> Iterator[Match]:
        """The entries starting at position (a word _may_start, when the index is used)."""
        matcher = self.matcher
        firsts = self._alternatives(position)
        candidates: list[Checked] = []
        seconds: set[str] | None = None
        for first in firsts:
            candidates.extend(matcher.first_checks.get(first, ()))
            if first not in matcher.pair_firsts:
                continue  # no entry starts with this word and another
            if seconds is None:
                seconds = self._alternatives(position + 1)
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
            if found and self._plausible(entry, found):
                yield Match(entry, self._without_relative(found), found[0], entry.size)

    def _plausible(self, entry: Entry, tokens: tuple[int, ...]) -> bool:
        """Whether the words found are the construction, not look-alikes: à or pour and a
        number is no expression before a noun (pour cent francs), plein de is lots of only
        before a bare noun (plein de cette pensée: full of), en soi (in itself)
        is only soi (en lui: in him), a stressed pronoun standing for soi is not a clitic
        before its verb (malgré lui, not en lui disant), the si of si ... que grades
        an adjective or adverb (si large que, not si on lui demandait ce que), tout en is
        "while" only before a gerund (not tout en haut), an entry's final tout no determiner
        (avant tout projet: before any), an adverbial entry's final adjective no adverb before
        its noun (en vrai professionnel: like a real professional), de même is no "likewise"
        before a noun (de même couleur), ne savoir que faire is no "only", a participle
        preposition no preposition after its auxiliary (il a mis à part: set aside),
        and the que of
        ne ... pas que (not only) starts no clause (je ne veux pas que tu partes)."""
        first = entry.parts[0]
        if entry.kind == SPLIT and set(entry.parts) <= CORRELATIVES:
            return self._opens_clause(tokens[0])  # plus de 13 000 ... pour plus de 3 millions
        if first in CLAUSE_OPENERS and not self._opens_clause(tokens[0]):
            return False  # rien de plus, deux ans de plus: more, not "moreover"
        if (
            first[0] in COUNT_PREPOSITIONS
            and first[-1] in NUMBERS
            and self._next_pos(tokens[-1]) in ("NOUN", "NUM")
        ):
            return False  # à deux heures, pour cent francs: a count, not à deux, pour cent
        if first == ("bien", "que") and self._previous_lemma(tokens[0]) in KNOWING_VERBS:
            return False  # je savais bien qu'elle viendrait: knew well that, not although
        if first == ("de", "même") and self._next_pos(tokens[-1]) == "NOUN":
            return False  # quatre chaises de même couleur: of the same colour, not likewise
        if first == ("plein", "de"):
            return self._is_quantity(tokens[0]) and self._next_pos(tokens[-1]) != "DET"
        if read_literally(first, self._previous_key(tokens[0]), self._next_key(tokens[-1])):
            return False  # le bon Dieu: God; c'est égal à deux; il ne manque de rien: of
        if first[-3:] == ("de", "le", "monde") and self._after_superlative(tokens[0]):
            return False  # le meilleur homme du monde: the best man in the world
        if entry.kind == AGREEING and entry.pos == "NOUN" and self._is_participle(tokens[0]):
            return False  # seront mises en œuvre: mettre en œuvre, not the noun mise en œuvre
        if (
            entry.kind == AGREEING
            and entry.pos == "ADP"
            and self._verb_before(tokens[0]) == "avoir"
        ):
            return False  # il a mis à part dix euros: set aside, not the preposition mis à part
        if first == ("pas", "la", "peine") and self._verb_before(tokens[0]) == "valoir":
            return False  # ne vaut même pas la peine: valoir la peine negated, not "no need"
        if first[-1] == "coup" and self._next_key(tokens[-1]) in ("de", "d'"):
            return False  # d'un coup de sa main, du coup de feu: a blow of, not "at once", "so"
        if entry.kind == SPLIT and self._coordinated_que(entry, tokens):
            return False  # te voilà débarbouillé et que j'ai ...: a second clause's que
        if entry.pos == "ADV" and self._before_its_noun(tokens[0], tokens[-1]):
            return False  # en vrai professionnel, le plus haut sommet: a real, the highest
        if entry.pos == "ADV" and self._determined_noun(tokens[0], first[0]):
            return False  # il marchait, la tête baissée: his head bowed, not headlong
        if first == ("en", "soi"):
            return self._text(tokens[-1]) == "soi"  # en lui, en elle: inside him, her
        if "soi" in first and self._next_pos(tokens[-1]) in ("VERB", "AUX"):
            return False
        if len(first) > 1 and first[-1] == "tout" and self._tout_determines(tokens[-1]):
            return False  # avant tout projet, après tout ce temps: before any, after all this
        if first in BOTH and self._next_pos(tokens[-1]) == "NOUN":
            return False  # tous les deux jours: every other day, not both
        if first == ("tout", "en"):
            return self._before_gerund(tokens[-1])  # drôle comme tout en collégien: no while
        if entry.kind == SPLIT and first in DURATION_OPENERS and not self._has_duration(tokens):
            return False  # voilà tout ce que je sais, il y a des gens que: no duration, no "for"
        if entry.kind == SPLIT and first == ("si",):
            return self._next_pos(tokens[0]) in ("ADJ", "ADV", "VERB")
        if entry.kind == SPLIT and entry.parts == (("ne",), ("que",)) and self._what_to(tokens[-1]):
            return False  # il ne savait que faire: what to do, not "only"
        if entry.kind == SPLIT and entry.parts[-1] == ("pas", "que"):
            return not self._starts_clause(tokens[-1])
        return True

    def _is_participle(self, index: int) -> bool:
        """Whether the tagger reads the word as a verb with no determiner before it: the
        participle mises, prises (seront mises en œuvre, les personnes mises en cause), not the
        noun (la mise en œuvre)."""
        at = self.by_index[index]
        if self.words[at].pos not in ("VERB", "AUX"):
            return False
        return at == 0 or self.words[at - 1].pos != "DET"

    def _before_gerund(self, index: int) -> bool:
        """Whether a gerund follows, object pronouns or ne between (tout en le regardant, tout
        en ne disant rien); tout en haut, tout en larmes are no "while"."""
        for word in self.words[self.by_index[index] + 1 : self.by_index[index] + 5]:
            if word.pos in ("VERB", "AUX"):
                return word.text.lower().endswith("ant")
            if word.pos not in ("PRON", "ADV") or not word.is_word:
                return False
        return False

    def _what_to(self, index: int) -> bool:
        """Whether que stands between savoir and an infinitive (il ne sut que répondre: what
        to answer), where it asks what; il ne fait que dormir keeps its "only"."""
        at = self.by_index[index]
        before = self.words[at - 1] if at > 0 else None
        after = self.words[at + 1] if at + 1 < len(self.words) else None
        if before is None or after is None or before.lemma.lower() != "savoir":
            return False
        return after.pos == "VERB" and after.text.lower().endswith(("er", "ir", "re"))

    def _coordinated_que(self, entry: Entry, tokens: tuple[int, ...]) -> bool:
        """Whether the que of a later part follows et, ou, mais: it repeats an earlier
        conjunction (maintenant que te voilà ... et que j'ai ...), not this construction's."""
        if entry.parts[-1][0] != "que":
            return False
        ques = [i for i in tokens[1:] if self._text(i).replace("’", "'") in ("que", "qu'")]
        if not ques:
            return False
        at = self.by_index[ques[-1]]
        return self.words[at - 1].text.lower() in COORDINATORS

    def _previous_lemma(self, index: int) -> str:
        """The lemma of the word before, if it is a verb (else "")."""
        at = self.by_index[index] - 1
        word = self.words[at] if at >= 0 else None
        return word.lemma.lower() if word is not None and word.pos in ("VERB", "AUX") else ""

    def _after_superlative(self, index: int) -> bool:
        """Whether a superlative stands among the three words before (le plus heureux homme)."""
        at = self.by_index[index]
        before = self.words[max(0, at - 3) : at]
        return any(word.text.lower() in SUPERLATIVES for word in before)

    def _determined_noun(self, index: int, noun: str) -> bool:
        """Whether the entry's first word is a noun with a determiner of its own before it:
        the noun phrase la tête baissée, le mot à mot, not the adverbs tête baissée, mot à
        mot; nor a preposition the tagger took for a noun (une sous la main: sous, not sou)."""
        word = self.words[self.by_index[index]]
        if word.pos != "NOUN" or word.lemma.lower() != noun:
            return False
        return self._previous_key(index) in DETERMINERS

    def _previous_key(self, index: int) -> str:
        at = self.by_index[index] - 1
        return self.words[at].text.lower() if at >= 0 else ""

    def _next_key(self, index: int) -> str:
        """The next word, lower case, a curly apostrophe made straight (d’un as d'un)."""
        at = self.by_index[index] + 1
        return self.words[at].text.lower().replace("’", "'") if at < len(self.words) else ""

    def _is_quantity(self, index: int) -> bool:
        """plein de as "lots of" is invariable and stands where a determiner would (il y a
        plein de gens); after a noun or être, or agreeing (pleine de), it is "full of"."""
        at = self.by_index[index]
        if self.words[at].text.lower() != "plein":
            return False
        return at == 0 or self.words[at - 1].pos not in ("NOUN", "PROPN", "PRON", "AUX", "ADJ")

    def _opens_clause(self, index: int) -> bool:
        """Whether the word starts its sentence or follows punctuation or a conjunction."""
        at = self.by_index[index]
        if at == 0:
            return True
        before = self.words[at - 1]
        return not before.is_word or before.pos in ("CCONJ", "PUNCT")

    def _text(self, index: int) -> str:
        return self.words[self.by_index[index]].text.lower()

    def _has_duration(self, tokens: tuple[int, ...]) -> bool:
        """Whether the gap between the construction's parts holds a duration (deux ans,
        longtemps, une heure): voilà, il y a, ça fait ... que then say "for"."""
        first, last = self.by_index[tokens[0]], self.by_index[tokens[-1]]
        gap = self.words[first + 1 : last]
        return any(
            word.lemma.lower() in DURATION_WORDS
            and (at == 0 or gap[at - 1].text.lower() not in DEFINITE)
            for at, word in enumerate(gap)
        )  # voilà le moment que j'attendais, il y a trois choses que: no duration

    def _before_its_noun(self, first: int, index: int) -> bool:
        """Whether the entry's last word (index) is an adjective right before a noun: an
        adverbial entry ending in an adjective (en vrai, plus haut, en gros) is then that
        noun's adjective, unless a copula comes before the entry (first)."""
        at = self.by_index[index]
        word = self.words[at]
        if word.pos != "ADJ" or word.text.lower() in ("autre", "autres", "nouveau"):
            return False  # entre autres propriétés: among other properties, still
        if self._verb_before(first) in COPULAS:
            return False  # il est à nouveau candidat, devenue en gros responsable
        following = self.words[at + 1] if at + 1 < len(self.words) else None
        return following is not None and following.pos == "NOUN" and word.head == following.index

    def _next_pos(self, index: int) -> str:
        at = self.by_index[index] + 1
        return self.words[at].pos if at < len(self.words) else ""

    def _without_relative(self, tokens: tuple[int, ...]) -> tuple[int, ...]:
        """The tokens of a match less a final duquel, auquel ...: it ends the entry (au cours
        desquelles: au cours de) but a click on it asks for the relative (which)."""
        last = self.words[self.by_index[tokens[-1]]].text.lower()
        return tokens[:-1] if len(tokens) > 1 and last in RELATIVES else tokens

    def _tout_determines(self, index: int) -> bool:
        """Whether the tout ending an entry determines what follows it (avant tout projet,
        malgré tout le respect, après tout ce temps): a noun, an article or ce comes next, and
        tout is no "all" standing alone (il faut avant tout le protéger: the pronoun le)."""
        at = self.by_index[index] + 1
        following = [word.pos for word in self.words[at : at + 2]] + ["", ""]
        if following[0] == "DET":
            return following[1] not in ("VERB", "AUX")  # le protéger: an object pronoun
        return following[0] == "NOUN" or self._next_key(index) == "ce"

    def _starts_clause(self, index: int) -> bool:
        """A verb after the word before the next punctuation: que tu partes, que ce médecin
        fût méchant, que pendant sa vie il était ... (il n'a pas que des amis has none)."""
        for word in self.words[self.by_index[index] + 1 :]:
            if not word.is_word or word.text in CLAUSE_BREAKS or word.text == ",":
                return False
            if word.pos in ("VERB", "AUX"):
                return True
        return False

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
            pair = (wanted[offset - 1], entry_word) if offset else None
            if pair in CONTRACTED_PAIRS and self._uncontracted(
                self.keys[position + offset - 1], item
            ):
                return None  # à le revoir: see him again, not au revoir
            word = self.words[item.at]
            if not tokens or tokens[-1] != word.index:
                tokens.append(word.index)
        return tuple(tokens), position + len(wanted)

    def _uncontracted(self, preposition: Key, article: Key) -> bool:
        """Whether à or de and le or les are two written words (à le, not au; à l' is how
        the article is written before a vowel)."""
        written = self.words[article.at].text.lower()
        return preposition.at != article.at and written in ("le", "les")

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
        commas = entry.parts[0][0] in COMMA_SPLITS or set(entry.parts) <= CORRELATIVES
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
