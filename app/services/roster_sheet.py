"""The roster spreadsheet layout: title rows, then a header row 工号, 姓名, 部门, 班组 and one
column per day × shift titled like "周一 11-23 早班"; a cell holds "岗位" or "岗位@区域".

Pure parsing, no database: every problem names the spreadsheet row and the column title as
written there. Names of posts, areas and people are resolved later (roster_import)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError, fill_template
from app.domain.shifts import week_start
from app.services import staff_sheet
from app.services.staff_sheet import normalise_header

TITLE = "排班表"
WEEK_LABEL = "周次"
INFO_HEADERS = ("工号", "姓名", "部门", "班组")
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
HINT = "单元格填写“岗位”或“岗位@区域”；留空表示不排班。"
AREA_SEPARATOR = "@"
# Appended to a redeployed cell on export; the import ignores it (it cannot approve one).
REDEPLOYED_MARK = "（抽调自{post}）"

_CODE = {normalise_header(h) for h in ("工号", "code", "employee code")}
_INFO = {normalise_header(h) for h in ("姓名", "name", "部门", "department", "dept", "班组",
                                       "team", "岗位", "post", "备注", "notes")}
_WEEKDAY_WORDS = {
    **{w: i for i, w in enumerate(WEEKDAYS)}, "周日": 6, "周天": 6,
    **{f"星期{c}": i for i, c in enumerate("一二三四五六日")}, "星期天": 6,
    **{w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday"))},
}
# Written so no two patterns can share a run of blanks: "\s*-?\s*", "\s*日?\s+" and a lazy
# ".*?" before "\s*$" took quadratic time on a long blank gap in a hostile cell.
_ISO_WEEK = re.compile(r"(\d{4})\s*(?:-\s*)?W\s*(\d{1,2})\b", re.IGNORECASE)
_COLUMN = re.compile(
    r"^(?:(?P<wd>周[一二三四五六日天]|星期[一二三四五六日天]|[A-Za-z]{3,9})\.?\s*)?"
    r"(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?:\s*日)?"
    r"\s+(?P<shift>\S(?:.*\S)?)\s*$")
_MARK = re.compile(r"(?<!\s)\s*[（(]\s*抽调自[^（）()]*[）)]\s*$")


@dataclass(frozen=True)
class Problem(staff_sheet.Problem):
    """A staff_sheet.Problem whose reason may come from another translation context: roster
    rule breaches are worded in "roster", refusals in "errors"."""

    context: str = "import"

    def reason(self, translate=None) -> str:
        template = translate(self.context, self.message) if translate else self.message
        return fill_template(template, self.params, translate)


@dataclass(frozen=True)
class Column:
    index: int
    title: str  # as written in the file
    day: dt.date
    shift_type_id: int


@dataclass(frozen=True)
class SheetRow:
    row: int
    code: str
    cells: tuple[tuple[Column, str], ...]  # the non-empty cells, text stripped


@dataclass
class RosterSheet:
    monday: dt.date | None
    header_row: int
    code_title: str
    columns: list[Column]
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def position(self, title: str) -> int:
        """Left-to-right order of a column, for sorting problems as the user reads them."""
        if title == self.code_title:
            return -1
        return next((c.index for c in self.columns if c.title == title), 10_000)


# -- writing ------------------------------------------------------------------------------

def iso_week(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def column_title(day: dt.date, shift_name: str) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day:%m-%d} {shift_name}"


def cell_text(post: str, area: str = "", redeployed_from: str = "") -> str:
    text = f"{post}{AREA_SEPARATOR}{area}" if area else post
    return text + (REDEPLOYED_MARK.format(post=redeployed_from) if redeployed_from else "")


def split_cell(text: str) -> tuple[str, str]:
    """"岗位@区域 (抽调自…)" → (post, area); the area is "" when none is given."""
    text = _MARK.sub("", text.strip()).replace("＠", AREA_SEPARATOR)
    post, _sep, area = text.partition(AREA_SEPARATOR)
    return post.strip(), area.strip()


# -- reading ------------------------------------------------------------------------------

def _iso_monday(text: str) -> dt.date | None:
    m = _ISO_WEEK.search(text)
    if not m:
        return None
    try:
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None


def parse_roster_sheet(rows: Sequence[Sequence[str]], shifts: Mapping[str, int]) -> RosterSheet:
    """Read the layout. ``shifts`` maps normalised shift names (Chinese and English) to ids."""
    header_at = next((i for i, r in enumerate(rows)
                      if any(normalise_header(c) in _CODE for c in r)), None)
    if header_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "No header row with a 工号 column was found; export a roster to see the "
                      "layout."))
    header_row = header_at + 1
    header = rows[header_at]
    problems: list[Problem] = []
    monday = _week_from_title_rows(rows[:header_at], problems)
    code_index = next(i for i, c in enumerate(header) if normalise_header(c) in _CODE)
    sheet = RosterSheet(monday, header_row, header[code_index].strip(), [], [], problems)

    def problem(title: str, message: str, **params: object) -> None:
        problems.append(Problem(header_row, title, message, params))

    parsed, untitled = [], set()
    for i, raw in enumerate(header):
        title = raw.strip()
        key = normalise_header(title)
        if i == code_index or key in _INFO:
            continue
        if not title:
            untitled.add(i)
            continue
        if key in _CODE:
            problem(title, QT_TRANSLATE_NOOP("import", "this column repeats column {other}"),
                    other=sheet.code_title)
            continue
        m = _COLUMN.match(title)
        weekday = _WEEKDAY_WORDS.get((m["wd"] or "").casefold()) if m else None
        if m is None or (m["wd"] and weekday is None):
            problem(title, QT_TRANSLATE_NOOP(
                "import", "column title not understood; write it like 周一 11-23 早班"))
            continue
        shift_id = shifts.get(normalise_header(m["shift"]))
        if shift_id is None:
            problem(title, QT_TRANSLATE_NOOP("import", "unknown shift {shift}"), shift=m["shift"])
        parsed.append((i, title, weekday, m, shift_id))

    if sheet.monday is None:  # no 周次 row: a full date in a title gives the week
        weeks = set()
        for _i, _t, _w, m, _s in parsed:
            if m["y"]:
                with contextlib.suppress(ValueError):  # a bad date is reported below
                    weeks.add(week_start(dt.date(int(m["y"]), int(m["m"]), int(m["d"]))))
        if len(weeks) == 1:
            sheet.monday = weeks.pop()
        elif len(weeks) > 1:
            problem(sheet.code_title, QT_TRANSLATE_NOOP(
                "import", "the column titles span more than one week; import one week at a time"))
            return sheet
    if sheet.monday is None:
        problem(sheet.code_title, QT_TRANSLATE_NOOP(
            "import", "the week is not given; write it above the header like 周次 2026-W48"))
        return sheet

    seen: dict[tuple[dt.date, int], str] = {}
    week = [sheet.monday + dt.timedelta(days=d) for d in range(7)]
    for i, title, weekday, m, shift_id in parsed:
        day = next((d for d in week if (d.month, d.day) == (int(m["m"]), int(m["d"]))
                    and (not m["y"] or d.year == int(m["y"]))), None)
        if day is None:
            problem(title, QT_TRANSLATE_NOOP("import", "this date is not in week {week}"),
                    week=iso_week(sheet.monday))
            continue
        if weekday is not None and weekday != day.weekday():
            problem(title, QT_TRANSLATE_NOOP("import", "{date} is a {weekday}, not {given}"),
                    date=day.isoformat(), weekday=WEEKDAYS[day.weekday()], given=m["wd"])
            continue
        if shift_id is None:
            continue  # already reported
        if (day, shift_id) in seen:
            problem(title, QT_TRANSLATE_NOOP("import", "this column repeats column {other}"),
                    other=seen[(day, shift_id)])
            continue
        seen[(day, shift_id)] = title
        sheet.columns.append(Column(i, title, day, shift_id))

    _read_rows(sheet, rows[header_at + 1:], code_index, untitled)
    return sheet


def _week_from_title_rows(rows: Sequence[Sequence[str]], problems: list[Problem]) -> dt.date | None:
    found: dict[dt.date, int] = {}
    for n, r in enumerate(rows, start=1):
        for c in r:
            if _ISO_WEEK.search(c):
                monday = _iso_monday(c)
                if monday is None:
                    problems.append(Problem(n, WEEK_LABEL, QT_TRANSLATE_NOOP(
                        "import", "week {value} does not exist"), {"value": c.strip()}))
                else:
                    found.setdefault(monday, n)
    if len(found) > 1:
        (first, _r1), (second, row) = list(found.items())[:2]
        problems.append(Problem(row, WEEK_LABEL, QT_TRANSLATE_NOOP(
            "import", "the file names two weeks, {first} and {second}"),
            {"first": iso_week(first), "second": iso_week(second)}))
        return None
    return next(iter(found), None)


def _read_rows(sheet: RosterSheet, rows: Sequence[Sequence[str]], code_index: int,
               untitled: set[int]) -> None:
    first_by_code: dict[str, int] = {}
    reported_untitled: set[int] = set()
    for number, cells in enumerate(rows, start=sheet.header_row + 1):
        def text(i: int, cells=cells) -> str:
            return cells[i].strip() if i < len(cells) else ""

        code = text(code_index)
        filled = tuple((c, text(c.index)) for c in sheet.columns if text(c.index))
        for i in sorted(untitled - reported_untitled):
            if text(i):
                reported_untitled.add(i)
                sheet.problems.append(Problem(number, f"#{i + 1}", QT_TRANSLATE_NOOP(
                    "import", "this column has no title, so its cells cannot be placed")))
        if not code:
            if filled:
                sheet.problems.append(Problem(number, sheet.code_title, QT_TRANSLATE_NOOP(
                    "import", "employee code is empty")))
            continue  # a note or a blank line
        if code in first_by_code:
            sheet.problems.append(Problem(number, sheet.code_title, QT_TRANSLATE_NOOP(
                "import", "employee code {code} appears again (first on row {first})"),
                {"code": code, "first": first_by_code[code]}))
            continue
        first_by_code[code] = number
        sheet.rows.append(SheetRow(number, code, filled))
