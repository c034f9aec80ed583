"""What every printed document shares: the letterhead of the facility that issues it."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Letterhead:
    """The issuing facility as its documents print it."""

    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""
    logo: Path | None = None
