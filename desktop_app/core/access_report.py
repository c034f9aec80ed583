"""The access report (Art. 15 GDPR) as a record: one person's data, in German, and as JSON.

The service gathers everything the desk holds about a person into an ``AccessReport``;
the documents print it and ``to_json`` writes the same content machine-readably. Values
stay typed (dates, amounts, hours) until they are shown, so that the PDF writes them the
German way and the JSON the ISO way. The report is German: it is written for the person
and for the office that answers the request.
"""

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.document_records import Letterhead
from desktop_app.core.processing import NO_THIRD_COUNTRY, SHARED_DATABASE, ProcessingActivity

# The report's name, as its title and in the JSON.
REPORT_TITLE = "Auskunft nach Art. 15 DSGVO"
# Changes whenever the JSON's structure does, so that a program reading it can tell.
JSON_FORMAT = "tresen-auskunft/1"


@dataclass(frozen=True)
class Money:
    """An amount in euro cents."""

    cents: int


@dataclass(frozen=True)
class Hours:
    """A duration kept in minutes, shown as hours."""

    minutes: int


Value = str | int | bool | date | datetime | Money | Hours | None


@dataclass(frozen=True)
class ReportField:
    """One stored value with its German label; ``key`` is the stable name in the JSON."""

    key: str
    label: str
    value: Value


@dataclass(frozen=True)
class ReportColumn:
    key: str
    label: str
    numeric: bool = False  # amounts and hours: aligned on the right when printed


@dataclass(frozen=True)
class ReportTable:
    """Records of one kind, one row each, a value per column."""

    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[Value, ...], ...]


@dataclass(frozen=True)
class ReportSection:
    """One kind of data held: its fields (a single record) or a table (many)."""

    key: str
    title: str
    fields: tuple[ReportField, ...] = ()
    table: ReportTable | None = None
    note: str = ""  # a sentence under the title that says what the section shows


@dataclass(frozen=True)
class AccessReport:
    """Everything one person is told: the data, why and how long it is kept, who receives
    it, where it comes from and the person's rights; or that nothing is held.

    ``activities`` are the register's processing activities that the data found falls
    under (their purposes, legal bases, recipients and retention, as declared).
    """

    requester: str
    controller: Letterhead
    made_at: datetime
    intro: str
    sections: tuple[ReportSection, ...]
    activities: tuple[ProcessingActivity, ...]
    recipients: tuple[str, ...]
    source: tuple[str, ...]
    further: tuple[ReportField, ...]
    rights: tuple[str, ...]
    no_data: bool = False


class PersonKind(StrEnum):
    VISITOR = "visitor"
    VOLUNTEER = "volunteer"


@dataclass(frozen=True)
class PersonMatch:
    """A person found for an access request: a visitor or a volunteer."""

    kind: PersonKind
    id: uuid.UUID
    display_name: str
    birth_year: int | None
    number: str = ""  # the visitor number; volunteers have none


# The fixed texts.

INTRO = (
    "Sie haben gefragt, welche Daten unsere Einrichtung über Sie gespeichert hat. Hier "
    "stehen alle Angaben, die das Programm Tresen der Einrichtung zu Ihrer Person enthält, "
    "dazu, wofür und wie lange wir sie speichern, wer sie erhält, woher sie stammen und "
    "welche Rechte Sie haben."
)
NO_DATA_INTRO = (
    "Sie haben gefragt, ob unsere Einrichtung Daten über Sie gespeichert hat (Art. 15 "
    "DSGVO). Wir haben im Programm Tresen der Einrichtung nach Ihnen gesucht und keine "
    "Daten zu Ihrer Person gefunden: Wir verarbeiten dort keine personenbezogenen Daten "
    "über Sie."
)
NO_DATA_REQUEST_KEPT = (
    "Festgehalten werden nur Ihre Anfrage und diese Antwort. Speicherdauer: {retention}"
)

SOURCE_DESK = (
    "Die Angaben stammen von Ihnen selbst: Sie wurden am Tresen der Einrichtung erfasst, "
    "als Sie sich registriert, ein Angebot besucht, eingewilligt oder eine Vermittlung "
    "erhalten haben."
)
SOURCE_VOLUNTEER = (
    "Die Angaben zu Ihrem freiwilligen Engagement haben Sie der Einrichtung gegeben; Ihre "
    "Stunden und Zahlungen trägt die Einrichtung ein."
)
SOURCE_REFERRAL_STEPS = (
    "Ankunft und Ausgang einer Vermittlung kann auch die aufnehmende Einrichtung "
    "eintragen, wenn Sie eingewilligt haben, dass sie die Vermittlung sieht."
)
SOURCE_AUDIT = (
    "Das Protokoll der Zugriffe schreibt das Programm selbst, bei jeder Handlung mit Ihren Daten."
)

RECIPIENTS_SHARED = (
    f"Die {SHARED_DATABASE} (PostgreSQL), dorthin synchronisiert, damit alle Arbeitsplätze "
    "der Einrichtung denselben Stand haben: {tables}. Lesen und ändern können sie nur die "
    "Arbeitsplätze dieser Einrichtung; andere Einrichtungen sehen sie nicht."
)
RECIPIENTS_REFERRALS = (
    f"Ihre Vermittlungen, wie der Vermittlungsschein sie zeigt, und ihre Schritte stehen "
    f"ebenfalls in der {SHARED_DATABASE}. Lesen können sie die Arbeitsplätze dieser "
    "Einrichtung und, nur wenn Sie eingewilligt haben, die der aufnehmenden Einrichtung. Dass "
    "die Vermittlung Sie betrifft, weiß nur diese Einrichtung."
)
RECIPIENTS_REFERRAL_SHARED = (
    "{receiver}: sieht mit Ihrer Einwilligung die Vermittlung {code} so, wie der "
    "Vermittlungsschein sie zeigt, und trägt Ankunft und Ausgang ein."
)
RECIPIENTS_SLIP = (
    "Die Stelle, an die wir Sie vermittelt haben, erhält den Vermittlungsschein von Ihnen selbst."
)
RECIPIENTS_NEVER = "Verlassen diesen Arbeitsplatz nie: {items}."

FURTHER: tuple[ReportField, ...] = (
    ReportField("third_countries", "Übermittlung in Drittländer", NO_THIRD_COUNTRY),
    ReportField(
        "automated_decisions",
        "Automatisierte Entscheidungen",
        "Keine. Es gibt keine automatisierte Entscheidung im Einzelfall und kein Profiling "
        "(Art. 22 DSGVO).",
    ),
)

RIGHTS: tuple[str, ...] = (
    "Auskunft (Art. 15 DSGVO): Sie können jederzeit erneut fragen, welche Daten wir über "
    "Sie speichern, und eine Kopie erhalten.",
    "Berichtigung (Art. 16 DSGVO): Sind Angaben falsch oder unvollständig, berichtigen wir sie.",
    "Löschung (Art. 17 DSGVO): Sie können verlangen, dass wir Ihre Daten löschen, soweit "
    "wir sie nicht aufbewahren müssen (etwa Belege über Zahlungen).",
    "Einschränkung (Art. 18 DSGVO): Sie können verlangen, dass wir Ihre Daten nur noch "
    "speichern und nicht mehr nutzen, etwa solange geprüft wird, ob sie richtig sind.",
    "Datenübertragbarkeit (Art. 20 DSGVO): Die Daten, die Sie uns gegeben haben, erhalten "
    "Sie auf Wunsch auch als maschinenlesbare Datei (JSON).",
    "Widerspruch (Art. 21 DSGVO): Verarbeiten wir Daten auf Grund eines berechtigten "
    "Interesses, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, "
    "widersprechen.",
    "Widerruf (Art. 7 Abs. 3 DSGVO): Eine Einwilligung können Sie jederzeit widerrufen, so "
    "einfach, wie Sie sie gegeben haben; was bis dahin geschah, bleibt rechtmäßig.",
    "Beschwerde (Art. 77 DSGVO): Sie können sich bei einer Aufsichtsbehörde für den "
    "Datenschutz beschweren, in Berlin bei der Berliner Beauftragten für Datenschutz und "
    "Informationsfreiheit (www.datenschutz-berlin.de).",
    "Für jedes dieser Anliegen wenden Sie sich an die Einrichtung, deren Anschrift oben "
    "steht. Die Antwort ist kostenlos und kommt spätestens nach einem Monat.",
)

YES = "ja"
NO = "nein"
NOTHING = "–"


# What the sections show, in German.

# The sections in their order, by key: their titles.
SECTION_TITLES: dict[str, str] = {
    "visitor": "Registrierung als Besucherin oder Besucher",
    "visits": "Besuche",
    "consents": "Einwilligungen",
    "referrals": "Vermittlungen",
    "referral_steps": "Schritte der Vermittlungen",
    "volunteer": "Freiwilliges Engagement",
    "trainings": "Fortbildungen",
    "hours": "Stunden des freiwilligen Engagements",
    "allowances": "Aufwandsentschädigungen",
    "benefit_flag": "Vermerk zum Bürgergeld",
    "requests": "Ihre Anfragen zu Ihren Daten",
    "conflicts": "Abweichende Werte aus der Synchronisation",
    "accesses": "Zugriffe und Änderungen (Protokoll)",
}
HOURS_NOTE = "Jede Fassung eines Eintrags bleibt erhalten, auch korrigierte und zurückgenommene."

# The labels of the stored fields, by column name: the audit trail names changed fields
# by these names too.
VISITOR_LABELS: dict[str, str] = {
    "number": "Besuchernummer",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "birth_year": "Geburtsjahr",
    "age_band": "Altersgruppe",
    "gender": "Geschlecht",
    "preferred_language": "Bevorzugte Sprache",
    "postcode": "Postleitzahl",
    "phone": "Telefon",
    "email": "E-Mail",
    "notes": "Notizen",
    "created_at": "Registriert am",
    "updated_at": "Zuletzt geändert am",
    "id": "Interne Kennung im Programm",
}
VOLUNTEER_LABELS: dict[str, str] = {
    "first_name": "Vorname",
    "last_name": "Nachname",
    "email": "E-Mail",
    "phone": "Telefon",
    "birth_date": "Geburtsdatum",
    "birth_year": "Geburtsjahr",
    "started_on": "Beginn des Engagements",
    "ended_on": "Ende des Engagements",
    "activities": "Tätigkeiten",
    "agreement_signed_on": "Engagementvereinbarung unterschrieben am",
    "police_certificate_seen_on": "Erweitertes Führungszeugnis eingesehen am",
    "school_pass": "Schulvariante des FreiwilligenPasses",
    "notes": "Notizen",
    "visitor_id": "Registriert als Besucherin oder Besucher (Besuchernummer)",
    "created_at": "Angelegt am",
    "updated_at": "Zuletzt geändert am",
    "id": "Interne Kennung im Programm",
}
# Further column names the audit trail may name in a change, in German.
OTHER_COLUMN_LABELS: dict[str, str] = {
    "purpose": "Zweck",
    "withdrawn_at": "Widerruf",
    "minutes": "Dauer",
    "status": "Stand",
    "reason": "Grund",
    "paid_on": "Zahlungsdatum",
    "amount_cents": "Betrag",
    "kind": "Art",
    "activity": "Tätigkeit",
    "note": "Bemerkung",
    "title": "Titel",
    "held_on": "Datum",
    "deleted_at": "Löschung",
    "visitor_id": "Bezug zur Person",
}
VISITS = (ReportColumn("visited_at", "Zeitpunkt"), ReportColumn("offer", "Angebot"))
CONSENTS = (
    ReportColumn("purpose", "Zweck"),
    ReportColumn("given_at", "Erteilt am"),
    ReportColumn("manner", "Art"),
    ReportColumn("text_version", "Fassung"),
    ReportColumn("language", "Sprache"),
    ReportColumn("recorded_by", "Erfasst von"),
    ReportColumn("guardian_name", "Sorgeberechtigte Person"),
    ReportColumn("recipient", "Empfänger"),
    ReportColumn("data_shared", "Weitergegebene Daten"),
    ReportColumn("purpose_text", "Zweck der Weitergabe"),
    ReportColumn("referral", "Vermittlung"),
    ReportColumn("withdrawn_at", "Widerrufen am"),
)
REFERRALS = (
    ReportColumn("code", "Code"),
    ReportColumn("issued_on", "Ausgestellt am"),
    ReportColumn("target", "Ziel"),
    ReportColumn("field_of_action", "Handlungsfeld"),
    ReportColumn("purpose", "Anliegen"),
    ReportColumn("appointment_at", "Termin"),
    ReportColumn("person_label", "Name auf dem Schein"),
    ReportColumn("slip_language", "Sprache des Scheins"),
    ReportColumn("status", "Stand"),
    ReportColumn("status_changed_at", "Stand seit"),
    ReportColumn("shared_with_receiver", "Für die aufnehmende Einrichtung sichtbar"),
    ReportColumn("receiver", "Aufnehmende Einrichtung im Verbund"),
)
REFERRAL_STEPS = (
    ReportColumn("code", "Vermittlung"),
    ReportColumn("occurred_at", "Zeitpunkt"),
    ReportColumn("status", "Schritt"),
    ReportColumn("facility", "Eingetragen von"),
)
TRAININGS = (
    ReportColumn("title", "Fortbildung"),
    ReportColumn("held_on", "Datum"),
    ReportColumn("hours", "Stunden", numeric=True),
)
HOURS = (
    ReportColumn("worked_on", "Datum"),
    ReportColumn("activity", "Tätigkeit"),
    ReportColumn("offer", "Angebot"),
    ReportColumn("hours", "Stunden", numeric=True),
    ReportColumn("status", "Stand"),
    ReportColumn("recorded_by", "Erfasst von"),
    ReportColumn("recorded_at", "Erfasst am"),
    ReportColumn("reason", "Grund"),
    ReportColumn("withdrawn_at", "Zurückgenommen am"),
    ReportColumn("withdrawn_by", "Zurückgenommen von"),
)
ALLOWANCES = (
    ReportColumn("paid_on", "Datum"),
    ReportColumn("amount", "Betrag", numeric=True),
    ReportColumn("kind", "Art"),
    ReportColumn("activity", "Tätigkeit"),
    ReportColumn("note", "Bemerkung"),
)
REQUESTS = (
    ReportColumn("kind", "Art"),
    ReportColumn("requester", "Angefragt von"),
    ReportColumn("received_on", "Eingegangen am"),
    ReportColumn("due_on", "Frist"),
    ReportColumn("answered_on", "Beantwortet am"),
    ReportColumn("note", "Bemerkung"),
)
ACCESSES = (
    ReportColumn("occurred_at", "Zeitpunkt"),
    ReportColumn("action", "Handlung"),
    ReportColumn("record", "Datensatz"),
    ReportColumn("detail", "Einzelheiten"),
    ReportColumn("staff", "Mitarbeitende"),
)

CONFLICTS = (
    ReportColumn("noticed_at", "Bemerkt am"),
    ReportColumn("record", "Datensatz"),
    ReportColumn("field", "Feld"),
    ReportColumn("kept", "Behaltener Wert"),
    ReportColumn("other", "Anderer Wert"),
    ReportColumn("resolved_at", "Entschieden am"),
)
CONFLICTS_NOTE = (
    "Zwei Arbeitsplätze haben dasselbe Feld verschieden geändert, während sie nicht "
    "verbunden waren. Ein Wert gilt; den anderen bewahrt die Einrichtung auf, bis sie "
    "entschieden hat, welcher richtig ist."
)
ACCESSES_NOTE = (
    "Wer in der Einrichtung Ihre Daten angelegt, geändert, gelöscht, angesehen, gedruckt oder "
    "exportiert hat. Bei einer Änderung nennt das Protokoll nur die geänderten Felder, nie "
    "ihre Werte."
)
BENEFIT_NOTE = (
    "Nur auf diesem Arbeitsplatz gespeichert, mit Ihrer Einwilligung; er wird nie "
    "synchronisiert, an niemanden weitergegeben und auf keinem Schein gedruckt."
)
BENEFIT_TEXT = "Sie beziehen Bürgergeld."
BENEFIT_LABELS: dict[str, str] = {
    "receives": "Vermerk",
    "consent_given_on": "Einwilligung gegeben am",
    "consent_manner": "Art der Einwilligung",
}


# German words for the codes the tables store; an unknown code is shown as it is.

GENDERS_DE = {
    "female": "weiblich",
    "male": "männlich",
    "diverse": "divers",
    "unspecified": "keine Angabe",
}
CONSENT_PURPOSES_DE = {
    "registration": "Speichern der Registrierung",
    "contact": "Kontakt per Telefon oder E-Mail",
    "photos": "Fotos",
    "demographics": "Freiwillige Angaben für die Statistik",
    "referral": "Weitergabe bei einer Vermittlung",
}
CONSENT_MANNERS_DE = {"signed_form": "unterschriebenes Formular", "verbal": "mündlich"}
REFERRAL_STATUSES_DE = {
    "created": "erstellt",
    "handed_out": "ausgegeben",
    "arrived": "angekommen",
    "completed": "abgeschlossen",
    "not_taken_up": "nicht wahrgenommen",
    "declined": "abgelehnt",
    "cancelled": "storniert",
}
ALLOWANCE_KINDS_DE = {
    "uebungsleiter": "Übungsleiterpauschale (§ 3 Nr. 26 EStG)",
    "ehrenamt": "Ehrenamtspauschale (§ 3 Nr. 26a EStG)",
}
HOURS_STATUSES_DE = {
    "active": "gültig",
    "corrected": "korrigiert, ersetzt",
    "withdrawn": "zurückgenommen",
}
REQUEST_KINDS_DE = {"access": "Auskunft", "correction": "Berichtigung", "erasure": "Löschung"}
AUDIT_ACTIONS_DE = {
    "view": "angesehen",
    "print": "gedruckt",
    "export": "exportiert",
    "create": "angelegt",
    "change": "geändert",
    "delete": "gelöscht",
    "sign_in": "angemeldet",
    "refused": "Anmeldung verweigert",
}
LANGUAGES_DE = {
    "de": "Deutsch",
    "en": "Englisch",
    "tr": "Türkisch",
    "ar": "Arabisch",
    "ru": "Russisch",
    "uk": "Ukrainisch",
    "pl": "Polnisch",
    "fa": "Persisch (Farsi/Dari)",
    "ku": "Kurdisch",
    "ro": "Rumänisch",
    "bg": "Bulgarisch",
    "sr": "Serbisch/Kroatisch/Bosnisch",
    "vi": "Vietnamesisch",
    "fr": "Französisch",
    "es": "Spanisch",
    "it": "Italienisch",
    "ti": "Tigrinya",
    "so": "Somali",
    "ps": "Paschtu",
    "sq": "Albanisch",
}


def german(words: Mapping[str, str], code: str) -> str:
    """The German word for a stored code; the code itself if there is none."""
    return words.get(code, code)


# Showing values.


def hours_number(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def euros(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def _german_number(number: Decimal) -> str:
    """1234.5 → "1.234,50"."""
    return f"{number:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")


def display(value: Value) -> str:
    """A value as the printed report shows it: German dates and numbers, "–" for nothing."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y, %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Money):
        return f"{_german_number(euros(value.cents))} €"
    if isinstance(value, Hours):
        return _german_number(hours_number(value.minutes))
    return str(value)


def _json_value(value: Value) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Money):
        # Two decimals at most: the number reads back exactly.
        return float(euros(value.cents))
    if isinstance(value, Hours):
        return float(hours_number(value.minutes))
    return value


def _json_field(field: ReportField) -> dict[str, Any]:
    return {"key": field.key, "label": field.label, "value": _json_value(field.value)}


def _json_section(section: ReportSection) -> dict[str, Any]:
    data: dict[str, Any] = {"key": section.key, "title": section.title}
    if section.note:
        data["note"] = section.note
    if section.fields:
        data["fields"] = [_json_field(field) for field in section.fields]
    if section.table is not None:
        columns = section.table.columns
        data["columns"] = [{"key": column.key, "label": column.label} for column in columns]
        data["rows"] = [
            {column.key: _json_value(value) for column, value in zip(columns, row, strict=True)}
            for row in section.table.rows
        ]
    return data


def _json_activity(activity: ProcessingActivity) -> dict[str, Any]:
    return {
        "key": activity.key,
        "name": activity.name,
        "purposes": list(activity.purposes),
        "legal_bases": [basis.text for basis in activity.legal_bases],
        "recipients": list(activity.recipients),
        "retention": list(activity.retention),
    }


def to_json(report: AccessReport) -> str:
    """The report as JSON: fixed English keys, the German labels and texts as values, dates
    and times in ISO 8601, amounts in euros and durations in hours as numbers."""
    controller = report.controller
    data = {
        "format": JSON_FORMAT,
        "title": REPORT_TITLE,
        "made_at": report.made_at.isoformat(timespec="seconds"),
        "controller": {
            "name": controller.name,
            "street": controller.street,
            "postcode": controller.postcode,
            "city": controller.city,
            "phone": controller.phone,
            "email": controller.email,
            "contact_person": controller.contact_person,
        },
        "requester": report.requester,
        "no_data": report.no_data,
        "intro": report.intro,
        "sections": [_json_section(section) for section in report.sections],
        "activities": [_json_activity(activity) for activity in report.activities],
        "recipients": list(report.recipients),
        "source": list(report.source),
        "further": [_json_field(field) for field in report.further],
        "rights": list(report.rights),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
