"""The Disagreements tab (分歧): how often a higher layer failed what an inspector passed
(a measure of inspection honesty, per inspector and period) and the disagreements
themselves; choosing an inspector lists only theirs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.services.checklist_dto import DisagreementDTO
from app.ui.context import UiContext
from app.ui.form_dialog import date_edit, date_value, set_date_value
from app.ui.pages.org_common import RIGHT, NoticeBanner, bold_font, make_table
from app.ui.patrols.common import RED, PatrolTab, level_label
from app.ui.table_model import Column

PERIOD_DAYS = 30
HIGH_RATE = 0.05  # a rate from 5 % is shown in red


class DisagreementsTab(PatrolTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        from_box, self.date_from = date_edit(self.tr("any"), self.tr("Clear"))
        to_box, self.date_to = date_edit(self.tr("any"), self.tr("Clear"))
        today = dt.date.today()
        set_date_value(self.date_from, today - dt.timedelta(days=PERIOD_DAYS))
        set_date_value(self.date_to, today)
        self.show_button = QPushButton(self.tr("Show"))
        self.all_button = QPushButton(self.tr("Everyone"))
        self.rates_view, self.rates_model = make_table([
            Column(self.tr("Inspector"), lambda r: r[0]),
            Column(self.tr("Disagreements"), lambda r: r[1], alignment=RIGHT),
            Column(self.tr("Items passed"), lambda r: r[2], alignment=RIGHT),
            Column(self.tr("Rate"), lambda r: f"{100 * r[3]:.1f} %", alignment=RIGHT,
                   foreground=lambda r: RED if r[3] >= HIGH_RATE else None),
        ], widths=(140, 110, 110))
        self.list_title = QLabel()
        self.list_title.setFont(bold_font())
        self.list_view, self.list_model = make_table([
            Column(self.tr("Day"), lambda d: d.day),
            Column(self.tr("Area"), lambda d: d.area),
            Column(self.tr("Item"), lambda d: d.item_text, tooltip=lambda d: d.item_text),
            Column(self.tr("Passed by"), lambda d: f"{d.lower_inspector} · "
                   f"{level_label(d.lower_level)}"),
            Column(self.tr("Failed by"), lambda d: f"{d.higher_inspector} · "
                   f"{level_label(d.higher_level)}"),
        ], widths=(100, 140, 320, 190), stretch=2)
        self.inspector: str | None = None
        self._layout(from_box, to_box)
        self.show_button.clicked.connect(lambda _c=False: self.load())
        self.all_button.clicked.connect(lambda _c=False: self.choose(None))
        self.rates_view.clicked.connect(
            lambda index: self.choose(self.rates_model.row_at(index)[0]))

    def _layout(self, from_box: QWidget, to_box: QWidget) -> None:
        top = QHBoxLayout()
        for text, widget in ((self.tr("From"), from_box), (self.tr("To"), to_box)):
            top.addWidget(QLabel(text))
            top.addWidget(widget)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.all_button)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_title)
        column.addWidget(self.list_view, 1)
        split = QSplitter()
        split.addWidget(self.rates_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        hint = QLabel(self.tr("A disagreement: a higher layer failed an item that a lower "
                              "layer passed in the same area and shift."))
        hint.setStyleSheet("color: #6b6b6b;")
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(split, 1)

    def choose(self, inspector: str | None) -> None:
        self.inspector = inspector
        self._load_list()

    def load(self) -> None:
        patrols = self.ctx.services.patrols
        start, end = date_value(self.date_from), date_value(self.date_to)
        self.read("rates", lambda: patrols.disagreement_rates(start, end),
                  self.rates_model.set_rows)
        self._load_list()

    def _load_list(self) -> None:
        patrols, who = self.ctx.services.patrols, self.inspector
        start, end = date_value(self.date_from), date_value(self.date_to)
        self.list_title.setText(self.tr("Disagreements with {who}").format(who=who) if who
                                else self.tr("All disagreements"))
        self.read("list", lambda: patrols.disagreements(who, start, end), self._listed)

    def _listed(self, rows: list[DisagreementDTO]) -> None:
        self.list_model.set_rows(rows)
