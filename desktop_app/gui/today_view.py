"""Today's visits, with corrections: change a visit's offer, remove a visit after asking.

Keys: arrows choose a visit; F2 jumps to the offer to change it to, Enter there (or
Alt+C) applies it; Delete removes the chosen visit after a confirmation; F5 loads the list
again.
"""

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QMessageBox, QWidget

from desktop_app.core.errors import NotFoundError, RuleError, TresenError
from desktop_app.core.records import OfferRecord, VisitRecord
from desktop_app.core.services import Services
from desktop_app.gui.forms.ui_today_view import Ui_TodayView
from desktop_app.gui.i18n import error_text
from desktop_app.gui.models.visits_model import Column, VisitsModel, time_text
from desktop_app.gui.tasks import TaskRunner

# Plain keys and standard-key names, not QKeySequence objects: a standard key sequence
# asks the platform theme, which does not exist before the QApplication (segfault).
CHANGE_OFFER_KEY = Qt.Key.Key_F2
REMOVE_KEY = QKeySequence.StandardKey.Delete
REFRESH_KEY = Qt.Key.Key_F5
APPLY_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _key_text(key: Qt.Key | QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class TodayView(QWidget):
    """Lists today's person-linked visits, newest first, and corrects them."""

    visits_changed = Signal()  # after an offer was changed or a visit removed

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.form = Ui_TodayView()
        self.form.setupUi(self)
        self.model = VisitsModel(self)
        table = self.form.visits_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.VISITOR_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.OFFER, QHeaderView.ResizeMode.Stretch)
        self.setFocusProxy(table)

        self.remove_action = self._action("remove_action", (REMOVE_KEY,), self)
        self.remove_action.triggered.connect(self._on_remove_action_triggered)
        self.change_offer_action = self._action("change_offer_action", (CHANGE_OFFER_KEY,), self)
        self.change_offer_action.triggered.connect(self._on_change_offer_action_triggered)
        self.refresh_action = self._action("refresh_action", (REFRESH_KEY,), self)
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        # Enter in the offer box applies the change; a closed QComboBox ignores Enter.
        self.apply_offer_action = self._action(
            "apply_offer_action",
            APPLY_KEYS,
            self.form.offer_combo,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.apply_offer_action.triggered.connect(self._on_apply_offer_action_triggered)

        table.selectionModel().selectionChanged.connect(self._on_visits_table_selection_changed)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.model.rowsRemoved.connect(self._on_model_rows_removed)
        self.form.change_offer_button.clicked.connect(self._on_change_offer_button_clicked)
        self.form.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.form.refresh_button.clicked.connect(self._on_refresh_button_clicked)

        self._busy = False
        # The confirm button of the open removal question and the visit it asks about.
        self._removal: tuple[QAbstractButton, uuid.UUID] | None = None
        # The visit being removed (one at a time: the view is busy meanwhile).
        self._removing: uuid.UUID | None = None
        self._retranslate()
        self._show_message("")
        self._update_enabled()
        self.refresh()

    def _action(
        self,
        name: str,
        keys: Sequence[Qt.Key | QKeySequence.StandardKey],
        owner: QWidget,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(owner)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Only while the focus is in this view, so other screens keep their keys.
        action.setShortcutContext(context)
        owner.addAction(action)
        return action

    # --- public ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Load today's visits (and the offers to change to) again; keeps the chosen visit."""
        self._runner.run(self._services.visits.today, on_done=self._on_visits_loaded)
        self.reload_offers()

    def reload_offers(self) -> None:
        """Load the active offers again, after offers were created or changed."""
        self._runner.run(self._services.offers.list_offers, on_done=self._on_offers_loaded)

    def selected_visit(self) -> VisitRecord | None:
        rows = self.form.visits_table.selectionModel().selectedRows()
        return self.model.visit(rows[0].row()) if rows else None

    def select_visit(self, visit_id: uuid.UUID) -> bool:
        """Choose the visit in the list; False when it is not there."""
        row = self.model.row_of(visit_id)
        if row is not None:
            self._select_row(row)
        return row is not None

    # --- loading --------------------------------------------------------------------

    def _on_visits_loaded(self, visits: list[VisitRecord]) -> None:
        chosen = self.selected_visit()
        self.model.set_visits(visits)
        row = self.model.row_of(chosen.id) if chosen is not None else None
        self._select_row(row if row is not None else 0)

    def _on_offers_loaded(self, offers: list[OfferRecord]) -> None:
        combo = self.form.offer_combo
        previous = combo.currentData()
        combo.clear()
        for offer in offers:
            combo.addItem(offer.title, offer.id)
        visit = self.selected_visit()
        if visit is not None:
            self._show_offer_of(visit)
        elif isinstance(previous, uuid.UUID):
            combo.setCurrentIndex(self._offer_index(previous))
        self._update_enabled()

    def _offer_index(self, offer_id: uuid.UUID) -> int:
        combo = self.form.offer_combo
        # findData() cannot compare Python objects reliably; compare ids ourselves.
        return next((i for i in range(combo.count()) if combo.itemData(i) == offer_id), -1)

    def _select_row(self, row: int) -> None:
        table = self.form.visits_table
        flag = QItemSelectionModel.SelectionFlag
        if not 0 <= row < self.model.rowCount():
            table.selectionModel().clearSelection()
            table.selectionModel().setCurrentIndex(QModelIndex(), flag.NoUpdate)
            return
        index = self.model.index(row, Column.TIME)
        table.selectionModel().setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
        table.scrollTo(index)

    def _on_model_model_reset(self) -> None:
        self._update_summary()
        self._update_enabled()

    def _on_model_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._update_summary()
        self._update_enabled()

    def _on_visits_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self._show_offer_of(visit)
        self._update_enabled()

    def _show_offer_of(self, visit: VisitRecord) -> None:
        # An inactive offer is not in the box; then no entry is shown as current.
        self.form.offer_combo.setCurrentIndex(self._offer_index(visit.offer_id))

    # --- changing the offer ---------------------------------------------------------

    def _on_change_offer_action_triggered(self) -> None:
        if self.selected_visit() is not None:
            self.form.offer_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_apply_offer_action_triggered(self) -> None:
        self._change_offer()

    def _on_change_offer_button_clicked(self) -> None:
        self._change_offer()

    def _change_offer(self) -> None:
        visit = self.selected_visit()
        offer_id = self.form.offer_combo.currentData()
        if visit is None or not isinstance(offer_id, uuid.UUID) or self._busy:
            return
        self._show_message("")
        if offer_id == visit.offer_id:
            self.form.visits_table.setFocus()
            return
        self._start_correction()
        self._runner.run(
            self._services.visits.change_offer,
            visit.id,
            offer_id,
            on_done=self._on_offer_changed,
            on_error=self._on_correction_failed,
            control=self.form.change_offer_button,
        )

    def _on_offer_changed(self, visit: VisitRecord) -> None:
        self._busy = False
        self.model.replace(visit)
        self._update_enabled()
        self.form.visits_table.setFocus()
        self.visits_changed.emit()

    # --- removing -------------------------------------------------------------------

    def _on_remove_action_triggered(self) -> None:
        self._ask_to_remove()

    def _on_remove_button_clicked(self) -> None:
        self._ask_to_remove()

    def _ask_to_remove(self) -> None:
        """Ask before removing; the box is window-modal and opened, never exec()'d."""
        visit = self.selected_visit()
        if visit is None or self._busy:
            return
        self._show_message("")
        box = QMessageBox(self)
        box.setObjectName("remove_visit_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove visit"))
        box.setText(
            self.tr("Remove the visit of {name} ({number}) to “{offer}” at {time}?").format(
                name=visit.visitor_name,
                number=visit.visitor_number,
                offer=visit.offer_title,
                time=time_text(visit),
            )
        )
        box.setInformativeText(self.tr("It will no longer count in today's list or in reports."))
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("remove_confirm_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Cancel is the default: Delete followed by a hasty Enter must not remove anything.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        # What the answer refers to is kept here and the slot is a bound method: a lambda
        # connected to the box corrupted the heap when the box deleted itself on close
        # (seen with PySide6 6.11.3 and 6.12.0).
        self._removal = (remove, visit.id)
        box.buttonClicked.connect(self._on_remove_box_button_clicked)
        box.open()

    def _on_remove_box_button_clicked(self, button: QAbstractButton) -> None:
        if self._removal is None:
            return
        remove, visit_id = self._removal
        self._removal = None
        if button is not remove:
            self.form.visits_table.setFocus()
            return
        self._start_correction()
        self._removing = visit_id
        self._runner.run(
            self._services.visits.remove,
            visit_id,
            on_done=self._on_visit_removed,
            on_error=self._on_correction_failed,
            control=self.form.remove_button,
        )

    def _on_visit_removed(self, _: None) -> None:
        self._busy = False
        visit_id, self._removing = self._removing, None
        if visit_id is None:
            return
        row = self.model.row_of(visit_id)
        self.model.remove(visit_id)
        # The next visit becomes the chosen one, so several can be removed in a row.
        if row is not None:
            self._select_row(min(row, self.model.rowCount() - 1))
        self._update_enabled()
        self.form.visits_table.setFocus()
        self.visits_changed.emit()

    # --- both -----------------------------------------------------------------------

    def _start_correction(self) -> None:
        self._busy = True
        self._update_enabled()

    def _on_correction_failed(self, error: TresenError) -> None:
        self._busy = False
        self._removing = None
        self._update_enabled()
        self._show_message(error_text(error))
        if isinstance(error, NotFoundError | RuleError):
            # The list or the offers changed meanwhile (another desk, another screen).
            self.refresh()

    def _on_refresh_action_triggered(self) -> None:
        self.refresh()

    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    # --- showing --------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.form.message_label.setText(text)
        self.form.message_label.setVisible(bool(text))
        self.form.visits_table.setAccessibleDescription(text)

    def _update_summary(self) -> None:
        self.form.summary_label.setText(self.tr("Visits today: %n", "", self.model.rowCount()))

    def _update_enabled(self) -> None:
        has_visit = self.selected_visit() is not None and not self._busy
        has_offer = self.form.offer_combo.count() > 0
        self.form.change_offer_button.setEnabled(has_visit and has_offer)
        self.form.remove_button.setEnabled(has_visit)
        self.change_offer_action.setEnabled(has_visit and has_offer)
        self.apply_offer_action.setEnabled(has_visit and has_offer)
        self.remove_action.setEnabled(has_visit)

    def _retranslate(self) -> None:
        form = self.form
        form.change_offer_button.setToolTip(
            self.tr(
                "Change the offer of the chosen visit ({key} to choose the offer, {apply} to apply)"
            ).format(key=_key_text(CHANGE_OFFER_KEY), apply=_key_text(APPLY_KEYS[0]))
        )
        form.remove_button.setToolTip(
            self.tr("Remove the chosen visit, after a confirmation ({key})").format(
                key=_key_text(REMOVE_KEY)
            )
        )
        form.keys_label.setText(
            self.tr(
                "Keys: arrows choose a visit; {change} chooses another offer for it, {apply} "
                "applies it; {remove} removes the visit (after asking); {refresh} loads the "
                "list again."
            ).format(
                change=_key_text(CHANGE_OFFER_KEY),
                apply=_key_text(APPLY_KEYS[0]),
                remove=_key_text(REMOVE_KEY),
                refresh=_key_text(REFRESH_KEY),
            )
        )
        self._update_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
