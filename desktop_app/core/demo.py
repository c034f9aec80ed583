"""Realistic, clearly fictitious demo data: a facility, its offers, visitors and a year of visits.

The facility and its offers are created through the services like any user's. Visitors,
visits and tally marks come by the hundred thousand, too many even for SQLAlchemy Core
(2.7 s per 100,000 visits), so they are written with ``executemany`` on the raw SQLite
connection, in exactly the formats SQLAlchemy writes: UUIDs as 32 lower-case hex digits,
``UtcDateTime`` as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, dates as ``YYYY-MM-DD``.
A test reads demo rows back through the services and compares them with ORM-written ones.

Names, numbers, counts and times follow from the seed (and ``today``); the UUIDs do not,
so that filling the same database twice never collides on a key.
"""

import bisect
import json
import os
import random
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Generic, TypeVar, cast

from sqlalchemy import update

from desktop_app.core import capture, codes
from desktop_app.core.access import Role, StaffMember
from desktop_app.core.db import Database, make_engine, open_database
from desktop_app.core.demo_referrals import fill_demo_referrals
from desktop_app.core.demo_volunteers import fill_demo_volunteers
from desktop_app.core.limits import VISITOR_NUMBER_LENGTH
from desktop_app.core.models import StaffAccount
from desktop_app.core.paths import resources_dir
from desktop_app.core.records import (
    FacilityDraft,
    FacilityRecord,
    OfferDraft,
    OfferRecord,
    ScheduleSlot,
    VisitorDraft,
)
from desktop_app.core.reference import AGE_BANDS, FacilityKind, Gender
from desktop_app.core.services import build_services, local_now
from desktop_app.core.services.accounts import AccountDraft, AccountService
from desktop_app.core.services.setup import SetupService
from desktop_app.core.services.visitors import sort_name
from desktop_app.core.text import fold, index_terms
from desktop_app.core.visit_months import VISIT_TRIGGER, VISITOR_TRIGGER, VisitMonthCounter

Progress = Callable[[str], None]
T = TypeVar("T")

# Sizes for ``tresen --demo``: a busy house with about a hundred person-linked visits a day.
DEMO_VISITORS = 2_000
DEMO_VISITS = 25_000
DEMO_SEED = 2026

DEMO_FACILITY = FacilityDraft(
    name="Nachbarschaftshaus Beispielkiez (Demo)",
    kind=FacilityKind.NACHBARSCHAFTSHAUS,
    street="Beispielweg 1",
    postcode="10559",
    city="Berlin",
    # The Bundesnetzagentur keeps 030 23125 000–999 free for films and books ("drama numbers").
    phone="030 23125 000",
    email="info@beispielkiez.example.org",
)

_WINDOW_DAYS = 365
_BATCH_ROWS = 50_000
_PROGRESS_EVERY = 100_000
# Visitors registered before the year of visits, some of whom no longer come.
_EARLY_SHARE = 0.45
_LAPSED_SHARE = 0.2
# Registration happens before the first offer opens, so a visit on that day comes after it.
_REGISTRATION_HOUR = 8
_LATEST_ARRIVAL_BEFORE_END = 20 * 60

_POSTCODES: dict[str, float] = {
    "10115": 4, "10117": 2, "10119": 2, "10178": 2, "10179": 3,
    "10551": 6, "10553": 6, "10555": 5, "10557": 4, "10559": 7,
    "13347": 7, "13349": 4, "13351": 4, "13353": 6, "13355": 5,
    "13357": 6, "13359": 5, "10785": 2, "10787": 2,
}  # fmt: skip
_AGE_BAND_SHARES: dict[str, float] = {
    "0-5": 2, "6-13": 8, "14-17": 4, "18-26": 10,
    "27-50": 33, "51-64": 18, "65-79": 17, "80+": 8,
}  # fmt: skip
_OLDEST_AGE = 96
_EMAIL_DOMAINS = ("example.org", "example.com", "example.net")
_NOTES = (
    "Kommt meist mit der Nachbarin.",
    "Möchte über neue Kurse informiert werden.",
    "Bevorzugt Termine am Vormittag.",
    "Hilft gern beim Sommerfest mit.",
    "Interessiert sich für den Deutschkurs B1.",
    "Ehrenamtlich im Repair-Café aktiv.",
    "Bringt oft die Enkelkinder mit.",
    "Möchte Infos zum Nachbarschaftsgarten.",
)

_GARDEN_SEASON = {11: 0.35, 12: 0.2, 1: 0.2, 2: 0.3, 3: 0.5, 4: 0.8, 10: 0.8}
# New Year, Women's Day (a Berlin holiday), Labour Day, German Unity Day.
_FIXED_HOLIDAYS = frozenset({(1, 1), (3, 8), (5, 1), (10, 3)})
# Good Friday, Easter Monday, Ascension Day, Whit Monday: days from Easter Sunday.
_EASTER_HOLIDAYS = frozenset({-2, 1, 39, 50})
_DAY_SECONDS = 86_400
_UUID_VARIANT = 0b10 << 62
# Page cache while filling: 128 MiB is as fast as 512 MiB for a million visits, in less memory.
_FILL_CACHE_KIB = 128 * 1024


@dataclass(frozen=True)
class DemoSummary:
    """What a fill created."""

    facility_id: uuid.UUID
    facility_name: str
    offers: int
    visitors: int
    visits: int
    tally_marks: int
    referrals: int
    volunteers: int

    def describe(self) -> str:
        return (
            f"{self.facility_name}: {self.offers} offers, {self.visitors:,} visitors, "
            f"{self.visits:,} visits, {self.tally_marks:,} tally marks, "
            f"{self.referrals:,} referrals, {self.volunteers} volunteers"
        )


@dataclass(frozen=True)
class _OfferPlan:
    """One demo offer and how it is used."""

    title: str
    field_of_action: str
    weekdays: tuple[int, ...]
    start: time
    end: time
    popularity: float
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    is_counselling: bool = False
    jobcenter_suited: bool = False
    tally: bool = False  # the desk also counts anonymous guests here
    age_bands: frozenset[str] | None = None  # who comes; None: everyone
    genders: frozenset[Gender] | None = None
    outdoor: bool = False  # quiet in winter
    school: bool = False  # quiet in the summer holidays

    def draft(self, field_ids: dict[str, uuid.UUID]) -> OfferDraft:
        return OfferDraft(
            title=self.title,
            field_of_action_id=field_ids.get(self.field_of_action),
            target_groups=self.target_groups,
            languages=self.languages,
            schedule=tuple(ScheduleSlot(day, self.start, self.end) for day in self.weekdays),
            is_counselling=self.is_counselling,
            jobcenter_suited=self.jobcenter_suited,
        )

    def welcomes(self, age_band: str, gender: Gender) -> bool:
        return (self.age_bands is None or age_band in self.age_bands) and (
            self.genders is None or gender in self.genders
        )


_CHILDREN = frozenset({"6-13", "14-17"})
_ADULTS = frozenset({"18-26", "27-50", "51-64"})
_OLDER = frozenset({"51-64", "65-79", "80+"})

OFFER_PLANS: tuple[_OfferPlan, ...] = (
    _OfferPlan(
        "Offenes Café", "Begegnung und Generationen", (0, 1, 2, 3, 4),
        time(10), time(16), 10, ("Nachbarschaft", "Alle"), ("de", "en", "tr", "ar"), tally=True,
    ),
    _OfferPlan(
        "Sozialberatung", "Beratung und Begleitung", (1, 3),
        time(10), time(13), 3, ("Erwachsene",), ("de", "tr", "ar"), is_counselling=True,
        age_bands=_ADULTS | _OLDER,
    ),
    _OfferPlan(
        "Deutschkurs A2", "Integration", (0, 2),
        time(9, 30), time(11, 30), 4, ("Menschen mit Migrationsgeschichte", "Geflüchtete"),
        ("de",), age_bands=_ADULTS,
    ),
    _OfferPlan(
        "Computerhilfe für Senior:innen", "Bildung und Digitales", (2,),
        time(14), time(16), 2, ("Seniorinnen und Senioren",), ("de",), age_bands=_OLDER,
    ),
    _OfferPlan(
        "Hausaufgabenhilfe", "Bildung und Digitales", (0, 1, 2, 3),
        time(14), time(16, 30), 4, ("Kinder", "Jugendliche"), ("de", "ar", "tr"),
        age_bands=_CHILDREN, school=True,
    ),
    _OfferPlan(
        "Eltern-Kind-Gruppe", "Familie", (1, 4),
        time(9, 30), time(11, 30), 2, ("Eltern", "Familien"), ("de", "en"),
        age_bands=frozenset({"0-5", "18-26", "27-50"}),
    ),
    _OfferPlan(
        "Nachbarschaftsgarten", "Nachhaltigkeit", (5,),
        time(10), time(14), 2, ("Alle",), ("de",), tally=True, outdoor=True,
    ),
    _OfferPlan(
        "Jobcafé", "Arbeit und Beschäftigung", (3,),
        time(10), time(13), 2.5, ("Jobcenter-Kundinnen und -Kunden", "Erwachsene"),
        ("de", "en", "ar", "uk"), jobcenter_suited=True, age_bands=_ADULTS,
    ),
    _OfferPlan(
        "Mieterberatung", "Beratung und Begleitung", (0,),
        time(16), time(18), 1.5, ("Erwachsene",), ("de", "tr"), is_counselling=True,
        age_bands=_ADULTS | _OLDER,
    ),
    _OfferPlan(
        "Repair-Café", "Freiwilliges Engagement", (5,),
        time(14), time(17), 1.5, ("Alle",), ("de",), tally=True,
    ),
    _OfferPlan(
        "Spielenachmittag für Ältere", "Einsamkeit", (4,),
        time(14), time(17), 2, ("Seniorinnen und Senioren",), ("de",), age_bands=_OLDER,
    ),
    _OfferPlan(
        "Frauenfrühstück", "Begegnung und Generationen", (2,),
        time(9, 30), time(11, 30), 2, ("Frauen",), ("de", "tr", "ar", "fa"),
        age_bands=_ADULTS | _OLDER, genders=frozenset({Gender.FEMALE}),
    ),
)  # fmt: skip


class _Table(Generic[T]):
    """Weighted choice by bisection; ``random.choices`` would rebuild the totals every call."""

    def __init__(self, weighted: Iterable[tuple[T, float]]) -> None:
        pairs = list(weighted)
        self.items = tuple(item for item, _ in pairs)
        self.totals = list(accumulate(weight for _, weight in pairs))
        self._last = len(pairs) - 1

    def pick(self, rng: random.Random) -> T:
        return self.items[
            bisect.bisect_right(self.totals, rng.random() * self.totals[-1], 0, self._last)
        ]


@dataclass(frozen=True)
class NameGroup:
    """Names of one origin, and the languages people of that origin prefer at the desk."""

    key: str
    share: float
    languages: dict[str, float]
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]


def load_name_groups(path: Path | None = None) -> tuple[NameGroup, ...]:
    """The name groups of ``resources/demo/names.json``."""
    path = path or resources_dir() / "demo" / "names.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        NameGroup(
            key=str(item["key"]),
            share=float(item["share"]),
            languages={str(code): float(weight) for code, weight in item["languages"].items()},
            female=tuple(item["female"]),
            male=tuple(item["male"]),
            last=tuple(item["last"]),
        )
        for item in data["groups"]
    )


@dataclass(slots=True)
class _Person:
    """A demo visitor before it is written, with how often and where they come."""

    registered: int  # day relative to today (negative)
    created_ms: int
    created_at: str
    first_name: str
    last_name: str
    birth_year: int | None
    age_band: str
    gender: Gender
    language: str
    postcode: str
    phone: str
    email: str
    notes: str
    weight: float
    offers: tuple[int, ...]
    id_hex: str = ""


@dataclass(frozen=True, slots=True)
class _Day:
    """One local calendar day, with what it takes to write UTC timestamps on it."""

    day: date
    iso: str
    offset: int  # local UTC offset at noon, in seconds
    utc_midnight_ms: int
    previous_iso: str
    next_iso: str

    @classmethod
    def of(cls, day: date) -> "_Day":
        offset = datetime.combine(day, time(12)).astimezone().utcoffset()
        assert offset is not None
        return cls(
            day=day,
            iso=day.isoformat(),
            offset=int(offset.total_seconds()),
            utc_midnight_ms=int(datetime.combine(day, time(0), tzinfo=UTC).timestamp()) * 1000,
            previous_iso=(day - timedelta(days=1)).isoformat(),
            next_iso=(day + timedelta(days=1)).isoformat(),
        )

    def stays_on_utc_day(self, first: int, last: int) -> bool:
        """True if local seconds ``first`` to ``last`` fall on the same date in UTC."""
        return first - self.offset >= 0 and last - self.offset < _DAY_SECONDS

    def stamp(self, local_seconds: int, micro: int) -> tuple[str, int]:
        """The stored UTC text and the Unix milliseconds of a local time of this day."""
        utc = local_seconds - self.offset
        ms = self.utc_midnight_ms + utc * 1000 + micro // 1000
        iso = self.iso
        if utc < 0:
            iso, utc = self.previous_iso, utc + _DAY_SECONDS
        elif utc >= _DAY_SECONDS:
            iso, utc = self.next_iso, utc - _DAY_SECONDS
        return f"{iso} {_clock_faces()[utc]}.{micro:06d}", ms


DayOf = Callable[[int], _Day]


@cache
def _clock_faces() -> tuple[str, ...]:
    """'HH:MM:SS' for every second of a day: a look-up beats formatting a million times."""
    return tuple(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(_DAY_SECONDS))


class _Ids:
    """UUIDv7 keys carrying the record's own time, as if it had been created then.

    The random bits come from the operating system, not the seed: the same seed filled
    twice into one database must not repeat a key.
    """

    def __init__(self) -> None:
        self.bits = random.Random(os.urandom(16)).getrandbits

    def at(self, unix_ms: int) -> str:
        # 48 bits of time, version 7, 12 random bits, variant 0b10, 62 random bits.
        return f"{unix_ms:012x}7{self.bits(12):03x}{_UUID_VARIANT | self.bits(62):016x}"


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_fix = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_fix) // 451
    month, day = divmod(h + weekday_fix - 7 * m + 114, 31)
    return date(year, month, day + 1)


def is_closed(day: date) -> bool:
    """Berlin's public holidays, and the house closes from Christmas Eve to New Year."""
    if (day.month == 12 and day.day >= 24) or (day.month, day.day) in _FIXED_HOLIDAYS:
        return True
    return (day - _easter(day.year)).days in _EASTER_HOLIDAYS


def _season(plan: _OfferPlan, day: date) -> float:
    factor = 1.0
    if day.month in (7, 8):  # summer holidays
        factor *= 0.3 if plan.school else 0.75
    if plan.outdoor:
        factor *= _GARDEN_SEASON.get(day.month, 1.0)
    return factor


def _between(random_: Callable[[], float], low: int, high: int) -> int:
    """Like ``randint``, at a fraction of its cost; the fill calls it half a million times."""
    return low + int(random_() * (high - low + 1))


def _ascii_word(text: str) -> str:
    return "".join(char for char in fold(text) if "a" <= char <= "z")


class _Registrations:
    """Draws demo visitors: who they are, when they registered, how often and where they come."""

    def __init__(self, groups: Sequence[NameGroup], today: date, day_of: DayOf) -> None:
        self._groups = _Table(
            ((group, _Table(group.languages.items())), group.share) for group in groups
        )
        self._bands = _Table((band, _AGE_BAND_SHARES[band.code]) for band in AGE_BANDS)
        self._postcodes = _Table(_POSTCODES.items())
        self._offers: dict[tuple[str, Gender], _Table[int]] = {}
        for band in AGE_BANDS:
            for gender in Gender:
                welcoming = [
                    (index, plan.popularity)
                    for index, plan in enumerate(OFFER_PLANS)
                    if plan.welcomes(band.code, gender)
                ]
                self._offers[band.code, gender] = _Table(welcoming)
        self._today = today
        self._day_of = day_of

    def draw(self, rng: random.Random) -> _Person:
        random_ = rng.random
        group, languages = self._groups.pick(rng)
        roll = random_()
        gender = (
            Gender.FEMALE if roll < 0.52
            else Gender.MALE if roll < 0.945
            else Gender.DIVERSE if roll < 0.96
            else Gender.UNSPECIFIED
        )  # fmt: skip
        first_names = (
            group.female if gender is Gender.FEMALE
            else group.male if gender is Gender.MALE
            else group.female + group.male
        )  # fmt: skip
        first_name = first_names[int(random_() * len(first_names))]
        last_name = "" if random_() < 0.04 else group.last[int(random_() * len(group.last))]
        band = self._bands.pick(rng)
        birth_year: int | None = None
        age_band = band.code
        if random_() < 0.7:
            oldest = band.high if band.high is not None else _OLDEST_AGE
            # The age at the end of this year lies in the band, so age_band_for gives it back.
            birth_year = self._today.year - _between(random_, band.low, oldest)
        language = languages.pick(rng)
        postcode = self._postcodes.pick(rng) if random_() < 0.9 else ""
        # The Bundesnetzagentur keeps 030 23125 000–999 free for films and books.
        phone = f"030 23125 {int(random_() * 1000):03d}" if random_() < 0.2 else ""
        email = ""
        if random_() < 0.15:
            words = (_ascii_word(first_name), _ascii_word(last_name))
            local = ".".join(word for word in words if word) or "nachbarschaft"
            suffix = str(_between(random_, 1, 99)) if random_() < 0.5 else ""
            email = f"{local}{suffix}@{rng.choice(_EMAIL_DOMAINS)}"
        notes = rng.choice(_NOTES) if random_() < 0.04 else ""
        early = random_() < _EARLY_SHARE
        registered = (
            -_between(random_, _WINDOW_DAYS + 1, 2 * _WINDOW_DAYS)
            if early
            else -_between(random_, 1, _WINDOW_DAYS)
        )
        # A few come very often, most rarely: a Pareto tail, capped near every opening day.
        weight = min(rng.paretovariate(1.2), 60.0)
        if early and random_() < _LAPSED_SHARE:
            weight *= 0.02
        created_at, created_ms = self._day_of(registered).stamp(
            _REGISTRATION_HOUR * 3600 + int(random_() * 3600), int(random_() * 1_000_000)
        )
        return _Person(
            registered=registered,
            created_ms=created_ms,
            created_at=created_at,
            first_name=first_name,
            last_name=last_name,
            birth_year=birth_year,
            age_band=age_band,
            gender=gender,
            language=language,
            postcode=postcode,
            phone=phone,
            email=email,
            notes=notes,
            weight=weight,
            offers=self._favourite_offers(rng, age_band, gender),
        )

    def _favourite_offers(
        self, rng: random.Random, age_band: str, gender: Gender
    ) -> tuple[int, ...]:
        table = self._offers[age_band, gender]
        wanted = min(len(table.items), 1 if rng.random() < 0.5 else 2 if rng.random() < 0.7 else 3)
        offers: list[int] = []
        while len(offers) < wanted:
            offer = table.pick(rng)
            if offer not in offers:
                offers.append(offer)
        return tuple(offers)


def _visitor_number(rng: random.Random, taken: set[str]) -> str:
    """Like ``codes.new_code``, but drawn from the seeded generator."""
    while True:
        body = "".join(rng.choices(codes.ALPHABET, k=VISITOR_NUMBER_LENGTH - 1))
        number = body + codes.check_character(body)
        if number not in taken:
            taken.add(number)
            return number


class _SearchTerms:
    """``index_terms(first, last, number)``, with each name's terms worked out once."""

    def __init__(self) -> None:
        self._parts: dict[str, frozenset[str]] = {}

    def _of(self, part: str) -> frozenset[str]:
        terms = self._parts.get(part)
        if terms is None:
            terms = self._parts[part] = frozenset(index_terms(part).split())
        return terms

    def __call__(self, first_name: str, last_name: str, number: str) -> str:
        # Numbers are digits and capitals, so their one index term is their lower case.
        return " ".join(sorted(self._of(first_name) | self._of(last_name) | {number.lower()}))


def _allocate(total: int, weights: Sequence[float], capacities: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` without exceeding any capacity."""
    counts = [0] * len(weights)
    remaining = total
    open_slots = [i for i, capacity in enumerate(capacities) if capacity > 0 and weights[i] > 0]
    while remaining > 0 and open_slots:
        weight_sum = sum(weights[i] for i in open_slots)
        given = 0
        fractions: list[tuple[float, int]] = []
        for i in open_slots:
            share = remaining * weights[i] / weight_sum
            whole = int(share)
            counts[i] += whole
            given += whole
            fractions.append((share - whole, i))
        fractions.sort(reverse=True)
        for _, i in fractions[: remaining - given]:
            counts[i] += 1
        # What a full slot cannot take goes round again to those with room.
        remaining = 0
        still_open = []
        for i in open_slots:
            if counts[i] > capacities[i]:
                remaining += counts[i] - capacities[i]
                counts[i] = capacities[i]
            elif counts[i] < capacities[i]:
                still_open.append(i)
        open_slots = still_open
    return counts


class _Pool:
    """The visitors who go to one offer, in order of registration, with running weights."""

    def __init__(self, members: list[int], people: Sequence[_Person]) -> None:
        members.sort(key=lambda index: people[index].registered)
        self.members = members
        self.registered = [people[index].registered for index in members]
        self.totals = list(accumulate(people[index].weight for index in members))

    def size_on(self, day: int) -> int:
        """How many of them had registered by ``day``."""
        return bisect.bisect_right(self.registered, day)

    def choose(self, rng: random.Random, known: int, count: int) -> list[int]:
        """``count`` different visitors among the first ``known``, frequent ones likelier."""
        if count >= known:
            return self.members[:known]
        members, totals, random_ = self.members, self.totals, rng.random
        total = totals[known - 1]
        last = known - 1
        chosen: set[int] = set()
        picks: list[int] = []
        attempts = 8 * count + 100
        while len(picks) < count and attempts:
            attempts -= 1
            member = members[bisect.bisect_right(totals, random_() * total, 0, last)]
            if member not in chosen:
                chosen.add(member)
                picks.append(member)
        if len(picks) < count:
            # Nearly everyone comes that day: the rare visitors fill the rest at random.
            rest = [member for member in members[:known] if member not in chosen]
            picks.extend(rng.sample(rest, count - len(picks)))
        return picks


def _set_up_facility(database: Database) -> FacilityRecord:
    setup = SetupService(database.sessions)
    return setup.local_facility() or setup.set_up(DEMO_FACILITY)


def _offers(database: Database, facility: FacilityRecord, today: date) -> list[OfferRecord]:
    """The demo offers, created through the offer service; those already there are reused."""

    def clock() -> datetime:
        return datetime.combine(today, time(7)).astimezone()

    services = build_services(database.sessions, facility.id, clock)
    existing = {o.title: o for o in services.offers.list_offers(include_inactive=True)}
    field_ids = {field.name: field.id for field in services.offers.fields_of_action()}
    return [
        existing.get(plan.title) or services.offers.create(plan.draft(field_ids))
        for plan in OFFER_PLANS
    ]


class _BulkWriter:
    """Bulk inserts on the raw connection, in one transaction, with the fill's PRAGMAs.

    ``insert_soon`` hands a batch to a helper thread: SQLite releases the GIL while it
    works, so on two cores the next batch is made while this one is written.
    """

    def __init__(self, connection: sqlite3.Connection, report: Progress) -> None:
        self.connection = connection
        self._report = report
        self._saved: dict[str, int] = {}
        self._left_wal = False
        self._helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-insert")
        self._pending: Future[object] | None = None

    def __enter__(self) -> "_BulkWriter":
        execute = self.connection.execute
        self._saved = {
            name: int(execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("synchronous", "foreign_keys", "cache_size")
        }
        # A demo database can be made again, so it skips syncing to disk while it is filled.
        # Foreign keys are right by construction (the tests check them); checking a million
        # references would cost seconds. These PRAGMAs only take effect outside a transaction.
        execute("PRAGMA synchronous = OFF")
        execute("PRAGMA foreign_keys = OFF")
        execute(f"PRAGMA cache_size = {-_FILL_CACHE_KIB}")
        # In WAL mode every page is written twice, to the log and then into the file; a
        # rollback journal only keeps pages that existed before. This succeeds only while
        # no other connection has the file open, and is undone below.
        self._left_wal = str(execute("PRAGMA journal_mode = DELETE").fetchone()[0]) == "delete"
        execute("BEGIN")
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        execute = self.connection.execute
        try:
            if kind is None:
                try:
                    self.flush()
                except BaseException:
                    self.connection.rollback()
                    raise
                self._report("Saving")
                self.connection.commit()
            else:
                # The error already on its way matters more than one from the last batch.
                with suppress(Exception):
                    self.flush()
                self.connection.rollback()
        finally:
            self._helper.shutdown(wait=True)
            for name, value in self._saved.items():
                execute(f"PRAGMA {name} = {value}")
            if self._left_wal:
                execute("PRAGMA journal_mode = WAL")
            else:
                # Leave no write-ahead log of the size of the whole fill behind.
                execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def insert(self, statement: str, rows: list[tuple[object, ...]]) -> None:
        self.flush()
        self.connection.executemany(statement, rows)

    def insert_soon(self, statement: str, rows: list[tuple[object, ...]]) -> None:
        """Insert ``rows`` in the background, after the batch before them."""
        self.flush()
        self._pending = self._helper.submit(self.connection.executemany, statement, rows)

    def flush(self) -> None:
        """Wait for the background insert; raise what it raised."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def rows_in(self, table: str) -> int:
        # max(rowid) reads one page; count(*) would read the whole table.
        return int(self.connection.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0)

    def drop_indexes(self, table: str) -> list[str]:
        """Drop ``table``'s indexes; return the statements that recreate them as they were.

        Building an index once from sorted keys is faster than growing it row by row in
        random order (a million visits: 6 s against 10 s).
        """
        rows = self.connection.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        for name, _ in rows:
            self.connection.execute(f'DROP INDEX "{name}"')
        return [str(sql) for _, sql in rows]

    def drop_trigger(self, name: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchall()
        self.connection.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        return [str(sql) for (sql,) in rows]

    def run(self, statements: Iterable[str]) -> None:
        self.flush()
        for statement in statements:
            self.connection.execute(statement)


_VISITOR_INSERT = (
    "INSERT INTO visitor (id, facility_id, number, first_name, last_name, birth_year, "
    "age_band, gender, preferred_language, postcode, phone, email, notes, sort_name, "
    "search_terms, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?16)"
)
# A visit is created when it happens: visited_at, created_at and updated_at are one value.
_VISIT_INSERT = (
    "INSERT INTO visit (id, facility_id, visitor_id, offer_id, visited_on, visited_at, "
    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)"
)
_TALLY_INSERT = (
    "INSERT INTO tally_mark (id, facility_id, offer_id, counted_on, counted_at, age_band, "
    "gender, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5, ?5)"
)


def fill_demo_data(
    database: Database,
    *,
    visitors: int,
    visits: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill ``database`` with a demo facility (unless it has one), offers, visitors, visits.

    Visits fall on the offers' opening days in the 365 days before ``today`` (default: the
    local date), never on holidays, and never twice for one person at one offer on one
    day; so with too few visitors for the visits asked, fewer are written. Tally marks are
    added for the café and the drop-ins. Only the visitors created here get visits.
    """
    if visitors < 0 or visits < 0:
        raise ValueError("visitors and visits must not be negative")
    report = progress or (lambda _message: None)
    today = today or datetime.now().astimezone().date()

    # Demo data is fictitious and never to be shared, so it is not captured for sync.
    # The audit trail names it as the demo's work.
    on_duty = database.on_duty
    before = on_duty.member
    on_duty.sign_in(StaffMember(id=None, name=DEMO_AUTHOR, role=Role.ADMIN))
    try:
        with capture.paused(database.engine):
            summary = _fill(
                database, visitors=visitors, visits=visits, seed=seed, today=today, report=report
            )
            _accounts(database)
            return summary
    finally:
        if before is None:
            on_duty.sign_out()
        else:
            on_duty.sign_in(before)


def _accounts(database: Database) -> None:
    """One account per role, all with ``DEMO_PASSWORD``, which the sign-in page shows."""
    accounts = AccountService(database.sessions, local_now)
    if accounts.has_accounts():
        return
    accounts.create_first_admin(AccountDraft("Demo Verwaltung", "admin", Role.ADMIN), DEMO_PASSWORD)
    for display_name, user_name, role in DEMO_STAFF:
        accounts.add_account(AccountDraft(display_name, user_name, role), DEMO_PASSWORD)
    # Demo accounts need no new password at their first sign-in.
    with database.sessions.begin() as session:
        session.execute(update(StaffAccount).values(must_change_password=False))


DEMO_AUTHOR = "Demo-Daten"
# The demo's accounts: the admin "admin", and one for each other role.
DEMO_PASSWORD = "tresen-demo"
DEMO_STAFF: tuple[tuple[str, str, Role], ...] = (
    ("Demo Koordination", "koordination", Role.COORDINATION),
    ("Demo Empfang", "empfang", Role.RECEPTION),
)


def _fill(
    database: Database,
    *,
    visitors: int,
    visits: int,
    seed: int,
    today: date,
    report: Progress,
) -> DemoSummary:
    rng = random.Random(seed)
    report("Setting up the demo facility and its offers")
    facility = _set_up_facility(database)
    offers = _offers(database, facility, today)

    days: dict[int, _Day] = {}

    def day_of(relative: int) -> _Day:
        found = days.get(relative)
        if found is None:
            found = days[relative] = _Day.of(today + timedelta(days=relative))
        return found

    report(f"Writing {visitors:,} visitors")
    registrations = _Registrations(load_name_groups(), today, day_of)
    people = [registrations.draw(rng) for _ in range(visitors)]
    # Rows in the order the desk would have written them.
    people.sort(key=lambda person: person.created_ms)

    # Only a connection of its own can leave WAL mode for the fill (see _BulkWriter); it
    # has no capture triggers either, so the bulk of rows pays for none.
    database.engine.dispose()
    bulk = make_engine(database.path, capturing=False)
    connection = bulk.raw_connection()
    try:
        raw = cast(sqlite3.Connection, connection.driver_connection)
        offer_hex = [offer.id.hex for offer in offers]
        fill = _Fill(rng, _Ids(), facility.id.hex, offer_hex, day_of, report)
        with _BulkWriter(raw, report) as writer:
            fill.write_visitors(writer, people)
            written, tallied = fill.write_visits(writer, people, visits)
    finally:
        connection.close()
        bulk.dispose()
    report("Writing the directory of partners and referrals to them")
    referrals = fill_demo_referrals(
        database, facility.id, visitors=len(people), seed=seed, today=today
    )
    report("Writing volunteers and their hours")
    volunteers = fill_demo_volunteers(database, facility.id, seed=seed, today=today)
    report("Done")
    return DemoSummary(
        facility_id=facility.id,
        facility_name=facility.name,
        offers=len(offers),
        visitors=len(people),
        visits=written,
        tally_marks=tallied,
        referrals=referrals,
        volunteers=volunteers,
    )


class _MonthlyCounts:
    """Visits counted as the fill makes them: by person, offer and month of the (at most
    two) calendar years the fill spans, each as one integer, so that ``Counter`` counts
    them in C; and each person's first visit (the fill goes day by day)."""

    _SLOTS = 24

    def __init__(self, people: int, first_year: int) -> None:
        self._first_year = first_year
        self._stride = len(OFFER_PLANS) * self._SLOTS
        self._counts: Counter[int] = Counter()
        self._first: list[str | None] = [None] * people

    def add(self, day: _Day, offer: int, people: Sequence[int]) -> None:
        slot = (day.day.year - self._first_year) * 12 + day.day.month - 1
        base, stride = offer * self._SLOTS + slot, self._stride
        self._counts.update([person * stride + base for person in people])
        first = self._first
        for person in people:
            if first[person] is None:
                first[person] = day.iso

    def rows(
        self, facility: str, offers: Sequence[str], visitors: Sequence[str]
    ) -> tuple[dict[tuple[str, int, str, str], list[int]], dict[str, str]]:
        """Twelve months per facility, year, offer and person (``VisitMonthCounter.add_rows``),
        and the people's first visits, in the table's forms."""
        rows: dict[tuple[str, int, str, str], list[int]] = {}
        for key, number in self._counts.items():
            person, rest = divmod(key, self._stride)
            offer, slot = divmod(rest, self._SLOTS)
            row_key = (facility, self._first_year + slot // 12, offers[offer], visitors[person])
            row = rows.get(row_key)
            if row is None:
                row = rows[row_key] = [0] * 12
            row[slot % 12] += number
        first = {visitors[person]: day for person, day in enumerate(self._first) if day}
        return rows, first


class _Fill:
    """Turns drawn visitors into rows, and a year of openings into visits and tally marks."""

    def __init__(
        self,
        rng: random.Random,
        ids: _Ids,
        facility_hex: str,
        offer_hex: list[str],
        day_of: DayOf,
        report: Progress,
    ) -> None:
        self._rng = rng
        self._ids = ids
        self._facility = facility_hex
        self._offers = offer_hex
        self._day_of = day_of
        self._report = report

    def write_visitors(self, writer: _BulkWriter, people: list[_Person]) -> None:
        taken = {
            str(number)
            for (number,) in writer.connection.execute(
                "SELECT number FROM visitor WHERE facility_id = ?", (self._facility,)
            )
        }
        # The search index's insert trigger costs 5 s per 100,000 visitors; rebuilding the
        # index once at the end takes 0.6 s and gives the same index. The same goes, less
        # dramatically, for the table's indexes.
        rebuilt: list[str] = []
        if len(people) > writer.rows_in("visitor"):
            rebuilt = [
                *writer.drop_indexes("visitor"),
                "INSERT INTO visitor_search(visitor_search) VALUES ('rebuild')",
                *writer.drop_trigger("visitor_search_insert"),
                *writer.drop_trigger(VISITOR_TRIGGER),
            ]
        terms = _SearchTerms()
        sort_names: dict[tuple[str, str], str] = {}
        rows: list[tuple[object, ...]] = []
        for person in people:
            number = _visitor_number(self._rng, taken)
            person.id_hex = self._ids.at(person.created_ms)
            names = (person.first_name, person.last_name)
            folded = sort_names.get(names)
            if folded is None:
                draft = VisitorDraft(first_name=person.first_name, last_name=person.last_name)
                folded = sort_names[names] = sort_name(draft)
            rows.append(
                (
                    person.id_hex, self._facility, number, person.first_name, person.last_name,
                    person.birth_year, person.age_band, person.gender.value, person.language,
                    person.postcode, person.phone, person.email, person.notes, folded,
                    terms(person.first_name, person.last_name, number), person.created_at,
                )
            )  # fmt: skip
        writer.insert(_VISITOR_INSERT, rows)
        if rebuilt:
            self._report("Building the search index")
            writer.run(rebuilt)

    def write_visits(
        self, writer: _BulkWriter, people: list[_Person], wanted: int
    ) -> tuple[int, int]:
        """Write the year's visits and tally marks; return how many of each."""
        members: list[list[int]] = [[] for _ in OFFER_PLANS]
        for index, person in enumerate(people):
            for offer in person.offers:
                members[offer].append(index)
        pools = [_Pool(indexes, people) for indexes in members]

        # Every opening of an offer in the year, how busy it is and how many could come.
        openings: list[tuple[_Day, int, int]] = []  # day, offer, visitors registered by then
        weights: list[float] = []
        for relative in range(-_WINDOW_DAYS, 0):
            day = self._day_of(relative)
            if is_closed(day.day):
                continue
            for offer, plan in enumerate(OFFER_PLANS):
                if day.day.weekday() in plan.weekdays:
                    openings.append((day, offer, pools[offer].size_on(relative)))
                    busy = plan.popularity * _season(plan, day.day) * self._rng.uniform(0.7, 1.3)
                    weights.append(busy)
        counts = _allocate(wanted, weights, [known for _, _, known in openings])
        total = sum(counts)

        index_sql = []
        if total > writer.rows_in("visit"):
            # The visits and their counts by person and month are indexed once, at the end.
            index_sql = writer.drop_indexes("visit") + writer.drop_indexes("visit_month")
        # The statistics' counts by person and month are added up here, not visit by visit.
        index_sql += writer.drop_trigger(VISIT_TRIGGER)
        # Counted as they are made, by person, offer and month: one integer each, for Counter.
        monthly = _MonthlyCounts(len(people), self._day_of(-_WINDOW_DAYS).day.year)
        self._report(f"Writing {total:,} visits")
        visitor_hex = [person.id_hex for person in people]
        written = 0
        next_report = _PROGRESS_EVERY
        rows: list[tuple[object, ...]] = []
        marks: list[tuple[object, ...]] = []
        day_rows: list[tuple[object, ...]] = []
        for position, (day, offer, known) in enumerate(openings):
            plan = OFFER_PLANS[offer]
            chosen = pools[offer].choose(self._rng, known, counts[position])
            monthly.add(day, offer, chosen)
            self._visit_rows(
                day, plan, self._offers[offer], [visitor_hex[m] for m in chosen], day_rows
            )
            if plan.tally:
                marks.extend(self._tally_rows(day, plan, self._offers[offer]))
            if position + 1 == len(openings) or openings[position + 1][0] is not day:
                # The day is complete: its rows go in in the order the desk would have written
                # them. UUIDv7 keys start with the time, so plain tuple order is time order.
                day_rows.sort()
                rows.extend(day_rows)
                day_rows = []
                if len(rows) >= _BATCH_ROWS:
                    writer.insert_soon(_VISIT_INSERT, rows)
                    written += len(rows)
                    rows = []
                    if written >= next_report:
                        self._report(f"Visits: {written:,} of {total:,}")
                        next_report += _PROGRESS_EVERY
        writer.insert(_VISIT_INSERT, rows)
        written += len(rows)
        months = VisitMonthCounter()
        months.add_rows(*monthly.rows(self._facility, self._offers, visitor_hex))
        months.write(writer.connection)
        marks.sort()
        writer.insert(_TALLY_INSERT, marks)
        if index_sql:
            self._report("Building the indexes")
            writer.run(index_sql)
        return written, len(marks)

    def _visit_rows(
        self,
        day: _Day,
        plan: _OfferPlan,
        offer: str,
        visitors: list[str],
        out: list[tuple[object, ...]],
    ) -> None:
        """Append the visits of ``visitors`` to one opening of an offer to ``out``."""
        start = plan.start.hour * 3600 + plan.start.minute * 60
        end = plan.end.hour * 3600 + plan.end.minute * 60
        arrivals = max(60, end - start - _LATEST_ARRIVAL_BEFORE_END)
        random_, facility, on = self._rng.random, self._facility, day.iso
        if not day.stays_on_utc_day(start, start + arrivals):
            for visitor in visitors:
                at, ms = day.stamp(start + int(random_() * arrivals), int(random_() * 1e6))
                out.append((self._ids.at(ms), facility, visitor, offer, on, at))
            return
        # The hot loop of a large fill, written out: a million rounds.
        faces, bits = _clock_faces(), self._ids.bits
        utc_start = start - day.offset
        prefix = f"{day.iso} "
        base_ms = day.utc_midnight_ms + utc_start * 1000
        for visitor in visitors:
            second = int(random_() * arrivals)
            micro = int(random_() * 1_000_000)
            ms = base_ms + second * 1000 + micro // 1000
            out.append(
                (
                    f"{ms:012x}7{bits(12):03x}{_UUID_VARIANT | bits(62):016x}",
                    facility,
                    visitor,
                    offer,
                    on,
                    f"{prefix}{faces[utc_start + second]}.{micro:06d}",
                )
            )

    def _tally_rows(self, day: _Day, plan: _OfferPlan, offer: str) -> list[tuple[object, ...]]:
        """Anonymous guests counted at a drop-in on one day, some with age band and gender."""
        rng = self._rng
        start = plan.start.hour * 3600 + plan.start.minute * 60
        span = plan.end.hour * 3600 + plan.end.minute * 60 - start
        rows: list[tuple[object, ...]] = []
        for _ in range(round(rng.randint(6, 30) * _season(plan, day.day))):
            at, ms = day.stamp(start + rng.randrange(span), rng.randrange(1_000_000))
            band = _TALLY_BANDS.pick(rng) if rng.random() < 0.6 else None
            roll = rng.random()
            gender = (
                None if roll < 0.5
                else Gender.FEMALE.value if roll < 0.77
                else Gender.MALE.value if roll < 0.99
                else Gender.DIVERSE.value
            )  # fmt: skip
            rows.append((self._ids.at(ms), self._facility, offer, day.iso, at, band, gender))
        return rows


_TALLY_BANDS = _Table(
    {"0-5": 4, "6-13": 8, "14-17": 5, "18-26": 12, "27-50": 35, "51-64": 18, "65-79": 14,
     "80+": 4}.items()
)  # fmt: skip


def fill_demo_directory(
    data_dir: Path,
    *,
    visitors: int,
    visits: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Open (creating or migrating) the database in ``data_dir``, fill it and close it.

    For ``tresen demo-data --data-dir DIR --visitors N --visits M --seed S``.
    """
    database = open_database(data_dir)
    try:
        return fill_demo_data(
            database, visitors=visitors, visits=visits, seed=seed, today=today, progress=progress
        )
    finally:
        database.close()
