# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(720, 860)
        self.main_layout = QVBoxLayout(DocumentPreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.document_layout = QHBoxLayout()
        self.document_layout.setObjectName(u"document_layout")
        self.document_label = QLabel(DocumentPreviewDialog)
        self.document_label.setObjectName(u"document_label")

        self.document_layout.addWidget(self.document_label)

        self.document_combo = QComboBox(DocumentPreviewDialog)
        self.document_combo.setObjectName(u"document_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.document_combo.sizePolicy().hasHeightForWidth())
        self.document_combo.setSizePolicy(sizePolicy)

        self.document_layout.addWidget(self.document_combo)


        self.main_layout.addLayout(self.document_layout)

        self.pdf_view = QPdfView(DocumentPreviewDialog)
        self.pdf_view.setObjectName(u"pdf_view")
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.main_layout.addWidget(self.pdf_view)

        self.status_label = QLabel(DocumentPreviewDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(DocumentPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.buttons_layout.addWidget(self.print_button)

        self.save_button = QPushButton(DocumentPreviewDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(DocumentPreviewDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.document_label.setBuddy(self.document_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.document_combo)
        QWidget.setTabOrder(self.document_combo, self.pdf_view)

        self.retranslateUi(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Preview", None))
        self.document_label.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Document:", None))
#if QT_CONFIG(accessibility)
        self.document_combo.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Document to preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pdf_view.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Preview of the document", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Print through the system's print dialog (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Save the document as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Close", None))
    # retranslateUi

