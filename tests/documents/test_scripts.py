"""Lines for the page: wrapped to a width in reading order, Arabic joined and reordered."""

import unicodedata

from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.scripts import (
    ELLIPSIS,
    has_rtl,
    runs_right_to_left,
    single_line,
    text_width,
    wrap,
)

SENTENCE = "الذهاب إلى هناك اختياري والقرار لك يرجى إظهار هذه الورقة عند وصولك"


def _font() -> str:
    return bundled_fonts().regular


def test_lines_stay_within_the_width_and_keep_every_word() -> None:
    text = "Der Besuch ist freiwillig – Sie entscheiden selbst, ob Sie hingehen."
    lines = wrap(text, _font(), 9, 100)
    assert len(lines) > 1
    assert all(line.width <= 100 for line in lines)
    assert " ".join(line.text for line in lines) == text
    assert all(not line.rtl for line in lines)


def test_widths_are_measured_as_printed() -> None:
    line = single_line("Öffnungszeiten", _font(), 9, 500)
    assert abs(line.width - text_width("Öffnungszeiten", _font(), 9)) < 1e-6


def test_arabic_is_joined_broken_in_reading_order_then_reversed_line_by_line() -> None:
    lines = wrap(SENTENCE, _font(), 9, 90, rtl=True)
    assert len(lines) >= 3
    assert all(line.rtl and line.width <= 90 for line in lines)
    # Joined: every letter in one of its presentation forms.
    assert all("\ufb50" <= char <= "\ufeff" for line in lines for char in line.text if char != " ")
    # Pure Arabic without digits is simply mirrored; unmirrored, the lines read the
    # sentence from its start, the first words on the first line.
    read = " ".join(unicodedata.normalize("NFKC", line.text[::-1]) for line in lines)
    assert read == SENTENCE
    logical = " ".join(unicodedata.normalize("NFKC", line.logical) for line in lines)
    assert logical == SENTENCE


def test_a_latin_name_in_an_arabic_line_stays_readable() -> None:
    line = single_line("يهمك: Repair-Café", _font(), 9, 500, rtl=True)
    # Read from the right: the Arabic first, then the name, left to right as ever.
    assert line.text.startswith("Repair-Café :")
    assert unicodedata.normalize("NFKC", line.text.removeprefix("Repair-Café :")[::-1]) == "يهمك"


def test_an_arabic_word_in_a_german_line_is_reordered_but_the_line_stays_left_to_right() -> None:
    line = single_line("Adresse · العنوان", _font(), 9, 500, rtl=False)
    assert line.text.startswith("Adresse · ")
    assert not line.rtl
    assert unicodedata.normalize("NFKC", line.text.removeprefix("Adresse · ")[::-1]) == "العنوان"


def test_direction_follows_the_first_letter() -> None:
    assert runs_right_to_left("  12, الاثنين")
    assert not runs_right_to_left("Mo الاثنين")
    assert has_rtl("Mo الاثنين")
    assert not has_rtl("Çarşamba")


def test_too_long_text_ends_in_an_ellipsis_within_its_lines() -> None:
    text = "Stufenloser Eingang, Aufzug, barrierefreies WC, Hörschleife und Leitsystem " * 5
    lines = wrap(text, _font(), 9, 120, max_lines=2)
    assert len(lines) == 2
    assert lines[-1].text.endswith(ELLIPSIS)
    assert all(line.width <= 120 for line in lines)


def test_a_word_longer_than_the_line_is_broken_without_losing_characters() -> None:
    link = "https://www.example.org/angebote/bewerbungswerkstatt-am-computer?jahr=2026"
    lines = wrap(link, _font(), 9, 80)
    assert len(lines) > 1
    assert all(line.width <= 80 for line in lines)
    assert "".join(line.text for line in lines) == link
    # Parted after a slash, dot or hyphen where that keeps the line well filled.
    assert lines[0].text[-1] in "-/.@_?&="


def test_a_letter_keeps_its_combining_marks() -> None:
    # q with a dot above has no precomposed form: the two code points must stay together.
    word = "q\u0307" * 60
    for line in wrap(word, _font(), 9, 50):
        assert not unicodedata.combining(line.text[0])
    shortened = single_line(word, _font(), 9, 50).text
    assert shortened.endswith(ELLIPSIS)
    assert shortened.removesuffix(ELLIPSIS) == "q\u0307" * shortened.count("q")


def test_line_breaks_in_the_text_are_kept() -> None:
    lines = wrap("Musterstraße 12\n10115 Berlin", _font(), 9, 300)
    assert [line.text for line in lines] == ["Musterstraße 12", "10115 Berlin"]


def test_empty_text_gives_no_lines() -> None:
    assert wrap("", _font(), 9, 100) == ()
    assert single_line("", _font(), 9, 100).text == ""
