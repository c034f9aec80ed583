# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CertificateDialog(object):
    def setupUi(self, CertificateDialog):
        if not CertificateDialog.objectName():
            CertificateDialog.setObjectName(u"CertificateDialog")
        CertificateDialog.resize(620, 520)
        self.main_layout = QVBoxLayout(CertificateDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CertificateDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.from_label = QLabel(CertificateDialog)
        self.from_label.setObjectName(u"from_label")

        self.fields_layout.addWidget(self.from_label, 0, 0, 1, 1)

        self.from_edit = QDateEdit(CertificateDialog)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.from_edit, 0, 1, 1, 1)

        self.to_label = QLabel(CertificateDialog)
        self.to_label.setObjectName(u"to_label")

        self.fields_layout.addWidget(self.to_label, 1, 0, 1, 1)

        self.to_edit = QDateEdit(CertificateDialog)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.to_edit, 1, 1, 1, 1)

        self.period_error_label = QLabel(CertificateDialog)
        self.period_error_label.setObjectName(u"period_error_label")
        self.period_error_label.setWordWrap(True)
        self.period_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.period_error_label, 2, 1, 1, 1)

        self.function_label = QLabel(CertificateDialog)
        self.function_label.setObjectName(u"function_label")

        self.fields_layout.addWidget(self.function_label, 3, 0, 1, 1)

        self.function_edit = QLineEdit(CertificateDialog)
        self.function_edit.setObjectName(u"function_edit")

        self.fields_layout.addWidget(self.function_edit, 3, 1, 1, 1)

        self.function_error_label = QLabel(CertificateDialog)
        self.function_error_label.setObjectName(u"function_error_label")
        self.function_error_label.setWordWrap(True)
        self.function_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.function_error_label, 4, 1, 1, 1)

        self.competences_label = QLabel(CertificateDialog)
        self.competences_label.setObjectName(u"competences_label")

        self.fields_layout.addWidget(self.competences_label, 5, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.competences_edit = QPlainTextEdit(CertificateDialog)
        self.competences_edit.setObjectName(u"competences_edit")
        self.competences_edit.setTabChangesFocus(True)

        self.fields_layout.addWidget(self.competences_edit, 5, 1, 1, 1)

        self.competences_error_label = QLabel(CertificateDialog)
        self.competences_error_label.setObjectName(u"competences_error_label")
        self.competences_error_label.setWordWrap(True)
        self.competences_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.competences_error_label, 6, 1, 1, 1)

        self.signatory_label = QLabel(CertificateDialog)
        self.signatory_label.setObjectName(u"signatory_label")

        self.fields_layout.addWidget(self.signatory_label, 7, 0, 1, 1)

        self.signatory_edit = QLineEdit(CertificateDialog)
        self.signatory_edit.setObjectName(u"signatory_edit")

        self.fields_layout.addWidget(self.signatory_edit, 7, 1, 1, 1)

        self.english_check = QCheckBox(CertificateDialog)
        self.english_check.setObjectName(u"english_check")

        self.fields_layout.addWidget(self.english_check, 8, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(CertificateDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.function_label.setBuddy(self.function_edit)
        self.competences_label.setBuddy(self.competences_edit)
        self.signatory_label.setBuddy(self.signatory_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.function_edit)
        QWidget.setTabOrder(self.function_edit, self.competences_edit)
        QWidget.setTabOrder(self.competences_edit, self.signatory_edit)
        QWidget.setTabOrder(self.signatory_edit, self.english_check)
        QWidget.setTabOrder(self.english_check, self.button_box)

        self.retranslateUi(CertificateDialog)
    # setupUi

    def retranslateUi(self, CertificateDialog):
        CertificateDialog.setWindowTitle(QCoreApplication.translate("CertificateDialog", u"Engagement certificate", None))
        self.intro_label.setText(QCoreApplication.translate("CertificateDialog", u"An engagement certificate in the spirit of the Berliner FreiwilligenPass: it describes what the person did and learnt, and thanks them. It never evaluates.", None))
        self.from_label.setText(QCoreApplication.translate("CertificateDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("CertificateDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("CertificateDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("CertificateDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.function_label.setText(QCoreApplication.translate("CertificateDialog", u"F&unction", None))
#if QT_CONFIG(accessibility)
        self.function_edit.setAccessibleName(QCoreApplication.translate("CertificateDialog", u"Function or role", None))
#endif // QT_CONFIG(accessibility)
        self.function_edit.setPlaceholderText(QCoreApplication.translate("CertificateDialog", u"For example: reading mentor in the children's library", None))
        self.competences_label.setText(QCoreApplication.translate("CertificateDialog", u"&Competences", None))
#if QT_CONFIG(accessibility)
        self.competences_edit.setAccessibleName(QCoreApplication.translate("CertificateDialog", u"Competences, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.competences_edit.setPlaceholderText(QCoreApplication.translate("CertificateDialog", u"What the person did and learnt, one per line; describe, do not judge", None))
        self.signatory_label.setText(QCoreApplication.translate("CertificateDialog", u"&Signed by", None))
#if QT_CONFIG(accessibility)
        self.signatory_edit.setAccessibleName(QCoreApplication.translate("CertificateDialog", u"Signed by", None))
#endif // QT_CONFIG(accessibility)
        self.signatory_edit.setPlaceholderText(QCoreApplication.translate("CertificateDialog", u"Name and role, for example: Maria Beispiel, Koordination", None))
        self.english_check.setText(QCoreApplication.translate("CertificateDialog", u"&English beside German", None))
    # retranslateUi

