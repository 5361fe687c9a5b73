"""What the word card shows for a clicked word: lemma, translations, grammar, sentence."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.analysis.expressions.contiguous import read_literally
from reader.core.analysis.expressions.lists import entries_by_lemma
from reader.core.analysis.expressions.own import OWN, selected_expression
from reader.core.dictionaries.cognates import cognate_translation
from reader.core.dictionaries.dictionary import Dictionary
from reader.core.dictionaries.lexicon.leading import leading
from reader.core.dictionaries.lexicon.lexicon import Lexicon, bundled_lexicon, pronominal
from reader.core.dictionaries.lexicon.queries import (
    lexicon_gender,
    phrase_offsets,
    phrase_translations,
)
from reader.core.dictionaries.lexicon.senses import is_rare_english
from reader.core.dictionaries.registry import DictionarySet
from reader.core.grammar.auxiliaries import NEGATION_MEMBERS, helper_lemma, helper_senses
from reader.core.grammar.notes import WordFacts, describe_word, pos_label, with_article
from reader.core.grammar.words import grammar_word_translation
from reader.core.lookup.english import participles
from reader.core.lookup.nouns.names import as_name
from reader.core.lookup.participles import (
    adjective_note,
    adjective_reading,
    adverb_phrase,
    after_air,
    is_mistagged_participle,
    is_past_participle,
    masculine_of,
    masculine_singular,
    posture_state,
    present_participle_of,
)
from reader.core.lookup.senses import by_neighbours, expression_translations, of_word
from reader.core.lookup.surroundings import neighbour
from reader.core.lookup.teacher import teacher_translations
from reader.core.lookup.topics import by_topic
from reader.core.models import (
    GROUP_ORIGIN,
    Analysis,
    Article,
    Context,
    EntryDraft,
    Expression,
    Token,
    Translation,
    TranslationSource,
    VerbGroup,
    WordInfo,
)
from reader.core.store import Database

if TYPE_CHECKING:
    from reader.core.translation.translate import MachineWords

GLOSSARY_ORIGIN = "your glossary"
POSTURE_ORIGIN = "French Reader grammar · posture"
OWN_EXPRESSION_LABEL = "your expression"
VERB_ENDINGS = ("er", "ir", "re", "ïr")
# French past participles end so, in every gender and number (mené, fini, rendu, pris, fait,
# ouvert, peint).
PARTICIPLE_ENDINGS = tuple(
    stem + end
    for stem in ("é", "i", "u", "is", "it", "ert", "int", "ort")
    for end in ("", "e", "s", "es")
)
EXPRESSION_LABEL = "expression"
CONTENT_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV"})
# Adverbs that grade an adjective: a "noun" right after one is an adjective (un peu commune).
DEGREE_ADVERBS = frozenset("très trop peu si plus moins assez aussi fort tout bien".split())


class Glosser:
    """Explains tokens of an analysed text. Light: safe to call on a click."""

    def __init__(
        self,
        store: Database | None = None,
        dictionary: Dictionary | None = None,
        *,
        dictionaries: DictionarySet | None = None,
        machine: MachineWords | None = None,
    ) -> None:
        """dictionaries: the learner's, in order (default: the one given, else the bundled
        one); machine: a model's word translation, tried when no dictionary knows a word."""
        self.store = store
        self.dictionary = dictionary or bundled_lexicon()
        self.dictionaries = (
            DictionarySet([self.dictionary]) if dictionaries is None else dictionaries
        )
        self.machine = machine
        # The shipped data never changes while the app runs; the learner's glossary does.
        self._shipped = functools.lru_cache(maxsize=65_536)(self._shipped_translations)
        # The words of some expression, by the last analysis' expressions (held, so their id
        # is never another's; not the analysis, which the Glosser would keep alive): a
        # whole-text gloss asks _free of one analysis token after token.
        self._expression_words: tuple[tuple[Expression, ...], frozenset[int], frozenset[int]] = (
            (),
            frozenset(),
            frozenset(),
        )

    def warm_up(self) -> None:
        """Load what a first click would otherwise wait for (~0.1 s): the English word
        frequencies, which put rare senses last, and the phrase lists, which give expressions'
        meanings. The window calls it off the GUI thread (ui/reading/card_glosser.py)."""
        is_rare_english("house")
        entries_by_lemma()

    def translations(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """The learner's own translation first, then a teacher's list's, then the
        dictionaries, else a likely cognate."""
        shipped = self._shipped(lemma, form.lower(), pos)
        if self.store is None:
            return shipped
        own = self.store.glossary.translation_for(lemma)
        mine = (Translation((own,), TranslationSource.GLOSSARY, GLOSSARY_ORIGIN),) if own else ()
        teacher = teacher_translations(self.store.handouts.teacher_words(lemma))
        return (*mine, *teacher, *shipped)

    def _shipped_translations(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """Grammar words, then each dictionary in order; else the model, and a likely cognate."""
        from_dictionaries = self.dictionaries.translate(lemma, form, pos)
        found = [grammar_word_translation(lemma, form, pos), *from_dictionaries]
        if not from_dictionaries and pos in CONTENT_POS:
            found.append(self.machine(lemma, form) if self.machine else None)
            found.append(cognate_translation(lemma, pos))
        return tuple(translation for translation in found if translation is not None)

    def _capitalised_entry(self, lemma: str) -> bool:
        """Whether a dictionary has the name capitalised so (Russie), or the project's senses
        as a name (le Midi), not only the common word (Rose: the flower; Forestier: a
        forester)."""
        lexicon = self.dictionary
        if isinstance(lexicon, Lexicon) and lexicon.is_name(lemma):
            return True
        lower = lemma.lower()
        return self._shipped(lemma, lemma, "PROPN") != self._shipped(lower, lower, "NOUN")

    def translations_of(self, analysis: Analysis, token: Token) -> tuple[Translation, ...]:
        """Translations of a token; for a helper word of a verb group (an auxiliary, aller or
        venir before an infinitive, a negation word), what it means there (allons voir: are
        going to), then its main verb's, marked with the verb (voir)."""
        function = helper_senses(analysis, token)
        if not function or self._dissolved(analysis, token):
            return self._in_context(analysis, token)
        meaning = Translation(function, TranslationSource.DICTIONARY, GROUP_ORIGIN)
        group = analysis.group_of(token)
        if group is None:  # avoir été of a copula (il a été malade): has, been
            return (meaning, *self._in_context(analysis, token))
        head = analysis.tokens[group.head]
        return (meaning, *of_word(self._in_context(analysis, head), group.lemma))

    def _in_context(self, analysis: Analysis, token: Token) -> tuple[Translation, ...]:
        """Translations of a token; for a verb group, of its main verb (menées -> mener); a
        participle read as an adjective or a passive in the English participle (postponed);
        the sense the preposition it governs calls for first (conviennent d': agree on)."""
        found = self._own_translations_of(analysis, token)
        word = by_neighbours(analysis, token)
        if word is not None:
            return (word, *found)
        if self._topic_reads_as_card(analysis, token):
            found = by_topic(analysis, token, found)  # the sense the topic calls for (topics.py)
        governing = analysis.governing(token)
        if governing is None or _is_tense_marker(analysis, token, governing):
            return found
        meaning = expression_translations(governing, self.dictionaries, analysis)
        mine = tuple(t for t in found if t.source is TranslationSource.GLOSSARY)
        return (*mine, *meaning, *(t for t in found if t not in mine))

    def _topic_reads_as_card(self, analysis: Analysis, token: Token) -> bool:
        """Whether the topic cues, which read the token's verb group or its tag, read it as
        the card does: not a participle or a noun the card reads as an adjective (il est
        très posé: calm, whose card poser's "put" must not lead)."""
        if analysis.group_of(token) is not None:
            return self._group_of(analysis, token) is not None
        return self._reading(analysis, token)[1] == token.pos

    def _own_translations_of(self, analysis: Analysis, token: Token) -> tuple[Translation, ...]:
        group = self._group_of(analysis, token)
        if group is None:
            lemma, pos = self._reading(analysis, token)
            found = self.translations(lemma, token.text, pos)
            if pos == "PROPN":
                found = as_name(analysis, token, lemma, found, self._capitalised_entry)
            if pos == "ADJ" and token.pos in ("VERB", "ADV"):  # a participle read as an adjective
                verb = self.translations(token.lemma, token.text, "VERB")
                found = (*found, *(t for t in verb if t not in found))
            if pos == "ADJ":
                found = self._fixed_adjective(analysis, token, lemma, found)
            found = self._with_phrase(analysis, token, found)
            return self._with_posture(
                analysis, token, self._as_participle(analysis, token, token.lemma, found)
            )
        head = analysis.tokens[group.head]
        found = self.translations(group.lemma, head.text, head.pos)
        return self._as_participle(analysis, head, group.lemma, found) if group.passive else found

    def _reading(self, analysis: Analysis, token: Token) -> tuple[str, str]:
        """The lemma and part of speech to look the token up by: spaCy's, except a "noun"
        right after a noun or a degree adverb that the lexicon knows as an adjective (un air
        frais, un peu commune): an adjective, with Lexique's lemma for it; and a bare past
        participle used as an adjective the lexicon knows (des enfants fatigués: fatigué)."""
        lexicon = self.dictionary
        if token.pos == "VERB" and isinstance(lexicon, Lexicon):
            adjective = adjective_reading(analysis, token, self._is_adjective)
            adjective = adjective or self._stand_in(analysis, token)
            if (
                not adjective
                and token.morph.get("VerbForm") == "Fin"
                and after_air(analysis, token)
            ):
                form = token.text.lower()  # elle avait l'air inquiète: inquiet, not inquiéter
                adjectives = (form, *lexicon.lemmas_of(form, "ADJ"))
                adjective = next((w for w in adjectives if lexicon.is_headword(w, "ADJ")), "")
            return (adjective, "ADJ") if adjective else (token.lemma, token.pos)
        if token.pos == "ADJ" and isinstance(lexicon, Lexicon):
            return self._stand_in(analysis, token) or token.lemma, token.pos
        if is_mistagged_participle(token):  # vêtue, effrayés: the tagger's "adverb"
            masculine = masculine_singular(token.lemma, token.text.lower())
            return (masculine, "ADJ") if self._is_adjective(masculine) else (token.lemma, "VERB")
        if token.pos != "NOUN" or not isinstance(lexicon, Lexicon):
            return token.lemma, token.pos
        # des quartiers mal famés: the tagger's "noun" is the fixed adjective's participle
        stand_in = self._stand_in(analysis, token) if adverb_phrase(analysis, token, "") else ""
        if stand_in:
            return stand_in, "ADJ"
        verb = present_participle_of(analysis, token, lambda form: lexicon.lemmas_of(form, "VERB"))
        if verb:
            return verb, "VERB"  # il rencontra, montant à pas lents: the tagger's "noun"
        before = neighbour(analysis, token, -1)
        after_noun = before is not None and before.pos == "NOUN"
        after_degree = before is not None and before.text.lower() in DEGREE_ADVERBS
        if not (after_noun or after_degree):
            return token.lemma, token.pos
        form = token.text.lower()
        lemmas = [
            w for w in (form, *lexicon.lemmas_of(form, "ADJ")) if lexicon.is_headword(w, "ADJ")
        ]
        return (lemmas[0], "ADJ") if lemmas else (token.lemma, token.pos)

    def _stand_in(self, analysis: Analysis, token: Token) -> str:
        """For a participle or an adjective no dictionary translates by its lemma, nor by its
        form or a verb it may come from (attablées: s'attabler): the adjective its masculine
        singular is (apeurée: apeuré), when a dictionary has it or the adverb before makes a
        fixed adjective with it (mal famées: mal famé; so too for the tagger's "noun"); else
        ""."""
        if token.pos == "VERB" and not is_past_participle(token):
            return ""
        if self.dictionaries.translate(token.lemma, token.text, token.pos):
            return ""
        masculine = masculine_of(token.lemma, token.text.lower())
        if not masculine:
            return ""
        own = token.pos != "NOUN" and masculine != token.lemma  # a noun only with its adverb
        if own and self.dictionaries.translate(masculine, masculine, "ADJ"):
            return masculine
        phrase = adverb_phrase(analysis, token, masculine)
        return masculine if phrase and self.dictionaries.translate(phrase, phrase, "ADJ") else ""

    def _fixed_adjective(
        self, analysis: Analysis, token: Token, lemma: str, found: tuple[Translation, ...]
    ) -> tuple[Translation, ...]:
        """The fixed adjective's senses (mal famé: disreputable) where the participle alone
        has none, after the learner's own."""
        if any(t.source is TranslationSource.DICTIONARY for t in found):
            return found
        phrase = adverb_phrase(analysis, token, lemma)
        return (*found, *self.translations(phrase, phrase, "ADJ")) if phrase else found

    def _group_of(self, analysis: Analysis, token: Token) -> VerbGroup | None:
        """The token's verb group, except where its participle, graded after être, reads as an
        adjective (il est très posé: no passive): then être is a copula and the negation
        words are their own, as in il est calme, for each word of the group."""
        group = analysis.group_of(token)
        if group is None or not group.passive:
            return group
        head = analysis.tokens[group.head]
        return None if self._reading(analysis, head)[1] == "ADJ" else group

    def _dissolved(self, analysis: Analysis, token: Token) -> bool:
        """Whether the analysis puts the token in a verb group the card does not read as one
        (il est très posé)."""
        return analysis.group_of(token) is not None and self._group_of(analysis, token) is None

    def _is_adjective(self, word: str) -> bool:
        """Whether the lexicon or the project's main senses have the word as an adjective."""
        if leading(word, "ADJ"):
            return True
        lexicon = self.dictionary
        return isinstance(lexicon, Lexicon) and lexicon.is_headword(word, "ADJ")

    def _as_participle(
        self, analysis: Analysis, token: Token, lemma: str, found: tuple[Translation, ...]
    ) -> tuple[Translation, ...]:
        """A past participle's verb senses as English participles (axée: focused), when the
        dictionaries gave the verb's senses, not an adjective's own (fatigué: tired); so too
        for an adjective the dictionaries know only as the verb's participle (accrue), and a
        "noun" no dictionary has as one, whose senses are a verb's (des fillettes attablées)."""
        participle = is_past_participle(token) or is_mistagged_participle(token)
        lexicon = self.dictionary
        known = isinstance(lexicon, Lexicon) and lexicon.is_headword(lemma, "ADJ")
        noun = token.pos == "NOUN" and self._noun_as_participle(analysis, token, lemma)
        if not participle and not (token.pos == "ADJ" and not known) and not noun:
            return found
        if not token.text.lower().endswith(PARTICIPLE_ENDINGS):
            return found  # the tagger's "participle" agonisa is a passé simple
        verb = lemma if lemma.endswith(VERB_ENDINGS) else self._verb_of(token.text)
        if not verb:
            return found
        verb_senses = {t.senses for t in self.translations(verb, token.text, "VERB")}
        return tuple(
            replace(t, senses=participles(t.senses, verb))
            if t.source is TranslationSource.DICTIONARY and t.senses in verb_senses
            else t
            for t in found
        )

    def _with_posture(
        self, analysis: Analysis, token: Token, found: tuple[Translation, ...]
    ) -> tuple[Translation, ...]:
        """The posture a posture verb's participle describes first (Charles, étendu sur un
        canapé: lying, not étendre's "spread"), after the learner's own translation."""
        entry = entries_by_lemma().get(("pronominal", pronominal(token.lemma)))
        state = posture_state(analysis, token, entry.english if entry else ())
        if not state:
            return found
        own = tuple(t for t in found if t.source is TranslationSource.GLOSSARY)
        posture = Translation((state,), TranslationSource.DICTIONARY, POSTURE_ORIGIN)
        return (*own, posture, *(t for t in found if t not in own))

    def _noun_as_participle(self, analysis: Analysis, token: Token, lemma: str) -> bool:
        """A "noun" right after a noun, which no dictionary has as a noun (des fillettes
        attablées): a participle the tagger missed."""
        lexicon = self.dictionary
        before = neighbour(analysis, token, -1)
        if before is None or before.pos != "NOUN" or not isinstance(lexicon, Lexicon):
            return False
        return not lexicon.is_noun(lemma)

    def _verb_of(self, form: str) -> str:
        lexicon = self.dictionary
        if not isinstance(lexicon, Lexicon):
            return ""
        verbs = [v for v in lexicon.lemmas_of(form, "VERB") if v.endswith(VERB_ENDINGS)]
        # a guess only where the form is its participle (attablées: s'attabler; cajolais is
        # cajoler's imperfect)
        guessed = [v for v in lexicon.guessed_verbs(form) if masculine_singular(_bare(v), form)]
        return next(iter(verbs or guessed), "")

    def _with_phrase(
        self, analysis: Analysis, token: Token, found: tuple[Translation, ...]
    ) -> tuple[Translation, ...]:
        """A fixed phrase the token is part of (afin de, à travers) goes first, after the
        learner's own translation."""
        known = any(t.source is TranslationSource.DICTIONARY for t in found)
        phrase: tuple[Translation, ...] = ()
        # Most words: no phrase sought, the words around are not needed.
        for before in phrase_offsets(token.pos, known=known):
            near = analysis.tokens[max(0, token.index - before) : token.index + 4]
            words = [t.text for t in near if t.sentence == token.sentence]
            phrase = phrase_translations(
                self.dictionaries, words, token.pos, known=known, before=before
            )
            if phrase:
                break
        if not phrase or (known and _declined(phrase[0]) and self._free(analysis, token)):
            return found
        if _literal_here(analysis, token, phrase[0]):
            return found  # n'avait pour tout bien qu'un moulin: the noun, not bien que
        if _clitic_of_next_verb(analysis, token, phrase[0]):
            return found  # trouver à nous loger: nous is loger's, not à nous (ours)
        if _possessive(phrase[0]) and not _owned(analysis, token, phrase[0]):
            return found  # se recommander à personne: to anyone, not "no-one's"
        own = tuple(t for t in found if t.source is TranslationSource.GLOSSARY)
        return (*own, *phrase, *(t for t in found if t not in own))

    def _free(self, analysis: Analysis, token: Token) -> bool:
        """Whether the token is in no expression and the two words after it in no split one:
        the phrase was then declined for what it is, or for a contiguous one the matcher
        chose (de près de 6 %: près de, nearly), not lost to a split construction (rien non
        plus: ne ... plus took plus, and non plus still leads)."""
        last, words, split = self._expression_words
        if last is not analysis.expressions:
            # Once per analysis, not a scan of every expression per token.
            words = frozenset(i for expression in analysis.expressions for i in expression.tokens)
            split = frozenset(
                i
                for expression in analysis.expressions
                if "…" in expression.form
                for i in expression.tokens
            )
            self._expression_words = (analysis.expressions, words, split)
        return token.index not in words and split.isdisjoint(range(token.index, token.index + 3))

    def explain(
        self, analysis: Analysis, token_index: int, own: Sequence[Expression] = ()
    ) -> WordInfo:
        """The card of a token: of its expression when it is in one (the learner's own
        expressions, `own`, first), else of its verb group or itself."""
        token = analysis.tokens[token_index]
        expression = expression_at(own, token_index) or analysis.expression_of(token)
        if expression is not None:
            return self.explain_expression(analysis, token, expression)
        group = self._group_of(analysis, token)
        if group is not None and helper_senses(analysis, token):
            return self.explain_helper(analysis, token, group)
        head = analysis.tokens[group.head] if group else token
        lemma, pos = (group.lemma, head.pos) if group else self._reading(analysis, token)
        sentence = analysis.sentence_of(token)
        participle = pos == "ADJ" and token.pos in ("VERB", "ADV")
        if participle:
            grammar = adjective_note(analysis, token, lemma)
        elif self._dissolved(analysis, token):  # est of «est très posé»: no passive's note
            grammar = describe_word(WordFacts(token.text, lemma, pos, dict(token.morph)))
        else:
            grammar = token.grammar
        return WordInfo(
            token=token,
            form=group.form if group else token.text,
            lemma=lemma,
            headword=self.headword(lemma, pos, head.morph.get("Gender", "")),
            pos_label="verb" if group else pos_label(pos),
            grammar=grammar,
            translations=self.translations_of(analysis, token),
            sentence=analysis.text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            unit=tuple((t.start, t.end) for t in analysis.unit_tokens(token)),
            saved=self.store.glossary.find_by_lemma(lemma) if self.store else None,
        )

    def explain_helper(self, analysis: Analysis, token: Token, group: VerbGroup) -> WordInfo:
        """The card of a helper word of a verb group: its own lemma (aller, avoir, ne) and
        what it does there first (are going to, had, not), the group's note, then the main
        verb's senses. Saving and statuses stay with the group's lemma (voir): the text
        colours and selects the group as one unit."""
        sentence = analysis.sentence_of(token)
        translations = self.translations_of(analysis, token)
        return WordInfo(
            token=token,
            form=group.form,
            lemma=helper_lemma(token),
            headword=helper_lemma(token),
            pos_label=pos_label("ADV" if token.text.lower() in NEGATION_MEMBERS else token.pos),
            grammar=_naming_verb_sense(token.grammar, group.lemma, translations[1:]),
            translations=translations,
            sentence=analysis.text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            unit=tuple((t.start, t.end) for t in analysis.unit_tokens(token)),
            saved=self.store.glossary.find_by_lemma(group.lemma) if self.store else None,
            group_lemma=group.lemma,
        )

    def explain_expression(
        self, analysis: Analysis, token: Token, expression: Expression
    ) -> WordInfo:
        """The card of a word in an expression: the expression and its meaning first, then
        the word's own senses."""
        sentence = analysis.sentence_of(token)
        unit = [analysis.tokens[i] for i in expression.unit]
        return WordInfo(
            token=token,
            form=expression.form,
            lemma=_expression_word_lemma(analysis, token),
            headword=expression.lemma,
            pos_label=OWN_EXPRESSION_LABEL if expression.source == OWN else EXPRESSION_LABEL,
            grammar=token.grammar,
            translations=self.expression_translations(analysis, token, expression),
            sentence=analysis.text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            unit=tuple((t.start, t.end) for t in unit),
            saved=self.store.glossary.find_by_lemma(expression.lemma) if self.store else None,
            expression=expression,
        )

    def expression_translations(
        self, analysis: Analysis, token: Token, expression: Expression
    ) -> tuple[Translation, ...]:
        """The learner's own translation of the expression, its meaning, then the word's own
        translations, each marked with the word's lemma."""
        own: tuple[Translation, ...] = ()
        if self.store is not None:
            mine = self.store.glossary.translation_for(expression.lemma)
            if mine:
                own = (Translation((mine,), TranslationSource.GLOSSARY, GLOSSARY_ORIGIN),)
        meaning = expression_translations(expression, self.dictionaries, analysis)
        group = analysis.group_of(token)
        if group is None:
            word = self.translations(token.lemma, token.text, token.pos)
        else:
            word = self._in_context(analysis, token)
        lemma = group.lemma if group is not None else token.lemma
        return (*own, *meaning, *of_word(word, lemma))

    def explain_selection(
        self, analysis: Analysis, indices: Sequence[int], own: Sequence[Expression] = ()
    ) -> WordInfo:
        """The card of words the learner gathered to save as one expression: one of the
        learner's expressions found there if the words are exactly it, else a new one with
        each word's first senses. InputError for fewer than two words."""
        expression = selected_expression(analysis, indices)
        found = next((e for e in own if set(e.tokens) == set(expression.tokens)), None)
        expression = found or expression
        first = analysis.tokens[expression.tokens[0]]
        sentence = analysis.sentence_of(first)
        return WordInfo(
            token=first,
            form=expression.form,
            lemma=expression.lemma,
            headword=expression.lemma,
            pos_label=OWN_EXPRESSION_LABEL,
            grammar="",
            translations=self._selection_translations(analysis, expression),
            sentence=analysis.text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            unit=tuple((t.start, t.end) for t in (analysis.tokens[i] for i in expression.unit)),
            saved=self.store.glossary.find_by_lemma(expression.lemma) if self.store else None,
            expression=expression,
        )

    def _selection_translations(
        self, analysis: Analysis, expression: Expression
    ) -> tuple[Translation, ...]:
        """The learner's own translation of the expression, then each word's first senses."""
        found: list[Translation] = []
        if self.store is not None:
            mine = self.store.glossary.translation_for(expression.lemma)
            if mine:
                found.append(Translation((mine,), TranslationSource.GLOSSARY, GLOSSARY_ORIGIN))
        for index in expression.tokens:
            token = analysis.tokens[index]
            group = analysis.group_of(token)
            lemma = group.lemma if group is not None else token.lemma
            word = [t for t in self._in_context(analysis, token) if t.senses]
            if word and word[0].source is not TranslationSource.GLOSSARY:
                best = replace(word[0], senses=word[0].senses[:3])
                found.extend(of_word((best,), lemma))
        return tuple(found)

    def headword(self, lemma: str, pos: str, gender: str = "") -> str:
        """The lemma as a dictionary shows it: nouns with their article (la coopération)."""
        if pos != "NOUN":
            return lemma
        return with_article(lemma, self.noun_gender(lemma, gender) or gender)

    def noun_gender(self, lemma: str, context: str = "") -> str:
        """The dictionaries' gender: spaCy's guess from the context (`context`) is often
        wrong, so it only decides for nouns used with both (le/la poste)."""
        return lexicon_gender(self.dictionaries, lemma, context)

    def draft(
        self,
        info: WordInfo,
        *,
        translation: str | None = None,
        notes: str = "",
        tags: Sequence[str] = (),
        article: Article | None = None,
    ) -> EntryDraft:
        """What saving this word puts in the glossary; the translation defaults to the best."""
        if translation is None:
            best = info.entry_translation
            translation = "; ".join(best.senses[:3]) if best else ""
        return EntryDraft(
            word=info.form,
            lemma=info.entry_lemma,
            pos=info.expression.pos if info.expression is not None else _saved_pos(info),
            gender=self._gender_of(info),  # a noun's own: mener has none, menées is Fem
            translation=translation,
            grammar=info.grammar,
            context=Context(
                sentence=info.sentence,
                word=info.form,
                source_title=article.title if article else "",
                source_path=article.path if article else "",
            ),
            tags=tuple(tags),
            notes=notes,
            pattern=info.expression.pattern if info.expression is not None else (),
        )

    def _gender_of(self, info: WordInfo) -> str:
        """A noun lemma's gender; none for other words (a verb form's gender is the form's)."""
        if info.expression is not None:
            return ""
        context = info.token.morph.get("Gender", "")
        return self.noun_gender(info.lemma, context) if info.token.pos == "NOUN" else ""


def _bare(verb: str) -> str:
    """The verb without se (s'attabler: attabler), as the conjugations list it."""
    return verb.removeprefix("se ").removeprefix("s'")


def _saved_pos(info: WordInfo) -> str:
    """The token's part of speech, VERB for a helper word's card (its verb group is saved),
    or ADJ for a participle the card read as an adjective."""
    if info.group_lemma:
        return "VERB"
    adjective = info.token.pos == "VERB" and info.pos_label == pos_label("ADJ")
    return "ADJ" if adjective else info.token.pos


def _expression_word_lemma(analysis: Analysis, token: Token) -> str:
    """The lemma an expression's card gives the clicked word: a helper word's own (ne of ne
    ... pas, ont of ont eu lieu: avoir), else its verb group's (se rendre), else its own."""
    group = analysis.group_of(token)
    if group is None:
        return token.lemma
    return helper_lemma(token) if helper_senses(analysis, token) else group.lemma


def _naming_verb_sense(note: str, verb: str, translations: Sequence[Translation]) -> str:
    """A helper word's note with its main verb's first sense beside the verb: «allons voir»
    (voir: see)."""
    sense = next((t.senses[0] for t in translations if t.senses), "")
    named = f"({verb})"
    return note.replace(named, f"({verb}: {sense})", 1) if sense else note


def _phrase_of(phrase: Translation) -> str:
    """The lexicon phrase a translation comes from, as its origin names it («bien qu'»)."""
    return phrase.origin.rpartition("«")[2].rstrip("»")


def _literal_here(analysis: Analysis, token: Token, phrase: Translation) -> bool:
    """Whether the expression matcher reads the phrase's words literally here (its tables of
    neighbours: tout bien que, c'est égal à), so the card does not show the phrase either."""
    words = tuple(_phrase_of(phrase).replace("qu'", "que").split())  # bien qu' as bien que
    if not words or token.text.lower() != words[0]:
        return False
    tokens = analysis.tokens
    previous = tokens[token.index - 1].text.lower() if token.index else ""
    end = token.index + len(words)
    following = tokens[end].text.lower() if end < len(tokens) else ""
    return read_literally(words, previous, following)


# Pronouns that end a lexicon phrase (à nous, à vous) but are object clitics before a verb.
CLITIC_PRONOUNS = frozenset("nous vous lui leur me te se le la les moi toi".split())


def _clitic_of_next_verb(analysis: Analysis, token: Token, phrase: Translation) -> bool:
    """Whether the phrase ends in a pronoun that the next word, a verb, takes as its object
    (trouvé à nous loger: à, then nous loger; not the phrase à nous)."""
    words = _phrase_of(phrase).split()
    if len(words) < 2 or words[-1] not in CLITIC_PRONOUNS:
        return False
    tokens = analysis.tokens
    near = tokens[token.index : token.index + len(words)]
    at = next((t.index for t in near if t.text.lower() == words[-1]), -1)
    after = tokens[at + 1] if 0 <= at < len(tokens) - 1 else None
    return after is not None and after.sentence == token.sentence and after.pos in ("VERB", "AUX")


POSSESSIVES = frozenset("mine yours his hers ours theirs".split())
# The owners of the lexicon's phrases of à and an owner (à moi: mine; à personne: no-one's);
# the pronouns may own a noun too (une idée à moi), personne and tout le monde not.
OWNER_PRONOUNS = frozenset("moi toi lui elle nous vous eux".split())
OWNERS = OWNER_PRONOUNS | {"personne", "tout le monde"}


def _possessive(phrase: Translation) -> bool:
    """Whether the phrase is à and an owner, glossed as a possessive (à moi: mine)."""
    first = phrase.senses[0].split(";")[0].strip() if phrase.senses else ""
    owner = first in POSSESSIVES or first.endswith("'s")
    words = _phrase_of(phrase)
    return owner and words.startswith("à ") and words[2:] in OWNERS


def _owned(analysis: Analysis, token: Token, phrase: Translation) -> bool:
    """Whether à follows être, or a noun before a stressed pronoun, where it tells the owner
    (c'est à moi, ce n'est à personne, une idée à moi), not a verb's indirect object (ouvrir
    ce pays à tout le monde, se recommander à personne)."""
    at = token.index - 1
    while at > 0 and analysis.tokens[at].pos == "ADV":
        at -= 1  # étaient donc à moi, est bien à moi
    if at < 0:
        return False
    before = analysis.tokens[at]
    after = analysis.tokens[token.index + 2 : token.index + 4]
    turn = len(after) == 2 and after[0].text.lower() in ("de", "d'") and after[1].pos == "VERB"
    if turn and before.lemma == "être":
        return False  # c'est à moi de jouer: up to me, not mine
    pronoun = _phrase_of(phrase)[2:] in OWNER_PRONOUNS
    return before.lemma == "être" or (pronoun and before.pos in ("NOUN", "PROPN"))


def _declined(phrase: Translation) -> bool:
    """Whether the lexicon's phrase is a fixed entry of the phrase lists: for a known word
    that _free leaves alone, the analysis looked for it there and found these words are not
    it (je savais bien qu'elle: no bien que)."""
    entry = entries_by_lemma().get(("expressions", _phrase_of(phrase)))
    return entry is not None and entry.kind == "fixed"


def _is_tense_marker(analysis: Analysis, token: Token, expression: Expression) -> bool:
    """Whether the expression's verb is an auxiliary of the token's verb group, not its
    meaning: vient d'éditer is a recent past of éditer, not "come from" or "have just"."""
    group = analysis.group_of(token)
    return group is not None and expression.head in group.tokens and expression.head != group.head


def expression_at(expressions: Sequence[Expression], token_index: int) -> Expression | None:
    """The first of these expressions a token belongs to (a word of it, or of its unit)."""
    for expression in expressions:
        if token_index in expression.tokens:
            return expression
    return next((e for e in expressions if token_index in e.unit), None)
