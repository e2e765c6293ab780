"""The right-hand panel of the Staff tab: one employee's post and responsibilities (岗位职责),
leader chain up to the top, direct reports, team and areas, and other posts they are
qualified for (一职多能). Layout only; the Staff tab decides what to show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.org import QUALIFICATION_LEVELS
from app.services.accountability import KINDS
from app.services.dto import EmployeeDetail, PersonRef, QualificationDTO
from app.ui.pages.org_common import make_table
from app.ui.table_model import Column


def _people(people: tuple[PersonRef, ...]) -> str:
    return "、".join(f"{p.name}（{p.post}）" if p.post else p.name for p in people)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EmployeeDetailView(QScrollArea):
    def __init__(self, translate: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(340)
        self._translate = translate
        content = QWidget()
        self.setWidget(content)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(mid);")
        self.subtitle.setWordWrap(True)
        self.empty = QLabel(self.tr("Select someone in the list to see their post, leaders, "
                                    "team and skills."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        self.chain = _value_label()
        self.reports = _value_label()
        self.team = _value_label()
        self.areas = _value_label()
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        facts.addRow(self.tr("Leader chain"), self.chain)
        facts.addRow(self.tr("Direct reports"), self.reports)
        facts.addRow(self.tr("Team"), self.team)
        facts.addRow(self.tr("Areas"), self.areas)
        self.facts = QWidget()
        self.facts.setLayout(facts)

        self.duties = QListWidget()
        self.duties.setWordWrap(True)
        self.duties.setMinimumHeight(80)
        self.duties.setMaximumHeight(124)
        self.duties.setObjectName("dutyList")
        duties_box = QGroupBox(self.tr("Responsibilities of the post"))
        QVBoxLayout(duties_box).addWidget(self.duties)

        levels = {k: translate("qualifications", v) for k, v in QUALIFICATION_LEVELS.items()}
        self.qualifications, self.qualification_model = make_table([
            Column(self.tr("Post"), lambda q: q.post),
            Column(self.tr("Level"), lambda q: levels.get(q.level, q.level)),
            Column(self.tr("Certified by"), lambda q: q.certified_by),
            Column(self.tr("On"), lambda q: q.certified_on),
        ], widths=(100, 76, 76))
        self.qualifications.setMinimumHeight(80)
        self.qualifications.setMaximumHeight(110)
        self.add_qualification = QPushButton(self.tr("Add qualification…"))
        self.remove_qualification = QPushButton(self.tr("Remove qualification"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_qualification)
        buttons.addWidget(self.remove_qualification)
        buttons.addStretch(1)
        skills_box = QGroupBox(self.tr("Also qualified for (multi-skilling)"))
        skills = QVBoxLayout(skills_box)
        skills.addWidget(self.qualifications)
        skills.addLayout(buttons)

        # 违规处理: what followed for this person (reminder, criticism, order, financial).
        self.accountability = QListWidget()
        self.accountability.setObjectName("accountabilityList")
        self.accountability.setMaximumHeight(110)
        accountability_box = QGroupBox(self.tr("Accountability records"))
        QVBoxLayout(accountability_box).addWidget(self.accountability)

        self.sections = QWidget()
        sections = QVBoxLayout(self.sections)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.addWidget(self.facts)
        sections.addWidget(duties_box)
        sections.addWidget(skills_box)
        sections.addWidget(accountability_box)
        sections.addStretch(1)

        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty)
        layout.addWidget(self.sections, 1)
        self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("No one selected"))
        self.subtitle.clear()
        self.sections.hide()
        self.empty.show()
        self.qualification_model.set_rows([])

    def show_detail(self, detail: EmployeeDetail) -> None:
        e = detail.employee
        self.empty.hide()
        self.sections.show()
        self.title.setText(e.name if e.active else self.tr("{name} (left)").format(name=e.name))
        post = " · ".join(x for x in (e.post, e.department) if x) or self.tr("No post")
        self.subtitle.setText(f"{e.code} · {post}")
        nobody = self.tr("—")
        # Upwards from the direct leader: the chain accountability escalates along.
        self.chain.setText(" → ".join(f"{p.name}（{p.post}）" if p.post else p.name
                                      for p in detail.leader_chain)
                           or self.tr("Top level (no leader)"))
        self.reports.setText(self.tr("{count}: {names}").format(
            count=len(detail.direct_reports),
            names="、".join(p.name for p in detail.direct_reports))
            if detail.direct_reports else nobody)
        self.reports.setToolTip(_people(detail.direct_reports))
        self.team.setText(detail.team or nobody)
        self.areas.setText("、".join(detail.areas) or nobody)
        self.duties.clear()
        for number, duty in enumerate(detail.duties, start=1):
            self.duties.addItem(f"{number}. {duty}")
        if not detail.duties:
            self.duties.addItem(self.tr("No responsibilities written for this post yet."))
        self.qualification_model.set_rows(detail.qualifications)
        self.accountability.clear()
        for at, kind, reason, by, amount in detail.accountability:
            label = self._translate("accountability", KINDS.get(kind, kind))
            money = self.tr(" (¥{amount:.0f})").format(amount=amount) if amount else ""
            self.accountability.addItem(f"{at:%Y-%m-%d} {label}{money} — {reason} ({by})")
        if not detail.accountability:
            self.accountability.addItem(self.tr("None recorded."))

    def selected_qualification(self) -> QualificationDTO | None:
        rows = self.qualifications.selectionModel().selectedRows()
        return self.qualification_model.row_at(rows[0]) if rows else None
