"""Character-for-character normalisation of French text before analysis.

Every replacement keeps the string's length, so an offset in the normalised text is the same
offset in the original: the window highlights the text exactly as the learner gave it.
"""

from __future__ import annotations

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2018": "'",  # left single quotation mark, sometimes typed for an apostrophe
        "\u00a0": " ",  # no-break space, before ; : ! ? » and after «
        "\u202f": " ",  # narrow no-break space, the same in careful typography
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\ufeff": " ",  # byte order mark left inside the text
        "\u2011": "-",  # non-breaking hyphen
        "\r": " ",  # CRLF and lone CR line ends
    }
)


def normalise_for_analysis(text: str) -> str:
    """Return text with the same length, in the form spaCy's French model expects."""
    return text.translate(_SAME_LENGTH)
