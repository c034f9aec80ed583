"""What is shared with whom: the sync plan of every table, read off the models.

The plan is the one place that decides which tables and columns leave the desk, who may
see them on the shared database, and how edits merge. Capture triggers, the shared
schema, its row-level security and the push and pull all follow it.
"""

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Column, Table

from desktop_app.core.derived import DERIVED
from desktop_app.core.models import Base


class Scope(Enum):
    # Every facility reads these; each writes only its own rows (directory, offers).
    SHARED = "shared"
    # Person-level records: only the owning facility's desks read or write them.
    FACILITY = "facility"
    # Referrals: the issuing facility, and the receiving one when the person agreed.
    REFERRAL = "referral"
    # Steps of a referral: whoever may see the referral.
    REFERRAL_EVENT = "referral_event"


# Never leave the desk: the tables of the desk itself, and the Bürgergeld flag (social
# data kept with the volunteer's consent on this desk alone).
LOCAL_ONLY = frozenset(
    {"local_state", "volunteer_benefit_flag", "sync_outbox", "sync_clock", "sync_cursor"}
)

# Free-text notes stay on the desk that wrote them (PRIVACY.md: notes never leave).
PRIVATE_COLUMNS = {"visitor": frozenset({"notes"}), "volunteer": frozenset({"notes"})}

# Derived by every desk from the names it holds (``derived.DERIVED``): never sent, so two
# desks that changed the first and the last name apart still agree on them.
LOCALLY_DERIVED = {name: set(d.columns) for name, d in DERIVED.items()}

# Derived by the directory from an entry with its locations and offers: merged by the
# clock like any column, but never reported as a conflict of their own.
DERIVED_COLUMNS = frozenset({"search_terms", "filter_terms", "open_days"})

# Set on every edit; the shared database keeps the later one instead of merging it.
TOUCH_COLUMN = "updated_at"

_SCOPES = {
    "facility": Scope.SHARED,
    "field_of_action": Scope.SHARED,
    "offer": Scope.SHARED,
    "partner": Scope.SHARED,
    "partner_location": Scope.SHARED,
    "partner_offer": Scope.SHARED,
    "referral": Scope.REFERRAL,
    "referral_event": Scope.REFERRAL_EVENT,
}


@dataclass(frozen=True)
class SyncTable:
    """One shared table as sync sees it."""

    table: Table
    scope: Scope
    # The columns that leave the desk, the key first.
    columns: tuple[Column[object], ...]

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def owner_column(self) -> str:
        """The column naming the facility a row belongs to."""
        return "id" if self.name == "facility" else "facility_id"

    @property
    def edited_columns(self) -> tuple[str, ...]:
        """The columns whose edits are captured and merged one by one."""
        return tuple(name for name in self.column_names if name not in ("id", TOUCH_COLUMN))


def _sync_table(table: Table) -> SyncTable:
    private = PRIVATE_COLUMNS.get(table.name, frozenset()) | LOCALLY_DERIVED.get(table.name, set())
    columns = [column for column in table.columns if column.name not in private]
    columns.sort(key=lambda column: column.name != "id")
    return SyncTable(
        table=table, scope=_SCOPES.get(table.name, Scope.FACILITY), columns=tuple(columns)
    )


def sync_tables() -> tuple[SyncTable, ...]:
    """Every shared table, parents before the tables that refer to them."""
    return tuple(
        _sync_table(table) for table in Base.metadata.sorted_tables if table.name not in LOCAL_ONLY
    )


SYNC_TABLES = sync_tables()
BY_NAME = {table.name: table for table in SYNC_TABLES}
