# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PeriodDialog(object):
    def setupUi(self, PeriodDialog):
        if not PeriodDialog.objectName():
            PeriodDialog.setObjectName(u"PeriodDialog")
        PeriodDialog.resize(460, 260)
        self.main_layout = QVBoxLayout(PeriodDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PeriodDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.from_label = QLabel(PeriodDialog)
        self.from_label.setObjectName(u"from_label")

        self.fields_layout.addWidget(self.from_label, 0, 0, 1, 1)

        self.from_edit = QDateEdit(PeriodDialog)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.from_edit, 0, 1, 1, 1)

        self.to_label = QLabel(PeriodDialog)
        self.to_label.setObjectName(u"to_label")

        self.fields_layout.addWidget(self.to_label, 1, 0, 1, 1)

        self.to_edit = QDateEdit(PeriodDialog)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.to_edit, 1, 1, 1, 1)

        self.period_error_label = QLabel(PeriodDialog)
        self.period_error_label.setObjectName(u"period_error_label")
        self.period_error_label.setWordWrap(True)
        self.period_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.period_error_label, 2, 1, 1, 1)

        self.year_label = QLabel(PeriodDialog)
        self.year_label.setObjectName(u"year_label")

        self.fields_layout.addWidget(self.year_label, 3, 0, 1, 1)

        self.year_spin = QSpinBox(PeriodDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.fields_layout.addWidget(self.year_spin, 3, 1, 1, 1)

        self.format_label = QLabel(PeriodDialog)
        self.format_label.setObjectName(u"format_label")

        self.fields_layout.addWidget(self.format_label, 4, 0, 1, 1)

        self.format_layout = QHBoxLayout()
        self.format_layout.setObjectName(u"format_layout")
        self.xlsx_radio = QRadioButton(PeriodDialog)
        self.xlsx_radio.setObjectName(u"xlsx_radio")
        self.xlsx_radio.setChecked(True)

        self.format_layout.addWidget(self.xlsx_radio)

        self.csv_radio = QRadioButton(PeriodDialog)
        self.csv_radio.setObjectName(u"csv_radio")

        self.format_layout.addWidget(self.csv_radio)

        self.format_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.format_layout.addItem(self.format_spacer)


        self.fields_layout.addLayout(self.format_layout, 4, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.main_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.main_spacer)

        self.button_box = QDialogButtonBox(PeriodDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.year_label.setBuddy(self.year_spin)
        self.format_label.setBuddy(self.xlsx_radio)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.xlsx_radio)
        QWidget.setTabOrder(self.xlsx_radio, self.csv_radio)
        QWidget.setTabOrder(self.csv_radio, self.button_box)

        self.retranslateUi(PeriodDialog)
    # setupUi

    def retranslateUi(self, PeriodDialog):
        PeriodDialog.setWindowTitle(QCoreApplication.translate("PeriodDialog", u"Period", None))
        self.from_label.setText(QCoreApplication.translate("PeriodDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("PeriodDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("PeriodDialog", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.format_label.setText(QCoreApplication.translate("PeriodDialog", u"Fo&rmat", None))
        self.xlsx_radio.setText(QCoreApplication.translate("PeriodDialog", u"E&xcel workbook (XLSX)", None))
        self.csv_radio.setText(QCoreApplication.translate("PeriodDialog", u"&CSV for any spreadsheet", None))
    # retranslateUi

