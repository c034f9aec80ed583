# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitors_view.ui'
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_VisitorsView(object):
    def setupUi(self, VisitorsView):
        if not VisitorsView.objectName():
            VisitorsView.setObjectName(u"VisitorsView")
        VisitorsView.resize(900, 560)
        self.main_layout = QVBoxLayout(VisitorsView)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(VisitorsView)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(VisitorsView)
        self.filter_edit.setObjectName(u"filter_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.filter_edit.sizePolicy().hasHeightForWidth())
        self.filter_edit.setSizePolicy(sizePolicy)
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(VisitorsView)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)

        self.edit_button = QPushButton(VisitorsView)
        self.edit_button.setObjectName(u"edit_button")

        self.filter_layout.addWidget(self.edit_button)

        self.consents_button = QPushButton(VisitorsView)
        self.consents_button.setObjectName(u"consents_button")

        self.filter_layout.addWidget(self.consents_button)

        self.refer_button = QPushButton(VisitorsView)
        self.refer_button.setObjectName(u"refer_button")

        self.filter_layout.addWidget(self.refer_button)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(VisitorsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.visitors_table = QTableView(self.splitter)
        self.visitors_table.setObjectName(u"visitors_table")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.visitors_table.sizePolicy().hasHeightForWidth())
        self.visitors_table.setSizePolicy(sizePolicy1)
        self.visitors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitors_table.setTabKeyNavigation(False)
        self.visitors_table.setAlternatingRowColors(True)
        self.visitors_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visitors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitors_table.setWordWrap(False)
        self.visitors_table.setSortingEnabled(True)
        self.splitter.addWidget(self.visitors_table)
        self.visitors_table.horizontalHeader().setHighlightSections(False)
        self.visitors_table.verticalHeader().setVisible(False)
        self.history_widget = QWidget(self.splitter)
        self.history_widget.setObjectName(u"history_widget")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.history_widget.sizePolicy().hasHeightForWidth())
        self.history_widget.setSizePolicy(sizePolicy2)
        self.history_layout = QVBoxLayout(self.history_widget)
        self.history_layout.setObjectName(u"history_layout")
        self.history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_label = QLabel(self.history_widget)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)

        self.history_layout.addWidget(self.history_label)

        self.history_table = QTableView(self.history_widget)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)

        self.history_layout.addWidget(self.history_table)

        self.history_status_label = QLabel(self.history_widget)
        self.history_status_label.setObjectName(u"history_status_label")
        self.history_status_label.setWordWrap(True)

        self.history_layout.addWidget(self.history_status_label)

        self.referrals_label = QLabel(self.history_widget)
        self.referrals_label.setObjectName(u"referrals_label")

        self.history_layout.addWidget(self.referrals_label)

        self.referrals_table = QTableView(self.history_widget)
        self.referrals_table.setObjectName(u"referrals_table")
        self.referrals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals_table.setTabKeyNavigation(False)
        self.referrals_table.setAlternatingRowColors(True)
        self.referrals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals_table.setWordWrap(False)
        self.referrals_table.horizontalHeader().setStretchLastSection(True)
        self.referrals_table.verticalHeader().setVisible(False)

        self.history_layout.addWidget(self.referrals_table)

        self.splitter.addWidget(self.history_widget)

        self.main_layout.addWidget(self.splitter)

        self.keys_label = QLabel(VisitorsView)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setWordWrap(True)

        self.main_layout.addWidget(self.keys_label)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
        self.history_label.setBuddy(self.history_table)
        self.referrals_label.setBuddy(self.referrals_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.visitors_table)
        QWidget.setTabOrder(self.visitors_table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.refer_button)
        QWidget.setTabOrder(self.refer_button, self.history_table)
        QWidget.setTabOrder(self.history_table, self.referrals_table)

        self.retranslateUi(VisitorsView)
    # setupUi

    def retranslateUi(self, VisitorsView):
        VisitorsView.setWindowTitle(QCoreApplication.translate("VisitorsView", u"Visitors", None))
#if QT_CONFIG(accessibility)
        VisitorsView.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Visitors", None))
#endif // QT_CONFIG(accessibility)
        self.filter_label.setText(QCoreApplication.translate("VisitorsView", u"&Filter:", None))
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Filter visitors by name or visitor number", None))
#endif // QT_CONFIG(accessibility)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("VisitorsView", u"Name or visitor number", None))
        self.edit_button.setText(QCoreApplication.translate("VisitorsView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Edit the selected visitor", None))
#endif // QT_CONFIG(accessibility)
        self.consents_button.setText(QCoreApplication.translate("VisitorsView", u"C&onsents\u2026", None))
#if QT_CONFIG(accessibility)
        self.consents_button.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Consents of the selected visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.consents_button.setToolTip(QCoreApplication.translate("VisitorsView", u"What the selected visitor agreed to, each purpose on its own; give, withdraw, print the form", None))
#endif // QT_CONFIG(tooltip)
        self.refer_button.setText(QCoreApplication.translate("VisitorsView", u"&Refer\u2026", None))
#if QT_CONFIG(accessibility)
        self.refer_button.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Refer the selected visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refer_button.setToolTip(QCoreApplication.translate("VisitorsView", u"Refer the selected visitor to another facility, an offer or the Jobcenter (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.visitors_table.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Visitors", None))
#endif // QT_CONFIG(accessibility)
        self.history_label.setText(QCoreApplication.translate("VisitorsView", u"Visit hi&story", None))
#if QT_CONFIG(accessibility)
        self.history_table.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Visit history of the selected visitor", None))
#endif // QT_CONFIG(accessibility)
        self.referrals_label.setText(QCoreApplication.translate("VisitorsView", u"Referra&ls", None))
#if QT_CONFIG(accessibility)
        self.referrals_table.setAccessibleName(QCoreApplication.translate("VisitorsView", u"Referrals of the selected visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.referrals_table.setToolTip(QCoreApplication.translate("VisitorsView", u"Enter or a double click shows the slip again", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

