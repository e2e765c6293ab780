"""Build the demo venue (app/services/demo_data.py) into an empty database in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import (
    AppUser,
    Area,
    Department,
    Employee,
    Post,
    PostDuty,
    Qualification,
    Rank,
    Team,
    TeamMember,
    Venue,
)
from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from app.domain.permissions import Permission
from app.services import demo_data as data
from app.services.base import Actor, Service
from app.services.passwords import hash_password


@dataclass(frozen=True)
class DemoSummary:
    venue: str
    employees: int
    posts: int
    teams: int
    areas: int
    users: int
    roster_entries: int = 0
    rounds: int = 0
    complaints: int = 0
    comments: int = 0
    surveys: int = 0
    outcomes: int = 0

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP(
            "cli", "Demo venue {venue} created: {employees} staff, {posts} posts, {teams} teams, "
                   "{areas} areas, {users} sign-ins (passwords in README), {roster_entries} roster "
                   "entries over four weeks, {rounds} patrol rounds over three weeks, "
                   "{complaints} complaints, {comments} guest comments, {surveys} SERVQUAL "
                   "forms and {outcomes} promise outcomes.")
        if translate:
            template = translate("cli", template)
        return template.format(**self.__dict__)


def build_demo(db: Database, actor: Actor, today: dt.date | None = None) -> DemoSummary:
    """The demo organisation, then four weeks of rosters ending with the current week,
    three weeks of patrol rounds (and their rectifications) ending yesterday, and three weeks
    of the guest side (complaints, comments, SERVQUAL forms, promises) ending this morning."""
    summary = DemoService(db, actor).build()
    from app.services.demo_guests import build_demo_guests
    from app.services.demo_patrols import build_demo_patrols
    from app.services.demo_roster import build_demo_roster

    today = today or dt.date.today()
    entries = build_demo_roster(db, actor, today)
    rounds = build_demo_patrols(db, actor, today)
    guests = build_demo_guests(db, actor, today)
    return replace(summary, roster_entries=entries, rounds=rounds,
                   complaints=guests.complaints, comments=guests.comments,
                   surveys=guests.surveys, outcomes=guests.outcomes)


class DemoService(Service):
    def build(self) -> DemoSummary:
        self._require(Permission.EDIT_ORG)
        self._require(Permission.MANAGE_USERS)
        with self.db.write() as s:
            if s.scalar(select(func.count()).select_from(Employee)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This database already has staff; the demo venue needs an empty one."))
            if s.scalar(select(func.count()).select_from(AppUser).where(
                    AppUser.username.in_([u["username"] for u in data.USERS]))):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The demo sign-in names are already taken in this database."))
            s.add(Venue(name=data.VENUE_NAME))
            ranks = {r.key: r for r in s.scalars(select(Rank))}
            for key, label, label_en, span in data.RANKS:
                ranks[key].label, ranks[key].label_en, ranks[key].span_limit = label, label_en, span
            depts = {d["name"]: Department(name=d["name"], kind=d["kind"])
                     for d in data.DEPARTMENTS}
            s.add_all(depts.values())
            s.flush()
            posts = {}
            for p in data.POSTS:
                post = Post(name=p["name"], department_id=depts[p["department"]].id,
                            rank_id=ranks[p["rank"]].id, quota=p["quota"])
                post.duties = [PostDuty(position=i, text=t)
                               for i, t in enumerate(p["responsibilities"])]
                posts[p["name"]] = post
            s.add_all(posts.values())
            s.flush()
            people = {}
            for e in data.EMPLOYEES:
                people[e["code"]] = Employee(
                    code=e["code"], name=e["name"], phone=e["phone"], post_id=posts[e["post"]].id,
                    hire_date=dt.date.fromisoformat(e["hire_date"]), active=e["active"])
            s.add_all(people.values())
            s.flush()
            for e in data.EMPLOYEES:
                leader = e["leader"]
                people[e["code"]].leader_id = people[leader].id if leader else None
                for post_name, level in e["extra_posts"]:
                    s.add(Qualification(employee_id=people[e["code"]].id,
                                        post_id=posts[post_name].id, level=level,
                                        certified_by_id=people[leader].id if leader else None,
                                        certified_on=dt.date.fromisoformat(e["hire_date"])
                                        + dt.timedelta(days=180)))
            teams = {}
            for t in data.TEAMS:
                team = Team(name=t["name"], department_id=depts[t["department"]].id,
                            leader_id=people[t["leader"]].id)
                s.add(team)
                s.flush()
                teams[t["name"]] = team
                s.add_all(TeamMember(team_id=team.id, employee_id=people[c].id)
                          for c in t["members"])
            for a in data.AREAS:
                s.add(Area(name=a["name"], kind=a["kind"], floor=a["floor"],
                           department_id=depts[a["department"]].id,
                           default_team_id=teams[a["default_team"]].id if a["default_team"]
                           else None))
            for u in data.USERS:
                s.add(AppUser(username=u["username"], role=u["role"],
                              password_hash=hash_password(u["password"]),
                              employee_id=people[u["employee"]].id if u["employee"] else None))
            summary = DemoSummary(data.VENUE_NAME, len(people), len(posts), len(teams),
                                  len(data.AREAS), len(data.USERS))
            self._audit(s, "create", "demo_venue", "", **summary.__dict__)
            return summary
