"""The anonymous tally: counting, today's counts and taking back the last count."""

import pytest

from desktop_app.core.errors import RuleError
from desktop_app.core.records import OfferDraft
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from tests.conftest import FakeClock


def test_undo_takes_back_the_count_saved_last_even_at_the_same_clock_reading(
    services: Services,
) -> None:
    # The fake clock stands still, so every mark has the same counted_at.
    cafe = services.offers.create(OfferDraft(title="Offenes Café"))
    services.tallies.count(cafe.id, "0-5", Gender.FEMALE)
    services.tallies.count(cafe.id, "27-50", Gender.MALE)
    services.tallies.count(cafe.id, "80+", Gender.DIVERSE)

    counts = services.tallies.undo_last(cafe.id)

    assert counts.total == 2
    assert dict(counts.by_age_band) == {"0-5": 1, "27-50": 1}
    assert dict(counts.by_gender) == {"female": 1, "male": 1}
    counts = services.tallies.undo_last(cafe.id)
    assert dict(counts.by_age_band) == {"0-5": 1}


def test_undo_does_not_reach_into_yesterday(services: Services, clock: FakeClock) -> None:
    cafe = services.offers.create(OfferDraft(title="Offenes Café"))
    services.tallies.count(cafe.id)
    clock.advance(days=1)

    assert services.tallies.today(cafe.id).total == 0
    with pytest.raises(RuleError):
        services.tallies.undo_last(cafe.id)
