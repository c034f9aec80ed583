"""Consents at the desk: one per purpose, a guardian for children, withdrawal and what follows."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.consent_records import ConsentPurpose
from desktop_app.core.records import VisitorDraft
from desktop_app.core.services import Services
from desktop_app.gui.consents_dialog import ConsentsDialog
from desktop_app.gui.main_window import MainWindow, Screen
from tests.gui.keyboard import type_text
from tests.pdf_tools import text_of


def _open(qtbot: QtBot, window: MainWindow) -> ConsentsDialog:
    window.show_screen(Screen.VISITORS)
    view = window.visitors_view
    qtbot.waitUntil(lambda: view.selected_visitor() is not None)
    qtbot.mouseClick(view.form.consents_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ConsentsDialog) is not None)
    dialog = window.findChild(ConsentsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: ConsentsDialog, purpose: ConsentPurpose) -> None:
    combo = dialog.form.purpose_combo
    combo.setCurrentIndex(combo.findData(purpose))


def _withdraw(qtbot: QtBot, dialog: ConsentsDialog, purpose: ConsentPurpose) -> str:
    """Withdraw the active consent for ``purpose``; the question's text, as the desk read it."""
    row = next(i for i, r in enumerate(dialog.records) if r.purpose is purpose and r.is_active)
    dialog.form.consents_table.selectRow(row)
    qtbot.mouseClick(dialog.form.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None)
    box = dialog.question
    assert box is not None
    qtbot.waitExposed(box)
    text = box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    withdraw = next(b for b in box.buttons() if "Withdraw" in b.text())
    qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is None)
    return text


def test_a_childs_consent_needs_a_guardian_and_withdrawing_removes_what_it_covered(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    child = services.visitors.register(
        VisitorDraft(first_name="Lina", last_name="Yıldız", birth_year=2015, phone="030 778899")
    )
    dialog = _open(qtbot, window)
    form = dialog.form
    assert child.number in form.intro_label.text()

    _choose(dialog, ConsentPurpose.REGISTRATION)
    qtbot.mouseClick(form.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.guardian_error_label.isVisible)
    assert "guardian" in form.guardian_error_label.text()
    assert dialog.records == []
    type_text(qtbot, form.guardian_edit, "Selin Yıldız")
    qtbot.mouseClick(form.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.records) == 1)
    [registration] = dialog.records
    assert registration.guardian_name == "Selin Yıldız"
    assert registration.recorded_by == "Test Admin"
    assert form.consents_table.item(0, 5).text() == "Selin Yıldız"

    _choose(dialog, ConsentPurpose.CONTACT)
    type_text(qtbot, form.guardian_edit, "Selin Yıldız")
    qtbot.mouseClick(form.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.records) == 2)

    # Contact withdrawn: the phone number goes, the registration stays.
    question = _withdraw(qtbot, dialog, ConsentPurpose.CONTACT)
    assert "phone number and the e-mail address are deleted" in question
    qtbot.waitUntil(lambda: any(not r.is_active for r in dialog.records))
    assert services.visitors.get(child.id).phone == ""

    # The printed form, in German and Turkish, names the person.
    form.form_language_combo.setCurrentIndex(form.form_language_combo.findData("tr"))
    qtbot.mouseClick(form.form_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    preview = dialog.preview
    assert preview is not None
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(preview.current.data)
    text = text_of(pdf)
    assert "Lina Yıldız" in text and "Einwilligung" in text and "velinin onayı" in text
    preview.form.close_button.click()

    # Registration withdrawn: the person is no longer registered, the visits stay counted.
    question = _withdraw(qtbot, dialog, ConsentPurpose.REGISTRATION)
    assert "The registration is deleted" in question
    qtbot.waitUntil(lambda: all(not r.is_active for r in dialog.records))
    assert services.visitors.search("Lina") == []
    dialog.close()
