"""The command line as a script or a person uses it: output, exit codes, data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.articles import sample_article_path
from reader.core.importers import import_file
from tests.cli.helpers import run

SENTENCE = "Les consultations ont été menées dans la ville de Nanping."


def test_gloss_json_of_the_sample_article(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "gloss", str(sample_article_path()), "--json")
    assert code == 0
    result = json.loads(out)
    text = import_file(sample_article_path()).text  # the text as `import` reads it
    assert result["text"] == text
    assert all(text[s["start"] : s["end"]].strip() for s in result["sentences"])
    words = [t for t in result["tokens"] if any(c.isalpha() for c in t["text"])]
    for t in result["tokens"]:
        assert text[t["start"] : t["end"]] == t["text"]
        assert set(t) >= {
            "text",
            "start",
            "end",
            "lemma",
            "pos",
            "morph",
            "group",
            "translation",
            "translation_source",
            "grammar",
        }
    assert all(t["grammar"] for t in words)
    menees = next(t for t in result["tokens"] if t["text"] == "menées")
    assert menees["lemma"] == "mener" and menees["group"] is not None
    assert menees["morph"]["VerbForm"] == "Part"
    assert menees["translation_source"] == "dictionary"
    cooperation = next(t for t in result["tokens"] if t["text"] == "coopération")
    assert cooperation["translation_source"] == "dictionary"
    assert cooperation["translation"][0] == "cooperation"
    assert (cooperation["gender"], cooperation["ipa"]) == ("f", "kɔɔpeʁasjɔ̃")
    assert cooperation["grammar"] == "noun, feminine singular (la coopération)"
    translated = sum(1 for t in words if t["translation"])
    assert translated / len(words) > 0.9
    nouns = [t for t in words if t["pos"] == "NOUN"]
    # OCS (an acronym, its lemma kept; spaCy's rules gave "oc"): no dictionary has a gender
    genderless = [t["text"] for t in nouns if t.get("gender") not in ("m", "f")]
    assert genderless == ["OCS"], "every other noun has a gender"
    assert sum(1 for t in words if t.get("ipa")) / len(words) > 0.9
    assert not any("gender" in t for t in words if t["pos"] != "NOUN")


def test_gloss_text_and_cache(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "gloss", str(sample_article_path()))
    assert code == 0
    assert "ont été menées — mener, verb" in out
    assert "passive voice" in out
    assert list((data / "cache" / "analyses").glob("*.json.gz"))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\x00\x01\x02\x03binary\x00" * 20, "not a text file")],
)
def test_gloss_refuses_bad_files(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, _out, err = run(capsys, data, "gloss", str(path))
    assert code == 3
    assert message in err and "Traceback" not in err


def test_gloss_missing_file(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, data, "gloss", str(tmp_path / "nope.txt"))
    assert code == 3 and "does not exist" in err


def test_gloss_reads_windows_1252(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    path = tmp_path / "ancien.txt"
    path.write_bytes("L'élève était très âgé.\r\nIl a été reçu.".encode("cp1252"))
    code, out, _ = run(capsys, data, "gloss", str(path), "--json")
    assert code == 0
    assert [t["text"] for t in json.loads(out)["tokens"]][:4] == ["L'", "élève", "était", "très"]


def test_lookup(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "lookup", "menées", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["lemma"] == "mener"
    assert result["translations"][0]["source"] == "dictionary"
    code, out, _ = run(capsys, data, "lookup", "zorglubisme")
    assert code == 1 and "No dictionary has this word" in out


@pytest.mark.parametrize(
    ("word", "phrase", "sense"),
    [
        ("afin", "afin de", "in order to"),
        ("afin", "afin que", "so that"),
        ("tandis", "tandis que", "while"),
    ],
)
def test_lookup_of_a_word_known_only_in_phrases_shows_them(
    capsys: pytest.CaptureFixture[str], data: Path, word: str, phrase: str, sense: str
) -> None:
    code, out, _ = run(capsys, data, "lookup", word, "--json")
    assert code == 0
    result = json.loads(out)
    assert result["translations"] == []
    assert any(p["phrase"] == phrase and sense in p["senses"] for p in result["phrases"])
    code, out, _ = run(capsys, data, "lookup", word)
    assert f"{phrase}: " in out and "No dictionary has this word" not in out


def test_glossary_round_trip(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(
        capsys,
        data,
        "glossary",
        "add",
        "menées",
        "--sentence",
        SENTENCE,
        "--note",
        "passive",
        "--tag",
        "news",
        "--json",
    )
    assert code == 0
    entry = json.loads(out)[0]
    assert (entry["lemma"], entry["word"]) == ("mener", "ont été menées")
    assert "led" in entry["translation"]  # a passive: the English participle
    assert entry["tags"] == ["news"]
    # The same lemma again, from another sentence: one entry, two contexts.
    code, out, _ = run(
        capsys,
        data,
        "glossary",
        "add",
        "mène",
        "--sentence",
        "Il mène une enquête.",
        "--translation",
        "to lead",
        "--json",
    )
    assert code == 0
    again = json.loads(out)[0]
    assert again["id"] == entry["id"] and len(again["contexts"]) == 2
    assert again["translation"] == "to lead"
    code, out, _ = run(capsys, data, "glossary", "list", "--json")
    assert [e["lemma"] for e in json.loads(out)] == ["mener"]
    code, out, _ = run(capsys, data, "glossary", "search", "lead")
    assert code == 0 and "mener" in out
    code, out, _ = run(capsys, data, "glossary", "remove", "mener")
    assert code == 0 and "Removed" in out
    code, out, _ = run(capsys, data, "glossary", "search", "lead")
    assert code == 1


def test_saved_translation_is_used_first(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    run(capsys, data, "glossary", "add", "coopération", "--translation", "teamwork")
    _code, out, _ = run(capsys, data, "lookup", "coopération", "--json")
    first = json.loads(out)["translations"][0]
    assert (first["source"], first["senses"]) == ("glossary", ["teamwork"])


def test_glossary_add_word_not_in_sentence(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, _, err = run(capsys, data, "glossary", "add", "chat", "--sentence", SENTENCE)
    assert code == 3 and "not in the sentence" in err


def test_damaged_glossary_database(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    data.mkdir()
    (data / "glossary.sqlite3").write_bytes(b"this is not sqlite" * 100)
    code, _, err = run(capsys, data, "glossary", "list")
    assert code == 4 and "damaged" in err
    assert (data / "glossary.sqlite3").read_bytes() == b"this is not sqlite" * 100


def test_data_dir_from_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRENCH_READER_DATA", str(tmp_path / "env-data"))
    assert main(["glossary", "add", "ville", "--sentence", SENTENCE]) == 0
    assert (tmp_path / "env-data" / "glossary.sqlite3").exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["gloss"])
    assert caught.value.code == 2
