"""The desk's own settings: a frozen dataclass saved as TOML in the config directory."""

import logging
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"
# The program's languages, each in its own name so that anyone can find theirs.
LANGUAGES = {"de": "Deutsch", "en": "English"}


@dataclass(frozen=True)
class Settings:
    language: str = "de"

    def with_changes(self, **changes: Any) -> "Settings":
        return replace(self, **changes)


def load_settings(directory: Path) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults (and a log line)."""
    path = directory / SETTINGS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        log.warning("settings file %s unreadable; using defaults", path, exc_info=True)
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{key: value for key, value in data.items() if key in known})
    if settings.language not in LANGUAGES:
        settings = settings.with_changes(language="de")
    return settings


def save_settings(directory: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / SETTINGS_FILE
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    temporary.replace(path)
