"""What can stop a sync, in words for the desk; and telling the causes apart."""

import psycopg

from desktop_app.core.errors import TresenError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class SyncProblem(TresenError):
    """A sync did not complete; nothing entered at the desk is lost, the changes wait."""


class NotConnected(SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This desk is not connected to a shared database yet. Enter the server in "
                "the settings.",
            )
        )


class ServerUnreachable(SyncProblem):
    def __init__(self, host: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database at {host} cannot be reached. This desk works on; its "
                "changes are sent as soon as the connection is back.",
            ),
            host=host,
        )


class WrongPassword(SyncProblem):
    def __init__(self, role: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database refused the password for {role}. Check the password in "
                "the settings, or ask the administrator for the right one.",
            ),
            role=role,
        )


class CertificateProblem(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database's certificate could not be verified ({detail}). Ask the "
                "administrator; do not connect until it is sorted out.",
            ),
            detail=detail,
        )


class ConnectionLost(SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection to the shared database broke off during the sync. Nothing is "
                "lost; the next sync continues where this one stopped.",
            )
        )


class ClockSkew(SyncProblem):
    def __init__(self, minutes: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer's clock differs from the shared database's by {minutes} "
                "minutes. Please correct the date and time; until then changes wait here.",
            ),
            minutes=minutes,
        )


class DeskTooOld(SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database needs a newer Tresen. Please install the update; until "
                "then this desk works on its own and its changes wait.",
            )
        )


class ServerTooOld(SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database is older than this Tresen. The administrator needs to "
                "run “tresen admin init-shared-db” once; until then changes wait here.",
            )
        )


class NotRegistered(SyncProblem):
    def __init__(self, role: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The account {role} belongs to no facility on the shared database. Ask the "
                "administrator to register the facility.",
            ),
            role=role,
        )


class OtherFacility(SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This desk serves another facility than the account it connects with. "
                "Connect it again in the settings.",
            )
        )


class ServerRestored(SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database was restored from a backup. The administrator needs to "
                "run “tresen admin init-shared-db” once; afterwards this desk catches up by "
                "itself, keeping its unsent changes.",
            )
        )


class Refused(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database refused this desk's changes ({detail}). They are kept "
                "here; please tell the administrator.",
            ),
            detail=detail,
        )


UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "The sync stopped because of an unexpected error, which is written to the log. Nothing "
    "entered here is lost; the changes wait for the next sync.",
)


HELD_BACK = QT_TRANSLATE_NOOP(
    "errors",
    "A long-running transaction on the shared database has held back other desks' changes "
    "for {minutes} minutes. Nothing is lost; please tell the administrator.",
)


def explain_connect_error(exc: psycopg.OperationalError, *, host: str, role: str) -> SyncProblem:
    """Tell a wrong password, an unreachable server and a certificate problem apart."""
    text = str(exc).lower()
    if "password" in text or "authentication failed" in text:
        return WrongPassword(role)
    if "certificate" in text or "ssl" in text or "tls" in text:
        return CertificateProblem(str(exc).strip().splitlines()[-1][:200])
    if "does not exist" in text and "role" in text:
        return WrongPassword(role)
    return ServerUnreachable(host)
