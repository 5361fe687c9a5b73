"""scripts/build_english_frequency.py: the installed wordfreq gives the committed bytes."""

from __future__ import annotations

from pathlib import Path

from tests.paths import ROOT
from tests.scripts.loading import load_script


def test_the_build_gives_the_committed_files(tmp_path: Path) -> None:
    script = load_script("build_english_frequency")
    assert script.main(["--output", str(tmp_path)]) == 0
    committed = ROOT / "resources" / "english"
    for name in ("en.zipf.tsv", "en.zipf.LICENSE.txt", "SOURCE.txt"):
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes(), name
