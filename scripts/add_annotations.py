"""Turn hand-written annotation lines into the JSON lines the context-quality benchmark reads.

    .venv/bin/python scripts/add_annotations.py LINES.txt OUT.jsonl --prefix tune

Each non-blank line of LINES.txt that does not start with "#" has seven or eight fields
separated by "|":

    SOURCE | context with the [clicked token] in brackets | lemma[/variant...] |
        expression lemma or empty | acceptable senses; ... | trap senses; ... | kinds,... [| note]

SOURCE is `seed`, `daudet`, `bel_ami`, `gsd`, `gsd2`, `gsd4`, `gsd5`, `gsd6`, `gsd7`, `gsd8`,
`gsd9`, `gsd10`, `gsd11`, `sequoia`, `sequoia2` (the UD dev sentences of tests/data/corpus/ud/)
or `news/ID` (a file of tests/data/corpus/news) or `written/NAME` (a text written for the
project, tests/data/corpus/written/NAME.txt).
The context, without its brackets, must occur exactly once in the source (add `@N` after the
closing bracket's text, e.g. `[que]@2`, for the N-th occurrence); `\\u00ad` and other Python
escapes in it are decoded, so invisible characters can be written down. The script finds the
token's character offset (Python string index, i.e. code points, into the file read as UTF-8)
and writes one JSON object per line. It never runs the app: annotations are written by hand,
and this only locates them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SOURCES = {
    "seed": "seeds/russie-chine-cooperation-defense.txt",
    "daudet": "tests/data/corpus/novel_daudet_petit_chose.txt",
    "bel_ami": "tests/data/corpus/novel_maupassant_bel_ami.txt",
    "gsd": "tests/data/corpus/ud/gsd-dev.txt",
    "gsd2": "tests/data/corpus/ud/gsd-dev2.txt",
    "gsd4": "tests/data/corpus/ud/gsd-dev4.txt",
    "gsd5": "tests/data/corpus/ud/gsd-dev5.txt",
    "gsd6": "tests/data/corpus/ud/gsd-dev6.txt",
    "gsd7": "tests/data/corpus/ud/gsd-dev7.txt",
    "gsd10": "tests/data/corpus/ud/gsd-dev10.txt",
    "gsd11": "tests/data/corpus/ud/gsd-dev11.txt",
    "gsd8": "tests/data/corpus/ud/gsd-dev8.txt",
    "gsd9": "tests/data/corpus/ud/gsd-dev9.txt",
    "sequoia": "tests/data/corpus/ud/sequoia-dev.txt",
    "sequoia2": "tests/data/corpus/ud/sequoia-dev2.txt",
}
KINDS = frozenset(
    "content expression pronominal function participle capitalised name polysemous "
    "negation compound hyphen elided number".split()
)
_BRACKETED = re.compile(r"\[([^\]]+)\](?:@(\d+))?")


class AnnotationLineError(ValueError):
    """A hand-written line that cannot be located or parsed."""


def source_path(source: str) -> str:
    if source in SOURCES:
        return SOURCES[source]
    if source.startswith(("news/", "written/")):
        return f"tests/data/corpus/{source}.txt"
    raise AnnotationLineError(f"unknown source {source!r}")


def split_list(field: str) -> list[str]:
    return [item.strip() for item in field.split(";") if item.strip()]


def locate(text: str, context: str) -> tuple[int, str, str]:
    """(offset, form, context without the occurrence marker) of the bracketed token."""
    context = context.encode("latin-1", "backslashreplace").decode("unicode_escape")
    match = _BRACKETED.search(context)
    if match is None:
        raise AnnotationLineError(f"no [token] in context {context!r}")
    form, wanted = match.group(1), int(match.group(2) or 0)
    plain = context[: match.start()] + form + context[match.end() :]
    shown = context[: match.start()] + f"[{form}]" + context[match.end() :]
    starts = [m.start() for m in re.finditer(re.escape(plain), text)]
    if not starts:
        raise AnnotationLineError(f"context not found: {plain!r}")
    if wanted == 0 and len(starts) > 1:
        raise AnnotationLineError(f"context occurs {len(starts)} times: {plain!r}")
    if wanted > len(starts):
        raise AnnotationLineError(f"context occurs only {len(starts)} times: {plain!r}")
    start = starts[max(wanted, 1) - 1]
    return start + match.start(), form, shown


def parse_line(line: str, texts: dict[str, str]) -> dict[str, object]:
    fields = [field.strip() for field in line.split("|")]
    if len(fields) not in (7, 8):
        raise AnnotationLineError(f"expected 7 or 8 fields, found {len(fields)}")
    source, context, lemma, expression, senses, traps, kinds = fields[:7]
    path = source_path(source)
    if path not in texts:
        texts[path] = (REPOSITORY / path).read_text(encoding="utf-8")
    offset, form, shown = locate(texts[path], context)
    lemmas = [item.strip() for item in lemma.split("/") if item.strip()]
    kind_list = [item.strip() for item in kinds.split(",") if item.strip()]
    unknown = [kind for kind in kind_list if kind not in KINDS]
    if unknown or not lemmas or not split_list(senses):
        raise AnnotationLineError(f"bad lemma, senses or kinds {unknown}")
    record: dict[str, object] = {
        "file": path,
        "offset": offset,
        "form": form,
        "context": shown,
        "lemma": lemmas[0],
    }
    if lemmas[1:]:
        record["lemma_variants"] = lemmas[1:]
    if expression:
        record["expression"] = expression
    record.update(senses=split_list(senses), traps=split_list(traps), kinds=kind_list)
    if len(fields) == 8 and fields[7]:
        record["note"] = fields[7]
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lines", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--prefix", required=True, help="id prefix: tune or held")
    args = parser.parse_args()
    texts: dict[str, str] = {}
    records: list[dict[str, object]] = []
    errors: list[str] = []
    for number, line in enumerate(args.lines.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = parse_line(line, texts)
        except AnnotationLineError as error:
            errors.append(f"{args.lines}:{number}: {error}")
            continue
        records.append({"id": f"{args.prefix}-{len(records) + 1:03d}", **record})
    if errors:
        sys.exit("\n".join(errors))
    with args.out.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} annotations written to {args.out}")


if __name__ == "__main__":
    main()
