# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_sheet.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_HoursSheet(object):
    def setupUi(self, HoursSheet):
        if not HoursSheet.objectName():
            HoursSheet.setObjectName(u"HoursSheet")
        HoursSheet.resize(760, 600)
        self.main_layout = QVBoxLayout(HoursSheet)
        self.main_layout.setObjectName(u"main_layout")
        self.month_layout = QHBoxLayout()
        self.month_layout.setObjectName(u"month_layout")
        self.previous_month_button = QPushButton(HoursSheet)
        self.previous_month_button.setObjectName(u"previous_month_button")
        self.previous_month_button.setAutoDefault(False)

        self.month_layout.addWidget(self.previous_month_button)

        self.month_label = QLabel(HoursSheet)
        self.month_label.setObjectName(u"month_label")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.month_layout.addWidget(self.month_label)

        self.next_month_button = QPushButton(HoursSheet)
        self.next_month_button.setObjectName(u"next_month_button")
        self.next_month_button.setAutoDefault(False)

        self.month_layout.addWidget(self.next_month_button)

        self.month_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.month_layout.addItem(self.month_spacer)

        self.entered_by_label = QLabel(HoursSheet)
        self.entered_by_label.setObjectName(u"entered_by_label")

        self.month_layout.addWidget(self.entered_by_label)

        self.entered_by_edit = QLineEdit(HoursSheet)
        self.entered_by_edit.setObjectName(u"entered_by_edit")

        self.month_layout.addWidget(self.entered_by_edit)

        self.copy_week_button = QPushButton(HoursSheet)
        self.copy_week_button.setObjectName(u"copy_week_button")
        self.copy_week_button.setAutoDefault(False)

        self.month_layout.addWidget(self.copy_week_button)

        self.trail_button = QPushButton(HoursSheet)
        self.trail_button.setObjectName(u"trail_button")
        self.trail_button.setAutoDefault(False)

        self.month_layout.addWidget(self.trail_button)


        self.main_layout.addLayout(self.month_layout)

        self.hours_table = QTableView(HoursSheet)
        self.hours_table.setObjectName(u"hours_table")
        self.hours_table.setAlternatingRowColors(True)
        self.hours_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hours_table.setTabKeyNavigation(True)
        self.hours_table.horizontalHeader().setStretchLastSection(False)

        self.main_layout.addWidget(self.hours_table)

        self.status_label = QLabel(HoursSheet)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.keys_label = QLabel(HoursSheet)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setWordWrap(True)

        self.main_layout.addWidget(self.keys_label)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.entered_by_label.setBuddy(self.entered_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hours_table, self.previous_month_button)
        QWidget.setTabOrder(self.previous_month_button, self.next_month_button)
        QWidget.setTabOrder(self.next_month_button, self.entered_by_edit)
        QWidget.setTabOrder(self.entered_by_edit, self.copy_week_button)
        QWidget.setTabOrder(self.copy_week_button, self.trail_button)

        self.retranslateUi(HoursSheet)
    # setupUi

    def retranslateUi(self, HoursSheet):
        HoursSheet.setWindowTitle(QCoreApplication.translate("HoursSheet", u"Hours", None))
        self.previous_month_button.setText(QCoreApplication.translate("HoursSheet", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previous_month_button.setToolTip(QCoreApplication.translate("HoursSheet", u"Previous month (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_month_button.setAccessibleName(QCoreApplication.translate("HoursSheet", u"Previous month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.month_label.setAccessibleName(QCoreApplication.translate("HoursSheet", u"Month shown", None))
#endif // QT_CONFIG(accessibility)
        self.next_month_button.setText(QCoreApplication.translate("HoursSheet", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_month_button.setToolTip(QCoreApplication.translate("HoursSheet", u"Next month (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_month_button.setAccessibleName(QCoreApplication.translate("HoursSheet", u"Next month", None))
#endif // QT_CONFIG(accessibility)
        self.entered_by_label.setText(QCoreApplication.translate("HoursSheet", u"Entered &by", None))
#if QT_CONFIG(accessibility)
        self.entered_by_edit.setAccessibleName(QCoreApplication.translate("HoursSheet", u"Entered by", None))
#endif // QT_CONFIG(accessibility)
        self.entered_by_edit.setPlaceholderText(QCoreApplication.translate("HoursSheet", u"Your name or initials", None))
#if QT_CONFIG(tooltip)
        self.entered_by_edit.setToolTip(QCoreApplication.translate("HoursSheet", u"Who enters the hours; kept with every entry and correction", None))
#endif // QT_CONFIG(tooltip)
        self.copy_week_button.setText(QCoreApplication.translate("HoursSheet", u"Copy last &week", None))
#if QT_CONFIG(tooltip)
        self.copy_week_button.setToolTip(QCoreApplication.translate("HoursSheet", u"Enter last week's hours again in the week of the chosen day (only where that week has nothing yet)", None))
#endif // QT_CONFIG(tooltip)
        self.trail_button.setText(QCoreApplication.translate("HoursSheet", u"Show t&rail\u2026", None))
#if QT_CONFIG(tooltip)
        self.trail_button.setToolTip(QCoreApplication.translate("HoursSheet", u"Every version of the chosen cell's hours: who entered, corrected or withdrew them, when and why", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.hours_table.setAccessibleName(QCoreApplication.translate("HoursSheet", u"Hours of the month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hours_table.setAccessibleDescription(QCoreApplication.translate("HoursSheet", u"Type hours like 2,5 or 2:30 and press Enter; Delete withdraws an entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("HoursSheet", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.keys_label.setText(QCoreApplication.translate("HoursSheet", u"Type hours (2,5 or 2:30) and press Enter; arrows move; Delete withdraws an entry.", None))
    # retranslateUi

