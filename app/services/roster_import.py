"""Staging a roster import inside a write transaction: resolve the file against the database,
write the week as the file has it, then check the roster rules on every added or changed cell
against the week as a whole, so two overlapping shifts both in the file are caught. The
caller commits only when no problem was found; otherwise everything is rolled back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Area, Employee, Post, RosterEntry
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError
from app.services.roster_rules import check_cell
from app.services.roster_sheet import Problem, RosterSheet, split_cell


@dataclass(frozen=True)
class _Want:
    post_id: int
    area_id: int | None
    row: int
    title: str


@dataclass
class Staged:
    problems: list[Problem]
    monday: dt.date | None
    employees: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    before: list[dict] = field(default_factory=list)
    after: list[dict] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return self.added + self.changed + self.removed


def snapshot(e: RosterEntry, code: str) -> dict:
    return {"code": code, "day": e.day.isoformat(), "shift_type_id": e.shift_type_id,
            "employee_id": e.employee_id, "post_id": e.post_id, "area_id": e.area_id}


def stage(s: Session, sheet: RosterSheet) -> Staged:
    """Apply the sheet to the session (not committed) and list every problem."""
    out = Staged(list(sheet.problems), sheet.monday)
    if sheet.monday is None:
        return out
    problems = out.problems

    def problem(row: int, column: str, message: str, context: str = "import",
                **params: object) -> None:
        problems.append(Problem(row, column, message, params, context))

    codes = [r.code for r in sheet.rows]
    people = {e.code: e for e in s.scalars(select(Employee).where(Employee.code.in_(codes)))}
    posts = dict(s.execute(select(Post.name, Post.id)).all())
    areas = dict(s.execute(select(Area.name, Area.id)).all())

    wanted: dict[tuple[int, dt.date, int], _Want] = {}
    in_file: dict[int, tuple[Employee, int]] = {}  # employee id → (employee, row)
    for r in sheet.rows:
        emp = people.get(r.code)
        if emp is None:
            problem(r.row, sheet.code_title, QT_TRANSLATE_NOOP(
                "import", "unknown employee code {code}"), code=r.code)
            continue
        in_file[emp.id] = (emp, r.row)
        for col, text in r.cells:
            post, area = split_cell(text)
            post_id = posts.get(post)
            area_id = areas.get(area) if area else None
            if not post:
                problem(r.row, col.title, QT_TRANSLATE_NOOP(
                    "import", "post is empty; write 岗位 or 岗位@区域"))
            elif post_id is None:
                problem(r.row, col.title, QT_TRANSLATE_NOOP("import", "unknown post {post}"),
                        post=post)
            if area and area_id is None:
                problem(r.row, col.title, QT_TRANSLATE_NOOP("import", "unknown area {area}"),
                        area=area)
            if post_id is not None and (not area or area_id is not None):
                wanted[(emp.id, col.day, col.shift_type_id)] = _Want(post_id, area_id, r.row,
                                                                     col.title)
    out.employees = len(in_file)

    # The file speaks for its employees in its columns; other cells stay as they are.
    scope = {(c.day, c.shift_type_id) for c in sheet.columns}
    code_of = {eid: emp.code for eid, (emp, _row) in in_file.items()}
    existing = {(e.employee_id, e.day, e.shift_type_id): e for e in s.scalars(
        select(RosterEntry).where(RosterEntry.employee_id.in_(list(in_file)),
                                  RosterEntry.day >= sheet.monday,
                                  RosterEntry.day <= sheet.monday + dt.timedelta(days=6)))
        if (e.day, e.shift_type_id) in scope}

    for key, entry in existing.items():
        if key not in wanted:
            out.before.append(snapshot(entry, code_of[key[0]]))
            s.delete(entry)
            out.removed += 1
    to_check: list[tuple[tuple[int, dt.date, int], _Want]] = []
    left_reported: set[int] = set()
    for key, want in wanted.items():
        entry = existing.get(key)
        if entry is not None and (entry.post_id, entry.area_id) == (want.post_id, want.area_id):
            # As it stands already: its redeployment, confirmation and attendance stay.
            out.unchanged += 1
            continue
        emp, row = in_file[key[0]]
        if not emp.active:
            if row not in left_reported:
                left_reported.add(row)
                problem(row, sheet.code_title, QT_TRANSLATE_NOOP(
                    "errors", "{name} has left and cannot be rostered."), "errors",
                    name=emp.name)
            continue
        if entry is None:
            entry = RosterEntry(employee_id=key[0], day=key[1], shift_type_id=key[2])
            s.add(entry)
            out.added += 1
        else:
            out.before.append(snapshot(entry, code_of[key[0]]))
            out.changed += 1
            if entry.post_id != want.post_id:  # as RosterService.set_cell
                entry.redeployed_from_post_id = entry.approved_by = entry.approved_at = None
        entry.post_id, entry.area_id = want.post_id, want.area_id
        # An import carries no manager's confirmation: any breach below is a problem.
        entry.override_reason = entry.override_by = None
        to_check.append((key, want))
        out.after.append(snapshot(entry, code_of[key[0]]))
    s.flush()

    for (employee_id, day, shift_id), want in to_check:
        try:
            breaches = check_cell(s, employee_id, day, shift_id, want.post_id)
        except FloorQCError as exc:
            problems.append(Problem(want.row, want.title, exc.message, exc.params, "errors"))
            continue
        for b in breaches:
            problems.append(Problem(want.row, want.title, b.message, b.params, "roster"))
    # As the user reads the sheet: by row, then left to right (the sort is stable).
    problems.sort(key=lambda p: (p.row, sheet.position(p.column)))
    return out
