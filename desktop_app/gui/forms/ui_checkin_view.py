# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CheckinView(object):
    def setupUi(self, CheckinView):
        if not CheckinView.objectName():
            CheckinView.setObjectName(u"CheckinView")
        CheckinView.resize(760, 520)
        self.main_layout = QVBoxLayout(CheckinView)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.offer_label = QLabel(CheckinView)
        self.offer_label.setObjectName(u"offer_label")

        self.fields_layout.addWidget(self.offer_label, 0, 0, 1, 1)

        self.offer_combo = QComboBox(CheckinView)
        self.offer_combo.setObjectName(u"offer_combo")
        self.offer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.fields_layout.addWidget(self.offer_combo, 0, 1, 1, 1)

        self.no_offers_label = QLabel(CheckinView)
        self.no_offers_label.setObjectName(u"no_offers_label")
        self.no_offers_label.setWordWrap(True)
        self.no_offers_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.no_offers_label, 1, 1, 1, 1)

        self.search_label = QLabel(CheckinView)
        self.search_label.setObjectName(u"search_label")

        self.fields_layout.addWidget(self.search_label, 2, 0, 1, 1)

        self.search_edit = QLineEdit(CheckinView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.fields_layout.addWidget(self.search_edit, 2, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.results_view = QTableView(CheckinView)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setTabKeyNavigation(False)
        self.results_view.setWordWrap(False)
        self.results_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.results_view)

        self.status_label = QLabel(CheckinView)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.check_in_button = QPushButton(CheckinView)
        self.check_in_button.setObjectName(u"check_in_button")

        self.buttons_layout.addWidget(self.check_in_button)

        self.new_visitor_button = QPushButton(CheckinView)
        self.new_visitor_button.setObjectName(u"new_visitor_button")

        self.buttons_layout.addWidget(self.new_visitor_button)

        self.refer_button = QPushButton(CheckinView)
        self.refer_button.setObjectName(u"refer_button")

        self.buttons_layout.addWidget(self.refer_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.undo_button = QPushButton(CheckinView)
        self.undo_button.setObjectName(u"undo_button")

        self.buttons_layout.addWidget(self.undo_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.offer_label.setBuddy(self.offer_combo)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.results_view)
        QWidget.setTabOrder(self.results_view, self.check_in_button)
        QWidget.setTabOrder(self.check_in_button, self.new_visitor_button)
        QWidget.setTabOrder(self.new_visitor_button, self.refer_button)
        QWidget.setTabOrder(self.refer_button, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.offer_combo)

        self.retranslateUi(CheckinView)
    # setupUi

    def retranslateUi(self, CheckinView):
        CheckinView.setWindowTitle(QCoreApplication.translate("CheckinView", u"Check-in", None))
        self.offer_label.setText(QCoreApplication.translate("CheckinView", u"&Offer", None))
#if QT_CONFIG(accessibility)
        self.offer_combo.setAccessibleName(QCoreApplication.translate("CheckinView", u"Offer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.offer_combo.setToolTip(QCoreApplication.translate("CheckinView", u"The offer visitors are checked in to (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
        self.no_offers_label.setText(QCoreApplication.translate("CheckinView", u"There are no active offers yet. Create the facility's offers first (on the Offers screen); then visitors can be checked in here.", None))
        self.search_label.setText(QCoreApplication.translate("CheckinView", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CheckinView", u"Search visitors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleDescription(QCoreApplication.translate("CheckinView", u"Type a name or visitor number; arrow keys choose a match, Enter checks in.", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CheckinView", u"Name or visitor number", None))
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("CheckinView", u"Matching visitors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("CheckinView", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.check_in_button.setText(QCoreApplication.translate("CheckinView", u"Check &in", None))
#if QT_CONFIG(accessibility)
        self.check_in_button.setAccessibleName(QCoreApplication.translate("CheckinView", u"Check in the chosen visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.check_in_button.setToolTip(QCoreApplication.translate("CheckinView", u"Check the chosen visitor in to the chosen offer (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.new_visitor_button.setText(QCoreApplication.translate("CheckinView", u"&New visitor\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_visitor_button.setAccessibleName(QCoreApplication.translate("CheckinView", u"Register a new visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_visitor_button.setToolTip(QCoreApplication.translate("CheckinView", u"Register a new visitor (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.refer_button.setText(QCoreApplication.translate("CheckinView", u"&Refer\u2026", None))
#if QT_CONFIG(accessibility)
        self.refer_button.setAccessibleName(QCoreApplication.translate("CheckinView", u"Refer the chosen visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refer_button.setToolTip(QCoreApplication.translate("CheckinView", u"Refer the chosen visitor to another facility, an offer or the Jobcenter (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.undo_button.setText(QCoreApplication.translate("CheckinView", u"&Undo last check-in", None))
#if QT_CONFIG(accessibility)
        self.undo_button.setAccessibleName(QCoreApplication.translate("CheckinView", u"Undo last check-in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.undo_button.setToolTip(QCoreApplication.translate("CheckinView", u"Undo the last check-in made here (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

