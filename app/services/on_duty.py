"""Who answers for an area at a given moment (责任到人), from the roster.

The rules, in order:
1. Find the shifts whose window contains the moment (a shift crossing midnight belongs to
   the day it starts), and the people rostered on the area in them who are not absent or
   on leave. A redeployed person counts where they were redeployed to.
2. One person rostered: they are responsible; their leader is their team's leader (or the
   acting leader named for that shift), else their reports-to leader.
3. Several people rostered: the leader of the team assigned there (the team most of them
   belong to, else the area's default team) is responsible, the individuals are listed.
4. Nobody rostered: the leader of the area's default team is responsible, flagged
   "unrostered".
The chain is the reports-to chain above the responsible person."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from app.db.models import ActingLeader, Area, RosterEntry, ShiftType, Team
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
from app.domain.hierarchy import leader_chain
from app.domain.permissions import Permission
from app.domain.shifts import shift_window
from app.services.base import Service
from app.services.roster_dto import OnDuty
from app.services.roster_queries import team_of
from app.services.staff import leader_map, person_refs

OFF_DUTY = ("absent", "leave")


class OnDutyService(Service):
    def lookup(self, area_id: int, moment: dt.datetime) -> OnDuty:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            area = s.get(Area, area_id)
            if area is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
            shifts = [(day, sh) for sh in s.scalars(select(ShiftType))
                      for day in (moment.date() - dt.timedelta(days=1), moment.date())
                      if shift_window(day, sh.start, sh.end)[0] <= moment
                      < shift_window(day, sh.start, sh.end)[1]]
            entries = [e for day, sh in shifts for e in s.scalars(
                select(RosterEntry).where(RosterEntry.day == day,
                                          RosterEntry.shift_type_id == sh.id,
                                          RosterEntry.area_id == area_id))
                       if e.attendance not in OFF_DUTY]
            shift_name = "、".join(sorted({sh.name for day, sh in shifts
                                          if any(e.shift_type_id == sh.id for e in entries)}))
            teams = team_of(s)
            people = sorted({e.employee_id for e in entries})
            leaders = leader_map(s)

            def team_lead(team_id: int | None) -> int | None:
                if team_id is None:
                    return None
                for day, sh in shifts:
                    acting = s.scalar(select(ActingLeader.employee_id).where(
                        ActingLeader.day == day, ActingLeader.shift_type_id == sh.id,
                        ActingLeader.team_id == team_id))
                    if acting is not None:
                        return acting
                return s.get(Team, team_id).leader_id

            team_id = None
            unrostered = not people
            if len(people) == 1:
                responsible = people[0]
                team_id = teams.get(responsible, (None, ""))[0]
                leader = team_lead(team_id)
                if leader in (None, responsible):
                    leader = leaders.get(responsible)
            else:
                counted = Counter(teams[p][0] for p in people if p in teams)
                team_id = counted.most_common(1)[0][0] if counted else area.default_team_id
                responsible = team_lead(team_id)
                leader = leaders.get(responsible) if responsible else None
            refs = {p.id: p for p in person_refs(s, [x for x in [responsible, leader, *people] if x])}
            chain = person_refs(s, leader_chain(responsible, leaders)) if responsible else []
            team_name = s.get(Team, team_id).name if team_id else ""
            return OnDuty(area.name, moment, shift_name, team_name, refs.get(responsible),
                          refs.get(leader), tuple(chain),
                          tuple(refs[p] for p in people if p in refs), unrostered)


