"""Copy chosen sentences of a UD French treebank (.conllu) into a plain text for annotation.

    .venv/bin/python scripts/extract_ud_text.py TREEBANK.conllu OUT.txt ID_REGEX... [--min-words N]

Writes the `# text =` line of every sentence whose `sent_id` matches one of the regular
expressions (in the treebank's order), one sentence per paragraph (a blank line between): the
dev sets of GSD and Sequoia keep no document boundaries, each sentence stands alone. Sentences
of fewer than --min-words words are skipped (headings, fragments). Prints the ids written and
the file's SHA-256, to record in tests/data/corpus/SOURCES.md. The treebank itself is read only
here, never by tests or the app.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path


def sentences(conllu: Path) -> list[tuple[str, str]]:
    """(sent_id, text) of every sentence, in file order."""
    found: list[tuple[str, str]] = []
    sent_id = ""
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            found.append((sent_id, line.removeprefix("# text = ").strip()))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("conllu", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("patterns", nargs="+")
    parser.add_argument("--min-words", type=int, default=6)
    args = parser.parse_args()
    wanted = [re.compile(pattern) for pattern in args.patterns]
    kept = [
        (sent_id, text)
        for sent_id, text in sentences(args.conllu)
        if any(pattern.fullmatch(sent_id) for pattern in wanted)
        and len(text.split()) >= args.min_words
    ]
    args.out.write_text("\n\n".join(text for _, text in kept) + "\n", encoding="utf-8")
    print(" ".join(sent_id for sent_id, _ in kept))
    print(len(kept), "sentences; sha256", hashlib.sha256(args.out.read_bytes()).hexdigest())
    print("source sha256", hashlib.sha256(args.conllu.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
