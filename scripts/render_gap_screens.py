"""Render the survey and gap screens to PNGs in Chinese: a venue built through the services
over the last four weeks — about 200 guest SERVQUAL forms (guests expect a lot and perceive
responsiveness and empathy worst), 5 manager forms, three promises with measured outcomes,
complaints answered mostly within the limit and a few patrol rounds — then the gap charts
(with the records behind one bar listed), a paper form half typed in, and the promise
register.

    QT_QPA_PLATFORM=offscreen python scripts/render_gap_screens.py [OUT_DIR]
                                                       (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from screens_common import application, out_dir_arg, snap, temp_database, ui_context

from app.domain.permissions import Role
from app.domain.servqual import DIMENSIONS, ITEM_DIMENSION
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services
from app.services.complaints import ComplaintService
from app.services.guest_dto import ComplaintDraft, PromiseDraft, SurveyForm
from app.services.patrols import PatrolService
from app.ui.analytics.period import LAST_4_WEEKS, period_range

SEED = 20261124
GUEST_FORMS = 200
# Guests' mean expectation and perception per dimension (DESIGN.md §4: E high, P lowest for
# responsiveness and empathy); managers think guests expect less of exactly those two.
GUEST_E = {"tangibles": 5.9, "reliability": 6.5, "responsiveness": 6.3, "assurance": 6.2,
           "empathy": 5.8}
GUEST_P = {"tangibles": 5.8, "reliability": 5.7, "responsiveness": 4.9, "assurance": 5.9,
           "empathy": 5.0}
MANAGER_E = {"tangibles": 6.4, "reliability": 6.3, "responsiveness": 5.4, "assurance": 6.1,
             "empathy": 5.0}
AREAS = (("一楼大厅", "hall", "1"), ("牡丹厅", "private_room", "2"), ("芙蓉厅", "private_room", "2"),
         ("吧台", "bar", "1"))
# name, dimension, target minutes, typical measured minutes, spread
PROMISES = (("首道菜15分钟内上桌", "reliability", 15.0, 12.0, 4.0),
            ("结账3分钟内完成", "responsiveness", 3.0, 2.6, 1.2),
            ("包房开席前30分钟摆台完毕", "tangibles", 30.0, 22.0, 6.0))
COMPLAINTS = (("slow_service", "上菜太慢，等了四十分钟"), ("food_quality", "鱼不新鲜"),
              ("billing", "账单多收了一道菜"), ("attitude", "服务员态度冷淡"),
              ("hygiene", "餐具有污渍"), ("no_response", "按了呼叫铃没人来"))


def answer(rng: random.Random, mean: float) -> int | None:
    if rng.random() < 0.04:  # a skipped item on the paper form
        return None
    return max(1, min(7, round(rng.gauss(mean, 0.9))))


def survey_forms(rng: random.Random, start: dt.date, days: int,
                 area_ids: list[int]) -> list[SurveyForm]:
    """More forms lately (the survey cards were introduced four weeks ago), numbered per day
    the way the entry screen numbers them."""
    forms = []
    per_day: dict[dt.date, int] = {}
    for _ in range(GUEST_FORMS):
        day = start + dt.timedelta(days=round(rng.triangular(0, days - 1, days - 1)))
        per_day[day] = per_day.get(day, 0) + 1
        lean = rng.gauss(0, 0.35)  # some guests are harder to please than others
        e, p = {}, {}
        for item, dimension in ITEM_DIMENSION.items():
            if (x := answer(rng, GUEST_E[dimension] + lean / 2)) is not None:
                e[item] = x
            if (x := answer(rng, GUEST_P[dimension] - lean)) is not None:
                p[item] = x
        weights = None
        if rng.random() < 0.3:
            raw = [rng.uniform(0.5, 2.0) * (1.6 if d in ("reliability", "responsiveness")
                                            else 1.0) for d in DIMENSIONS]
            points = [round(100 * w / sum(raw)) for w in raw]
            points[1] += 100 - sum(points)
            weights = dict(zip(DIMENSIONS, map(float, points), strict=True))
        area = rng.choice(area_ids + [None])
        forms.append(SurveyForm(f"G-{day:%Y%m%d}-{per_day[day]:03d}", "guest", day, e, p,
                                weights, area))
    for n in range(5):
        day = start + dt.timedelta(days=n * (days - 1) // 4)
        e = {i: x for i, d in ITEM_DIMENSION.items()
             if (x := answer(rng, MANAGER_E[d])) is not None}
        forms.append(SurveyForm(f"M-{day:%Y%m%d}-001", "manager", day, e))
    return forms


def add_promises(services: Services, rng: random.Random, start: dt.date, days: int,
                 area_ids: list[int]) -> None:
    for name, dimension, target, typical, spread in PROMISES:
        promise = services.promises.save(PromiseDraft(name, dimension, target, "门店服务承诺"))
        for _ in range(24):
            day = start + dt.timedelta(days=rng.randrange(days))
            at = dt.datetime.combine(day, dt.time(rng.choice((12, 13, 18, 19)),
                                                  rng.randrange(60)))
            minutes = round(max(0.5, rng.gauss(typical, spread)), 1)
            services.promises.record_outcome(promise.id, at, minutes, rng.choice(area_ids),
                                             "高峰" if at.hour in (12, 19) else "")


def add_complaints(database, rng: random.Random, start: dt.date, days: int,
                   area_ids: list[int]) -> None:
    for n in range(18):
        day = start + dt.timedelta(days=rng.randrange(days - 1))
        received = dt.datetime.combine(day, dt.time(rng.choice((12, 18, 19)),
                                                    rng.randrange(60)))
        category, content = COMPLAINTS[n % len(COMPLAINTS)]
        late = rng.random() < 0.2
        answered = received + dt.timedelta(minutes=rng.uniform(6, 12) if late
                                           else rng.uniform(1, 4.5))
        desk = ComplaintService(database, SYSTEM, clock=lambda t=answered: t)
        complaint = desk.receive(ComplaintDraft(rng.choice(("phone", "in_person", "online")),
                                                content, category, area_id=rng.choice(area_ids),
                                                received_at=received))
        desk.respond(complaint.id, complaint.version, "已致歉并跟进")


def add_patrols(database, services: Services, rng: random.Random, start: dt.date, days: int,
                area_ids: list[int]) -> None:
    """Supervisor rounds with the seeded checklists, a few items failed (with a note)."""
    inspector = Actor("supervisor", Role.SUPERVISOR)
    versions = [t.published_version_id for t in services.checklists.templates()
                if t.published_version_id is not None][:3]
    for n in range(days // 3):
        at = dt.datetime.combine(start + dt.timedelta(days=1 + n * 3), dt.time(17, 20))
        patrols = PatrolService(database, inspector, clock=lambda t=at: t)
        version = services.checklists.version(versions[n % len(versions)])
        round_ = patrols.start(area_ids[n % len(area_ids)], version.id, "supervisor", at=at)
        for item in version.items:
            fail = (item.response_type == "pass_fail" and not item.photo_on_fail
                    and not item.critical and rng.random() < 0.12)
            if item.response_type == "pass_fail":
                patrols.answer(round_.id, item.id, "fail" if fail else "pass")
            elif item.response_type == "score":
                patrols.answer(round_.id, item.id, None, float(item.max_score or 0))
            elif item.response_type == "number":
                low, high = item.min_value or 0.0, item.max_value or 1.0
                patrols.answer(round_.id, item.id, None, (low + high) / 2)
            else:
                patrols.answer(round_.id, item.id, None, text="正常")
            if fail:
                patrols.set_note(round_.id, item.id, "未达标准，已当场提醒")
        patrols.submit(round_.id)


def build(database, today: dt.date) -> Services:
    rng = random.Random(SEED)
    services = Services.bind(database, SYSTEM)
    start, _ = period_range(LAST_4_WEEKS, today)  # what the analytics page opens on
    days = (today - start).days + 1
    for name, kind, floor in AREAS:
        services.teams.save_area(name, kind, floor, None, None)
    area_ids = [a.id for a in services.teams.areas()]
    for form in survey_forms(rng, start, days, area_ids):
        services.surveys.add(form)
    add_promises(services, rng, start, days, area_ids)
    add_complaints(database, rng, start, days, area_ids)
    add_patrols(database, services, rng, start, days, area_ids)
    return services


def render(out_dir: Path) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.analytics.analytics_page import AnalyticsPage
    from app.ui.surveys.survey_entry import SurveyEntryDialog
    from app.ui.surveys.surveys_page import SurveysPage

    _app, translate = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    shots = [out_dir / n for n in ("gap_charts.png", "survey_entry.png", "promise_register.png")]
    with temp_database(demo=False) as database:
        services = build(database, today)
        ctx = ui_context(services, translate)

        def gaps(page: AnalyticsPage) -> None:
            page.gaps.evp.click("responsiveness")

        def half_typed(dialog: SurveyEntryDialog) -> None:
            entry = dialog.entry
            entry.grid.setFocus()
            QTest.keyClicks(entry.grid, "76657566" "7565" "6456" "7645")
            QTest.keyClick(entry.grid, Qt.Key.Key_Space)
            QTest.keyClicks(entry.grid, "5")

        def promises(page: SurveysPage) -> None:
            page.show_tab(page.promises)
            tab = page.promises
            tab.view.selectRow(next(r for r, p in enumerate(tab.model.rows)
                                    if p.name == PROMISES[0][0]))

        snap(AnalyticsPage(ctx), shots[0], (1280, 1240), gaps)
        area = services.teams.areas()[1].id
        snap(SurveyEntryDialog(ctx, "guest", today, area), shots[1], (900, 820), half_typed)
        snap(SurveysPage(ctx), shots[2], (1280, 800), promises)
    return shots


if __name__ == "__main__":
    for shot in render(out_dir_arg()):
        print(shot)
