"""The demo venue's rectifications: one per demo finding, by bulk insert, with a realistic
spread — most past ones verified (some only partly effective), some rejected and resubmitted,
a few cancelled, recent ones open, in progress, waiting for verification or overdue and
escalated by the ordinary sweep."""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import insert, select, update

from app.db.engine import Database
from app.db.models import Employee, ShiftType
from app.db.models_patrol import ChecklistItem, Finding, InspectionResult
from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.rectification import ROOT_CAUSES, Deadlines, due_at
from app.services import audit
from app.services.base import Actor
from app.services.escalation import deadlines, shift_end, sweep
from app.services.settings import read_setting

_ACTIONS = ("已当场整改并复查", "更换损坏物品，已报备", "对责任人进行现场培训", "重新清洁并消毒",
            "调整摆台标准并复核", "补充备品，建立每日检查")
_PREVENT = ("纳入班前会提醒", "增加组长巡查频次", "更新岗位检查表", "")
_REJECT = ("照片看不出整改效果，请补拍", "只处理了表面，根因未解决", "整改不彻底，请重新处理")
_CANCEL = ("重复登记，已合并到另一条", "设施已列入改造计划，不再单独整改")


def build_demo_rectifications(db: Database, actor: Actor, today: dt.date, seed: int) -> int:
    """Rectifications for every finding that has none; the number created."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 0))
    with db.write() as s:
        rows = s.execute(
            select(Finding.id, Finding.area_id, Finding.description, Finding.severity,
                   Finding.responsible_id, Finding.leader_id, Finding.found_at, Finding.found_by,
                   ChecklistItem.text)
            .outerjoin(InspectionResult, InspectionResult.id == Finding.result_id)
            .outerjoin(ChecklistItem, ChecklistItem.id == InspectionResult.item_id)
            .where(Finding.id.not_in(select(Rectification.finding_id)))
            .order_by(Finding.found_at, Finding.id)).all()
        if not rows:
            return 0
        rules: Deadlines = deadlines(s)
        window = dt.timedelta(days=read_setting(s, "rect.recurrence_days"))
        shifts = list(s.scalars(select(ShiftType).where(ShiftType.active.is_(True))))
        first = (s.scalar(select(Rectification.id).order_by(Rectification.id.desc()).limit(1))
                 or 0) + 1
        codes = dict(s.execute(select(Employee.id, Employee.code)).all())
        last_seen: dict[tuple, tuple[int, dt.datetime]] = {}
        heads, events, closed, cancelled = [], [], [], []
        for n, (fid, area, desc, severity, resp, lead, found_at, found_by, text) in enumerate(rows):
            rid = first + n
            key = (area, text) if text is not None else (area, None, desc)
            prev = last_seen.get(key)
            recurrence = prev[0] if prev and found_at - prev[1] <= window else None
            last_seen[key] = (rid, found_at)
            assignee = resp or lead
            due = due_at(severity, found_at, shift_end(shifts, found_at), rules)
            head = {"id": rid, "finding_id": fid, "assignee_id": assignee,
                    "accountable_id": assignee, "escalation_level": 0, "due_at": due,
                    "status": "open", "root_cause": "", "corrective_action": "",
                    "preventive_action": "", "verified_by": None, "verified_at": None,
                    "efficacy": None, "recurrence_of_id": recurrence, "created_at": found_at,
                    "closed_at": None, "version": 1}
            trail = [("create", "", "open", found_at, found_by, "")]
            age = now - found_at
            roll = rng.random()
            fix_at = found_at + (due - found_at) * rng.uniform(0.3, 0.9)
            if age > dt.timedelta(days=2) and roll < 0.03:
                state = "cancelled"
            elif age > dt.timedelta(days=2) and roll < 0.97 or age > dt.timedelta(days=1) and roll < 0.6:
                state = "verified"
            else:
                state = rng.choice(["open", "in_progress", "in_progress", "submitted"])
            who = codes.get(assignee, "system")
            if state == "cancelled":
                trail.append(("cancel", "open", "cancelled", fix_at, codes.get(lead, found_by),
                              rng.choice(_CANCEL)))
                head.update(status="cancelled", closed_at=fix_at)
                cancelled.append(fid)
            if state in ("in_progress", "submitted", "verified"):
                trail.append(("start", "open", "in_progress", found_at + (fix_at - found_at) / 3,
                              who, ""))
            if state in ("submitted", "verified"):
                head.update(root_cause=rng.choice(list(ROOT_CAUSES)),
                            corrective_action=rng.choice(_ACTIONS),
                            preventive_action=rng.choice(_PREVENT))
                trail.append(("submit", "in_progress", "submitted", fix_at, who, ""))
                if state == "verified" and rng.random() < 0.08:  # rejected, then resubmitted
                    again = fix_at + dt.timedelta(minutes=rng.randint(10, 90))
                    trail += [("reject", "submitted", "in_progress", again, found_by,
                               rng.choice(_REJECT)),
                              ("submit", "in_progress", "submitted",
                               again + dt.timedelta(minutes=rng.randint(10, 60)), who, "")]
            if state == "verified":
                at = trail[-1][3] + dt.timedelta(minutes=rng.randint(5, 120))
                efficacy = "partly" if rng.random() < 0.1 else "effective"
                trail.append(("verify", "submitted", "verified", at, found_by, ""))
                head.update(status="verified", verified_by=found_by, verified_at=at,
                            efficacy=efficacy, closed_at=at)
                closed.append(fid)
            elif state != "cancelled":
                head["status"] = trail[-1][2]
            head["version"] = len(trail)
            heads.append(head)
            events += [{"rectification_id": rid, "at": at, "actor": by, "action": action,
                        "from_status": before, "to_status": after, "reason": reason,
                        "detail": json.dumps({"efficacy": head["efficacy"]}
                                             if action == "verify" else {})}
                       for action, before, after, at, by, reason in trail]
        s.execute(insert(Rectification), heads)
        s.execute(insert(RectificationEvent), events)
        table = Finding.__table__
        if closed:
            s.execute(update(table).where(table.c.id.in_(closed)).values(status="closed"))
        if cancelled:
            s.execute(update(table).where(table.c.id.in_(cancelled)).values(status="cancelled"))
        audit.append(s, now, actor.username, "create", "demo_rectifications", "",
                     {"rectifications": len(heads), "events": len(events)})
        sweep(s, now)
    return len(heads)
