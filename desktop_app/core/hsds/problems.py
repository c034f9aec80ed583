"""What goes wrong reading an HSDS file: each problem with the place in the file it is at."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import FieldProblem, TresenError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Problem:
    """One problem: where (``services[2].email``, ``organizations.csv, row 4, email``) and what."""

    place: str
    problem: FieldProblem

    def text(self) -> str:
        return f"{self.place}: {self.problem.text()}" if self.place else self.problem.text()


class ImportFailed(TresenError):
    """A file that cannot be imported; ``problems`` lists everything wrong with it."""

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} cannot be imported, nothing was changed. Problems found: {count}.",
            ),
            file=path.name,
            count=len(problems),
        )
        self.path = path
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __str__(self) -> str:
        return "\n".join([super().__str__(), *(f"  {p.text()}" for p in self.problems)])


def problem(place: str, message: str, **params: object) -> Problem:
    return Problem(place, FieldProblem(message, params))


# Messages of the reader (context "errors", like every message the desk may show).
REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
NOT_JSON = QT_TRANSLATE_NOOP("errors", "This is not valid JSON: {reason}.")
NOT_CSV = QT_TRANSLATE_NOOP("errors", "This is not a readable CSV table: {reason}.")
NOT_READABLE = QT_TRANSLATE_NOOP("errors", "The file cannot be read: {reason}.")
NOT_ZIP = QT_TRANSLATE_NOOP("errors", "This is not a ZIP archive.")
NO_DATA = QT_TRANSLATE_NOOP(
    "errors",
    "No HSDS organisations or services were found here. Tresen imports HSDS 3.0 JSON "
    "(organisations, services or services at locations, alone, in a list or in a page "
    "with 'contents') and HSDS tabular data packages (a datapackage.json, a folder or a "
    "ZIP file of CSV tables).",
)
UNKNOWN_OBJECT = QT_TRANSLATE_NOOP(
    "errors", "This object is neither an organisation, a service nor a service at a location."
)
MISSING_COLUMN = QT_TRANSLATE_NOOP("errors", "The column '{column}' is missing.")
DUPLICATE_ROW = QT_TRANSLATE_NOOP("errors", "The id {id} appears again (first at {first}).")
NOT_TEXT_BUT_LIST = QT_TRANSLATE_NOOP("errors", "Expected text, found a list.")
NOT_TEXT_BUT_OBJECT = QT_TRANSLATE_NOOP("errors", "Expected text, found an object.")
NOT_LIST = QT_TRANSLATE_NOOP("errors", "Expected a list of objects.")
NOT_OBJECT = QT_TRANSLATE_NOOP("errors", "Expected an object.")
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "errors", "'{value}' is not a time of day (example: 09:30 or 09:30:00)."
)
NOT_WEEKDAYS = QT_TRANSLATE_NOOP(
    "errors", "'{value}' is not a list of weekdays (example: MO,TU,FR)."
)
CLOSES_BEFORE_OPENING = QT_TRANSLATE_NOOP("errors", "Closes at {closes}, before it opens.")
UNKNOWN_ORGANIZATION = QT_TRANSLATE_NOOP(
    "errors", "No organisation with the id {id} is in this file or in the directory."
)
UNKNOWN_LOCATION = QT_TRANSLATE_NOOP(
    "errors", "No location with the id {id} is in this file or in the directory."
)
LOCATION_IN_USE = QT_TRANSLATE_NOOP(
    "errors",
    "The location {id} would move to this organisation, but offers of '{owner}' in the "
    "directory are still at it.",
)
SERVICE_WITHOUT_ORGANIZATION = QT_TRANSLATE_NOOP(
    "errors", "A service needs its organisation (organization or organization_id)."
)
LOCATION_WITHOUT_ORGANIZATION = QT_TRANSLATE_NOOP(
    "errors",
    "A location alone is imported into its organisation, but it names none "
    "(organization_id is missing).",
)
LINK_WITHOUT_SERVICE = QT_TRANSLATE_NOOP(
    "errors", "A service at a location needs its service (the 'service' object)."
)
