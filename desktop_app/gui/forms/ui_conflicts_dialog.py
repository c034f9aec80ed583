# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(880, 400)
        self.main_layout = QVBoxLayout(ConflictsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConflictsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.conflicts_table = QTableWidget(ConflictsDialog)
        self.conflicts_table.setObjectName(u"conflicts_table")
        self.conflicts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts_table.setTabKeyNavigation(False)
        self.conflicts_table.setWordWrap(True)
        self.conflicts_table.horizontalHeader().setStretchLastSection(True)
        self.conflicts_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.conflicts_table)

        self.status_label = QLabel(ConflictsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.keep_button = QPushButton(ConflictsDialog)
        self.keep_button.setObjectName(u"keep_button")
        self.keep_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.keep_button)

        self.other_button = QPushButton(ConflictsDialog)
        self.other_button.setObjectName(u"other_button")
        self.other_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.other_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(ConflictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.conflicts_table, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.other_button)

        self.retranslateUi(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts to review", None))
        self.intro_label.setText(QCoreApplication.translate("ConflictsDialog", u"Two desks changed the same field while they could not reach each other. Every desk now shows the value kept here; check it, and if the other value is the right one, use that.", None))
#if QT_CONFIG(accessibility)
        self.conflicts_table.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflicts to review", None))
#endif // QT_CONFIG(accessibility)
        self.keep_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Keep this value", None))
#if QT_CONFIG(tooltip)
        self.keep_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"The value every desk shows stays; the conflict is reviewed", None))
#endif // QT_CONFIG(tooltip)
        self.other_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Use the other value", None))
#if QT_CONFIG(tooltip)
        self.other_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"The other value replaces the kept one, on every desk with the next sync", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

