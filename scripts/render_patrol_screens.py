"""Render the Patrols page to PNGs in Chinese: the demo venue with the default checklist
library, a morning staged through the services as the demo supervisor (rounds done on part
of the second floor, a team leader's all-pass round that the supervisor then finds fault
with), then the Due list at 10:15, a round in progress with a failed item, its note and a
photo, and the summary of a round with findings and disagreements.

    QT_QPA_PLATFORM=offscreen python scripts/render_patrol_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screens_common import (
    SIZE,
    application,
    close,
    grab,
    out_dir_arg,
    photo_png,
    temp_database,
    ui_context,
)

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.bootstrap import Services
from app.services.checklists import ensure_default_library
from app.services.patrols import PatrolService

FLOOR = "2F"
DONE_AREAS = ("二楼传菜通道", "海棠厅 203", "兰亭厅 205", "二楼吧台", "出菜口")  # 早班 round done
ROUND_AREA, SUMMARY_AREA, DRAFT_AREA = "牡丹厅 201", "二楼大厅", "芙蓉厅 202"
SUMMARY_FAILS = {"地面无杂物、无油渍水渍": "3号台旁地面有水渍，未放警示牌",
                 "客人举手/呼叫一分钟内回应": "8号台客人举手约三分钟无人回应"}


def at(today: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(today, dt.time(hour, minute))


def bind(database, actor: Actor, now: dt.datetime) -> Services:
    return Services.bind(database, actor, lambda: now)


def run_round(patrols: PatrolService, area_id: int, version_id: int, level: str,
              when: dt.datetime, fails: dict[str, str] | None = None, submit: bool = True):
    """A round answered through the service; ``fails`` maps item texts to notes."""
    fails = fails or {}
    round_ = patrols.start(area_id, version_id, level, at=when)
    for item in sorted(round_.version.items, key=lambda i: i.position):
        if item.text in fails:
            patrols.answer(round_.id, item.id, "fail", 0.0 if item.response_type == "score"
                           else None)
            patrols.set_note(round_.id, item.id, fails[item.text])
            patrols.add_photo(round_.id, item.id, photo_png("#7fa7c9", fails[item.text][:4]))
        elif item.response_type == "number":
            low, high = item.min_value, item.max_value
            value = (low + high) / 2 if low is not None and high is not None else low or high or 0
            patrols.answer(round_.id, item.id, None, value)
        elif item.response_type == "score":
            patrols.answer(round_.id, item.id, "pass", float(item.max_score or 0))
        elif item.response_type == "text":
            patrols.answer(round_.id, item.id, None, text="正常")
        else:
            patrols.answer(round_.id, item.id, "pass")
    return patrols.submit(round_.id) if submit else round_


def stage(database, today: dt.date):
    """The morning: supervisor rounds in the 早班 window on five 2F areas; a team leader's
    all-pass round in 二楼大厅 at 10:02, then the supervisor's round there at 10:05 failing
    two items the leader passed. Returns (supervisor services, summary)."""
    with database.write() as s:
        ensure_default_library(s, at(today, 6))
    now = at(today, 10, 15)
    supervisor = bind(database, Actor("supervisor", Role.SUPERVISOR), now)
    leader = bind(database, Actor("leader", Role.LEADER), now)
    areas = {a.name: a for a in supervisor.teams.areas()}

    def version(area: str, level: str) -> int:
        return supervisor.checklists.suggest(areas[area].kind, level).id

    for n, name in enumerate(DONE_AREAS):
        run_round(supervisor.patrols, areas[name].id, version(name, "supervisor"),
                  "supervisor", at(today, 8, 10 + 9 * n))
    # The summary's area: 二楼大厅, where the lunch roster names who answers for it (责任到人).
    lunch = at(today, 10, 5)
    hall = areas[SUMMARY_AREA]
    checklist = version(SUMMARY_AREA, "supervisor")
    run_round(leader.patrols, hall.id, checklist, "leader", lunch - dt.timedelta(minutes=3))
    summary = run_round(supervisor.patrols, hall.id, checklist, "supervisor", lunch,
                        fails=SUMMARY_FAILS)
    # A round in progress, left at its seventh item: listed to resume.
    draft = areas[DRAFT_AREA]
    started = supervisor.patrols.start(draft.id, version(DRAFT_AREA, "supervisor"), "supervisor",
                                       at=at(today, 10, 9))
    for item in sorted(started.version.items, key=lambda i: i.position)[:6]:
        if item.response_type == "pass_fail":
            supervisor.patrols.answer(started.id, item.id, "pass")
    return supervisor, summary


def render(out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QMimeData, Qt

    from app.ui.form_dialog import select_data
    from app.ui.patrols.patrols_page import PatrolsPage

    _app, translate = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    shots = [out_dir / n for n in ("patrol_due.png", "patrol_round.png", "patrol_summary.png")]
    with temp_database(today=today) as database:
        services, summary = stage(database, today)
        page = PatrolsPage(ui_context(services, translate))
        page.resize(*SIZE)
        page.show()
        select_data(page.due.floor, FLOOR)
        grab(page, shots[0])

        # A round in progress: seven items passed, the eighth failed with a note and a photo.
        areas = {a.name: a for a in services.teams.areas()}
        room = areas[ROUND_AREA]
        page.start_round(room.id, services.checklists.suggest(room.kind, "supervisor").id,
                         "supervisor")
        view = page.round
        view.activateWindow()
        view.list.setFocus()
        # items 1–9 answered, the third (a call button, photo required) failed; back on it
        target = next((n for n, i in enumerate(view.items) if i.photo_on_fail and n >= 2), 2)
        for n, item in enumerate(view.items[:9]):
            if n == target:
                view.answer("fail")
                view.note.setText("呼叫器按下无响应，已报工程部")
                mime = QMimeData()
                mime.setImageData(QImageFromBytes(photo_png("#c9a27f", "呼叫器")))
                view.add_mime(item.id, mime)
                view.note.done.emit(True)  # Enter in the note: saved, next item
            elif item.response_type in ("number", "score"):  # digits, then Enter
                top = item.max_value if item.response_type == "number" else item.max_score
                low = (item.min_value if item.response_type == "number" else 0) or 0
                view.set_buffer(f"{low + ((top or 0) - low) * 0.8:g}")
                view.commit_value()
            else:
                view.answer("pass", text="正常" if item.response_type == "text" else "")
        view.go_to(target)
        view.list.setFocus()
        grab(page, shots[1])

        page.show_summary(summary)
        page.summary.findings_view.selectRow(0)
        page.summary.findings_view.setFocus(Qt.FocusReason.OtherFocusReason)
        grab(page, shots[2])
        close(page)
    return shots


def QImageFromBytes(data: bytes):  # noqa: N802 - reads like the Qt call it wraps
    from PySide6.QtGui import QImage

    image = QImage()
    image.loadFromData(data)
    return image


if __name__ == "__main__":
    for shot in render(out_dir_arg()):
        print(shot)
