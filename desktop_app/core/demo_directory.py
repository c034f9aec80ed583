"""A fictitious directory of partners in Berlin-Mitte, for demos, tests and benchmarks.

Every name, street, number and address here is made up: streets are "Beispiel…" and
"Muster…" streets, phone numbers come from 030 23125 000–999 (kept free for films and
books), e-mail and web addresses end in ``example.org``. Ids are name-based UUIDs, so
the same demo entry has the same id on every desk and every run.
"""

import random
import re
import uuid
from collections.abc import Sequence
from datetime import time

from desktop_app.core.directory_records import (
    Contact,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION
from desktop_app.core.text import fold

DEMO_NAMESPACE = uuid.UUID("3c0c7d1e-5b7a-5f55-9a61-1d2f3e4a5b6c")
_DAYS = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4, "Sa": 5, "So": 6}
_STEP_FREE = "Stufenloser Zugang, barrierefreies WC"


def _id(*parts: object) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, "/".join(map(str, parts)))


def _phone(number: int) -> str:
    return f"030 23125 {number:03d}"


def hours(spec: str) -> tuple[ScheduleSlot, ...]:
    """Weekly slots from German shorthand: ``"Mo-Fr 09:00-17:00; Sa 10:00-13:00"``."""
    slots: set[ScheduleSlot] = set()
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        days_text, times_text = part.rsplit(" ", 1)
        start_text, end_text = times_text.split("-")
        start, end = time.fromisoformat(start_text), time.fromisoformat(end_text)
        for days in days_text.split(","):
            first, _, last = days.strip().partition("-")
            for day in range(_DAYS[first], _DAYS[last or first] + 1):
                slots.add(ScheduleSlot(day, start, end))
    return tuple(sorted(slots))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40].strip("-")


class _Entry:
    """Builds one demo partner: ids from its key, addresses from its slug."""

    def __init__(
        self,
        key: str,
        name: str,
        kind: PartnerKind,
        description: str,
        phone: int,
        contact: tuple[str, int] | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.description = description
        self.phone = _phone(phone)
        self.domain = f"{key}.example.org"
        self.contact = (
            Contact(contact[0], _phone(contact[1]), f"{_slug(contact[0])}@{self.domain}")
            if contact
            else Contact()
        )
        self.locations: list[PartnerLocation] = []
        self.offers: list[PartnerOffer] = []

    def location(
        self,
        street: str,
        postcode: str,
        opening: str,
        *,
        name: str = "",
        note: str = "",
        accessibility: str = _STEP_FREE,
        languages: Sequence[str] = ("de",),
        phone: int | None = None,
    ) -> uuid.UUID:
        location_id = _id(self.key, "location", len(self.locations))
        self.locations.append(
            PartnerLocation(
                id=location_id,
                name=name,
                street=street,
                postcode=postcode,
                city="Berlin",
                phone=_phone(phone) if phone is not None else self.phone,
                opening_hours=hours(opening),
                opening_hours_note=note,
                accessibility=accessibility,
                languages=tuple(languages),
            )
        )
        return location_id

    def offer(
        self,
        name: str,
        description: str,
        field: str,
        groups: Sequence[str],
        *,
        languages: Sequence[str] = ("de",),
        schedule: str = "",
        note: str = "",
        at: uuid.UUID | None = None,
        contact: tuple[str, int] | None = None,
        page: str = "",
    ) -> None:
        assert field in DEFAULT_FIELDS_OF_ACTION, field
        person = (
            Contact(contact[0], _phone(contact[1]), f"{_slug(contact[0])}@{self.domain}")
            if contact
            else Contact()
        )
        self.offers.append(
            PartnerOffer(
                id=_id(self.key, "offer", _slug(name)),
                name=name,
                description=description,
                location_id=at,
                field_of_action=field,
                target_groups=tuple(groups),
                languages=tuple(languages),
                schedule=hours(schedule),
                schedule_note=note,
                contact=person,
                email=person.email or "",
                url=f"https://www.{self.domain}/{page}" if page else "",
            )
        )

    def partner(self) -> Partner:
        return Partner(
            id=_id(self.key),
            name=self.name,
            kind=self.kind,
            description=self.description,
            email=f"info@{self.domain}",
            website=f"https://www.{self.domain}",
            phone=self.phone,
            contact=self.contact,
            locations=tuple(self.locations),
            offers=tuple(self.offers),
        )


def demo_partners() -> list[Partner]:
    """About two dozen partners of a desk in Berlin-Mitte, all of them fictitious."""
    entries: list[_Entry] = []

    e = _Entry(
        "stz-beispielkiez",
        "Stadtteilzentrum Beispielkiez",
        PartnerKind.STADTTEILZENTRUM,
        "Offenes Haus für alle Generationen im Beispielkiez: Beratung, Kurse, "
        "Familienangebote und Raum für Nachbarschaftsinitiativen.",
        101,
        ("Sabine Beispiel", 102),
    )
    house = e.location(
        "Beispielstraße 12",
        "13353",
        "Mo-Fr 09:00-18:00",
        name="Haupthaus",
        languages=("de", "tr", "ar"),
    )
    family = e.location(
        "Beispielstraße 14",
        "13353",
        "Mo-Do 14:00-18:00",
        name="Familienetage",
        accessibility="Eingang über den Hof, Aufzug vorhanden, Wickelraum",
        languages=("de", "ar"),
        phone=103,
    )
    e.offer(
        "Familiencafé",
        "Treffpunkt für Eltern mit Kindern bis sechs Jahre, mit Spielecke und Beratung nebenbei.",
        "Familie",
        ("Familien", "Eltern"),
        languages=("de", "tr", "ar"),
        schedule="Di,Do 15:00-17:30",
        at=family,
    )
    e.offer(
        "Sozialberatung",
        "Hilfe bei Anträgen, Briefen von Ämtern und Fragen rund um "
        "Bürgergeld und Wohngeld. Ohne Termin.",
        "Beratung und Begleitung",
        ("Erwachsene", "Jobcenter-Kundinnen und -Kunden"),
        languages=("de", "ar"),
        schedule="Mo 10:00-13:00; Mi 14:00-17:00",
        at=house,
        contact=("Murat Beispieloğlu", 104),
        page="sozialberatung",
    )
    e.offer(
        "Hausaufgabenhilfe",
        "Ehrenamtliche helfen bei Hausaufgaben und beim Lernen für Klassenarbeiten.",
        "Bildung und Digitales",
        ("Kinder", "Jugendliche"),
        schedule="Mo-Do 14:00-16:00",
        at=family,
    )
    e.offer(
        "Freiwilligenbörse",
        "Wer sich im Kiez engagieren möchte, findet hier passende Aufgaben.",
        "Freiwilliges Engagement",
        ("Nachbarschaft", "Alle"),
        schedule="Fr 10:00-12:00",
        note="Jeden ersten Freitag im Monat auch abends.",
        at=house,
    )
    entries.append(e)

    e = _Entry(
        "nbh-musterpark",
        "Nachbarschaftshaus Am Musterpark",
        PartnerKind.NACHBARSCHAFTSHAUS,
        "Nachbarschaftshaus mit Café, Werkstatt und Kursräumen am Musterpark.",
        110,
        ("Jonas Muster", 111),
    )
    e.location(
        "Am Musterpark 3",
        "10559",
        "Mo-Fr 10:00-20:00; Sa 11:00-15:00",
        note="In den Schulferien nur bis 18 Uhr.",
        languages=("de", "en", "pl"),
    )
    e.offer(
        "Seniorentreff",
        "Gemeinsam frühstücken, reden und Ausflüge planen.",
        "Begegnung und Generationen",
        ("Seniorinnen und Senioren",),
        schedule="Mi 09:30-12:00",
    )
    e.offer(
        "Deutschkurs A1 für Eltern",
        "Deutsch lernen, während die Kinder betreut werden. Kurs mit Kinderbetreuung.",
        "Integration",
        ("Eltern", "Menschen mit Migrationsgeschichte"),
        languages=("de", "en", "ar", "fa"),
        schedule="Mo,Mi 09:00-11:30",
        contact=("Elena Probe", 112),
    )
    e.offer(
        "Repair-Café",
        "Kaputte Toaster, Fahrräder und Kleidung gemeinsam reparieren statt wegwerfen.",
        "Nachhaltigkeit",
        ("Nachbarschaft",),
        schedule="Sa 11:00-15:00",
        note="Jeden zweiten Samstag im Monat.",
    )
    e.offer(
        "Computerkurs für Einsteigerinnen",
        "E-Mail, Videotelefonie und sicher im Netz.",
        "Bildung und Digitales",
        ("Seniorinnen und Senioren", "Frauen"),
        schedule="Do 10:00-12:00",
    )
    entries.append(e)

    e = _Entry(
        "mgh-beispielplatz",
        "Mehrgenerationenhaus Am Beispielplatz",
        PartnerKind.MEHRGENERATIONENHAUS,
        "Ein Haus, in dem Jung und Alt sich begegnen, voneinander lernen und einander helfen.",
        120,
        ("Helga Musterfrau", 121),
    )
    e.location("Beispielplatz 7", "10115", "Mo-Fr 09:00-17:00", languages=("de", "ru", "uk"))
    e.offer(
        "Lesepatenschaften",
        "Ältere Menschen lesen mit Grundschulkindern.",
        "Begegnung und Generationen",
        ("Kinder", "Seniorinnen und Senioren"),
        schedule="Di 14:00-15:30",
    )
    e.offer(
        "Digitalsprechstunde",
        "Hilfe am Smartphone und Tablet, geduldig und ohne Fachwörter.",
        "Bildung und Digitales",
        ("Seniorinnen und Senioren",),
        languages=("de", "ru"),
        schedule="Do 10:00-12:00",
    )
    e.offer(
        "Mittagstisch",
        "Gemeinsam essen statt allein: warmes Mittagessen für 3,50 Euro.",
        "Einsamkeit",
        ("Seniorinnen und Senioren", "Alle"),
        schedule="Mo-Fr 12:00-13:30",
    )
    e.offer(
        "Eltern-Kind-Gruppe für ukrainische Familien",
        "Spielen, Austausch und Beratung auf Ukrainisch und Russisch.",
        "Familie",
        ("Familien", "Geflüchtete"),
        languages=("uk", "ru", "de"),
        schedule="Fr 10:00-12:00",
    )
    entries.append(e)

    e = _Entry(
        "bgs-probestrasse",
        "Seniorenbegegnungsstätte Probestraße",
        PartnerKind.BEGEGNUNGSSTAETTE,
        "Begegnungsstätte für ältere Menschen mit Kursen, Festen und einem offenen Café.",
        130,
        ("Werner Testmann", 131),
    )
    e.location("Probestraße 21", "13347", "Mo-Fr 10:00-16:00")
    e.offer(
        "Seniorengymnastik",
        "Sanfte Bewegung im Sitzen und Stehen.",
        "Gesundheit und Prävention",
        ("Seniorinnen und Senioren",),
        schedule="Di,Do 10:00-11:00",
    )
    e.offer(
        "Kaffeeklatsch",
        "Kaffee, Kuchen und Gespräche für alle, die nicht allein sein möchten.",
        "Einsamkeit",
        ("Seniorinnen und Senioren",),
        schedule="Mi 14:00-16:00",
    )
    e.offer(
        "Spielenachmittag",
        "Skat, Rommé und Brettspiele.",
        "Begegnung und Generationen",
        ("Seniorinnen und Senioren", "Nachbarschaft"),
        schedule="Fr 13:00-16:00",
    )
    entries.append(e)

    e = _Entry(
        "schuldnerberatung",
        "Schuldner- und Insolvenzberatung Mitte (Demo) e. V.",
        PartnerKind.COUNSELLING,
        "Anerkannte Beratungsstelle für Menschen mit Schulden. Kostenlos und vertraulich.",
        140,
        ("Petra Beispielberg", 141),
    )
    e.location(
        "Musterallee 5",
        "10557",
        "Mo-Do 09:00-16:00; Fr 09:00-13:00",
        note="Termine nach telefonischer Vereinbarung.",
        accessibility="Aufzug, Eingang stufenlos; kein barrierefreies WC",
        languages=("de", "tr", "ru"),
    )
    e.offer(
        "Schuldnerberatung",
        "Überblick über die Schulden, Verhandlungen mit "
        "Gläubigern, Begleitung in die Verbraucherinsolvenz.",
        "Beratung und Begleitung",
        ("Erwachsene", "Familien"),
        languages=("de", "tr", "ru"),
        note="Nur mit Termin.",
        contact=("Petra Beispielberg", 141),
        page="beratung",
    )
    e.offer(
        "Offene Sprechstunde P-Konto",
        "Kurze Fragen zum Pfändungsschutzkonto, Bescheinigungen.",
        "Beratung und Begleitung",
        ("Erwachsene",),
        schedule="Di 14:00-16:00",
    )
    entries.append(e)

    e = _Entry(
        "mbe-beispieltraeger",
        "Migrationsberatung für Erwachsene (MBE) – Beispielträger",
        PartnerKind.COUNSELLING,
        "Beratung für Zugewanderte ab 27 Jahren: Aufenthalt, Sprachkurse, Arbeit, Wohnen.",
        150,
        ("Amira Beispiel", 151),
    )
    e.location(
        "Kiezweg 3", "13351", "Mo-Fr 09:00-15:00", languages=("de", "ar", "fa", "uk", "ru", "en")
    )
    e.offer(
        "Migrationsberatung",
        "Einzelberatung zu Aufenthalt, Integrationskurs, "
        "Anerkennung von Abschlüssen und Behördenpost.",
        "Integration",
        ("Menschen mit Migrationsgeschichte", "Erwachsene"),
        languages=("de", "ar", "fa", "uk", "ru", "en"),
        schedule="Mo,Mi 09:00-12:00; Do 13:00-17:00",
        contact=("Amira Beispiel", 151),
    )
    e.offer(
        "Anerkennungsberatung",
        "Wie wird mein Berufsabschluss in Deutschland anerkannt?",
        "Arbeit und Beschäftigung",
        ("Menschen mit Migrationsgeschichte",),
        languages=("de", "en", "ar"),
        note="Nur mit Termin, Wartezeit etwa zwei Wochen.",
    )
    entries.append(e)

    e = _Entry(
        "mieterberatung",
        "Mieterberatung Beispielkiez",
        PartnerKind.COUNSELLING,
        "Kostenlose Mietrechtsberatung im Auftrag des Bezirks (fiktiv).",
        160,
    )
    e.location(
        "Demoplatz 2", "10551", "Mo 16:00-19:00; Mi 10:00-13:00", languages=("de", "tr", "pl")
    )
    e.offer(
        "Mietrechtsberatung",
        "Mieterhöhung, Modernisierung, Kündigung: Juristinnen beraten kostenlos.",
        "Beratung und Begleitung",
        ("Erwachsene", "Familien", "Nachbarschaft"),
        languages=("de", "tr"),
        schedule="Mo 16:00-19:00; Mi 10:00-13:00",
        contact=("Deniz Probe", 161),
    )
    e.offer(
        "Betriebskosten-Check",
        "Wir prüfen Ihre Betriebskostenabrechnung.",
        "Beratung und Begleitung",
        ("Erwachsene",),
        schedule="Mi 10:00-13:00",
    )
    entries.append(e)

    e = _Entry(
        "jobcenter-mitte-demo",
        "Jobcenter Berlin Mitte (Demo)",
        PartnerKind.JOBCENTER,
        "Fiktiver Eintrag für Schulungen: Bürgergeld, Arbeitsvermittlung, Förderung.",
        170,
    )
    e.location(
        "Musterdamm 100",
        "13355",
        "Mo-Mi,Fr 08:00-12:30; Do 08:00-18:00",
        name="Eingangszone",
        note="An Feiertagen geschlossen.",
        accessibility="Stufenloser Zugang, barrierefreies WC, Rufanlage am Eingang",
        languages=("de", "en", "tr", "ar"),
    )
    e.offer(
        "Terminvergabe und Antragsannahme",
        "Anträge abgeben, Termine vereinbaren, Unterlagen nachreichen.",
        "Arbeit und Beschäftigung",
        ("Jobcenter-Kundinnen und -Kunden",),
        languages=("de", "en"),
    )
    e.offer(
        "Beratung für Alleinerziehende",
        "Arbeit, Kinderbetreuung und Förderung zusammen planen.",
        "Arbeit und Beschäftigung",
        ("Alleinerziehende", "Jobcenter-Kundinnen und -Kunden"),
        schedule="Di 09:00-12:00",
        contact=("Team Alleinerziehende", 171),
    )
    e.offer(
        "Team U25",
        "Ausbildung, Arbeit und Geld für junge Menschen unter 25.",
        "Arbeit und Beschäftigung",
        ("Jugendliche", "Jobcenter-Kundinnen und -Kunden"),
        languages=("de", "ar", "tr"),
        schedule="Mo,Do 09:00-12:00",
    )
    entries.append(e)

    e = _Entry(
        "bezirksamt-soziales-demo",
        "Bezirksamt Mitte (Demo) – Soziale Dienste",
        PartnerKind.AUTHORITY,
        "Fiktiver Eintrag: Allgemeiner Sozialdienst, Grundsicherung, Hilfe zur Pflege.",
        180,
    )
    e.location(
        "Verwaltungsbeispielweg 1",
        "13353",
        "Di 09:00-12:00; Do 15:00-18:00",
        name="Bürgeramt-Gebäude, Haus B",
        note="Ohne Termin nur in Notfällen.",
        languages=("de", "en"),
    )
    e.offer(
        "Allgemeiner Sozialdienst",
        "Beratung und Hilfe in schwierigen Lebenslagen, Kinderschutz, Hilfen für Familien.",
        "Beratung und Begleitung",
        ("Familien", "Erwachsene"),
        schedule="Di 09:00-12:00; Do 15:00-18:00",
    )
    e.offer(
        "Grundsicherung im Alter",
        "Anträge auf Grundsicherung und Hilfe zum Lebensunterhalt.",
        "Beratung und Begleitung",
        ("Seniorinnen und Senioren",),
        note="Bitte vorher anrufen.",
    )
    entries.append(e)

    e = _Entry(
        "familienzentrum-kiezkinder",
        "Familienzentrum Kiezkinder",
        PartnerKind.OTHER,
        "Familienzentrum an der Kita Kiezkinder: offen für alle Familien im Kiez.",
        190,
        ("Lena Beispielkind", 191),
    )
    e.location("Musterweg 8", "10119", "Mo-Fr 08:00-16:00", languages=("de", "tr", "vi"))
    e.offer(
        "Elterncafé",
        "Austausch bei Kaffee, mit Kinderbetreuung.",
        "Familie",
        ("Eltern", "Familien"),
        languages=("de", "tr", "vi"),
        schedule="Mi 09:00-11:00",
    )
    e.offer(
        "Familienberatung",
        "Erziehungsfragen, Schlaf, Trotz, Geschwister.",
        "Familie",
        ("Eltern", "Alleinerziehende"),
        schedule="Do 13:00-15:00",
    )
    entries.append(e)

    e = _Entry(
        "frauentreff-beispielhof",
        "Frauentreff Beispielhof",
        PartnerKind.OTHER,
        "Treffpunkt, Beratung und Kurse von Frauen für Frauen.",
        200,
        ("Ayşe Musterer", 201),
    )
    e.location(
        "Beispielhof 4",
        "13357",
        "Mo-Do 10:00-17:00",
        accessibility="Erdgeschoss, eine Stufe am Eingang (Rampe auf Anfrage)",
        languages=("de", "tr", "ar", "ku"),
    )
    e.offer(
        "Frauencafé",
        "Offener Treff mit Kinderecke.",
        "Begegnung und Generationen",
        ("Frauen",),
        languages=("de", "tr", "ar", "ku"),
        schedule="Di 10:00-13:00",
    )
    e.offer(
        "Selbstbehauptungskurs",
        "Stark auftreten im Alltag, acht Termine.",
        "Gesundheit und Prävention",
        ("Frauen",),
        schedule="Mo 17:00-19:00",
    )
    e.offer(
        "Beratung für Frauen",
        "Vertrauliche Beratung zu Trennung, Gewalt und Existenz.",
        "Beratung und Begleitung",
        ("Frauen", "Alleinerziehende"),
        languages=("de", "tr", "ar"),
        contact=("Ayşe Musterer", 201),
        note="Termin telefonisch oder persönlich.",
    )
    entries.append(e)

    e = _Entry(
        "selbsthilfe-musterkiez",
        "Selbsthilfe-Kontaktstelle Musterkiez",
        PartnerKind.OTHER,
        "Vermittlung in Selbsthilfegruppen und Unterstützung bei der Gründung neuer Gruppen.",
        210,
    )
    e.location("Mustergasse 11", "10178", "Di 10:00-14:00; Do 14:00-18:00")
    e.offer(
        "Vermittlung in Selbsthilfegruppen",
        "Über 80 Gruppen zu Sucht, Trauer, chronischen Krankheiten und mehr.",
        "Selbsthilfe",
        ("Erwachsene",),
        schedule="Di 10:00-14:00; Do 14:00-18:00",
        contact=("Frank Probe", 211),
    )
    e.offer(
        "Gruppe Pflegende Angehörige",
        "Austausch für Menschen, die Angehörige pflegen.",
        "Selbsthilfe",
        ("Erwachsene", "Seniorinnen und Senioren"),
        schedule="Mi 18:00-19:30",
        note="Jeden dritten Mittwoch im Monat.",
    )
    entries.append(e)

    e = _Entry(
        "jugendclub-demohaus",
        "Jugendclub Demohaus",
        PartnerKind.OTHER,
        "Offene Jugendarbeit für 12- bis 21-Jährige mit Tonstudio und Sporthalle.",
        220,
        ("Kevin Beispielmann", 221),
    )
    e.location("Demostraße 17", "13359", "Mo-Fr 14:00-20:00", languages=("de", "ar", "tr"))
    e.offer(
        "Offener Treff",
        "Chillen, Kickern, Musik machen.",
        "Begegnung und Generationen",
        ("Jugendliche",),
        schedule="Mo-Fr 14:00-20:00",
    )
    e.offer(
        "Bewerbungstraining",
        "Lebenslauf, Anschreiben, Vorstellungsgespräch üben.",
        "Arbeit und Beschäftigung",
        ("Jugendliche", "Jobcenter-Kundinnen und -Kunden"),
        languages=("de", "ar"),
        schedule="Mi 16:00-18:00",
    )
    entries.append(e)

    e = _Entry(
        "freiwilligenagentur-demo",
        "Freiwilligenagentur Mitte (Demo)",
        PartnerKind.OTHER,
        "Beratung und Vermittlung ins Ehrenamt, Fortbildungen für Engagierte.",
        230,
    )
    e.location("Ehrenamtsbeispielweg 2", "10115", "Mo,Mi 10:00-16:00", languages=("de", "en"))
    e.offer(
        "Engagementberatung",
        "Welches Ehrenamt passt zu mir?",
        "Freiwilliges Engagement",
        ("Erwachsene", "Alle"),
        languages=("de", "en"),
        schedule="Mo,Mi 10:00-16:00",
        contact=("Clara Engagiert", 231),
    )
    e.offer(
        "Netzwerktreffen Ehrenamt",
        "Vierteljährliches Treffen der Engagierten im Bezirk.",
        "Vernetzung",
        ("Nachbarschaft",),
        note="Termine auf der Website.",
        page="netzwerk",
    )
    entries.append(e)

    e = _Entry(
        "gesundheitsladen",
        "Gesundheitsladen Beispielkiez",
        PartnerKind.COUNSELLING,
        "Unabhängige Gesundheitsberatung und Kurse zur Vorbeugung.",
        240,
    )
    e.location(
        "Beispielstraße 40", "13353", "Di-Do 10:00-15:00", languages=("de", "tr", "ar", "bg", "ro")
    )
    e.offer(
        "Gesundheitsberatung",
        "Wo finde ich eine Ärztin? Was zahlt die Kasse?",
        "Gesundheit und Prävention",
        ("Erwachsene", "Menschen mit Migrationsgeschichte"),
        languages=("de", "tr", "ar", "bg", "ro"),
        schedule="Di-Do 10:00-15:00",
    )
    e.offer(
        "Rückenschule",
        "Kurs mit Physiotherapeutin, Zuschuss der Krankenkasse möglich.",
        "Gesundheit und Prävention",
        ("Erwachsene",),
        schedule="Do 17:00-18:00",
    )
    entries.append(e)

    e = _Entry(
        "sprachcafe-weltoffen",
        "Sprachcafé Weltoffen (Demo)",
        PartnerKind.BEGEGNUNGSSTAETTE,
        "Deutsch sprechen üben, Menschen kennenlernen – ohne Anmeldung.",
        250,
    )
    e.location(
        "Musterufer 9", "10555", "Di,Do 17:00-20:00", languages=("de", "en", "es", "fr", "it")
    )
    e.offer(
        "Sprachcafé Deutsch",
        "Deutsch üben im Gespräch, alle Niveaus.",
        "Integration",
        ("Menschen mit Migrationsgeschichte", "Geflüchtete"),
        languages=("de", "en", "fr", "es"),
        schedule="Di,Do 17:00-19:00",
    )
    e.offer(
        "Kurs Deutsch im Alltag",
        "Deutsch für Arztbesuch, Amt und Einkauf.",
        "Integration",
        ("Menschen mit Migrationsgeschichte",),
        languages=("de", "en", "ar"),
        schedule="Do 19:00-20:30",
    )
    entries.append(e)

    e = _Entry(
        "stz-beispielufer",
        "Stadtteilzentrum Am Beispielufer",
        PartnerKind.STADTTEILZENTRUM,
        "Stadtteilzentrum mit Kiezbüro, Beteiligung und Vernetzung der Initiativen.",
        260,
        ("Tobias Uferlos", 261),
    )
    e.location("Am Beispielufer 15", "13347", "Mo-Fr 10:00-18:00", languages=("de", "sq", "sr"))
    e.offer(
        "Kiezrat",
        "Bürgerinnen und Bürger entscheiden über den Kiezfonds mit.",
        "Demokratie und Teilhabe",
        ("Nachbarschaft", "Alle"),
        schedule="Di 18:00-20:00",
        note="Einmal im Monat, Termine im Aushang.",
    )
    e.offer(
        "Netzwerkrunde soziale Träger",
        "Austausch der Einrichtungen im Kiez.",
        "Vernetzung",
        ("Erwachsene",),
        schedule="Mi 10:00-12:00",
    )
    e.offer(
        "Kiezbüro-Sprechstunde",
        "Ideen, Beschwerden und Fragen zum Quartier.",
        "Demokratie und Teilhabe",
        ("Nachbarschaft",),
        languages=("de", "sq", "sr"),
        schedule="Do 15:00-18:00",
    )
    entries.append(e)

    e = _Entry(
        "nbh-lindenbeispiel",
        "Nachbarschaftshaus Lindenbeispiel",
        PartnerKind.NACHBARSCHAFTSHAUS,
        "Nachbarschaftshaus mit Gemeinschaftsgarten und offener Küche.",
        270,
    )
    garden = e.location(
        "Lindenbeispielweg 22", "10178", "Mo-Sa 10:00-18:00", languages=("de", "vi", "pl")
    )
    e.location(
        "Lindenbeispielweg 30",
        "10178",
        "Sa 10:00-14:00",
        name="Gartenhaus",
        accessibility="Gartenwege teilweise unbefestigt",
        phone=272,
    )
    e.offer(
        "Gemeinschaftsgarten",
        "Gärtnern mit den Nachbarn, Beete zu vergeben.",
        "Nachhaltigkeit",
        ("Nachbarschaft", "Familien"),
        schedule="Sa 10:00-14:00",
        note="Von April bis Oktober.",
    )
    e.offer(
        "Offene Küche",
        "Gemeinsam kochen mit dem, was die Tafel bringt.",
        "Einsamkeit",
        ("Alle",),
        languages=("de", "vi"),
        schedule="Fr 16:00-19:00",
        at=garden,
    )
    entries.append(e)

    e = _Entry(
        "sozialberatung-wohlfahrt",
        "Sozialberatung der Beispiel-Wohlfahrt",
        PartnerKind.COUNSELLING,
        "Allgemeine Sozialberatung und Hilfe bei Anträgen.",
        280,
    )
    e.location("Musterstraße 60", "10559", "Mo-Fr 09:00-14:00", languages=("de", "ru", "pl"))
    e.offer(
        "Allgemeine Sozialberatung",
        "Existenzsicherung, Krankenversicherung, Wohnungsnot.",
        "Beratung und Begleitung",
        ("Erwachsene", "Familien"),
        languages=("de", "ru", "pl"),
        schedule="Mo,Di,Do 09:00-12:00",
    )
    e.offer(
        "Antragshilfe Wohngeld",
        "Wir füllen den Wohngeldantrag gemeinsam aus.",
        "Beratung und Begleitung",
        ("Familien", "Seniorinnen und Senioren"),
        schedule="Mi 13:00-14:00",
    )
    entries.append(e)

    e = _Entry(
        "ankommen-beratung",
        "Beratungsstelle für Geflüchtete „Ankommen“ (Demo)",
        PartnerKind.COUNSELLING,
        "Asyl- und Sozialberatung für geflüchtete Menschen, mit Dolmetschenden.",
        290,
        ("Yonas Beispiel", 291),
    )
    e.location(
        "Beispielallee 33",
        "13349",
        "Mo-Do 09:00-16:00",
        languages=("de", "ar", "fa", "ti", "so", "ps", "uk", "en", "fr"),
    )
    e.offer(
        "Asylverfahrensberatung",
        "Vorbereitung auf die Anhörung, Bescheide verstehen.",
        "Integration",
        ("Geflüchtete",),
        languages=("de", "ar", "fa", "ti", "so", "ps"),
        schedule="Mo,Mi 09:00-13:00",
        contact=("Yonas Beispiel", 291),
    )
    e.offer(
        "Beratung für Geflüchtete aus der Ukraine",
        "Aufenthalt, Leistungen, Schule und Kita.",
        "Integration",
        ("Geflüchtete", "Familien"),
        languages=("uk", "ru", "de"),
        schedule="Di,Do 10:00-15:00",
    )
    entries.append(e)

    e = _Entry(
        "mgh-musterhof",
        "Mehrgenerationenhaus Musterhof",
        PartnerKind.MEHRGENERATIONENHAUS,
        "Mehrgenerationenhaus mit Familiencafé, Leihgroßeltern und Nachbarschaftshilfe.",
        300,
    )
    e.location("Musterhof 1", "10553", "Mo-Fr 09:00-18:00", languages=("de", "tr"))
    e.offer(
        "Leihgroßeltern",
        "Ältere Ehrenamtliche verbringen Zeit mit Kindern aus "
        "Familien ohne Großeltern in der Nähe.",
        "Freiwilliges Engagement",
        ("Familien", "Seniorinnen und Senioren"),
        contact=("Gisela Musterhof", 301),
    )
    e.offer(
        "Nachbarschaftshilfe",
        "Einkaufen, Begleitung zum Arzt, kleine Reparaturen.",
        "Begegnung und Generationen",
        ("Seniorinnen und Senioren", "Nachbarschaft"),
        schedule="Mo-Fr 10:00-12:00",
    )
    entries.append(e)

    e = _Entry(
        "erwerbslosenberatung",
        "Erwerbslosenberatung Mitte (Demo)",
        PartnerKind.COUNSELLING,
        "Unabhängige Beratung zu Bürgergeld, Arbeitslosengeld und Widerspruch.",
        310,
    )
    e.location("Probeplatz 4", "13355", "Di,Do 10:00-16:00", languages=("de", "tr", "ar"))
    e.offer(
        "Bürgergeld-Beratung",
        "Bescheide prüfen, Widerspruch einlegen, Rechte kennen.",
        "Arbeit und Beschäftigung",
        ("Jobcenter-Kundinnen und -Kunden", "Erwachsene"),
        languages=("de", "tr", "ar"),
        schedule="Di,Do 10:00-16:00",
        contact=("Hakan Beispiel", 311),
    )
    entries.append(e)

    e = _Entry(
        "kiezbibliothek",
        "Kiezbibliothek Beispielkiez",
        PartnerKind.OTHER,
        "Stadtteilbibliothek (fiktiv) mit Lernplätzen und offenen Angeboten.",
        320,
    )
    e.location(
        "Bücherbeispielweg 6",
        "13357",
        "Mo-Fr 11:00-19:00; Sa 10:00-14:00",
        languages=("de", "en", "tr", "ar"),
    )
    e.offer(
        "Vorlesestunde",
        "Bilderbücher auf Deutsch und Türkisch.",
        "Bildung und Digitales",
        ("Kinder", "Familien"),
        languages=("de", "tr"),
        schedule="Sa 11:00-12:00",
    )
    e.offer(
        "Digitalcafé",
        "Hilfe beim Online-Termin, bei E-Mails und Formularen.",
        "Bildung und Digitales",
        ("Erwachsene", "Seniorinnen und Senioren"),
        schedule="Mi 15:00-17:00",
    )
    entries.append(e)

    return [entry.partner() for entry in entries]


# Words for a generated directory of any size (benchmarks).
_PREFIXES = (
    ("Stadtteilzentrum", PartnerKind.STADTTEILZENTRUM),
    ("Nachbarschaftshaus", PartnerKind.NACHBARSCHAFTSHAUS),
    ("Mehrgenerationenhaus", PartnerKind.MEHRGENERATIONENHAUS),
    ("Begegnungsstätte", PartnerKind.BEGEGNUNGSSTAETTE),
    ("Beratungsstelle", PartnerKind.COUNSELLING),
    ("Sozialberatung", PartnerKind.COUNSELLING),
    ("Familienzentrum", PartnerKind.OTHER),
    ("Jugendclub", PartnerKind.OTHER),
    ("Bezirksamt (Demo)", PartnerKind.AUTHORITY),
)
_PLACES = (
    "Beispielkiez", "Musterpark", "Am Probeplatz", "Demoufer", "Lindenbeispiel", "Musterhof",
    "Am Beispielplatz", "Kiezweg", "Nordbeispiel", "Südmuster", "Westprobe", "Ostdemo",
)  # fmt: skip
_STREETS = (
    "Beispielstraße", "Musterweg", "Probestraße", "Demoallee", "Kiezweg", "Musterallee",
    "Am Beispielpark", "Beispielufer", "Mustergasse", "Probeplatz", "Demostraße",
)  # fmt: skip
_POSTCODES = (
    "10115", "10117", "10119", "10178", "10551", "10553", "10555", "10557", "10559",
    "13347", "13349", "13351", "13353", "13355", "13357", "13359",
)  # fmt: skip
# (title, field of action, target groups, description)
_OFFERS = (
    ("Sozialberatung", "Beratung und Begleitung", ("Erwachsene",),
     "Hilfe bei Anträgen und Behördenpost."),
    ("Schuldnerberatung", "Beratung und Begleitung", ("Erwachsene", "Familien"),
     "Beratung bei Schulden, vertraulich."),
    ("Mieterberatung", "Beratung und Begleitung", ("Erwachsene", "Nachbarschaft"),
     "Fragen zu Miete, Kündigung und Betriebskosten."),
    ("Familiencafé", "Familie", ("Familien", "Eltern"), "Treffpunkt für Familien."),
    ("Familienberatung", "Familie", ("Eltern", "Alleinerziehende"),
     "Beratung zu Erziehung und Familienalltag."),
    ("Deutschkurs A1", "Integration", ("Menschen mit Migrationsgeschichte",),
     "Deutsch für den Alltag, Kurs mit Kinderbetreuung."),
    ("Kurs Deutsch im Beruf", "Integration", ("Menschen mit Migrationsgeschichte", "Geflüchtete"),
     "Deutsch für Bewerbung und Arbeit."),
    ("Migrationsberatung", "Integration", ("Menschen mit Migrationsgeschichte", "Geflüchtete"),
     "Aufenthalt, Sprachkurse, Anerkennung."),
    ("Bewerbungstraining", "Arbeit und Beschäftigung",
     ("Jugendliche", "Jobcenter-Kundinnen und -Kunden"), "Lebenslauf und Vorstellungsgespräch."),
    ("Seniorentreff", "Begegnung und Generationen", ("Seniorinnen und Senioren",),
     "Frühstück, Gespräche, Ausflüge."),
    ("Mittagstisch", "Einsamkeit", ("Seniorinnen und Senioren", "Alle"),
     "Gemeinsam essen statt allein."),
    ("Digitalsprechstunde", "Bildung und Digitales", ("Seniorinnen und Senioren",),
     "Hilfe am Smartphone und Computer."),
    ("Hausaufgabenhilfe", "Bildung und Digitales", ("Kinder", "Jugendliche"),
     "Lernen mit Ehrenamtlichen."),
    ("Repair-Café", "Nachhaltigkeit", ("Nachbarschaft",), "Reparieren statt wegwerfen."),
    ("Gemeinschaftsgarten", "Nachhaltigkeit", ("Nachbarschaft", "Familien"),
     "Gärtnern mit den Nachbarn."),
    ("Selbsthilfegruppe", "Selbsthilfe", ("Erwachsene",), "Austausch unter Betroffenen."),
    ("Rückengymnastik", "Gesundheit und Prävention", ("Erwachsene", "Seniorinnen und Senioren"),
     "Bewegung für einen gesunden Rücken."),
    ("Frauencafé", "Begegnung und Generationen", ("Frauen",), "Offener Treff für Frauen."),
    ("Engagementberatung", "Freiwilliges Engagement", ("Erwachsene", "Alle"),
     "Vermittlung ins Ehrenamt."),
    ("Kiezrat", "Demokratie und Teilhabe", ("Nachbarschaft",), "Mitentscheiden im Kiez."),
    ("Netzwerktreffen", "Vernetzung", ("Erwachsene",), "Austausch der Träger im Kiez."),
)  # fmt: skip
_VARIANTS = ("", " für Eltern", " am Abend", " für Einsteiger", " (offen)", " mit Termin")
_SLOTS = ("09:00-12:00", "10:00-13:00", "13:00-16:00", "14:00-17:00", "16:00-19:00")
_ACCESSIBILITY = (
    _STEP_FREE,
    "Aufzug vorhanden, barrierefreies WC im Erdgeschoss",
    "Zwei Stufen am Eingang, Rampe auf Anfrage",
    "",
)
_OTHER_LANGUAGES = ("en", "tr", "ar", "ru", "uk", "pl", "fa", "ku", "ro", "bg", "vi", "fr")


def generated_partners(count_offers: int, seed: int) -> list[Partner]:
    """A large, realistic directory: about five offers per partner, ``count_offers`` in all.

    Everything follows from ``seed``; ids too, so two runs with one seed give one directory.
    """
    rng = random.Random(seed)
    count_partners = max(1, count_offers // 5)
    per_partner = [count_offers // count_partners] * count_partners
    for index in range(count_offers % count_partners):
        per_partner[index] += 1
    partners = []
    for index, offer_count in enumerate(per_partner):
        prefix, kind = rng.choice(_PREFIXES)
        name = f"{prefix} {rng.choice(_PLACES)} {index + 1}"
        key = f"generated/{seed}/{index}"
        domain = f"{_slug(name)}.example.org"
        locations = tuple(
            PartnerLocation(
                id=_id(key, "location", n),
                name="" if n == 0 else f"Standort {n + 1}",
                street=f"{rng.choice(_STREETS)} {rng.randint(1, 150)}",
                postcode=rng.choice(_POSTCODES),
                city="Berlin",
                phone=_phone(rng.randrange(1000)),
                opening_hours=_random_hours(rng, 5),
                accessibility=rng.choice(_ACCESSIBILITY),
                languages=_random_languages(rng),
            )
            for n in range(rng.choices((1, 2, 3), weights=(70, 25, 5))[0])
        )
        offers = []
        for n in range(offer_count):
            title, field, groups, description = rng.choice(_OFFERS)
            contact = (
                Contact(f"Beratungsteam {n + 1}", _phone(rng.randrange(1000)), f"team{n}@{domain}")
                if rng.random() < 0.3
                else Contact()
            )
            offers.append(
                PartnerOffer(
                    id=_id(key, "offer", n),
                    name=f"{title}{rng.choice(_VARIANTS)}",
                    description=description,
                    location_id=rng.choice(locations).id if rng.random() < 0.3 else None,
                    field_of_action=field,
                    target_groups=groups,
                    languages=_random_languages(rng),
                    schedule=_random_hours(rng, 2),
                    schedule_note="Nur mit Termin." if rng.random() < 0.1 else "",
                    contact=contact,
                    email=contact.email,
                )
            )
        partners.append(
            Partner(
                id=_id(key),
                name=name,
                kind=kind,
                description=f"{prefix} in Berlin-Mitte (erzeugter Beispieleintrag).",
                email=f"info@{domain}",
                website=f"https://www.{domain}",
                phone=_phone(rng.randrange(1000)),
                locations=locations,
                offers=tuple(offers),
            )
        )
    return partners


def _random_hours(rng: random.Random, most_days: int) -> tuple[ScheduleSlot, ...]:
    days = sorted(rng.sample(range(6), rng.randint(1, most_days)))
    start_text, end_text = rng.choice(_SLOTS).split("-")
    start, end = time.fromisoformat(start_text), time.fromisoformat(end_text)
    return tuple(ScheduleSlot(day, start, end) for day in days)


def _random_languages(rng: random.Random) -> tuple[str, ...]:
    return ("de", *rng.sample(_OTHER_LANGUAGES, rng.choice((0, 0, 1, 2, 3))))
