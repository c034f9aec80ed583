# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statistics_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_StatisticsView(object):
    def setupUi(self, StatisticsView):
        if not StatisticsView.objectName():
            StatisticsView.setObjectName(u"StatisticsView")
        StatisticsView.resize(1240, 700)
        self.main_layout = QVBoxLayout(StatisticsView)
        self.main_layout.setObjectName(u"main_layout")
        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(StatisticsView)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label)

        self.kind_combo = QComboBox(StatisticsView)
        self.kind_combo.addItem("")
        self.kind_combo.addItem("")
        self.kind_combo.addItem("")
        self.kind_combo.addItem("")
        self.kind_combo.setObjectName(u"kind_combo")

        self.period_layout.addWidget(self.kind_combo)

        self.previous_button = QToolButton(StatisticsView)
        self.previous_button.setObjectName(u"previous_button")

        self.period_layout.addWidget(self.previous_button)

        self.year_label = QLabel(StatisticsView)
        self.year_label.setObjectName(u"year_label")

        self.period_layout.addWidget(self.year_label)

        self.year_spin = QSpinBox(StatisticsView)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.period_layout.addWidget(self.year_spin)

        self.month_label = QLabel(StatisticsView)
        self.month_label.setObjectName(u"month_label")

        self.period_layout.addWidget(self.month_label)

        self.month_combo = QComboBox(StatisticsView)
        self.month_combo.setObjectName(u"month_combo")

        self.period_layout.addWidget(self.month_combo)

        self.quarter_label = QLabel(StatisticsView)
        self.quarter_label.setObjectName(u"quarter_label")

        self.period_layout.addWidget(self.quarter_label)

        self.quarter_combo = QComboBox(StatisticsView)
        self.quarter_combo.addItem("")
        self.quarter_combo.addItem("")
        self.quarter_combo.addItem("")
        self.quarter_combo.addItem("")
        self.quarter_combo.setObjectName(u"quarter_combo")

        self.period_layout.addWidget(self.quarter_combo)

        self.from_label = QLabel(StatisticsView)
        self.from_label.setObjectName(u"from_label")

        self.period_layout.addWidget(self.from_label)

        self.from_edit = QDateEdit(StatisticsView)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.from_edit)

        self.to_label = QLabel(StatisticsView)
        self.to_label.setObjectName(u"to_label")

        self.period_layout.addWidget(self.to_label)

        self.to_edit = QDateEdit(StatisticsView)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.to_edit)

        self.next_button = QToolButton(StatisticsView)
        self.next_button.setObjectName(u"next_button")

        self.period_layout.addWidget(self.next_button)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.pdf_button = QPushButton(StatisticsView)
        self.pdf_button.setObjectName(u"pdf_button")

        self.period_layout.addWidget(self.pdf_button)

        self.xlsx_button = QPushButton(StatisticsView)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.period_layout.addWidget(self.xlsx_button)


        self.main_layout.addLayout(self.period_layout)

        self.period_summary_label = QLabel(StatisticsView)
        self.period_summary_label.setObjectName(u"period_summary_label")
        self.period_summary_label.setWordWrap(True)
        self.period_summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.period_summary_label)

        self.sections_tabs = QTabWidget(StatisticsView)
        self.sections_tabs.setObjectName(u"sections_tabs")
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_layout = QVBoxLayout(self.overview_tab)
        self.overview_layout.setObjectName(u"overview_layout")
        self.tiles_layout = QHBoxLayout()
        self.tiles_layout.setObjectName(u"tiles_layout")
        self.visits_tile = QFrame(self.overview_tab)
        self.visits_tile.setObjectName(u"visits_tile")
        self.visits_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.visits_tile_layout = QVBoxLayout(self.visits_tile)
        self.visits_tile_layout.setSpacing(2)
        self.visits_tile_layout.setObjectName(u"visits_tile_layout")
        self.visits_caption_label = QLabel(self.visits_tile)
        self.visits_caption_label.setObjectName(u"visits_caption_label")
        self.visits_caption_label.setWordWrap(True)

        self.visits_tile_layout.addWidget(self.visits_caption_label)

        self.visits_value_label = QLabel(self.visits_tile)
        self.visits_value_label.setObjectName(u"visits_value_label")

        self.visits_tile_layout.addWidget(self.visits_value_label)

        self.visits_earlier_label = QLabel(self.visits_tile)
        self.visits_earlier_label.setObjectName(u"visits_earlier_label")
        self.visits_earlier_label.setWordWrap(True)

        self.visits_tile_layout.addWidget(self.visits_earlier_label)


        self.tiles_layout.addWidget(self.visits_tile)

        self.visitors_tile = QFrame(self.overview_tab)
        self.visitors_tile.setObjectName(u"visitors_tile")
        self.visitors_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.visitors_tile_layout = QVBoxLayout(self.visitors_tile)
        self.visitors_tile_layout.setSpacing(2)
        self.visitors_tile_layout.setObjectName(u"visitors_tile_layout")
        self.visitors_caption_label = QLabel(self.visitors_tile)
        self.visitors_caption_label.setObjectName(u"visitors_caption_label")
        self.visitors_caption_label.setWordWrap(True)

        self.visitors_tile_layout.addWidget(self.visitors_caption_label)

        self.visitors_value_label = QLabel(self.visitors_tile)
        self.visitors_value_label.setObjectName(u"visitors_value_label")

        self.visitors_tile_layout.addWidget(self.visitors_value_label)

        self.visitors_earlier_label = QLabel(self.visitors_tile)
        self.visitors_earlier_label.setObjectName(u"visitors_earlier_label")
        self.visitors_earlier_label.setWordWrap(True)

        self.visitors_tile_layout.addWidget(self.visitors_earlier_label)


        self.tiles_layout.addWidget(self.visitors_tile)

        self.new_tile = QFrame(self.overview_tab)
        self.new_tile.setObjectName(u"new_tile")
        self.new_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.new_tile_layout = QVBoxLayout(self.new_tile)
        self.new_tile_layout.setSpacing(2)
        self.new_tile_layout.setObjectName(u"new_tile_layout")
        self.new_caption_label = QLabel(self.new_tile)
        self.new_caption_label.setObjectName(u"new_caption_label")
        self.new_caption_label.setWordWrap(True)

        self.new_tile_layout.addWidget(self.new_caption_label)

        self.new_value_label = QLabel(self.new_tile)
        self.new_value_label.setObjectName(u"new_value_label")

        self.new_tile_layout.addWidget(self.new_value_label)

        self.new_earlier_label = QLabel(self.new_tile)
        self.new_earlier_label.setObjectName(u"new_earlier_label")
        self.new_earlier_label.setWordWrap(True)

        self.new_tile_layout.addWidget(self.new_earlier_label)


        self.tiles_layout.addWidget(self.new_tile)

        self.referrals_tile = QFrame(self.overview_tab)
        self.referrals_tile.setObjectName(u"referrals_tile")
        self.referrals_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.referrals_tile_layout = QVBoxLayout(self.referrals_tile)
        self.referrals_tile_layout.setSpacing(2)
        self.referrals_tile_layout.setObjectName(u"referrals_tile_layout")
        self.referrals_caption_label = QLabel(self.referrals_tile)
        self.referrals_caption_label.setObjectName(u"referrals_caption_label")
        self.referrals_caption_label.setWordWrap(True)

        self.referrals_tile_layout.addWidget(self.referrals_caption_label)

        self.referrals_value_label = QLabel(self.referrals_tile)
        self.referrals_value_label.setObjectName(u"referrals_value_label")

        self.referrals_tile_layout.addWidget(self.referrals_value_label)

        self.referrals_earlier_label = QLabel(self.referrals_tile)
        self.referrals_earlier_label.setObjectName(u"referrals_earlier_label")
        self.referrals_earlier_label.setWordWrap(True)

        self.referrals_tile_layout.addWidget(self.referrals_earlier_label)


        self.tiles_layout.addWidget(self.referrals_tile)

        self.hours_tile = QFrame(self.overview_tab)
        self.hours_tile.setObjectName(u"hours_tile")
        self.hours_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.hours_tile_layout = QVBoxLayout(self.hours_tile)
        self.hours_tile_layout.setSpacing(2)
        self.hours_tile_layout.setObjectName(u"hours_tile_layout")
        self.hours_caption_label = QLabel(self.hours_tile)
        self.hours_caption_label.setObjectName(u"hours_caption_label")
        self.hours_caption_label.setWordWrap(True)

        self.hours_tile_layout.addWidget(self.hours_caption_label)

        self.hours_value_label = QLabel(self.hours_tile)
        self.hours_value_label.setObjectName(u"hours_value_label")

        self.hours_tile_layout.addWidget(self.hours_value_label)

        self.hours_earlier_label = QLabel(self.hours_tile)
        self.hours_earlier_label.setObjectName(u"hours_earlier_label")
        self.hours_earlier_label.setWordWrap(True)

        self.hours_tile_layout.addWidget(self.hours_earlier_label)


        self.tiles_layout.addWidget(self.hours_tile)


        self.overview_layout.addLayout(self.tiles_layout)

        self.overview_body_layout = QHBoxLayout()
        self.overview_body_layout.setObjectName(u"overview_body_layout")
        self.key_figures_layout = QVBoxLayout()
        self.key_figures_layout.setObjectName(u"key_figures_layout")
        self.key_figures_table = QTableView(self.overview_tab)
        self.key_figures_table.setObjectName(u"key_figures_table")
        self.key_figures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.key_figures_table.setTabKeyNavigation(False)
        self.key_figures_table.setAlternatingRowColors(True)
        self.key_figures_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.key_figures_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.key_figures_table.setWordWrap(False)
        self.key_figures_table.verticalHeader().setVisible(False)

        self.key_figures_layout.addWidget(self.key_figures_table)

        self.rules_box = QGroupBox(self.overview_tab)
        self.rules_box.setObjectName(u"rules_box")
        self.rules_box_layout = QVBoxLayout(self.rules_box)
        self.rules_box_layout.setObjectName(u"rules_box_layout")
        self.rules_label = QLabel(self.rules_box)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setWordWrap(True)

        self.rules_box_layout.addWidget(self.rules_label)


        self.key_figures_layout.addWidget(self.rules_box)

        self.key_figures_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.key_figures_layout.addItem(self.key_figures_spacer)

        self.key_figures_layout.setStretch(2, 1)

        self.overview_body_layout.addLayout(self.key_figures_layout)

        self.month_chart_box = QGroupBox(self.overview_tab)
        self.month_chart_box.setObjectName(u"month_chart_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.month_chart_box.sizePolicy().hasHeightForWidth())
        self.month_chart_box.setSizePolicy(sizePolicy)
        self.month_chart_layout = QVBoxLayout(self.month_chart_box)
        self.month_chart_layout.setObjectName(u"month_chart_layout")
        self.month_chart_layout.setContentsMargins(2, 2, 2, 2)

        self.overview_body_layout.addWidget(self.month_chart_box)

        self.overview_body_layout.setStretch(0, 1)
        self.overview_body_layout.setStretch(1, 1)

        self.overview_layout.addLayout(self.overview_body_layout)

        self.overview_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.overview_tab, "")
        self.offers_tab = QWidget()
        self.offers_tab.setObjectName(u"offers_tab")
        self.offers_layout = QHBoxLayout(self.offers_tab)
        self.offers_layout.setObjectName(u"offers_layout")
        self.field_chart_box = QGroupBox(self.offers_tab)
        self.field_chart_box.setObjectName(u"field_chart_box")
        sizePolicy.setHeightForWidth(self.field_chart_box.sizePolicy().hasHeightForWidth())
        self.field_chart_box.setSizePolicy(sizePolicy)
        self.field_chart_layout = QVBoxLayout(self.field_chart_box)
        self.field_chart_layout.setObjectName(u"field_chart_layout")
        self.field_chart_layout.setContentsMargins(2, 2, 2, 2)

        self.offers_layout.addWidget(self.field_chart_box)

        self.offer_tables_layout = QVBoxLayout()
        self.offer_tables_layout.setObjectName(u"offer_tables_layout")
        self.fields_box = QGroupBox(self.offers_tab)
        self.fields_box.setObjectName(u"fields_box")
        self.fields_box_layout = QVBoxLayout(self.fields_box)
        self.fields_box_layout.setObjectName(u"fields_box_layout")
        self.fields_table = QTableView(self.fields_box)
        self.fields_table.setObjectName(u"fields_table")
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setTabKeyNavigation(False)
        self.fields_table.setAlternatingRowColors(True)
        self.fields_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields_table.setWordWrap(False)
        self.fields_table.verticalHeader().setVisible(False)

        self.fields_box_layout.addWidget(self.fields_table)


        self.offer_tables_layout.addWidget(self.fields_box)

        self.offers_box = QGroupBox(self.offers_tab)
        self.offers_box.setObjectName(u"offers_box")
        self.offers_box_layout = QVBoxLayout(self.offers_box)
        self.offers_box_layout.setObjectName(u"offers_box_layout")
        self.offers_table = QTableView(self.offers_box)
        self.offers_table.setObjectName(u"offers_table")
        self.offers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offers_table.setTabKeyNavigation(False)
        self.offers_table.setAlternatingRowColors(True)
        self.offers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.offers_table.setWordWrap(False)
        self.offers_table.verticalHeader().setVisible(False)

        self.offers_box_layout.addWidget(self.offers_table)


        self.offer_tables_layout.addWidget(self.offers_box)

        self.offer_tables_layout.setStretch(1, 1)

        self.offers_layout.addLayout(self.offer_tables_layout)

        self.offers_layout.setStretch(0, 2)
        self.offers_layout.setStretch(1, 3)
        self.sections_tabs.addTab(self.offers_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QHBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.age_groups_layout = QVBoxLayout()
        self.age_groups_layout.setObjectName(u"age_groups_layout")
        self.age_chart_box = QGroupBox(self.people_tab)
        self.age_chart_box.setObjectName(u"age_chart_box")
        sizePolicy.setHeightForWidth(self.age_chart_box.sizePolicy().hasHeightForWidth())
        self.age_chart_box.setSizePolicy(sizePolicy)
        self.age_chart_layout = QVBoxLayout(self.age_chart_box)
        self.age_chart_layout.setObjectName(u"age_chart_layout")
        self.age_chart_layout.setContentsMargins(2, 2, 2, 2)

        self.age_groups_layout.addWidget(self.age_chart_box)

        self.age_groups_box = QGroupBox(self.people_tab)
        self.age_groups_box.setObjectName(u"age_groups_box")
        self.age_groups_box_layout = QVBoxLayout(self.age_groups_box)
        self.age_groups_box_layout.setObjectName(u"age_groups_box_layout")
        self.age_groups_table = QTableView(self.age_groups_box)
        self.age_groups_table.setObjectName(u"age_groups_table")
        self.age_groups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.age_groups_table.setTabKeyNavigation(False)
        self.age_groups_table.setAlternatingRowColors(True)
        self.age_groups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.age_groups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.age_groups_table.setWordWrap(False)
        self.age_groups_table.verticalHeader().setVisible(False)

        self.age_groups_box_layout.addWidget(self.age_groups_table)


        self.age_groups_layout.addWidget(self.age_groups_box)

        self.new_returning_box = QGroupBox(self.people_tab)
        self.new_returning_box.setObjectName(u"new_returning_box")
        self.new_returning_box_layout = QVBoxLayout(self.new_returning_box)
        self.new_returning_box_layout.setObjectName(u"new_returning_box_layout")
        self.new_returning_table = QTableView(self.new_returning_box)
        self.new_returning_table.setObjectName(u"new_returning_table")
        self.new_returning_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_returning_table.setTabKeyNavigation(False)
        self.new_returning_table.setAlternatingRowColors(True)
        self.new_returning_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.new_returning_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.new_returning_table.setWordWrap(False)
        self.new_returning_table.verticalHeader().setVisible(False)

        self.new_returning_box_layout.addWidget(self.new_returning_table)


        self.age_groups_layout.addWidget(self.new_returning_box)

        self.age_groups_layout.setStretch(0, 1)

        self.people_layout.addLayout(self.age_groups_layout)

        self.age_bands_layout = QVBoxLayout()
        self.age_bands_layout.setObjectName(u"age_bands_layout")
        self.age_bands_box = QGroupBox(self.people_tab)
        self.age_bands_box.setObjectName(u"age_bands_box")
        self.age_bands_box_layout = QVBoxLayout(self.age_bands_box)
        self.age_bands_box_layout.setObjectName(u"age_bands_box_layout")
        self.age_bands_table = QTableView(self.age_bands_box)
        self.age_bands_table.setObjectName(u"age_bands_table")
        self.age_bands_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.age_bands_table.setTabKeyNavigation(False)
        self.age_bands_table.setAlternatingRowColors(True)
        self.age_bands_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.age_bands_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.age_bands_table.setWordWrap(False)
        self.age_bands_table.verticalHeader().setVisible(False)

        self.age_bands_box_layout.addWidget(self.age_bands_table)


        self.age_bands_layout.addWidget(self.age_bands_box)

        self.genders_box = QGroupBox(self.people_tab)
        self.genders_box.setObjectName(u"genders_box")
        self.genders_box_layout = QVBoxLayout(self.genders_box)
        self.genders_box_layout.setObjectName(u"genders_box_layout")
        self.genders_table = QTableView(self.genders_box)
        self.genders_table.setObjectName(u"genders_table")
        self.genders_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.genders_table.setTabKeyNavigation(False)
        self.genders_table.setAlternatingRowColors(True)
        self.genders_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.genders_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.genders_table.setWordWrap(False)
        self.genders_table.verticalHeader().setVisible(False)

        self.genders_box_layout.addWidget(self.genders_table)


        self.age_bands_layout.addWidget(self.genders_box)

        self.age_bands_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.age_bands_layout.addItem(self.age_bands_spacer)

        self.age_bands_layout.setStretch(2, 1)

        self.people_layout.addLayout(self.age_bands_layout)

        self.people_layout.setStretch(0, 1)
        self.people_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.people_tab, "")
        self.referrals_tab = QWidget()
        self.referrals_tab.setObjectName(u"referrals_tab")
        self.referrals_layout = QVBoxLayout(self.referrals_tab)
        self.referrals_layout.setObjectName(u"referrals_layout")
        self.issued_box = QGroupBox(self.referrals_tab)
        self.issued_box.setObjectName(u"issued_box")
        self.issued_box_layout = QVBoxLayout(self.issued_box)
        self.issued_box_layout.setObjectName(u"issued_box_layout")
        self.issued_table = QTableView(self.issued_box)
        self.issued_table.setObjectName(u"issued_table")
        self.issued_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued_table.setTabKeyNavigation(False)
        self.issued_table.setAlternatingRowColors(True)
        self.issued_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issued_table.setWordWrap(False)
        self.issued_table.verticalHeader().setVisible(False)

        self.issued_box_layout.addWidget(self.issued_table)


        self.referrals_layout.addWidget(self.issued_box)

        self.received_box = QGroupBox(self.referrals_tab)
        self.received_box.setObjectName(u"received_box")
        self.received_box_layout = QVBoxLayout(self.received_box)
        self.received_box_layout.setObjectName(u"received_box_layout")
        self.received_table = QTableView(self.received_box)
        self.received_table.setObjectName(u"received_table")
        self.received_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.received_table.setTabKeyNavigation(False)
        self.received_table.setAlternatingRowColors(True)
        self.received_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.received_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.received_table.setWordWrap(False)
        self.received_table.verticalHeader().setVisible(False)

        self.received_box_layout.addWidget(self.received_table)


        self.referrals_layout.addWidget(self.received_box)

        self.referrals_layout.setStretch(0, 3)
        self.referrals_layout.setStretch(1, 2)
        self.sections_tabs.addTab(self.referrals_tab, "")
        self.volunteering_tab = QWidget()
        self.volunteering_tab.setObjectName(u"volunteering_tab")
        self.volunteering_layout = QHBoxLayout(self.volunteering_tab)
        self.volunteering_layout.setObjectName(u"volunteering_layout")
        self.volunteer_tables_layout = QVBoxLayout()
        self.volunteer_tables_layout.setObjectName(u"volunteer_tables_layout")
        self.activities_box = QGroupBox(self.volunteering_tab)
        self.activities_box.setObjectName(u"activities_box")
        self.activities_box_layout = QVBoxLayout(self.activities_box)
        self.activities_box_layout.setObjectName(u"activities_box_layout")
        self.activities_table = QTableView(self.activities_box)
        self.activities_table.setObjectName(u"activities_table")
        self.activities_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities_table.setTabKeyNavigation(False)
        self.activities_table.setAlternatingRowColors(True)
        self.activities_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activities_table.setWordWrap(False)
        self.activities_table.verticalHeader().setVisible(False)

        self.activities_box_layout.addWidget(self.activities_table)


        self.volunteer_tables_layout.addWidget(self.activities_box)

        self.volunteer_months_box = QGroupBox(self.volunteering_tab)
        self.volunteer_months_box.setObjectName(u"volunteer_months_box")
        self.volunteer_months_box_layout = QVBoxLayout(self.volunteer_months_box)
        self.volunteer_months_box_layout.setObjectName(u"volunteer_months_box_layout")
        self.volunteer_months_table = QTableView(self.volunteer_months_box)
        self.volunteer_months_table.setObjectName(u"volunteer_months_table")
        self.volunteer_months_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volunteer_months_table.setTabKeyNavigation(False)
        self.volunteer_months_table.setAlternatingRowColors(True)
        self.volunteer_months_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteer_months_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteer_months_table.setWordWrap(False)
        self.volunteer_months_table.verticalHeader().setVisible(False)

        self.volunteer_months_box_layout.addWidget(self.volunteer_months_table)


        self.volunteer_tables_layout.addWidget(self.volunteer_months_box)

        self.volunteer_tables_layout.setStretch(0, 2)
        self.volunteer_tables_layout.setStretch(1, 3)

        self.volunteering_layout.addLayout(self.volunteer_tables_layout)

        self.hours_chart_box = QGroupBox(self.volunteering_tab)
        self.hours_chart_box.setObjectName(u"hours_chart_box")
        sizePolicy.setHeightForWidth(self.hours_chart_box.sizePolicy().hasHeightForWidth())
        self.hours_chart_box.setSizePolicy(sizePolicy)
        self.hours_chart_layout = QVBoxLayout(self.hours_chart_box)
        self.hours_chart_layout.setObjectName(u"hours_chart_layout")
        self.hours_chart_layout.setContentsMargins(2, 2, 2, 2)

        self.volunteering_layout.addWidget(self.hours_chart_box)

        self.volunteering_layout.setStretch(0, 1)
        self.volunteering_layout.setStretch(1, 1)
        self.sections_tabs.addTab(self.volunteering_tab, "")

        self.main_layout.addWidget(self.sections_tabs)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.kind_combo)
        self.year_label.setBuddy(self.year_spin)
        self.month_label.setBuddy(self.month_combo)
        self.quarter_label.setBuddy(self.quarter_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatisticsView)
    # setupUi

    def retranslateUi(self, StatisticsView):
        StatisticsView.setWindowTitle(QCoreApplication.translate("StatisticsView", u"Statistics", None))
#if QT_CONFIG(accessibility)
        StatisticsView.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Statistics", None))
#endif // QT_CONFIG(accessibility)
        self.period_label.setText(QCoreApplication.translate("StatisticsView", u"&Period:", None))
        self.kind_combo.setItemText(0, QCoreApplication.translate("StatisticsView", u"Month", None))
        self.kind_combo.setItemText(1, QCoreApplication.translate("StatisticsView", u"Quarter", None))
        self.kind_combo.setItemText(2, QCoreApplication.translate("StatisticsView", u"Year", None))
        self.kind_combo.setItemText(3, QCoreApplication.translate("StatisticsView", u"Custom period", None))

#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Kind of period", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("StatisticsView", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("StatisticsView", u"Previous period (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_button.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Previous period", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("StatisticsView", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.month_label.setText(QCoreApplication.translate("StatisticsView", u"&Month:", None))
#if QT_CONFIG(accessibility)
        self.month_combo.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Month", None))
#endif // QT_CONFIG(accessibility)
        self.quarter_label.setText(QCoreApplication.translate("StatisticsView", u"&Quarter:", None))
        self.quarter_combo.setItemText(0, QCoreApplication.translate("StatisticsView", u"1st quarter (January\u2013March)", None))
        self.quarter_combo.setItemText(1, QCoreApplication.translate("StatisticsView", u"2nd quarter (April\u2013June)", None))
        self.quarter_combo.setItemText(2, QCoreApplication.translate("StatisticsView", u"3rd quarter (July\u2013September)", None))
        self.quarter_combo.setItemText(3, QCoreApplication.translate("StatisticsView", u"4th quarter (October\u2013December)", None))

#if QT_CONFIG(accessibility)
        self.quarter_combo.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Quarter", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("StatisticsView", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("StatisticsView", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("StatisticsView", u"T&o:", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("StatisticsView", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("StatisticsView", u"Next period (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Next period", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("StatisticsView", u"Save report as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdf_button.setToolTip(QCoreApplication.translate("StatisticsView", u"The report of the period with charts, for funders and the district", None))
#endif // QT_CONFIG(tooltip)
        self.xlsx_button.setText(QCoreApplication.translate("StatisticsView", u"Save as &spreadsheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.xlsx_button.setToolTip(QCoreApplication.translate("StatisticsView", u"Every table of the period as a sheet of an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sections_tabs.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Parts of the statistics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overview_tab.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Key figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visits_tile.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visits", None))
#endif // QT_CONFIG(accessibility)
        self.visits_caption_label.setText(QCoreApplication.translate("StatisticsView", u"Visits", None))
#if QT_CONFIG(accessibility)
        self.visitors_tile.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visitors", None))
#endif // QT_CONFIG(accessibility)
        self.visitors_caption_label.setText(QCoreApplication.translate("StatisticsView", u"Visitors", None))
#if QT_CONFIG(accessibility)
        self.new_tile.setAccessibleName(QCoreApplication.translate("StatisticsView", u"New visitors", None))
#endif // QT_CONFIG(accessibility)
        self.new_caption_label.setText(QCoreApplication.translate("StatisticsView", u"New visitors", None))
#if QT_CONFIG(accessibility)
        self.referrals_tile.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Referrals issued", None))
#endif // QT_CONFIG(accessibility)
        self.referrals_caption_label.setText(QCoreApplication.translate("StatisticsView", u"Referrals issued", None))
#if QT_CONFIG(accessibility)
        self.hours_tile.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Volunteer hours", None))
#endif // QT_CONFIG(accessibility)
        self.hours_caption_label.setText(QCoreApplication.translate("StatisticsView", u"Volunteer hours", None))
#if QT_CONFIG(accessibility)
        self.key_figures_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Key figures with the same period a year earlier", None))
#endif // QT_CONFIG(accessibility)
        self.rules_box.setTitle(QCoreApplication.translate("StatisticsView", u"How we count", None))
        self.month_chart_box.setTitle(QCoreApplication.translate("StatisticsView", u"Visits and head counts by month", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.overview_tab), QCoreApplication.translate("StatisticsView", u"Overview", None))
#if QT_CONFIG(accessibility)
        self.offers_tab.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Offers and fields of action", None))
#endif // QT_CONFIG(accessibility)
        self.field_chart_box.setTitle(QCoreApplication.translate("StatisticsView", u"People by field of action", None))
        self.fields_box.setTitle(QCoreApplication.translate("StatisticsView", u"By field of action", None))
#if QT_CONFIG(accessibility)
        self.fields_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visits by field of action", None))
#endif // QT_CONFIG(accessibility)
        self.offers_box.setTitle(QCoreApplication.translate("StatisticsView", u"By offer", None))
#if QT_CONFIG(accessibility)
        self.offers_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visits by offer", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.offers_tab), QCoreApplication.translate("StatisticsView", u"Offers and fields of action", None))
#if QT_CONFIG(accessibility)
        self.people_tab.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Age, gender, new and returning visitors", None))
#endif // QT_CONFIG(accessibility)
        self.age_chart_box.setTitle(QCoreApplication.translate("StatisticsView", u"Visits by age group (Mehrgenerationenhaus)", None))
        self.age_groups_box.setTitle(QCoreApplication.translate("StatisticsView", u"By age group (Mehrgenerationenhaus)", None))
#if QT_CONFIG(accessibility)
        self.age_groups_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visits and visitors by age group", None))
#endif // QT_CONFIG(accessibility)
        self.new_returning_box.setTitle(QCoreApplication.translate("StatisticsView", u"New and returning visitors", None))
#if QT_CONFIG(accessibility)
        self.new_returning_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"New and returning visitors", None))
#endif // QT_CONFIG(accessibility)
        self.age_bands_box.setTitle(QCoreApplication.translate("StatisticsView", u"By age band", None))
#if QT_CONFIG(accessibility)
        self.age_bands_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visits and visitors by age band", None))
#endif // QT_CONFIG(accessibility)
        self.genders_box.setTitle(QCoreApplication.translate("StatisticsView", u"By gender", None))
#if QT_CONFIG(accessibility)
        self.genders_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Visits and visitors by gender", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.people_tab), QCoreApplication.translate("StatisticsView", u"Age and gender", None))
#if QT_CONFIG(accessibility)
        self.referrals_tab.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
        self.issued_box.setTitle(QCoreApplication.translate("StatisticsView", u"Referrals issued", None))
#if QT_CONFIG(accessibility)
        self.issued_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Referrals issued by field of action, target and status", None))
#endif // QT_CONFIG(accessibility)
        self.received_box.setTitle(QCoreApplication.translate("StatisticsView", u"Referrals received", None))
#if QT_CONFIG(accessibility)
        self.received_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Referrals received by field of action, target and status", None))
#endif // QT_CONFIG(accessibility)
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.referrals_tab), QCoreApplication.translate("StatisticsView", u"Referrals", None))
#if QT_CONFIG(accessibility)
        self.volunteering_tab.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Volunteering", None))
#endif // QT_CONFIG(accessibility)
        self.activities_box.setTitle(QCoreApplication.translate("StatisticsView", u"By activity", None))
#if QT_CONFIG(accessibility)
        self.activities_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Volunteers and hours by activity", None))
#endif // QT_CONFIG(accessibility)
        self.volunteer_months_box.setTitle(QCoreApplication.translate("StatisticsView", u"By month", None))
#if QT_CONFIG(accessibility)
        self.volunteer_months_table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Volunteers and hours by month", None))
#endif // QT_CONFIG(accessibility)
        self.hours_chart_box.setTitle(QCoreApplication.translate("StatisticsView", u"Volunteer hours by month", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.volunteering_tab), QCoreApplication.translate("StatisticsView", u"Volunteering", None))
    # retranslateUi

