# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_trail_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HoursTrailDialog(object):
    def setupUi(self, HoursTrailDialog):
        if not HoursTrailDialog.objectName():
            HoursTrailDialog.setObjectName(u"HoursTrailDialog")
        HoursTrailDialog.resize(760, 360)
        self.main_layout = QVBoxLayout(HoursTrailDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(HoursTrailDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.versions_table = QTableWidget(HoursTrailDialog)
        self.versions_table.setObjectName(u"versions_table")
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setTabKeyNavigation(False)
        self.versions_table.setWordWrap(True)
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        self.versions_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.versions_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.correct_button = QPushButton(HoursTrailDialog)
        self.correct_button.setObjectName(u"correct_button")
        self.correct_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.correct_button)

        self.withdraw_button = QPushButton(HoursTrailDialog)
        self.withdraw_button.setObjectName(u"withdraw_button")
        self.withdraw_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.withdraw_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(HoursTrailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.versions_table, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.button_box)

        self.retranslateUi(HoursTrailDialog)
    # setupUi

    def retranslateUi(self, HoursTrailDialog):
        HoursTrailDialog.setWindowTitle(QCoreApplication.translate("HoursTrailDialog", u"Trail of an entry", None))
#if QT_CONFIG(accessibility)
        self.versions_table.setAccessibleName(QCoreApplication.translate("HoursTrailDialog", u"Versions of the entry", None))
#endif // QT_CONFIG(accessibility)
        self.correct_button.setText(QCoreApplication.translate("HoursTrailDialog", u"&Correct\u2026", None))
#if QT_CONFIG(tooltip)
        self.correct_button.setToolTip(QCoreApplication.translate("HoursTrailDialog", u"Correct the chosen entry", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_button.setText(QCoreApplication.translate("HoursTrailDialog", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(QCoreApplication.translate("HoursTrailDialog", u"Withdraw the chosen entry, with a reason", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

