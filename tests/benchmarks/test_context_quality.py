"""The context-quality scorer: its matching rule, its file parsing, and the annotated data."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

import pytest

from benchmarks.context_quality import (
    ANNOTATIONS,
    BOTH,
    REPOSITORY,
    SPLITS,
    SUBSPLITS,
    UNSEEN,
    Annotation,
    AnnotationError,
    Card,
    app_clicker,
    first_item,
    judge,
    lists_failures,
    load_annotations,
    matches,
    normalise_sense,
    parse_annotation,
    split_annotations,
)

GOOD_LINE = json.dumps(
    {
        "id": "tune-999",
        "file": "seeds/russie-chine-cooperation-defense.txt",
        "offset": 22,
        "form": "conviennent",
        "context": "La Russie et la Chine [conviennent] d’une coopération",
        "lemma": "convenir",
        "expression": "convenir de",
        "senses": ["agree", "agree on"],
        "traps": ["suit", "coincide"],
        "kinds": ["expression", "polysemous"],
    },
    ensure_ascii=False,
)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("To take place (of an event)", "take place"),
        ("the Agenda", "agenda"),
        ("a few", "few"),
        ("to", "to"),
        ("Café!", "cafe"),
        ("follow-up", "follow-up"),
        ("maître d’", "maitre d"),
    ],
)
def test_senses_are_normalised(raw: str, normalised: str) -> None:
    assert normalise_sense(raw) == normalised


@pytest.mark.parametrize(
    ("shown", "wanted", "expected"),
    [
        ("take place (event)", "take place", True),
        ("to agree on", "agree", True),
        ("The company", "company", True),
        ("placement", "place", False),
        ("coincide", "agree", False),
        ("have", "take place", False),
        ("anything", "", False),
    ],
)
def test_a_sense_matches_as_whole_words(shown: str, wanted: str, expected: bool) -> None:
    assert matches(shown, wanted) is expected


@pytest.mark.parametrize(
    ("sense", "first"),
    [
        ("have, wear", "have"),
        ("some; any", "some"),
        ("at the time (lors de: during, at)", "at the time (lors de: during, at)"),
        ("agree", "agree"),
    ],
)
def test_the_first_item_stops_at_a_comma_outside_parentheses(sense: str, first: str) -> None:
    assert first_item(sense) == first


def test_a_good_line_parses() -> None:
    annotation = parse_annotation(GOOD_LINE, "x.jsonl:1")
    assert annotation.form == "conviennent"
    assert annotation.senses == ("agree", "agree on")
    assert annotation.expression == "convenir de"


@pytest.mark.parametrize(
    "line",
    [
        "{not json",
        json.dumps({"id": "a", "file": "f", "offset": 0, "form": "x", "lemma": "x"}),
        json.dumps({"id": "a", "file": "f", "offset": 0, "form": "x", "lemma": "x", "senses": []}),
        json.dumps({"id": "a", "file": "f", "offset": "zero", "form": "x", "lemma": "x"}),
    ],
)
def test_a_bad_line_names_its_place(line: str) -> None:
    with pytest.raises(AnnotationError, match=r"x\.jsonl:7"):
        parse_annotation(line, "x.jsonl:7")


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "some.jsonl"
    path.write_text(f"\n{GOOD_LINE}\n\n", encoding="utf-8")
    assert [a.id for a in load_annotations(path)] == ["tune-999"]


def test_the_verdicts() -> None:
    annotation = parse_annotation(GOOD_LINE, "x:1")
    right = judge(annotation, Card(lemma="convenir", first_sense="to agree", token="x"))
    trap = judge(annotation, Card(lemma="convenir", first_sense="coincide", token="x"))
    none = judge(annotation, Card(lemma="conviennent", first_sense=None, token="x"))
    assert (right.right, right.trap, right.lemma_right) == (True, False, True)
    assert (trap.right, trap.trap) == (False, True)
    assert (none.right, none.trap, none.lemma_right) == (False, False, False)


@pytest.mark.parametrize(
    ("lemma", "accepted"),
    [("convenir", True), ("convenir de", True), ("Convenir", False), ("se convenir", False)],
)
def test_the_lemma_rule(lemma: str, accepted: bool) -> None:
    annotation = parse_annotation(GOOD_LINE, "x:1")
    assert judge(annotation, Card(lemma, "agree", "x")).lemma_right is accepted


def test_a_pronominal_verb_may_show_its_pronoun() -> None:
    annotation = Annotation(
        "i", "f", 0, "agit", "agir", ("be about",), expression="s'agir de", kinds=("pronominal",)
    )
    for lemma in ("agir", "s'agir", "s’agir", "s'agir de"):
        assert judge(annotation, Card(lemma, None, "x")).lemma_right


# ------------------------------------------------------------- the committed annotation files


def all_annotations() -> list[Annotation]:
    return [a for name in SPLITS.values() for a in load_annotations(ANNOTATIONS / name)]


def test_every_annotation_points_at_its_form() -> None:
    texts: dict[str, str] = {}
    annotations = all_annotations()
    for a in annotations:
        text = texts.setdefault(a.file, (REPOSITORY / a.file).read_text(encoding="utf-8"))
        assert text[a.offset : a.offset + len(a.form)] == a.form, a.id
    assert len({a.id for a in annotations}) == len(annotations)
    assert len(annotations) >= 400


def test_no_trap_is_also_an_acceptable_sense() -> None:
    for a in all_annotations():
        acceptable = {normalise_sense(sense) for sense in a.senses}
        assert not acceptable & {normalise_sense(trap) for trap in a.traps}, a.id


def test_the_held_out_texts_are_not_in_the_tuning_file() -> None:
    tuning, held_out = (load_annotations(ANNOTATIONS / SPLITS[name]) for name in BOTH)
    news = {a.file for a in tuning if "/news/" in a.file}
    assert not news & {a.file for a in held_out if "/news/" in a.file}


def clicked_elsewhere(clicks: list[Annotation], family: str) -> list[str]:
    """The ids of the clicks whose token a split of another family (not starting with
    `family`) also clicks: none, for halves written from new text."""
    others = {
        (a.file, a.offset)
        for split in SPLITS
        if not split.startswith(family)
        for a in split_annotations(split)
    }
    return [a.id for a in clicks if (a.file, a.offset) in others]


def paragraph_of(annotation: Annotation, texts: dict[str, str]) -> tuple[str, int]:
    """(file, start of the paragraph) holding the annotated token: one line of the file."""
    text = texts.setdefault(
        annotation.file, (REPOSITORY / annotation.file).read_text(encoding="utf-8")
    )
    return annotation.file, text.rfind("\n", 0, annotation.offset) + 1


def test_the_fresh_file_shares_no_text_or_paragraph_with_the_others() -> None:
    """Fresh clicks are unseen material: no news text and no paragraph of the other files."""
    texts: dict[str, str] = {}
    fresh = load_annotations(ANNOTATIONS / SPLITS["fresh"])
    others = [a for name in BOTH for a in load_annotations(ANNOTATIONS / SPLITS[name])]
    taken = {paragraph_of(a, texts) for a in others}
    taken_news = {a.file for a in others if "/news/" in a.file}
    assert [a.id for a in fresh if paragraph_of(a, texts) in taken] == []
    assert [a.id for a in fresh if a.file in taken_news] == []
    assert len(fresh) >= 300


def test_the_second_fresh_file_shares_no_text_with_the_others() -> None:
    """fresh2 is unseen material: UD dev sentences that no other file points into."""
    fresh2 = load_annotations(ANNOTATIONS / SPLITS["fresh2"])
    others = {
        a.file
        for name in ("tuning", "held-out", "fresh")
        for a in load_annotations(ANNOTATIONS / SPLITS[name])
    }
    assert {a.file for a in fresh2} <= {
        "tests/data/corpus/ud/gsd-dev.txt",
        "tests/data/corpus/ud/sequoia-dev.txt",
    }
    assert not {a.file for a in fresh2} & others
    assert len(fresh2) >= 300


def test_the_second_fresh_file_splits_by_treebank() -> None:
    """fresh2-sequoia and fresh2-gsd share out fresh2's clicks by text, in their id ranges."""
    whole = split_annotations("fresh2")
    sequoia, gsd = split_annotations("fresh2-sequoia"), split_annotations("fresh2-gsd")
    assert sequoia + gsd == whole
    assert {a.file for a in sequoia} == {SUBSPLITS["fresh2-sequoia"][1]}
    assert {a.file for a in gsd} == {SUBSPLITS["fresh2-gsd"][1]}
    assert [a.id for a in sequoia] == [f"fresh2-{n:03d}" for n in range(1, 588)]
    assert [a.id for a in gsd] == [f"fresh2-{n:03d}" for n in range(588, 588 + len(gsd))]


def paragraph_text(annotation: Annotation, texts: dict[str, str]) -> str:
    """The whole line (paragraph) of its file that holds the annotated token."""
    text = texts.setdefault(
        annotation.file, (REPOSITORY / annotation.file).read_text(encoding="utf-8")
    )
    end = text.find("\n", annotation.offset)
    return text[text.rfind("\n", 0, annotation.offset) + 1 : end if end >= 0 else len(text)]


def test_the_third_fresh_file_shares_no_text_or_paragraph_with_the_others() -> None:
    """fresh3 is unseen material: its own GSD dev sentences, in no other file's text or line."""
    texts: dict[str, str] = {}
    fresh3 = load_annotations(ANNOTATIONS / SPLITS["fresh3"])
    others = [a for name in SPLITS if name != "fresh3" for a in split_annotations(name)]
    assert {a.file for a in fresh3} == {"tests/data/corpus/ud/gsd-dev2.txt"}
    assert not {a.file for a in fresh3} & {a.file for a in others}
    taken = {paragraph_text(a, texts) for a in others}
    assert [a.id for a in fresh3 if paragraph_text(a, texts) in taken] == []
    assert len(fresh3) >= 300


def test_the_polysemy_halves_split_by_text() -> None:
    """Rules are tuned on poly-dev and checked on poly-check: no text is in both."""
    dev, check = split_annotations("poly-dev"), split_annotations("poly-check")
    assert not {a.file for a in dev} & {a.file for a in check}
    assert len(dev) + len(check) >= 250


def test_the_expression_halves_split_by_text() -> None:
    """Round 14's expression clicks: the dev and check halves share no text."""
    dev, check = split_annotations("expressions-dev"), split_annotations("expressions-check")
    assert not {a.file for a in dev} & {a.file for a in check}
    assert all({"expression", "pronominal"} & set(a.kinds) for a in dev + check)
    assert len(dev) + len(check) >= 200


def test_the_second_function_word_halves_split_by_text() -> None:
    """Round fifteen's function-word clicks: the dev and check halves share no text."""
    dev, check = split_annotations("function2-dev"), split_annotations("function2-check")
    assert not {a.file for a in dev} & {a.file for a in check}
    assert len(dev) >= 150 and len(check) >= 120


def test_the_partner_halves_share_no_paragraph_and_no_click() -> None:
    """Partner15's halves: no paragraph in both, and no token another file already clicks."""
    texts: dict[str, str] = {}
    dev, check = split_annotations("partners-dev"), split_annotations("partners-check")
    assert not {paragraph_of(a, texts) for a in dev} & {paragraph_of(a, texts) for a in check}
    assert clicked_elsewhere(dev + check, "partners") == []
    assert len(dev) >= 100 and len(check) >= 90


def test_the_second_expression_halves_share_no_paragraph_and_no_click() -> None:
    """Expr16's halves: different GSD sentences, and no token another file already clicks."""
    texts: dict[str, str] = {}
    dev, check = split_annotations("expressions2-dev"), split_annotations("expressions2-check")
    assert not {paragraph_of(a, texts) for a in dev} & {paragraph_of(a, texts) for a in check}
    assert not {a.file for a in dev} & {a.file for a in check}
    assert clicked_elsewhere(dev + check, "expressions2") == []
    assert len(dev) >= 150 and len(check) >= 120


def test_the_learner_halves_share_no_text_and_no_click() -> None:
    """Learn16's halves: no text in both, and no token another file already clicks."""
    dev, check = split_annotations("learn-dev"), split_annotations("learn-check")
    assert not {a.file for a in dev if "/ud/" in a.file} & {a.file for a in check}
    assert {a.file for a in check} <= {
        "tests/data/corpus/ud/gsd-dev9.txt",
        "tests/data/corpus/ud/sequoia-dev2.txt",
    }
    assert clicked_elsewhere(dev + check, "learn") == []
    assert len(dev) >= 300 and len(check) >= 250


def test_the_collocation_halves_share_no_paragraph_and_no_click() -> None:
    """Colloc17's halves: different paragraphs of the written text, no click another file has."""
    texts: dict[str, str] = {}
    dev, check = split_annotations("colloc17-dev"), split_annotations("colloc17-check")
    assert not {paragraph_of(a, texts) for a in dev} & {paragraph_of(a, texts) for a in check}
    assert {a.file for a in dev + check} == {"tests/data/corpus/written/colloc17.txt"}
    assert clicked_elsewhere(dev + check, "colloc17") == []
    assert len(dev) >= 70 and len(check) >= 60


@pytest.mark.parametrize(
    ("name", "least"),
    [("novel17", 300), ("novel18", 400), ("news17", 400), ("news18", 400), ("mag18", 400)],
)
def test_the_written_halves_are_split_by_text(name: str, least: int) -> None:
    """The sets of texts written for the project (tests/data/corpus/written/NAME_01-08): texts
    01-04 in the dev half, 05-08 in the check half, no click another file has."""
    dev, check = split_annotations(f"{name}-dev"), split_annotations(f"{name}-check")
    written = f"tests/data/corpus/written/{name}_0"
    assert {a.file for a in dev} == {f"{written}{n}.txt" for n in "1234"}
    assert {a.file for a in check} == {f"{written}{n}.txt" for n in "5678"}
    assert clicked_elsewhere(dev + check, name) == []
    assert len(dev) >= least and len(check) >= least


def test_failures_are_never_listed_for_unseen_clicks() -> None:
    assert lists_failures("tuning", "both") and lists_failures("fresh2-sequoia", "fresh2-sequoia")
    assert not lists_failures("held-out", "both")
    assert {"fresh2-gsd", "fresh3"} == UNSEEN
    assert not any(lists_failures(split, split) for split in UNSEEN)
    assert lists_failures("participles-dev", "participles-dev")
    assert not lists_failures("participles-check", "participles-check")
    assert lists_failures("function-dev", "function-dev")
    assert not lists_failures("function-check", "function-check")
    assert not lists_failures("poly-check", "poly-check")
    assert not lists_failures("expressions-check", "expressions-check")
    assert lists_failures("function2-dev", "function2-dev")
    assert not lists_failures("function2-check", "function2-check")
    assert lists_failures("partners-dev", "partners-dev")
    assert not lists_failures("partners-check", "partners-check")
    assert lists_failures("expressions2-dev", "expressions2-dev")
    assert not lists_failures("expressions2-check", "expressions2-check")
    assert lists_failures("learn-dev", "learn-dev")
    assert not lists_failures("learn-check", "learn-check")
    assert lists_failures("colloc17-dev", "colloc17-dev")
    assert not lists_failures("colloc17-check", "colloc17-check")
    assert lists_failures("novel17-dev", "novel17-dev")
    assert not lists_failures("novel17-check", "novel17-check")
    assert lists_failures("news17-dev", "news17-dev")
    assert not lists_failures("news17-check", "news17-check")
    assert lists_failures("novel18-dev", "novel18-dev")
    assert not lists_failures("novel18-check", "novel18-check")
    assert lists_failures("news18-dev", "news18-dev")
    assert not lists_failures("news18-check", "news18-check")
    assert lists_failures("mag18-dev", "mag18-dev")
    assert not lists_failures("mag18-check", "mag18-check")
    assert lists_failures("tuning", "fresh3")


@pytest.mark.parametrize(
    ("split", "prefix"),
    [
        ("tuning", "tune"),
        ("held-out", "held"),
        ("fresh", "fresh"),
        ("fresh2", "fresh2"),
        ("fresh3", "fresh3"),
        ("participles-dev", "part-dev"),
        ("participles-check", "part-check"),
        ("function-dev", "fwdev"),
        ("function-check", "fwcheck"),
        ("poly-dev", "polydev"),
        ("poly-check", "polycheck"),
        ("expressions-dev", "exprdev"),
        ("expressions-check", "exprcheck"),
        ("function2-dev", "fw2dev"),
        ("function2-check", "fw2check"),
        ("partners-dev", "partdev"),
        ("partners-check", "partcheck"),
        ("expressions2-dev", "expr2dev"),
        ("expressions2-check", "expr2check"),
        ("learn-dev", "learndev"),
        ("learn-check", "learncheck"),
        ("colloc17-dev", "colldev"),
        ("colloc17-check", "collcheck"),
        ("novel17-dev", "novel17dev"),
        ("novel17-check", "novel17check"),
        ("news17-dev", "news17dev"),
        ("news17-check", "news17check"),
        ("novel18-dev", "novel18dev"),
        ("novel18-check", "novel18check"),
        ("news18-dev", "news18dev"),
        ("news18-check", "news18check"),
        ("mag18-dev", "mag18dev"),
        ("mag18-check", "mag18check"),
    ],
)
def test_the_json_lines_are_made_from_the_written_lines(split: str, prefix: str) -> None:
    spec = importlib.util.spec_from_file_location(
        "add_annotations", REPOSITORY / "scripts" / "add_annotations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    jsonl = ANNOTATIONS / SPLITS[split]
    lines = jsonl.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    texts: dict[str, str] = {}
    made = [
        script.parse_line(line, texts)
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]
    committed = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [{k: v for k, v in c.items() if k != "id"} for c in committed] == made
    assert [c["id"] for c in committed] == [f"{prefix}-{n:03d}" for n in range(1, len(made) + 1)]


def test_the_app_click_lands_on_every_annotated_word() -> None:
    """The real analysis and card, as the benchmark runs them: each click finds its word."""
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.store import Database

    with tempfile.TemporaryDirectory() as folder:
        store = Database.open_in(Path(folder))
        click = app_clicker(learner_glosser(store))
        for a in all_annotations():
            card = click(a)
            form, token = a.form.replace("’", "'"), card.token.replace("’", "'")
            assert token and (form in token or token in form), (a.id, a.form, card.token)
            assert card.lemma, a.id
        store.close()
