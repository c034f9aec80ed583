# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteers_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_VolunteersView(object):
    def setupUi(self, VolunteersView):
        if not VolunteersView.objectName():
            VolunteersView.setObjectName(u"VolunteersView")
        VolunteersView.resize(1100, 680)
        self.certificate_action = QAction(VolunteersView)
        self.certificate_action.setObjectName(u"certificate_action")
        self.time_sheet_action = QAction(VolunteersView)
        self.time_sheet_action.setObjectName(u"time_sheet_action")
        self.overview_action = QAction(VolunteersView)
        self.overview_action.setObjectName(u"overview_action")
        self.export_action = QAction(VolunteersView)
        self.export_action.setObjectName(u"export_action")
        self.main_layout = QVBoxLayout(VolunteersView)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(VolunteersView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_widget = QWidget(self.splitter)
        self.list_widget.setObjectName(u"list_widget")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(self.list_widget)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(self.list_widget)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)


        self.list_layout.addLayout(self.filter_layout)

        self.show_ended_check = QCheckBox(self.list_widget)
        self.show_ended_check.setObjectName(u"show_ended_check")

        self.list_layout.addWidget(self.show_ended_check)

        self.volunteers_table = QTableView(self.list_widget)
        self.volunteers_table.setObjectName(u"volunteers_table")
        self.volunteers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volunteers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteers_table.setTabKeyNavigation(False)
        self.volunteers_table.setAlternatingRowColors(True)
        self.volunteers_table.horizontalHeader().setStretchLastSection(True)
        self.volunteers_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.volunteers_table)

        self.empty_label = QLabel(self.list_widget)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.list_layout.addWidget(self.empty_label)

        self.only_ended_label = QLabel(self.list_widget)
        self.only_ended_label.setObjectName(u"only_ended_label")
        self.only_ended_label.setWordWrap(True)

        self.list_layout.addWidget(self.only_ended_label)

        self.list_buttons_layout = QHBoxLayout()
        self.list_buttons_layout.setObjectName(u"list_buttons_layout")
        self.new_button = QPushButton(self.list_widget)
        self.new_button.setObjectName(u"new_button")

        self.list_buttons_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(self.list_widget)
        self.edit_button.setObjectName(u"edit_button")

        self.list_buttons_layout.addWidget(self.edit_button)

        self.documents_button = QPushButton(self.list_widget)
        self.documents_button.setObjectName(u"documents_button")

        self.list_buttons_layout.addWidget(self.documents_button)

        self.list_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons_layout.addItem(self.list_buttons_spacer)


        self.list_layout.addLayout(self.list_buttons_layout)

        self.list_layout.setStretch(2, 1)
        self.splitter.addWidget(self.list_widget)
        self.details_tabs = QTabWidget(self.splitter)
        self.details_tabs.setObjectName(u"details_tabs")
        self.hours_tab = QWidget()
        self.hours_tab.setObjectName(u"hours_tab")
        self.hours_tab_layout = QVBoxLayout(self.hours_tab)
        self.hours_tab_layout.setObjectName(u"hours_tab_layout")
        self.hours_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.details_tabs.addTab(self.hours_tab, "")
        self.allowances_tab = QWidget()
        self.allowances_tab.setObjectName(u"allowances_tab")
        self.allowances_tab_layout = QVBoxLayout(self.allowances_tab)
        self.allowances_tab_layout.setObjectName(u"allowances_tab_layout")
        self.allowances_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.details_tabs.addTab(self.allowances_tab, "")
        self.recognition_tab = QWidget()
        self.recognition_tab.setObjectName(u"recognition_tab")
        self.recognition_layout = QVBoxLayout(self.recognition_tab)
        self.recognition_layout.setObjectName(u"recognition_layout")
        self.recognition_label = QLabel(self.recognition_tab)
        self.recognition_label.setObjectName(u"recognition_label")
        self.recognition_label.setWordWrap(True)
        self.recognition_label.setTextFormat(Qt.TextFormat.RichText)
        self.recognition_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.recognition_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recognition_layout.addWidget(self.recognition_label)

        self.recognition_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recognition_layout.addItem(self.recognition_spacer)

        self.details_tabs.addTab(self.recognition_tab, "")
        self.splitter.addWidget(self.details_tabs)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.show_ended_check)
        QWidget.setTabOrder(self.show_ended_check, self.volunteers_table)
        QWidget.setTabOrder(self.volunteers_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.documents_button)
        QWidget.setTabOrder(self.documents_button, self.details_tabs)

        self.retranslateUi(VolunteersView)
    # setupUi

    def retranslateUi(self, VolunteersView):
        VolunteersView.setWindowTitle(QCoreApplication.translate("VolunteersView", u"Volunteers", None))
        self.certificate_action.setText(QCoreApplication.translate("VolunteersView", u"&Certificate\u2026", None))
#if QT_CONFIG(tooltip)
        self.certificate_action.setToolTip(QCoreApplication.translate("VolunteersView", u"An engagement certificate for a period, in the spirit of the Berliner FreiwilligenPass", None))
#endif // QT_CONFIG(tooltip)
        self.time_sheet_action.setText(QCoreApplication.translate("VolunteersView", u"&Time sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.time_sheet_action.setToolTip(QCoreApplication.translate("VolunteersView", u"The chosen volunteer's hours of a period, for funders", None))
#endif // QT_CONFIG(tooltip)
        self.overview_action.setText(QCoreApplication.translate("VolunteersView", u"Annual &overview\u2026", None))
#if QT_CONFIG(tooltip)
        self.overview_action.setToolTip(QCoreApplication.translate("VolunteersView", u"All volunteers' hours of a year, month by month", None))
#endif // QT_CONFIG(tooltip)
        self.export_action.setText(QCoreApplication.translate("VolunteersView", u"E&xport hours\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_action.setToolTip(QCoreApplication.translate("VolunteersView", u"Hours by person, activity and day as CSV or XLSX", None))
#endif // QT_CONFIG(tooltip)
        self.filter_label.setText(QCoreApplication.translate("VolunteersView", u"&Filter:", None))
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("VolunteersView", u"Filter volunteers by name", None))
#endif // QT_CONFIG(accessibility)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("VolunteersView", u"Name", None))
        self.show_ended_check.setText(QCoreApplication.translate("VolunteersView", u"Show en&ded engagements", None))
#if QT_CONFIG(accessibility)
        self.volunteers_table.setAccessibleName(QCoreApplication.translate("VolunteersView", u"Volunteers", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("VolunteersView", u"No volunteers yet. Add the first one with \u201cNew volunteer\u201d.", None))
        self.only_ended_label.setText(QCoreApplication.translate("VolunteersView", u"Every engagement has ended. Tick \u201cShow ended engagements\u201d to see these volunteers.", None))
        self.new_button.setText(QCoreApplication.translate("VolunteersView", u"&New volunteer\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("VolunteersView", u"Add a volunteer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("VolunteersView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("VolunteersView", u"Edit the chosen volunteer's profile (F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("VolunteersView", u"Edit the chosen volunteer", None))
#endif // QT_CONFIG(accessibility)
        self.documents_button.setText(QCoreApplication.translate("VolunteersView", u"D&ocuments", None))
#if QT_CONFIG(tooltip)
        self.documents_button.setToolTip(QCoreApplication.translate("VolunteersView", u"Certificate, time sheet, annual overview and export of hours", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.details_tabs.setAccessibleName(QCoreApplication.translate("VolunteersView", u"The chosen volunteer", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.hours_tab), QCoreApplication.translate("VolunteersView", u"Ho&urs", None))
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.allowances_tab), QCoreApplication.translate("VolunteersView", u"&Allowances", None))
#if QT_CONFIG(accessibility)
        self.recognition_label.setAccessibleName(QCoreApplication.translate("VolunteersView", u"Where the volunteer stands for recognition", None))
#endif // QT_CONFIG(accessibility)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.recognition_tab), QCoreApplication.translate("VolunteersView", u"Re&cognition", None))
    # retranslateUi

