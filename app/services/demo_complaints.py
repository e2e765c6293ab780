"""The demo's complaints (see demo_guests for the story): planned in memory, then stored as
ComplaintService would have left them — the row, one audit entry per step (the complaint's
history) and, for the three that revealed a defect, an ad-hoc finding with its rectification
opened through escalation.open_for_finding, the path patrol findings take."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app.db.models import AuditLog, Complaint, Finding
from app.domain.complaint_clock import resolve_seconds, response_seconds
from app.domain.complaints import dimension_of
from app.services import audit
from app.services import demo_guest_texts as txt
from app.services.complaint_queries import leader_of
from app.services.demo_guests import (
    DemoArea,
    at_minute,
    choose,
    guest_name,
    phone,
    some_minutes,
    table_no,
)
from app.services.escalation import add_event, open_for_finding

if TYPE_CHECKING:
    from app.services.demo_guests import GuestContext


@dataclass
class ComplaintPlan:
    received_at: dt.datetime
    incident: dt.datetime  # when the guest's problem happened (who was on duty then)
    area: DemoArea | None
    channel: str
    category: str
    severity: str
    content: str
    resolution: str = ""
    table_no: str = ""
    guest_name: str = ""
    guest_contact: str = ""
    response_s: int = 120
    stop: str = "closed"  # the last state it reaches
    handover: bool = True
    link: str | None = None  # the rectification it opens, a key of txt.LINKED_RECTIFICATIONS


def plan_complaints(ctx: GuestContext, rng: random.Random) -> list[ComplaintPlan]:
    """Three weeks of complaints by weekday and meal, the linked and the open ones, in the
    order they came in."""
    plans = []
    for day in ctx.days:
        count = max(1, round(rng.gauss(txt.DAY_RATE[day.weekday()], 0.8)))
        plans += [_random_plan(ctx, rng, day) for _ in range(count)]
    _late_enough(ctx, plans, rng)
    plans += [_linked_plan(ctx, rng, key) for key in txt.LINKED_RECTIFICATIONS]
    plans += _open_this_morning(ctx)
    plans.sort(key=lambda p: p.received_at)
    return plans


def _random_plan(ctx: GuestContext, rng: random.Random, day: dt.date) -> ComplaintPlan:
    weekend = day.weekday() >= 4
    dinner = rng.random() < (0.78 if weekend else 0.68)
    if dinner:
        incident = at_minute(day, 17, 40, rng.triangular(0, 200, 95), rng)
        area = ctx.area(choose(rng, txt.DINNER_AREAS))
    else:
        incident = at_minute(day, 11, 20, rng.triangular(0, 140, 70), rng)
        area = ctx.area(choose(rng, txt.LUNCH_AREAS))
    category = choose(rng, txt.CATEGORY_WEIGHTS[area.kind])
    content, severity, _, resolution = rng.choice(
        [c for c in txt.COMPLAINTS[category] if area.kind in c[2]])
    channel = choose(rng, txt.CHANNEL_WEIGHTS)
    plan = ComplaintPlan(incident, incident, area, channel, category, severity, content, resolution,
                 handover=rng.random() < 0.75)
    if channel == "in_person":
        plan.table_no = table_no(area, rng)
        if rng.random() < 0.7:
            plan.guest_name = guest_name(rng)
        if rng.random() < 0.35:
            plan.guest_contact = phone(rng)
    else:
        next_day = day + dt.timedelta(days=1)
        if rng.random() < 0.45 and next_day < ctx.today:
            plan.received_at = at_minute(next_day, 9, 20, rng.uniform(0, 140), rng)
            when = "昨晚" if dinner else "昨天中午"
        else:
            plan.received_at = min(incident + some_minutes(rng, 40, 120),
                                   at_minute(day, 21, 30, rng.uniform(0, 20), rng))
            when = "今晚" if dinner else "今天中午"
        plan.content = f"{when}在{area.name.split(' ')[0]}用餐，{content}"
        plan.guest_name = guest_name(rng)
        plan.guest_contact = (rng.choice(txt.ONLINE_HANDLES) if channel == "online"
                              else phone(rng))
        plan.handover = True
    busy = dinner and day.weekday() == 5
    late = rng.random() < (0.15 if busy else 0.04 if weekend else 0.02)
    plan.response_s = _response_seconds(ctx, rng, late)
    return plan


def _late_enough(ctx: GuestContext, plans: list[ComplaintPlan], rng: random.Random) -> None:
    """"A few answered late": at least four, on the busiest evenings if chance gave fewer."""
    limit = ctx.limit * 60
    late = sum(p.response_s > limit for p in plans)
    busy = sorted((p for p in plans if p.response_s <= limit and p.incident.hour >= 18
                   and p.channel == "in_person"),
                  key=lambda p: (p.incident.weekday() != 5, p.incident))
    for p in busy[:max(0, 4 - late)]:
        p.response_s = _response_seconds(ctx, rng, True)


def _linked_plan(ctx: GuestContext, rng: random.Random, key: str) -> ComplaintPlan:
    spec = txt.LINKED_RECTIFICATIONS[key]
    day = ctx.today - dt.timedelta(days=spec["days_ago"])
    hour, minute = spec["at"]
    at = dt.datetime.combine(day, dt.time(hour, minute, rng.randint(0, 59)))
    area = ctx.area(spec["area"])
    return ComplaintPlan(at, at, area, "in_person", spec["category"], spec["severity"],
                 spec["content"], spec["resolution"], table_no=spec["table"],
                 guest_name=spec["guest"],
                 guest_contact=phone(rng), response_s=rng.randint(70, 200), link=key)


def _open_this_morning(ctx: GuestContext) -> list[ComplaintPlan]:
    """Two calls this morning about last night: one handed over, one only answered."""
    out = []
    for spec in txt.OPEN_THIS_MORNING:
        hour, minute = spec["at"]
        received = dt.datetime.combine(ctx.today, dt.time(hour, minute, 12))
        ih, im = spec["incident"]
        incident = dt.datetime.combine(ctx.today - dt.timedelta(days=1), dt.time(ih, im))
        out.append(ComplaintPlan(received, incident, ctx.area(spec["area"]), spec["channel"],
                         spec["category"], "minor", spec["content"], "",
                         table_no=spec["table"],
                         guest_name=spec["guest"], guest_contact=spec["contact"],
                         response_s=spec["response_s"], stop=spec["stop"]))
    return out


def _response_seconds(ctx: GuestContext, rng: random.Random, late: bool) -> int:
    """Mostly a minute to a minute short of the limit (1–4 minutes with the usual 5), now
    and then close to it; late ones 1–10 minutes over."""
    limit = ctx.limit * 60
    if late:
        return rng.randint(limit + 60, limit + 600)
    quick = max(1, limit - 60)
    return (rng.randint(min(45, quick), quick) if rng.random() < 0.93
            else rng.randint(quick, limit))


# ---------------------------------------------------------------- storing


def store_complaints(s, ctx: GuestContext, plans: list[ComplaintPlan], rng: random.Random) -> int:
    """The complaint rows by bulk insert (a linked rectification is made first, to carry its
    id) and the audit entries of every step; the number of complaints."""
    first = (s.scalar(select(func.max(Complaint.id))) or 0) + 1
    rows, trail = [], []
    for n, plan in enumerate(plans):
        row = _row(ctx, plan)
        row["id"] = first + n
        steps = _life(s, ctx, plan, row, rng)
        row["version"] = sum(1 for step in steps if step[3] == "complaint")  # 1 + changes
        rows.append(row)
        trail += steps
    # Core insert: the ORM's bulk insert would reset the version column to 1.
    s.execute(insert(Complaint.__table__), rows)
    _append_audit(s, trail)
    return len(rows)


def _row(ctx: GuestContext, p: ComplaintPlan) -> dict:
    if p.channel == "in_person":
        responder = ctx.duty_leader(p.area, p.received_at)
    else:  # calls and reviews: the manager by day, the floor assistant in the evening
        responder = ctx.people[txt.MANAGER if p.received_at.hour < 16 else txt.EVENING_DESK]
    return {"received_at": p.received_at, "received_by": ctx.login[responder],
            "channel": p.channel, "guest_name": p.guest_name, "guest_contact": p.guest_contact,
            "area_id": p.area.id if p.area else None, "table_no": p.table_no,
            "content": p.content, "category": p.category, "dimension": dimension_of(p.category),
            "severity": p.severity, "first_response_at": None, "response_s": None, "responder": "",
            "responder_id": responder, "department_id": None, "responsible_id": None,
            "handed_over_at": None, "resolution": "", "resolved_at": None, "resolve_s": None,
            "feedback": "", "satisfaction": None, "compensation": "",
            "compensation_amount": None, "status": "received", "rectification_id": None}


def _life(s, ctx: GuestContext, p: ComplaintPlan, row: dict, rng: random.Random) -> list[tuple]:
    """Walk the complaint through its states, filling ``row``; the audit steps."""
    cid, who = row["id"], row["received_by"]
    steps = [(p.received_at, who, "receive", "complaint", cid,
              {"at": p.received_at.isoformat(), "channel": p.channel, "category": p.category,
               "severity": p.severity, "area": row["area_id"], "content": p.content})]

    def step(at: dt.datetime, actor: str, action: str, after: str, **detail) -> None:
        steps.append((at, actor, action, "complaint", cid,
                      {"before": row["status"], "after": after, **detail}))
        row["status"] = after

    answered = p.received_at + dt.timedelta(seconds=p.response_s)
    row.update(first_response_at=answered, responder=who,
               response_s=response_seconds(p.received_at, answered))
    step(answered, who, "respond", "responded", note="", seconds=p.response_s)
    if p.stop == "responded":
        return steps
    at = answered
    if p.handover and p.area is not None:
        at = answered + some_minutes(rng, 2, 8)
        person = (ctx.team_lead(p.area.team_id, ctx.slots(p.incident)) if p.stop == "handed_over"
                  else ctx.responsible(p.area, p.incident))
        row.update(department_id=p.area.department_id, responsible_id=person, handed_over_at=at)
        step(at, who, "hand_over", "handed_over",
             department=ctx.departments.get(p.area.department_id, ""),
             responsible=ctx.names.get(person), previous=[None, None], note="")
    if p.stop == "handed_over":
        return steps
    if p.link is not None:  # opened right after the hand-over
        at += some_minutes(rng, 1, 4)
        steps += _open_rectification(s, ctx, p, row, at, rng)
    by = ctx.login.get(row["responsible_id"] or row["responder_id"], who)
    on_the_spot = p.channel == "in_person"
    resolved = at + (some_minutes(rng, 6, 35) if on_the_spot else some_minutes(rng, 40, 300))
    compensation, amount = "", None
    if rng.random() < txt.COMPENSATION_ODDS.get(p.category, 0.15):
        compensation, amounts = rng.choice(txt.COMPENSATIONS[p.category in txt.FOOD_CATEGORIES])
        amount = rng.choice(amounts) if amounts else None
    row.update(resolution=p.resolution, resolved_at=resolved, compensation=compensation,
               compensation_amount=amount, resolve_s=resolve_seconds(p.received_at, resolved))
    step(resolved, by, "resolve", "resolved", resolution=p.resolution,
         compensation=compensation, amount=amount)
    late = p.response_s > ctx.limit * 60
    odds = txt.SATISFACTION_LATE if late else txt.SATISFACTION
    if on_the_spot:  # told face to face: only a call can go unanswered
        odds = {k: v for k, v in odds.items() if k != "none"}
    score = choose(rng, odds)
    satisfaction = None if score == "none" else int(score)
    feedback = rng.choice(txt.FEEDBACK[satisfaction])
    row.update(feedback=feedback, satisfaction=satisfaction)
    step(resolved + (some_minutes(rng, 3, 20) if on_the_spot else some_minutes(rng, 30, 240)), by,
         "close", "closed", feedback=feedback, satisfaction=satisfaction)
    return steps


def _open_rectification(s, ctx: GuestContext, p: ComplaintPlan, row: dict, at: dt.datetime,
                        rng: random.Random) -> list[tuple]:
    """What ComplaintService.open_rectification does (an ad-hoc finding owned by the person
    responsible, its rectification through escalation.open_for_finding), then the fix moved
    on as far as the demo story takes it, with the events the service would record."""
    spec = txt.LINKED_RECTIFICATIONS[p.link]
    # The manager reviews complaints for defects (餐饮部经理: 服务质量质检), opens the
    # rectification and verifies it.
    person, found_by = row["responsible_id"], ctx.login[ctx.people[txt.MANAGER]]
    finding = Finding(area_id=p.area.id, description=f"顾客投诉：{p.content}",
                      category=p.category, severity=p.severity, responsible_id=person,
                      leader_id=leader_of(s, person) if person else None, unrostered=False,
                      found_at=at, found_by=found_by, status="open")
    s.add(finding)
    s.flush()
    rect = open_for_finding(s, finding, at, found_by)
    row["rectification_id"] = rect.id
    steps = [(at, found_by, "create", "finding", finding.id,
              {"complaint": row["id"], "severity": finding.severity,
               "description": finding.description, "responsible": person}),
             (at, found_by, "open_rectification", "complaint", row["id"],
              {"rectification": rect.id, "finding": finding.id, "assignee": rect.assignee_id})]
    who, moment = ctx.login.get(rect.assignee_id, found_by), at
    for action, before, after, hours in spec["progress"]:
        moment = moment + dt.timedelta(hours=hours) + some_minutes(rng, 0, 40)
        detail = {"efficacy": "effective"} if action == "verify" else {}
        add_event(s, rect, moment, found_by if action == "verify" else who, action, before,
                  after, **detail)
        rect.status = after
        if action == "submit":
            rect.root_cause, rect.corrective_action, rect.preventive_action = spec["fix"]
        if action == "verify":
            rect.verified_by, rect.verified_at, rect.efficacy = found_by, moment, "effective"
            rect.closed_at = moment
            finding.status = "closed"
    s.flush()
    return steps


def _append_audit(s, trail: list[tuple]) -> None:
    """The steps' audit rows in time order, chained in memory and bulk inserted: appending
    them one by one (audit.append reads the chain head each time) would take a good part of
    a second. The hashing is audit's own, so `floorqc check` verifies them like any row."""
    prev = s.scalar(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)) or audit.GENESIS
    rows = []
    for at, actor, action, entity, entity_id, detail in sorted(
            trail, key=lambda t: (t[0], t[3], t[4])):
        text = audit._encode(detail)
        digest = audit._digest(prev, at, actor, action, entity, str(entity_id), text)
        rows.append({"at": at, "actor": actor, "action": action, "entity": entity,
                     "entity_id": str(entity_id), "detail": text, "prev_hash": prev,
                     "hash": digest})
        prev = digest
    if rows:
        s.execute(insert(AuditLog), rows)
