"""The register of processing activities: every module declares its own, and truthfully."""

import dataclasses
import importlib
import re
import subprocess
import sys
from datetime import date

import pytest

from desktop_app.core import processing
from desktop_app.core.models import Base
from desktop_app.core.processing import (
    DECLARING_MODULES,
    SHARED_DATABASE,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
    register_activities,
    register_content,
)
from desktop_app.core.sharing import (
    BY_NAME,
    LOCAL_ONLY,
    PRIVATE_COLUMNS,
    SYNC_TABLES,
    TABLE_NAMES_DE,
    shared_data_de,
)
from desktop_app.sync.schema import SCHEMA, district_statements
from tests.documents.examples import ISSUER

# The modules that process people's data, each with its PROCESSING_ACTIVITY.
DECLARING = (
    "desktop_app.core.services.visitors",
    "desktop_app.core.services.visits",
    "desktop_app.core.services.tally",
    "desktop_app.core.services.referrals",
    "desktop_app.core.services.volunteers",
    "desktop_app.core.services.allowances",
    "desktop_app.core.sharing",
)
# Tables no activity but the sync one holds, and why.
_NOT_AN_ACTIVITY_OF_THEIR_OWN = {
    # The facility's own entries and the shared directory; the contact persons in them are
    # named by the sync activity, which shares them.
    "facility",
    "field_of_action",
    "offer",
    "partner",
    "partner_location",
    "partner_offer",
    # Bookkeeping of the desk and of sync.
    "local_state",
    "retention_rule",
    "sync_conflict",
    "sync_outbox",
    "sync_clock",
    "sync_cursor",
}
# Words of Art. 9 GDPR's special categories; no activity's data may be described by them.
_SPECIAL = (
    "gesundheit",
    "krankheit",
    "diagnose",
    "behinderung",
    "religi",
    "weltanschauung",
    "ethnisch",
    "sexuell",
    "genetisch",
    "biometrisch",
    "gewerkschaft",
    "politische meinung",
)


@pytest.fixture(scope="module")
def activities() -> tuple[ProcessingActivity, ...]:
    return register_activities()


def _by_key(activities: tuple[ProcessingActivity, ...], key: str) -> ProcessingActivity:
    return next(activity for activity in activities if activity.key == key)


def test_every_declaring_module_declares_its_activity(
    activities: tuple[ProcessingActivity, ...],
) -> None:
    assert set(DECLARING) <= set(DECLARING_MODULES)
    for name in DECLARING:
        declared = importlib.import_module(name).PROCESSING_ACTIVITY
        assert isinstance(declared, ProcessingActivity), name
        assert declared in activities, name
    # Declared in the register's module until their own modules take them over.
    for declared in (
        processing.CONSENT_RECORDS,
        processing.ACCESS_REQUESTS,
        processing.STAFF_ACCOUNTS,
    ):
        assert declared in activities


def test_the_register_lists_each_activity_once_in_a_stable_order(
    activities: tuple[ProcessingActivity, ...],
) -> None:
    keys = [activity.key for activity in activities]
    assert len(set(keys)) == len(keys)
    assert len({activity.name for activity in activities}) == len(keys)
    assert register_activities() == activities
    assert keys[:3] == ["visitor_registration", "visits", "tally"]
    assert keys[-1] == "sync"


def test_a_declaration_that_is_not_an_activity_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        processing, "_DECLARATIONS", (("desktop_app.core.processing", "GENERAL_MEASURES"),)
    )
    with pytest.raises(TypeError, match="GENERAL_MEASURES"):
        register_activities()


def test_every_field_is_filled(activities: tuple[ProcessingActivity, ...]) -> None:
    for activity in activities:
        for field in dataclasses.fields(activity):
            if field.name in ("special_categories", "tables"):
                continue
            value = getattr(activity, field.name)
            if isinstance(value, str):
                assert value.strip(), (activity.key, field.name)
                continue
            assert value, (activity.key, field.name)
            for item in value:
                text = item.explanation if isinstance(item, LegalBasis) else item
                assert isinstance(text, str) and text.strip(), (activity.key, field.name)
                assert text == text.strip() and "  " not in text, (activity.key, text)
        assert all(basis.ground in LegalGround for basis in activity.legal_bases)


def test_a_legal_basis_names_its_article() -> None:
    basis = LegalBasis(LegalGround.LEGITIMATE_INTERESTS, "Warum.")
    assert basis.text == "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse): Warum."
    assert LegalBasis(LegalGround.CONSENT, "x").citation.startswith("Art. 6 Abs. 1 lit. a ")


def test_declared_tables_exist(activities: tuple[ProcessingActivity, ...]) -> None:
    for activity in activities:
        assert set(activity.tables) <= set(Base.metadata.tables), activity.key


def test_every_table_of_people_belongs_to_an_activity(
    activities: tuple[ProcessingActivity, ...],
) -> None:
    """A new table is declared by its module, or named above with the reason it is not."""
    covered = {table for a in activities if a.key != "sync" for table in a.tables}
    undeclared = set(Base.metadata.tables) - covered - _NOT_AN_ACTIVITY_OF_THEIR_OWN
    assert not undeclared


def test_synced_activities_name_the_shared_database_as_recipient(
    activities: tuple[ProcessingActivity, ...],
) -> None:
    checked = 0
    for activity in activities:
        recipients = " ".join(activity.recipients)
        synced = [table for table in activity.tables if table in BY_NAME]
        if synced:
            assert SHARED_DATABASE in recipients, activity.key
            checked += 1
        elif activity.tables:
            assert SHARED_DATABASE not in recipients, activity.key
        # What stays behind is said to stay: local tables, and notes (the sync activity
        # lists them among its data, tested below).
        stays = [t for t in activity.tables if t in LOCAL_ONLY or t in PRIVATE_COLUMNS]
        if stays and activity.key != "sync":
            assert "nicht synchronisiert" in recipients, (activity.key, stays)
    assert checked >= 7


def test_the_district_is_named_where_its_views_read(
    activities: tuple[ProcessingActivity, ...],
) -> None:
    views = " ".join(district_statements("owner_role", "district_role"))
    read = {
        table.name
        for table in SYNC_TABLES
        if re.search(rf"\b{re.escape(SCHEMA)}\.{table.name}\b", views)
    }
    # The visitors' age and gender are read for counts by age group and gender only.
    assert {"visit", "tally_mark", "referral", "volunteer_hours", "visitor"} <= read
    assert "consent" not in read and "volunteer" not in read
    for activity in activities:
        recipients = " ".join(activity.recipients)
        if set(activity.tables) & read:
            assert "Bezirksamt" in recipients, activity.key
            assert "keine Angaben zu einzelnen Personen" in recipients, activity.key
        else:
            assert "Bezirksamt" not in recipients, activity.key


def test_buergergeld_never_leaves_the_desk(activities: tuple[ProcessingActivity, ...]) -> None:
    assert "volunteer_benefit_flag" in LOCAL_ONLY
    allowances = _by_key(activities, "allowances")
    assert "volunteer_benefit_flag" in allowances.tables
    assert "Der Bürgergeld-Vermerk verlässt den Arbeitsplatz nie" in " ".join(allowances.recipients)
    assert any("Bürgergeld" in text for text in allowances.data_categories)
    assert any(basis.ground is LegalGround.CONSENT for basis in allowances.legal_bases)
    never = shared_data_de()[-1]
    assert never.startswith("Verlassen den Arbeitsplatz nie:")
    assert "Bürgergeld-Vermerk" in never
    # No other activity holds it, so none can say it is shared.
    assert [a.key for a in activities if "volunteer_benefit_flag" in a.tables] == ["allowances"]


def test_no_activity_declares_special_categories(
    activities: tuple[ProcessingActivity, ...],
) -> None:
    for activity in activities:
        assert activity.special_categories == (), activity.key
        for text in (*activity.data_categories, *activity.data_subjects):
            found = [word for word in _SPECIAL if word in text.casefold()]
            assert not found, (activity.key, text)


def test_the_sync_declaration_follows_the_plan(activities: tuple[ProcessingActivity, ...]) -> None:
    sync = _by_key(activities, "sync")
    assert sync.tables == tuple(table.name for table in SYNC_TABLES)
    assert sync.data_categories == shared_data_de()
    described = " ".join(sync.data_categories)
    for table in SYNC_TABLES:
        # Every shared table has its German name, and the register uses it.
        assert table.name in TABLE_NAMES_DE, table.name
        assert TABLE_NAMES_DE[table.name] in described
    never = sync.data_categories[-1]
    for name in LOCAL_ONLY & set(TABLE_NAMES_DE):
        assert TABLE_NAMES_DE[name] in never
    assert "Notizen (Besucherinnen und Besucher)" in never


def test_register_content_collects_the_declarations() -> None:
    content = register_content(ISSUER, date(2026, 11, 23), officer="Frau Beispiel")
    assert content.activities == register_activities()
    assert content.issuer == ISSUER and content.officer == "Frau Beispiel"
    assert content.general_measures == processing.GENERAL_MEASURES


def test_declaring_an_activity_loads_no_database_layer() -> None:
    """Only the register imports the services: the declarations' module stays light."""
    script = (
        "import sys\nimport desktop_app.core.processing\n"
        "loaded = ('sqlalchemy', 'desktop_app.core.services')\n"
        "print(sorted(m for m in sys.modules if m.startswith(loaded)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
