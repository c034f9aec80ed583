"""The district view: every facility's figures side by side, computed in the database.

A shared database of its own on the test PostgreSQL (``TRESEN_TEST_PG_URL``) is filled
server-side (``INSERT … SELECT`` over ``generate_series``) with 30 facilities and five
years of a busy facility's volumes; a district login then reads the figures through
``desktop_app.sync.district`` as the dialog and ``tresen district-report`` do. The baseline
is a plain ``SELECT count(*)`` over the same visits, measured in the same run.
"""

import secrets
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import psycopg

from desktop_app.core.statistics_records import Period
from desktop_app.sync import admin, district
from desktop_app.sync.connection import ServerAddress
from tests.benchmarks.harness import BenchContext, Benchmark, Result
from tests.sync.pg import admin_url, fresh_database, server_address, url_for

# The target: the district view over 30 facilities and 5 years.
TARGET_S = 2.0
FACILITIES = 30
FIRST_YEAR = 2021
YEARS = 5
# A year of one busy Stadtteilzentrum: about 160 check-ins and 80 head counts a day.
VISITS_PER_YEAR = 40_000
TALLIES_PER_YEAR = 20_000
REFERRALS_PER_YEAR = 600
VOLUNTEERS = 40  # each with weekly hours
VISITORS = 2_500  # registered over the five years, a quarter of them in the first
OFFERS = 25
RUNS = 5

FIELDS = (
    "Begegnung und Generationen", "Vernetzung", "Freiwilliges Engagement",
    "Beratung und Begleitung", "Arbeit und Beschäftigung", "Familie",
    "Gesundheit und Prävention", "Bildung und Digitales", "Demokratie und Teilhabe",
    "Nachhaltigkeit", "Integration", "Selbsthilfe", "Einsamkeit",
)  # fmt: skip
TARGET_GROUPS = (
    "Kinder", "Jugendliche", "Familien", "Eltern", "Alleinerziehende", "Erwachsene",
    "Seniorinnen und Senioren", "Geflüchtete", "Menschen mit Migrationsgeschichte",
    "Jobcenter-Kundinnen und -Kunden", "Frauen", "Nachbarschaft", "Alle",
)  # fmt: skip
AGE_BANDS = ("0-5", "6-13", "14-17", "18-26", "27-50", "51-64", "65-79", "80+")
GENDERS = ("female", "female", "female", "male", "male", "diverse", "unspecified")
STATUSES = ("created", "handed_out", "arrived", "arrived", "completed", "not_taken_up")
EXTERNAL = ("Jobcenter Berlin Mitte", "Schuldnerberatung Mitte", "Migrationsberatung",
            "Familienzentrum am Park")  # fmt: skip


def _array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + "]"


# Every record carries the sync columns a desk's push would write.
_SYNC = "now(), now(), 0, '00000000-0000-0000-0000-000000000000'::uuid, 0"
_SYNC_COLUMNS = "created_at, updated_at, _ins_hlc, _ins_client, _max_hlc"


def _id(kind: str, *numbers: str) -> str:
    """A record's id made from its kind and numbers, so that rows can name each other."""
    joined = " || ' ' || ".join(numbers)
    return f"md5('{kind}' || {joined})::uuid"


def _time_ordered(day: str) -> str:
    """A random id whose first 48 bits are the day's Unix milliseconds, as the desks' UUIDv7."""
    millis = f"int8send((extract(epoch FROM {day}::timestamptz) * 1000)::bigint)"
    return (
        f"encode(overlay(uuid_send(gen_random_uuid()) PLACING substring({millis} FROM 3) "
        "FROM 1 FOR 6), 'hex')::uuid"
    )


def _fill_statements() -> list[tuple[str, str]]:
    """What fills the database, with a word for the log."""
    facility = _id("facility ", "f")
    fields, groups = _array(FIELDS), _array(TARGET_GROUPS)
    bands, genders = _array(AGE_BANDS), _array(GENDERS)
    statements = [
        (
            "facilities",
            f"INSERT INTO tresen.facility (id, name, kind, street, postcode, city, phone, email, "
            f"contact_person, last_name_required, {_SYNC_COLUMNS}) "
            f"SELECT {facility}, 'Stadtteilzentrum ' || lpad(f::text, 2, '0'), 'stadtteilzentrum', "
            f"'', '', 'Berlin', '', '', '', false, {_SYNC} "
            f"FROM generate_series(1, {FACILITIES}) f",
        ),
        (
            "fields of action",
            "INSERT INTO tresen.field_of_action (id, name, position, facility_id, "
            f"{_SYNC_COLUMNS}) "
            f"SELECT {_id('field ', 'f', 'k')}, ({fields})[k], k, {facility}, {_SYNC} "
            f"FROM generate_series(1, {FACILITIES}) f, generate_series(1, {len(FIELDS)}) k",
        ),
        (
            "offers",
            f"INSERT INTO tresen.offer (id, title, field_of_action_id, target_groups, languages, "
            f"schedule, is_counselling, jobcenter_suited, active, facility_id, {_SYNC_COLUMNS}) "
            f"SELECT {_id('offer ', 'f', 'k')}, 'Angebot ' || k, "
            f"{_id('field ', 'f', f'(1 + (k + f) % {len(FIELDS)})')}, "
            f"jsonb_build_array(({groups})[1 + k % {len(TARGET_GROUPS)}], "
            f"({groups})[1 + (k * 7 + f) % {len(TARGET_GROUPS)}]), "
            f"'[\"de\"]', '[]', k % 8 = 0, (k + f) % 6 = 0, k <> {OFFERS}, {facility}, {_SYNC} "
            f"FROM generate_series(1, {FACILITIES}) f, generate_series(1, {OFFERS}) k",
        ),
        (
            "visitors",
            f"INSERT INTO tresen.visitor (id, number, first_name, last_name, birth_year, age_band, "
            f"gender, preferred_language, postcode, phone, email, facility_id, {_SYNC_COLUMNS}) "
            f"SELECT {_id('visitor ', 'f', 'n')}, lpad(n::text, 6, '0'), 'Vorname', '', "
            "CASE WHEN n % 20 < 14 THEN 1935 + (n * 37) % 85 END, "
            f"CASE WHEN n % 20 BETWEEN 14 AND 16 THEN ({bands})[1 + n % 8] END, "
            f"({genders})[1 + (n * 13) % {len(GENDERS)}], 'de', '', '', '', {facility}, {_SYNC} "
            f"FROM generate_series(1, {FACILITIES}) f, generate_series(0, {VISITORS - 1}) n",
        ),
    ]
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        # The pool of visitors grows year by year; regulars (low numbers) come most often.
        pool = VISITORS * (year - FIRST_YEAR + 1) // YEARS
        number = f"floor({pool} * random() ^ 2)::int"
        visitor = _id("visitor ", "f", "n")
        # A visitor keeps to three offers of the facility's 25 (the café, a course, advice).
        offer = _id("offer ", "f", f"(1 + (n * 7 + floor(3 * random())::int) % {OFFERS})")
        other = f"(1 + (f + i) % {FACILITIES})"
        statements += [
            (
                f"visits {year}",
                f"INSERT INTO tresen.visit (id, visitor_id, offer_id, visited_on, visited_at, "
                f"deleted_at, facility_id, {_SYNC_COLUMNS}) "
                f"SELECT {_time_ordered('d')}, {visitor}, {offer}, d, d + time '10:00', "
                f"CASE WHEN i % 200 = 0 THEN now() END, {facility}, {_SYNC} "
                f"FROM generate_series(1, {VISITS_PER_YEAR}) i, "
                f"generate_series(1, {FACILITIES}) f, "
                f"LATERAL (SELECT make_date({year}, 1, 1) + (i * 365 / {VISITS_PER_YEAR}) AS d, "
                f"{number} AS n) x",
            ),
            (
                f"head counts {year}",
                f"INSERT INTO tresen.tally_mark (id, offer_id, counted_on, counted_at, age_band, "
                f"gender, facility_id, {_SYNC_COLUMNS}) "
                f"SELECT {_time_ordered('d')}, {_id('offer ', 'f', f'(1 + i % {OFFERS})')}, "
                f"d, d + time '15:00', CASE WHEN i % 4 <> 0 THEN ({bands})[1 + i % 8] END, "
                f"CASE WHEN i % 3 <> 0 THEN ({genders})[1 + i % {len(GENDERS)}] END, "
                f"{facility}, {_SYNC} "
                f"FROM generate_series(1, {TALLIES_PER_YEAR}) i, "
                f"generate_series(1, {FACILITIES}) f, "
                f"LATERAL (SELECT make_date({year}, 1, 1) + (i * 365 / {TALLIES_PER_YEAR}) AS d) x",
            ),
            (
                f"referrals {year}",
                f"INSERT INTO tresen.referral (id, code, issued_on, receiving_facility_id, target, "
                f"field_of_action, purpose, person_label, slip_language, status, "
                f"status_changed_at, shared_with_receiver, facility_id, {_SYNC_COLUMNS}) "
                f"SELECT gen_random_uuid(), 'R{year}-' || f || '-' || i, "
                f"make_date({year}, 1, 1) + (i * 365 / {REFERRALS_PER_YEAR}), "
                f"CASE WHEN i % 5 < 2 THEN {_id('facility ', other)} END, "
                f"jsonb_build_object('name', CASE WHEN i % 5 < 2 "
                f"THEN 'Stadtteilzentrum ' || lpad({other}::text, 2, '0') "
                f"ELSE ({_array(EXTERNAL)})[1 + i % {len(EXTERNAL)}] END), "
                f"({fields})[1 + (i * 3) % {len(FIELDS)}], '', '', 'de', "
                f"({_array(STATUSES)})[1 + i % {len(STATUSES)}], now(), i % 2 = 0, "
                f"{facility}, {_SYNC} "
                f"FROM generate_series(1, {FACILITIES}) f, "
                f"generate_series(1, {REFERRALS_PER_YEAR}) i",
            ),
            (
                f"volunteers' hours {year}",
                f"INSERT INTO tresen.volunteer_hours (id, volunteer_id, worked_on, minutes, "
                f"activity, status, recorded_by, recorded_at, reason, withdrawn_by, facility_id, "
                f"{_SYNC_COLUMNS}) "
                f"SELECT gen_random_uuid(), {_id('volunteer ', 'f', 'v')}, "
                f"make_date({year}, 1, 4) + 7 * w, 60 + 30 * ((v + w) % 5), 'Café', "
                f"CASE WHEN (v + w) % 50 = 0 THEN 'corrected' ELSE 'active' END, '', now(), "
                f"'', '', {facility}, {_SYNC} "
                f"FROM generate_series(1, {FACILITIES}) f, generate_series(1, {VOLUNTEERS}) v, "
                f"generate_series(0, 49) w",
            ),
        ]
    return statements


# Indexes that slow a bulk fill down; ``init_shared_db`` builds them again afterwards, as it
# does when it upgrades a database that lacks them.
_REBUILT_INDEXES = ("visit_changes", "visit_owner", "visit_facility_day", "visit_visitor_day",
                    "tally_mark_changes", "tally_mark_owner", "tally_mark_day")  # fmt: skip


def fill(url: str, prefix: str, log: Callable[[str], None]) -> None:
    """Fill the shared database at ``url`` (an administrator's connection)."""
    with psycopg.connect(url, autocommit=True) as connection:
        for index in _REBUILT_INDEXES:
            connection.execute(f"DROP INDEX IF EXISTS tresen.{index}")
        for what, statement in _fill_statements():
            started = time.perf_counter()
            connection.execute(statement)
            log(f"  {what}: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    admin.init_shared_db(url, prefix=prefix)
    log(f"  init-shared-db (indexes): {time.perf_counter() - started:.1f} s")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


@contextmanager
def _filled(context: BenchContext) -> Iterator[tuple[str, str, admin.Login]]:
    """A database of its own, filled; its name, role prefix and a district login."""
    prefix = f"b{secrets.token_hex(4)}"
    with fresh_database("tresen_bench") as name:
        try:
            admin.init_shared_db(url_for(name), prefix=prefix)
            started = time.perf_counter()
            fill(url_for(name), prefix, context.log)
            context.log(f"  filled in {time.perf_counter() - started:.0f} s")
            yield name, prefix, admin.add_district_user(url_for(name))
        finally:
            with psycopg.connect(admin_url(), autocommit=True) as connection:
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    (name,),
                )
    admin.drop_roles(admin_url(), prefix=prefix)


def _median_seconds(action: Callable[[], object]) -> float:
    """The median of ``RUNS`` runs after one to warm the caches up."""
    action()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def district_view(context: BenchContext) -> list[Result]:
    last = FIRST_YEAR + YEARS - 1
    periods = (
        (f"District view, one year ({FACILITIES} facilities)", Period.year(last)),
        (
            f"District view, all {YEARS} years",
            Period(date(FIRST_YEAR, 1, 1), date(last, 12, 31)),
        ),
    )
    results = []
    with _filled(context) as (name, prefix, login):
        host, port = server_address()
        address = ServerAddress(host, port, name, login.role, tls_mode="disable")
        for label, period in periods:
            figures = district.read_figures(address, login.password, period)
            seconds = _median_seconds(
                lambda period=period: district.read_figures(address, login.password, period)
            )
            # The owner of the tables counts them, as the district's functions do.
            with psycopg.connect(url_for(name), autocommit=True) as plain:
                plain.execute(f"SET ROLE {admin.roles_for(prefix).owner}")
                baseline = _median_seconds(
                    lambda period=period, plain=plain: plain.execute(
                        "SELECT count(*) FROM tresen.visit "
                        "WHERE visited_on BETWEEN %s AND %s AND deleted_at IS NULL",
                        (period.start, period.end),
                    ).fetchone()
                )
            total = figures.total
            results.append(
                Result(
                    label, seconds, "s", TARGET_S, "plain SELECT count(*) of the same visits",
                    baseline,
                    note=f"{total.visits:,} check-ins, {total.tallied:,} head counts, "
                    f"{len(figures.by_field) + len(figures.by_person)} breakdown rows, "
                    f"{len(figures.referral_flows):,} referral flows; median of {RUNS}",
                )
            )  # fmt: skip
    return results


BENCHMARKS: tuple[Benchmark, ...] = (district_view,)
