"""The rectification workflow as a hypothesis state machine: random actors (the assignee,
their leader, the leader's leader, the inspector, an unrelated employee, a staff-role user
standing above the assignee) try every action, and the clock runs on to escalate.

Invariants: the database equals the model; replaying rectification_event from 'open' through
next_state gives the stored status; a transition without the right relation or role never
succeeds (it raises and writes no event)."""

from __future__ import annotations

import atexit
import datetime as dt
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.hierarchy import leader_chain
from app.domain.permissions import Role, allows
from app.domain.rectification import ACTIONS, CLOSED, escalation_steps, next_state
from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from app.services.rectifications import _ROLE_FOR
from tests.rect_builders import DINNER, INSPECTOR, RANKS, Clock, add_finding, build_chain, rects

ACTORS = st.sampled_from(["assignee", "leader", "leaders_leader", "inspector", "outsider",
                         "staff_role"])
DUE = {"critical": dt.timedelta(minutes=15), "minor": dt.timedelta(hours=24)}


@cache
def _template() -> tuple[Path, dict[str, int], int, int]:
    """One migrated database with the chain, copied for every example."""
    folder = Path(tempfile.mkdtemp(prefix="rect-machine-"))
    atexit.register(shutil.rmtree, folder, True)
    db = open_database(folder / "template.db", backup=False)
    chain = build_chain(Services.bind(db, SYSTEM))
    db.dispose()
    return folder / "template.db", chain.ids, chain.outsider, chain.area_id


class Workflow(RuleBasedStateMachine):
    rect_ids = Bundle("rect_ids")

    def __init__(self) -> None:
        super().__init__()
        template, self.ids, outsider, self.area_id = _template()
        self.folder = Path(tempfile.mkdtemp(prefix="rect-example-"))
        shutil.copy(template, self.folder / "f.db")
        self.db = open_database(self.folder / "f.db", backup=False)
        self.services = Services.bind(self.db, SYSTEM)
        self.leaders = {self.ids[RANKS[n + 1]]: self.ids[RANKS[n]] for n in range(len(RANKS) - 1)}
        self.clock = Clock(DINNER)
        ids = self.ids
        self.actors = {
            "assignee": ("worker", Role.STAFF, ids["staff"]),
            "leader": ("leader", Role.LEADER, ids["team_leader"]),
            "leaders_leader": ("head", Role.SUPERVISOR, ids["section_head"]),
            "inspector": (INSPECTOR, Role.SUPERVISOR, None),
            "outsider": ("outsider", Role.LEADER, outsider),
            "staff_role": ("staffer", Role.STAFF, ids["team_leader"]),  # above, but staff role
        }
        self.model: dict[int, dict] = {}

    def teardown(self) -> None:
        self.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ---- helpers ------------------------------------------------------------------------
    def _chain(self, emp: int) -> list[int]:
        return leader_chain(emp, self.leaders)

    def _relations(self, actor: str, item: dict) -> set[str]:
        name, _role, emp = self.actors[actor]
        rel = set()
        if emp is not None and emp == item["assignee"]:
            rel.add("assignee")
        if emp is not None and emp in self._chain(item["assignee"]):
            rel.add("above")
        if name == INSPECTOR:
            rel.add("inspector")
        return rel

    def _service(self, actor: str):
        name, role, emp = self.actors[actor]
        return rects(self.db, name, role, emp, self.clock)

    def _events(self) -> int:
        with self.db.read() as s:
            return s.scalar(select(func.count()).select_from(RectificationEvent))

    def _version(self, rect_id: int) -> int:
        with self.db.read() as s:
            return s.get_one(Rectification, rect_id).version

    # ---- rules --------------------------------------------------------------------------
    @initialize(target=rect_ids, severity=st.sampled_from(["critical", "minor"]))
    def first_finding(self, severity):
        return self.new_finding(severity)

    @rule(target=rect_ids, severity=st.sampled_from(["critical", "minor"]))
    def new_finding(self, severity):
        if len(self.model) >= 3:
            return next(iter(self.model))
        rect_id = add_finding(_Chain(self), severity, self.clock.now,
                              description=f"问题 {len(self.model)}")
        self.model[rect_id] = {"status": "open", "assignee": self.ids["staff"], "level": 0,
                               "found": self.clock.now, "due": self.clock.now + DUE[severity]}
        return rect_id

    def _act(self, rect_id, action, actor, efficacy="effective", new_owner="staff"):
        item = self.model[rect_id]
        _name, role, _emp = self.actors[actor]
        allowed = (item["status"] in ACTIONS[action][0]
                   and bool(ACTIONS[action][1] & self._relations(actor, item))
                   and allows(role, _ROLE_FOR[action]))
        svc, version = self._service(actor), self._version(rect_id)
        calls = {
            "start": lambda: svc.start(rect_id, version),
            "submit": lambda: svc.submit(rect_id, version, "已整改", "method"),
            "verify": lambda: svc.verify(rect_id, version, efficacy),
            "reject": lambda: svc.reject(rect_id, version, "整改不彻底"),
            "reassign": lambda: svc.reassign(rect_id, version, self.ids[new_owner], "换人负责"),
            "cancel": lambda: svc.cancel(rect_id, version, "重复登记"),
        }
        before = self._events()
        if not allowed:
            try:
                calls[action]()
            except (PermissionDenied, ValidationError):
                pass
            else:
                raise AssertionError(f"{actor} could {action} a {item['status']} item")
            assert self._events() == before
            return
        calls[action]()
        assert self._events() == before + 1
        item["status"] = next_state(action, item["status"], efficacy)
        if action == "reassign":
            item["assignee"], item["level"] = self.ids[new_owner], 0
        if action == "verify" and efficacy == "not_effective":
            window = item["due"] - item["found"]
            item["due"], item["level"] = self.clock.now + window, 0

    @rule(rect_id=rect_ids, actor=ACTORS)
    def start(self, rect_id, actor):
        self._act(rect_id, "start", actor)

    @rule(rect_id=rect_ids, actor=ACTORS)
    def submit(self, rect_id, actor):
        self._act(rect_id, "submit", actor)

    @rule(rect_id=rect_ids, actor=ACTORS,
          efficacy=st.sampled_from(["effective", "partly", "not_effective"]))
    def verify(self, rect_id, actor, efficacy):
        self._act(rect_id, "verify", actor, efficacy=efficacy)

    @rule(rect_id=rect_ids, actor=ACTORS)
    def reject(self, rect_id, actor):
        self._act(rect_id, "reject", actor)

    @rule(rect_id=rect_ids, actor=ACTORS, new_owner=st.sampled_from(["staff", "team_leader"]))
    def reassign(self, rect_id, actor, new_owner):
        self._act(rect_id, "reassign", actor, new_owner=new_owner)

    @rule(rect_id=rect_ids, actor=ACTORS)
    def cancel(self, rect_id, actor):
        self._act(rect_id, "cancel", actor)

    @rule(rect_id=rect_ids, reviewer=st.sampled_from(["leader", "leaders_leader", "inspector"]),
          efficacy=st.sampled_from(["effective", "partly", "not_effective", "reject"]))
    def next_step(self, rect_id, reviewer, efficacy):
        """The ordinary next step by someone entitled to it, so every state is reached."""
        item = self.model[rect_id]
        doer = next(a for a in ("assignee", "leader") if self.actors[a][2] == item["assignee"])
        if item["status"] in ("open", "rejected"):
            self._act(rect_id, "start", doer)
        elif item["status"] == "in_progress":
            self._act(rect_id, "submit", doer)
        elif item["status"] == "submitted" and efficacy == "reject":
            self._act(rect_id, "reject", reviewer)
        elif item["status"] == "submitted":
            self._act(rect_id, "verify", reviewer, efficacy=efficacy)

    @rule(minutes=st.integers(min_value=5, max_value=180))
    def escalate(self, minutes):
        self.clock.advance(minutes=minutes)
        steps = self._service("inspector").escalate()
        expected = 0
        for item in self.model.values():
            if item["status"] in CLOSED or item["status"] == "submitted":
                continue
            target = min(escalation_steps(item["due"], self.clock.now,
                                          dt.timedelta(minutes=30)),
                         len(self._chain(item["assignee"])))
            if item["level"] < target:
                expected += target - item["level"]
                item["level"] = target
        assert steps == expected

    # ---- invariants ---------------------------------------------------------------------
    @invariant()
    def database_matches_the_model(self):
        with self.db.read() as s:
            for rect_id, item in self.model.items():
                row = s.get_one(Rectification, rect_id)
                level = item["level"]
                accountable = (item["assignee"] if level == 0
                               else self._chain(item["assignee"])[level - 1])
                assert (row.status, row.assignee_id, row.escalation_level,
                        row.accountable_id) == (item["status"], item["assignee"], level,
                                                accountable)

    @invariant()
    def replaying_the_events_gives_the_status(self):
        with self.db.read() as s:
            for rect_id in self.model:
                state = None
                for e in s.scalars(select(RectificationEvent).where(
                        RectificationEvent.rectification_id == rect_id)
                        .order_by(RectificationEvent.id)):
                    if e.action == "create":
                        state = "open"
                    elif e.action in ACTIONS:
                        assert e.from_status == state
                        state = next_state(e.action, state, json.loads(e.detail).get("efficacy"))
                        assert e.to_status == state
                assert state == s.get_one(Rectification, rect_id).status


class _Chain:
    """What add_finding needs of a Chain, from the machine."""

    def __init__(self, m: Workflow) -> None:
        self.services, self.area_id = m.services, m.area_id
        self.assignee, self.ids = m.ids["staff"], m.ids


Workflow.TestCase.settings = settings(max_examples=50, stateful_step_count=30, deadline=None,
                                      suppress_health_check=[HealthCheck.too_slow])
TestWorkflow = Workflow.TestCase


def test_the_states_awaiting_the_assignee_are_exactly_those_not_closed_nor_submitted():
    """Queries filter on the spelled-out list (so the status index is used); it must stay the
    complement of the closed states and "submitted" as states are added."""
    from app.domain.rectification import AWAITING_ASSIGNEE, CLOSED, STATES

    assert set(AWAITING_ASSIGNEE) == set(STATES) - CLOSED - {"submitted"}
