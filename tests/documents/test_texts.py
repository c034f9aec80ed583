"""The slip's texts: complete in every language, their templates filled in correctly."""

import tomllib
import unicodedata
from datetime import date, datetime

import pytest
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION
from desktop_app.core.referral_records import SLIP_LANGUAGES
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.scripts import wrap
from desktop_app.documents.texts import TEXT_KEYS, SlipTexts, slip_texts, slip_texts_file


def _tables() -> dict[str, dict[str, object]]:
    with slip_texts_file().open("rb") as file:
        return tomllib.load(file)


def test_every_language_has_every_key_and_no_other() -> None:
    tables = _tables()
    assert set(tables) == set(SLIP_LANGUAGES)
    for language in SLIP_LANGUAGES:
        assert set(tables[language]) == set(TEXT_KEYS), language


def test_every_language_names_the_default_fields_of_action() -> None:
    for language in SLIP_LANGUAGES:
        texts = slip_texts(language)
        assert set(texts.fields_of_action) == set(DEFAULT_FIELDS_OF_ACTION), language
        assert all(name.strip() for name in texts.fields_of_action.values())


def test_lists_have_a_name_for_each_day_and_month() -> None:
    for language in SLIP_LANGUAGES:
        texts = slip_texts(language)
        assert len(texts.weekdays) == len(texts.weekdays_short) == 7
        assert len(texts.months) == 12


def test_the_texts_are_read_once() -> None:
    assert slip_texts("tr") is slip_texts("tr")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        slip_texts("fr")


def test_german_dates_and_times() -> None:
    german = slip_texts("de")
    assert german.format_appointment(datetime(2026, 12, 1, 10, 30)) == "Di., 01.12.2026, 10:30 Uhr"
    assert german.format_date(date(2026, 11, 3)) == "03.11.2026"
    assert german.hours_line(0, [("10:00", "14:00")]) == "Mo 10:00–14:00"
    assert german.hours_line(2, [("10:00", "12:00"), ("14:00", "18:00")]) == (
        "Mi 10:00–12:00, 14:00–18:00"
    )


def test_each_language_has_its_own_date_format() -> None:
    moment = datetime(2026, 12, 1, 10, 30)
    assert slip_texts("en").format_appointment(moment) == "Tuesday, 1 December 2026, 10:30"
    assert slip_texts("tr").format_appointment(moment) == "1 Aralık 2026 Salı, saat 10:30"
    assert slip_texts("ar").format_appointment(moment) == "الثلاثاء 01.12.2026، الساعة 10:30"
    assert slip_texts("en").hours_line(6, [("09:00", "12:00")]) == "Sun 09:00–12:00"


@pytest.mark.parametrize("language", SLIP_LANGUAGES)
def test_the_purpose_sentence_takes_field_and_purpose(language: str) -> None:
    texts = slip_texts(language)
    field = "Freiwilliges Engagement"
    both = texts.purpose_sentence(field, "Repair-Café")
    assert texts.field_of_action(field) in both
    assert "Repair-Café" in both
    assert texts.field_of_action(field) in texts.purpose_sentence(field, "")
    assert "Repair-Café" in texts.purpose_sentence("", "Repair-Café")
    assert texts.purpose_sentence("", " ") == ""


def test_a_field_of_action_a_facility_added_is_printed_as_is() -> None:
    assert slip_texts("en").field_of_action("Kochen im Kiez") == "Kochen im Kiez"
    assert slip_texts("en").field_of_action("Freiwilliges Engagement") == "volunteering"


def _all_strings(texts: SlipTexts) -> list[str]:
    strings: list[str] = []
    for key in TEXT_KEYS:
        value = getattr(texts, key)
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, tuple):
            strings.extend(value)
        else:
            strings.extend(value.values())
    return strings


@pytest.mark.parametrize("language", SLIP_LANGUAGES)
def test_the_bundled_font_has_every_glyph_the_texts_need(language: str) -> None:
    fonts = bundled_fonts()
    for name in (fonts.regular, fonts.bold):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for text in _all_strings(slip_texts(language)):
            # As printed: Arabic joined into its presentation forms.
            for line in wrap(text, name, 9, 10_000):
                missing = {char for char in line.text if ord(char) not in glyphs}
                assert not missing, f"{language}: {text!r} needs {missing!r}"


def test_arabic_texts_carry_no_vowel_marks() -> None:
    """The shaper drops harakat, so a text with them would print differently than written."""
    for text in _all_strings(slip_texts("ar")):
        marks = [char for char in text if unicodedata.category(char) == "Mn"]
        assert not marks, text
