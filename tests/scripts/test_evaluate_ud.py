"""scripts/evaluate_ud.py: reading CoNLL-U, aligning by span, and the convention rules.

The CoNLL-U here is written for the test (two invented sentences), not taken from a treebank.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loading import load_script

CONLLU = """\
# sent_id = t-1
# text = « Il parle du train.
1\t«\t«\tPUNCT\t_\t_\t3\tpunct\t_\t_
2\tIl\tlui\tPRON\t_\tGender=Masc|Number=Sing|Person=3\t3\tnsubj\t_\t_
3\tparle\tparler\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
4-5\tdu\t_\t_\t_\t_\t_\t_\t_\t_
4\tde\tde\tADP\t_\t_\t6\tcase\t_\t_
5\tle\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t6\tdet\t_\t_
6\ttrain\ttrain\tNOUN\t_\tGender=Masc|Number=Sing\t3\tobl\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# sent_id = t-2
# text = M. Roux est arrivé.
1\tM.\tM.\tNOUN\t_\tGender=Masc|Number=Sing\t3\tnsubj\t_\t_
2\tRoux\tRoux\tPROPN\t_\t_\t1\tflat:name\t_\t_
3\test\têtre\tAUX\t_\t_\t4\taux:tense\t_\t_
4\tarrivé\tarriver\tVERB\t_\tGender=Masc|Number=Sing|Tense=Past|VerbForm=Part\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
"""


@pytest.fixture(scope="module")
def ud() -> ModuleType:
    return load_script("evaluate_ud")


@pytest.fixture
def sentences(ud: ModuleType, tmp_path: Path) -> list:  # type: ignore[type-arg]
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return list(ud.read_conllu(path))


def test_words_get_their_spans_and_multiword_parts_are_marked(sentences: list) -> None:  # type: ignore[type-arg]
    first = sentences[0]
    spans = [(w.form, first.text[w.start : w.end], w.in_multiword) for w in first.words]
    assert spans[2] == ("parle", "parle", False)
    assert spans[3] == ("de", "du", True)
    assert spans[4] == ("le", "du", True)
    assert spans[5] == ("train", "train", False)
    assert [w.first for w in first.words][:3] == [True, True, False]  # «, then Il


def test_the_conventions(ud: ModuleType, sentences: list) -> None:  # type: ignore[type-arg]
    il, parle = sentences[0].words[1], sentences[0].words[2]
    monsieur = sentences[1].words[0]
    menee = ud.GoldWord("menée", "mené", "ADJ", {}, 0, 5, False, False)
    assert ud.lemma_right("Il", il)  # first word: its capital is the sentence's
    assert ud.lemma_right("il", il)  # il and lui: one personal pronoun
    assert not ud.lemma_right("Parle", parle)
    assert ud.lemma_right("monsieur", monsieur)  # M. and monsieur: one title
    assert ud.lemma_right("mené", menee)
    assert ud.lemma_right("mener", menee)  # a participle used as an adjective
    assert not ud.lemma_right("menée", menee)
    assert ud.lemma_right("œil", ud.GoldWord("yeux", "oeil", "NOUN", {}, 0, 4, False, False))


def test_scores_align_by_span_and_leave_out_multiword_parts(
    ud: ModuleType,
    sentences: list,  # type: ignore[type-arg]
) -> None:
    token = ud.SystemToken
    first = {
        (0, 1): token("«", "PUNCT", {}),
        (2, 4): token("il", "PRON", {"Gender": "Masc", "Number": "Sing", "Person": "3"}),
        (5, 10): token("parler", "VERB", {}),
        (11, 13): token("de", "DET", {}),
        (14, 19): token("train", "NOUN", {"Gender": "Masc", "Number": "Sing"}),
        (19, 20): token(".", "PUNCT", {}),
    }
    second = {(0, 2): token("M.", "NOUN", {"Gender": "Masc", "Number": "Sing"})}
    result = ud.evaluate(sentences, {"spaCy": [first, second], "app": [first, {}]})
    raw, app = result["scores"]["spaCy"], result["scores"]["app"]
    assert result["multiword_parts"] == 2
    assert (raw.words, raw.aligned, app.aligned) == (10, 6, 5)
    assert (raw.content, raw.content_lemma, app.content_lemma) == (4, 3, 2)
    assert raw.lemma == 6 and app.lemma == 5
    assert raw.feats == 5  # parle: Mood, Tense ... missing; M.: right
    assert raw.feature_right["Gender"] == 3 and app.feature_right["Gender"] == 2


def test_errors_list_the_apps_content_lemma_misses_with_spacys_lemma(
    ud: ModuleType,
    sentences: list,  # type: ignore[type-arg]
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = ud.SystemToken
    raw = {(5, 10): token("parle", "NOUN", {}), (14, 19): token("train", "NOUN", {})}
    app = {(5, 10): token("parler", "VERB", {}), (14, 19): token("traine", "NOUN", {})}
    result = ud.evaluate(sentences, {"spaCy": [raw, {}], "app": [app, {}]})
    assert result["errors"] == {("train", "NOUN", "train", "traine NOUN", "train NOUN"): 1}
    ud.report_errors(result, 10)
    listing = capsys.readouterr().out
    assert "(1 words)" in listing and "traine NOUN" in listing
