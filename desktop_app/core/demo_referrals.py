"""Demo referrals: visitors sent to the demo directory's partners over a year, and the outcome.

Written through the referral service with a clock set back to each day, so that codes,
slips, steps and follow-up are exactly what a desk would have made. Purposes are plain
interests, never anything that may not be printed on a slip.
"""

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.demo_directory import demo_partners
from desktop_app.core.directory_records import Partner
from desktop_app.core.models import Visitor
from desktop_app.core.referral_records import (
    SLIP_LANGUAGES,
    ConsentManner,
    PersonDisplay,
    ReferralDraft,
    ReferralStatus,
    SharingConsent,
)
from desktop_app.core.services.directory import DirectoryService
from desktop_app.core.services.referrals import ReferralService

# About one referral for every 25 visitors, and no more than a busy desk makes in a year.
VISITORS_PER_REFERRAL = 25
MAX_REFERRALS = 120
_PURPOSES: dict[str, Sequence[str]] = {
    "Beratung und Begleitung": ("Fragen zur Miete", "Hilfe bei Formularen", "Schulden regeln"),
    "Arbeit und Beschäftigung": ("Hilfe beim Lebenslauf", "Bewerbung üben", "Termin vereinbaren"),
    "Bildung und Digitales": ("Deutschkurs gesucht", "Umgang mit dem Smartphone"),
    "Familie": ("Austausch mit anderen Eltern", "Kinderbetreuung gesucht"),
    "Freiwilliges Engagement": ("möchte sich engagieren", "Ehrenamt im Kiez"),
    "Begegnung und Generationen": ("Anschluss finden", "gemeinsam kochen"),
    "Gesundheit und Prävention": ("Bewegung im Alter", "Sportgruppe gesucht"),
}
_OTHER_PURPOSES = ("Information über das Angebot", "Kontakt gewünscht", "")


class _Clock:
    """A clock the fill moves through the year."""

    def __init__(self) -> None:
        self.now = datetime.now().astimezone()

    def __call__(self) -> datetime:
        return self.now


def fill_demo_referrals(
    database: Database,
    facility_id: uuid.UUID,
    *,
    visitors: int,
    seed: int,
    today: date,
) -> int:
    """Save the demo directory and issue referrals over the year before ``today``.

    Returns how many referrals were written. Older referrals mostly reached their
    partner; some were not taken up; a few are still open past the follow-up period.
    """
    rng = random.Random(seed)
    clock = _Clock()
    directory = DirectoryService(database.sessions, facility_id, clock)
    referrals = ReferralService(database.sessions, facility_id, clock, directory)
    partners = demo_partners()
    directory.save_many(partners)
    targets: list[tuple[Partner, uuid.UUID | None, str]] = [
        (p, o.id, o.field_of_action) for p in partners for o in p.offers
    ]
    targets += [(p, None, "") for p in partners if not p.offers]
    live = (Visitor.facility_id == facility_id, Visitor.deleted_at.is_(None))
    with database.sessions.begin() as session:
        # Visitor numbers, not ids: turning a hundred thousand ids into UUIDs takes long.
        numbers = list(
            session.scalars(select(Visitor.number).where(*live).order_by(Visitor.number))
        )
        count = min(MAX_REFERRALS, len(numbers) // VISITORS_PER_REFERRAL)
        chosen = rng.sample(numbers, count)
        found = session.execute(
            select(Visitor.number, Visitor.id).where(*live, Visitor.number.in_(chosen))
        )
        ids = {number: visitor_id for number, visitor_id in found}
    for visitor_id in (ids[number] for number in chosen):
        days_ago = int(rng.triangular(0, 365, 30))
        issued = datetime.combine(today - timedelta(days=days_ago), time(10)).astimezone()
        clock.now = issued + timedelta(minutes=rng.randrange(8 * 60))
        partner, offer_id, field = rng.choice(targets)
        record = referrals.issue(_draft(rng, clock.now, visitor_id, partner, offer_id, field))
        _follow(rng, referrals, clock, record.id, days_ago, today)
    return count


def _draft(
    rng: random.Random,
    now: datetime,
    visitor_id: uuid.UUID,
    partner: Partner,
    offer_id: uuid.UUID | None,
    field: str,
) -> ReferralDraft:
    consent = None
    if rng.random() < 0.3:
        consent = SharingConsent(
            manner=rng.choice(list(ConsentManner)),
            recipient=partner.name,
            data_shared="Initialen, Anliegen, Termin",
            purpose="Bestätigung, dass die Person angekommen ist",
        )
    appointment = None
    if rng.random() < 0.25:
        day = now.date() + timedelta(days=rng.randint(2, 10))
        appointment = datetime.combine(day, time(rng.choice((9, 10, 11, 14)))).astimezone()
    return ReferralDraft(
        visitor_id=visitor_id,
        partner_id=partner.id,
        partner_offer_id=offer_id,
        field_of_action=field,
        appointment_at=appointment,
        purpose=rng.choice(_PURPOSES.get(field, _OTHER_PURPOSES)),
        person_display=PersonDisplay.FIRST_NAME if rng.random() < 0.2 else PersonDisplay.INITIALS,
        slip_language=rng.choices(SLIP_LANGUAGES, weights=(6, 2, 1, 1))[0],
        consent=consent,
    )


def _follow(
    rng: random.Random,
    referrals: ReferralService,
    clock: _Clock,
    referral_id: uuid.UUID,
    days_ago: int,
    today: date,
) -> None:
    """What became of a referral: the slip handed out, then whatever happened next."""
    referrals.mark_handed_out(referral_id)
    if days_ago < 7:
        return  # too early to tell
    roll = rng.random()
    steps: list[ReferralStatus]
    if roll < 0.55:
        steps = [ReferralStatus.ARRIVED]
        if rng.random() < 0.6:
            steps.append(ReferralStatus.COMPLETED)
    elif roll < 0.75:
        steps = [ReferralStatus.NOT_TAKEN_UP]
    elif roll < 0.82:
        steps = [ReferralStatus.DECLINED]
    elif roll < 0.86:
        steps = [ReferralStatus.CANCELLED]
    else:
        steps = []  # still open: the follow-up list brings it forward
    latest = datetime.combine(today, time(9)).astimezone()
    for step in steps:
        clock.now = min(latest, clock.now + timedelta(days=rng.randint(1, 6)))
        referrals.set_status(referral_id, step)
