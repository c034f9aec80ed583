"""The settings for referrals and printing: contact person, logo, paper, follow-up, test print."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.core.db import Database
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.settings import Settings
from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.gui.tasks import TaskRunner
from tests.gui.keyboard import type_text
from tests.pdf_tools import image_count, text_of


@pytest.fixture
def dialog(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
    tmp_path: Path,
) -> SettingsDialog:
    settings_dialog = SettingsDialog(
        SetupService(database.sessions),
        services.offers,
        runner,
        Settings(),
        facility,
        logo_dir=tmp_path / "data",
    )
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    ok = settings_dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled)
    return settings_dialog


def _logo(path: Path) -> Path:
    image = QImage(2400, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7f62"))
    assert image.save(str(path))
    return path


def test_letterhead_paper_and_follow_up_are_saved(
    qtbot: QtBot, dialog: SettingsDialog, database: Database, tmp_path: Path
) -> None:
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.facility_tab)
    type_text(qtbot, form.contact_person_edit, "Maria Öztürk")
    form.tab_widget.setCurrentWidget(form.documents_tab)

    # Not an image: said beside the button, nothing kept.
    not_an_image = tmp_path / "brief.png"
    not_an_image.write_text("not a picture", encoding="utf-8")
    assert not dialog.use_logo(not_an_image)
    assert form.logo_error_label.isVisible() and "PNG or JPEG" in form.logo_error_label.text()

    assert dialog.use_logo(_logo(tmp_path / "logo.png"))
    assert not form.logo_error_label.isVisible()
    assert not form.logo_preview_label.pixmap().isNull()
    form.paper_combo.setCurrentIndex(form.paper_combo.findData("A4"))
    form.follow_up_spin.selectAll()
    qtbot.keyClicks(form.follow_up_spin, "21")

    with qtbot.waitSignal(dialog.settings_saved) as saved:
        qtbot.mouseClick(
            form.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    settings = saved.args[0]
    assert (settings.slip_paper, settings.follow_up_days) == ("A4", 21)
    kept = Path(settings.logo_file)
    assert kept.parent == tmp_path / "data" and kept.exists()
    # Kept no larger than a letterhead needs.
    assert QImage(str(kept)).width() <= 1200
    facility = SetupService(database.sessions).local_facility()
    assert facility is not None and facility.contact_person == "Maria Öztürk"


def test_the_test_print_shows_a_sample_of_every_document_with_the_letterhead(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.documents_tab)
    dialog.use_logo(_logo(tmp_path / "logo.png"))
    form.sample_language_combo.setCurrentIndex(form.sample_language_combo.findData("tr"))
    qtbot.mouseClick(form.test_print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    preview = dialog.preview
    assert isinstance(preview, DocumentPreviewDialog)
    assert preview.form.document_combo.count() >= 2  # the slip on A5 and on A4, at least
    sample = tmp_path / "sample.pdf"
    assert preview.save_to(sample)
    text = text_of(sample)
    assert "Nachbarschaftshaus Am Park" in text  # the letterhead as entered
    assert "MUSTER" in text and "Vermittlung" in text and "Yönlendirme" in text
    assert image_count(sample) >= 1  # the logo
