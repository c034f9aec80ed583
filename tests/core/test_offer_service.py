"""OfferService: offers in desk order, deactivation, and the editable fields of action."""

import uuid
from dataclasses import replace
from datetime import time

import pytest

from desktop_app.core.db import Database
from desktop_app.core.errors import ValidationError
from desktop_app.core.records import FacilityDraft, FacilityRecord, OfferDraft, ScheduleSlot
from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION
from desktop_app.core.services import Services
from desktop_app.core.services.setup import SetupService
from tests.conftest import FakeClock

MON, TUE, WED = 0, 1, 2


def slot(weekday: int, start: str, end: str) -> ScheduleSlot:
    return ScheduleSlot(weekday, time.fromisoformat(start), time.fromisoformat(end))


def test_todays_offers_come_first_by_start_time_then_the_rest_by_title(
    services: Services, clock: FakeClock
) -> None:
    assert clock().weekday() == MON
    offers = services.offers
    offers.create(OfferDraft("Beratung", schedule=(slot(WED, "09:00", "11:00"),)))
    offers.create(OfferDraft("Offenes Café", schedule=(slot(MON, "14:00", "17:00"),)))
    offers.create(OfferDraft("Ärztliche Sprechstunde"))
    offers.create(
        OfferDraft("Zumba", schedule=(slot(MON, "18:00", "19:00"), slot(MON, "09:00", "10:00")))
    )
    offers.create(OfferDraft("Deutschkurs", schedule=(slot(TUE, "08:00", "10:00"),)))

    titles = [offer.title for offer in offers.list_offers()]

    # Zumba's earliest Monday slot (09:00) is before the café's; then A(e)rztliche,
    # Beratung, Deutschkurs by title, accents folded.
    assert titles == ["Zumba", "Offenes Café", "Ärztliche Sprechstunde", "Beratung", "Deutschkurs"]

    clock.advance(days=1)  # Tuesday: the German course moves to the front
    assert offers.list_offers()[0].title == "Deutschkurs"


def test_an_offer_is_stored_as_given_and_cleaned(services: Services) -> None:
    field = services.offers.fields_of_action()[3]
    offer = services.offers.create(
        OfferDraft(
            "  Sozialberatung  ",
            field_of_action_id=field.id,
            target_groups=("Familien", " Familien ", "Menschen mit „Fluchterfahrung“", " "),
            languages=("de", "ar", "de"),
            schedule=(slot(WED, "14:00", "16:00"), slot(MON, "10:00", "12:00")),
            is_counselling=True,
            jobcenter_suited=True,
        )
    )
    assert offer.title == "Sozialberatung"
    assert offer.field_of_action_name == field.name
    assert offer.target_groups == ("Familien", "Menschen mit „Fluchterfahrung“")
    assert offer.languages == ("de", "ar")
    assert offer.schedule == (slot(MON, "10:00", "12:00"), slot(WED, "14:00", "16:00"))
    assert offer.is_counselling and offer.jobcenter_suited and offer.active
    assert services.offers.get(offer.id) == offer


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (OfferDraft(""), "title"),
        (OfferDraft("x" * 121), "title"),
        (OfferDraft("Kurs\x07"), "title"),
        (OfferDraft("Kurs", target_groups=("y" * 121,)), "target_groups"),
        (OfferDraft("Kurs", languages=("xx",)), "languages"),
        (OfferDraft("Kurs", schedule=(slot(MON, "12:00", "10:00"),)), "schedule"),
        (OfferDraft("Kurs", schedule=(slot(MON, "10:00", "10:00"),)), "schedule"),
    ],
)
def test_bad_offers_are_refused_and_nothing_is_saved(
    services: Services, draft: OfferDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.offers.create(draft)
    assert field in raised.value.problems
    assert services.offers.list_offers(include_inactive=True) == []


def test_update_refuses_bad_input_and_keeps_the_offer(services: Services) -> None:
    offer = services.offers.create(OfferDraft("Nähcafé", schedule=(slot(TUE, "10:00", "12:00"),)))
    with pytest.raises(ValidationError):
        services.offers.update(offer.id, OfferDraft("x" * 121))
    assert services.offers.get(offer.id) == offer

    updated = services.offers.update(offer.id, replace(offer, title="Nähcafé für alle"))
    assert updated.id == offer.id
    assert updated.title == "Nähcafé für alle"


def test_set_active_hides_and_brings_back_an_offer(services: Services) -> None:
    offers = services.offers
    kept = offers.create(OfferDraft("Kiezfrühstück"))
    paused = offers.create(OfferDraft("Yoga"))

    inactive = offers.set_active(paused.id, False)

    assert not inactive.active
    assert [o.title for o in offers.list_offers()] == ["Kiezfrühstück"]
    listed = {o.title: o.active for o in offers.list_offers(include_inactive=True)}
    assert listed == {"Kiezfrühstück": True, "Yoga": False}

    assert offers.set_active(paused.id, True).active
    assert {o.id for o in offers.list_offers()} == {kept.id, paused.id}


def test_the_default_fields_of_action_come_with_the_set_up(services: Services) -> None:
    fields = services.offers.fields_of_action()
    assert tuple(f.name for f in fields) == DEFAULT_FIELDS_OF_ACTION
    assert [f.position for f in fields] == list(range(len(fields)))


def test_saving_fields_of_action_keeps_ids_on_rename_and_retires_removed_ones(
    services: Services,
) -> None:
    offers = services.offers
    first, second, third, *rest = offers.fields_of_action()
    offer = offers.create(OfferDraft("Repair-Café", field_of_action_id=second.id))

    saved = offers.save_fields_of_action(
        [
            (third.id, third.name),
            (first.id, "Begegnung, Kultur und Generationen"),
            (None, "Kiezkultur"),
            *[(f.id, f.name) for f in rest],
        ]
    )

    assert saved == offers.fields_of_action()
    assert [f.name for f in saved[:3]] == [
        third.name,
        "Begegnung, Kultur und Generationen",
        "Kiezkultur",
    ]
    assert saved[0].id == third.id
    assert saved[1].id == first.id  # renamed, same id
    assert saved[2].id not in {f.id for f in (first, second, third, *rest)}
    assert [f.position for f in saved] == list(range(len(saved)))
    assert second.id not in {f.id for f in saved}
    # The retired field stays with the offer that uses it.
    assert offers.get(offer.id).field_of_action_name == second.name


@pytest.mark.parametrize(
    "names",
    [["Familie", ""], ["Familie", "familie"], ["Familie", "z" * 121], ["Familie\x00"]],
)
def test_bad_fields_of_action_are_refused_and_nothing_changes(
    services: Services, names: list[str]
) -> None:
    before = services.offers.fields_of_action()
    entries: list[tuple[uuid.UUID | None, str]] = [(None, name) for name in names]
    with pytest.raises(ValidationError) as raised:
        services.offers.validate_fields_of_action(entries)
    assert "fields_of_action" in raised.value.problems
    with pytest.raises(ValidationError):
        services.offers.save_fields_of_action(entries)
    assert services.offers.fields_of_action() == before


def test_validate_facility_checks_without_saving(
    database: Database, facility: FacilityRecord
) -> None:
    setup = SetupService(database.sessions)
    draft = FacilityDraft(name=" ", kind=facility.kind, email="kein-at.example")
    with pytest.raises(ValidationError) as raised:
        setup.validate_facility(draft)
    assert set(raised.value.problems) == {"name", "email"}
    setup.validate_facility(replace(draft, name="Neuer Name  ", email="a@b.example"))
    assert setup.local_facility() == facility
