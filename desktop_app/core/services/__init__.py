"""Services: one method per user action, one transaction each, records in and out."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.db import SessionFactory
from desktop_app.core.services.offers import OfferService
from desktop_app.core.services.tally import TallyService
from desktop_app.core.services.visitors import VisitorService
from desktop_app.core.services.visits import VisitService

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The current time, aware, in the desk's local time zone."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Services:
    """The services of one facility's desk, built once the facility is set up."""

    offers: OfferService
    visitors: VisitorService
    visits: VisitService
    tallies: TallyService


def build_services(
    sessions: SessionFactory, facility_id: uuid.UUID, clock: Clock = local_now
) -> Services:
    return Services(
        offers=OfferService(sessions, facility_id, clock),
        visitors=VisitorService(sessions, facility_id, clock),
        visits=VisitService(sessions, facility_id, clock),
        tallies=TallyService(sessions, facility_id, clock),
    )
