"""The large demo's guest side: complaints (about COMPLAINTS_PER_YEAR, by season and weekday),
SERVQUAL forms and promise outcomes (see demo_large for the storage rules)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Area, Employee, Promise, PromiseOutcome, Survey, SurveyAnswer, Team
from app.db.models_guest import Complaint
from app.domain.complaint_clock import resolve_seconds, response_seconds
from app.domain.complaints import dimension_of
from app.domain.servqual import DIMENSIONS
from app.services import audit
from app.services import demo_guest_texts as txt
from app.services.base import Actor
from app.services.demo_guest_forms import _guest_answers
from app.services.demo_guests import choose, guest_name, phone
from app.services.demo_large import busy, insert_chunks

COMPLAINTS_PER_YEAR = 5_000
SURVEYS_PER_YEAR = 1_667
OUTCOMES_PER_DAY = 12


@dataclass(frozen=True)
class LargeGuests:
    complaints: int
    surveys: int
    outcomes: int


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    base = dt.time(17, 30) if rng.random() < 0.72 else dt.time(11, 15)
    return dt.datetime.combine(day, base) + dt.timedelta(minutes=rng.uniform(0, 200))


def build_large_guests(db: Database, actor: Actor, days: list[dt.date],
                       rng: random.Random) -> LargeGuests:
    with db.write() as s:
        areas = [a for a in s.scalars(select(Area).order_by(Area.id))
                 if a.kind in txt.CATEGORY_WEIGHTS]
        leaders = dict(s.execute(select(Team.id, Team.leader_id)).all())
        login = dict(s.execute(select(Employee.id, Employee.code)).all())
        manager = s.scalar(select(Employee.id).where(Employee.code == txt.MANAGER))
        weights = [busy(d) for d in days]
        total = sum(weights)
        complaints = []
        for day, w in zip(days, weights, strict=True):
            count = int(COMPLAINTS_PER_YEAR * len(days) / 365 * w / total + rng.random())
            complaints += [_complaint(rng, day, areas, leaders, login, manager)
                           for _ in range(count)]
        complaints.sort(key=lambda r: r["received_at"])
        insert_chunks(s, Complaint, complaints)
        surveys = _surveys(s, rng, days, weights, login[manager])
        outcomes = _outcomes(s, rng, days, areas, login[manager])
        audit.append(s, dt.datetime.combine(days[-1], dt.time(23, 30)), actor.username,
                     "create", "demo_large_guests", "",
                     {"complaints": len(complaints), "surveys": surveys, "outcomes": outcomes})
    return LargeGuests(len(complaints), surveys, outcomes)


def _complaint(rng, day, areas, leaders, login, manager) -> dict:
    area = rng.choice(areas)
    category = choose(rng, txt.CATEGORY_WEIGHTS[area.kind])
    options = [c for c in txt.COMPLAINTS[category] if area.kind in c[2]] \
        or txt.COMPLAINTS[category]
    content, severity, _, resolution = rng.choice(options)
    received = _at(day, rng)
    late = rng.random() < (0.12 if day.weekday() == 5 else 0.03)
    seconds = rng.randint(360, 900) if late else rng.randint(40, 280)
    responder = leaders.get(area.default_team_id) or manager
    answered = received + dt.timedelta(seconds=seconds)
    handed = answered + dt.timedelta(minutes=rng.uniform(2, 8))
    resolved = handed + dt.timedelta(minutes=rng.uniform(6, 90))
    odds = txt.SATISFACTION_LATE if late else txt.SATISFACTION
    sat = choose(rng, odds)
    satisfaction = None if sat == "none" else int(sat)
    channel = choose(rng, txt.CHANNEL_WEIGHTS)
    return {"received_at": received, "received_by": login[responder], "channel": channel,
            "guest_name": guest_name(rng), "guest_contact": phone(rng) if channel != "in_person"
            else "", "area_id": area.id, "table_no": "", "content": content,
            "category": category, "dimension": dimension_of(category), "severity": severity,
            "first_response_at": answered, "response_s": response_seconds(received, answered),
            "responder": login[responder],
            "responder_id": responder, "department_id": area.department_id,
            "responsible_id": responder, "handed_over_at": handed, "resolution": resolution,
            "resolved_at": resolved, "resolve_s": resolve_seconds(received, resolved),
            "feedback": rng.choice(txt.FEEDBACK[satisfaction]),
            "satisfaction": satisfaction, "compensation": "", "compensation_amount": None,
            "status": "closed", "rectification_id": None, "version": 5}


def _surveys(s, rng, days, weights, entered_by) -> int:
    count = round(SURVEYS_PER_YEAR * len(days) / 365)
    first = (s.scalar(select(Survey.id).order_by(Survey.id.desc()).limit(1)) or 0) + 1
    heads, answers = [], []
    for n, day in enumerate(sorted(rng.choices(days, weights=weights, k=count))):
        sid = first + n
        heads.append({"id": sid, "respondent": f"顾客{n + 1:05d}", "kind": "guest", "day": day,
                      "area_id": None, "entered_by": entered_by,
                      "entered_at": dt.datetime.combine(day + dt.timedelta(days=1),
                                                        dt.time(10)),
                      **{f"w_{d}": None for d in DIMENSIONS}})
        answers += _guest_answers(sid, rng.randint(0, 3), rng)
    insert_chunks(s, Survey, heads)
    insert_chunks(s, SurveyAnswer, answers)
    return len(heads)


def _outcomes(s, rng, days, areas, entered_by) -> int:
    created = dt.datetime.combine(days[0] - dt.timedelta(days=3), dt.time(10))
    promises = []
    taken = set(s.scalars(select(Promise.name)))
    for name, description, dimension, target, _, kinds, odds, notes in txt.PROMISES:
        if name in taken:
            continue
        p = Promise(name=name, description=description, dimension=dimension,
                    target_minutes=float(target), source="manual", active=True,
                    created_at=created)
        s.add(p)
        promises.append((p, target, [a for a in areas if a.kind in kinds] or areas, odds, notes))
    s.flush()
    rows = []
    for day in days:
        for _ in range(round(OUTCOMES_PER_DAY * busy(day))):
            p, target, places, odds, notes = rng.choice(promises)
            at = _at(day, rng)
            missed = rng.random() < odds[1 if day.weekday() >= 4 else 0]
            minutes = target * (rng.uniform(1.1, 1.9) if missed else rng.uniform(0.3, 0.97))
            rows.append({"promise_id": p.id, "at": at, "area_id": rng.choice(places).id,
                         "measured_minutes": round(minutes, 1),
                         "note": rng.choice(notes) if missed else "", "entered_by": entered_by})
    insert_chunks(s, PromiseOutcome, rows)
    return len(rows)
