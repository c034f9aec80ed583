"""The offers screen: the facility's Angebote, to create, edit, deactivate and reactivate."""

import uuid
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.core.records import FieldOfActionRecord, OfferRecord
from desktop_app.core.services import Services
from desktop_app.gui.forms.ui_offers_view import Ui_OffersView
from desktop_app.gui.models.offers_model import Column, OffersModel
from desktop_app.gui.offer_dialog import OfferDialog
from desktop_app.gui.tasks import TaskRunner


class OffersView(QWidget):
    """Lists the offers (today's first) and opens ``OfferDialog`` to change them."""

    offers_changed = Signal()  # an offer was created, edited, deactivated or reactivated
    offers_loaded = Signal()  # the list shows the current offers

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.form = Ui_OffersView()
        self.form.setupUi(self)
        self.model = OffersModel(self)
        self.dialog: OfferDialog | None = None
        # What the next load should select, and which offer the dialog being opened edits.
        self._select_after_load: uuid.UUID | None = None
        self._offer_to_edit: OfferRecord | None = None
        form = self.form
        table = form.offers_table
        table.setModel(self.model)
        # Switching to this screen focuses the list, so that its keys work at once.
        self.setFocusProxy(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Shortcuts live while the focus is anywhere in this screen, so that other
        # screens of the main window may use the same keys.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, context=context)
        self._edit_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self, context=context)
        self._new_shortcut.activated.connect(self._on_new_shortcut_activated)
        self._edit_shortcut.activated.connect(self._on_edit_shortcut_activated)
        form.new_button.clicked.connect(self._on_new_button_clicked)
        form.edit_button.clicked.connect(self._on_edit_button_clicked)
        form.toggle_active_button.clicked.connect(self._on_toggle_active_button_clicked)
        form.show_inactive_check.toggled.connect(self._on_show_inactive_check_toggled)
        # Enter (and a double click) on a row "activates" it: edit that offer.
        table.activated.connect(self._on_offers_table_activated)
        table.selectionModel().selectionChanged.connect(self._on_offers_table_selection_changed)
        self._loaded_once = False
        self._update_actions()

    # Loading

    def showEvent(self, event: QShowEvent) -> None:
        # The first load waits until the screen is shown: start-up paints first.
        if not self._loaded_once:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Fetch the offers again, keeping the selected one selected."""
        self._loaded_once = True
        self._runner.run(
            partial(
                self._services.offers.list_offers,
                include_inactive=self.form.show_inactive_check.isChecked(),
            ),
            on_done=self._on_offers_loaded,
        )

    def _on_offers_loaded(self, offers: list[OfferRecord]) -> None:
        selected = self.selected_offer()
        select = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self._show_offers(offers, select)

    def _show_offers(self, offers: list[OfferRecord], select: uuid.UUID | None) -> None:
        self.model.set_offers(offers)
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.form.offers_table.selectRow(row)
        elif offers:
            self.form.offers_table.selectRow(0)
        self.form.empty_label.setVisible(not offers)
        self._update_actions()
        self.offers_loaded.emit()

    def selected_offer(self) -> OfferRecord | None:
        rows = self.form.offers_table.selectionModel().selectedRows()
        return self.model.offer(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        offer = self.selected_offer()
        form = self.form
        form.edit_button.setEnabled(offer is not None)
        form.toggle_active_button.setEnabled(offer is not None)
        self._edit_shortcut.setEnabled(offer is not None)
        if offer is not None and not offer.active:
            form.toggle_active_button.setText(self.tr("&Reactivate"))
            form.toggle_active_button.setAccessibleName(self.tr("Reactivate the selected offer"))
        else:
            form.toggle_active_button.setText(self.tr("&Deactivate"))
            form.toggle_active_button.setAccessibleName(self.tr("Deactivate the selected offer"))

    # New and edit

    def new_offer(self) -> None:
        """Open the dialog for a new offer (once the current fields of action are known)."""
        self._open_dialog(None)

    def edit_selected(self) -> None:
        offer = self.selected_offer()
        if offer is not None:
            self._open_dialog(offer)

    def _open_dialog(self, offer: OfferRecord | None) -> None:
        if self.dialog is not None:
            return
        self._offer_to_edit = offer
        # Fetched anew each time: the settings may have changed the fields of action.
        self._runner.run(
            self._services.offers.fields_of_action,
            on_done=self._on_fields_loaded,
            control=self.form.new_button if offer is None else self.form.edit_button,
        )

    def _on_fields_loaded(self, fields: list[FieldOfActionRecord]) -> None:
        offer, self._offer_to_edit = self._offer_to_edit, None
        if self.dialog is not None:  # a second press of Ctrl+N while the first was loading
            return
        dialog = OfferDialog(self._services.offers, self._runner, fields, offer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.offer_saved.connect(self._on_dialog_offer_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_offer_saved(self, offer: OfferRecord) -> None:
        self._changed(offer)

    def _on_dialog_finished(self, result: int) -> None:
        del result
        self.dialog = None
        self.form.offers_table.setFocus()

    # Deactivate and reactivate

    def toggle_selected_active(self) -> None:
        offer = self.selected_offer()
        if offer is None:
            return
        self._runner.run(
            self._services.offers.set_active,
            offer.id,
            not offer.active,
            on_done=self._changed,
            control=self.form.toggle_active_button,
        )

    def _changed(self, offer: OfferRecord) -> None:
        """After a change: show it (selected, if still listed) and tell the other screens."""
        self._select_after_load = offer.id
        self.reload()
        self.offers_changed.emit()

    # Slots

    def _on_new_button_clicked(self) -> None:
        self.new_offer()

    def _on_new_shortcut_activated(self) -> None:
        self.new_offer()

    def _on_edit_button_clicked(self) -> None:
        self.edit_selected()

    def _on_edit_shortcut_activated(self) -> None:
        self.edit_selected()

    def _on_offers_table_activated(self, index: QModelIndex) -> None:
        del index  # the activated row is the selected one
        self.edit_selected()

    def _on_toggle_active_button_clicked(self) -> None:
        self.toggle_selected_active()

    def _on_show_inactive_check_toggled(self, checked: bool) -> None:
        del checked
        self.reload()

    def _on_offers_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        del selected, deselected
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.model.retranslate()
            self._update_actions()
        super().changeEvent(event)
