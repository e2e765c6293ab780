"""Staff list import and export (.xlsx / .csv). An import is all-or-nothing: every row is
checked first and every problem reported; only a clean file is written, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, aliased

from app.db.backup import backup_sqlite
from app.db.models import Department, Employee, Post, Qualification, Rank, TeamMember
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError
from app.domain.permissions import Permission
from app.paths import backup_dir_for
from app.services.base import Service
from app.services.staff_plan import Plan, Snapshot, load_snapshot, make_plan
from app.services.staff_sheet import HEADERS, Problem, format_extras, parse_sheet
from app.services.tabular import read_rows, write_rows


class ImportFailed(FloorQCError):
    """The file has problems; nothing was imported. ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        message = (QT_TRANSLATE_NOOP("errors", "One problem; nothing was imported.")
                   if len(self.problems) == 1
                   else QT_TRANSLATE_NOOP("errors", "{count} problems; nothing was imported."))
        super().__init__(message, count=len(self.problems))

    def render(self, translate=None) -> str:
        lines = [super().render(translate)]
        lines.extend(p.render(translate) for p in self.problems)
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    departments_created: int
    posts_created: int
    unchanged: int = 0

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP(
            "import", "Staff imported: {created} added, {updated} updated, {unchanged} unchanged; "
                      "{departments} new departments, {posts} new posts.")
        if translate:
            template = translate("import", template)
        return template.format(created=self.created, updated=self.updated,
                               unchanged=self.unchanged, departments=self.departments_created,
                               posts=self.posts_created)


@dataclass(frozen=True)
class ImportPreview:
    """What an import of the file would do, or why it cannot (for the GUI's check step)."""

    problems: tuple[Problem, ...]
    rows: int
    created: int
    updated: int
    unchanged: int
    departments: tuple[str, ...]  # names that would be created
    posts: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class StaffIOService(Service):
    def preview(self, path: str | Path, create_missing: bool = False) -> ImportPreview:
        self._require(Permission.IMPORT_STAFF)
        sheet = parse_sheet(read_rows(path))
        with self.db.read() as s:
            plan = make_plan(load_snapshot(s), sheet, create_missing)
        return ImportPreview(tuple(plan.problems), len(sheet.rows), len(plan.created),
                             len(plan.updated), plan.unchanged, tuple(plan.new_departments),
                             tuple(plan.new_posts))

    def import_file(self, path: str | Path, create_missing: bool = False) -> ImportReport:
        self._require(Permission.IMPORT_STAFF)
        self._require(Permission.EDIT_ORG)  # an import changes the organisation
        path = Path(path)
        sheet = parse_sheet(read_rows(path))
        with self.db.read() as s:  # check before taking a backup or the write lock
            plan = make_plan(load_snapshot(s), sheet, create_missing)
        if plan.problems:
            raise ImportFailed(plan.problems)
        source = self.db.sqlite_file
        changes = plan.created or plan.updated or plan.new_departments or plan.new_posts
        if changes and source is not None and source.exists():
            backup_sqlite(source, backup_dir_for(source), "pre-import")  # DESIGN.md §6
        with self.db.write() as s:
            snap = load_snapshot(s)  # again under the lock: someone may have changed things
            plan = make_plan(snap, sheet, create_missing)
            if plan.problems:
                raise ImportFailed(plan.problems)
            self._apply(s, snap, plan)
            self._audit(s, "import", "employee", "", file=path.name, rows=len(sheet.rows),
                        created=plan.created, updated=plan.updated, unchanged=plan.unchanged,
                        departments_created=plan.new_departments,
                        posts_created=list(plan.new_posts), create_missing=create_missing)
        return ImportReport(len(plan.created), len(plan.updated), len(plan.new_departments),
                            len(plan.new_posts), plan.unchanged)

    def _apply(self, s: Session, snap: Snapshot, plan: Plan) -> None:
        # Core bulk statements: an ORM object per row costs ~30x (STYLE.md).
        for name in plan.new_departments:
            snap.departments[name] = s.execute(
                insert(Department).values(name=name, kind="floor").returning(Department.id)
            ).scalar_one()
        if plan.new_posts:
            rank_id = (s.scalar(select(Rank.id).where(Rank.key == "staff"))
                       or s.scalar(select(Rank.id).order_by(Rank.level).limit(1)))
            for name, dept in plan.new_posts.items():
                pid = s.execute(insert(Post).values(
                    name=name, department_id=snap.departments[dept], rank_id=rank_id,
                    quota=plan.quotas[name]).returning(Post.id)).scalar_one()
                snap.posts[name] = (pid, dept)

        def fields(code: str) -> dict:
            t = plan.targets[code]
            return {"name": t.name, "phone": t.phone, "hire_date": t.hire_date,
                    "post_id": snap.posts[t.post][0], "active": t.active}

        if plan.created:
            # Leaders come in a second pass, so the order of rows in the file does not matter.
            s.execute(insert(Employee.__table__), [{"code": c, "leader_id": None, "version": 1, **fields(c)}
                                         for c in plan.created])
        ids = dict(s.execute(select(Employee.code, Employee.id)).all())
        table = Employee.__table__
        if plan.updated:
            s.execute(table.update().where(table.c.id == bindparam("_id"))
                      .values(version=table.c.version + 1),
                      [{"_id": ids[c], "leader_id": ids.get(plan.targets[c].leader), **fields(c)}
                       for c in plan.updated])
        new_leaders = [{"_id": ids[c], "leader_id": ids[plan.targets[c].leader]}
                       for c in plan.created if plan.targets[c].leader]
        if new_leaders:
            s.execute(table.update().where(table.c.id == bindparam("_id")), new_leaders)
        leaving = [ids[c] for c in plan.updated
                   if not plan.targets[c].active and snap.employees[c][1].active]
        if leaving:  # as StaffService.deactivate: a leaver stands in no team
            s.execute(delete(TeamMember).where(TeamMember.employee_id.in_(leaving)))
        if plan.extras is not None:
            self._apply_extras(s, snap, plan, ids)

    @staticmethod
    def _apply_extras(s: Session, snap: Snapshot, plan: Plan, ids: dict[str, int]) -> None:
        """The 兼岗 cell replaces an employee's extra posts; certifications of kept ones stay."""
        assert plan.extras is not None
        drop, add, relevel = [], [], []
        for code, wanted in plan.extras.items():
            have = snap.qualifications.get(code, {})
            eid = ids[code]
            drop += [{"e": eid, "p": snap.posts[p][0]} for p in have if p not in wanted]
            for post, level in wanted.items():
                row = {"e": eid, "p": snap.posts[post][0], "level": level}
                if post not in have:
                    add.append(row)
                elif have[post] != level:
                    relevel.append(row)
        q = Qualification.__table__
        if drop:
            s.execute(delete(q).where(q.c.employee_id == bindparam("e"),
                                      q.c.post_id == bindparam("p")), drop)
        if relevel:
            s.execute(update(q).where(q.c.employee_id == bindparam("e"),
                                      q.c.post_id == bindparam("p")), relevel)
        if add:
            s.execute(insert(q), [{"employee_id": r["e"], "post_id": r["p"], "level": r["level"]}
                                  for r in add])

    def export_file(self, path: str | Path) -> int:
        """Every employee, leavers included, in the import layout; returns how many."""
        self._require(Permission.IMPORT_STAFF)
        with self.db.read() as s:
            rows = _export_rows(s)
        write_rows(path, HEADERS, rows)
        return len(rows)


def _export_rows(s: Session) -> list[list]:
    leader = aliased(Employee)
    extras: dict[int, list[tuple[str, str]]] = {}
    for eid, post, level in s.execute(
            select(Qualification.employee_id, Post.name, Qualification.level)
            .join(Post, Post.id == Qualification.post_id).order_by(Post.name)):
        extras.setdefault(eid, []).append((post, level))
    query = (select(Employee, Department.name, Post.name, leader.code)
             .outerjoin(Post, Post.id == Employee.post_id)
             .outerjoin(Department, Department.id == Post.department_id)
             .outerjoin(leader, leader.id == Employee.leader_id)
             .order_by(Employee.code))
    # Same order as staff_sheet.COLUMNS.
    return [[e.code, e.name, dept or "", post or "", lcode or "", e.phone or "", e.hire_date,
             format_extras(extras.get(e.id, [])), "是" if e.active else "否"]
            for e, dept, post, lcode in s.execute(query)]
