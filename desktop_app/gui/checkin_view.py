"""The start screen: find a visitor as you type and check them in to an offer."""

import uuid
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.core.errors import NotFoundError, RuleError, TresenError
from desktop_app.core.records import OfferRecord, VisitorRecord, VisitRecord
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.gui.forms.ui_checkin_view import Ui_CheckinView
from desktop_app.gui.i18n import error_text
from desktop_app.gui.models.visitor_matches_model import Column, VisitorMatchesModel
from desktop_app.gui.status_line import show_status
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.gui.visitor_dialog import VisitorDialog


def name_parts(search_text: str) -> tuple[str, str]:
    """First word as first name, the rest as last name; nothing for a visitor number."""
    if any(char.isdigit() for char in search_text):
        return "", ""
    words = search_text.split(maxsplit=1)
    return (words[0] if words else "", words[1] if len(words) > 1 else "")


class _SearchKeys(QObject):
    """Event filter on the search field: arrow keys to the list, Ctrl+Z to our shortcut.

    A separate small object rather than the view itself: when a view is destroyed while
    its search field has the focus, Qt sends that field a FocusOut, and a filter
    implemented in Python on the half-destroyed view crashed PySide (seen in tests).
    """

    def __init__(self, on_key: Callable[[QKeyEvent], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._on_key = on_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and event.matches(
                QKeySequence.StandardKey.Undo
            ):
                # QLineEdit claims Ctrl+Z for undoing its text; on this screen it undoes
                # the last check-in. Ignored and filtered, it reaches the view's QShortcut.
                event.ignore()
                return True
            if event.type() == QEvent.Type.KeyPress and self._on_key(event):
                return True
        return super().eventFilter(watched, event)


class CheckinView(QWidget):
    """Search field, matching visitors, the offer to check in to, and undo.

    Everything works from the search field: typing searches, Up/Down choose a match,
    Enter checks in, Ctrl+N registers a new visitor, Ctrl+R refers the chosen visitor,
    Ctrl+Z undoes the last check-in. A scanned referral code (it matches no visitor) is
    passed on to be accepted.
    """

    visit_recorded = Signal(object)  # VisitRecord
    visit_undone = Signal(object)  # uuid.UUID of the visit
    visitor_registered = Signal(object)  # VisitorRecord
    referral_requested = Signal(object)  # VisitorRecord to refer
    referral_code_entered = Signal(str)  # a referral code typed or scanned here

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        last_name_required: bool = False,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._last_name_required = last_name_required
        # Only to tell which offers run today and which is on now; services keep their own.
        self._clock = clock
        self.form = Ui_CheckinView()
        self.form.setupUi(self)
        form = self.form

        self.matches_model = VisitorMatchesModel(self)
        form.results_view.setModel(self.matches_model)
        header = form.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.setFocusProxy(form.search_edit)

        self._offers: list[OfferRecord] = []
        self._offers_loaded = False
        # The offers are read when the screen first shows: at start, the sign-in page
        # covers it and nobody may read them yet.
        self._shown_once = False
        # Search requests are numbered; only the answer to the latest one is shown.
        self._search_serial = 0
        self._shown_serial = 0
        # Enter came before the answer to the latest search: check in when it arrives.
        self._check_in_waiting = False
        self._checking_in = False
        self._undoing = False
        self._last_visit: VisitRecord | None = None
        self.visitor_dialog: VisitorDialog | None = None

        self._new_visitor_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self._undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self._refer_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self)
        for shortcut in (self._new_visitor_shortcut, self._undo_shortcut, self._refer_shortcut):
            # Only while this screen has the focus: other screens may use the same keys.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._search_keys = _SearchKeys(self._on_search_keys_pressed, form.search_edit)
        form.search_edit.installEventFilter(self._search_keys)
        form.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        form.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        form.results_view.activated.connect(self._on_results_view_activated)
        form.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        form.new_visitor_button.clicked.connect(self._on_new_visitor_button_clicked)
        form.undo_button.clicked.connect(self._on_undo_button_clicked)
        form.refer_button.clicked.connect(self._on_refer_button_clicked)
        self._refer_shortcut.activated.connect(self._on_refer_shortcut_activated)
        self._new_visitor_shortcut.activated.connect(self._on_new_visitor_shortcut_activated)
        self._undo_shortcut.activated.connect(self._on_undo_shortcut_activated)

        form.no_offers_label.hide()
        self._update_actions()

    # -- public slots ----------------------------------------------------------------------

    def reload_offers(self) -> None:
        """Load the active offers again (they changed), keeping the chosen one if it is left.

        Before the screen has been shown, its first showing loads them.
        """
        if self._shown_once:
            self._runner.run(self._services.offers.list_offers, on_done=self._on_offers_loaded)

    def set_last_name_required(self, required: bool) -> None:
        """The facility's setting for new visitors' last name changed."""
        self._last_name_required = required

    # -- offers ----------------------------------------------------------------------------

    def current_offer(self) -> OfferRecord | None:
        offer_id = self.form.offer_combo.currentData()
        return next((offer for offer in self._offers if str(offer.id) == offer_id), None)

    def _on_offers_loaded(self, offers: list[OfferRecord]) -> None:
        previous = self.form.offer_combo.currentData()
        self._offers = offers
        self._offers_loaded = True
        self._fill_offer_combo(previous)
        self._update_actions()

    def _fill_offer_combo(self, keep: str | None) -> None:
        combo = self.form.offer_combo
        combo.clear()
        for offer in self._offers:
            combo.addItem(self._offer_text(offer), str(offer.id))
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else self._default_offer_index())

    def _offer_text(self, offer: OfferRecord) -> str:
        slots = offer.slots_on(self._clock().date())
        if not slots:
            return offer.title
        times = ", ".join(f"{slot.start:%H:%M}–{slot.end:%H:%M}" for slot in slots)
        return self.tr("{title} – today {times}").format(title=offer.title, times=times)

    def _default_offer_index(self) -> int:
        """The offer on now or next today; the list comes with today's offers first."""
        now = self._clock()
        for index, offer in enumerate(self._offers):
            if any(slot.end > now.time() for slot in offer.slots_on(now.date())):
                return index
        return 0 if self._offers else -1

    # -- searching -------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        self._search_serial += 1
        serial = self._search_serial
        if not text.strip():
            self._on_search_done(serial, [])
            return
        self._runner.run(
            self._services.visitors.search, text, on_done=partial(self._on_search_done, serial)
        )

    def _on_search_done(self, serial: int, records: list[VisitorRecord]) -> None:
        if serial != self._search_serial:
            return  # an answer to text that has been typed over since
        self._shown_serial = serial
        self.matches_model.set_records(records)
        if records:
            self._select_row(0)
        elif self.form.search_edit.text().strip():
            self._show_status(self.tr("No visitor found. Ctrl+N registers a new visitor."))
        self._update_actions()
        if self._check_in_waiting:
            self._check_in_waiting = False
            self._check_in_selected()

    def _select_row(self, row: int) -> None:
        view = self.form.results_view
        index = self.matches_model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)

    def _move_selection(self, step: int) -> None:
        rows = self.matches_model.rowCount()
        if rows == 0:
            return
        current = self.form.results_view.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self._select_row(min(max(row, 0), rows - 1))

    @property
    def search_pending(self) -> bool:
        """True while the list shows matches for text that has been typed over since."""
        return self._shown_serial != self._search_serial

    def selected_visitor(self) -> VisitorRecord | None:
        index = self.form.results_view.currentIndex()
        return self.matches_model.record(index.row()) if index.isValid() else None

    def _on_search_keys_pressed(self, event: QKeyEvent) -> bool:
        """Keys the search field passes on to the result list; True if handled."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if not plain:
            return False
        if event.key() == Qt.Key.Key_Down:
            self._move_selection(1)
            return True
        if event.key() == Qt.Key.Key_Up:
            self._move_selection(-1)
            return True
        if event.key() == Qt.Key.Key_Escape and self.form.search_edit.text():
            self.form.search_edit.clear()
            return True
        return False

    # -- checking in -----------------------------------------------------------------------

    def _on_search_edit_return_pressed(self) -> None:
        self._check_in_selected()

    def _on_check_in_button_clicked(self) -> None:
        self._check_in_selected()

    def _on_results_view_activated(self, index: QModelIndex) -> None:
        # A row picked by double click or Enter in the list is an explicit choice.
        record = self.matches_model.record(index.row())
        offer = self.current_offer()
        if record is not None and offer is not None:
            self._check_in(record, offer)

    def _check_in_selected(self) -> None:
        if self._checking_in:
            return
        if self.search_pending:
            # The list still shows matches for older text; wait for the current ones.
            self._check_in_waiting = True
            return
        from desktop_app.core import codes

        visitor = self.selected_visitor()
        text = self.form.search_edit.text()
        if visitor is None and codes.is_referral_code(text):
            self.form.search_edit.clear()
            self.referral_code_entered.emit(text)
            return
        offer = self.current_offer()
        if offer is None:
            self._show_status(self._no_offer_text(), error=True)
            return
        if visitor is None:
            if text.strip():
                self._show_status(self.tr("No visitor found. Ctrl+N registers a new visitor."))
            return
        self._check_in(visitor, offer)

    def _no_offer_text(self) -> str:
        return self.tr("Check-in needs an offer. Create the facility's offers first.")

    def _check_in(self, visitor: VisitorRecord, offer: OfferRecord) -> None:
        if self._checking_in:
            return
        self._checking_in = True
        self._update_actions()
        self._runner.run(
            self._services.visits.check_in,
            visitor.id,
            offer.id,
            on_done=self._on_check_in_done,
            on_error=self._on_check_in_failed,
            control=self.form.check_in_button,
        )

    def _on_check_in_done(self, visit: VisitRecord) -> None:
        self._checking_in = False
        self._last_visit = visit
        self._update_actions()
        self._show_status(
            self.tr("{name} checked in to {offer}.").format(
                name=visit.visitor_name, offer=visit.offer_title
            )
        )
        self.form.search_edit.clear()
        self.form.search_edit.setFocus()
        self.visit_recorded.emit(visit)

    def _on_check_in_failed(self, error: TresenError) -> None:
        self._checking_in = False
        self._update_actions()
        self._show_status(error_text(error), error=True)
        self.form.search_edit.setFocus()

    # -- undo ------------------------------------------------------------------------------

    def _on_undo_button_clicked(self) -> None:
        self._undo_last()

    def _on_undo_shortcut_activated(self) -> None:
        self._undo_last()

    def _undo_last(self) -> None:
        visit = self._last_visit
        if visit is None or self._undoing:
            return
        self._undoing = True
        self._update_actions()
        self._runner.run(
            self._services.visits.undo,
            visit.id,
            on_done=lambda _none: self._on_undo_done(visit),
            on_error=partial(self._on_undo_failed, visit),
            control=self.form.undo_button,
        )

    def _on_undo_done(self, visit: VisitRecord) -> None:
        self._undoing = False
        if self._last_visit == visit:
            self._last_visit = None
        self._update_actions()
        self._show_status(
            self.tr("Check-in of {name} to {offer} undone.").format(
                name=visit.visitor_name, offer=visit.offer_title
            )
        )
        self.form.search_edit.setFocus()
        self.visit_undone.emit(visit.id)

    def _on_undo_failed(self, visit: VisitRecord, error: TresenError) -> None:
        self._undoing = False
        if isinstance(error, NotFoundError | RuleError) and self._last_visit == visit:
            self._last_visit = None  # gone or from another day: it can never be undone here
        self._update_actions()
        self._show_status(error_text(error), error=True)
        self.form.search_edit.setFocus()

    @property
    def last_visit_id(self) -> uuid.UUID | None:
        """The check-in that "Undo last check-in" would take back."""
        return self._last_visit.id if self._last_visit is not None else None

    # -- referring -------------------------------------------------------------------------

    def _on_refer_button_clicked(self) -> None:
        self.refer_selected()

    def _on_refer_shortcut_activated(self) -> None:
        self.refer_selected()

    def refer_selected(self) -> None:
        """Ask for a referral of the chosen visitor (the main window opens the dialog)."""
        visitor = self.selected_visitor()
        if visitor is None:
            self._show_status(self.tr("Choose a visitor first: type a name, then Ctrl+R."))
            return
        self.referral_requested.emit(visitor)

    # -- new visitor -----------------------------------------------------------------------

    def _on_new_visitor_button_clicked(self) -> None:
        self.open_visitor_dialog()

    def _on_new_visitor_shortcut_activated(self) -> None:
        self.open_visitor_dialog()

    def open_visitor_dialog(self) -> "VisitorDialog":
        """Open the new-visitor form with the typed name filled in (non-blocking)."""
        from desktop_app.gui.visitor_dialog import VisitorDialog

        if self.visitor_dialog is not None:
            self.visitor_dialog.activateWindow()
            return self.visitor_dialog
        first, last = name_parts(self.form.search_edit.text())
        dialog = VisitorDialog(
            self._services.visitors,
            self._runner,
            last_name_required=self._last_name_required,
            prefill_first=first,
            prefill_last=last,
            clock=self._clock,
            parent=self,
        )
        dialog.set_check_in_available(self.current_offer() is not None)
        dialog.visitor_saved.connect(self._on_visitor_dialog_visitor_saved)
        dialog.finished.connect(self._on_visitor_dialog_finished)
        self.visitor_dialog = dialog
        dialog.open()
        return dialog

    def _on_visitor_dialog_visitor_saved(self, visitor: VisitorRecord) -> None:
        dialog = self.visitor_dialog
        self.visitor_registered.emit(visitor)
        offer = self.current_offer()
        if dialog is not None and dialog.check_in_after_save and offer is not None:
            self._check_in(visitor, offer)
            return
        self._show_status(
            self.tr("{name} registered with visitor number {number}.").format(
                name=visitor.display_name, number=visitor.number
            )
        )
        # Found by number, the new visitor is one Enter away from being checked in.
        self.form.search_edit.setText(visitor.number)

    def _on_visitor_dialog_finished(self, _result: int) -> None:
        if self.visitor_dialog is not None:
            self.visitor_dialog.deleteLater()
            self.visitor_dialog = None
        self.form.search_edit.setFocus()

    # -- state shown -----------------------------------------------------------------------

    def _update_actions(self) -> None:
        form = self.form
        has_offers = bool(self._offers)
        form.no_offers_label.setVisible(self._offers_loaded and not has_offers)
        form.offer_combo.setEnabled(has_offers)
        form.check_in_button.setEnabled(has_offers and not self._checking_in)
        form.undo_button.setEnabled(self._last_visit is not None and not self._undoing)
        form.refer_button.setEnabled(self.selected_visitor() is not None)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        show_status(self.form.status_label, text, error=error)

    def status_text(self) -> str:
        return self.form.status_label.text()

    # -- Qt events -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.reload_offers()
        if not event.spontaneous():
            self.form.search_edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.matches_model.retranslate()
            self._fill_offer_combo(self.form.offer_combo.currentData())
        super().changeEvent(event)
