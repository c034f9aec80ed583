"""The demo data generator: realistic, fictitious, deterministic, and readable by the services."""

import re
import sqlite3
import time as system_time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core import codes
from desktop_app.core.db import Database
from desktop_app.core.demo import (
    DEMO_FACILITY,
    OFFER_PLANS,
    DemoSummary,
    fill_demo_data,
    fill_demo_directory,
    is_closed,
    load_name_groups,
)
from desktop_app.core.models import Offer, TallyMark, Visit
from desktop_app.core.records import VisitorDraft, VisitorQuery
from desktop_app.core.reference import AGE_BAND_CODES, LANGUAGE_LABELS, Gender, age_band_for
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.services.visitors import sort_name
from desktop_app.core.text import index_terms
from desktop_app.core.visit_months import rebuild_visit_months
from tests.conftest import open_on_duty

TODAY = date(2026, 11, 23)  # a Monday, like the FakeClock of tests/conftest.py
VISITORS = 300
VISITS = 3_000
STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
HEX_ID = re.compile(r"^[0-9a-f]{32}$")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _clock() -> datetime:
    return datetime.combine(TODAY, time(10)).astimezone()


def _fill(data_dir: Path, seed: int = 1, **sizes: int) -> tuple[Database, DemoSummary]:
    database = open_on_duty(data_dir)
    summary = fill_demo_data(
        database,
        visitors=sizes.get("visitors", VISITORS),
        visits=sizes.get("visits", VISITS),
        seed=seed,
        today=TODAY,
    )
    return database, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    database, summary = _fill(tmp_path_factory.mktemp("demo") / "data")
    yield database, summary
    database.close()


@pytest.fixture(scope="module")
def demo_services(demo: tuple[Database, DemoSummary]) -> Services:
    database, summary = demo
    return build_services(database.sessions, summary.facility_id, _clock)


def _rows(database: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_the_facility_is_set_up_and_says_it_is_a_demo(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    facility = SetupService(database.sessions).local_facility()
    assert facility is not None
    assert facility.id == summary.facility_id
    assert "Demo" in facility.name == summary.facility_name
    assert facility.phone.startswith("030 23125 ")
    assert facility.email.endswith(".example.org")


def test_offers_have_weekly_schedules_and_fields_of_action(demo_services: Services) -> None:
    offers = {offer.title: offer for offer in demo_services.offers.list_offers()}
    assert set(offers) == {plan.title for plan in OFFER_PLANS}
    assert len(offers) >= 10
    assert all(offer.schedule and offer.field_of_action_name for offer in offers.values())
    assert [day.weekday for day in offers["Offenes Café"].schedule] == [0, 1, 2, 3, 4]
    assert offers["Jobcafé"].jobcenter_suited
    assert offers["Sozialberatung"].is_counselling
    assert not offers["Offenes Café"].is_counselling


def test_counts_are_as_asked(demo: tuple[Database, DemoSummary], demo_services: Services) -> None:
    database, summary = demo
    assert (summary.visitors, summary.visits, summary.offers) == (VISITORS, VISITS, 12)
    assert demo_services.visitors.count(VisitorQuery()) == VISITORS
    assert _rows(database, "SELECT count(*) FROM visit") == [(VISITS,)]
    assert _rows(database, "SELECT count(*) FROM tally_mark") == [(summary.tally_marks,)]
    assert summary.tally_marks > 1_000


def test_search_finds_demo_visitors_by_folded_name_parts(demo_services: Services) -> None:
    visitors = demo_services.visitors.page(VisitorQuery(sort="name"), 0, VISITORS)
    assert len(visitors) == VISITORS
    latin = [v for v in visitors if v.last_name.isascii() and len(v.last_name) > 3]
    for visitor in latin[:20]:
        found = demo_services.visitors.search(f"{visitor.first_name[:2]} {visitor.last_name[:3]}")
        assert visitor.id in {record.id for record in found}
    for visitor in visitors[:20]:
        assert demo_services.visitors.search(visitor.number)[0].id == visitor.id
    umlauts = [v for v in visitors if "ü" in v.last_name.casefold()]
    assert umlauts, "the demo should include names with umlauts"
    typed = umlauts[0].last_name.casefold().replace("ü", "ue")
    assert umlauts[0].id in {r.id for r in demo_services.visitors.search(typed, limit=500)}


def test_visitors_page_and_count_with_filter(demo_services: Services) -> None:
    first_page = demo_services.visitors.page(VisitorQuery(sort="number"), 0, 40)
    assert len(first_page) == 40
    numbers = [visitor.number for visitor in first_page]
    assert numbers == sorted(numbers)
    name = first_page[0].first_name
    matching = demo_services.visitors.count(VisitorQuery(text=name))
    assert 1 <= matching < VISITORS


def test_visits_fall_in_opening_hours_of_the_past_year(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    with database.sessions() as session:
        schedules = {
            offer.id: {slot["weekday"]: slot for slot in offer.schedule}
            for offer in session.scalars(select(Offer))
        }
        visits = session.execute(select(Visit.offer_id, Visit.visited_on, Visit.visited_at)).all()
    assert len(visits) == VISITS
    for offer_id, visited_on, visited_at in visits:
        local = visited_at.astimezone()
        assert local.date() == visited_on
        assert (TODAY - visited_on).days in range(1, 366), "never today, never in the future"
        assert not is_closed(visited_on)
        slot = schedules[offer_id].get(visited_on.weekday())
        assert slot is not None, f"{visited_on} is not an opening day of the offer"
        assert slot["start"] <= local.strftime("%H:%M") < slot["end"]


@pytest.fixture(params=["Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati"])
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run in another local time zone; far ones put opening hours on the next or last UTC day."""
    monkeypatch.setenv("TZ", request.param)
    system_time.tzset()
    yield str(request.param)
    monkeypatch.undo()
    system_time.tzset()


@pytest.mark.skipif(not hasattr(system_time, "tzset"), reason="time.tzset is Unix only")
def test_times_are_local_opening_hours_in_any_time_zone(local_zone: str, tmp_path: Path) -> None:
    database, summary = _fill(tmp_path / "data", visitors=60, visits=600)
    try:
        assert datetime.now().astimezone().tzname() not in {"UTC", None}
        with database.sessions() as session:
            slots = {
                offer.id: {slot["weekday"]: slot for slot in offer.schedule}
                for offer in session.scalars(select(Offer))
            }
            visits = session.execute(select(Visit.offer_id, Visit.visited_on, Visit.visited_at))
            marks = session.execute(
                select(TallyMark.offer_id, TallyMark.counted_on, TallyMark.counted_at)
            )
            for offer_id, on, at in [*visits, *marks]:
                local = at.astimezone()
                slot = slots[offer_id][on.weekday()]
                assert local.date() == on, local_zone
                assert slot["start"] <= local.strftime("%H:%M") < slot["end"], local_zone
        services = build_services(database.sessions, summary.facility_id, _clock)
        for visitor in services.visitors.page(VisitorQuery(), 0, 60):
            assert visitor.created_at.astimezone().hour == 8
    finally:
        database.close()


def test_nobody_is_checked_in_twice_to_one_offer_on_one_day(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    doubles = _rows(
        database,
        "SELECT visitor_id, offer_id, visited_on FROM visit "
        "GROUP BY visitor_id, offer_id, visited_on HAVING count(*) > 1",
    )
    assert doubles == []


def test_every_reference_points_to_an_existing_row(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    assert _rows(database, "PRAGMA foreign_key_check") == []
    orphans = _rows(
        database,
        "SELECT count(*) FROM visit LEFT JOIN visitor ON visitor.id = visit.visitor_id "
        "LEFT JOIN offer ON offer.id = visit.offer_id WHERE visitor.id IS NULL OR offer.id IS NULL",
    )
    assert orphans == [(0,)]


def test_a_few_regulars_come_often_and_most_rarely(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    per_visitor = sorted(
        int(str(count))
        for (count,) in _rows(database, "SELECT count(*) FROM visit GROUP BY visitor_id")
    )
    median = per_visitor[len(per_visitor) // 2]
    assert per_visitor[-1] >= 40, "some come (nearly) every week"
    assert per_visitor[-1] >= 5 * median


def test_tallies_are_anonymous_counts_at_the_drop_ins(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    tally_titles = {plan.title for plan in OFFER_PLANS if plan.tally}
    with database.sessions() as session:
        rows = session.execute(
            select(Offer.title, TallyMark.counted_on, TallyMark.age_band, TallyMark.gender).join(
                Offer, Offer.id == TallyMark.offer_id
            )
        ).all()
    assert {row.title for row in rows} == tally_titles
    assert all((TODAY - row.counted_on).days in range(1, 366) for row in rows)
    bands = Counter(row.age_band for row in rows)
    genders = Counter(row.gender for row in rows)
    assert bands[None] and set(bands) - {None} <= set(AGE_BAND_CODES)
    assert genders[None] and genders[Gender.FEMALE.value] and genders[Gender.MALE.value]


def test_visitor_fields_are_plausible_and_clearly_fictitious(demo_services: Services) -> None:
    visitors = demo_services.visitors.page(VisitorQuery(), 0, VISITORS)
    with_year = [v for v in visitors if v.birth_year is not None]
    assert 0.6 < len(with_year) / len(visitors) < 0.8
    assert all(v.age_band in AGE_BAND_CODES for v in visitors)
    assert all(
        v.age_band == age_band_for(year, TODAY.year)
        for v in visitors
        if (year := v.birth_year) is not None
    )
    assert {v.gender for v in visitors} >= {Gender.FEMALE, Gender.MALE}
    assert all(
        v.preferred_language in LANGUAGE_LABELS or not v.preferred_language for v in visitors
    )
    postcodes = {v.postcode for v in visitors} - {""}
    assert postcodes and all(p.startswith(("101", "105", "107", "133")) for p in postcodes)
    for visitor in visitors:
        assert not visitor.email or re.fullmatch(
            r"[a-z.]+\d*@example\.(org|com|net)", visitor.email
        )
        assert not visitor.phone or re.fullmatch(r"030 23125 \d{3}", visitor.phone)
    assert sum(bool(v.email) for v in visitors) > 10
    assert sum(bool(v.phone) for v in visitors) > 10
    assert all(v.created_at.date() < TODAY for v in visitors)


def test_names_are_as_varied_as_the_neighbourhood(demo_services: Services) -> None:
    visitors = demo_services.visitors.page(VisitorQuery(), 0, VISITORS)
    names = [f"{v.first_name} {v.last_name}" for v in visitors]
    assert any(re.search("[\u0600-\u06ff]", name) for name in names), "Arabic script"
    assert any(re.search("[\u0400-\u04ff]", name) for name in names), "Cyrillic script"
    assert any(not v.last_name for v in visitors), "some give no last name"
    groups = load_name_groups()
    origin = {
        name: group.key for group in groups for name in (*group.female, *group.male, *group.last)
    }
    assert len({origin.get(v.last_name) for v in visitors if v.last_name}) >= 12


def test_visitor_numbers_are_valid_and_unique(demo_services: Services) -> None:
    numbers = [v.number for v in demo_services.visitors.page(VisitorQuery(), 0, VISITORS)]
    assert len(set(numbers)) == VISITORS
    assert all(len(number) == 7 and codes.is_valid(number) for number in numbers)


def test_derived_columns_are_what_the_visitor_service_writes(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    rows = _rows(
        database, "SELECT first_name, last_name, number, sort_name, search_terms FROM visitor"
    )
    for first, last, number, folded, terms in rows:
        assert isinstance(first, str) and isinstance(last, str) and isinstance(number, str)
        assert folded == sort_name(VisitorDraft(first_name=first, last_name=last))
        assert terms == index_terms(first, last, number)


def test_the_search_index_matches_the_visitor_table(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    connection = sqlite3.connect(database.path)
    try:
        # Raises "database disk image is malformed" if index and table disagree.
        connection.execute("INSERT INTO visitor_search(visitor_search) VALUES ('integrity-check')")
        (indexed,) = connection.execute("SELECT count(*) FROM visitor_search").fetchone()
        trigger = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'visitor_search_insert'"
        ).fetchone()
    finally:
        connection.close()
    assert indexed == VISITORS
    assert trigger == (1,), "the insert trigger is back in place"


def test_ids_are_uuid7_carrying_the_creation_time(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    with database.sessions() as session:
        visits = session.execute(select(Visit.id, Visit.created_at)).all()
    for visit_id, created_at in visits:
        assert visit_id.version == 7 and visit_id.variant == uuid.RFC_4122
        assert visit_id.int >> 80 == (created_at - EPOCH) // timedelta(milliseconds=1)
    rowid_order = [str(row[0]) for row in _rows(database, "SELECT id FROM visit ORDER BY rowid")]
    assert rowid_order == sorted(rowid_order), "written in the order they happened"


def test_rows_are_stored_exactly_as_the_orm_stores_them(
    demo: tuple[Database, DemoSummary], demo_services: Services
) -> None:
    database, _ = demo
    ((visitor_hex,),) = _rows(database, "SELECT visitor_id FROM visit ORDER BY rowid LIMIT 1")
    demo_visitor = demo_services.visitors.get(uuid.UUID(str(visitor_hex)))
    orm_visitor = demo_services.visitors.register(demo_visitor.draft())
    offer = next(o for o in demo_services.offers.list_offers() if o.title == "Offenes Café")
    orm_visit = demo_services.visits.check_in(orm_visitor.id, offer.id)
    try:
        assert orm_visitor.draft() == demo_visitor.draft()

        def stored(table: str, record_id: uuid.UUID) -> dict[str, tuple[str, object]]:
            connection = sqlite3.connect(database.path)
            connection.row_factory = sqlite3.Row
            try:
                row = connection.execute(
                    f"SELECT * FROM {table} WHERE id = ?", (record_id.hex,)
                ).fetchone()
                kinds = connection.execute(
                    "SELECT "
                    + ", ".join(f"typeof({key})" for key in row.keys())  # noqa: SIM118
                    + f" FROM {table} WHERE id = ?",
                    (record_id.hex,),
                ).fetchone()
            finally:
                connection.close()
            return {key: (kind, row[key]) for key, kind in zip(row.keys(), kinds, strict=True)}

        demo_visit_id = demo_services.visitors.history(demo_visitor.id)[0].id
        for table, mine, theirs in (
            ("visitor", stored("visitor", demo_visitor.id), stored("visitor", orm_visitor.id)),
            ("visit", stored("visit", demo_visit_id), stored("visit", orm_visit.id)),
        ):
            assert mine.keys() == theirs.keys()
            for column in mine:
                (kind, value), (orm_kind, orm_value) = mine[column], theirs[column]
                assert kind == orm_kind, f"{table}.{column}: {kind} against {orm_kind}"
                if column.endswith("_at") and value is not None:
                    assert STAMP.match(str(value)) and STAMP.match(str(orm_value)), column
                elif column.endswith("id"):
                    assert HEX_ID.match(str(value)) and HEX_ID.match(str(orm_value)), column
                elif column not in {"number", "search_terms", "visited_on"}:
                    assert value == orm_value, f"{table}.{column}"
        read_back = demo_services.visitors.get(demo_visitor.id)
        assert read_back == demo_visitor
        assert read_back.created_at.tzinfo is not None
    finally:
        demo_services.visits.undo(orm_visit.id)


def test_the_same_seed_gives_the_same_people_and_visits(tmp_path: Path) -> None:
    def content(data_dir: Path, seed: int) -> tuple[list[tuple[object, ...]], list[object]]:
        database, _ = _fill(data_dir, seed, visitors=120, visits=900)
        try:
            people = _rows(
                database,
                "SELECT number, first_name, last_name, birth_year, age_band, gender, "
                "preferred_language, postcode, phone, email, notes, created_at FROM visitor "
                "ORDER BY number",
            )
            visits = _rows(
                database,
                "SELECT visitor.number, offer.title, visit.visited_at FROM visit "
                "JOIN visitor ON visitor.id = visit.visitor_id "
                "JOIN offer ON offer.id = visit.offer_id ORDER BY 1, 3",
            )
            marks = _rows(
                database, "SELECT counted_at, age_band, gender FROM tally_mark ORDER BY 1"
            )
        finally:
            database.close()
        return people, [visits, marks]

    first = content(tmp_path / "a", seed=7)
    assert first == content(tmp_path / "b", seed=7)
    other = content(tmp_path / "c", seed=8)
    assert other[0] != first[0]


def _assert_counted_as_recounted(database: Database) -> None:
    """The statistics' counts by person and month are what counting the visits anew gives."""
    rows = "SELECT * FROM visit_month ORDER BY facility_id, year, offer_key, visitor_id"
    connection = sqlite3.connect(database.path)
    try:
        kept = connection.execute(rows).fetchall()
        rebuild_visit_months(connection)
        assert connection.execute(rows).fetchall() == kept != []
    finally:
        connection.rollback()
        connection.close()


def test_the_visits_are_counted_for_the_statistics(demo: tuple[Database, DemoSummary]) -> None:
    _assert_counted_as_recounted(demo[0])


def test_filling_again_adds_to_the_same_facility(tmp_path: Path) -> None:
    database, first = _fill(tmp_path / "data", visitors=50, visits=300)
    try:
        second = fill_demo_data(database, visitors=50, visits=300, seed=1, today=TODAY)
        assert second.facility_id == first.facility_id
        services = build_services(database.sessions, first.facility_id, _clock)
        assert len(services.offers.list_offers()) == len(OFFER_PLANS)
        assert services.visitors.count(VisitorQuery()) == 100
        assert _rows(database, "SELECT count(*) FROM visit") == [(600,)]
        numbers = [v.number for v in services.visitors.page(VisitorQuery(), 0, 100)]
        assert len(set(numbers)) == 100
        _assert_counted_as_recounted(database)
    finally:
        database.close()


def test_an_existing_facility_is_kept(database: Database) -> None:
    own = SetupService(database.sessions).set_up(
        DEMO_FACILITY.__class__(name="Stadtteilzentrum Nord", kind=DEMO_FACILITY.kind)
    )
    summary = fill_demo_data(database, visitors=10, visits=20, seed=3, today=TODAY)
    assert (summary.facility_id, summary.facility_name) == (own.id, "Stadtteilzentrum Nord")


def test_with_too_few_visitors_fewer_visits_are_written(database: Database) -> None:
    summary = fill_demo_data(database, visitors=3, visits=5_000, seed=1, today=TODAY)
    assert 0 < summary.visits < 5_000
    assert _rows(database, "SELECT count(*) FROM visit") == [(summary.visits,)]
    assert fill_demo_data(database, visitors=0, visits=100, seed=1, today=TODAY).visits == 0


def test_negative_sizes_are_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="negative"):
        fill_demo_data(database, visitors=-1, visits=0, seed=1)


def test_the_connection_settings_are_restored(tmp_path: Path) -> None:
    with closing(sqlite3.connect(":memory:")) as fresh:
        (default_cache_size,) = fresh.execute("PRAGMA cache_size").fetchone()
    database, _ = _fill(tmp_path / "data", visitors=20, visits=100)
    try:
        for _ in range(2):  # the pooled connection the fill used, and a new one
            with database.engine.connect() as connection:
                settings = [
                    connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "foreign_keys", "cache_size")
                ]
                assert settings == ["wal", 1, 1, default_cache_size]
            database.engine.dispose()
    finally:
        database.close()


def test_a_failed_fill_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_on_duty(tmp_path / "data")
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = _rows(database, triggers)
    try:

        def broken(*_: object) -> tuple[int, int]:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr("desktop_app.core.demo._Fill.write_visits", broken)
        with pytest.raises(RuntimeError, match="disk on fire"):
            fill_demo_data(database, visitors=50, visits=100, seed=1, today=TODAY)
        assert _rows(database, "SELECT count(*) FROM visitor") == [(0,)]
        assert _rows(database, triggers) == before
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


def test_fill_demo_directory_creates_and_closes_the_database(tmp_path: Path) -> None:
    messages: list[str] = []
    summary = fill_demo_directory(
        tmp_path / "demo", visitors=30, visits=200, seed=5, today=TODAY, progress=messages.append
    )
    assert summary.visits == 200 and "200 visits" in summary.describe()
    assert messages[0].startswith("Setting up") and messages[-1] == "Done"
    database = open_on_duty(tmp_path / "demo")
    try:
        assert _rows(database, "SELECT count(*) FROM visitor") == [(30,)]
    finally:
        database.close()


def test_demo_volunteers_have_hours_only_while_engaged(demo: tuple[Database, DemoSummary]) -> None:
    database, _summary = demo
    ended = _rows(database, "SELECT count(*) FROM volunteer WHERE ended_on IS NOT NULL")
    assert ended[0][0] > 0, "the demo should include engagements that ended"
    outside = _rows(
        database,
        "SELECT count(*) FROM volunteer_hours h JOIN volunteer v ON v.id = h.volunteer_id"
        " WHERE h.worked_on < v.started_on OR h.worked_on > coalesce(v.ended_on, ?)",
        TODAY.isoformat(),
    )
    assert outside == [(0,)]
