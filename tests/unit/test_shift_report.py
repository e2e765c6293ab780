"""The shift hand-over report (交班报告): a hand-built dinner shift whose every figure is
worked out below by hand, the PDF read back with pypdf, and the demo venue's report checked
against its own figures.

The dinner shift (晚市 16:30–22:00) on Monday 2026-11-23, reported the next morning, so the
states are those at 22:00 (as_of):
- on duty: 王丽 (leader, room, present), 赵敏 (server, room, late 10 min), 钱进 (server,
  hall, absent) and 周强, a runner qualified as a server, redeployed 传菜员 → 包房服务员 into
  the hall by "system". Servers required: 3, on duty 2 (钱进 is absent) → 包房服务员 short 1;
- patrols: the plan has 3 leader windows (16:30, 18:30, 20:30) and 1 supervisor window per
  area, no manager window (the day's one opens at 07:00): 8 due in the two areas. Rounds:
  leader room 17:00 (floor failed, with a photo: 5/6 = 83.3), supervisor room 19:00 (uniform
  failed, tables 3/4: 4.5/6 = 75.0), leader hall 20:45 (all pass: 100) → done 3 / 8;
- rectifications: opened in the shift B, D, E and the two patrol findings (5); closed B
  (critical, verified 16:50, due 16:55: on time) and C (yesterday's minor, due 18:00,
  verified 19:00: late); overdue at 22:00: A (due 20:00) and E (due 21:15); D was waiting for
  verification at 22:00 (verified the next morning), the floor finding is due at 22:00
  exactly — neither is overdue;
- complaints: 18:00 answered in 3:20 (on time), 19:00 answered in 7:00 (late), 21:58 not
  answered by 22:00 (waiting); one at 15:00 is outside the shift."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from app.db.models_patrol import Finding, Photo
from app.domain.errors import NotFound, PermissionDenied
from app.domain.permissions import Role
from app.reports.fonts import register_fonts
from app.reports.report_layout import fmt_num
from app.reports.shift_pdf import shift_report_pdf
from app.services.base import SYSTEM, Actor
from app.services.complaints import ComplaintService
from app.services.escalation import open_for_finding
from app.services.guest_dto import ComplaintDraft
from app.services.patrols import PatrolService
from app.services.photos import store_photo
from app.services.rectifications import RectificationService
from app.services.report_shift import THUMBNAIL_SIDE, ShiftReportService
from app.services.roster_dto import CellInput
from tests.helpers import hire, rank_id
from tests.patrol_builders import answer_all_pass, make_version
from tests.rect_builders import Clock, png_bytes
from tests.roster_builders import MON, build_floor

DAY = MON
NEXT_MORNING = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(9, 0))


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def identity(_context: str, text: str) -> str:
    return text


# ---------------------------------------------------------------- builders (shared with the
# monthly report's tests)


def roster(services, f, day: dt.date, emp, area, post_id=None) -> int:
    saved = services.roster.set_cell(CellInput(emp.id, day, f["shifts"]["晚市"].id,
                                               post_id or emp.post_id,
                                               area.id if area else None))
    return saved.cell.id


def patrol(db, username: str, role: str, employee_id: int | None, ids: dict, area_id: int,
           level: str, start: dt.datetime, fail: dict | None = None,
           photo: bool = False) -> int:
    """A submitted round: every item passes except ``fail`` (item key → note); "tables"
    may be given as a number of points instead. Submitted 10 minutes after it started."""
    clock = Clock(start)
    svc = PatrolService(db, Actor(username, Role(role), None, employee_id), clock)
    insp = svc.start(area_id, ids["version"], level, at=start).id
    answer_all_pass(svc, insp, ids)
    for key, value in (fail or {}).items():
        if key == "tables":
            svc.answer(insp, ids["tables"], None, value)
            continue
        svc.answer(insp, ids[key], "fail")
        svc.set_note(insp, ids[key], value)
        if photo:
            svc.add_photo(insp, ids[key], png_bytes())
    clock.advance(minutes=10)
    return svc.submit(insp).inspection.id


def ad_hoc(db, area_id: int, responsible_id: int, severity: str, found: dt.datetime,
           description: str, found_by: str = "inspector", photo: bool = False) -> int:
    """A finding recorded by hand (as a complaint or a walk-round would); its rectification's
    id."""
    with db.write() as s:
        f = Finding(area_id=area_id, description=description, category="hygiene",
                    severity=severity, responsible_id=responsible_id, leader_id=None,
                    found_at=found, found_by=found_by, status="open")
        s.add(f)
        s.flush()
        if photo:
            s.add(Photo(attachment_id=store_photo(s, png_bytes((30, 30, 200)), found).id,
                        finding_id=f.id))
        return open_for_finding(s, f, found, found_by).id


def submit_fix(db, rect_id: int, assignee_id: int, when: dt.datetime) -> None:
    svc = RectificationService(db, Actor("worker", Role.STAFF, None, assignee_id), Clock(when))
    svc.submit(rect_id, svc.rectification(rect_id).rectification.version, "已整改", "method",
               after_photos=[png_bytes((40, 160, 40))])


def verify(db, rect_id: int, when: dt.datetime, inspector: str = "inspector") -> None:
    svc = RectificationService(db, Actor(inspector, Role.SUPERVISOR), Clock(when))
    svc.verify(rect_id, svc.rectification(rect_id).rectification.version, "effective")


def fix(db, rect_id: int, assignee_id: int, when: dt.datetime) -> None:
    submit_fix(db, rect_id, assignee_id, when - dt.timedelta(minutes=5))
    verify(db, rect_id, when)


def complaint(db, received: dt.datetime, answered_after: dt.timedelta | None = None,
              content: str = "菜里有头发", area_id: int | None = None) -> int:
    svc = ComplaintService(db, SYSTEM, Clock(received))
    c = svc.receive(ComplaintDraft("in_person", content, "food_quality", "major",
                                   area_id=area_id, received_at=received))
    if answered_after is not None:
        ComplaintService(db, SYSTEM, Clock(received + answered_after)).respond(c.id, c.version)
    return c.id


def runner(services, f):
    """周强, a runner (传菜部) qualified as a server; the runner post needs nobody at dinner."""
    dept = services.org.save_department("传菜部")
    post = services.org.save_post("传菜员", dept.id, rank_id(services, "staff"), 1)
    emp = hire(services, "R1", "周强", post.id).employee
    services.staff.set_qualification(emp.id, f["server_post"].id, "qualified")
    services.shifts.set_requirement(post.id, f["shifts"]["晚市"].id, [DAY.weekday()], 0)
    return emp, post


# ---------------------------------------------------------------- the hand-built shift


@pytest.fixture
def shift_world(services, db):
    f = build_floor(services)
    lead, (zhao, qian, _sun) = f["lead"], f["servers"]
    dinner = f["shifts"]["晚市"]
    services.shifts.set_requirement(f["leader_post"].id, dinner.id, [DAY.weekday()], 1)
    services.shifts.set_requirement(f["server_post"].id, dinner.id, [DAY.weekday()], 3)
    zhou, _post = runner(services, f)
    room, hall = f["room"], f["hall"]
    roster(services, f, DAY, lead, room)
    late = roster(services, f, DAY, zhao, room)
    absent = roster(services, f, DAY, qian, hall)
    services.roster.mark_attendance(late, "late", 10)
    services.roster.mark_attendance(absent, "absent")
    services.coverage.redeploy(DAY, dinner.id, f["server_post"].id, zhou.id, hall.id)

    ids = make_version(db)
    patrol(db, "wangli", "leader", lead.id, ids, room.id, "leader", at(17),
           {"floor": "地面有水渍"}, photo=True)
    patrol(db, "sup", "supervisor", None, ids, room.id, "supervisor", at(19),
           {"uniform": "未戴工牌", "tables": 3})
    patrol(db, "wangli", "leader", lead.id, ids, hall.id, "leader", at(20, 45))

    yesterday = DAY - dt.timedelta(days=1)
    rect = {
        "A": ad_hoc(db, hall.id, zhao.id, "minor", at(20, day=yesterday), "A 餐具破损"),
        "B": ad_hoc(db, room.id, zhao.id, "critical", at(16, 40), "B 地面有油", photo=True),
        "C": ad_hoc(db, room.id, qian.id, "minor", at(18, day=yesterday), "C 窗帘脱钩"),
        "D": ad_hoc(db, hall.id, zhou.id, "critical", at(17), "D 通道堵塞"),
        "E": ad_hoc(db, hall.id, zhou.id, "critical", at(21), "E 灯不亮"),
    }
    fix(db, rect["B"], zhao.id, at(16, 50))
    fix(db, rect["C"], qian.id, at(19))
    submit_fix(db, rect["D"], zhou.id, at(17, 30))
    verify(db, rect["D"], NEXT_MORNING - dt.timedelta(hours=1))  # after the hand-over

    complaint(db, at(18), dt.timedelta(minutes=3, seconds=20), "汤是凉的", room.id)
    complaint(db, at(19), dt.timedelta(minutes=7), "等了四十分钟")
    complaint(db, at(21, 58), None, "结账出错")
    complaint(db, at(15), dt.timedelta(minutes=1), "午市的投诉")
    return {**f, "zhou": zhou, "rect": rect}


def report_of(db, role: Role = Role.MANAGER):
    return ShiftReportService(db, Actor("boss", role), lambda: NEXT_MORNING).shift(DAY, "晚市")


def test_who_was_on_duty_with_the_redeployment_and_the_uncovered_post(shift_world, db):
    report = report_of(db)
    duty = {d.name: d for d in report.on_duty}
    assert set(duty) == {"王丽", "赵敏", "钱进", "周强"}
    assert (duty["赵敏"].attendance, duty["赵敏"].late_minutes) == ("late", 10)
    assert duty["钱进"].attendance == "absent"
    moved = duty["周强"]
    assert (moved.redeployed_from, moved.post, moved.area, moved.approved_by) == (
        "传菜员", "包房服务员", "二楼大厅", "system")
    assert report.redeployments == (moved,)
    assert duty["王丽"].team == "二楼包房一组" and duty["周强"].team == ""
    assert [(u.post, u.required, u.on_duty, u.missing) for u in report.uncovered] == [
        ("包房服务员", 3, 2, 1)]
    assert (report.begin, report.end, report.as_of) == (at(16, 30), at(22), at(22))
    assert report.meta.title == "Shift report" and report.meta.subtitle == "晚市"
    assert report.meta.generated_at == NEXT_MORNING and report.meta.generated_by == "boss"


def test_patrols_due_against_done_with_scores(shift_world, db):
    report = report_of(db)
    # Scores are stored to two decimals: 5/6 is kept as 83.33.
    room, hall = (next(p for p in report.patrols if p.area == name)
                  for name in ("牡丹厅 201", "二楼大厅"))
    assert [(x.level, x.due, x.done, x.rounds) for x in room.levels] == [
        ("leader", 3, 1, 1), ("supervisor", 1, 1, 1), ("manager", 0, 0, 0)]
    assert [(x.level, x.due, x.done) for x in hall.levels] == [
        ("leader", 3, 1), ("supervisor", 1, 0), ("manager", 0, 0)]
    assert (report.patrols_done, report.patrols_due) == (3, 8)
    assert room.rounds == 2 and room.average_score == pytest.approx((500 / 6 + 75) / 2, abs=0.01)
    assert room.lowest_score == pytest.approx(75.0)
    assert room.flagged == 0
    assert hall.average_score == pytest.approx(100.0)
    assert report.average_score == pytest.approx((500 / 6 + 75 + 100) / 3, abs=0.01)


def test_findings_carry_small_thumbnails_of_their_photos(shift_world, db):
    report = report_of(db)
    by_text = {f.description.split(" — ")[0]: f for f in report.findings}
    assert len(report.findings) == 5  # B, D, E and the two patrol findings; A, C were yesterday
    floor = by_text["Floor clean and dry"]
    assert floor.photo_count == 1 and len(floor.thumbnails) == 1
    with Image.open(io.BytesIO(floor.thumbnails[0])) as thumb:
        assert thumb.format == "JPEG" and max(thumb.size) <= THUMBNAIL_SIDE
    spill = next(f for f in report.findings if f.description == "B 地面有油")
    assert spill.photo_count == 1 and spill.responsible == "赵敏"
    assert spill.rectification_id == shift_world["rect"]["B"]
    assert by_text["Uniform clean and name badge worn"].thumbnails == ()
    assert [f.found_at for f in report.findings] == sorted(f.found_at for f in report.findings)


def test_a_big_photo_is_shrunk_to_the_thumbnail_size(shift_world, db):
    big = io.BytesIO()
    Image.new("RGB", (1200, 900), (10, 120, 200)).save(big, "PNG")
    with db.write() as s:
        finding = s.query(Finding).filter(Finding.description == "E 灯不亮").one()
        s.add(Photo(attachment_id=store_photo(s, big.getvalue(), at(21)).id,
                    finding_id=finding.id))
    shown = next(f for f in report_of(db).findings if f.description == "E 灯不亮")
    with Image.open(io.BytesIO(shown.thumbnails[0])) as thumb:
        assert thumb.size == (THUMBNAIL_SIDE, THUMBNAIL_SIDE * 3 // 4)


def test_rectifications_opened_closed_and_overdue_at_the_hand_over(shift_world, db):
    report = report_of(db)
    rect = shift_world["rect"]
    opened = {x.id for x in report.opened}
    assert len(opened) == 5 and {rect["B"], rect["D"], rect["E"]} <= opened
    closed = {x.id: x for x in report.closed}
    assert set(closed) == {rect["B"], rect["C"]}
    assert closed[rect["B"]].on_time is True and closed[rect["C"]].on_time is False
    assert {x.id for x in report.overdue} == {rect["A"], rect["E"]}
    d = next(x for x in report.opened if x.id == rect["D"])
    assert d.status == "submitted"  # as at 22:00, although verified by the morning
    a = next(x for x in report.overdue if x.id == rect["A"])
    assert (a.assignee, a.accountable, a.due_at) == ("赵敏", "赵敏", at(20))


def test_complaints_of_the_shift_with_their_response_times(shift_world, db):
    report = report_of(db)
    lines = report.complaints
    assert [c.content for c in lines] == ["汤是凉的", "等了四十分钟", "结账出错"]
    assert [c.response_seconds for c in lines] == [200, 420, None]
    assert [c.on_time for c in lines] == [True, False, None]
    assert lines[0].area == "牡丹厅 201"
    m = report.complaint_measures
    assert (m.share_on_time, m.median_first_response_s, m.unanswered) == (50.0, 310.0, 1)
    assert report.response_limit_minutes == 5


def test_an_unknown_shift_names_the_shifts(shift_world, db):
    svc = ShiftReportService(db, Actor("boss", Role.MANAGER))
    with pytest.raises(NotFound) as caught:
        svc.shift(DAY, "宵夜")
    message = str(caught.value)
    assert "宵夜" in message and all(n in message for n in ("早班", "午市", "晚市", "夜班"))
    assert svc.shift(DAY, "dinner service").shift == "晚市"  # the English name works too


def test_only_report_readers_may_see_it(shift_world, db):
    with pytest.raises(PermissionDenied):
        report_of(db, Role.STAFF)
    assert report_of(db, Role.HR).shift == "晚市"


# ---------------------------------------------------------------- the PDF read back


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    """The reader and the text of every page; checks that every font is embedded and that
    every character drawn has a glyph in the bundled font."""
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                          if "/DescendantFonts" in font else font.get("/FontDescriptor"))
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), \
                f"{font['/BaseFont']} is not embedded"
    text = "\n".join(page.extract_text() for page in reader.pages)
    glyphs = pdfmetrics.getFont(register_fonts()).face.charToGlyph
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in glyphs}
    assert not missing, f"characters without a glyph: {missing}"
    return reader, text


def flat(text: str) -> str:
    """The text without line breaks or spaces (table cells wrap anywhere)."""
    return re.sub(r"\s+", "", text)


def test_the_pdf_shows_the_same_figures(shift_world, db):
    report = report_of(db)
    reader, text = pdf_text(shift_report_pdf(report, identity))
    pages = len(reader.pages)
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    assert "Shift report" in text and "2026-11-23 · 晚市" in text
    joined = flat(text)
    assert "3/8" in joined  # patrols done / due
    assert flat("传菜员 → 包房服务员, approved by system") in joined
    assert flat("Late 10 min") in joined and "Absent" in text
    assert flat("包房服务员 楼面部 3 2 1") in joined  # the uncovered post
    for value in (report.average_score, *(p.average_score for p in report.patrols)):
        assert fmt_num(value) in text
    for x in (*report.opened, *report.closed, *report.overdue):
        assert f"#{x.id}" in text
    assert "3:20" in text and "7:00" in text and "Waiting" in text
    assert flat("3 complaints; answered within 5 min: 50.0%") in joined
    assert flat("median first response 5:10") in joined
    for signer in ("Inspector on duty", "Shift leader", "Manager"):
        assert signer in text
    images = sum(len(page.images) for page in reader.pages)
    assert images == sum(len(f.thumbnails) for f in report.findings) == 2


def test_an_empty_shift_prints_without_data(services, db):
    report = ShiftReportService(db, Actor("boss", Role.MANAGER),
                                lambda: NEXT_MORNING).shift(DAY, "夜班")
    assert report.on_duty == () and report.findings == () and report.complaints == ()
    _reader, text = pdf_text(shift_report_pdf(report, identity))
    for sentence in ("Nobody was rostered for this shift.", "No findings in this shift.",
                     "No complaints in this shift.", "Nothing was overdue."):
        assert sentence in text


# ---------------------------------------------------------------- the demo venue


DEMO_TODAY = dt.date(2026, 11, 3)


def demo_venue(tmp_path_factory, name: str):
    """The demo venue (its "today" DEMO_TODAY) in a folder of its own; a generator for a
    module-scoped fixture."""
    from app.services.bootstrap import open_database
    from app.services.demo import build_demo

    folder = tmp_path_factory.mktemp(name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FLOORQC_DATA_DIR", str(folder / "userdata"))
        mp.setenv("FLOORQC_ARGON2_PROFILE", "test")
        database = open_database(folder / "demo.db")
        build_demo(database, SYSTEM, today=DEMO_TODAY)
        yield database
        database.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo venue, built once for this module's tests."""
    yield from demo_venue(tmp_path_factory, "demo_shift")


def test_the_demo_shift_report_reads_back(demo):
    yesterday = DEMO_TODAY - dt.timedelta(days=1)
    report = ShiftReportService(demo, Actor("manager", Role.MANAGER),
                                lambda: dt.datetime.combine(DEMO_TODAY, dt.time(8, 30))
                                ).shift(yesterday, "晚市")
    assert report.on_duty and report.patrols and report.findings
    assert report.patrols_done <= report.patrols_due
    assert any(f.thumbnails for f in report.findings)
    _reader, text = pdf_text(shift_report_pdf(report, identity))
    joined = flat(text)
    assert flat(f"{report.patrols_done} / {report.patrols_due}") in joined
    for d in report.on_duty:
        assert flat(f"{d.name} ({d.code})") in joined
    for u in report.uncovered:
        assert flat(u.post) in joined
    for p in report.patrols:
        assert flat(p.area) in joined and fmt_num(p.average_score) in text
    for x in (*report.opened, *report.closed, *report.overdue):
        assert f"#{x.id}" in text
