"""``tresen admin``, ``tresen connect`` and ``tresen sync`` as an administrator and a
scheduled task use them: real processes, a real shared database, exit statuses."""

import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg

from desktop_app.core.records import FacilityDraft, VisitorDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.sync.schema import SCHEMA
from tests.conftest import open_on_duty
from tests.sync.conftest import Network
from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import server_address


def _tresen(*args: str, keyring_file: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
        "TRESEN_TEST_KEYRING_FILE": str(keyring_file),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def _desk_with_a_visitor(data_dir: Path) -> str:
    database = open_on_duty(data_dir)
    try:
        facility = SetupService(database.sessions).set_up(
            FacilityDraft(name="Stadtteilzentrum Nord", kind=FacilityKind.STADTTEILZENTRUM)
        )
        services = build_services(database.sessions, facility.id)
        return services.visitors.register(VisitorDraft(first_name="Mehmet")).number
    finally:
        database.close()


def test_an_administrator_sets_up_the_network_and_a_desk_syncs_from_the_command_line(
    network: Network, tmp_path: Path
) -> None:
    keyring_file = tmp_path / "keyring.json"
    url = network.admin_url
    again = _tresen("admin", "init-shared-db", "--url", url, "--role-prefix", network.prefix,
                    keyring_file=keyring_file)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "upgraded" in again.stdout

    added = _tresen("admin", "add-facility", "--url", url, "--name", "Stadtteilzentrum Nord",
                    keyring_file=keyring_file)  # fmt: skip
    assert added.returncode == 0, added.stderr
    found = re.search(r"role (\S+) and password (\S+)", added.stdout)
    assert found is not None, added.stdout
    role, password = found.groups()

    data_dir = tmp_path / "desk"
    number = _desk_with_a_visitor(data_dir)
    host, port = server_address()
    connect = ("connect", "--host", host, "--port", str(port), "--database", network.database,
               "--role", role, "--tls-mode", "disable", "--password-stdin",
               "--data-dir", str(data_dir))  # fmt: skip
    connected = _tresen(*connect, keyring_file=keyring_file, stdin=password + "\n")
    assert connected.returncode == 0, connected.stderr
    assert "Synced:" in connected.stdout
    assert password in keyring_file.read_text()  # in the keyring, …
    assert password not in (data_dir / "tresen.sqlite3").read_bytes().decode("latin-1")  # … only

    synced = _tresen("sync", "--data-dir", str(data_dir), keyring_file=keyring_file)
    assert synced.returncode == 0, synced.stderr
    assert "sent 0 change(s)" in synced.stdout

    with network.admin() as connection:
        numbers = connection.execute(f"SELECT number FROM {SCHEMA}.visitor").fetchall()
    assert numbers == [(number,)]


def test_sync_says_why_it_failed_and_exits_non_zero(network: Network, tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.json"
    data_dir = tmp_path / "desk"
    _desk_with_a_visitor(data_dir)

    not_connected = _tresen("sync", "--data-dir", str(data_dir), keyring_file=keyring_file)
    assert not_connected.returncode == 1
    assert "not connected to a shared database" in not_connected.stderr

    login = network.add_facility("Stadtteilzentrum Nord")
    with FaultProxy(*server_address()) as proxy:
        host, port = proxy.address
        connect = ("connect", "--host", host, "--port", str(port), "--database",
                   network.database, "--role", login.role, "--tls-mode", "disable",
                   "--password-stdin", "--data-dir", str(data_dir))  # fmt: skip
        assert _tresen(*connect, keyring_file=keyring_file, stdin=login.password).returncode == 0
        proxy.refuse()
        offline = _tresen("sync", "--data-dir", str(data_dir), keyring_file=keyring_file)
    assert offline.returncode == 1
    assert "cannot be reached" in offline.stderr
    assert "Traceback" not in offline.stderr


def test_a_desk_cannot_sync_without_a_database(tmp_path: Path) -> None:
    result = _tresen("sync", "--data-dir", str(tmp_path / "nothing"),
                     keyring_file=tmp_path / "k.json")  # fmt: skip
    assert result.returncode == 2
    assert "set up this desk first" in result.stderr


def test_the_district_login_reads_aggregates_only(network: Network, tmp_path: Path) -> None:
    result = _tresen("admin", "add-district-user", "--url", network.admin_url,
                     keyring_file=tmp_path / "k.json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = re.search(r"District login (\S+) with password (\S+)", result.stdout)
    assert found is not None
    role = found.group(1)
    with network.admin() as connection:
        connection.execute(f"SET ROLE {role}")
        assert connection.execute("SELECT count(*) FROM tresen_district.visits_by_month").fetchone()
        try:
            connection.execute(f"SELECT count(*) FROM {SCHEMA}.visitor")
        except psycopg.errors.InsufficientPrivilege:
            pass
        else:
            raise AssertionError("the district login read the visitors table")
