"""Sample documents for a test print, written by a function and by ``tresen sample-documents``."""

from pathlib import Path

import pytest
from PIL import Image

from desktop_app.cli import main
from desktop_app.core.codes import is_referral_code
from desktop_app.core.db import Database
from desktop_app.core.records import FacilityRecord
from desktop_app.documents.samples import (
    SAMPLE_CODE,
    SAMPLE_DOCUMENTS,
    SAMPLE_ISSUER,
    SAMPLE_MARK,
    sample_documents,
    write_samples,
)
from tests.documents.examples import ISSUER
from tests.pdf_tools import info, plain, qr_codes, render_page, text_of

# A5, A4 and A4 landscape at 100 dpi, in pixels (poppler may round up by one).
_PAGE_PIXELS = {"A5": (583, 827), "A4": (827, 1169), "A4 landscape": (1169, 827)}
# The paper of each kind, and the slips, which are one page with a QR code.
_PAPER = {
    "vermittlung-a5": "A5",
    "vermittlung-a4": "A4",
    "engagementnachweis": "A4",
    "stundennachweis": "A4",
    "jahresuebersicht-engagement": "A4 landscape",
    "einwilligung": "A4",
    "verarbeitungsverzeichnis": "A4",
    "auskunft": "A4",
    "jahresbericht": "A4",
}
_SLIPS = ("vermittlung-a5", "vermittlung-a4")


def test_every_kind_has_its_own_name_and_file() -> None:
    kinds = [sample.kind for sample in SAMPLE_DOCUMENTS]
    assert kinds == list(_PAPER)  # the slips first: a preview opens on the A5 slip
    assert all(sample.title for sample in SAMPLE_DOCUMENTS)
    assert is_referral_code(SAMPLE_CODE)


def test_write_samples_writes_every_kind(tmp_path: Path, language: str) -> None:
    """Every sample, as a reader, a scanner and a person looking at its first page take it."""
    written = write_samples(tmp_path / "out", ISSUER, language)
    assert [path.name for path in written] == [
        sample.file_name(language) for sample in SAMPLE_DOCUMENTS
    ]
    for sample, path in zip(SAMPLE_DOCUMENTS, written, strict=True):
        assert path.read_bytes().startswith(b"%PDF-")
        text = plain(text_of(path))
        assert ISSUER.name in text
        assert SAMPLE_MARK in text
        if sample.kind in _SLIPS:
            assert info(path)["Pages"] == "1"
            assert qr_codes(path, tmp_path / "pages") == [SAMPLE_CODE]
        else:
            assert int(info(path)["Pages"]) >= 1
        page = render_page(path, tmp_path / "png", dpi=100)
        with Image.open(page) as image:
            width, height = _PAGE_PIXELS[_PAPER[sample.kind]]
            assert abs(image.width - width) <= 1 and abs(image.height - height) <= 1
            # Not blank: text, boxes and the QR code darken a fair share of pixels.
            histogram = image.convert("L").histogram()
        assert sum(histogram[:40]) > 0  # black, as the QR code's modules or the title
        assert sum(histogram[:128]) > 0.02 * sum(histogram)


def test_sample_documents_for_a_preview() -> None:
    samples = sample_documents(SAMPLE_ISSUER, "tr")
    assert [title for title, _, _ in samples] == [sample.title for sample in SAMPLE_DOCUMENTS]
    assert all(name.endswith("-tr.pdf") and data.startswith(b"%PDF") for _, name, data in samples)


def test_the_command_writes_samples_with_a_fictitious_letterhead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "samples"
    code = main(
        ["sample-documents", "--out", str(out), "--language", "ar", "--data-dir", str(tmp_path)]
    )
    assert code == 0
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(SAMPLE_DOCUMENTS)
    printed = capsys.readouterr().out
    assert all(str(path) in printed for path in files)
    assert SAMPLE_ISSUER.name in plain(text_of(files[0]))
    # Only looked for a database; never made one.
    assert not (tmp_path / "tresen.sqlite3").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["samples"]


def test_the_command_uses_the_desks_facility(
    tmp_path: Path,
    data_dir: Path,
    database: Database,
    facility: FacilityRecord,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("desktop_app.core.paths.config_dir", lambda: tmp_path / "config")
    out = tmp_path / "samples"
    code = main(["sample-documents", "--out", str(out), "--data-dir", str(data_dir)])
    assert code == 0
    files = sorted(out.glob("*-en.pdf"))
    assert len(files) == len(SAMPLE_DOCUMENTS)
    text = plain(text_of(out / "vermittlung-a5-en.pdf"))
    assert facility.name in text
    assert "Parkstraße 1 · 10559 Berlin" in text
    assert "Referral" in text  # English beside German by default
    certificate = plain(text_of(out / "engagementnachweis-en.pdf"))
    assert facility.name in certificate
    assert "Certificate of voluntary engagement" in certificate
    assert "fictitious" not in capsys.readouterr().out


def test_the_command_refuses_an_unknown_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sample-documents", "--out", str(tmp_path / "x"), "--language", "fr"])
    assert code == 2
    assert "de, en, tr, ar" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
