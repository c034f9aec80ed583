"""Records of processing activities (Art. 30 GDPR), declared by the modules that process.

A module that processes personal data ends with ``PROCESSING_ACTIVITY = ProcessingActivity(…)``,
written in German for the register the facility prints and hands to the supervisory
authority on request. ``register_activities()`` collects the declarations in a fixed order.
The texts describe what the program records and where it goes; a module that changes what
it records changes its declaration in the same edit.
"""

import importlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.core.document_records import Letterhead

NO_THIRD_COUNTRY = (
    "Keine. Es werden keine Daten in Drittländer außerhalb von EU und EWR oder an "
    "internationale Organisationen übermittelt."
)


class LegalGround(StrEnum):
    """The grounds of Art. 6(1) GDPR, by their letter (d, vital interests, is none of Tresen's)."""

    CONSENT = "a"
    CONTRACT = "b"
    LEGAL_OBLIGATION = "c"
    PUBLIC_TASK = "e"
    LEGITIMATE_INTERESTS = "f"


LEGAL_GROUND_LABELS: dict[LegalGround, str] = {
    LegalGround.CONSENT: "Einwilligung",
    LegalGround.CONTRACT: "Vertrag oder Vereinbarung mit der Person",
    LegalGround.LEGAL_OBLIGATION: "rechtliche Verpflichtung",
    LegalGround.PUBLIC_TASK: "Aufgabe im öffentlichen Interesse",
    LegalGround.LEGITIMATE_INTERESTS: "berechtigtes Interesse",
}


@dataclass(frozen=True)
class LegalBasis:
    """One ground of Art. 6(1) GDPR and, in a sentence, what it covers here."""

    ground: LegalGround
    explanation: str

    @property
    def citation(self) -> str:
        """ "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)"."""
        return f"Art. 6 Abs. 1 lit. {self.ground.value} DSGVO ({LEGAL_GROUND_LABELS[self.ground]})"

    @property
    def text(self) -> str:
        return f"{self.citation}: {self.explanation}"


@dataclass(frozen=True)
class ProcessingActivity:
    """One entry of the register: what is processed, why, on which ground, for whom, how long.

    Every text is German, as printed. ``tables`` names the local tables that hold the
    activity's records, so that tests can hold the texts to the sync plan; it is not
    printed. ``special_categories`` stays empty: Tresen has no field for data of Art. 9
    GDPR, and a module that ever needed one would have to say so here.
    """

    key: str
    name: str
    purposes: tuple[str, ...]
    legal_bases: tuple[LegalBasis, ...]
    data_subjects: tuple[str, ...]
    data_categories: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: tuple[str, ...]
    measures: tuple[str, ...]
    third_country_transfers: str = NO_THIRD_COUNTRY
    special_categories: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()


# Wordings the declarations share, so that the register says one thing one way.

SHARED_DATABASE = "gemeinsame Datenbank des Einrichtungsverbunds"

SHARED_DATABASE_FACILITY = (
    f"Die {SHARED_DATABASE} (PostgreSQL): Die Datensätze werden dorthin synchronisiert, "
    "damit alle Arbeitsplätze der Einrichtung denselben Stand haben. Lesen und ändern "
    "können sie nur die Arbeitsplätze dieser Einrichtung (eigene Datenbankrolle, "
    "Zeilenschutz der Datenbank); andere Einrichtungen sehen sie nicht."
)

DISTRICT_AGGREGATES = (
    "Bezirksamt Mitte (Zugang des Bezirks zur gemeinsamen Datenbank): ausschließlich "
    "zusammengefasste Zahlen je Einrichtung, Angebot, Handlungsfeld, Altersgruppe, Geschlecht "
    "und Monat, von der Datenbank selbst gezählt; Zahlen unter 3 Personen gibt sie nicht "
    "heraus; keine Angaben zu einzelnen Personen."
)

ADJUSTABLE = (
    "Die Fristen sind Voreinstellungen, die die Einrichtung ändern kann; ein Löschlauf zeigt "
    "vorher, was er löscht, und fragt nach."
)

# The measures every activity shares; the register prints them once, before the activities.
GENERAL_MEASURES: tuple[str, ...] = (
    "Jeder Arbeitsplatz arbeitet mit einer eigenen Datenbank auf dem PC der Einrichtung; bevor "
    "ein Update die Datenbank umstellt, legt das Programm eine Sicherungskopie an.",
    "Niemand arbeitet anonym: Anmeldung mit persönlichem Benutzerkonto. Rollen (Empfang, "
    "Koordination, Verwaltung) bestimmen, was jede Person sieht und tun darf; Exporte, "
    "Löschungen, Einwilligungsverwaltung und Einstellungen nur für Koordination und Verwaltung.",
    "Passwörter und PINs werden nur als argon2id-Hash gespeichert; wiederholte Fehlversuche "
    "verlängern die Wartezeit.",
    "Der Bildschirm sperrt sich nach Inaktivität (Voreinstellung 10 Minuten) und per "
    "Tastenkürzel; entsperrt wird mit Passwort oder PIN.",
    "Protokoll: wer personenbezogene Daten angesehen, gedruckt, exportiert, geändert oder "
    "gelöscht hat und wann; nur fortschreibbar, jeder Eintrag über einen Hashwert mit dem "
    "vorigen verkettet, sodass eine Veränderung auffällt.",
    "Keine Felder für besondere Kategorien personenbezogener Daten (Art. 9 DSGVO); "
    "Notizfelder weisen darauf hin, dort keine solchen Angaben einzutragen.",
    "Jede Eingabe wird geprüft; ein fehlerhaftes Formular speichert nichts halb.",
    "Die Verbindung zur gemeinsamen Datenbank ist mit TLS verschlüsselt; ihr Passwort liegt "
    "im Schlüsselbund des Betriebssystems, nie in einer Datei.",
)


# The declarations below belong to modules that are still being written; each moves into
# its module (as that module's PROCESSING_ACTIVITY) once the module exists, and
# ``_DECLARATIONS`` then names it there.

CONSENT_RECORDS = ProcessingActivity(
    key="consent_records",
    name="Einwilligungen",
    purposes=(
        "Nachweis, wer wann in welchen Zweck eingewilligt hat (Art. 7 Abs. 1 DSGVO), je "
        "Zweck einzeln: Speichern der Registrierung, Kontakt per Telefon oder E-Mail, Fotos, "
        "freiwillige Angaben für die Statistik, Weitergabe bei einer Vermittlung.",
        "Widerruf mit einem Schritt und die Löschung oder Anonymisierung, die aus ihm folgt.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.LEGAL_OBLIGATION,
            "Pflicht, eine Einwilligung nachweisen zu können (Art. 7 Abs. 1 DSGVO) und "
            "ihren Widerruf umzusetzen (Art. 7 Abs. 3 DSGVO).",
        ),
    ),
    data_subjects=(
        "Registrierte Besucherinnen und Besucher, die eingewilligt haben; bei Personen "
        "unter 16 Jahren zusätzlich die sorgeberechtigte Person, die eingewilligt hat.",
    ),
    data_categories=(
        "Bezug zur registrierten Person.",
        "Zweck der Einwilligung, Version und Sprache des Einwilligungstextes.",
        "Zeitpunkt der Einwilligung und wie sie gegeben wurde (unterschriebenes Formular "
        "oder mündlich); Zeitpunkt eines Widerrufs.",
        "Bei einer Vermittlung: Empfänger, weitergegebene Daten und Zweck der Weitergabe, "
        "Bezug zur Vermittlung.",
        "Das unterschriebene Einwilligungsformular auf Papier.",
    ),
    recipients=(SHARED_DATABASE_FACILITY,),
    retention=(
        "Solange die Verarbeitung dauert, auf die sich die Einwilligung bezieht, und danach "
        "3 Jahre als Nachweis.",
        ADJUSTABLE,
    ),
    measures=(
        "Jede Einwilligung ist ein eigener Datensatz für einen Zweck; es gibt keine "
        "Pauschaleinwilligung.",
        "Der Widerruf ist ein Schritt, so einfach wie die Einwilligung, und wird mit "
        "Zeitpunkt festgehalten.",
        "Einwilligungen verwalten und widerrufen nur Koordination und Verwaltung.",
    ),
    tables=("consent",),
)

ACCESS_REQUESTS = ProcessingActivity(
    key="access_requests",
    name="Anfragen betroffener Personen (Auskunft, Berichtigung, Löschung)",
    purposes=(
        "Auskunft nach Art. 15 DSGVO: ein Bericht mit allen gespeicherten Daten einer "
        "Person, Zwecken, Empfängern, Fristen, Herkunft und Rechten, als PDF und als "
        "maschinenlesbare JSON-Datei, oder die Antwort, dass nichts gespeichert ist.",
        "Anfragen auf Auskunft, Berichtigung und Löschung verfolgen, damit die Frist von "
        "einem Monat (Art. 12 Abs. 3 DSGVO) eingehalten wird.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.LEGAL_OBLIGATION,
            "Pflicht, Anfragen betroffener Personen fristgerecht zu beantworten und das "
            "nachweisen zu können (Art. 12 bis 17 DSGVO, Art. 5 Abs. 2 DSGVO).",
        ),
    ),
    data_subjects=("Personen, die eine Anfrage stellen, und Personen, die für sie handeln.",),
    data_categories=(
        "Name der anfragenden Person, wie sie ihn angibt; Bezug zu ihrer Registrierung, wenn "
        "es eine gibt.",
        "Art der Anfrage (Auskunft, Berichtigung, Löschung), Eingangsdatum, Frist, Datum der "
        "Antwort, Bemerkung.",
    ),
    recipients=(
        "Die anfragende Person erhält die Auskunft; sonst niemand.",
        SHARED_DATABASE_FACILITY,
    ),
    retention=(
        "3 Jahre nach Erledigung der Anfrage, als Nachweis der fristgerechten Antwort.",
        ADJUSTABLE,
    ),
    measures=(
        "Auskunftsberichte erstellen nur Koordination und Verwaltung; jede Erstellung wird "
        "protokolliert.",
        "Die Frist jeder Anfrage ist sichtbar, bis sie erledigt ist.",
    ),
    tables=("data_request",),
)

STAFF_ACCOUNTS = ProcessingActivity(
    key="staff_accounts",
    name="Benutzerkonten der Mitarbeitenden und Protokoll der Zugriffe",
    purposes=(
        "Anmeldung am Programm mit persönlichem Konto und einer Rolle, die festlegt, was die "
        "Person sehen und tun darf.",
        "Nachvollziehen, wer personenbezogene Daten angesehen, gedruckt, exportiert, "
        "geändert oder gelöscht hat, und Erkennen unberechtigter Zugriffe.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.CONTRACT,
            "Das Konto ist nötig, damit die Person ihre Arbeit am Tresen tun kann "
            "(Arbeitsvertrag oder Engagementvereinbarung).",
        ),
        LegalBasis(
            LegalGround.LEGAL_OBLIGATION,
            "Pflicht zur Sicherheit der Verarbeitung (Art. 32 DSGVO) und zum Nachweis ihrer "
            "Rechtmäßigkeit (Art. 5 Abs. 2 DSGVO).",
        ),
    ),
    data_subjects=(
        "Mitarbeitende und Freiwillige mit einem Benutzerkonto.",
        "Personen, deren Datensätze im Protokoll genannt werden (nur mit ihrer Kennung).",
    ),
    data_categories=(
        "Benutzername, angezeigter Name, Rolle, ob das Konto aktiv ist.",
        "Passwort und PIN nur als argon2id-Hash; Anzahl und Zeitpunkt fehlgeschlagener "
        "Anmeldungen.",
        "Protokoll: Zeitpunkt, handelnde Person, Handlung (angesehen, gedruckt, exportiert, "
        "angelegt, geändert, gelöscht, angemeldet), Art und Kennung des Datensatzes, Namen "
        "geänderter Felder; keine Inhalte der Datensätze.",
    ),
    recipients=(
        "Keine. Benutzerkonten und Protokoll bleiben auf dem Arbeitsplatz; sie werden nicht "
        "synchronisiert.",
    ),
    retention=(
        "Benutzerkonten: solange die Person für die Einrichtung tätig ist; danach wird das "
        "Konto deaktiviert, damit das Protokoll ihre Einträge weiter zuordnen kann.",
        "Protokolleinträge werden von Löschläufen nicht gelöscht: Jeder ist mit dem vorigen "
        "verkettet, und sie nennen Datensätze nur mit ihrer Kennung, ohne deren Inhalt.",
        ADJUSTABLE,
    ),
    measures=(
        "Das Protokoll lässt sich nur fortschreiben; Änderungen und Löschungen verweigert "
        "die Datenbank, und die Hash-Kette zeigt, ob ein Eintrag an ihr vorbei verändert "
        "wurde.",
        "Protokoll und Konten sehen nur Koordination und Verwaltung; Konten verwaltet nur "
        "die Verwaltung.",
    ),
    tables=("staff_account", "audit_entry"),
)


@dataclass(frozen=True)
class ProcessingRegisterContent:
    """The register as printed: the facility (the controller), the date, the activities."""

    issuer: Letterhead
    printed_on: date
    activities: tuple[ProcessingActivity, ...]
    officer: str = ""  # the data-protection officer's name and contact, if one is named
    general_measures: tuple[str, ...] = GENERAL_MEASURES


# Where each declaration lives, in the register's order: (module, name of the constant).
# The modules are imported when the register is asked for, not with this one, so that
# declaring an activity never makes a module load the whole service layer.
_DECLARATIONS: tuple[tuple[str, str], ...] = (
    ("desktop_app.core.services.visitors", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.services.visits", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.services.tally", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.services.statistics", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.processing", "CONSENT_RECORDS"),
    ("desktop_app.core.services.referrals", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.services.volunteers", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.services.allowances", "PROCESSING_ACTIVITY"),
    ("desktop_app.core.processing", "ACCESS_REQUESTS"),
    ("desktop_app.core.processing", "STAFF_ACCOUNTS"),
    ("desktop_app.core.sharing", "PROCESSING_ACTIVITY"),
)

DECLARING_MODULES: tuple[str, ...] = tuple(dict.fromkeys(module for module, _ in _DECLARATIONS))


def register_activities() -> tuple[ProcessingActivity, ...]:
    """Every declared processing activity, in the register's order."""
    activities = []
    for module_name, constant in _DECLARATIONS:
        declared = getattr(importlib.import_module(module_name), constant)
        if not isinstance(declared, ProcessingActivity):
            raise TypeError(f"{module_name}.{constant} is not a ProcessingActivity")
        activities.append(declared)
    return tuple(activities)


def register_content(
    issuer: Letterhead, printed_on: date, *, officer: str = ""
) -> ProcessingRegisterContent:
    """The register of ``issuer``'s desk as of ``printed_on``."""
    return ProcessingRegisterContent(
        issuer=issuer, printed_on=printed_on, activities=register_activities(), officer=officer
    )
