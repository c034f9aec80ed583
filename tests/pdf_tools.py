"""Reading a PDF as a person and a scanner would: its text, its pages as images, its QR codes.

The tools come from poppler-utils (pdftotext, pdftoppm, pdfinfo, pdfimages) and
zbar-tools (zbarimg). A missing tool fails the test and names the Debian package to
install: these checks must run, never be skipped.
"""

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

_PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdfimages": "poppler-utils",
    "zbarimg": "zbar-tools",
}
# What pdftotext puts around right-to-left runs: embeddings, overrides and isolates.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        package = _PACKAGES[name]
        raise AssertionError(
            f"{name} is missing: install the Debian package {package} (apt-get install {package})"
        )
    return path


def _run(*arguments: str) -> str:
    done = subprocess.run(arguments, check=True, capture_output=True, text=True)
    return done.stdout


def text_of(pdf: Path, *, raw: bool = False) -> str:
    """The page's text in reading order (``raw``: in the order it was drawn)."""
    options = ["-raw"] if raw else []
    return _run(tool("pdftotext"), "-enc", "UTF-8", *options, str(pdf), "-")


def plain(text: str) -> str:
    """Text as a reader takes it in: bidi controls gone, presentation forms back to letters
    (NFKC), every run of white space one space."""
    text = unicodedata.normalize("NFKC", _BIDI_CONTROLS.sub("", text))
    return " ".join(text.split())


def info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields: Pages, Page size, Title, Creator, …"""
    fields: dict[str, str] = {}
    for line in _run(tool("pdfinfo"), str(pdf)).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def image_count(pdf: Path) -> int:
    """How many images (not counting their transparency masks) the pages hold."""
    rows = _run(tool("pdfimages"), "-list", str(pdf)).splitlines()[2:]
    return sum(1 for row in rows if row.split()[2] == "image")


def page_texts(pdf: Path, *, raw: bool = False) -> list[str]:
    """Each page's text, first page first."""
    pages = text_of(pdf, raw=raw).split("\f")
    # pdftotext ends every page with a form feed, the last one too.
    return pages[:-1] if pages and not pages[-1].strip() else pages


def render_page(pdf: Path, out_dir: Path, *, dpi: int, page: int = 1) -> Path:
    """One page (the first unless told) as a PNG file in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / (f"{pdf.stem}-{dpi}" if page == 1 else f"{pdf.stem}-{dpi}-p{page}")
    _run(
        tool("pdftoppm"),
        "-r",
        str(dpi),
        "-png",
        "-f",
        str(page),
        "-l",
        str(page),
        "-singlefile",
        str(pdf),
        str(prefix),
    )
    return prefix.with_suffix(".png")


def qr_codes(pdf: Path, out_dir: Path) -> list[str]:
    """What a scanner reads from the QR codes of the first page, printed at 200 dpi."""
    page = render_page(pdf, out_dir, dpi=200)
    done = subprocess.run(
        [tool("zbarimg"), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
        capture_output=True,
        text=True,
        check=False,
    )
    # zbarimg exits with 4 when the image holds no code at all.
    if done.returncode not in (0, 4):
        raise AssertionError(f"zbarimg failed on {page}: {done.stderr}")
    return [line for line in done.stdout.splitlines() if line]
