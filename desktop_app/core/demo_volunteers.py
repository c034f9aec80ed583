"""Demo volunteers: clearly fictitious people with a year of hours, trainings and allowances.

Profiles go through the volunteer service like anyone's. Their hours come by the thousand
(weekly, with holidays and the odd missed week), too many to enter one by one, so they
are inserted in bulk with the same columns the hours service writes. ``bulk_hours`` also
makes the large sets the benchmarks need (500 volunteers over five years).
"""

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from desktop_app.core.db import Database
from desktop_app.core.ids import new_id
from desktop_app.core.models import Offer, Visitor, VolunteerHours
from desktop_app.core.services.allowances import AllowanceService
from desktop_app.core.services.volunteers import VolunteerService
from desktop_app.core.volunteer_records import (
    Activity,
    AllowanceDraft,
    AllowanceKind,
    HoursStatus,
    Training,
    VolunteerDraft,
)
from desktop_app.core.volunteering_rules import load_rules

DEMO_VOLUNTEERS = 24
_COORDINATOR = "Koordination (Demo)"

# What volunteers do at a neighbourhood house, the offer it belongs to (by title), and the
# usual length of a shift in quarter hours.
_ACTIVITIES: tuple[tuple[str, str | None, int], ...] = (
    ("Hausaufgabenhilfe", "Hausaufgabenhilfe", 8),
    ("Café-Team", "Offenes Café", 12),
    ("Lesepatenschaft", None, 6),
    ("Deutsch im Alltag (Gesprächsrunde)", "Deutsch im Alltag", 8),
    ("Nachbarschaftsgarten", "Nachbarschaftsgarten", 12),
    ("Begleitung zu Ämtern", None, 10),
    ("Digitalsprechstunde", "Digitalsprechstunde", 8),
    ("Seniorentreff", None, 8),
    ("Fahrradwerkstatt", None, 12),
)
_TRAININGS = (
    ("Erste Hilfe am Kind", 8 * 60),
    ("Kinderschutz im Ehrenamt", 4 * 60),
    ("Gesprächsführung und Konflikte", 6 * 60),
    ("Datenschutz im Ehrenamt", 2 * 60),
    ("Interkulturelle Kommunikation", 6 * 60),
)
_FIRST = (
    "Amira", "Ben", "Claudia", "Deniz", "Elena", "Farid", "Greta", "Hakan", "Ines", "Jonas",
    "Katarzyna", "Lukas", "Mariam", "Noah", "Olga", "Paul", "Rania", "Samuel", "Tuba",
    "Ursula", "Viktor", "Wiebke", "Yusuf", "Zofia",
)  # fmt: skip
_LAST = (
    "Beispiel", "Muster", "Probe", "Demo", "Fiktiv", "Exempel", "Vorlage", "Schablone",
)  # fmt: skip


@dataclass(frozen=True)
class _Plan:
    volunteer_id: uuid.UUID
    activities: tuple[tuple[str, uuid.UUID | None, int], ...]
    started_on: date
    ended_on: date | None
    weekday: int
    reliability: float  # share of weeks they come


def fill_demo_volunteers(
    database: Database,
    facility_id: uuid.UUID,
    *,
    seed: int,
    today: date,
    count: int = DEMO_VOLUNTEERS,
) -> int:
    """Create ``count`` demo volunteers with their hours since they started; return the count."""
    rng = random.Random(seed)

    def clock() -> datetime:
        return datetime.combine(today, time(9)).astimezone()

    rules = load_rules()
    volunteers = VolunteerService(database.sessions, facility_id, clock, rules)
    allowances = AllowanceService(database.sessions, facility_id, clock, rules)
    with database.sessions.begin() as session:
        offers = {o.title: o.id for o in session.scalars(select(Offer))}
        visitors = list(
            session.scalars(select(Visitor.id).where(Visitor.facility_id == facility_id).limit(400))
        )
    plans: list[_Plan] = []
    for index in range(count):
        chosen = rng.sample(_ACTIVITIES, rng.choice((1, 1, 2)))
        started = today - timedelta(days=rng.randint(60, 900))
        ended = None
        if rng.random() < 0.12:
            ended = today - timedelta(days=rng.randint(5, 50))
        trainings = tuple(
            Training(title, min(today, started + timedelta(days=rng.randint(10, 300))), minutes)
            for title, minutes in rng.sample(_TRAININGS, rng.randint(0, 2))
        )
        draft = VolunteerDraft(
            first_name=_FIRST[index % len(_FIRST)],
            last_name=f"{_LAST[index % len(_LAST)]} (Demo)",
            email=f"engagiert-{index + 1}@beispielkiez.example.org",
            birth_year=rng.randint(1945, 2008),
        )
        if index < len(visitors) and rng.random() < 0.3:
            # Some volunteers first came as visitors: the profile starts from their card.
            linked = volunteers.draft_from_visitor(visitors[index])
            draft = replace(linked, email=linked.email or draft.email)
        draft = replace(
            draft,
            started_on=started,
            ended_on=ended,
            activities=tuple(Activity(name, offers.get(offer or "")) for name, offer, _ in chosen),
            trainings=trainings,
            agreement_signed_on=started,
            police_certificate_seen_on=started if rng.random() < 0.4 else None,
            school_pass=rng.random() < 0.08,
        )
        record = volunteers.create(draft)
        plans.append(
            _Plan(
                record.id,
                tuple(
                    (name, offers.get(offer or ""), quarters) for name, offer, quarters in chosen
                ),
                started,
                ended,
                rng.randint(0, 4),
                rng.uniform(0.55, 0.95),
            )
        )
        if ended is not None:
            continue
        if rng.random() < 0.25:
            kind = rng.choice(list(AllowanceKind))
            amount = rng.choice((300, 450, 600, 720)) * 100
            allowances.record(
                AllowanceDraft(
                    record.id, today - timedelta(days=rng.randint(0, 90)), amount, kind,
                    chosen[0][0],
                )
            )  # fmt: skip
    rows = [row for plan in plans for row in _weekly_rows(rng, facility_id, plan, today)]
    _insert(database, rows)
    return count


def _weekly_rows(
    rng: random.Random, facility_id: uuid.UUID, plan: _Plan, today: date
) -> list[dict[str, object]]:
    """A row of hours for each week the volunteer came, on their weekday, while engaged."""
    rows: list[dict[str, object]] = []
    first = plan.started_on
    last = today if plan.ended_on is None else min(today, plan.ended_on)
    day = first + timedelta(days=(plan.weekday - first.weekday()) % 7)
    while day <= last:
        if rng.random() < plan.reliability and not (day.month == 8 and rng.random() < 0.6):
            for name, offer_id, quarters in plan.activities:
                minutes = max(1, quarters + rng.choice((-2, -1, 0, 0, 0, 1, 2))) * 15
                moment = datetime.combine(day, time(18)).astimezone().astimezone(UTC)
                rows.append(
                    {
                        "id": new_id(),
                        "facility_id": facility_id,
                        "created_at": moment,
                        "updated_at": moment,
                        "volunteer_id": plan.volunteer_id,
                        "worked_on": day,
                        "minutes": minutes,
                        "activity": name,
                        "offer_id": offer_id,
                        "status": HoursStatus.ACTIVE.value,
                        "recorded_by": _COORDINATOR,
                        "recorded_at": moment,
                    }
                )
        day += timedelta(days=7)
    return rows


def _insert(database: Database, rows: Sequence[dict[str, object]]) -> None:
    with database.sessions.begin() as session:
        for start in range(0, len(rows), 5000):
            session.execute(insert(VolunteerHours), rows[start : start + 5000])


def bulk_hours(
    database: Database,
    facility_id: uuid.UUID,
    *,
    volunteers: int,
    years: int,
    seed: int,
    today: date,
) -> int:
    """Many volunteers with weekly hours over ``years`` years (for benchmarks); rows written."""
    rng = random.Random(seed)
    service = VolunteerService(
        database.sessions,
        facility_id,
        lambda: datetime.combine(today, time(9)).astimezone(),
        load_rules(),
    )
    first = date(today.year - years, today.month, 1)
    rows: list[dict[str, object]] = []
    for index in range(volunteers):
        chosen = rng.sample(_ACTIVITIES, rng.choice((1, 2)))
        record = service.create(
            VolunteerDraft(
                first_name=_FIRST[index % len(_FIRST)],
                last_name=f"{_LAST[index % len(_LAST)]} {index + 1} (Demo)",
                started_on=first,
                activities=tuple(Activity(name) for name, _offer, _quarters in chosen),
            )
        )
        plan = _Plan(
            record.id,
            tuple((name, None, quarters) for name, _offer, quarters in chosen),
            first,
            None,
            rng.randint(0, 4),
            rng.uniform(0.6, 0.95),
        )
        rows.extend(_weekly_rows(rng, facility_id, plan, today))
    _insert(database, rows)
    return len(rows)
