"""The statistics screen: a period's figures beside those of a year earlier, charts and tables.

Aggregates only: no name or visitor number reaches this screen. Counts of one or two
people are shown as "< 3" wherever a person-level count is printed (``is_small``); the
change against a year earlier is not shown where it would give such a count away.

Keys: Alt+Left and Alt+Right step to the previous and the next period.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.access import OnDuty, Permission
from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import FileNotWritten, TresenError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.reference import Gender
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.core.statistics_records import (
    AGE_GROUP_LABELS,
    NEW_VISITOR_RULE_TEXTS,
    NOT_STATED,
    SMALL_COUNT_TEXT,
    VISIT_RULE_TEXTS,
    VISITOR_RULE_TEXT,
    AgeGroup,
    Comparison,
    Count,
    CountingRules,
    Figures,
    Period,
    PeriodKind,
    ReferralCount,
    VisitRule,
    change_percent,
    is_small,
)
from desktop_app.gui.dates import from_qdate, to_qdate
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_statistics_view import Ui_StatisticsView
from desktop_app.gui.i18n import (
    error_text,
    gender_label,
    local_date,
    local_hours,
    problem_text,
)
from desktop_app.gui.models import ModelIndex, read_only_flags
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.statistics_export import StatisticsReportContent

# The kinds in the order of the period combo box.
KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.CUSTOM)
FIRST_YEAR, LAST_YEAR = 2000, 2100
# One change of the period sets several controls: they are counted once, on the next turn
# of the event loop.
REFRESH_DELAY_MS = 0
NO_CHANGE = "–"
# Head counts taken without an age or gender, and visitors whose age is not known.
NOT_RECORDED = QT_TRANSLATE_NOOP("StatisticsView", "not recorded")

# Check-ins and head counts keep their colours on every chart; blue and orange stay apart
# for colour-blind eyes too.
CHECK_IN_COLOUR = "#1a5fb4"
HEAD_COUNT_COLOUR = "#e5a50a"
EARLIER_COLOUR = "#5e5c64"
HOURS_COLOUR = "#26a269"

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_TEXT_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


class FigureTableModel(QAbstractTableModel):
    """Rows of texts made from figures: the leading columns name, the others count.

    The view makes the texts (numbers in the user's notation, "< 3" for small counts), so
    the model only shows them; emphasised rows (the headline) are bold.
    """

    def __init__(self, label_columns: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._label_columns = label_columns
        self._headers: list[str] = []
        self._header_tips: list[str] = []
        self._rows: list[tuple[str, ...]] = []
        self._emphasised: frozenset[int] = frozenset()

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        emphasised: frozenset[int] = frozenset(),
        header_tips: Sequence[str] = (),
    ) -> None:
        """``header_tips`` say what a short column header means (empty: the header)."""
        assert all(len(row) == len(headers) for row in rows)
        self.beginResetModel()
        self._headers = list(headers)
        self._header_tips = [*header_tips, *headers[len(header_tips) :]]
        self._rows = [tuple(row) for row in rows]
        self._emphasised = emphasised
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in _TEXT_ROLES:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if index.column() < self._label_columns else _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() in self._emphasised:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section < self._label_columns else _RIGHT
        return None


@dataclass(frozen=True)
class _Counted:
    """What the worker found for the count numbered ``asked``: the figures, the error a
    user may read, or None where a later count made it unnecessary."""

    asked: int
    result: "Comparison | TresenError | None"


@dataclass(frozen=True)
class KeyFigure:
    """One line of the key figures: this period, a year earlier, and what kind of count."""

    key: str
    label: str
    now: int
    before: int
    person_level: bool = False
    minutes: bool = False  # volunteer hours, counted in minutes

    def text(self, count: int) -> str:
        if self.minutes:
            return local_hours(count)
        return people_text(count) if self.person_level else number_text(count)

    @property
    def change(self) -> str:
        return change_text(self.now, self.before, self.person_level)


def number_text(count: int) -> str:
    """A count in the user's notation: "1.234" in German."""
    return QLocale().toString(count)


def people_text(count: int) -> str:
    """A count of people: "< 3" for one or two, so that no one can be recognised."""
    return SMALL_COUNT_TEXT if is_small(count) else number_text(count)


def change_text(now: int, before: int, person_level: bool = False) -> str:
    """The change from a year earlier: "+12 %", "−5 %"; a dash where there is none to tell.

    For people, a change from or to a small count would tell that count: not shown.
    """
    percent = change_percent(now, before)
    if percent is None or (person_level and (is_small(now) or is_small(before))):
        return NO_CHANGE
    rounded = round(percent)
    sign = "+" if rounded > 0 else "−" if rounded < 0 else "±"
    return f"{sign}{QLocale().toString(abs(rounded))} %"


def age_band_text(code: str) -> str:
    if code == NOT_STATED:
        return QCoreApplication.translate("StatisticsView", NOT_RECORDED)
    return code.replace("-", "–")


class StatisticsView(QWidget):
    """The dashboard of a period: key figures, charts by month, field and age, the tables.

    The figures are counted on the task runner; the screen stays usable meanwhile and
    shows the figures of the period chosen last.
    """

    figures_shown = Signal(object)  # Comparison
    saved = Signal(object)  # Path of a report or workbook written

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        rules: CountingRules,
        letterhead: Callable[[], Letterhead],
        language: Callable[[], str],
        on_duty: OnDuty,
        *,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        """``language`` is that of the reports; ``on_duty`` says who may save them."""
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._rules = rules
        self._letterhead = letterhead
        self._language = language
        self._on_duty = on_duty
        self._clock = clock
        self.comparison: Comparison | None = None
        # Each count asked for has a number; only the latest one asked is shown. The
        # worker reads the latest number from ``_latest`` to skip work no longer wanted.
        self._asked = 0
        self._answered = 0
        self._latest = [0]
        self._failed: str = ""
        self.file_dialog: QFileDialog | None = None
        self._export_kind = ""
        self.report: QMessageBox | None = None  # the message after saving
        self.form = Ui_StatisticsView()
        self.form.setupUi(self)
        form = self.form
        self._fill_months()
        for edit in (form.from_edit, form.to_edit):
            edit.setDateRange(to_qdate(date(FIRST_YEAR, 1, 1)), to_qdate(date(LAST_YEAR, 12, 31)))
        form.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self._tables: dict[QTableView, FigureTableModel] = {}
        for table, label_columns in (
            (form.key_figures_table, 1),
            (form.fields_table, 1),
            (form.offers_table, 1),
            (form.age_groups_table, 1),
            (form.age_bands_table, 1),
            (form.genders_table, 1),
            (form.new_returning_table, 1),
            (form.issued_table, 3),
            (form.received_table, 3),
            (form.activities_table, 1),
            (form.volunteer_months_table, 1),
        ):
            self._tables[table] = FigureTableModel(label_columns, self)
            table.setModel(self._tables[table])
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        # A style sheet, since the program's style sheet overrides fonts set on widgets.
        size = round(self.font().pointSizeF() * 1.8)
        for value_label in (
            form.visits_value_label,
            form.visitors_value_label,
            form.new_value_label,
            form.referrals_value_label,
            form.hours_value_label,
        ):
            value_label.setStyleSheet(f"font-size: {size}pt; font-weight: bold;")
        # Short tables are as high as their rows (up to so many; then they scroll).
        self._short_tables = {
            form.key_figures_table: 14,
            form.fields_table: 10,
            form.age_groups_table: 6,
            form.age_bands_table: 10,
            form.genders_table: 5,
            form.new_returning_table: 3,
        }
        self._charts = StatisticsCharts(form, self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._previous_shortcut = QShortcut(QKeySequence("Alt+Left"), self, context=context)
        self._next_shortcut = QShortcut(QKeySequence("Alt+Right"), self, context=context)
        self._previous_shortcut.activated.connect(self.previous_period)
        self._next_shortcut.activated.connect(self.next_period)
        self.setFocusProxy(form.kind_combo)
        today = clock().date()
        self._show_period_controls(Period.month(today.year, today.month))
        form.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        form.year_spin.valueChanged.connect(self._on_period_control_changed)
        form.month_combo.currentIndexChanged.connect(self._on_period_control_changed)
        form.quarter_combo.currentIndexChanged.connect(self._on_period_control_changed)
        form.from_edit.dateChanged.connect(self._on_from_edit_date_changed)
        form.to_edit.dateChanged.connect(self._on_period_control_changed)
        form.previous_button.clicked.connect(self.previous_period)
        form.next_button.clicked.connect(self.next_period)
        form.pdf_button.clicked.connect(self.choose_pdf)
        form.sections_tabs.currentChanged.connect(self._on_sections_tabs_current_changed)
        form.xlsx_button.clicked.connect(self.choose_xlsx)
        self._render_rules()
        self._render()

    # The period

    @property
    def period(self) -> Period:
        """The period the controls show."""
        form = self.form
        kind = KINDS[form.kind_combo.currentIndex()]
        year = form.year_spin.value()
        if kind is PeriodKind.MONTH:
            return Period.month(year, form.month_combo.currentIndex() + 1)
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, form.quarter_combo.currentIndex() + 1)
        if kind is PeriodKind.YEAR:
            return Period.year(year)
        first = from_qdate(form.from_edit.date())
        return Period(first, max(first, from_qdate(form.to_edit.date())), PeriodKind.CUSTOM)

    def set_period(self, period: Period) -> None:
        """Show ``period`` in the controls and count its figures."""
        self._show_period_controls(period)
        self._on_period_control_changed()

    def previous_period(self) -> None:
        self._step(-1)

    def next_period(self) -> None:
        self._step(1)

    def _step(self, direction: int) -> None:
        period = self.period
        start = period.start
        if period.kind is PeriodKind.MONTH:
            index = start.year * 12 + start.month - 1 + direction
            stepped = Period.month(index // 12, index % 12 + 1)
        elif period.kind is PeriodKind.QUARTER:
            index = start.year * 4 + (start.month - 1) // 3 + direction
            stepped = Period.quarter(index // 4, index % 4 + 1)
        elif period.kind is PeriodKind.YEAR:
            stepped = Period.year(start.year + direction)
        else:
            shift = timedelta(days=period.days * direction)
            stepped = Period(start + shift, period.end + shift, PeriodKind.CUSTOM)
        if stepped.start.year >= FIRST_YEAR and stepped.end.year <= LAST_YEAR:
            self.set_period(stepped)

    def _show_period_controls(self, period: Period) -> None:
        form = self.form
        controls = (form.kind_combo, form.year_spin, form.month_combo, form.quarter_combo)
        for control in controls:
            control.blockSignals(True)
        try:
            form.kind_combo.setCurrentIndex(KINDS.index(period.kind))
            form.year_spin.setValue(period.start.year)
            form.month_combo.setCurrentIndex(period.start.month - 1)
            form.quarter_combo.setCurrentIndex((period.start.month - 1) // 3)
        finally:
            for control in controls:
                control.blockSignals(False)
        self._show_dates(period)
        kind = period.kind
        shown: list[tuple[QWidget, bool]] = [
            (form.year_label, kind is not PeriodKind.CUSTOM),
            (form.year_spin, kind is not PeriodKind.CUSTOM),
            (form.month_label, kind is PeriodKind.MONTH),
            (form.month_combo, kind is PeriodKind.MONTH),
            (form.quarter_label, kind is PeriodKind.QUARTER),
            (form.quarter_combo, kind is PeriodKind.QUARTER),
            (form.from_label, kind is PeriodKind.CUSTOM),
            (form.from_edit, kind is PeriodKind.CUSTOM),
            (form.to_label, kind is PeriodKind.CUSTOM),
            (form.to_edit, kind is PeriodKind.CUSTOM),
        ]
        for widget, visible in shown:
            widget.setVisible(visible)

    def _show_dates(self, period: Period) -> None:
        form = self.form
        for edit in (form.from_edit, form.to_edit):
            edit.blockSignals(True)
        try:
            form.to_edit.setDateRange(
                to_qdate(date(FIRST_YEAR, 1, 1)), to_qdate(date(LAST_YEAR, 12, 31))
            )
            form.from_edit.setDate(to_qdate(period.start))
            form.to_edit.setDate(to_qdate(period.end))
            self._limit_to_edit()
        finally:
            for edit in (form.from_edit, form.to_edit):
                edit.blockSignals(False)

    def _fill_months(self) -> None:
        combo = self.form.month_combo
        index = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        locale = QLocale()
        combo.addItems([locale.standaloneMonthName(month) for month in range(1, 13)])
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # Counting

    def set_counting_rules(self, rules: CountingRules) -> None:
        """The settings changed how visits and new visitors count: counted anew."""
        if rules != self._rules:
            self._rules = rules
            self._render_rules()
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Visits are recorded all day at the desk: the figures are counted each time the
        # screen is opened.
        self.refresh()
        super().showEvent(event)

    def records_changed(self) -> None:
        """Records changed elsewhere (a sync): counted anew now if shown, else when shown."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Count the figures of the chosen period (and the year before) in the background.

        Work for a period chosen meanwhile is skipped on the worker: stepping through
        months quickly counts only the month the user stops at.
        """
        self._refresh_timer.stop()
        self._failed = ""
        self._asked += 1
        asked = self._asked
        latest = self._latest
        latest[0] = asked
        statistics = self._services.statistics
        period, rules = self.period, self._rules

        def count() -> _Counted:
            if latest[0] != asked:
                return _Counted(asked, None)
            try:
                return _Counted(asked, statistics.comparison(period, rules))
            except TresenError as error:
                return _Counted(asked, error)

        self._render_summary()
        self._runner.run(count, on_done=self._on_counted)

    @property
    def busy(self) -> bool:
        """Figures are being counted, or are about to be."""
        return self._answered != self._asked or self._refresh_timer.isActive()

    def _on_counted(self, counted: "_Counted") -> None:
        if counted.asked != self._asked:
            return  # another period was chosen meanwhile; its count comes next
        self._answered = counted.asked
        result = counted.result
        if isinstance(result, ValidationError) and result.problems:
            # The period cannot be counted (too long): what is wrong with it.
            self._failed = problem_text(next(iter(result.problems.values())))
        elif isinstance(result, TresenError):
            self._failed = error_text(result)
        elif result is not None:
            self.comparison = result
            self._render()
            self.figures_shown.emit(result)
        self._render_summary()

    # Showing the figures

    def _render(self) -> None:
        comparison = self.comparison
        if comparison is not None and comparison.current.rules != self._rules:
            comparison = None  # counted by rules since changed; their count is on its way
        self._render_summary()
        self._render_key_figures(comparison)
        self._render_breakdowns(comparison)
        self._render_referrals(comparison.current if comparison else None)
        self._render_volunteering(comparison.current if comparison else None)
        self._charts.show(comparison)
        self.form.pdf_button.setEnabled(comparison is not None)
        self.form.xlsx_button.setEnabled(comparison is not None)

    def _render_summary(self) -> None:
        label = self.form.period_summary_label
        period = self.period
        text = self.tr("{period}, compared with {earlier}").format(
            period=self.period_name(period), earlier=self.period_name(period.year_earlier())
        )
        if self._failed:
            text = self._failed
        elif self.busy:
            text = self.tr("{period} – counting…").format(period=text)
        label.setText(text)
        label.setProperty("errorLabel", bool(self._failed))
        label.style().polish(label)

    def period_name(self, period: Period) -> str:
        """ "November 2026", "Quarter 4 of 2026", "2026", or the first and last day."""
        start = period.start
        if period.kind is PeriodKind.MONTH:
            return month_text(start, long=True)
        if period.kind is PeriodKind.QUARTER:
            return self.tr("Quarter {quarter} of {year}").format(
                quarter=(start.month - 1) // 3 + 1, year=start.year
            )
        if period.kind is PeriodKind.YEAR:
            return str(start.year)
        return self.tr("{first} to {last}").format(
            first=local_date(start), last=local_date(period.end)
        )

    def _render_rules(self) -> None:
        rules = self._rules
        texts = (
            _statistics_text(VISIT_RULE_TEXTS[rules.visits]),
            _statistics_text(VISITOR_RULE_TEXT),
            _statistics_text(NEW_VISITOR_RULE_TEXTS[rules.new_visitors]),
            self.tr(
                "Counts of one or two people are shown as “{small}”, so that no one can be "
                "recognised."
            ).format(small=SMALL_COUNT_TEXT),
        )
        self.form.rules_label.setText("\n".join(texts))

    def key_figures(self, comparison: Comparison) -> list[KeyFigure]:
        """The figures of the overview, each beside the same figure a year earlier."""
        now, before = comparison.current, comparison.earlier
        with_head_counts = self._rules.visits is VisitRule.WITH_HEAD_COUNTS
        figures = [
            KeyFigure("visits", self._visits_label(), now.counted_visits, before.counted_visits)
        ]
        if with_head_counts:
            figures += [
                KeyFigure("check_ins", self.tr("of which check-ins"), now.visits, before.visits),
                KeyFigure(
                    "tallied",
                    self.tr("of which people in head counts"),
                    now.tallied,
                    before.tallied,
                ),
            ]
        else:
            figures.append(
                KeyFigure(
                    "tallied", self.tr("People in head counts (apart)"), now.tallied, before.tallied
                )
            )
        # (key, label, the count, whether it counts people)
        measures: list[tuple[str, str, Callable[[Figures], int], bool]] = [
            ("visitors", self.tr("Visitors"), attrgetter("visitors"), True),
            ("new", self.tr("New visitors"), attrgetter("new_visitors"), True),
            ("returning", self.tr("Returning visitors"), attrgetter("returning_visitors"), True),
            (
                "counselling_visits",
                self.tr("Counselling contacts"),
                attrgetter("counselling_visits"),
                False,
            ),
            (
                "counselling_visitors",
                self.tr("Visitors in counselling"),
                attrgetter("counselling_visitors"),
                True,
            ),
            (
                "referrals_issued",
                self.tr("Referrals issued"),
                lambda f: _referrals(f.referrals_issued),
                False,
            ),
            (
                "referrals_received",
                self.tr("Referrals received"),
                lambda f: _referrals(f.referrals_received),
                False,
            ),
            (
                "volunteers",
                self.tr("Volunteers with hours"),
                attrgetter("volunteering.volunteers"),
                True,
            ),
        ]
        for key, label, value, person_level in measures:
            figures.append(KeyFigure(key, label, value(now), value(before), person_level))
        figures.append(
            KeyFigure(
                "volunteer_hours",
                self.tr("Volunteer hours"),
                now.volunteering.minutes,
                before.volunteering.minutes,
                minutes=True,
            )
        )
        return figures

    def _visits_label(self) -> str:
        if self._rules.visits is VisitRule.WITH_HEAD_COUNTS:
            return self.tr("Visits (check-ins and head counts)")
        return self.tr("Visits (check-ins)")

    def _render_key_figures(self, comparison: Comparison | None) -> None:
        form = self.form
        figures = self.key_figures(comparison) if comparison is not None else []
        self._show_rows(
            form.key_figures_table,
            [
                self.tr("Figure"),
                self.tr("This period"),
                self.tr("A year earlier"),
                self.tr("Change"),
            ],
            [
                (figure.label, figure.text(figure.now), figure.text(figure.before), figure.change)
                for figure in figures
            ],
            emphasised=frozenset(i for i, figure in enumerate(figures) if figure.key == "visits"),
        )
        by_key = {figure.key: figure for figure in figures}
        tiles = (
            ("visits", form.visits_value_label, form.visits_earlier_label),
            ("visitors", form.visitors_value_label, form.visitors_earlier_label),
            ("new", form.new_value_label, form.new_earlier_label),
            ("referrals_issued", form.referrals_value_label, form.referrals_earlier_label),
            ("volunteer_hours", form.hours_value_label, form.hours_earlier_label),
        )
        for key, value_label, earlier_label in tiles:
            figure = by_key.get(key)
            if figure is None:
                value_label.setText(NO_CHANGE)
                earlier_label.clear()
                continue
            value_label.setText(figure.text(figure.now))
            earlier_label.setText(
                self.tr("A year earlier: {count} ({change})").format(
                    count=figure.text(figure.before), change=figure.change
                )
            )
        form.visits_tile.setToolTip(_statistics_text(VISIT_RULE_TEXTS[self._rules.visits]))

    def _count_headers(self, first: str, person_level: bool) -> tuple[list[str], list[str]]:
        """Short column headers, and what each means (their tooltips).

        Visits as the rules count them; head counts where they are apart or by offer
        (check-ins are visits less head counts; the charts show the two apart).
        """
        apart = self._rules.visits is VisitRule.CHECK_INS
        headers, tips = [first, self.tr("Visits")], [first, self._visits_label()]
        if apart or not person_level:
            headers.append(self.tr("Head counts"))
            tips.append(
                self.tr("People counted in head counts, not among the visits")
                if apart
                else self.tr("Of the visits, people counted in head counts")
            )
        headers += [self.tr("Visitors"), self.tr("A year earlier")]
        tips += [
            self.tr("Registered people, each counted once"),
            self.tr("Visitors in the same period a year earlier")
            if person_level
            else self.tr("Visits in the same period a year earlier"),
        ]
        return headers, tips

    def _count_rows(
        self,
        current: Sequence[Count],
        earlier: Sequence[Count],
        label: Callable[[str], str],
        person_level: bool,
    ) -> list[tuple[str, ...]]:
        """Breakdown rows, each with its counterpart a year earlier (rows of this period
        first, then those only the year before had).

        By offer or field of action, visits are no person's and only the visitors may be
        small; by age or gender every figure of a row describes its few people.
        """
        apart = self._rules.visits is VisitRule.CHECK_INS
        shown = people_text if person_level else number_text
        rows = []
        for key, now, before in _joined(current, earlier):
            if person_level and not (now.people or now.visitors or before.visitors):
                continue
            cells = [label(key), shown(_counted(now, self._rules))]
            if apart or not person_level:
                cells.append(shown(now.tallied))
            cells.append(people_text(now.visitors))
            # A year earlier: the visits of an offer, the visitors of an age or gender.
            cells.append(
                people_text(before.visitors)
                if person_level
                else number_text(_counted(before, self._rules))
            )
            rows.append(tuple(cells))
        return rows

    def _render_breakdowns(self, comparison: Comparison | None) -> None:
        form = self.form
        now = comparison.current if comparison else None
        before = comparison.earlier if comparison else None
        without_field = self.tr("Without a field of action")

        def show(
            table: QTableView,
            first: str,
            counts: Callable[[Figures], Sequence[Count]],
            label: Callable[[str], str],
            person_level: bool,
        ) -> None:
            rows = []
            if now is not None and before is not None:
                rows = self._count_rows(counts(now), counts(before), label, person_level)
            headers, tips = self._count_headers(first, person_level)
            self._show_rows(table, headers, rows, header_tips=tips)

        show(
            form.fields_table,
            self.tr("Field of action"),
            attrgetter("by_field"),
            lambda k: k or without_field,
            False,
        )
        show(form.offers_table, self.tr("Offer"), attrgetter("by_offer"), str, False)
        show(
            form.age_groups_table,
            self.tr("Age group"),
            attrgetter("by_age_group"),
            age_group_text,
            True,
        )
        show(
            form.age_bands_table,
            self.tr("Age band"),
            attrgetter("by_age_band"),
            age_band_text,
            True,
        )
        show(form.genders_table, self.tr("Gender"), attrgetter("by_gender"), gender_text, True)
        rows = []
        if now is not None and before is not None:
            visitors: list[tuple[str, Callable[[Figures], int]]] = [
                (self.tr("New"), attrgetter("new_visitors")),
                (self.tr("Returning"), attrgetter("returning_visitors")),
                (self.tr("Together"), attrgetter("visitors")),
            ]
            for label_text, value in visitors:
                figure = KeyFigure("", label_text, value(now), value(before), person_level=True)
                rows.append(
                    (label_text, figure.text(figure.now), figure.text(figure.before), figure.change)
                )
        self._show_rows(
            form.new_returning_table,
            [
                self.tr("Visitors"),
                self.tr("This period"),
                self.tr("A year earlier"),
                self.tr("Change"),
            ],
            rows,
            emphasised=frozenset({2}) if rows else frozenset(),
        )

    def _render_referrals(self, figures: Figures | None) -> None:
        form = self.form
        for table, counts, target in (
            (form.issued_table, figures.referrals_issued if figures else (), self.tr("To")),
            (form.received_table, figures.referrals_received if figures else (), self.tr("From")),
        ):
            self._show_rows(
                table,
                [self.tr("Field of action"), target, self.tr("Status"), self.tr("Referrals")],
                [self._referral_row(count) for count in counts],
            )

    def _referral_row(self, count: ReferralCount) -> tuple[str, ...]:
        from desktop_app.core.referral_records import ReferralStatus
        from desktop_app.gui.i18n import referral_status_label

        try:
            status = referral_status_label(ReferralStatus(count.status))
        except ValueError:
            status = count.status
        return (
            count.field_of_action or self.tr("Without a field of action"),
            count.target or self.tr("not stated"),
            status,
            number_text(count.referrals),
        )

    def _render_volunteering(self, figures: Figures | None) -> None:
        form = self.form
        volunteering = figures.volunteering if figures else None
        self._show_rows(
            form.activities_table,
            [self.tr("Activity"), self.tr("Volunteers"), self.tr("Hours")],
            [
                (
                    activity or self.tr("Without an activity"),
                    people_text(people),
                    local_hours(minutes),
                )
                for activity, people, minutes in (volunteering.by_activity if volunteering else ())
            ],
        )
        self._show_rows(
            form.volunteer_months_table,
            [self.tr("Month"), self.tr("Volunteers"), self.tr("Hours")],
            [
                (month_text(month, long=True), people_text(people), local_hours(minutes))
                for month, people, minutes in (volunteering.by_month if volunteering else ())
            ],
        )

    def _show_rows(
        self,
        table: QTableView,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        emphasised: frozenset[int] = frozenset(),
        header_tips: Sequence[str] = (),
    ) -> None:
        self._tables[table].set_rows(headers, rows, emphasised, header_tips)
        # The naming column takes the room left; the counts keep their width.
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if table in self._short_tables:
            # The room below a short table is the chart's.
            shown = min(max(len(rows), 1), self._short_tables[table])
            rows_height = table.verticalHeader().defaultSectionSize() * shown
            frame = 2 * table.frameWidth()
            header = table.horizontalHeader().sizeHint().height()
            table.setFixedHeight(header + rows_height + frame)

    def table_rows(self, table: QTableView) -> list[tuple[str, ...]]:
        """The texts a table shows, row by row."""
        return self._tables[table].rows()

    # Saving the report and the workbook

    def choose_pdf(self) -> None:
        self._choose_file("pdf")

    def choose_xlsx(self) -> None:
        self._choose_file("xlsx")

    def _choose_file(self, kind: str) -> None:
        if self.comparison is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{report_file_stem(self.comparison.current.period)}.{kind}"
        pdf = kind == "pdf"
        title = self.tr("Save the report as PDF") if pdf else self.tr("Save as spreadsheet")
        dialog = QFileDialog(self, title, str(Path(folder) / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(
            self.tr("PDF documents (*.pdf)") if pdf else self.tr("Excel workbooks (*.xlsx)")
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._export_kind = kind
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        dialog.open()

    def _on_file_dialog_file_selected(self, file_name: str) -> None:
        if not file_name:
            return
        if self._export_kind == "pdf":
            self.save_pdf_to(Path(file_name))
        elif self._export_kind == "xlsx":
            self.save_xlsx_to(Path(file_name))

    def _on_file_dialog_finished(self, _result: int) -> None:
        self.file_dialog = None

    def _report_content(self) -> "StatisticsReportContent":
        from desktop_app.core.statistics_export import StatisticsReportContent

        assert self.comparison is not None
        return StatisticsReportContent(
            comparison=self.comparison,
            letterhead=self._letterhead(),
            language=self._language(),
            issued_on=self._clock().date(),
        )

    def save_pdf_to(self, path: Path) -> None:
        """Write the report of the figures shown to ``path``, off the GUI thread."""
        if self.comparison is None:
            return
        content, on_duty = self._report_content(), self._on_duty

        def write() -> Path:
            on_duty.require(Permission.EXPORT)
            from desktop_app.core.files import write_atomically
            from desktop_app.documents.statistics_report import render_statistics_report

            data = render_statistics_report(content)
            write_atomically(path, lambda file: file.write(data))
            return path

        self._write(write, self.form.pdf_button)

    def save_xlsx_to(self, path: Path) -> None:
        """Write every table of the figures shown to ``path`` as an Excel workbook."""
        if self.comparison is None:
            return
        content, on_duty = self._report_content(), self._on_duty

        def write() -> Path:
            on_duty.require(Permission.EXPORT)
            from desktop_app.core.statistics_export import write_statistics_xlsx

            try:
                write_statistics_xlsx(content, path)
            except OSError as error:
                raise FileNotWritten(path, error) from error
            return path

        self._write(write, self.form.xlsx_button)

    def _write(self, write: Callable[[], Path], button: QPushButton) -> None:
        self._runner.run(
            write,
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            control=button,
        )

    def _on_saved(self, path: Path) -> None:
        self._tell(self.tr("Saved to {path}").format(path=path), QMessageBox.Icon.Information)
        self.saved.emit(path)

    def _on_save_failed(self, error: TresenError) -> None:
        self._tell(error_text(error), QMessageBox.Icon.Warning)

    def _tell(self, text: str, icon: QMessageBox.Icon) -> None:
        box = warn(self, self.tr("Statistics"), text, icon)
        box.finished.connect(self._on_report_finished)
        self.report = box

    def _on_report_finished(self, _result: int) -> None:
        self.report = None

    # Slots

    def _on_kind_combo_current_index_changed(self, index: int) -> None:
        """Another kind of period: the one that holds the start of the period shown so far."""
        kind = KINDS[index]
        form = self.form
        start = from_qdate(form.from_edit.date())
        end = from_qdate(form.to_edit.date())
        if kind is PeriodKind.MONTH:
            period = Period.month(start.year, start.month)
        elif kind is PeriodKind.QUARTER:
            period = Period.quarter(start.year, (start.month - 1) // 3 + 1)
        elif kind is PeriodKind.YEAR:
            period = Period.year(start.year)
        else:
            period = Period(start, max(start, end), PeriodKind.CUSTOM)
        self.set_period(period)

    def _on_from_edit_date_changed(self) -> None:
        self._limit_to_edit()
        self._on_period_control_changed()

    def _limit_to_edit(self) -> None:
        """A custom period ends on or after its first day, and within twelve months."""
        form = self.form
        first = from_qdate(form.from_edit.date())
        form.to_edit.setDateRange(to_qdate(first), to_qdate(last_day_of_twelve_months(first)))

    def _on_period_control_changed(self) -> None:
        period = self.period
        if period.kind is not PeriodKind.CUSTOM:
            # The custom dates follow, so that "Custom period" starts from the period shown.
            self._show_dates(period)
        self._refresh_timer.start()
        self._render_summary()

    def _on_sections_tabs_current_changed(self, index: int) -> None:
        del index
        self._charts.draw_visible()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_months()
            self._render_rules()
            self._charts.retranslate()
            self._render()
        super().changeEvent(event)


@dataclass(frozen=True)
class Bars:
    """What a chart draws: stacked bars (name, colour, one value a category), and perhaps a
    dashed line beside them."""

    categories: list[str]
    stacks: list[tuple[str, str, list[int]]]
    line: tuple[str, list[int]] | None = None

    @property
    def empty(self) -> bool:
        values = [value for _, _, values in self.stacks for value in values]
        return not any(values) and not any(self.line[1] if self.line else ())


class StatisticsCharts(QObject):
    """The charts of the screen: visits by month, field of action and age group, and the
    volunteers' hours by month.

    QtCharts is loaded with the statistics screen only, not with the program.
    """

    def __init__(self, form: Ui_StatisticsView, view: QWidget) -> None:
        super().__init__(view)
        self.month = BarChart(form.month_chart_layout, horizontal=False)
        self.field = BarChart(form.field_chart_layout, horizontal=True)
        self.age = BarChart(form.age_chart_layout, horizontal=False)
        self.hours = BarChart(form.hours_chart_layout, horizontal=False)
        self._comparison: Comparison | None = None
        self._drawn: set[BarChart] = set()
        self.retranslate()

    def retranslate(self) -> None:
        self.month.view.setAccessibleName(self.tr("Chart of visits and head counts by month"))
        self.field.view.setAccessibleName(self.tr("Chart of people by field of action"))
        self.age.view.setAccessibleName(self.tr("Chart of visits by age group"))
        self.hours.view.setAccessibleName(self.tr("Chart of volunteer hours by month"))

    def show(self, comparison: Comparison | None) -> None:
        """Show ``comparison``: drawn now on the charts in sight, the others when shown."""
        self._comparison = comparison
        self._drawn.clear()
        self.draw_visible()

    def draw_visible(self) -> None:
        """Draw the charts in sight that do not show the figures yet.

        Drawing a chart takes a while; the charts of the other parts of the screen wait
        until their part is chosen, so that a new period shows quickly.
        """
        comparison = self._comparison
        empty = self.tr("Nothing was counted in this period.")
        charts: list[tuple[BarChart, Callable[[Comparison], Bars]]] = [
            (self.month, self.month_bars),
            (self.field, lambda c: self.field_bars(c.current)),
            (self.age, lambda c: self.age_bars(c.current)),
            (self.hours, self.hours_bars),
        ]
        for chart, bars in charts:
            if chart in self._drawn or not chart.view.isVisible():
                continue
            chart.draw(bars(comparison) if comparison else Bars([], []), empty)
            self._drawn.add(chart)

    def _stacks(
        self, check_ins: list[int], head_counts: list[int]
    ) -> list[tuple[str, str, list[int]]]:
        return [
            (self.tr("Check-ins"), CHECK_IN_COLOUR, check_ins),
            (self.tr("Head counts"), HEAD_COUNT_COLOUR, head_counts),
        ]

    def month_bars(self, comparison: Comparison) -> Bars:
        now, before = comparison.current, comparison.earlier
        current = {row.month: (row.visits, row.tallied) for row in now.by_month}
        earlier = {row.month: (row.visits, row.tallied) for row in before.by_month}
        months = now.period.months()
        if len(months) == 1:
            # One month: its bar beside the same month a year earlier.
            pairs = [earlier.get(_year_before(months[0]), (0, 0)), current.get(months[0], (0, 0))]
            return Bars(
                [
                    month_text(_year_before(months[0]), long=False),
                    month_text(months[0], long=False),
                ],
                self._stacks([pair[0] for pair in pairs], [pair[1] for pair in pairs]),
            )
        pairs = [current.get(month, (0, 0)) for month in months]
        line = [sum(earlier.get(_year_before(month), (0, 0))) for month in months]
        return Bars(
            _month_axis(now.period),
            self._stacks([pair[0] for pair in pairs], [pair[1] for pair in pairs]),
            (self.tr("Everyone, a year earlier"), line) if any(line) else None,
        )

    def field_bars(self, figures: Figures) -> Bars:
        # A horizontal chart draws its first category at the bottom: reversed, the list
        # reads from the top as the table beside it does.
        fields = [count for count in reversed(figures.by_field) if count.visits or count.tallied]
        without = self.tr("Without a field of action")
        return Bars(
            [count.key or without for count in fields],
            self._stacks([count.visits for count in fields], [count.tallied for count in fields]),
        )

    def age_bars(self, figures: Figures) -> Bars:
        groups = [
            count
            for count in figures.by_age_group
            if count.key != NOT_STATED or count.visits or count.tallied
        ]
        # A bar one or two high would tell what "< 3" hides in the table: not drawn.
        return Bars(
            [age_group_short_text(count.key) for count in groups],
            self._stacks(
                [0 if is_small(count.visits) else count.visits for count in groups],
                [0 if is_small(count.tallied) else count.tallied for count in groups],
            ),
        )

    def hours_bars(self, comparison: Comparison) -> Bars:
        now, before = comparison.current, comparison.earlier
        current = {month: minutes for month, _, minutes in now.volunteering.by_month}
        earlier = {month: minutes for month, _, minutes in before.volunteering.by_month}
        months = now.period.months()
        if len(months) == 1:
            month = months[0]
            return Bars(
                [month_text(_year_before(month), long=False), month_text(month, long=False)],
                [
                    (
                        self.tr("Hours"),
                        HOURS_COLOUR,
                        [
                            _hours(earlier.get(_year_before(month), 0)),
                            _hours(current.get(month, 0)),
                        ],
                    )
                ],
            )
        line = [_hours(earlier.get(_year_before(month), 0)) for month in months]
        return Bars(
            _month_axis(now.period),
            [(self.tr("Hours"), HOURS_COLOUR, [_hours(current.get(month, 0)) for month in months])],
            (self.tr("Hours a year earlier"), line) if any(line) else None,
        )


def _month_axis(period: Period) -> list[str]:
    several_years = period.start.year != period.end.year
    return [month_text(month, long=False, with_year=several_years) for month in period.months()]


def _year_before(month: date) -> date:
    """The same month a year earlier (months are keyed by their first day)."""
    return month.replace(year=month.year - 1)


def _hours(minutes: int) -> int:
    return round(minutes / 60)


class BarChart:
    """A chart of stacked bars (and perhaps a line) whose axes stay while its bars change.

    The axes are made once: axes taken off a chart and made anew left their labels drawn
    on it.
    """

    def __init__(self, layout: QVBoxLayout, *, horizontal: bool) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QValueAxis
        from PySide6.QtGui import QPainter

        self.horizontal = horizontal
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.categories = QBarCategoryAxis()
        self.counts = QValueAxis()
        self.counts.setLabelFormat("%d")
        category_side, count_side = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        if horizontal:
            category_side, count_side = count_side, category_side
        chart.addAxis(self.categories, category_side)
        chart.addAxis(self.counts, count_side)
        self.chart = chart
        self.view = QChartView(chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumSize(240, 180)
        layout.addWidget(self.view)

    def draw(self, bars: Bars, empty: str) -> None:
        """Draw ``bars`` anew; ``empty`` is said where there is nothing to draw."""
        from PySide6.QtCharts import (
            QBarSet,
            QHorizontalStackedBarSeries,
            QLineSeries,
            QStackedBarSeries,
        )
        from PySide6.QtGui import QColor, QPen

        chart = self.chart
        chart.removeAllSeries()
        self.categories.clear()
        shown = not bars.empty
        chart.setTitle("" if shown else empty)
        chart.legend().setVisible(shown)
        self.categories.setVisible(shown)
        self.counts.setVisible(shown)
        if not shown:
            return
        series = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
        for name, colour, values in bars.stacks:
            bar_set = QBarSet(name)
            bar_set.append([float(value) for value in values])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            series.append(bar_set)
        chart.addSeries(series)
        self.categories.append(bars.categories)
        totals = [
            sum(column) for column in zip(*(values for _, _, values in bars.stacks), strict=True)
        ]
        self.counts.setRange(0, max([*totals, *(bars.line[1] if bars.line else ()), 4]))
        self.counts.applyNiceNumbers()
        series.attachAxis(self.categories)
        series.attachAxis(self.counts)
        if bars.line is not None:
            name, values = bars.line
            line = QLineSeries()
            line.setName(name)
            for index, value in enumerate(values):
                line.append(index, value)
            pen = QPen(QColor(EARLIER_COLOUR))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.setPointsVisible(True)
            chart.addSeries(line)
            line.attachAxis(self.categories)
            line.attachAxis(self.counts)


def _counted(count: Count, rules: CountingRules) -> int:
    """A breakdown row's visits as the counting rules count them."""
    return count.people if rules.visits is VisitRule.WITH_HEAD_COUNTS else count.visits


def _joined(current: Sequence[Count], earlier: Sequence[Count]) -> list[tuple[str, Count, Count]]:
    """The keys of this period in their order, then those only a year earlier had; each
    with both rows (empty where there is none)."""
    now = {row.key: row for row in current}
    before = {row.key: row for row in earlier}
    keys = [row.key for row in current] + [row.key for row in earlier if row.key not in now]
    return [(key, now.get(key, Count(key)), before.get(key, Count(key))) for key in keys]


def _referrals(counts: Sequence[ReferralCount]) -> int:
    return sum(count.referrals for count in counts)


def gender_text(key: str) -> str:
    """A gender's label; "not recorded" for head counts taken without one."""
    if key not in {gender.value for gender in Gender}:
        return QCoreApplication.translate("StatisticsView", NOT_RECORDED)
    return gender_label(key)


def _statistics_text(text: str) -> str:
    return QCoreApplication.translate("statistics", text)


def age_group_text(key: str) -> str:
    if key == NOT_STATED:
        return QCoreApplication.translate("StatisticsView", NOT_RECORDED)
    return _statistics_text(AGE_GROUP_LABELS[AgeGroup(key)])


def age_group_short_text(key: str) -> str:
    """The ages alone ("0–26"): what fits under a bar."""
    if key == NOT_STATED:
        return QCoreApplication.translate("StatisticsView", "no age")
    return key.replace("-", "–")


def month_text(month: date, *, long: bool, with_year: bool = True) -> str:
    """ "November 2026", or "Nov" (with "26" when a chart spans years)."""
    locale = QLocale()
    if long:
        return f"{locale.standaloneMonthName(month.month)} {month.year}"
    short = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{short} {month:%y}" if with_year else short


def last_day_of_twelve_months(first: date) -> date:
    """The last day a period from ``first`` may end on: it may touch twelve months."""
    index = first.year * 12 + first.month - 1 + 11
    return Period.month(index // 12, index % 12 + 1).end


def report_file_stem(period: Period) -> str:
    """ "Statistik-2026-11", "Statistik-2026-Q4", "Statistik-2026", or from … to …."""
    start = period.start
    if period.kind is PeriodKind.MONTH:
        return f"Statistik-{start:%Y-%m}"
    if period.kind is PeriodKind.QUARTER:
        return f"Statistik-{start.year}-Q{(start.month - 1) // 3 + 1}"
    if period.kind is PeriodKind.YEAR:
        return f"Statistik-{start.year}"
    return f"Statistik-{start:%Y-%m-%d}-bis-{period.end:%Y-%m-%d}"
