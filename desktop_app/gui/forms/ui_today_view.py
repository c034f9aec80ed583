# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_TodayView(object):
    def setupUi(self, TodayView):
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        TodayView.resize(760, 480)
        self.main_layout = QVBoxLayout(TodayView)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_layout = QHBoxLayout()
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_label = QLabel(TodayView)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)

        self.summary_layout.addWidget(self.summary_label)

        self.refresh_button = QPushButton(TodayView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.summary_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.summary_layout)

        self.visits_table = QTableView(TodayView)
        self.visits_table.setObjectName(u"visits_table")
        self.visits_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits_table.setTabKeyNavigation(False)
        self.visits_table.setAlternatingRowColors(True)
        self.visits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits_table.setWordWrap(False)
        self.visits_table.horizontalHeader().setStretchLastSection(True)
        self.visits_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.visits_table)

        self.correction_layout = QHBoxLayout()
        self.correction_layout.setObjectName(u"correction_layout")
        self.offer_label = QLabel(TodayView)
        self.offer_label.setObjectName(u"offer_label")

        self.correction_layout.addWidget(self.offer_label)

        self.offer_combo = QComboBox(TodayView)
        self.offer_combo.setObjectName(u"offer_combo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.offer_combo.sizePolicy().hasHeightForWidth())
        self.offer_combo.setSizePolicy(sizePolicy1)

        self.correction_layout.addWidget(self.offer_combo)

        self.change_offer_button = QPushButton(TodayView)
        self.change_offer_button.setObjectName(u"change_offer_button")

        self.correction_layout.addWidget(self.change_offer_button)

        self.remove_button = QPushButton(TodayView)
        self.remove_button.setObjectName(u"remove_button")

        self.correction_layout.addWidget(self.remove_button)


        self.main_layout.addLayout(self.correction_layout)

        self.message_label = QLabel(TodayView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty(u"errorLabel", True)

        self.main_layout.addWidget(self.message_label)

        self.keys_label = QLabel(TodayView)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setWordWrap(True)

        self.main_layout.addWidget(self.keys_label)

#if QT_CONFIG(shortcut)
        self.summary_label.setBuddy(self.visits_table)
        self.offer_label.setBuddy(self.offer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.visits_table, self.offer_combo)
        QWidget.setTabOrder(self.offer_combo, self.change_offer_button)
        QWidget.setTabOrder(self.change_offer_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.refresh_button)

        self.retranslateUi(TodayView)
    # setupUi

    def retranslateUi(self, TodayView):
        TodayView.setWindowTitle(QCoreApplication.translate("TodayView", u"Today's visits", None))
#if QT_CONFIG(accessibility)
        TodayView.setAccessibleName(QCoreApplication.translate("TodayView", u"Today's visits", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_button.setText(QCoreApplication.translate("TodayView", u"Re&fresh", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("TodayView", u"Load today's visits again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refresh_button.setAccessibleName(QCoreApplication.translate("TodayView", u"Refresh today's visits", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visits_table.setAccessibleName(QCoreApplication.translate("TodayView", u"Today's visits", None))
#endif // QT_CONFIG(accessibility)
        self.offer_label.setText(QCoreApplication.translate("TodayView", u"Change &offer to:", None))
#if QT_CONFIG(accessibility)
        self.offer_combo.setAccessibleName(QCoreApplication.translate("TodayView", u"New offer for the selected visit", None))
#endif // QT_CONFIG(accessibility)
        self.change_offer_button.setText(QCoreApplication.translate("TodayView", u"&Change offer", None))
#if QT_CONFIG(accessibility)
        self.change_offer_button.setAccessibleName(QCoreApplication.translate("TodayView", u"Change the offer of the selected visit", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("TodayView", u"&Remove visit\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("TodayView", u"Remove the selected visit", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

