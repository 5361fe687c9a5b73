"""scripts/extract_ud_text.py: the chosen sentences of a treebank, one per paragraph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.scripts.loading import load_script

CONLLU = """# global.columns = ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
# sent_id = annodis.er_00001
# text = Le conseil municipal donne son accord pour cette procédure.
1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_

# sent_id = emea-fr-dev_00001
# text = Prenez un comprimé par jour avec de l'eau.
1\tPrenez\tprendre\tVERB\t_\t_\t0\troot\t_\t_

# sent_id = annodis.er_00002
# text = Ouverture le lundi.
1\tOuverture\touverture\tNOUN\t_\t_\t0\troot\t_\t_

# sent_id = frwiki_50.1000_00003
# text = Le procès a lieu à Brazzaville en 2005.
1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
"""


def test_the_chosen_sentences_of_six_words_or_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    treebank, out = tmp_path / "dev.conllu", tmp_path / "out.txt"
    treebank.write_text(CONLLU, encoding="utf-8")
    patterns = [r"annodis\.er_.*", r"frwiki_50\..*"]
    monkeypatch.setattr(sys, "argv", ["extract", str(treebank), str(out), *patterns])
    load_script("extract_ud_text").main()
    assert out.read_text(encoding="utf-8") == (
        "Le conseil municipal donne son accord pour cette procédure.\n\n"
        "Le procès a lieu à Brazzaville en 2005.\n"
    )
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "annodis.er_00001 frwiki_50.1000_00003"
    assert printed[1].startswith("2 sentences; sha256 ")
