# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_change_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HoursChangeDialog(object):
    def setupUi(self, HoursChangeDialog):
        if not HoursChangeDialog.objectName():
            HoursChangeDialog.setObjectName(u"HoursChangeDialog")
        HoursChangeDialog.resize(480, 280)
        self.main_layout = QVBoxLayout(HoursChangeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.explanation_label = QLabel(HoursChangeDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.RichText)

        self.fields_layout.addWidget(self.explanation_label, 0, 0, 1, 2)

        self.hours_label = QLabel(HoursChangeDialog)
        self.hours_label.setObjectName(u"hours_label")

        self.fields_layout.addWidget(self.hours_label, 1, 0, 1, 1)

        self.hours_edit = QLineEdit(HoursChangeDialog)
        self.hours_edit.setObjectName(u"hours_edit")

        self.fields_layout.addWidget(self.hours_edit, 1, 1, 1, 1)

        self.hours_error_label = QLabel(HoursChangeDialog)
        self.hours_error_label.setObjectName(u"hours_error_label")
        self.hours_error_label.setWordWrap(True)
        self.hours_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.hours_error_label, 2, 1, 1, 1)

        self.reason_label = QLabel(HoursChangeDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 3, 0, 1, 1)

        self.reason_edit = QLineEdit(HoursChangeDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.addWidget(self.reason_edit, 3, 1, 1, 1)

        self.reason_error_label = QLabel(HoursChangeDialog)
        self.reason_error_label.setObjectName(u"reason_error_label")
        self.reason_error_label.setWordWrap(True)
        self.reason_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.reason_error_label, 4, 1, 1, 1)

        self.by_label = QLabel(HoursChangeDialog)
        self.by_label.setObjectName(u"by_label")

        self.fields_layout.addWidget(self.by_label, 5, 0, 1, 1)

        self.by_edit = QLineEdit(HoursChangeDialog)
        self.by_edit.setObjectName(u"by_edit")

        self.fields_layout.addWidget(self.by_edit, 5, 1, 1, 1)

        self.by_error_label = QLabel(HoursChangeDialog)
        self.by_error_label.setObjectName(u"by_error_label")
        self.by_error_label.setWordWrap(True)
        self.by_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.by_error_label, 6, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.main_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.main_spacer)

        self.button_box = QDialogButtonBox(HoursChangeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.hours_label.setBuddy(self.hours_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.by_label.setBuddy(self.by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hours_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.by_edit)
        QWidget.setTabOrder(self.by_edit, self.button_box)

        self.retranslateUi(HoursChangeDialog)
    # setupUi

    def retranslateUi(self, HoursChangeDialog):
        HoursChangeDialog.setWindowTitle(QCoreApplication.translate("HoursChangeDialog", u"Change hours", None))
        self.hours_label.setText(QCoreApplication.translate("HoursChangeDialog", u"&Hours *", None))
#if QT_CONFIG(accessibility)
        self.hours_edit.setAccessibleName(QCoreApplication.translate("HoursChangeDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.hours_edit.setPlaceholderText(QCoreApplication.translate("HoursChangeDialog", u"2,5 or 2:30", None))
        self.reason_label.setText(QCoreApplication.translate("HoursChangeDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("HoursChangeDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("HoursChangeDialog", u"For example: entered on the wrong day", None))
        self.by_label.setText(QCoreApplication.translate("HoursChangeDialog", u"&By *", None))
#if QT_CONFIG(accessibility)
        self.by_edit.setAccessibleName(QCoreApplication.translate("HoursChangeDialog", u"By", None))
#endif // QT_CONFIG(accessibility)
        self.by_edit.setPlaceholderText(QCoreApplication.translate("HoursChangeDialog", u"Your name or initials", None))
    # retranslateUi

