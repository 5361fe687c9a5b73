"""The keys that set the status of the word shown while reading: 1–5, K, I, N.

Plain keys, not Ctrl+...: they work in the article and on the word card, where no other plain
letter or digit means anything (the window's own shortcuts all carry Ctrl; Ctrl+1/2/3 switch
tabs). Typing in the card's fields is not disturbed: a line edit takes printable keys first.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from reader.core.models import Status

STATUS_KEYS: Final = {
    Status.NEW: "N",
    Status.LEARNING_1: "1",
    Status.LEARNING_2: "2",
    Status.LEARNING_3: "3",
    Status.LEARNING_4: "4",
    Status.LEARNING_5: "5",
    Status.KNOWN: "K",
    Status.IGNORED: "I",
}


def key_hint() -> str:
    return QCoreApplication.translate(
        "status_keys", "keys 1–5 learning · K known · I ignore · N new"
    )
