"""The documents' texts: complete in every language, their templates filled in correctly."""

import unicodedata
from datetime import date, datetime

import pytest
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION
from desktop_app.core.referral_records import SLIP_LANGUAGES
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.scripts import wrap
from desktop_app.documents.texts import SlipTexts, slip_texts
from desktop_app.documents.volunteer_texts import (
    VOLUNTEER_TEXT_LANGUAGES,
    VolunteerTexts,
    volunteer_texts,
)
from tests.documents.checks import text_strings

# Every table of texts the documents print, by language.
_ALL_TEXTS: list[tuple[str, str]] = [
    *(("slip", language) for language in SLIP_LANGUAGES),
    *(("volunteer", language) for language in VOLUNTEER_TEXT_LANGUAGES),
]


def _texts(kind: str, language: str) -> SlipTexts | VolunteerTexts:
    return slip_texts(language) if kind == "slip" else volunteer_texts(language)


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


@pytest.mark.parametrize("language", VOLUNTEER_TEXT_LANGUAGES)
def test_slip_and_volunteer_documents_write_dates_and_the_contact_alike(language: str) -> None:
    slip, volunteer = slip_texts(language), volunteer_texts(language)
    assert slip.contact == volunteer.contact
    assert slip.months == volunteer.months
    day = date(2026, 3, 9)
    assert slip.format_date(day) == volunteer.format_date(day)


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


@pytest.mark.parametrize(("kind", "language"), _ALL_TEXTS)
def test_the_bundled_font_has_every_glyph_the_texts_need(kind: str, language: str) -> None:
    fonts = bundled_fonts()
    for name in (fonts.regular, fonts.bold):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for text in text_strings(_texts(kind, language)):
            # As printed: Arabic joined into its presentation forms.
            for line in wrap(text, name, 9, 10_000):
                missing = {char for char in line.text if ord(char) not in glyphs}
                assert not missing, f"{language}: {text!r} needs {missing!r}"


def test_arabic_texts_carry_no_vowel_marks() -> None:
    """The shaper drops harakat, so a text with them would print differently than written."""
    for text in text_strings(slip_texts("ar")):
        marks = [char for char in text if unicodedata.category(char) == "Mn"]
        assert not marks, text
