"""The fonts bundled with Tresen, registered with ReportLab once per process."""

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from desktop_app.core.paths import resources_dir

# DejaVu Sans covers Latin with the German and Turkish letters (ä ö ü ß ğ ı İ ş) and Arabic
# with its presentation forms, which arabic_reshaper produces: one font family for every
# language a slip speaks, so a line never needs a fallback font. Licence beside the files.
_FILES = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf"}

# PDF work runs on a small thread pool; two documents started at once must not both
# parse the font files or register half a family.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class BundledFonts:
    """ReportLab's names of the registered fonts, for ``setFont`` and ``stringWidth``."""

    regular: str
    bold: str


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_fonts() -> BundledFonts:
    """Register the bundled fonts on first use (parsing them takes a while); then cached."""
    with _LOCK:
        return _register()


@cache
def _register() -> BundledFonts:
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise FileNotFoundError(
                f"The font file {path} is missing; please reinstall Tresen to print documents."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return BundledFonts(regular="DejaVuSans", bold="DejaVuSans-Bold")
