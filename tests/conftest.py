"""Fixtures shared by all tests: a fresh database, a set-up facility, a settable clock."""

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.access import Role, StaffMember
from desktop_app.core.db import Database, open_database
from desktop_app.core.records import (
    FacilityDraft,
    FacilityRecord,
    OfferDraft,
    OfferRecord,
    VisitorDraft,
    VisitorRecord,
)
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.setup import SetupService


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """On CI a skipped test is a failure: a test that needs a display or a server must run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if os.environ.get("CI") == "true" and skipped and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter:
            reporter.write_line(f"CI: {skipped} test(s) skipped; on CI every test must run.")


class FakeClock:
    """A clock the test sets; starts on Monday 23 November 2026, 10:00 local time."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 10, 0).astimezone()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


# The staff member on duty in tests that are not about accounts and roles.
TEST_ADMIN = StaffMember(id=None, name="Test Admin", role=Role.ADMIN)


def open_on_duty(data_dir: Path) -> Database:
    """The desk's database with ``TEST_ADMIN`` signed in, as after the sign-in page."""
    database = open_database(data_dir)
    database.on_duty.sign_in(TEST_ADMIN)
    return database


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    db = open_on_duty(data_dir)
    yield db
    db.close()


@pytest.fixture
def facility(database: Database) -> FacilityRecord:
    return SetupService(database.sessions).set_up(
        FacilityDraft(
            name="Nachbarschaftshaus Am Park",
            kind=FacilityKind.NACHBARSCHAFTSHAUS,
            street="Parkstraße 1",
            postcode="10559",
            phone="030 1234567",
            email="info@nbh-am-park.example",
        )
    )


@pytest.fixture
def services(database: Database, facility: FacilityRecord, clock: FakeClock) -> Services:
    return build_services(database.sessions, facility.id, clock)


@dataclass(frozen=True)
class CafeAndAdvice:
    cafe: OfferRecord
    advice: OfferRecord
    people: list[VisitorRecord]


def cafe_and_advice(services: Services) -> CafeAndAdvice:
    """Two offers and three people of different ages (Amal, Bora, Chen), none checked in."""
    return CafeAndAdvice(
        cafe=services.offers.create(OfferDraft(title="Sprachcafé")),
        advice=services.offers.create(OfferDraft(title="Sozialberatung")),
        people=[
            services.visitors.register(VisitorDraft(first_name=name, birth_year=year))
            for name, year in (("Amal", 1990), ("Bora", 1950), ("Chen", 2001))
        ],
    )
