"""Referring a visitor, printing the slip, and accepting a referral, through the main window."""

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core import codes
from desktop_app.core.directory_records import (
    Contact,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import RuleError
from desktop_app.core.ids import new_id
from desktop_app.core.records import ScheduleSlot, VisitorDraft, VisitorRecord
from desktop_app.core.referral_records import (
    ReferralDraft,
    ReferralQuery,
    ReferralRecord,
    ReferralStatus,
)
from desktop_app.core.services import Services
from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.main_window import MainWindow, Screen
from desktop_app.gui.printing import prepare_printer
from tests.conftest import FakeClock
from tests.gui.keyboard import focus_widget, press, type_text
from tests.pdf_tools import qr_codes, text_of

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def partner(services: Services) -> Partner:
    location = PartnerLocation(
        id=new_id(),
        street="Beispielstraße 5",
        postcode="10115",
        opening_hours=(ScheduleSlot(0, time(9), time(17)),),
        accessibility="Stufenloser Zugang",
    )
    return services.directory.save(
        Partner(
            id=new_id(),
            name="Stadtteilzentrum Beispielplatz",
            kind=PartnerKind.STADTTEILZENTRUM,
            phone="030 23125 100",
            locations=(location,),
            offers=(
                PartnerOffer(
                    id=new_id(),
                    name="Sozialberatung",
                    field_of_action="Beratung und Begleitung",
                    contact=Contact("Frau Demir"),
                ),
                PartnerOffer(id=new_id(), name="Nähcafé", field_of_action="Begegnung"),
            ),
        )
    )


@pytest.fixture
def visitor(services: Services) -> VisitorRecord:
    return services.visitors.register(
        VisitorDraft(first_name="Zeynep", last_name="Kowalski", preferred_language="tr")
    )


def _issue(services: Services, visitor: VisitorRecord, partner: Partner) -> ReferralRecord:
    return services.referrals.issue(
        ReferralDraft(visitor_id=visitor.id, partner_id=partner.id, purpose="Mietfragen")
    )


def _pdf_printer(path: Path, data: bytes) -> QPrinter:
    """A printer of Qt's print path that writes its pages to a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    prepare_printer(printer, data)
    return printer


def _refer_from_checkin(qtbot: QtBot, window: MainWindow, name: str) -> None:
    checkin = window.checkin_view
    type_text(qtbot, checkin.form.search_edit, name)
    qtbot.waitUntil(lambda: checkin.selected_visitor() is not None)
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: window.refer_dialog is not None)


def test_a_visitor_is_referred_from_check_in_and_the_slip_printed_through_qt(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
    tmp_path: Path,
) -> None:
    _refer_from_checkin(qtbot, window, "zeyn")
    dialog = window.refer_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.target_search_edit)
    type_text(qtbot, dialog.form.target_search_edit, "sozial")
    qtbot.waitUntil(lambda: dialog.form.target_list.count() == 1)
    assert (
        dialog.form.target_list.item(0)
        .text()
        .startswith("Stadtteilzentrum Beispielplatz – Sozialberatung")
    )
    qtbot.waitUntil(
        lambda: dialog.form.field_of_action_combo.currentText() == "Beratung und Begleitung"
    )
    qtbot.waitUntil(lambda: dialog.form.slip_language_combo.currentData() == "tr")
    assert "Z. K." in dialog.form.initials_radio.text()
    qtbot.keyClick(dialog.form.target_search_edit, Qt.Key.Key_Tab)  # to the list
    qtbot.keyClick(dialog.form.target_list, Qt.Key.Key_Tab)  # the location is hidden: field
    dialog.form.purpose_edit.setFocus()
    type_text(qtbot, dialog.form.purpose_edit, "Fragen zur Miete")

    with qtbot.waitSignal(window.slips.preview_opened, timeout=10_000) as opened:
        qtbot.keyClick(dialog.form.purpose_edit, Qt.Key.Key_Return)
    preview = opened.args[0]
    assert isinstance(preview, DocumentPreviewDialog)
    qtbot.waitExposed(preview)
    assert preview.page_count == 1
    [referral] = services.referrals.issued(ReferralQuery())
    assert referral.status is ReferralStatus.CREATED
    assert (referral.person_label, referral.purpose) == ("Z. K.", "Fragen zur Miete")
    assert referral.target.offer_name == "Sozialberatung" and referral.slip_language == "tr"

    printed = tmp_path / "printed.pdf"
    with qtbot.waitSignal(window.slips.referral_changed):
        assert preview.print_to(_pdf_printer(printed, preview.current.data))
    # Qt printed raster pages at the printer's resolution; the QR code reads as the code.
    assert qr_codes(printed, tmp_path / "pages") == [referral.code]
    assert services.referrals.get(referral.id).status is ReferralStatus.HANDED_OUT


# Qt says so when the printer refuses; here that is what the test provokes.
@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")
def test_the_slip_is_saved_as_pdf_and_a_failed_print_keeps_everything(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    referral = _issue(services, visitor, partner)
    with qtbot.waitSignal(window.slips.preview_opened, timeout=10_000) as opened:
        window.slips.show(referral.id)
    preview: DocumentPreviewDialog = opened.args[0]

    # No printer set up: the desk is told what to do, and nothing changes.
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    qtbot.mouseClick(preview.form.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "No printer" in box.text()
    box.close()

    # The printer refuses the job (here: a file that cannot be written).
    broken = _pdf_printer(tmp_path / "missing" / "folder" / "x.pdf", preview.current.data)
    assert not preview.print_to(broken)
    assert "did not accept" in preview.form.status_label.text()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    refused = QApplication.activeModalWidget()
    assert isinstance(refused, QMessageBox) and "did not accept" in refused.text()
    refused.close()
    assert services.referrals.get(referral.id).status is ReferralStatus.CREATED

    saved = tmp_path / "Vermittlung.pdf"
    with qtbot.waitSignal(window.slips.referral_changed):
        assert preview.save_to(saved)
    assert saved.read_bytes() == preview.current.data
    assert codes.grouped(referral.code) in text_of(saved)
    assert services.referrals.get(referral.id).status is ReferralStatus.HANDED_OUT


def test_a_purpose_with_protected_data_is_refused_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
) -> None:
    dialog = window.refer(visitor)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.form.target_list.count() == 2)
    type_text(qtbot, dialog.form.purpose_edit, "Kundennummer 123D456789")
    dialog.form.share_group.setChecked(True)
    dialog.form.data_edit.clear()
    qtbot.mouseClick(dialog.form.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.purpose_error_label.isVisible())
    assert "never belong on a slip" in dialog.form.purpose_error_label.text()
    assert dialog.form.data_error_label.isVisible()
    assert services.referrals.issued(ReferralQuery()) == []


def test_a_referral_is_accepted_by_its_code_and_a_mistyped_code_is_explained(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
) -> None:
    referral = _issue(services, visitor, partner)
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    view = window.referrals_view
    assert window.current_view() is view
    edit = view.form.code_edit
    assert focus_widget(qtbot, window) is edit

    wrong = referral.code[:-1] + next(c for c in codes.ALPHABET if c != referral.code[-1])
    qtbot.keyClicks(edit, wrong)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.form.code_error_label.isVisible())
    assert "typing mistake" in view.form.code_error_label.text()

    edit.clear()
    qtbot.keyClicks(edit, codes.new_referral_code())
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No referral with the code" in view.form.code_error_label.text())

    edit.clear()
    qtbot.keyClicks(edit, codes.grouped(referral.code).lower())
    with qtbot.waitSignal(view.referral_found):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    shown = view.form.received_label.text()
    assert "Z. K." in shown and partner.name in shown and "Mietfragen" in shown
    assert "Kowalski" not in shown
    assert focus_widget(qtbot, window) is view.form.arrived_button
    with qtbot.waitSignal(view.referral_changed):
        qtbot.keyClick(view.form.arrived_button, Qt.Key.Key_Space)
    assert services.referrals.get(referral.id).status is ReferralStatus.ARRIVED
    assert view.form.completed_button.isEnabled() and not view.form.arrived_button.isEnabled()
    with qtbot.waitSignal(view.referral_changed):
        qtbot.mouseClick(view.form.completed_button, Qt.MouseButton.LeftButton)
    assert services.referrals.get(referral.id).status is ReferralStatus.COMPLETED


def test_a_code_scanned_into_the_check_in_search_opens_the_referral(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
) -> None:
    referral = _issue(services, visitor, partner)
    search = window.checkin_view.form.search_edit
    qtbot.keyClicks(search, referral.code)  # a USB scanner types the code, then Enter
    qtbot.waitUntil(lambda: not window.checkin_view.search_pending)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view() is window.referrals_view)
    view = window.referrals_view
    qtbot.waitUntil(lambda: view.found is not None)
    assert view.found is not None and view.found.id == referral.id


def test_follow_up_lists_referrals_open_too_long_first(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
    clock: FakeClock,
) -> None:
    old = _issue(services, visitor, partner)
    clock.advance(days=20)
    new = _issue(services, visitor, partner)
    view = window.referrals_view
    with qtbot.waitSignal(view.referrals_loaded):
        window.show_screen(Screen.REFERRALS)
    model = view.model
    assert [model.record(row).id for row in range(model.rowCount())] == [old.id, new.id]
    assert model.data(model.index(0, 0)) == "Due" and model.data(model.index(1, 0)) == ""
    assert view.form.follow_up_label.isVisible()
    assert "1 referral still open" in view.form.follow_up_label.text()

    with qtbot.waitSignal(view.referrals_loaded):
        view.form.status_combo.setCurrentIndex(view.form.status_combo.findData("due"))
    assert model.rowCount() == 1

    view.form.referrals_table.selectRow(0)
    [not_taken_up] = [
        action
        for action in view.status_menu.actions()
        if action.text() == "Not taken up" and action.isEnabled()
    ]
    with qtbot.waitSignal(view.referral_changed):
        not_taken_up.trigger()
    assert services.referrals.get(old.id).status is ReferralStatus.NOT_TAKEN_UP


def test_the_visitors_screen_refers_and_lists_the_visitors_referrals(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
) -> None:
    referral = _issue(services, visitor, partner)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    view = window.visitors_view
    qtbot.waitUntil(lambda: view.selected_visitor() is not None)
    qtbot.waitUntil(lambda: view.referrals_model.rowCount() == 1)
    assert view.referrals_model.record(0).id == referral.id
    with qtbot.waitSignal(window.slips.preview_opened, timeout=10_000):
        view.form.referrals_table.setFocus()
        view.form.referrals_table.selectRow(0)
        qtbot.keyClick(view.form.referrals_table, Qt.Key.Key_Return)
    window.slips.dialog.close()  # type: ignore[union-attr]
    qtbot.mouseClick(view.form.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.refer_dialog is not None)
    assert window.refer_dialog is not None
    assert "Zeynep Kowalski" in window.refer_dialog.form.person_label.text()


def test_a_status_set_on_the_referrals_screen_shows_on_the_visitors_screen(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    partner: Partner,
    visitor: VisitorRecord,
) -> None:
    referral = _issue(services, visitor, partner)
    visitors = window.visitors_view
    with qtbot.waitSignal(visitors.referrals_shown):
        window.show_screen(Screen.VISITORS)
    assert visitors.referrals_model.record(0).status is ReferralStatus.CREATED

    view = window.referrals_view
    with qtbot.waitSignal(view.referrals_loaded):
        window.show_screen(Screen.REFERRALS)
    view.form.referrals_table.selectRow(view.model.row_of(referral.id) or 0)
    [arrived] = [action for action in view.status_menu.actions() if action.text() == "Arrived"]
    with qtbot.waitSignal(visitors.referrals_shown):
        arrived.trigger()
    assert visitors.referrals_model.record(0).status is ReferralStatus.ARRIVED


def test_a_step_that_no_longer_fits_names_the_statuses_in_words(
    english: None, services: Services, partner: Partner, visitor: VisitorRecord
) -> None:
    referral = _issue(services, visitor, partner)
    services.referrals.mark_handed_out(referral.id)
    with pytest.raises(RuleError) as raised:
        services.referrals.set_status(referral.id, ReferralStatus.COMPLETED)
    assert error_text(raised.value) == (
        "This referral is “handed out”; it cannot be marked “completed” any more."
    )
