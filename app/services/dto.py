"""Plain, immutable results that services hand to the UI and the CLI (no ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Notice:
    """A translatable warning that does not stop the change (e.g. a span exceeded)."""

    message: str
    params: dict = field(default_factory=dict)

    def render(self, translate=None) -> str:
        template = translate("notices", self.message) if translate else self.message
        return template.format(**self.params)


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    role: str
    employee_id: int | None
    employee_name: str
    active: bool
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class DepartmentDTO:
    id: int
    name: str
    kind: str
    posts: int = 0
    staff: int = 0


@dataclass(frozen=True)
class RankDTO:
    id: int
    key: str
    level: int
    label: str
    label_en: str
    span_limit: int


@dataclass(frozen=True)
class PostDTO:
    id: int
    name: str
    department_id: int
    department: str
    rank_id: int
    rank: str
    rank_level: int
    quota: int
    filled: int
    flag: str  # 'under' | 'over' | 'ok'
    duties: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmployeeDTO:
    id: int
    code: str
    name: str
    phone: str
    hire_date: dt.date | None
    post_id: int | None
    post: str
    department_id: int | None
    department: str
    leader_id: int | None
    leader_code: str
    leader_name: str
    active: bool
    version: int


@dataclass(frozen=True)
class EmployeeInput:
    code: str
    name: str
    phone: str = ""
    hire_date: dt.date | None = None
    post_id: int | None = None
    leader_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class QualificationDTO:
    id: int
    employee_id: int
    post_id: int
    post: str
    level: str
    certified_by_id: int | None
    certified_by: str
    certified_on: dt.date | None


@dataclass(frozen=True)
class PersonRef:
    id: int
    code: str
    name: str
    post: str


@dataclass(frozen=True)
class EmployeeDetail:
    employee: EmployeeDTO
    duties: tuple[str, ...]
    leader_chain: tuple[PersonRef, ...]
    direct_reports: tuple[PersonRef, ...]
    team: str
    areas: tuple[str, ...]
    qualifications: tuple[QualificationDTO, ...]
    # 违规处理 records, newest first: (recorded_at, kind key, reason, recorded_by, amount)
    accountability: tuple[tuple[dt.datetime, str, str, str, float | None], ...] = ()


@dataclass(frozen=True)
class SavedEmployee:
    employee: EmployeeDTO
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class TeamDTO:
    id: int
    name: str
    department_id: int | None
    department: str
    leader_id: int | None
    leader: str
    members: tuple[PersonRef, ...]


@dataclass(frozen=True)
class AreaDTO:
    id: int
    name: str
    kind: str
    floor: str
    department_id: int | None
    department: str
    default_team_id: int | None
    default_team: str


@dataclass(frozen=True)
class OrgNode:
    id: int
    code: str
    name: str
    post: str
    rank: str
    leader_id: int | None
    direct_reports: int
    span_limit: int
    children: tuple[int, ...]

    @property
    def span_exceeded(self) -> bool:
        return self.direct_reports > self.span_limit


@dataclass(frozen=True)
class OrgChart:
    nodes: dict[int, OrgNode]
    roots: tuple[int, ...]

    @property
    def exceeded(self) -> tuple[OrgNode, ...]:
        return tuple(n for n in self.nodes.values() if n.span_exceeded)
