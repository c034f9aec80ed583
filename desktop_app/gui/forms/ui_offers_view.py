# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offers_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_OffersView(object):
    def setupUi(self, OffersView):
        if not OffersView.objectName():
            OffersView.setObjectName(u"OffersView")
        OffersView.resize(800, 500)
        self.main_layout = QVBoxLayout(OffersView)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.heading_label = QLabel(OffersView)
        self.heading_label.setObjectName(u"heading_label")

        self.header_layout.addWidget(self.heading_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.show_inactive_check = QCheckBox(OffersView)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.header_layout.addWidget(self.show_inactive_check)


        self.main_layout.addLayout(self.header_layout)

        self.offers_table = QTableView(OffersView)
        self.offers_table.setObjectName(u"offers_table")
        self.offers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offers_table.setAlternatingRowColors(True)
        self.offers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.offers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_table.setTabKeyNavigation(False)
        self.offers_table.horizontalHeader().setStretchLastSection(True)
        self.offers_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.offers_table)

        self.empty_label = QLabel(OffersView)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.main_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(OffersView)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(OffersView)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.toggle_active_button = QPushButton(OffersView)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.buttons_layout.addWidget(self.toggle_active_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.heading_label.setBuddy(self.offers_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offers_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.toggle_active_button)
        QWidget.setTabOrder(self.toggle_active_button, self.show_inactive_check)

        self.retranslateUi(OffersView)
    # setupUi

    def retranslateUi(self, OffersView):
        OffersView.setWindowTitle(QCoreApplication.translate("OffersView", u"Offers", None))
        self.heading_label.setText(QCoreApplication.translate("OffersView", u"&Offers of the facility", None))
        self.show_inactive_check.setText(QCoreApplication.translate("OffersView", u"Show &inactive offers", None))
#if QT_CONFIG(accessibility)
        self.offers_table.setAccessibleName(QCoreApplication.translate("OffersView", u"Offers", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("OffersView", u"No offers yet. Create the first one with \u201cNew offer\u201d.", None))
        self.new_button.setText(QCoreApplication.translate("OffersView", u"&New offer", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("OffersView", u"Create a new offer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("OffersView", u"&Edit", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("OffersView", u"Edit the selected offer (Enter or F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("OffersView", u"Edit the selected offer", None))
#endif // QT_CONFIG(accessibility)
        self.toggle_active_button.setText(QCoreApplication.translate("OffersView", u"&Deactivate", None))
    # retranslateUi

