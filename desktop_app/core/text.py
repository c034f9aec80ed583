"""Folding names for search, and the checks every piece of typed text goes through."""

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_SIMPLE_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th"}
)
# German spelling without umlauts: "Mueller" is how "Müller" is typed on a foreign keyboard.
_GERMAN_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_WORD = re.compile(r"\w+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029]")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Özdemir" → "ozdemir", "Müller" → "muller"."""
    return _strip_marks(text.casefold().translate(_SIMPLE_LETTERS))


def fold_variants(text: str) -> set[str]:
    """Every form a person may type for ``text``: plain folding and umlauts as "ae/oe/ue"."""
    lowered = text.casefold()
    return {fold(lowered), fold(lowered.translate(_GERMAN_UMLAUTS))}


def search_words(text: str) -> list[str]:
    """Split folded ``text`` into the words the search index knows."""
    return _WORD.findall(fold(text))


def index_terms(*parts: str) -> str:
    """The text stored in the search index for a record made of ``parts``.

    Each word appears in all its spellings; words joined by an apostrophe or a hyphen
    ("O'Brien", "Müller-Lüdenscheidt") also appear joined, so "obrien" finds them.
    """
    terms: set[str] = set()
    for part in parts:
        for variant in fold_variants(part):
            words = _WORD.findall(variant)
            terms.update(words)
            if len(words) > 1:
                terms.add("".join(words))
    return " ".join(sorted(terms))


def has_control_characters(text: str, *, multiline: bool = False) -> bool:
    """True if ``text`` holds characters that cannot be shown or printed."""
    if not multiline and ("\n" in text or "\r" in text or "\t" in text):
        return True
    return _CONTROL.search(text) is not None


def clean(text: str) -> str:
    """Trim surrounding white space and normalise to NFC, keeping everything else exactly."""
    return unicodedata.normalize("NFC", text.strip())
