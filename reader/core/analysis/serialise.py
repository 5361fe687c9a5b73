"""Analysis <-> plain JSON-ready data: for the analysis cache and `gloss --json`."""

from __future__ import annotations

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
    sentences = tuple(Sentence(s["start"], s["end"]) for s in data["sentences"])
    tokens = tuple(Token(index=index, **token) for index, token in enumerate(data["tokens"]))
    groups = tuple(
        VerbGroup(**{**group, "tokens": tuple(group["tokens"])}) for group in data["groups"]
    )
    expressions = tuple(
        Expression(**{**found, "tokens": tuple(found["tokens"]), "unit": tuple(found["unit"])})
        for found in data.get("expressions", ())
    )
    return Analysis(data["text"], sentences, tokens, groups, expressions)
