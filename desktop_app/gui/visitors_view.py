"""The visitors screen: every visitor, filtered and sorted, edited, with their visits.

Keys: typing in the filter narrows the list (Ctrl+F returns there, Enter or Down goes to
the list); arrows choose a visitor; Enter or F2 edits the chosen visitor; F5 loads the
list again. Column titles sort the list when clicked.
"""

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.core.errors import NotFoundError, TresenError
from desktop_app.core.limits import VISITOR_NUMBER_LENGTH
from desktop_app.core.records import VisitorRecord, VisitRecord
from desktop_app.core.reference import Gender
from desktop_app.core.referral_records import ReferralRecord
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.gui.forms.ui_visitors_view import Ui_VisitorsView
from desktop_app.gui.i18n import error_text, gender_label
from desktop_app.gui.models.referrals_model import Column as ReferralColumn
from desktop_app.gui.models.referrals_model import ReferralsModel
from desktop_app.gui.models.visitors_model import (
    Column,
    HistoryColumn,
    VisitHistoryModel,
    VisitorsModel,
    date_text,
)
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.visitor_dialog import VisitorDialog

# Long enough to let a word be typed, short enough to feel immediate.
FILTER_DELAY_MS = 150
EDIT_KEY = QKeySequence(Qt.Key.Key_F2)
# Not StandardKey.Find: that needs the application object, which is not there at import.
FILTER_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F)
REFRESH_KEY = QKeySequence(Qt.Key.Key_F5)
REFER_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R)


def _key_text(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.NativeText)


class VisitorsView(QWidget):
    """Lists all visitors page by page; edits the chosen one and shows their visits."""

    visitor_changed = Signal(object)  # VisitorRecord, after it was edited here
    filter_applied = Signal()  # the list shows the typed filter's matches
    referral_requested = Signal(object)  # VisitorRecord to refer
    consents_requested = Signal(object)  # VisitorRecord whose consents to show
    slip_requested = Signal(object)  # uuid.UUID of a referral whose slip to show again
    referrals_shown = Signal()  # the chosen visitor's referrals are listed

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
        self._clock = clock
        self.visitor_dialog: VisitorDialog | None = None
        # The visitor whose visits were asked for last; older answers are dropped.
        self._history_for: uuid.UUID | None = None
        self._history_loading = False
        self._kept_visitor: uuid.UUID | None = None
        self._stale = True
        self.form = Ui_VisitorsView()
        self.form.setupUi(self)
        form = self.form

        self.model = VisitorsModel(services.visitors.count, services.visitors.page, parent=self)
        self.history_model = VisitHistoryModel(self)
        # The follow-up marker belongs on the referrals screen; here only what happened.
        self.referrals_model = ReferralsModel(self)
        table = form.visitors_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # The service's default order, so that the first header sort does not query again.
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        form.history_table.setModel(self.history_model)
        form.history_table.horizontalHeader().setSectionResizeMode(
            HistoryColumn.OFFER, QHeaderView.ResizeMode.Stretch
        )
        form.referrals_table.setModel(self.referrals_model)
        form.referrals_table.setVisible(False)
        form.referrals_label.setVisible(False)
        for column in (ReferralColumn.FOLLOW_UP, ReferralColumn.PERSON):
            form.referrals_table.hideColumn(column)
        form.referrals_table.horizontalHeader().setSectionResizeMode(
            ReferralColumn.TARGET, QHeaderView.ResizeMode.Stretch
        )
        self.setFocusProxy(form.filter_edit)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

        self.edit_action = self._action("edit_action", (EDIT_KEY,))
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.filter_action = self._action("filter_action", (FILTER_KEY,))
        self.filter_action.triggered.connect(self._on_filter_action_triggered)
        self.refresh_action = self._action("refresh_action", (REFRESH_KEY,))
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        self.refer_action = self._action("refer_action", (REFER_KEY,))
        self.refer_action.triggered.connect(self._on_refer_action_triggered)
        form.refer_button.clicked.connect(self._on_refer_button_clicked)
        form.consents_button.clicked.connect(self._on_consents_button_clicked)
        form.referrals_table.activated.connect(self._on_referrals_table_activated)

        form.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        form.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        form.filter_edit.installEventFilter(self)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        form.edit_button.clicked.connect(self._on_edit_button_clicked)
        # Enter and double click; the view emits it for the current row.
        table.activated.connect(self._on_visitors_table_activated)
        table.selectionModel().selectionChanged.connect(self._on_visitors_table_selection_changed)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)

        self._retranslate()
        self.refresh()

    def _action(self, name: str, keys: Sequence[QKeySequence]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(list(keys))
        # Only while the focus is in this view, so other screens keep their keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # --- public ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (after a registration elsewhere); keeps the chosen visitor.

        While the screen is hidden this only notes that the list is stale, and it is read
        when the screen is shown: neither starting the program nor registering at the
        check-in waits for a list nobody looks at.
        """
        if self.isVisible():
            self._reload()
        else:
            self._stale = True

    def _reload(self) -> None:
        self._stale = False
        self.model.reload()

    def set_last_name_required(self, required: bool) -> None:
        """The facility's setting for the edit form, after it was changed."""
        self._last_name_required = required

    def selected_visitor(self) -> VisitorRecord | None:
        rows = self.form.visitors_table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_visitor(self, visitor_id: uuid.UUID) -> bool:
        """Choose the visitor in the list; False when they are not among the loaded rows."""
        row = self.model.row_of(visitor_id)
        if row is not None:
            self._select_row(row)
        return row is not None

    def edit_selected(self) -> None:
        """Open the edit form for the chosen visitor (window-modal, not blocking)."""
        visitor = self.selected_visitor()
        if visitor is None or (self.visitor_dialog is not None and self.visitor_dialog.isVisible()):
            return
        dialog = VisitorDialog(
            self._services.visitors,
            self._runner,
            last_name_required=self._last_name_required,
            visitor=visitor,
            clock=self._clock,
            parent=self,
        )
        dialog.setObjectName("visitor_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.visitor_saved.connect(self._on_dialog_visitor_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.visitor_dialog = dialog
        dialog.open()

    # --- filtering ------------------------------------------------------------------

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_filter_timer_timeout(self) -> None:
        self._apply_filter()

    def _on_filter_edit_return_pressed(self) -> None:
        self._apply_filter()
        self.form.visitors_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        query = replace(self.model.query, text=self.form.filter_edit.text())
        if query != self.model.query:
            self.model.set_query(query)
        self.filter_applied.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the filter goes on to the list, as in the check-in search.
        if (
            watched is self.form.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._apply_filter()
            self.form.visitors_table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_filter_action_triggered(self) -> None:
        self.form.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.filter_edit.selectAll()

    # --- sorting --------------------------------------------------------------------

    def _on_header_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(section):
            return
        # The view has asked the model already, which kept its order; show that order.
        column = self.model.sort_column()
        header = self.form.visitors_table.horizontalHeader()
        blocked = header.blockSignals(True)
        if column is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            descending = self.model.query.descending
            header.setSortIndicator(
                column,
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            )
        header.blockSignals(blocked)

    # --- the list -------------------------------------------------------------------

    def _on_model_model_about_to_be_reset(self) -> None:
        chosen = self.selected_visitor()
        self._kept_visitor = chosen.id if chosen is not None else None

    def _on_model_model_reset(self) -> None:
        row = self.model.row_of(self._kept_visitor) if self._kept_visitor else None
        self._kept_visitor = None
        # A reset clears the selection; choose the same visitor again, or the first.
        self._select_row(row if row is not None else 0)
        self._update_count()
        self._update_enabled()

    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._update_count()

    def _select_row(self, row: int) -> None:
        table = self.form.visitors_table
        selection = table.selectionModel()
        if not 0 <= row < self.model.rowCount():
            selection.clearSelection()
            self._show_history_of(None)
            return
        index = self.model.index(row, Column.NAME)
        flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        # A visible view scrolls to its new current row by itself. Scrolling a view that
        # is not laid out yet would make it fetch a page nobody looks at.
        selection.setCurrentIndex(index, flags)

    def _on_visitors_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        self._show_history_of(self.selected_visitor())
        self._update_enabled()

    # --- history --------------------------------------------------------------------

    def _show_history_of(self, visitor: VisitorRecord | None) -> None:
        visitor_id = visitor.id if visitor is not None else None
        if visitor_id == self._history_for:
            self._update_history_label(visitor)
            return
        self._history_for = visitor_id
        self._history_loading = visitor is not None
        self.history_model.clear()
        self._show_referrals([])
        self._update_history_label(visitor)
        self._update_history_status()
        if visitor is None:
            return
        self._runner.run(
            self._services.visitors.history,
            visitor.id,
            on_done=lambda visits: self._on_history_loaded(visitor.id, visits),
            on_error=lambda error: self._on_history_failed(visitor.id, error),
        )
        self.reload_referrals()

    def reload_referrals(self) -> None:
        """Read the chosen visitor's referrals again (one was issued or changed)."""
        visitor_id = self._history_for
        if visitor_id is None:
            return
        self._runner.run(
            self._services.referrals.for_visitor,
            visitor_id,
            on_done=lambda referrals: self._on_referrals_loaded(visitor_id, referrals),
            on_error=lambda error: self._on_history_failed(visitor_id, error),
        )

    def _on_referrals_loaded(self, visitor_id: uuid.UUID, referrals: list[ReferralRecord]) -> None:
        if not self._answer_is_current(visitor_id):
            return
        self._show_referrals(referrals)
        self.referrals_shown.emit()

    def _show_referrals(self, referrals: list[ReferralRecord]) -> None:
        """The referrals part appears only for a visitor who has been referred."""
        self.referrals_model.set_records(referrals)
        self.form.referrals_table.setVisible(bool(referrals))
        self.form.referrals_label.setVisible(bool(referrals))

    def _on_referrals_table_activated(self, index: QModelIndex) -> None:
        self.slip_requested.emit(self.referrals_model.record(index.row()).id)

    # --- referring ------------------------------------------------------------------

    def _on_refer_button_clicked(self) -> None:
        self.refer_selected()

    def _on_refer_action_triggered(self) -> None:
        self.refer_selected()

    def refer_selected(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None:
            self.referral_requested.emit(visitor)

    def _answer_is_current(self, visitor_id: uuid.UUID) -> bool:
        # Another visitor may have been chosen meanwhile, or the screen closed for good
        # (the answer then arrives after Qt deleted the widgets).
        return shiboken6.isValid(self) and visitor_id == self._history_for

    def _on_history_loaded(self, visitor_id: uuid.UUID, visits: list[VisitRecord]) -> None:
        if not self._answer_is_current(visitor_id):
            return
        self._history_loading = False
        self.history_model.set_visits(visits)
        self._update_history_status()

    def _on_history_failed(self, visitor_id: uuid.UUID, error: TresenError) -> None:
        if not self._answer_is_current(visitor_id):
            return
        self._history_loading = False
        self._show_history_status(error_text(error))
        if isinstance(error, NotFoundError):
            self.refresh()  # the visitor was removed meanwhile

    def _update_history_label(self, visitor: VisitorRecord | None) -> None:
        label = self.form.history_label
        if visitor is None:
            label.setText(self.tr("Visit hi&story"))
        else:
            label.setText(
                self.tr("Visit hi&story of {name} ({number})").format(
                    name=visitor.display_name.replace("&", "&&"), number=visitor.number
                )
            )

    def _update_history_status(self) -> None:
        if self._history_for is None:
            self._show_history_status(self.tr("Choose a visitor to see their visits."))
        elif self._history_loading:
            self._show_history_status(self.tr("Loading visits…"))
        elif self.history_model.rowCount() == 0:
            self._show_history_status(self.tr("No visits yet."))
        else:
            self._show_history_status(self.tr("%n visits", "", self.history_model.rowCount()))

    def _show_history_status(self, text: str) -> None:
        self.form.history_status_label.setText(text)
        self.form.history_table.setAccessibleDescription(text)

    # --- editing --------------------------------------------------------------------

    def _on_edit_button_clicked(self) -> None:
        self.edit_selected()

    def _on_consents_button_clicked(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None:
            self.consents_requested.emit(visitor)

    def _on_edit_action_triggered(self) -> None:
        self.edit_selected()

    def _on_visitors_table_activated(self, index: QModelIndex) -> None:
        self.edit_selected()

    def _on_dialog_visitor_saved(self, visitor: VisitorRecord) -> None:
        if self.model.replace(visitor) and self._history_for == visitor.id:
            self._update_history_label(visitor)
        self.visitor_changed.emit(visitor)

    def _on_dialog_finished(self, _result: int) -> None:
        self.visitor_dialog = None
        self.form.visitors_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_refresh_action_triggered(self) -> None:
        self.refresh()

    # --- showing --------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Widths from sample texts; measuring the rows would format every loaded record."""
        header = self.form.visitors_table.horizontalHeader()
        metrics = self.form.visitors_table.fontMetrics()
        samples = {
            Column.NUMBER: "W" * VISITOR_NUMBER_LENGTH,
            Column.AGE: "8888 (88-88)",
            Column.GENDER: max((gender_label(g) for g in Gender), key=metrics.horizontalAdvance),
            Column.POSTCODE: "88888",
            Column.LAST_VISIT: date_text(date(2026, 12, 28)),
        }
        padding = 3 * metrics.averageCharWidth()
        for column, sample in samples.items():
            width = metrics.horizontalAdvance(sample) + padding
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def _update_count(self) -> None:
        total = self.model.total
        self.form.count_label.setText(self.tr("%n visitors", "", total))

    def _update_enabled(self) -> None:
        chosen = self.selected_visitor() is not None
        self.form.edit_button.setEnabled(chosen)
        self.edit_action.setEnabled(chosen)
        self.form.refer_button.setEnabled(chosen)
        self.form.consents_button.setEnabled(chosen)
        self.refer_action.setEnabled(chosen)

    def _retranslate(self) -> None:
        self.form.edit_button.setToolTip(
            self.tr("Edit the chosen visitor ({key} or Enter)").format(key=_key_text(EDIT_KEY))
        )
        self.form.keys_label.setText(
            self.tr(
                "Keys: {filter} filters by name or number; arrows choose a visitor; Enter or "
                "{edit} edits them; {refresh} loads the list again. Click a column title to "
                "sort by it."
            ).format(
                filter=_key_text(FILTER_KEY),
                edit=_key_text(EDIT_KEY),
                refresh=_key_text(REFRESH_KEY),
            )
        )
        self._update_count()
        self._size_columns()
        self._update_history_label(self.selected_visitor())
        self._update_history_status()
        self.model.retranslate()
        self.history_model.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._reload()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
