"""The partner directory: partners saved whole, and the search with its filters."""

from dataclasses import replace
from datetime import date, time

import pytest

from desktop_app.core.directory_records import (
    Contact,
    DirectoryQuery,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.ids import new_id
from desktop_app.core.models import PartnerOffer as OfferRow
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.services import Services

MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)
WEDNESDAY = date(2026, 11, 25)


def _slot(weekday: int) -> ScheduleSlot:
    return ScheduleSlot(weekday, time(9), time(12))


def _zentrum() -> Partner:
    haupthaus = PartnerLocation(
        id=new_id(),
        street="Müllerstraße 1",
        postcode="13353",
        opening_hours=(_slot(0), _slot(2)),  # Monday and Wednesday
        languages=("de", "tr"),
    )
    annex = PartnerLocation(id=new_id(), name="Annex", opening_hours=(_slot(1),))
    return Partner(
        id=new_id(),
        name="Stadtteilzentrum Wedding",
        kind=PartnerKind.STADTTEILZENTRUM,
        contact=Contact("Frau Öztürk", "030 23125 100"),
        locations=(haupthaus, annex),
        offers=(
            PartnerOffer(
                id=new_id(),
                name="Sozialberatung",
                field_of_action="Beratung und Begleitung",
                target_groups=("Familien", "Alleinerziehende"),
                languages=("ar",),
                schedule=(_slot(3),),  # Thursday
            ),
            PartnerOffer(
                id=new_id(),
                name="Nähcafé",
                location_id=annex.id,  # no schedule of its own: the annex's Tuesday
                field_of_action="Begegnung und Generationen",
            ),
        ),
    )


def _jobcenter() -> Partner:
    return Partner(
        id=new_id(),
        name="Jobcenter Berlin Mitte (Demo)",
        kind=PartnerKind.JOBCENTER,
        locations=(PartnerLocation(id=new_id(), opening_hours=(_slot(0), _slot(1))),),
    )


def test_a_partner_is_saved_whole_and_read_back_equal(services: Services) -> None:
    partner = _zentrum()
    assert services.directory.save(partner) == partner
    assert services.directory.get(partner.id) == partner
    assert services.directory.list_partners() == [partner]


def test_saving_again_keeps_exactly_the_given_locations_and_offers(services: Services) -> None:
    partner = services.directory.save(_zentrum())
    trimmed = replace(
        partner,
        name="Stadtteilzentrum Wedding e. V.",
        locations=partner.locations[:1],
        offers=(replace(partner.offers[0], name="Sozial- und Mietberatung"),),
    )
    assert services.directory.save(trimmed) == trimmed
    with services.directory._sessions.begin() as session:
        removed = session.query(OfferRow).filter(OfferRow.deleted_at.is_not(None)).all()
        assert [offer.name for offer in removed] == ["Nähcafé"]
    # A removed offer can come back with the same id (a file imported again).
    assert services.directory.save(partner) == partner


def test_a_partner_that_is_not_right_is_refused_whole(services: Services) -> None:
    partner = _zentrum()
    wrong = replace(
        partner,
        offers=(*partner.offers, PartnerOffer(id=new_id(), name="", email="kein-at")),
    )
    with pytest.raises(ValidationError) as raised:
        services.directory.save_many([_jobcenter(), wrong])
    assert set(raised.value.problems) == {"offers.2.name", "offers.2.email"}
    assert services.directory.list_partners() == []


def test_deleting_removes_the_partner_from_search_and_lists(services: Services) -> None:
    partner = services.directory.save(_zentrum())
    services.directory.delete(partner.id)
    assert services.directory.list_partners() == []
    assert services.directory.search(DirectoryQuery()) == []
    with pytest.raises(NotFoundError):
        services.directory.get(partner.id)


def test_search_matches_word_starts_of_partner_and_offer_together(services: Services) -> None:
    services.directory.save_many([_zentrum(), _jobcenter()])

    def found(text: str) -> list[str]:
        return [
            f"{hit.partner_name}/{hit.offer_name}"
            for hit in services.directory.search(DirectoryQuery(text=text))
        ]

    assert found("wedding sozial") == ["Stadtteilzentrum Wedding/Sozialberatung"]
    assert found("nahcafe") == found("Nähcafé") == ["Stadtteilzentrum Wedding/Nähcafé"]
    assert found("jobcenter") == ["Jobcenter Berlin Mitte (Demo)/"]
    assert found("zial") == []  # within "Sozialberatung", not at the start of a word
    assert len(found("")) == 3


def test_filters_narrow_by_field_group_and_language_of_offer_or_location(
    services: Services,
) -> None:
    services.directory.save_many([_zentrum(), _jobcenter()])

    def names(**query: object) -> list[str]:
        hits = services.directory.search(DirectoryQuery(**query))  # type: ignore[arg-type]
        return [hit.offer_name or hit.partner_name for hit in hits]

    assert names(field_of_action="beratung und begleitung") == ["Sozialberatung"]
    assert names(target_group="ALLEINERZIEHENDE") == ["Sozialberatung"]
    assert names(language="ar") == ["Sozialberatung"]  # the offer's own language
    assert names(language="tr") == ["Sozialberatung", "Nähcafé"]  # the partner's location
    assert names(text="wedding", language="uk") == []


def test_open_today_follows_the_offers_days_else_its_locations(services: Services) -> None:
    services.directory.save_many([_zentrum(), _jobcenter()])

    def open_on(day: date) -> list[str]:
        hits = services.directory.search(DirectoryQuery(open_on=day))
        assert all(hit.open_today for hit in hits)
        return [hit.offer_name or hit.partner_name for hit in hits]

    assert open_on(MONDAY) == ["Jobcenter Berlin Mitte (Demo)"]
    assert open_on(TUESDAY) == ["Jobcenter Berlin Mitte (Demo)", "Nähcafé"]
    assert open_on(WEDNESDAY) == []
    assert open_on(date(2026, 11, 26)) == ["Sozialberatung"]
    # Without the filter, the clock's day (Monday) marks what is open.
    marks = {
        hit.offer_name or hit.partner_name: hit.open_today
        for hit in services.directory.search(DirectoryQuery())
    }
    assert marks == {
        "Jobcenter Berlin Mitte (Demo)": True,
        "Sozialberatung": False,
        "Nähcafé": False,
    }


def test_known_values_feed_the_filters(services: Services) -> None:
    services.directory.save(_zentrum())
    fields, groups, languages = services.directory.known_values()
    assert fields == ["Begegnung und Generationen", "Beratung und Begleitung"]
    assert groups == ["Alleinerziehende", "Familien"]
    assert languages == ["ar", "de", "tr"]
