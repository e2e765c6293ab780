"""The staff spreadsheet layout (DESIGN.md §7, docs/staff-import.md): columns, accepted
headers and cell formats. Pure parsing, no database; every problem names the spreadsheet row
and the column header as the user wrote it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # written on export, and named when the column is missing
    aliases: tuple[str, ...]
    required: bool = False


COLUMNS = (
    Column("code", "工号", ("code", "employee code", "工号"), required=True),
    Column("name", "姓名", ("name", "姓名"), required=True),
    Column("department", "部门", ("department", "dept", "部门")),
    Column("post", "岗位", ("post", "position", "岗位"), required=True),
    Column("leader", "上级工号", ("leader code", "leader", "上级工号", "上级")),
    Column("phone", "电话", ("phone", "电话", "手机")),
    Column("hire_date", "入职日期", ("hire date", "入职日期")),
    Column("extra_posts", "兼岗", ("extra posts", "兼岗")),
    Column("active", "在职", ("active", "在职")),
)
COLUMN = {c.key: c for c in COLUMNS}
HEADERS = tuple(c.header for c in COLUMNS)

MAX_LENGTH = {"code": 32, "name": 60, "phone": 32, "department": 80, "post": 80}

# Levels of an extra post (一职多能); the first label of each is what an export writes.
LEVEL_WORDS = {
    "培训中": "training", "training": "training", "in training": "training",
    "合格": "qualified", "qualified": "qualified",
    "可带教": "trainer", "带教": "trainer", "trainer": "trainer",
}
LEVEL_LABELS = {"training": "培训中", "qualified": "合格", "trainer": "可带教"}
DEFAULT_LEVEL = "qualified"
EXTRA_SEPARATOR = "、"
_EXTRA_SPLIT = re.compile(r"[、,，;；]")
# Greedy up to the last opening bracket, blanks trimmed in split_level: a lazy "(.*?)\s*"
# took quadratic time on a long blank gap in a hostile cell.
_LEVEL_SUFFIX = re.compile(r"^(.*)[(（]([^()（）]*)[)）]$")

_YES = {"是", "yes", "y", "true", "1", "在职"}
_NO = {"否", "no", "n", "false", "0", "离职"}

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def normalise_header(text: str) -> str:
    """Case- and space-insensitive; a trailing * (a common "required" mark) is ignored."""
    return "".join(text.split()).casefold().rstrip("*＊")


_ALIAS = {normalise_header(a): c.key for c in COLUMNS for a in c.aliases}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file: the row as numbered in the spreadsheet, the column
    header as written there, and a translatable reason (context "import")."""

    row: int
    column: str
    message: str
    params: dict = field(default_factory=dict)

    def reason(self, translate=None) -> str:
        template = translate("import", self.message) if translate else self.message
        return template.format(**self.params)

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP("import", "Row {row}, column {column}: {reason}")
        if translate:
            template = translate("import", template)
        return template.format(row=self.row, column=self.column, reason=self.reason(translate))


@dataclass(frozen=True)
class StaffRow:
    row: int
    code: str
    name: str
    department: str
    post: str
    leader: str
    phone: str
    hire_date: dt.date | None
    active: bool
    extras: tuple[str, ...]  # raw items such as "传菜员(培训中)"; resolved against known posts later


@dataclass
class Sheet:
    header_row: int
    headers: dict[str, str]  # column key -> header as written
    rows: list[StaffRow]
    problems: list[Problem]

    def has(self, key: str) -> bool:
        return key in self.headers

    def col(self, key: str) -> str:
        return self.headers.get(key, COLUMN[key].header)


def parse_date(text: str) -> dt.date | None:
    """2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301; None for a blank cell.
    Raises ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    m = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not m:
        raise ValueError(text)
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def parse_active(text: str) -> bool:
    value = text.strip().casefold()
    if not value or value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(text)


def split_extras(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in _EXTRA_SPLIT.split(text) if item.strip())


def split_level(item: str, known_posts: set[str] | dict) -> tuple[str, str | None]:
    """``(post, level)`` for "岗位名(level)" or a bare post name; level None means the text in
    brackets is not a level. A post whose own name ends in brackets still matches."""
    m = _LEVEL_SUFFIX.match(item)
    if m:
        post = m[1].rstrip()
        level = LEVEL_WORDS.get(m[2].strip().casefold())
        if level is not None:
            return post, level
        if item not in known_posts:
            return post, None
    return item, DEFAULT_LEVEL


def format_extras(extras: Sequence[tuple[str, str]]) -> str:
    """The 兼岗 cell of an export: every post with its level, so a re-import is exact."""
    return EXTRA_SEPARATOR.join(f"{post}({LEVEL_LABELS.get(level, level)})"
                                for post, level in extras)


def parse_sheet(rows: Sequence[Sequence[str]]) -> Sheet:
    """Map the header row (the first non-empty row) and check each row on its own.
    Checks that need the database or the whole file are made in staff_plan."""
    header_at = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if header_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file contains no rows."))
    header_row = header_at + 1
    problems: list[Problem] = []
    index: dict[str, int] = {}
    headers: dict[str, str] = {}
    for i, text in enumerate(rows[header_at]):
        key = _ALIAS.get(normalise_header(text))
        if key is None:
            continue  # other columns (ID number, notes …) are allowed and ignored
        if key in index:
            problems.append(Problem(header_row, text.strip(), QT_TRANSLATE_NOOP(
                "import", "this column repeats column {other}"), {"other": headers[key]}))
            continue
        index[key], headers[key] = i, text.strip()
    for column in COLUMNS:
        if column.required and column.key not in index:
            problems.append(Problem(header_row, column.header, QT_TRANSLATE_NOOP(
                "import", "required column is missing")))
    sheet = Sheet(header_row, headers, [], problems)
    if problems:
        return sheet  # without the right columns the rows cannot be read
    for offset, cells in enumerate(rows[header_at + 1:], start=header_row + 1):
        if any(c.strip() for c in cells):
            sheet.rows.append(_parse_row(sheet, offset, cells, index))
    if not sheet.rows:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The file has a header row but no employees."))
    _check_duplicates(sheet)
    return sheet


def _parse_row(sheet: Sheet, row: int, cells: Sequence[str], index: dict[str, int]) -> StaffRow:
    def cell(key: str) -> str:
        i = index.get(key)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def problem(key: str, message: str, **params: object) -> None:
        sheet.problems.append(Problem(row, sheet.col(key), message, params))

    values = {key: cell(key) for key in ("code", "name", "department", "post", "leader", "phone")}
    for key, what in (("code", QT_TRANSLATE_NOOP("import", "employee code is empty")),
                      ("name", QT_TRANSLATE_NOOP("import", "name is empty")),
                      ("post", QT_TRANSLATE_NOOP("import", "post is empty"))):
        if not values[key]:
            problem(key, what)
    for key, limit in MAX_LENGTH.items():
        if len(values[key]) > limit:
            problem(key, QT_TRANSLATE_NOOP("import", "too long (at most {limit} characters)"),
                    limit=limit)
    if values["code"] and values["leader"] == values["code"]:
        problem("leader", QT_TRANSLATE_NOOP("import", "nobody can be their own leader"))
    try:
        hire_date = parse_date(cell("hire_date"))
    except ValueError:
        hire_date = None
        problem("hire_date", QT_TRANSLATE_NOOP(
            "import", "date {value} not understood; write it like 2024-03-01"),
            value=cell("hire_date"))
    try:
        active = parse_active(cell("active"))
    except ValueError:
        active = True
        problem("active", QT_TRANSLATE_NOOP("import", "write 是 or 否 (yes or no), not {value}"),
                value=cell("active"))
    return StaffRow(row, values["code"], values["name"], values["department"], values["post"],
                    values["leader"], values["phone"], hire_date, active,
                    split_extras(cell("extra_posts")))


def _check_duplicates(sheet: Sheet) -> None:
    first: dict[str, int] = {}
    for r in sheet.rows:
        if not r.code:
            continue
        if r.code in first:
            sheet.problems.append(Problem(r.row, sheet.col("code"), QT_TRANSLATE_NOOP(
                "import", "employee code {code} appears again (first on row {first})"),
                {"code": r.code, "first": first[r.code]}))
        else:
            first[r.code] = r.row
