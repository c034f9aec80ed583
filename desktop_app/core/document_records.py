"""What every printed document shares: the letterhead of the facility that issues it."""

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class _Addressed(Protocol):
    """A facility as a record, a draft or a row: what a letterhead prints of it."""

    @property
    def name(self) -> str: ...
    @property
    def street(self) -> str: ...
    @property
    def postcode(self) -> str: ...
    @property
    def city(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def contact_person(self) -> str: ...


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

    @classmethod
    def of(cls, facility: _Addressed, logo_file: str | Path | None = None) -> "Letterhead":
        """The letterhead of ``facility``; ``logo_file`` "" or None for none."""
        return cls(
            name=facility.name,
            street=facility.street,
            postcode=facility.postcode,
            city=facility.city,
            phone=facility.phone,
            email=facility.email,
            contact_person=facility.contact_person,
            logo=Path(logo_file) if logo_file else None,
        )
