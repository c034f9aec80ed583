"""The desk's own settings: a frozen dataclass saved as TOML in the config directory."""

import logging
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from desktop_app.core.referral_records import PaperSize
from desktop_app.core.statistics_records import CountingRules, NewVisitorRule, VisitRule

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"
# The program's languages, each in its own name so that anyone can find theirs.
LANGUAGES = {"de": "Deutsch", "en": "English"}


PAPER_SIZES = tuple(size.value for size in PaperSize)
FOLLOW_UP_DAYS_RANGE = range(1, 366)
# How often the desk syncs with the shared database by itself, in minutes.
SYNC_INTERVAL_RANGE = range(1, 241)


@dataclass(frozen=True)
class Settings:
    language: str = "de"
    # Referral slips: the usual paper, and the facility's logo for the letterhead (a copy
    # of the chosen image kept in the settings folder; "" for none).
    slip_paper: str = "A5"
    logo_file: str = ""
    # Referrals still open after this many days come up for follow-up.
    follow_up_days: int = 14
    # A desk connected to a shared database syncs this often (and on "Sync now").
    sync_interval_minutes: int = 5
    # The screen locks after this many minutes without a key press or click.
    lock_after_minutes: int = 10
    # How the statistics count: ``VisitRule`` and ``NewVisitorRule`` values.
    statistics_visit_rule: str = VisitRule.WITH_HEAD_COUNTS.value
    statistics_new_visitor_rule: str = NewVisitorRule.FIRST_VISIT.value

    def with_changes(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    def counting_rules(self) -> CountingRules:
        return CountingRules(
            VisitRule(self.statistics_visit_rule),
            NewVisitorRule(self.statistics_new_visitor_rule),
        )


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
    defaults = Settings()
    # Each value must have its default's type; anything else (a hand edit) is left out.
    values = {
        f.name: data[f.name]
        for f in fields(Settings)
        if f.name in data and type(data[f.name]) is type(getattr(defaults, f.name))
    }
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        settings = settings.with_changes(language="de")
    if settings.slip_paper not in PAPER_SIZES:
        settings = settings.with_changes(slip_paper=defaults.slip_paper)
    if settings.follow_up_days not in FOLLOW_UP_DAYS_RANGE:
        settings = settings.with_changes(follow_up_days=defaults.follow_up_days)
    if settings.sync_interval_minutes not in SYNC_INTERVAL_RANGE:
        settings = settings.with_changes(sync_interval_minutes=defaults.sync_interval_minutes)
    if settings.statistics_visit_rule not in set(VisitRule):
        settings = settings.with_changes(statistics_visit_rule=defaults.statistics_visit_rule)
    if settings.statistics_new_visitor_rule not in set(NewVisitorRule):
        settings = settings.with_changes(
            statistics_new_visitor_rule=defaults.statistics_new_visitor_rule
        )
    return settings


def save_settings(directory: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / SETTINGS_FILE
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    temporary.replace(path)
