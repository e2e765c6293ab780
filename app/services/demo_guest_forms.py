"""The demo's paper-side guest data: comments routed to departments, SERVQUAL forms from
guests and managers, and the promise register with three weeks of measured outcomes (see
demo_guests for the story; the odds and texts are in demo_guest_texts)."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app.db.models import GuestComment, Promise, PromiseOutcome, Survey, SurveyAnswer
from app.domain.servqual import DIMENSION_ITEMS, DIMENSIONS
from app.services import demo_guest_texts as txt
from app.services.demo_guests import DemoArea, at_minute, guest_name, phone, table_no

if TYPE_CHECKING:
    from app.services.demo_guests import GuestContext

GUEST_SURVEYS = 200
SKIP = 0.025  # chance an item is left blank, on each side: about 5% of items in all


def _meal_time(area: DemoArea, day: dt.date, rng: random.Random) -> dt.datetime:
    """A moment of the meal the area is staffed for (lunch on the second floor)."""
    if area.name in txt.LUNCH_AREAS:
        return at_minute(day, 11, 30, rng.uniform(0, 120), rng)
    return at_minute(day, 17, 45, rng.uniform(0, 180), rng)


# ---------------------------------------------------------------- comments


def build_comments(s, ctx: GuestContext, rng: random.Random) -> int:
    """Thirty comments spread over the three weeks; all but the last two days' are done."""
    kitchen = next((a.department_id for a in ctx.areas.values() if a.kind == "kitchen"), None)
    by_name = {name: did for did, name in ctx.departments.items()}
    order = list(txt.COMMENTS)
    rng.shuffle(order)
    rows = []
    for n, (kind, area_name, content, action, dimension) in enumerate(order):
        day = ctx.days[n * len(ctx.days) // len(order)]
        area = ctx.area(area_name) if area_name else None
        at = _meal_time(area, day, rng) if area else at_minute(day, 10, 0, rng.uniform(0, 360), rng)
        staff = ctx.members.get(area.team_id, []) if area else []
        name = ctx.names[rng.choice(staff)] if staff else ""
        department = (kitchen if kind == "dish" else area.department_id if area
                      else by_name.get(txt.ROUTE_NO_AREA))
        receiver = ctx.duty_leader(area, at) if area else ctx.people[txt.MANAGER]
        row = {"received_at": at, "received_by": ctx.login[receiver], "kind": kind,
               "guest_name": guest_name(rng), "guest_contact": "",
               "area_id": area.id if area else None,
               "table_no": table_no(area, rng) if area else "",
               "content": content.format(name=name), "dimension": dimension,
               "department_id": department, "action_taken": "", "actioned_by": "",
               "actioned_at": None, "fed_back": False, "status": "open"}
        if rng.random() < 0.4:
            row["guest_contact"] = phone(rng)
        if day < ctx.today - dt.timedelta(days=2):
            head = txt.DEPARTMENT_HEAD.get(ctx.departments.get(department, ""), txt.MANAGER)
            row.update(action_taken=action.format(name=name),
                       actioned_by=ctx.login[ctx.people[head]],
                       actioned_at=at + dt.timedelta(seconds=rng.randint(14 * 3600, 40 * 3600)),
                       fed_back=rng.random() < 0.8, status="done")
        rows.append(row)
    s.execute(insert(GuestComment), rows)
    return len(rows)


# ---------------------------------------------------------------- SERVQUAL forms


def build_surveys(s, ctx: GuestContext, rng: random.Random) -> int:
    """200 guest forms (more at weekends), a third with importance points, and five managers'
    E forms filled at one meeting; the number of forms."""
    weights = [1.6 if d.weekday() >= 4 else 1.0 for d in ctx.days]
    days = sorted(rng.choices(ctx.days, weights=weights, k=GUEST_SURVEYS))
    areas = [ctx.area(name) for name in (*txt.LUNCH_AREAS, *txt.DINNER_AREAS)
             if ctx.area(name).kind in ("hall", "private_room")]
    entered_by = ctx.login[ctx.people[txt.EVENING_DESK]]  # the floor assistant types them in
    first = (s.scalar(select(func.max(Survey.id))) or 0) + 1
    heads, answers = [], []
    for n, day in enumerate(days):
        sid = first + n
        week = (day - ctx.days[0]).days // 7
        head = {"id": sid, "respondent": f"顾客{n + 1:03d}", "kind": "guest", "day": day,
                "area_id": rng.choice(areas).id if rng.random() < 0.4 else None,
                "entered_by": entered_by,
                "entered_at": at_minute(day + dt.timedelta(days=1), 10, 0, rng.uniform(0, 90),
                                        rng)}
        head.update(_weights(rng) if rng.random() < 1 / 3 else
                    {f"w_{d}": None for d in DIMENSIONS})
        heads.append(head)
        answers += _guest_answers(sid, week, rng)
    meeting = ctx.today - dt.timedelta(days=10)
    for n, code in enumerate(txt.MANAGERS):
        sid = first + GUEST_SURVEYS + n
        heads.append({"id": sid, "respondent": ctx.names[ctx.people[code]], "kind": "manager",
                      "day": meeting, "area_id": None, "entered_by": ctx.login[ctx.people[code]],
                      "entered_at": at_minute(meeting, 15, 0, rng.uniform(0, 60), rng),
                      **{f"w_{d}": None for d in DIMENSIONS}})
        answers += [{"survey_id": sid, "item": i, "perception": None,
                     "expectation": _scale(rng.gauss(txt.MANAGER_E[d], 0.45), 1)}
                    for d in DIMENSIONS for i in DIMENSION_ITEMS[d]]
    s.execute(insert(Survey), heads)
    s.execute(insert(SurveyAnswer), answers)
    return len(heads)


def _scale(value: float, low: int) -> int:
    return max(low, min(7, round(value)))


def _guest_answers(sid: int, week: int, rng: random.Random) -> list[dict]:
    """E high (5–7); P below E, most in responsiveness and empathy; the odd blank."""
    lenient, demanding = rng.gauss(0, 0.45), rng.gauss(0, 0.3)
    out = []
    for d in DIMENSIONS:
        shortfall = txt.P_SHORTFALL[d] + (txt.RESPONSIVENESS_WEEKLY_GAIN * week
                                          if d == "responsiveness" else 0.0)
        for i in DIMENSION_ITEMS[d]:
            e = _scale(rng.gauss(txt.GUEST_E[d] + demanding, 0.55), 5)
            p = _scale(rng.gauss(e + shortfall + lenient, 0.75), 1)
            blank = rng.random()
            out.append({"survey_id": sid, "item": i,
                        "expectation": None if blank < SKIP else e,
                        "perception": None if SKIP <= blank < 2 * SKIP else p})
    return out


def _weights(rng: random.Random) -> dict[str, float]:
    """Points in fives, as people write them on paper, totalling exactly 100."""
    points = {d: max(5, w + rng.choice((-5, 0, 0, 5))) for d, w in txt.WEIGHTS.items()}
    points["reliability"] += 100 - sum(points.values())
    return {f"w_{d}": float(v) for d, v in points.items()}


# ---------------------------------------------------------------- promises


def build_promises(s, ctx: GuestContext, rng: random.Random) -> tuple[int, int, bool]:
    """The register's manual promises and their outcomes over the three weeks; (promises
    added, outcomes, whether the complaint-response promise is there). That one is measured
    from the complaint log, so it gets no outcome rows here."""
    standing = s.scalar(select(Promise.id).where(Promise.source == "complaint_response")
                        .limit(1)) is not None
    taken = set(s.scalars(select(Promise.name)))
    created = dt.datetime.combine(ctx.days[0] - dt.timedelta(days=3), dt.time(10))
    added, outcomes = 0, []
    for name, description, dimension, target, per_day, kinds, odds, notes in txt.PROMISES:
        if name in taken:
            continue
        promise = Promise(name=name, description=description, dimension=dimension,
                          target_minutes=float(target), source="manual", active=True,
                          created_at=created)
        s.add(promise)
        s.flush()
        added += 1
        places = [ctx.area(n) for n in (*txt.LUNCH_AREAS, *txt.DINNER_AREAS)
                  if ctx.area(n).kind in kinds]
        for day in ctx.days:
            for _ in range(per_day):
                area = rng.choice(places)
                at = _meal_time(area, day, rng)
                busy = day.weekday() >= 4 and at.hour >= 17
                missed = rng.random() < odds[1 if busy else 0]
                minutes = (target * rng.uniform(1.1, 1.9) if missed
                           else target * rng.uniform(0.3, 0.97))
                outcomes.append({"promise_id": promise.id, "at": at, "area_id": area.id,
                                 "measured_minutes": round(minutes, 1),
                                 "note": rng.choice(notes) if missed else "",
                                 "entered_by": ctx.login[ctx.duty_leader(area, at)]})
    if outcomes:
        s.execute(insert(PromiseOutcome), outcomes)
    return added, len(outcomes), standing
