"""The rules of volunteer engagement: allowance limits by year, and recognition criteria.

They come from ``resources/rules/volunteering.toml``; a facility may override any value
with a ``volunteering.toml`` in its settings folder (PRODUCT.md: rules change; these are
defaults, never hard-coded truths). Beside them, the words a certificate never prints.
"""

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.paths import resources_dir
from desktop_app.core.volunteer_records import AllowanceKind, AllowanceLimit

log = logging.getLogger(__name__)

RULES_FILE = "volunteering.toml"

# What a certificate in the FreiwilligenPass spirit never says: grades, judgements, praise
# of character, the formulas of German job references. Whole words in any case; a "*"
# takes any ending ("zuverlässig*" is also "Zuverlässigkeit"), a space any white space.
EVALUATIVE_WORDS: tuple[str, ...] = (
    "sehr gut*",
    "gut",
    "gute",
    "guten",
    "guter",
    "gutes",
    "befriedigend*",
    "ausreichend",
    "zufrieden*",
    "vollsten",
    "hervorragend*",
    "ausgezeichnet*",
    "exzellent*",
    "stets",
    "immer",
    "tadellos*",
    "einwandfrei*",
    "vorbildlich*",
    "zuverlässig*",
    "zuverlassig*",
    "pünktlich*",
    "fleißig*",
    "fleissig*",
    "lobenswert*",
    "überdurchschnittlich*",
    "bestens",
    "wertvoll*",
    "excellent*",
    "outstanding",
    "satisfactor*",
    "satisfaction",
    "very good",
    "good",
    "great",
    "reliabl*",
    "reliability",
    "exemplary",
    "impeccabl*",
    "always",
    "diligent*",
    "valuable",
    "best",
)
EVALUATIVE = re.compile(
    "|".join(
        r"(?<!\w)"
        + r"\s+".join(re.escape(part) for part in word.rstrip("*").split())
        + (r"\w*" if word.endswith("*") else r"(?!\w)")
        for word in EVALUATIVE_WORDS
    ),
    re.IGNORECASE,
)


def evaluative_word(text: str) -> str | None:
    """The first judging word or phrase in ``text`` as typed, or None."""
    found = EVALUATIVE.search(text)
    return None if found is None else found.group(0)


@dataclass(frozen=True)
class EhrenamtskarteRule:
    title: str
    min_engaged_months: int
    min_hours: int


@dataclass(frozen=True)
class FreiwilligenpassRule:
    title: str
    min_age: int
    regular_hours: int
    regular_months: int
    project_hours: int
    school_regular_hours: int
    school_project_hours: int


@dataclass(frozen=True)
class VolunteeringRules:
    allowance_limits: tuple[AllowanceLimit, ...]  # oldest first
    buergergeld_free_cents: int
    warn_at: float
    ehrenamtskarte: EhrenamtskarteRule
    freiwilligenpass: FreiwilligenpassRule

    def limit(self, year: int) -> AllowanceLimit:
        """The limits in force in ``year`` (the earliest known ones before the table)."""
        found = self.allowance_limits[0]
        for limit in self.allowance_limits:
            if limit.first_year <= year:
                found = limit
        return found

    def limit_cents(self, kind: AllowanceKind, year: int) -> int:
        return self.limit(year).of(kind)


def _merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_rules(settings_dir: Path | None = None) -> VolunteeringRules:
    """The bundled rules, with the facility's own file (if any) laid over them.

    A facility file that cannot be read, or that gives a value the rules cannot use (text
    where a number belongs, an empty table of limits), is ignored with a log line: the desk
    keeps working with the bundled rules rather than not opening at all.
    """
    data = tomllib.loads((resources_dir() / "rules" / RULES_FILE).read_text(encoding="utf-8"))
    if settings_dir is not None and (settings_dir / RULES_FILE).is_file():
        try:
            override = tomllib.loads((settings_dir / RULES_FILE).read_text(encoding="utf-8"))
            return _rules(_merged(data, override))
        # ValueError covers TOMLDecodeError and UnicodeDecodeError; OverflowError an "inf".
        except (OSError, ValueError, KeyError, TypeError, OverflowError) as error:
            log.warning(
                "rules file in %s unusable (%s); using the bundled rules", settings_dir, error
            )
    return _rules(data)


def _rules(data: dict[str, Any]) -> VolunteeringRules:
    """The rules of ``data``; ValueError, KeyError or TypeError for a value they cannot use."""
    limits = sorted(
        (
            AllowanceLimit(
                first_year=int(row["from_year"]),
                trainer_cents=round(float(row["uebungsleiter"]) * 100),
                volunteer_cents=round(float(row["ehrenamt"]) * 100),
            )
            for row in data["allowance_limits"]
        ),
        key=lambda limit: limit.first_year,
    )
    if not limits:
        raise ValueError("allowance_limits is empty")
    karte = data["ehrenamtskarte"]
    pass_ = data["freiwilligenpass"]
    return VolunteeringRules(
        allowance_limits=tuple(limits),
        buergergeld_free_cents=round(float(data["buergergeld_free_allowances"]) * 100),
        warn_at=float(data["warn_at"]),
        ehrenamtskarte=EhrenamtskarteRule(
            title=str(karte["title"]),
            min_engaged_months=int(karte["min_engaged_months"]),
            min_hours=int(karte["min_hours"]),
        ),
        freiwilligenpass=FreiwilligenpassRule(
            title=str(pass_["title"]),
            min_age=int(pass_["min_age"]),
            regular_hours=int(pass_["regular_hours"]),
            regular_months=int(pass_["regular_months"]),
            project_hours=int(pass_["project_hours"]),
            school_regular_hours=int(pass_["school_regular_hours"]),
            school_project_hours=int(pass_["school_project_hours"]),
        ),
    )
