"""Registering visitors: what is refused, what is kept exactly, and how they are found."""

from dataclasses import replace

import pytest

from desktop_app.core.db import Database
from desktop_app.core.errors import ValidationError
from desktop_app.core.records import FacilityRecord, VisitorDraft, VisitorQuery
from desktop_app.core.services import Services
from desktop_app.core.services.setup import SetupService


def _refused(services: Services, draft: VisitorDraft) -> set[str]:
    with pytest.raises(ValidationError) as raised:
        services.visitors.register(draft)
    assert services.visitors.count(VisitorQuery()) == 0, "nothing may be saved"
    return set(raised.value.problems)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (VisitorDraft(first_name=""), "first_name"),
        (VisitorDraft(first_name="   "), "first_name"),
        (VisitorDraft(first_name="Anna", birth_year=2027), "birth_year"),
        (VisitorDraft(first_name="Anna", birth_year=1899), "birth_year"),
        (VisitorDraft(first_name="Anna", email="anna@"), "email"),
        (VisitorDraft(first_name="Anna", email="anna müller@example.org"), "email"),
        (VisitorDraft(first_name="A" * 101), "first_name"),
        (VisitorDraft(first_name="Anna", last_name="B" * 101), "last_name"),
        (VisitorDraft(first_name="Anna", notes="x" * 2001), "notes"),
        (VisitorDraft(first_name="Anna", postcode="1234567890123"), "postcode"),
        (VisitorDraft(first_name="Anna", phone="call me"), "phone"),
        (VisitorDraft(first_name="An\x00na"), "first_name"),
        (VisitorDraft(first_name="Anna\nMaria"), "first_name"),
        (VisitorDraft(first_name="Anna", notes="bell\x07"), "notes"),
        (VisitorDraft(first_name="Anna", age_band="5-9"), "age_band"),
        (VisitorDraft(first_name="Anna", preferred_language="xx"), "preferred_language"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    services: Services, draft: VisitorDraft, field: str
) -> None:
    assert field in _refused(services, draft)


def test_all_problems_are_reported_at_once(services: Services) -> None:
    draft = VisitorDraft(first_name="", birth_year=3000, email="nope")
    assert _refused(services, draft) == {"first_name", "birth_year", "email"}


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("محمد", "الأحمد"),
        ("Zoë 🌻", "Nguyễn"),
        ("Siobhán", "O'Brien"),
        ('Anna "Anni"', "Müller-Lüdenscheidt"),
        ("Ἀλέξανδρος", "Παπαδόπουλος"),
    ],
)
def test_names_are_stored_exactly(services: Services, first: str, last: str) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name=first, last_name=last))
    stored = services.visitors.get(visitor.id)
    assert (stored.first_name, stored.last_name) == (first, last)
    assert services.visitors.search(last)[0].id == visitor.id


def test_year_of_birth_sets_the_age_band(services: Services) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Ida", birth_year=1950))
    assert visitor.age_band == "65-79"


def test_search_is_case_and_accent_insensitive_in_any_order(services: Services) -> None:
    mueller = services.visitors.register(VisitorDraft(first_name="Anna", last_name="Müller"))
    oezdemir = services.visitors.register(VisitorDraft(first_name="Emre", last_name="Özdemir"))
    services.visitors.register(VisitorDraft(first_name="Mustafa", last_name="Yılmaz"))
    for typed in ("muller", "mueller", "Müller", "MÜLL", "anna mü", "mü anna"):
        assert [v.id for v in services.visitors.search(typed)] == [mueller.id], typed
    assert [v.id for v in services.visitors.search("ozdemir")] == [oezdemir.id]
    assert [v.id for v in services.visitors.search("oezdemir")] == [oezdemir.id]
    assert services.visitors.search("") == []
    assert services.visitors.search("zzz") == []


def test_search_finds_the_visitor_number(services: Services) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Anna"))
    typed = visitor.number.lower()[:3] + " " + visitor.number.lower()[3:]
    assert services.visitors.search(typed)[0].id == visitor.id


def test_facility_can_require_the_last_name(
    services: Services, database: Database, facility: FacilityRecord
) -> None:
    SetupService(database.sessions).update_facility(replace(facility, last_name_required=True))
    assert "last_name" in _refused(services, VisitorDraft(first_name="Anna"))
