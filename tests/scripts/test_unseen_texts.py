"""The audit scripts that tune senses on the corpus never read tests/data/corpus/ud/: its UD
sentences are the unseen fresh2 and fresh3 annotated sets (tests/data/annotations/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts.loading import load_script

UD = Path(__file__).resolve().parent.parent / "data" / "corpus" / "ud"


@pytest.mark.parametrize(
    ("name", "lister"),
    [
        ("audit_main_senses", "corpus_files"),
        ("untranslated_report", "corpus_files"),
        ("list_expression_senses", "corpus_texts"),
        ("count_participle_changes", "audited_files"),
    ],
)
def test_the_audits_leave_the_unseen_sentences_out(name: str, lister: str) -> None:
    listed = getattr(load_script(name), lister)
    files = listed([]) if lister == "corpus_texts" else listed()
    assert (UD / "sequoia-dev.txt").is_file() and (UD / "gsd-dev2.txt").is_file()
    assert [path for path in files if UD in path.parents] == []
    assert [path for path in files if UD.parent / "written" in path.parents] == []
    assert {"novel_daudet_petit_chose.txt", "novel_maupassant_bel_ami.txt"} <= {
        path.name for path in files
    }


def test_the_participle_audit_leaves_the_held_out_news_out() -> None:
    files = load_script("count_participle_changes").audited_files()
    news = [int(path.stem) for path in files if path.parent.name == "news"]
    assert news and max(news) < 44336


def test_the_expression_audit_reads_tuned_text_only() -> None:
    """count_expr16_changes.py: the ten tuning news, Bel-Ami lines 1-1015, Le Petit Chose
    lines 1-142; never ud/, the held-out news or the novels' unseen regions."""
    texts = load_script("count_expr16_changes").texts()
    names = {name for name, _ in texts}
    news = sorted(int(name.removesuffix(".txt")) for name in names if name[:1].isdigit())
    assert len(news) == 10 and max(news) < 44336
    assert not any(name.startswith("gsd") or name.startswith("sequoia") for name in names)
    corpus = UD.parent
    for novel, lines in (
        ("novel_maupassant_bel_ami.txt", 1015),
        ("novel_daudet_petit_chose.txt", 142),
    ):
        allowed = {
            line.strip()
            for line in (corpus / novel).read_text(encoding="utf-8").splitlines()[:lines]
        }
        assert {text for name, text in texts if name == novel} <= allowed


def test_the_tuned_audit_reads_tuned_text_only() -> None:
    """count_tuned_changes.py: the news before the check halves' (ids below 44318), the
    novels' tuned lines and the UD sentences of dev halves only; never a check half's text."""
    texts = load_script("count_tuned_changes").texts()
    names = {name for name, _ in texts}
    news = sorted(int(name.removesuffix(".txt")) for name in names if name[:1].isdigit())
    assert news and max(news) < 44318
    ud = {name for name in names if name.startswith(("gsd", "sequoia"))}
    assert ud == {
        "sequoia-dev.txt",
        "gsd-dev4.txt",
        "gsd-dev5.txt",
        "gsd-dev8.txt",
        "gsd-dev10.txt",
    }
    corpus = UD.parent
    for novel, spans in (
        ("novel_maupassant_bel_ami.txt", [(1, 1038), (1208, 1538), (2063, 2175)]),
        ("novel_daudet_petit_chose.txt", [(1, 142), (301, 410), (517, 574)]),
    ):
        lines = (corpus / novel).read_text(encoding="utf-8").splitlines()
        allowed = {lines[n].strip() for start, end in spans for n in range(start - 1, end)}
        assert {text for name, text in texts if name == novel} <= allowed
