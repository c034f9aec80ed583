"""Document benchmarks: rendering a referral slip, and hundreds of slips in a row."""

import gc
import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import count

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop_app.core.codes import new_referral_code
from desktop_app.core.referral_records import SlipContent, SlipTarget
from desktop_app.documents.slip import SlipLayout, layout_slip, render_slip
from tests.benchmarks.harness import BenchContext, Benchmark, Result, percentile
from tests.documents.examples import BASE, TARGET

# The targets.
SLIP_MEDIAN_MS = 40.0
SLIP_RATIO = 3.0
GROWTH_MB = 5.0

SLIPS = 100
WARM_UP = 10
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


def _milliseconds(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


def referral_slip(context: BenchContext) -> Result:
    contents = _contents()
    for _ in range(WARM_UP):  # fonts registered, texts read, caches primed
        render_slip(next(contents))
    slips = [next(contents) for _ in range(SLIPS)]
    timed = []
    for content in slips:
        start = time.perf_counter_ns()
        render_slip(content)
        timed.append(_milliseconds(start))
    layouts = [layout_slip(content) for content in slips]
    bare = []
    for layout in layouts:
        start = time.perf_counter_ns()
        _bare_canvas(layout)
        bare.append(_milliseconds(start))
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
    per_slip = _milliseconds(start) / (IN_A_ROW - SETTLED_AFTER)
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


BENCHMARKS: tuple[Benchmark, ...] = (referral_slip, slips_in_a_row)
