"""Org chart tab (组织架构): everyone active as a tree by leader, with each leader's direct
reports against their rank's span. Exceeded spans (one leads three) are drawn in amber and
listed beside the tree; they are shown, never refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import OrgChart, OrgNode
from app.ui.context import UiContext
from app.ui.pages.org_common import AMBER_BG, AMBER_TEXT, OrgTab, bold_font

ID_ROLE = Qt.ItemDataRole.UserRole


class OrgChartView(OrgTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.items: dict[int, QTreeWidgetItem] = {}
        self.tree = QTreeWidget()
        self.tree.setObjectName("orgTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Post"), self.tr("Rank"),
                                   self.tr("Direct reports / span")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        for column, width in enumerate((230, 150, 80)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        self.exceeded = QListWidget()
        self.exceeded.setObjectName("spanExceededList")
        self.exceeded.itemClicked.connect(self._select_from_list)
        self.exceeded.currentItemChanged.connect(lambda item, _prev: self._select_from_list(item))
        self.exceeded_box = QGroupBox(self.tr("Spans exceeded (one leads three)"))
        QVBoxLayout(self.exceeded_box).addWidget(self.exceeded)

        swatch = QLabel(self.tr("Leader · 4 / 3"))
        swatch.setStyleSheet(f"background: {AMBER_BG.name()}; color: {AMBER_TEXT.name()};"
                             " font-weight: 600; padding: 2px 6px; border-radius: 3px;")
        legend_text = QLabel(self.tr(
            "Amber and bold: the leader leads more people directly than the span of their rank "
            "(here 4 direct reports against a span of 3). Change spans under Departments & "
            "ranks; move people by changing their leader."))
        legend_text.setWordWrap(True)
        legend = QGroupBox(self.tr("Legend"))
        legend_layout = QVBoxLayout(legend)
        legend_layout.addWidget(swatch, 0, Qt.AlignmentFlag.AlignLeft)
        legend_layout.addWidget(legend_text)

        self.summary = QLabel()
        expand = QPushButton(self.tr("Expand all"))
        expand.clicked.connect(self.tree.expandAll)
        collapse = QPushButton(self.tr("Collapse all"))
        collapse.clicked.connect(self.tree.collapseAll)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(expand)
        top.addWidget(collapse)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.exceeded_box, 1)
        side_layout.addWidget(legend)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([840, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        chart = self.ctx.services.chart
        self.read("chart", chart.chart, self.show_chart)

    def show_chart(self, chart: OrgChart) -> None:
        self.tree.clear()
        self.exceeded.clear()
        self.items = {}
        # Iterative, so a deep chain cannot hit Python's recursion limit.
        stack = [(node_id, None) for node_id in reversed(chart.roots)]
        while stack:
            node_id, parent = stack.pop()
            node = chart.nodes[node_id]
            item = QTreeWidgetItem(self._cells(node))
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, f"{node.name} · {node.code}")
            if node.span_exceeded:
                self._mark(item)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self.items[node.id] = item
            stack.extend((child, item) for child in reversed(node.children))
        self.tree.expandAll()
        for node in sorted(chart.exceeded, key=lambda n: n.direct_reports - n.span_limit,
                           reverse=True):
            entry = QListWidgetItem(self.tr("{name} ({post}): {count} / {limit}").format(
                name=node.name, post=node.post or node.rank, count=node.direct_reports,
                limit=node.span_limit))
            entry.setData(ID_ROLE, node.id)
            self.exceeded.addItem(entry)
        if not chart.exceeded:
            none = QListWidgetItem(self.tr("Every leader is within their span."))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.exceeded.addItem(none)
        self.summary.setText(self.tr("{people} people · {top} at the top · {over} spans exceeded")
                             .format(people=len(chart.nodes), top=len(chart.roots),
                                     over=len(chart.exceeded)))

    @staticmethod
    def _cells(node: OrgNode) -> list[str]:
        span = f"{node.direct_reports} / {node.span_limit}" if node.direct_reports else ""
        return [node.name, node.post, node.rank, span]

    @staticmethod
    def _mark(item: QTreeWidgetItem) -> None:
        font = bold_font()
        for column in range(item.columnCount()):
            item.setBackground(column, AMBER_BG)
            item.setForeground(column, AMBER_TEXT)
            item.setFont(column, font)

    def _select_from_list(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        item = self.items.get(entry.data(ID_ROLE))
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
