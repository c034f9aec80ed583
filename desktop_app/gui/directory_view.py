"""The directory screen (Verzeichnis): partners and their offers, searched as you type.

Keys: typing in the search narrows the list (Ctrl+F returns there, Enter or Down goes to
the list); arrows choose an entry and its details show beside it; Enter or F2 edits the
partner; Ctrl+N adds one; Delete removes it after a confirmation; F5 loads it all again.
"""

import html
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QMessageBox, QWidget

from desktop_app.core.directory_records import (
    Contact,
    DirectoryHit,
    DirectoryQuery,
    Partner,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import NotFoundError, TresenError
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.core.services.directory import SEARCH_LIMIT
from desktop_app.core.text import fold
from desktop_app.gui.directory_exchange import DirectoryExchange
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_directory_view import Ui_DirectoryView
from desktop_app.gui.i18n import error_text, language_label, partner_kind_label, weekday_label
from desktop_app.gui.models.directory_model import Column, DirectoryModel
from desktop_app.gui.partner_dialog import PartnerDialog
from desktop_app.gui.tasks import TaskRunner

# Long enough to let a word be typed, short enough to feel immediate.
SEARCH_DELAY_MS = 150
# Widths of the result columns, in average characters; the name column takes the rest.
_COLUMN_CHARS: dict[Column, int] = {
    Column.KIND: 16,
    Column.FIELD_OF_ACTION: 22,
    Column.TARGET_GROUPS: 22,
    Column.LANGUAGES: 16,
    Column.ADDRESS: 26,
}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_e(line) for line in text.strip().splitlines())


def _web_link(address: str) -> str:
    href = address if "://" in address else f"https://{address}"
    return f'<a href="{_e(href)}">{_e(address)}</a>'


def _mail_link(address: str) -> str:
    return f'<a href="mailto:{_e(address)}">{_e(address)}</a>'


class DirectoryView(QWidget):
    """Searches the directory, shows the chosen partner whole, and opens ``PartnerDialog``."""

    directory_changed = Signal()  # a partner was saved or deleted here
    results_loaded = Signal()  # the list shows the current search's hits
    details_shown = Signal()  # the detail pane shows the chosen entry

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._clock = clock
        self.form = Ui_DirectoryView()
        self.form.setupUi(self)
        self.model = DirectoryModel(self)
        self.dialog: PartnerDialog | None = None
        self._loaded_once = False
        # Searches sent to the worker and not answered yet; only the last one is shown.
        self._searches_pending = 0
        self._searched_query = DirectoryQuery()
        self._shown_query: DirectoryQuery | None = None  # None until the first answer
        self._select_after_load: tuple[uuid.UUID, uuid.UUID | None] | None = None
        # The partner in the detail pane, and the one asked for last (older answers drop).
        self._partner: Partner | None = None
        self._details_for: uuid.UUID | None = None
        self._dialog_partner_id: uuid.UUID | None = None
        # The fields of action in use, offered in the partner dialog; loaded with the filters.
        self._fields_of_action: list[str] = []
        self._deletion: tuple[QAbstractButton, uuid.UUID] | None = None
        form = self.form

        table = form.results_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.OPEN_TODAY, QHeaderView.ResizeMode.ResizeToContents)
        # Whether it is open today decides most referrals: right beside the name.
        header.moveSection(header.visualIndex(Column.OPEN_TODAY), 1)
        form.splitter.setStretchFactor(0, 3)
        form.splitter.setStretchFactor(1, 2)
        self.setFocusProxy(form.search_edit)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        # Shortcuts live while the focus is anywhere in this screen, so that other
        # screens of the main window may use the same keys.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, context=context)
        self._edit_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self, context=context)
        self._delete_shortcut = QShortcut(
            QKeySequence(Qt.Key.Key_Delete), form.results_table, context=context
        )
        self._search_shortcut = QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F), self, context=context
        )
        self._reload_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self, context=context)

        self._new_shortcut.activated.connect(self._on_new_shortcut_activated)
        self._edit_shortcut.activated.connect(self._on_edit_shortcut_activated)
        self._delete_shortcut.activated.connect(self._on_delete_shortcut_activated)
        self._search_shortcut.activated.connect(self._on_search_shortcut_activated)
        self._reload_shortcut.activated.connect(self._on_reload_shortcut_activated)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        form.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        form.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        form.search_edit.installEventFilter(self)
        for combo in (form.field_combo, form.target_group_combo, form.language_combo):
            combo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        form.open_today_check.toggled.connect(self._on_open_today_check_toggled)
        form.new_button.clicked.connect(self._on_new_button_clicked)
        form.edit_button.clicked.connect(self._on_edit_button_clicked)
        form.delete_button.clicked.connect(self._on_delete_button_clicked)
        # Enter (and a double click) on a row "activates" it: edit that partner.
        table.activated.connect(self._on_results_table_activated)
        table.selectionModel().selectionChanged.connect(self._on_results_table_selection_changed)
        self.exchange = DirectoryExchange(
            services, runner, form.import_button, form.export_button, self
        )
        self.exchange.imported.connect(self._on_exchange_imported)

        self._fill_filters([], [], [])
        self._retranslate()
        self._update_actions()

    # --- public ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the filter values and the hits again, keeping the chosen entry."""
        self._loaded_once = True
        # Read the chosen partner anew too: it may have been changed by this reload's cause.
        self._partner = None
        self._details_for = None
        self._runner.run(
            self._services.directory.known_values, on_done=self._on_known_values_loaded
        )
        self._search()

    def selected_hit(self) -> DirectoryHit | None:
        rows = self.form.results_table.selectionModel().selectedRows()
        return self.model.hit(rows[0].row()) if rows else None

    def new_partner(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        hit = self.selected_hit()
        if hit is not None:
            self._open_dialog(hit.partner_id)

    def delete_selected(self) -> None:
        """Ask before deleting; the box is window-modal and opened, never exec()'d."""
        hit = self.selected_hit()
        if hit is None or self._deletion is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("delete_partner_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete partner"))
        box.setText(
            self.tr(
                "Delete “{name}” from the directory, with all its locations and offers?"
            ).format(name=hit.partner_name)
        )
        box.setInformativeText(self.tr("Referrals made already keep what their slips showed."))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("delete_confirm_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Cancel is the default: Delete followed by a hasty Enter must not delete anything.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        # A bound method, not a lambda: a lambda connected to a box that deletes itself
        # on close corrupted the heap (PySide6 6.11.3; see TodayView).
        self._deletion = (delete, hit.partner_id)
        box.buttonClicked.connect(self._on_delete_box_button_clicked)
        box.open()

    # --- searching ------------------------------------------------------------------

    def _query(self) -> DirectoryQuery:
        form = self.form
        return DirectoryQuery(
            text=form.search_edit.text(),
            field_of_action=str(form.field_combo.currentData() or ""),
            target_group=str(form.target_group_combo.currentData() or ""),
            language=str(form.language_combo.currentData() or ""),
            open_on=self._clock().date() if form.open_today_check.isChecked() else None,
        )

    def _search(self) -> None:
        self._search_timer.stop()
        query = self._query()
        self._searched_query = query
        self._searches_pending += 1
        self._runner.run(
            partial(self._services.directory.search, query),
            on_done=self._on_search_done,
            on_error=self._on_search_failed,
        )

    def _on_search_done(self, hits: list[DirectoryHit]) -> None:
        self._searches_pending -= 1
        if self._searches_pending:
            return  # the worker answers in order: a newer search is on its way
        chosen = self.selected_hit()
        select = self._select_after_load or (
            (chosen.partner_id, chosen.offer_id) if chosen is not None else None
        )
        self._select_after_load = None
        self._shown_query = self._searched_query
        self.model.set_hits(hits)
        row = self.model.row_of(*select) if select is not None else None
        if row is None and hits:
            row = 0
        if row is not None:
            self.form.results_table.selectRow(row)
        else:
            self._show_details()
        self._update_status()
        self._update_actions()
        self.results_loaded.emit()

    def _on_search_failed(self, error: TresenError) -> None:
        self._searches_pending -= 1
        self.form.count_label.setText(error_text(error))

    def _on_known_values_loaded(self, values: tuple[list[str], list[str], list[str]]) -> None:
        self._fields_of_action = values[0]
        before = self._query()
        self._fill_filters(*values)
        if self._query() != before:
            self._search()  # a chosen filter value is no longer used by any entry

    def _fill_filters(
        self, fields: Sequence[str], groups: Sequence[str], languages: Sequence[str]
    ) -> None:
        form = self.form
        self._fill_combo(form.field_combo, self.tr("All fields of action"), fields, str)
        self._fill_combo(form.target_group_combo, self.tr("All target groups"), groups, str)
        # By name in the user's language, not by code: "Arabic, English, German".
        by_name = sorted(languages, key=lambda code: fold(language_label(code)))
        self._fill_combo(form.language_combo, self.tr("All languages"), by_name, language_label)

    @staticmethod
    def _fill_combo(
        combo: QComboBox, everything: str, values: Sequence[str], label: Callable[[str], str]
    ) -> None:
        """ "All …" first, then the values in use; the chosen value stays chosen if still used."""
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(values.index(current) + 1 if current in values else 0)
        combo.blockSignals(blocked)

    def _update_status(self) -> None:
        form = self.form
        if self._shown_query is None:
            form.count_label.clear()
            form.empty_label.hide()
            return
        count = self.model.rowCount()
        if count >= SEARCH_LIMIT:
            form.count_label.setText(
                self.tr("The first %n entries; type more to narrow the search", "", count)
            )
        else:
            form.count_label.setText(self.tr("%n entries", "", count))
        searching = self._shown_query != DirectoryQuery()
        if count:
            form.empty_label.hide()
            return
        if searching:
            form.empty_label.setText(
                self.tr("Nothing found. Try fewer words or choose “all” in the filters.")
            )
        else:
            form.empty_label.setText(
                self.tr(
                    "The directory is empty. Add partners with “New partner” or import an "
                    "Open Referral (HSDS) file."
                )
            )
        form.empty_label.show()

    def _update_actions(self) -> None:
        chosen = self.selected_hit() is not None
        form = self.form
        form.edit_button.setEnabled(chosen)
        form.delete_button.setEnabled(chosen)
        self._edit_shortcut.setEnabled(chosen)
        self._delete_shortcut.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search goes on to the list, as in the visitors screen.
        if (
            watched is self.form.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._go_to_results()
            return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        if self._search_timer.isActive():
            self._search()
        self.form.results_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- details --------------------------------------------------------------------

    def _show_details(self) -> None:
        hit = self.selected_hit()
        browser = self.form.details_browser
        if hit is None:
            self._details_for = None
            browser.setPlainText(self.tr("Choose an entry to see its details."))
            self.details_shown.emit()
            return
        if self._partner is not None and self._partner.id == hit.partner_id:
            self._render(self._partner, hit.offer_id)
            return
        if self._details_for == hit.partner_id:
            return  # already asked for
        self._details_for = hit.partner_id
        browser.setPlainText(self.tr("Loading…"))
        self._runner.run(
            self._services.directory.get,
            hit.partner_id,
            on_done=self._on_partner_loaded,
            on_error=partial(self._on_partner_failed, hit.partner_id),
        )

    def _on_partner_loaded(self, partner: Partner) -> None:
        if partner.id != self._details_for:
            return  # another entry was chosen meanwhile
        self._details_for = None
        self._partner = partner
        hit = self.selected_hit()
        if hit is not None and hit.partner_id == partner.id:
            self._render(partner, hit.offer_id)
        else:
            self._show_details()

    def _on_partner_failed(self, partner_id: uuid.UUID, error: TresenError) -> None:
        if partner_id != self._details_for:
            return  # another entry was chosen meanwhile
        self._details_for = None
        self.form.details_browser.setPlainText(error_text(error))
        if isinstance(error, NotFoundError):
            self.reload()  # removed meanwhile, at another desk

    def _render(self, partner: Partner, offer_id: uuid.UUID | None) -> None:
        browser = self.form.details_browser
        browser.setHtml(self._details_html(partner, offer_id))
        if offer_id is not None:
            browser.scrollToAnchor(f"offer-{offer_id}")
        else:
            browser.verticalScrollBar().setValue(0)
        self.details_shown.emit()

    def _details_html(self, partner: Partner, offer_id: uuid.UUID | None) -> str:
        today = self._clock().date()
        parts = [
            f"<h2>{_e(partner.name)}</h2>",
            f"<p><i>{_e(partner_kind_label(partner.kind))}</i></p>",
        ]
        if partner.description.strip():
            parts.append(f"<p>{_lines(partner.description)}</p>")
        rows: list[tuple[str, str]] = []
        if partner.phone:
            rows.append((self.tr("Phone"), _e(partner.phone)))
        if partner.email:
            rows.append((self.tr("E-mail"), _mail_link(partner.email)))
        if partner.website:
            rows.append((self.tr("Website"), _web_link(partner.website)))
        if partner.contact:
            rows.append((self.tr("Contact person"), self._contact_html(partner.contact)))
        parts.append(self._table(rows))
        if partner.locations:
            heading = self.tr("Location") if len(partner.locations) == 1 else self.tr("Locations")
            parts.append(f"<h3>{_e(heading)}</h3>")
            parts.extend(self._location_html(location, today) for location in partner.locations)
        if partner.offers:
            heading = self.tr("Offers")
            parts.append(f"<h3>{_e(heading)}</h3>")
            parts.extend(
                self._offer_html(partner, offer, offer.id == offer_id, today)
                for offer in partner.offers
            )
        return "\n".join(parts)

    @staticmethod
    def _table(rows: Sequence[tuple[str, str]]) -> str:
        if not rows:
            return ""
        cells = "".join(
            f'<tr><td style="padding-right: 12px"><b>{_e(name)}</b></td><td>{value}</td></tr>'
            for name, value in rows
        )
        return f"<table cellspacing=0 cellpadding=2>{cells}</table>"

    def _contact_html(self, contact: Contact) -> str:
        bits = [_e(part) for part in (contact.name, contact.phone) if part]
        if contact.email:
            bits.append(_mail_link(contact.email))
        return ", ".join(bits)

    def _location_html(self, location: PartnerLocation, today: date) -> str:
        lines = [f"<b>{_e(location.name)}</b>"] if location.name else []
        lines += [_e(line) for line in location.address_lines]
        fallback = self.tr("Location")
        parts = [f"<p>{'<br>'.join(lines or [_e(fallback)])}</p>"]
        rows: list[tuple[str, str]] = []
        if location.phone:
            rows.append((self.tr("Phone"), _e(location.phone)))
        rows.append((self.tr("Opening hours"), self._hours_html(location.opening_hours, today)))
        if location.opening_hours_note.strip():
            rows.append((self.tr("Note"), _lines(location.opening_hours_note)))
        if location.accessibility.strip():
            rows.append((self.tr("Accessibility"), _lines(location.accessibility)))
        if location.languages:
            languages = ", ".join(language_label(code) for code in location.languages)
            rows.append((self.tr("Languages"), _e(languages)))
        parts.append(self._table(rows))
        return "\n".join(parts)

    def _hours_html(self, slots: Sequence[ScheduleSlot], today: date) -> str:
        """One line per weekday with hours; today's in bold and named, not coloured."""
        if not slots:
            return _e(self.tr("not given"))
        lines = []
        for weekday in range(7):
            times = ", ".join(
                f"{slot.start:%H:%M}–{slot.end:%H:%M}"
                for slot in sorted(slots)
                if slot.weekday == weekday
            )
            if not times:
                continue
            line = f"{_e(weekday_label(weekday))} {_e(times)}"
            if weekday == today.weekday():
                today_text = self.tr("today")
                line = f"<b>{line} ({_e(today_text)})</b>"
            lines.append(line)
        return "<br>".join(lines)

    def _offer_html(
        self, partner: Partner, offer: PartnerOffer, selected: bool, today: date
    ) -> str:
        rows: list[tuple[str, str]] = []
        if offer.field_of_action:
            rows.append((self.tr("Field of action"), _e(offer.field_of_action)))
        if offer.target_groups:
            rows.append((self.tr("Target groups"), _e(", ".join(offer.target_groups))))
        if offer.languages:
            languages = ", ".join(language_label(code) for code in offer.languages)
            rows.append((self.tr("Languages"), _e(languages)))
        if offer.schedule:
            rows.append((self.tr("Times"), self._hours_html(offer.schedule, today)))
        elif len(partner.locations) > 0:
            rows.append((self.tr("Times"), _e(self.tr("during the opening hours"))))
        if offer.schedule_note.strip():
            rows.append((self.tr("Note"), _lines(offer.schedule_note)))
        if len(partner.locations) > 1:
            location = partner.location(offer.location_id) if offer.location_id else None
            where = (
                location.name or ", ".join(location.address_lines)
                if location is not None
                else self.tr("all locations")
            )
            rows.append((self.tr("Where"), _e(where)))
        if offer.contact:
            rows.append((self.tr("Contact person"), self._contact_html(offer.contact)))
        if offer.email:
            rows.append((self.tr("E-mail"), _mail_link(offer.email)))
        if offer.url:
            rows.append((self.tr("Web address"), _web_link(offer.url)))
        title = _e(offer.name)
        body = f"<p>{_lines(offer.description)}</p>" if offer.description.strip() else ""
        body += self._table(rows)
        anchor = f'<a name="offer-{offer.id}"></a>'
        if not selected:
            return f"{anchor}<h4>{title}</h4>{body}"
        # The chosen offer: a marker and words first (readable without colour), then a tint.
        palette = self.palette()
        tint = QColor(palette.color(QPalette.ColorRole.Base))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        tint.setRgb(
            (tint.red() * 4 + highlight.red()) // 5,
            (tint.green() * 4 + highlight.green()) // 5,
            (tint.blue() * 4 + highlight.blue()) // 5,
        )
        chosen = _e(self.tr("chosen offer"))
        return (
            f'{anchor}<table width="100%" cellpadding=6 cellspacing=0 bgcolor="{tint.name()}">'
            f"<tr><td><h4>▶ {title} <small>({chosen})</small></h4>{body}</td></tr></table>"
        )

    # --- new, edit and delete -------------------------------------------------------

    def _open_dialog(self, partner_id: uuid.UUID | None) -> None:
        """Open the dialog at once for a new partner; read the partner first for an edit."""
        if self.dialog is not None or self._dialog_partner_id is not None:
            return
        if partner_id is None:
            self._show_dialog(None)
            return
        # While the partner is read, a second F2 or Enter opens nothing.
        self._dialog_partner_id = partner_id
        self._runner.run(
            self._services.directory.get,
            partner_id,
            on_done=self._on_dialog_partner_loaded,
            on_error=self._on_dialog_partner_failed,
            control=self.form.edit_button,
        )

    def _on_dialog_partner_loaded(self, partner: Partner) -> None:
        self._dialog_partner_id = None
        self._show_dialog(partner)

    def _show_dialog(self, partner: Partner | None) -> None:
        dialog = PartnerDialog(
            self._services.directory, self._runner, partner, self._fields_of_action, self
        )
        dialog.setObjectName("partner_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.partner_saved.connect(self._on_dialog_partner_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_partner_failed(self, error: TresenError) -> None:
        self._dialog_partner_id = None
        warn(self, self.tr("Directory"), error_text(error))
        if isinstance(error, NotFoundError):
            self.reload()

    def _on_dialog_partner_saved(self, partner: Partner) -> None:
        hit = self.selected_hit()
        offer_id = hit.offer_id if hit is not None and hit.partner_id == partner.id else None
        self._select_after_load = (partner.id, offer_id)
        self.reload()
        self.directory_changed.emit()

    def _on_dialog_finished(self, result: int) -> None:
        del result
        self.dialog = None
        self.form.results_table.setFocus()

    def _on_delete_box_button_clicked(self, button: QAbstractButton) -> None:
        if self._deletion is None:
            return
        delete, partner_id = self._deletion
        self._deletion = None
        if button is not delete:
            self.form.results_table.setFocus()
            return
        self._runner.run(
            self._services.directory.delete,
            partner_id,
            on_done=self._on_partner_deleted,
            on_error=self._on_delete_failed,
            control=self.form.delete_button,
        )

    def _on_partner_deleted(self, _: None) -> None:
        # The entry after the deleted partner's rows becomes the chosen one.
        hit = self.selected_hit()
        if hit is not None:
            rows = [
                row
                for row in range(self.model.rowCount())
                if self.model.hit(row).partner_id != hit.partner_id
            ]
            current = self.model.row_of(hit.partner_id, hit.offer_id) or 0
            following = [row for row in rows if row > current] or rows[-1:]
            if following:
                after = self.model.hit(following[0])
                self._select_after_load = (after.partner_id, after.offer_id)
        self.reload()
        self.form.results_table.setFocus()
        self.directory_changed.emit()

    def _on_delete_failed(self, error: TresenError) -> None:
        warn(self, self.tr("Delete partner"), error_text(error))
        self.reload()

    # --- slots ----------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        del text
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search()

    def _on_search_edit_return_pressed(self) -> None:
        self._go_to_results()

    def _on_filter_combo_current_index_changed(self, index: int) -> None:
        del index
        self._search()

    def _on_open_today_check_toggled(self, checked: bool) -> None:
        del checked
        self._search()

    def _on_new_button_clicked(self) -> None:
        self.new_partner()

    def _on_new_shortcut_activated(self) -> None:
        self.new_partner()

    def _on_edit_button_clicked(self) -> None:
        self.edit_selected()

    def _on_edit_shortcut_activated(self) -> None:
        self.edit_selected()

    def _on_results_table_activated(self, index: QModelIndex) -> None:
        del index  # the activated row is the selected one
        self.edit_selected()

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    def _on_delete_shortcut_activated(self) -> None:
        self.delete_selected()

    def _on_search_shortcut_activated(self) -> None:
        self.form.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.search_edit.selectAll()

    def _on_reload_shortcut_activated(self) -> None:
        self.reload()

    def _on_results_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        del selected, deselected
        self._show_details()
        self._update_actions()

    # --- showing and language -------------------------------------------------------

    def _size_columns(self) -> None:
        header = self.form.results_table.horizontalHeader()
        char = self.form.results_table.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char)
        header.resizeSection(Column.NAME, 42 * char)

    def _retranslate(self) -> None:
        self._size_columns()
        self.model.retranslate()
        form = self.form
        for combo, everything in (
            (form.field_combo, self.tr("All fields of action")),
            (form.target_group_combo, self.tr("All target groups")),
            (form.language_combo, self.tr("All languages")),
        ):
            combo.setItemText(0, everything)
        for row in range(1, form.language_combo.count()):
            form.language_combo.setItemText(row, language_label(form.language_combo.itemData(row)))
        self._update_status()
        self._show_details()

    def showEvent(self, event: QShowEvent) -> None:
        # The first load waits until the screen is shown: start-up paints first.
        if not self._loaded_once:
            self.reload()
            self.form.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def _on_exchange_imported(self, summary: object) -> None:
        del summary
        self.reload()
        self.directory_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.exchange.retranslate()
            self._retranslate()
        super().changeEvent(event)
