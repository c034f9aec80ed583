"""The exceptions services raise; each message is written for the person at the desk."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class TresenError(Exception):
    """Base of every error a receptionist may see.

    ``message`` is English source text marked for Qt Linguist (context "errors");
    ``params`` fill its ``{placeholders}`` after translation.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params: Mapping[str, object] = MappingProxyType(params)


class NotFoundError(TresenError):
    """The record asked for does not exist (any more)."""


class RuleError(TresenError):
    """The action is not allowed, for example undoing yesterday's check-in."""


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field: English source text (context "errors") and its values."""

    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self) -> str:
        """The untranslated message, for logs and the command line."""
        return self.message.format(**self.params)


class ValidationError(TresenError):
    """Input that cannot be saved; ``problems`` maps each field name to what is wrong."""

    def __init__(self, problems: Mapping[str, FieldProblem]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Please correct the marked fields."))
        self.problems: Mapping[str, FieldProblem] = MappingProxyType(dict(problems))

    def __str__(self) -> str:
        return "; ".join(f"{name}: {problem.text()}" for name, problem in self.problems.items())


class DatabaseProblem(TresenError):
    """The local database cannot be opened; says which file and what to do."""

    def __init__(self, message: str, path: Path, **params: object) -> None:
        super().__init__(message, path=str(path), **params)
        self.path = path


class DatabaseLocked(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is in use by another program. Close the other "
                "Tresen window (or the program holding the file) and start Tresen again.",
            ),
            path,
        )


class DatabaseCorrupt(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} cannot be read: it is damaged or not a Tresen "
                "database. Nothing was changed. Restore the most recent backup "
                "(the files named *.backup-* next to it) or ask your administrator.",
            ),
            path,
        )


class DatabaseTooNew(DatabaseProblem):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was written by a newer version of Tresen "
                "(schema {revision}). Nothing was changed. Install the current version "
                "of Tresen to open it.",
            ),
            path,
            revision=revision,
        )


class DatabaseUnwritable(DatabaseProblem):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} cannot be opened for writing ({reason}). Check that "
                "the folder exists and that you may write to it.",
            ),
            path,
            reason=reason,
        )


class DuplicateHours(RuleError):
    """An entry for the same volunteer, day and activity exists: flagged, never merged."""


class CodeMistyped(TresenError):
    """A typed referral code whose check character does not fit: a typing mistake."""


class CodeUnknown(NotFoundError):
    """A well-formed referral code that no referral at this desk has."""


class FileNotWritten(TresenError):
    """A file (or its folder) could not be written: which one, and the system's reason."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} could not be written ({reason}). Choose another folder or close the file.",
            ),
            path=str(path),
            reason=error.strerror or str(error),
        )
        self.path = path
