# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 460)
        self.main_layout = QVBoxLayout(SetupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(SetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(SetupDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(SetupDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.fields_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error_label = QLabel(SetupDialog)
        self.name_error_label.setObjectName(u"name_error_label")
        self.name_error_label.setWordWrap(True)
        self.name_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.name_error_label, 1, 1, 1, 1)

        self.kind_label = QLabel(SetupDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.addWidget(self.kind_label, 2, 0, 1, 1)

        self.kind_combo = QComboBox(SetupDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.addWidget(self.kind_combo, 2, 1, 1, 1)

        self.street_label = QLabel(SetupDialog)
        self.street_label.setObjectName(u"street_label")

        self.fields_layout.addWidget(self.street_label, 3, 0, 1, 1)

        self.street_edit = QLineEdit(SetupDialog)
        self.street_edit.setObjectName(u"street_edit")

        self.fields_layout.addWidget(self.street_edit, 3, 1, 1, 1)

        self.street_error_label = QLabel(SetupDialog)
        self.street_error_label.setObjectName(u"street_error_label")
        self.street_error_label.setWordWrap(True)
        self.street_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.street_error_label, 4, 1, 1, 1)

        self.postcode_label = QLabel(SetupDialog)
        self.postcode_label.setObjectName(u"postcode_label")

        self.fields_layout.addWidget(self.postcode_label, 5, 0, 1, 1)

        self.postcode_edit = QLineEdit(SetupDialog)
        self.postcode_edit.setObjectName(u"postcode_edit")

        self.fields_layout.addWidget(self.postcode_edit, 5, 1, 1, 1)

        self.postcode_error_label = QLabel(SetupDialog)
        self.postcode_error_label.setObjectName(u"postcode_error_label")
        self.postcode_error_label.setWordWrap(True)
        self.postcode_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.postcode_error_label, 6, 1, 1, 1)

        self.city_label = QLabel(SetupDialog)
        self.city_label.setObjectName(u"city_label")

        self.fields_layout.addWidget(self.city_label, 7, 0, 1, 1)

        self.city_edit = QLineEdit(SetupDialog)
        self.city_edit.setObjectName(u"city_edit")

        self.fields_layout.addWidget(self.city_edit, 7, 1, 1, 1)

        self.city_error_label = QLabel(SetupDialog)
        self.city_error_label.setObjectName(u"city_error_label")
        self.city_error_label.setWordWrap(True)
        self.city_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.city_error_label, 8, 1, 1, 1)

        self.phone_label = QLabel(SetupDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 9, 0, 1, 1)

        self.phone_edit = QLineEdit(SetupDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.fields_layout.addWidget(self.phone_edit, 9, 1, 1, 1)

        self.phone_error_label = QLabel(SetupDialog)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setWordWrap(True)
        self.phone_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.phone_error_label, 10, 1, 1, 1)

        self.email_label = QLabel(SetupDialog)
        self.email_label.setObjectName(u"email_label")

        self.fields_layout.addWidget(self.email_label, 11, 0, 1, 1)

        self.email_edit = QLineEdit(SetupDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.fields_layout.addWidget(self.email_edit, 11, 1, 1, 1)

        self.email_error_label = QLabel(SetupDialog)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setWordWrap(True)
        self.email_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.email_error_label, 12, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SetupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.street_label.setBuddy(self.street_edit)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.city_label.setBuddy(self.city_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.street_edit)
        QWidget.setTabOrder(self.street_edit, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)

        self.retranslateUi(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up Tresen", None))
        self.intro_label.setText(QCoreApplication.translate("SetupDialog", u"Welcome to Tresen. Which facility does this desk serve? You can change these details later in the settings.", None))
        self.name_label.setText(QCoreApplication.translate("SetupDialog", u"&Name of the facility *", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Name of the facility", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("SetupDialog", u"&Kind of facility", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Kind of facility", None))
#endif // QT_CONFIG(accessibility)
        self.street_label.setText(QCoreApplication.translate("SetupDialog", u"&Street and number", None))
#if QT_CONFIG(accessibility)
        self.street_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Street and number", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("SetupDialog", u"&Postcode", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.city_label.setText(QCoreApplication.translate("SetupDialog", u"Cit&y", None))
#if QT_CONFIG(accessibility)
        self.city_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("SetupDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("SetupDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

