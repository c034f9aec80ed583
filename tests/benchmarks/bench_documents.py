"""Document benchmarks: rendering a referral slip, hundreds of slips in a row, and an
engagement certificate."""

import gc
import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import count

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop_app.core.codes import new_referral_code
from desktop_app.core.referral_records import SlipContent, SlipTarget
from desktop_app.core.volunteer_records import ActivityHours, CertificateContent, Training
from desktop_app.documents.certificate import layout_certificate, render_certificate
from desktop_app.documents.paged import PagedLayout
from desktop_app.documents.slip import SlipLayout, layout_slip, render_slip
from tests.benchmarks.harness import (
    BenchContext,
    Benchmark,
    Result,
    milliseconds_since,
    percentile,
)
from tests.documents.examples import BASE, ISSUER, TARGET

# The issue's targets.
SLIP_MEDIAN_MS = 40.0
SLIP_RATIO = 3.0
GROWTH_MB = 5.0

CERTIFICATE_MEDIAN_MS = 60.0

SLIPS = 100
WARM_UP = 10
CERTIFICATES = 50
IN_A_ROW = 500
SETTLED_AFTER = 50

# A desk refers to a handful of partners; the slips differ in code, person and target.
_TARGETS = (
    TARGET,
    replace(
        TARGET,
        name="Jobcenter Berlin-Mitte",
        kind="Jobcenter",
        offer_name="",
        address_lines=("Seydelstraße 2–5", "10117 Berlin"),
        hours=((0, "08:00", "12:30"), (1, "08:00", "12:30"), (3, "08:00", "18:00")),
        hours_note="",
        accessibility="",
    ),
    SlipTarget(
        name="Mehrgenerationenhaus Beispielstraße",
        offer_name="Sprachcafé Deutsch",
        address_lines=("Beispielstraße 7", "13347 Berlin"),
        phone="030 5550100",
        hours=((2, "15:00", "17:00"),),
    ),
)
_NAMES = ("A. M.", "Fatima", "K. Y.", "Olena", "J. S.", "Mehmet", "B. N.")


def _contents() -> Iterator[SlipContent]:
    """Bilingual slips, Arabic and English alternating, each with its own code."""
    for number in count():
        yield replace(
            BASE,
            code=new_referral_code(),
            person_label=_NAMES[number % len(_NAMES)],
            target=_TARGETS[number % len(_TARGETS)],
            language="ar" if number % 2 else "en",
        )


def _bare_canvas(layout: SlipLayout) -> bytes:
    """The baseline: the slip's strings written with drawString in its fonts, nothing more."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.paper_width, layout.paper_height), invariant=1)
    for text in layout.texts:
        canvas.setFont(text.font, text.size)
        canvas.drawString(text.x, text.y, text.text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def referral_slip(context: BenchContext) -> Result:
    contents = _contents()
    for _ in range(WARM_UP):  # fonts registered, texts read, caches primed
        render_slip(next(contents))
    slips = [next(contents) for _ in range(SLIPS)]
    timed = []
    for content in slips:
        start = time.perf_counter_ns()
        render_slip(content)
        timed.append(milliseconds_since(start))
    layouts = [layout_slip(content) for content in slips]
    bare = []
    for layout in layouts:
        start = time.perf_counter_ns()
        _bare_canvas(layout)
        bare.append(milliseconds_since(start))
    sizes = [len(render_slip(content)) for content in slips[:2]]
    return Result(
        f"referral slip, median ({SLIPS} slips, ar/en)",
        statistics.median(timed),
        "ms",
        target=SLIP_MEDIAN_MS,
        baseline_name="bare Canvas, same strings",
        baseline_value=statistics.median(bare),
        target_ratio=SLIP_RATIO,
        note=(
            f"p95 {percentile(timed, 0.95):.1f} ms; about {len(layouts[0].texts)} lines a slip;"
            f" {sizes[0] // 1024}–{sizes[1] // 1024} KB a PDF"
        ),
    )


def _resident_mb() -> float:
    """Resident memory of this process (VmRSS), in MB; Linux only."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _growth(render: Callable[[SlipContent], bytes]) -> tuple[float, int, float]:
    """RSS growth (MB) and Python block growth from slip 50 to slip 500; ms per slip."""
    contents = _contents()
    for _ in range(SETTLED_AFTER):
        render(next(contents))
    gc.collect()
    rss, blocks = _resident_mb(), sys.getallocatedblocks()
    start = time.perf_counter_ns()
    for _ in range(IN_A_ROW - SETTLED_AFTER):
        render(next(contents))
    per_slip = milliseconds_since(start) / (IN_A_ROW - SETTLED_AFTER)
    gc.collect()
    return _resident_mb() - rss, sys.getallocatedblocks() - blocks, per_slip


def slips_in_a_row(context: BenchContext) -> Result:
    growth, blocks, per_slip = _growth(render_slip)
    bare_growth, _, _ = _growth(lambda content: _bare_canvas(layout_slip(content)))
    return Result(
        f"{IN_A_ROW} slips in a row, memory growth after {SETTLED_AFTER}",
        growth,
        "MB",
        target=GROWTH_MB,
        baseline_name="layout + bare Canvas",
        baseline_value=bare_growth,
        note=(
            f"{blocks:+,} Python memory blocks (bounded caches filling); {per_slip:.1f} ms a"
            " slip; below 1 MB both figures are the allocator's noise"
        ),
    )


# What volunteers at a neighbourhood centre do; each certificate takes six of them.
_ACTIVITIES = (
    "Vorlesen in der Kinderbibliothek",
    "Sprachcafé Deutsch: Gesprächsrunden begleiten",
    "Hausaufgabenhilfe für Grundschulkinder",
    "Begleitung von Ausflügen mit Familien",
    "Mithilfe beim Kiezfest",
    "Pflege der Büchertauschecke",
    "Reparaturcafé: Fahrräder und Kleingeräte",
    "Nähwerkstatt für Nachbarinnen und Nachbarn",
    "Begleitung zu Ämtern und Arztterminen",
)
_COMPETENCES = (
    "Vorlesen und Gestalten von Leserunden für Kinder von 6 bis 10 Jahren",
    "Gespräche in einfacher Sprache mit Menschen, die Deutsch lernen",
    "Planen und Organisieren von Ausflügen mit Familien",
    "Zusammenarbeit im Team der Freiwilligen und der Hauptamtlichen",
    "Umgang mit Kindern unterschiedlicher Herkunft und Sprache",
)
_TRAININGS = ("Erste Hilfe am Kind", "Einfache Sprache im Ehrenamt", "Kinderschutz im Ehrenamt")
_VOLUNTEERS = ("Alexandra Nowak-Schulze", "Mehmet Yılmaz", "Olena Kovalenko", "Kim Beispiel")


def _certificates() -> Iterator[CertificateContent]:
    """German and English certificates with six activities and three trainings each."""
    for number in count():
        activities = tuple(
            ActivityHours(
                _ACTIVITIES[(number + index) % len(_ACTIVITIES)], 15 * (number + 40 * index + 60)
            )
            for index in range(6)
        )
        started = date(2025, 1, 1) + timedelta(days=number % 90)
        yield CertificateContent(
            letterhead=ISSUER,
            person_name=_VOLUNTEERS[number % len(_VOLUNTEERS)],
            period_from=started,
            period_to=date(2026, 11, 30),
            total_minutes=sum(activity.minutes for activity in activities),
            activities=activities,
            function="Lesepatenschaft in der Kinderbibliothek und Begleitung des Sprachcafés",
            competences=_COMPETENCES[: 3 + number % 3],
            trainings=tuple(
                Training(title, started + timedelta(days=40 + 120 * index), 60 * (3 + index))
                for index, title in enumerate(_TRAININGS)
            ),
            issued_on=date(2026, 12, 3),
            signatory="Maria Beispiel, Koordination Freiwilligenarbeit",
            english=True,
        )


def _bare_pages(layout: PagedLayout) -> bytes:
    """The baseline: the certificate's strings written with drawString, page by page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width, layout.height), invariant=1)
    for page in layout.pages:
        for text in page.texts:
            canvas.setFont(text.font, text.size)
            canvas.drawString(text.x, text.y, text.text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def engagement_certificate(context: BenchContext) -> Result:
    contents = _certificates()
    for _ in range(WARM_UP):
        render_certificate(next(contents))
    certificates = [next(contents) for _ in range(CERTIFICATES)]
    timed = []
    for content in certificates:
        start = time.perf_counter_ns()
        render_certificate(content)
        timed.append(milliseconds_since(start))
    layouts = [layout_certificate(content) for content in certificates]
    bare = []
    for layout in layouts:
        start = time.perf_counter_ns()
        _bare_pages(layout)
        bare.append(milliseconds_since(start))
    pages = {len(layout.pages) for layout in layouts}
    size = len(render_certificate(certificates[0]))
    return Result(
        f"engagement certificate, median ({CERTIFICATES}, de+en)",
        statistics.median(timed),
        "ms",
        target=CERTIFICATE_MEDIAN_MS,
        baseline_name="bare Canvas, same strings",
        baseline_value=statistics.median(bare),
        note=(
            f"p95 {percentile(timed, 0.95):.1f} ms; about {len(layouts[0].texts)} lines,"
            f" {'/'.join(map(str, sorted(pages)))} page(s) each; {size // 1024} KB a PDF"
        ),
    )


BENCHMARKS: tuple[Benchmark, ...] = (referral_slip, slips_in_a_row, engagement_certificate)
