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
from desktop_app.core.processing import (
    DISTRICT_AGGREGATES,
    SHARED_DATABASE,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)


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
# Staff accounts and the audit trail belong to the desk they were made at: its chain of
# hashes is the desk's own, and password hashes never travel.
LOCAL_ONLY = frozenset(
    {
        "local_state",
        "volunteer_benefit_flag",
        "sync_outbox",
        "sync_clock",
        "sync_cursor",
        "staff_account",
        "audit_entry",
        "retention_rule",
        "visit_month",
    }
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


# The register of processing activities: what the plan above shares with whom, in German.
# Every table that holds people's data has its name here; a table without one is named as
# it is in the database, and a test asks for its German name.
TABLE_NAMES_DE: dict[str, str] = {
    "facility": "Einrichtungen (Name, Anschrift, Ansprechperson)",
    "field_of_action": "Handlungsfelder",
    "offer": "Angebote",
    "partner": "Verzeichnis der Partner mit Ansprechpersonen",
    "partner_location": "Standorte der Partner",
    "partner_offer": "Angebote der Partner mit Ansprechpersonen",
    "visitor": "Besucherinnen und Besucher",
    "visit": "Besuche",
    "visit_month": "Besuche je Person und Monat (für die Statistik)",
    "tally_mark": "Striche der Zählung ohne Namen",
    "referral": "Vermittlungen (wie der Schein sie zeigt)",
    "referral_event": "Schritte der Vermittlungen",
    "referral_person": "Bezug der Vermittlungen zur registrierten Person",
    "consent": "Einwilligungen",
    "volunteer": "Freiwillige",
    "volunteer_training": "Fortbildungen der Freiwilligen",
    "volunteer_hours": "Stunden der Freiwilligen",
    "allowance_payment": "Aufwandsentschädigungen",
    "volunteer_benefit_flag": "Bürgergeld-Vermerk",
    "sync_conflict": "Konflikte der Synchronisation (beide Werte eines Feldes)",
    "staff_account": "Benutzerkonten",
    "audit_entry": "Protokoll der Zugriffe",
    "data_request": "Anfragen betroffener Personen",
}
_COLUMN_NAMES_DE = {"notes": "Notizen"}

_SCOPE_READERS_DE = {
    Scope.SHARED: "Mit allen Einrichtungen des Verbunds (jede ändert nur ihre eigenen)",
    Scope.FACILITY: "Nur mit den Arbeitsplätzen der eigenen Einrichtung",
    Scope.REFERRAL: "Mit der vermittelnden Einrichtung und, nur mit Einwilligung der Person, "
    "der aufnehmenden",
}


def shared_data_de() -> tuple[str, ...]:
    """What leaves the desk and who reads it on the shared database, and what never leaves."""
    names: dict[Scope, list[str]] = {}
    for table in SYNC_TABLES:
        # A referral's steps are seen by whoever sees the referral.
        scope = Scope.REFERRAL if table.scope is Scope.REFERRAL_EVENT else table.scope
        names.setdefault(scope, []).append(table.name)
    lines = [f"{_SCOPE_READERS_DE[scope]}: {_listed(names[scope])}." for scope in names]
    never = [TABLE_NAMES_DE[name] for name in TABLE_NAMES_DE if name in LOCAL_ONLY]
    never += [
        f"{_COLUMN_NAMES_DE.get(column, column)} ({TABLE_NAMES_DE.get(table, table)})"
        for table, columns in PRIVATE_COLUMNS.items()
        for column in sorted(columns)
    ]
    lines.append(f"Verlassen den Arbeitsplatz nie: {', '.join(never)}.")
    return tuple(lines)


def _listed(tables: list[str]) -> str:
    """The tables' German names in the order of ``TABLE_NAMES_DE``, unnamed ones last."""
    order = {name: position for position, name in enumerate(TABLE_NAMES_DE)}
    tables = sorted(tables, key=lambda name: order.get(name, len(order)))
    return ", ".join(TABLE_NAMES_DE.get(name, name) for name in tables)


PROCESSING_ACTIVITY = ProcessingActivity(
    key="sync",
    name="Synchronisation mit der gemeinsamen Datenbank des Einrichtungsverbunds",
    purposes=(
        "Alle Arbeitsplätze einer Einrichtung arbeiten mit demselben Stand, auch nach einer "
        "Zeit ohne Netz.",
        "Das Verzeichnis der Partner und die Angebote der Einrichtungen im Verbund teilen.",
        "Vermittlungen zwischen Einrichtungen des Verbunds schließen (Ankunft bestätigen), "
        "wenn die Person eingewilligt hat.",
        "Zusammengefasste Zahlen für den Bezirk.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.LEGITIMATE_INTERESTS,
            "Interesse der Einrichtung, an mehreren Arbeitsplätzen mit demselben Stand zu "
            "arbeiten und ihre Daten nicht nur auf einem PC zu halten; für die Daten selbst "
            "gilt die Rechtsgrundlage der jeweiligen Tätigkeit in diesem Verzeichnis.",
        ),
        LegalBasis(
            LegalGround.LEGITIMATE_INTERESTS,
            "Zusammenarbeit der Einrichtungen im Verbund: ein gemeinsames Verzeichnis mit den "
            "dienstlichen Kontaktdaten der Ansprechpersonen.",
        ),
    ),
    data_subjects=(
        "Die Personen der übrigen Tätigkeiten in diesem Verzeichnis: Besucherinnen und "
        "Besucher, Freiwillige.",
        "Ansprechpersonen der Einrichtungen und der Partner im Verzeichnis.",
    ),
    data_categories=shared_data_de(),
    recipients=(
        f"Die {SHARED_DATABASE} (PostgreSQL) und über sie die Arbeitsplätze der eigenen "
        "Einrichtung; die anderen Einrichtungen des Verbunds nur, was oben als mit ihnen "
        "geteilt steht.",
        DISTRICT_AGGREGATES,
    ),
    retention=(
        "Auf der gemeinsamen Datenbank gelten die Fristen der jeweiligen Tätigkeit; eine "
        "Löschung erreicht sie mit der nächsten Synchronisation.",
        # The window of ``tresen admin purge-tombstones`` (desktop_app/sync/cli.py).
        "Gelöschte Datensätze bleiben dort als gelöscht markiert, bis die Verwaltung des "
        "Verbunds sie endgültig entfernt (Voreinstellung: nach 180 Tagen), damit die "
        "Löschung jeden Arbeitsplatz erreicht.",
    ),
    measures=(
        "Jede Einrichtung verbindet sich mit ihrer eigenen Datenbankrolle; der Zeilenschutz "
        "der Datenbank (row-level security) lässt sie nur ihre eigenen Datensätze zu "
        "Personen lesen und schreiben, das gemeinsame Verzeichnis und die Vermittlungen, "
        "die sie ausgestellt oder mit Einwilligung erhalten hat.",
        "Der Zugang des Bezirks liest nur Ansichten mit zusammengefassten Zahlen.",
        "Verbindung mit TLS und Prüfung des Serverzertifikats (voreingestellt); das Passwort "
        "liegt im Schlüsselbund des Betriebssystems.",
        "Zur Laufzeit braucht kein Arbeitsplatz Administratorrechte auf der Datenbank.",
        "Nichts geht verloren oder doppelt; ändern zwei Arbeitsplätze dasselbe Feld, sieht "
        "die Koordination beide Werte und entscheidet.",
    ),
    tables=tuple(table.name for table in SYNC_TABLES),
)
