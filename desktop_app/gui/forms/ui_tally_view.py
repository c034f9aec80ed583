# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tally_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TallyView(object):
    def setupUi(self, TallyView):
        if not TallyView.objectName():
            TallyView.setObjectName(u"TallyView")
        TallyView.resize(720, 520)
        self.main_layout = QVBoxLayout(TallyView)
        self.main_layout.setObjectName(u"main_layout")
        self.offer_layout = QHBoxLayout()
        self.offer_layout.setObjectName(u"offer_layout")
        self.offer_label = QLabel(TallyView)
        self.offer_label.setObjectName(u"offer_label")

        self.offer_layout.addWidget(self.offer_label)

        self.offer_combo = QComboBox(TallyView)
        self.offer_combo.setObjectName(u"offer_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.offer_combo.sizePolicy().hasHeightForWidth())
        self.offer_combo.setSizePolicy(sizePolicy)

        self.offer_layout.addWidget(self.offer_combo)


        self.main_layout.addLayout(self.offer_layout)

        self.age_band_group = QGroupBox(TallyView)
        self.age_band_group.setObjectName(u"age_band_group")
        self.age_band_layout = QHBoxLayout(self.age_band_group)
        self.age_band_layout.setObjectName(u"age_band_layout")

        self.main_layout.addWidget(self.age_band_group)

        self.gender_group = QGroupBox(TallyView)
        self.gender_group.setObjectName(u"gender_group")
        self.gender_layout = QHBoxLayout(self.gender_group)
        self.gender_layout.setObjectName(u"gender_layout")

        self.main_layout.addWidget(self.gender_group)

        self.count_layout = QHBoxLayout()
        self.count_layout.setObjectName(u"count_layout")
        self.count_button = QPushButton(TallyView)
        self.count_button.setObjectName(u"count_button")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.count_button.sizePolicy().hasHeightForWidth())
        self.count_button.setSizePolicy(sizePolicy1)
        self.count_button.setText(u"+1")

        self.count_layout.addWidget(self.count_button)

        self.undo_button = QPushButton(TallyView)
        self.undo_button.setObjectName(u"undo_button")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.undo_button.sizePolicy().hasHeightForWidth())
        self.undo_button.setSizePolicy(sizePolicy2)

        self.count_layout.addWidget(self.undo_button)


        self.main_layout.addLayout(self.count_layout)

        self.message_label = QLabel(TallyView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty(u"errorLabel", True)

        self.main_layout.addWidget(self.message_label)

        self.counts_group = QGroupBox(TallyView)
        self.counts_group.setObjectName(u"counts_group")
        self.counts_layout = QVBoxLayout(self.counts_group)
        self.counts_layout.setObjectName(u"counts_layout")
        self.total_label = QLabel(self.counts_group)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setWordWrap(True)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts_layout.addWidget(self.total_label)

        self.age_band_counts_label = QLabel(self.counts_group)
        self.age_band_counts_label.setObjectName(u"age_band_counts_label")
        self.age_band_counts_label.setWordWrap(True)
        self.age_band_counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts_layout.addWidget(self.age_band_counts_label)

        self.gender_counts_label = QLabel(self.counts_group)
        self.gender_counts_label.setObjectName(u"gender_counts_label")
        self.gender_counts_label.setWordWrap(True)
        self.gender_counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts_layout.addWidget(self.gender_counts_label)


        self.main_layout.addWidget(self.counts_group)

        self.keys_label = QLabel(TallyView)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setWordWrap(True)

        self.main_layout.addWidget(self.keys_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.offer_label.setBuddy(self.offer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offer_combo, self.count_button)
        QWidget.setTabOrder(self.count_button, self.undo_button)

        self.retranslateUi(TallyView)
    # setupUi

    def retranslateUi(self, TallyView):
        TallyView.setWindowTitle(QCoreApplication.translate("TallyView", u"Anonymous tally", None))
#if QT_CONFIG(accessibility)
        TallyView.setAccessibleName(QCoreApplication.translate("TallyView", u"Anonymous tally", None))
#endif // QT_CONFIG(accessibility)
        self.offer_label.setText(QCoreApplication.translate("TallyView", u"&Offer:", None))
#if QT_CONFIG(accessibility)
        self.offer_combo.setAccessibleName(QCoreApplication.translate("TallyView", u"Offer to count for", None))
#endif // QT_CONFIG(accessibility)
        self.age_band_group.setTitle(QCoreApplication.translate("TallyView", u"Age band (optional)", None))
#if QT_CONFIG(accessibility)
        self.age_band_group.setAccessibleName(QCoreApplication.translate("TallyView", u"Age band (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.gender_group.setTitle(QCoreApplication.translate("TallyView", u"Gender (optional)", None))
#if QT_CONFIG(accessibility)
        self.gender_group.setAccessibleName(QCoreApplication.translate("TallyView", u"Gender (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_button.setAccessibleName(QCoreApplication.translate("TallyView", u"Count one person", None))
#endif // QT_CONFIG(accessibility)
        self.undo_button.setText(QCoreApplication.translate("TallyView", u"&Undo last", None))
#if QT_CONFIG(accessibility)
        self.undo_button.setAccessibleName(QCoreApplication.translate("TallyView", u"Undo the last count", None))
#endif // QT_CONFIG(accessibility)
        self.counts_group.setTitle(QCoreApplication.translate("TallyView", u"Counted today", None))
    # retranslateUi

