"""Text made ready for the page: wrapped to a width, Arabic shaped and put right to left.

ReportLab draws a string glyph by glyph from left to right. Arabic therefore has to arrive
joined (each letter in its initial, medial, final or isolated presentation form, which
``arabic_reshaper`` picks) and in visual order (which python-bidi computes). Lines must
be broken in *logical* order, measuring the joined letters, and only then reordered one
line at a time: reordering a whole paragraph first would send its first words to the
last line.

    lines = wrap(text, font, 9, width, rtl=True)
    for line in lines:  # each line's text is visual: hand it to drawString as is
        canvas.drawRightString(right, y, line.text)
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper  # type: ignore[import-untyped]

# python-bidi's Rust implementation; bidi.algorithm.get_display gives the same result but,
# being pure Python, takes about 25 times as long per line.
from bidi import get_display  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

ELLIPSIS = "…"
RTL_LANGUAGES = frozenset({"ar"})

# Arabic letters that need joining, and any right-to-left script (Hebrew too) that needs
# reordering; after these a word too long for a line is best parted.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_SOFT_BREAKS = "-/.@_?&="
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

# Harakat are dropped by the default configuration: DejaVu Sans does not place them over
# the presentation forms. The reshaper itself is stateless once made.
_RESHAPER = arabic_reshaper.ArabicReshaper()


@dataclass(frozen=True, slots=True)
class Line:
    """One line, ready to draw."""

    text: str  # visual order, Arabic joined: draw it as is, left to right
    width: float  # in points at the size it was wrapped for
    rtl: bool  # the paragraph runs right to left: align the line on the right
    logical: str  # the same in reading order (joined letters; NFKC gives them back plain)


def is_rtl_language(language: str) -> bool:
    return language in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def runs_right_to_left(text: str) -> bool:
    """True if the first letter with a direction is Arabic or Hebrew (Unicode's rule P2)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` as printed, Arabic joined."""
    return sum(_width(_shaped(word), font, size) for word in text.split(" ")) + _width(
        " ", font, size
    ) * text.count(" ")


def single_line(
    text: str, font: str, size: float, width: float, *, rtl: bool | None = None
) -> Line:
    """``text`` on one line, shortened with an ellipsis if it is too long."""
    lines = wrap(text, font, size, width, rtl=rtl, max_lines=1)
    return lines[0] if lines else Line("", 0.0, bool(rtl), "")


def wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    rtl: bool | None = None,
    max_lines: int = 0,
) -> tuple[Line, ...]:
    """Break ``text`` into lines no wider than ``width`` points.

    ``rtl`` is the paragraph's direction; None takes it from the first letter. Line breaks
    in ``text`` are kept; other runs of white space become one space. A word wider than a
    line is broken between characters. With ``max_lines`` (0: no limit), text beyond that
    many lines is left out and the last line ends in an ellipsis.
    """
    text = unicodedata.normalize("NFC", text)
    if rtl is None:
        rtl = runs_right_to_left(text)
    space = _width(" ", font, size)
    logical: list[tuple[list[str], float]] = []  # each line's shaped words and its width
    for paragraph in text.splitlines():
        logical.extend(_broken(paragraph.split(), font, size, width, space))
    truncated = bool(max_lines) and len(logical) > max_lines
    if truncated:
        logical = logical[:max_lines]
        logical[-1] = _with_ellipsis(logical[-1][0], font, size, width)
    joined = [(" ".join(words), line_width) for words, line_width in logical]
    return tuple(Line(_visual(line, rtl), line_width, rtl, line) for line, line_width in joined)


def _broken(
    words: list[str], font: str, size: float, width: float, space: float
) -> list[tuple[list[str], float]]:
    """Greedy line breaking of one paragraph, measuring the joined (shaped) words."""
    lines: list[tuple[list[str], float]] = []
    current: list[str] = []
    current_width = 0.0
    for word in words:
        shaped = _shaped(word)
        word_width = _width(shaped, font, size)
        if current and current_width + space + word_width <= width:
            current.append(shaped)
            current_width += space + word_width
            continue
        if current:
            lines.append((current, current_width))
        if word_width <= width:
            current, current_width = [shaped], word_width
            continue
        pieces = _pieces(shaped, font, size, width)
        lines.extend(([piece], _width(piece, font, size)) for piece in pieces[:-1])
        current, current_width = [pieces[-1]], _width(pieces[-1], font, size)
    if current:
        lines.append((current, current_width))
    return lines


def _pieces(shaped: str, font: str, size: float, width: float) -> list[str]:
    """A word too long for a line, in pieces that fit, never parting a letter from its marks."""
    pieces: list[str] = []
    start = 0
    while start < len(shaped):
        end = start + 1
        while end < len(shaped) and unicodedata.combining(shaped[end]):
            end += 1
        while end < len(shaped):
            following = end + 1
            while following < len(shaped) and unicodedata.combining(shaped[following]):
                following += 1
            if _width(shaped[start:following], font, size) > width:
                break
            end = following
        if end < len(shaped):
            # Long words on a slip are mostly compounds, addresses and links: part them
            # after a hyphen, slash or dot if that keeps most of the line.
            soft = max(shaped.rfind(char, start, end - 1) for char in _SOFT_BREAKS) + 1
            if soft > start and _width(shaped[start:soft], font, size) >= 0.5 * width:
                end = soft
        pieces.append(shaped[start:end])
        start = end
    return pieces


def _with_ellipsis(
    words: list[str], font: str, size: float, width: float
) -> tuple[list[str], float]:
    """The line's words shortened until they and an ellipsis fit: whole words first."""
    words = list(words)
    budget = width - _width(ELLIPSIS, font, size)
    while len(words) > 1 and _width(" ".join(words), font, size) > budget:
        words.pop()
    if len(words) == 1:
        last = words[0]
        while last and _width(last, font, size) > budget:
            # One letter at a time, together with the marks that sit on it.
            while last and unicodedata.combining(last[-1]):
                last = last[:-1]
            last = last[:-1]
        words = [last]
    words[-1] += ELLIPSIS
    return words, _width(" ".join(words), font, size)


# Static texts (labels, weekday names, the voluntary sentence) come back on every slip:
# their shaping, widths and reordering are kept. The caches are bounded, so printing
# thousands of slips with different names does not make them grow without end.
@lru_cache(maxsize=8192)
def _shaped(word: str) -> str:
    if _ARABIC.search(word) is None:
        return word
    return str(_RESHAPER.reshape(word))


@lru_cache(maxsize=16384)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


@lru_cache(maxsize=4096)
def _visual(line: str, rtl: bool) -> str:
    if not rtl and not has_rtl(line):
        return line
    return str(get_display(line, base_dir="R" if rtl else "L"))
