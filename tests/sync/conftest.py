"""A throw-away shared database with its roles, and desks that sync with it.

``network`` creates a database and a role prefix of its own on the test server, sets it up
with ``init_shared_db`` and removes both afterwards. ``Network.desk`` sets up a desk the way
a facility would: a local database set up offline, then joined to its facility.
``assert_converged`` is the check every sync test ends with.
"""

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy import select, text

from desktop_app.core.db import Database
from desktop_app.core.records import FacilityDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.sharing import SYNC_TABLES
from desktop_app.sync import admin
from desktop_app.sync.connection import ServerAddress, connect
from desktop_app.sync.engine import Synchronizer, SyncReport
from desktop_app.sync.join import join
from desktop_app.sync.schema import SCHEMA
from tests.conftest import FakeClock, open_on_duty
from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import admin_url, fresh_database, server_address, url_for


@dataclass
class Desk:
    """One desk: its own database, its services, and its synchronizer."""

    name: str
    database: Database
    facility_id: uuid.UUID
    services: Services
    synchronizer: Synchronizer
    login: admin.Login
    address: ServerAddress
    clock: FakeClock

    def sync(self) -> SyncReport:
        return self.synchronizer.sync()

    def pending(self) -> int:
        return self.synchronizer.local.pending()

    def rows(self, table: str) -> dict[uuid.UUID, dict[str, Any]]:
        """The desk's rows of a shared table, with the columns that leave the desk."""
        plan = next(t for t in SYNC_TABLES if t.name == table)
        columns = [plan.table.c[name] for name in plan.column_names]
        with self.database.engine.connect() as connection:
            return {row["id"]: dict(row) for row in connection.execute(select(*columns)).mappings()}

    def sql(self, statement: str, **params: Any) -> list[Any]:
        with self.database.engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return list(result.all()) if result.returns_rows else []

    def server(self) -> psycopg.Connection[Any]:
        """A connection to the shared database with this desk's role (policies apply)."""
        return connect(self.address, self.login.password)

    def close(self) -> None:
        self.synchronizer.close()
        self.database.close()


@dataclass
class Network:
    """The shared database of one test, its facilities and desks."""

    database: str
    prefix: str
    tmp: Path
    desks: list[Desk] = field(default_factory=list)
    logins: dict[str, admin.Login] = field(default_factory=dict)

    @property
    def admin_url(self) -> str:
        return url_for(self.database)

    def add_facility(self, name: str) -> admin.Login:
        login = admin.add_facility(self.admin_url, name=name, kind="nachbarschaftshaus")
        self.logins[name] = login
        return login

    def address(self, login: admin.Login, proxy: FaultProxy | None = None) -> ServerAddress:
        host, port = server_address()
        if proxy is not None:
            host, port = proxy.address
        return ServerAddress(
            host=host, port=port, database=self.database, role=login.role, tls_mode="disable"
        )

    def desk(
        self,
        facility: str,
        *,
        proxy: FaultProxy | None = None,
        clock: FakeClock | None = None,
        page_rows: int = 5000,
    ) -> Desk:
        """A desk set up offline for ``facility`` (registered on first use), then joined."""
        login = self.logins.get(facility) or self.add_facility(facility)
        name = f"{facility} desk {len(self.desks) + 1}"
        database = open_on_duty(self.tmp / secrets.token_hex(4))
        local = SetupService(database.sessions).set_up(
            FacilityDraft(name=facility, kind=FacilityKind.NACHBARSCHAFTSHAUS, street="Hof 1")
        )
        address = self.address(login, proxy)
        with connect(self.address(login), login.password) as server:
            facility_id = join(database, local.id, server)
        clock = clock or FakeClock()
        clock.now = datetime.now().astimezone()
        desk = Desk(
            name=name,
            database=database,
            facility_id=facility_id,
            services=build_services(database.sessions, facility_id, clock),
            synchronizer=Synchronizer(
                database,
                facility_id,
                lambda: connect(address, login.password),
                page_rows=page_rows,
            ),
            login=login,
            address=address,
            clock=clock,
        )
        self.desks.append(desk)
        return desk

    def server_rows(self, desk: Desk, table: str) -> dict[uuid.UUID, dict[str, Any]]:
        """What the desk's role sees of a table on the shared database."""
        plan = next(t for t in SYNC_TABLES if t.name == table)
        with desk.server() as connection, connection.cursor(row_factory=dict_row) as cursor:
            rows = cursor.execute(
                f"SELECT {', '.join(plan.column_names)} FROM {SCHEMA}.{table}"
            ).fetchall()
        return {row["id"]: row for row in rows}

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.admin_url, autocommit=True, options="-c TimeZone=UTC")


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    prefix = f"t{secrets.token_hex(4)}"
    with fresh_database("tresen_sync") as database:
        admin.init_shared_db(url_for(database), prefix=prefix)
        net = Network(database=database, prefix=prefix, tmp=tmp_path)
        try:
            yield net
        finally:
            for desk in net.desks:
                desk.close()
            with psycopg.connect(admin_url(), autocommit=True) as connection:
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    (database,),
                )
    admin.drop_roles(admin_url(), prefix=prefix)


def assert_converged(network: Network, *desks: Desk) -> None:
    """Every desk equals what its role sees on the shared database: same rows, same values,
    none missing, none doubled; and no change is left waiting."""
    for desk in desks:
        assert desk.pending() == 0, f"{desk.name} still has changes waiting"
        for plan in SYNC_TABLES:
            local = desk.rows(plan.name)
            shared = network.server_rows(desk, plan.name)
            missing = shared.keys() - local.keys()
            extra = local.keys() - shared.keys()
            assert not missing, f"{desk.name}: {plan.name} rows missing locally: {missing}"
            assert not extra, f"{desk.name}: {plan.name} rows not on the server: {extra}"
            for row_id, row in shared.items():
                assert local[row_id] == row, f"{desk.name}: {plan.name} {row_id} differs"


def sync_all(*desks: Desk, rounds: int = 2) -> None:
    """Sync every desk, twice round, so that each has what the others pushed."""
    for _ in range(rounds):
        for desk in desks:
            desk.sync()
