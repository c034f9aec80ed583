"""A desk's clock that is off: refused beyond the allowed skew, and never a clock-setter.

A desk whose wall clock differs from the shared database's by more than five minutes is
told so and keeps its changes until the clock is right. A desk whose hybrid logical clock
runs far ahead (set a year ahead) neither wins every later conflict nor drags the other
desks' clocks along: the shared database caps the clock of what it receives, and desks
cap what they take over from pulled rows.
"""

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.records import VisitorDraft
from desktop_app.sync import problems
from desktop_app.sync.connection import connect
from desktop_app.sync.engine import MAX_AHEAD_HLC, MAX_SKEW, Synchronizer
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.test_conflicts import (
    clock_span,
    conflicts_of,
    desk_clock,
    edit_visitor,
    hlc_at,
    set_desk_clock,
)

FACILITY = "Haus am Park"


def _skewed(desk: Desk, offset: timedelta) -> Synchronizer:
    """A second synchronizer for the desk's database, on a computer clock ``offset`` off."""

    def clock() -> datetime:
        return datetime.now(UTC) + offset

    return Synchronizer(
        desk.database,
        desk.facility_id,
        lambda: connect(desk.address, desk.login.password),
        clock=clock,
    )


def _server_hlc(network: Network) -> int:
    """The shared database's time now, as a reading of the hybrid logical clock."""
    with network.admin() as connection:
        row = connection.execute(
            "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint * 65536"
        ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize(
    "offset",
    [MAX_SKEW + timedelta(minutes=1), -(MAX_SKEW + timedelta(minutes=1)), timedelta(days=365)],
    ids=["six minutes fast", "six minutes slow", "a year fast"],
)
def test_a_desk_whose_clock_is_off_is_refused_and_sends_its_changes_once_it_is_right(
    network: Network, offset: timedelta
) -> None:
    desk = network.desk(FACILITY)
    other = network.desk(FACILITY)
    sync_all(desk, other)
    visitor = desk.services.visitors.register(VisitorDraft(first_name="Nuri", last_name="Aksoy"))
    waiting = desk.pending()
    assert waiting > 0

    skewed = _skewed(desk, offset)
    try:
        with pytest.raises(problems.ClockSkew) as refused:
            skewed.sync()
    finally:
        skewed.close()
    minutes = round(abs(offset).total_seconds() / 60)
    assert str(refused.value) == (
        f"This computer's clock differs from the shared database's by {minutes} minutes. "
        "Please correct the date and time; until then changes wait here."
    )
    assert desk.pending() == waiting
    assert visitor.id not in network.server_rows(desk, "visitor")

    # The clock put right: the same desk database syncs, and the other desk gets the visitor.
    sync_all(desk, other)
    assert desk.pending() == 0
    assert other.services.visitors.get(visitor.id).last_name == "Aksoy"
    assert_converged(network, desk, other)


def test_a_clock_a_little_off_within_the_allowed_skew_still_syncs(network: Network) -> None:
    desk = network.desk(FACILITY)
    other = network.desk(FACILITY)
    visitor = desk.services.visitors.register(VisitorDraft(first_name="Lale"))
    for offset in (MAX_SKEW - timedelta(minutes=1), -(MAX_SKEW - timedelta(minutes=1))):
        skewed = _skewed(desk, offset)
        try:
            skewed.sync()
        finally:
            skewed.close()
        assert desk.pending() == 0
    sync_all(desk, other)
    assert other.services.visitors.get(visitor.id).first_name == "Lale"
    assert_converged(network, desk, other)


def test_a_desk_a_year_ahead_neither_wins_forever_nor_drags_the_other_clocks_along(
    network: Network,
) -> None:
    ahead = network.desk(FACILITY)
    honest = network.desk(FACILITY)
    bystander = network.desk(FACILITY)
    visitor = honest.services.visitors.register(VisitorDraft(first_name="Mia", phone="030 100"))
    sync_all(ahead, honest, bystander)

    year_ahead = hlc_at(datetime.now(UTC) + timedelta(days=365))
    set_desk_clock(ahead, year_ahead)
    edit_visitor(ahead, visitor.id, phone="030 200")
    assert desk_clock(ahead) > year_ahead
    ahead.sync()

    # The shared database kept the edit, under a clock capped at its time plus the skew.
    with network.admin() as connection:
        row = connection.execute(
            "SELECT (_ver -> 'phone' ->> 0)::bigint, _max_hlc, phone FROM tresen.visitor "
            "WHERE id = %s",
            (visitor.id,),
        ).fetchone()
    assert row is not None
    stored_clock, stored_max, phone = row
    assert phone == "030 200"
    capped = _server_hlc(network) + MAX_AHEAD_HLC
    assert stored_clock <= capped and stored_max <= capped

    # A concurrent edit whose clock reads a little later than that cap wins, as it would
    # once the real time has passed it: the far-future edit does not win forever.
    set_desk_clock(honest, hlc_at(datetime.now(UTC)) + MAX_AHEAD_HLC + clock_span(60))
    edit_visitor(honest, visitor.id, phone="030 300")
    honest.sync()
    sync_all(ahead, honest, bystander)
    for desk in (ahead, honest, bystander):
        assert desk.services.visitors.get(visitor.id).phone == "030 300", desk.name
        (conflict,) = conflicts_of(desk, visitor.id)
        assert (conflict["kept_value"], conflict["other_value"]) == ("030 300", "030 200")

    # The desk that only pulled took over no far-future clock.
    assert desk_clock(bystander) <= _server_hlc(network) + MAX_AHEAD_HLC
    assert_converged(network, ahead, honest, bystander)


def test_pulled_rows_with_a_far_future_clock_do_not_move_a_desk_clock_past_the_skew(
    network: Network,
) -> None:
    first = network.desk(FACILITY)
    second = network.desk(FACILITY)
    visitor = first.services.visitors.register(VisitorDraft(first_name="Tom"))
    sync_all(first, second)
    # A row written with a far-future clock (say, by a desk from before the server capped
    # clocks) lies on the shared database.
    year_ahead = hlc_at(datetime.now(UTC) + timedelta(days=365))
    with network.admin() as connection:
        connection.execute(
            "UPDATE tresen.visitor SET _max_hlc = %s WHERE id = %s", (year_ahead, visitor.id)
        )

    sync_all(first, second)
    ceiling = _server_hlc(network) + MAX_AHEAD_HLC
    for desk in (first, second):
        assert desk_clock(desk) <= ceiling, desk.name
    # Their next edits carry a clock near the real time, not a year ahead.
    second.services.visitors.update(visitor.id, VisitorDraft(first_name="Tom", phone="030 7"))
    assert desk_clock(second) <= _server_hlc(network) + MAX_AHEAD_HLC
    sync_all(first, second)
    assert first.services.visitors.get(visitor.id).phone == "030 7"
    assert_converged(network, first, second)
