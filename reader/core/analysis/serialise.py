"""Analysis <-> plain JSON-ready data: token by token (`gloss --json`, the analysis dumps),
or column by column (the analysis cache)."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from reader.core.models import Analysis, Expression, Sentence, Token, VerbGroup


def analysis_to_data(analysis: Analysis) -> dict[str, Any]:
    """Everything, for the cache: analysis_from_data rebuilds the same Analysis."""
    return analysis_outline(analysis, [_token_data(token) for token in analysis.tokens])


def analysis_outline(analysis: Analysis, tokens: list[dict[str, Any]]) -> dict[str, Any]:
    """The text, sentences and groups around token data given by the caller."""
    return {
        "text": analysis.text,
        "sentences": [{"start": s.start, "end": s.end} for s in analysis.sentences],
        "tokens": tokens,
        "groups": [group_data(group) for group in analysis.groups],
        "expressions": [_expression_data(expression) for expression in analysis.expressions],
    }


def public_token_data(token: Token) -> dict[str, Any]:
    """A token as `gloss --json` shows it."""
    return {
        "text": token.text,
        "start": token.start,
        "end": token.end,
        "lemma": token.lemma,
        "pos": token.pos,
        "morph": token.morph,
        "group": token.group,
        "grammar": token.grammar,
    }


def _token_data(token: Token) -> dict[str, Any]:
    data = public_token_data(token)
    data["sentence"] = token.sentence
    data["is_word"] = token.is_word
    return data


def group_data(group: VerbGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "tokens": list(group.tokens),
        "head": group.head,
        "form": group.form,
        "lemma": group.lemma,
        "tense": group.tense,
        "passive": group.passive,
        "negation": group.negation,
        "note": group.note,
    }


def _expression_data(expression: Expression) -> dict[str, Any]:
    return {
        "id": expression.id,
        "tokens": list(expression.tokens),
        "unit": list(expression.unit),
        "head": expression.head,
        "lemma": expression.lemma,
        "form": expression.form,
        "source": expression.source,
        "pos": expression.pos,
    }


def analysis_from_data(data: dict[str, Any]) -> Analysis:
    """The inverse of analysis_to_data; KeyError/TypeError/ValueError on malformed data."""
    tokens = tuple(Token(index=index, **token) for index, token in enumerate(data["tokens"]))
    return _around(data, tokens)


def _around(data: dict[str, Any], tokens: tuple[Token, ...]) -> Analysis:
    """The analysis of the data's text, sentences, groups and expressions, with these tokens."""
    sentences = tuple(Sentence(s["start"], s["end"]) for s in data["sentences"])
    groups = tuple(
        VerbGroup(**{**group, "tokens": tuple(group["tokens"])}) for group in data["groups"]
    )
    expressions = tuple(
        Expression(**{**found, "tokens": tuple(found["tokens"]), "unit": tuple(found["unit"])})
        for found in data.get("expressions", ())
    )
    return Analysis(data["text"], sentences, tokens, groups, expressions)


# Token fields stored one column each by analysis_to_columns, in Token's own order after index.
_COLUMNS = ("text", "start", "end", "lemma", "pos", "morph", "sentence", "is_word", "group")


def analysis_to_columns(analysis: Analysis) -> dict[str, Any]:
    """Everything, for the cache: analysis_from_columns rebuilds the same Analysis. A list per
    token field, each distinct feature set and grammar note once: a book page's file is a
    third of its token-by-token size, and written and read ~2-3x faster (issue 14)."""
    data = analysis_outline(analysis, [])
    del data["tokens"]
    tokens = analysis.tokens
    columns = {name: list(map(attrgetter(name), tokens)) for name in _COLUMNS}
    morphs = columns["morph"]
    # Tokens share their feature dicts (not hashable): numbered by identity.
    columns["morph"], _ = _numbered(list(map(id, morphs)))
    data["morphs"] = list({id(morph): morph for morph in morphs}.values())  # the same order
    columns["grammar"], data["notes"] = _numbered(list(map(attrgetter("grammar"), tokens)))
    data["columns"] = columns
    return data


def _numbered(values: list[Any]) -> tuple[list[int], list[Any]]:
    """Each value's number in the list of the distinct values (in order of first use), and
    that list."""
    numbers: dict[Any, int] = {}
    column = [numbers.setdefault(value, len(numbers)) for value in values]
    return column, list(numbers)


def analysis_from_columns(data: dict[str, Any]) -> Analysis:
    """The inverse of analysis_to_columns; KeyError/TypeError/ValueError/IndexError on
    malformed data."""
    columns, morphs, notes = data["columns"], data["morphs"], data["notes"]
    texts, starts, ends, lemmas, tags, features, sentences, words, groups = (
        columns[name] for name in _COLUMNS
    )
    if any(len(columns[name]) != len(texts) for name in (*_COLUMNS, "grammar")):
        raise ValueError("the token columns differ in length")
    tokens = tuple(
        map(
            Token,
            range(len(texts)),
            texts,
            starts,
            ends,
            lemmas,
            tags,
            [morphs[number] for number in features],
            sentences,
            words,
            groups,
            [notes[number] for number in columns["grammar"]],
        )
    )
    return _around(data, tokens)
