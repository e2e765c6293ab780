"""The SERVQUAL survey spreadsheet and the promise-outcome spreadsheet (README "Survey
import"): columns, accepted headers in English and Chinese, cell formats, and the checks a
form must pass however it arrives (typed in or imported).

Pure parsing, no database: every problem names the spreadsheet row and the column header as
written there. Areas, promises and duplicates are resolved by the services."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from app.domain.servqual import DIMENSIONS, ITEMS, SCALE_MAX, SCALE_MIN
from app.services.guest_dto import SurveyForm
from app.services.roster_sheet import Problem
from app.services.staff_sheet import normalise_header, parse_date

KINDS = ("guest", "manager")
KIND_WORDS = {
    "guest": "guest", "g": "guest", "顾客": "guest", "客人": "guest", "宾客": "guest",
    "manager": "manager", "m": "manager", "经理": "manager", "管理者": "manager",
    "管理层": "manager",
}
DIMENSION_ZH = {"tangibles": "有形性", "reliability": "可靠性", "responsiveness": "响应性",
                "assurance": "保证性", "empathy": "移情性"}
RESPONDENT_MAX = 60
NOTE_MAX = 500
WEIGHT_TOTAL, WEIGHT_SLACK = 100.0, 0.5


def weight_field(dimension: str) -> str:
    return f"W_{dimension}"


# Canonical field names: "respondent", "kind", "date", "area", "E1".."E22", "P1".."P22",
# "W_tangibles".. — what the add() checks name and what an export would write.
SURVEY_HEADERS = ("respondent", "kind", "date", "area", *(f"E{i}" for i in ITEMS),
                  *(f"P{i}" for i in ITEMS), *(weight_field(d) for d in DIMENSIONS))


def _key(text: str) -> str:
    """Headers compare without case, spaces, underscores or hyphens: W_tangibles = w tangibles."""
    return re.sub(r"[_\-－＿]", "", normalise_header(text))


_SURVEY_ALIASES = {
    "respondent": ("respondent", "受访者", "答卷人"),
    "kind": ("kind", "type", "类型"),
    "date": ("date", "日期"),
    "area": ("area", "区域"),
}
_SURVEY_ALIAS = {_key(a): f for f, aliases in _SURVEY_ALIASES.items() for a in aliases}
_SURVEY_ALIAS.update({_key(a): weight_field(d) for d in DIMENSIONS
                      for a in (f"w_{d}", f"weight_{d}", f"权重_{DIMENSION_ZH[d]}",
                                f"w_{DIMENSION_ZH[d]}")})
_ANSWER_HEADER = re.compile(r"^(e|期望|p|感知)0*(\d{1,2})$")
_SIDE = {"e": "E", "期望": "E", "p": "P", "感知": "P"}


def survey_field(header: str) -> str | None:
    key = _key(header)
    m = _ANSWER_HEADER.match(key)
    if m:
        item = int(m[2])
        return f"{_SIDE[m[1]]}{item}" if item in ITEMS else None
    return _SURVEY_ALIAS.get(key)


# -- the checks every form passes -------------------------------------------------------

@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with a form: the field (canonical name) and a whole sentence in the
    "errors" context, so add() can raise it as it is and an import can put it in a cell."""

    field: str
    message: str
    params: dict = field(default_factory=dict)


_NOT_AN_ANSWER = QT_TRANSLATE_NOOP(
    "errors", "The answer to {field} must be a whole number from 1 to 7, not {value}.")
_BAD_WEIGHT = QT_TRANSLATE_NOOP(
    "errors", "The weight {field} must be a number of at least 0, not {value}.")
_BAD_KIND = QT_TRANSLATE_NOOP(
    "errors", "Write the form type as guest or manager (顾客 or 经理), not “{value}”.")


def check_form(form: SurveyForm, name: Callable[[str], str] = str) -> list[FieldProblem]:
    """Every problem of a form; ``name`` turns a field into the name the user sees."""
    out: list[FieldProblem] = []

    def bad(f: str, message: str, **params: object) -> None:
        out.append(FieldProblem(f, message, params))

    if form.kind not in KINDS:
        bad("kind", _BAD_KIND, value=form.kind)
    if len(form.respondent or "") > RESPONDENT_MAX:
        bad("respondent", QT_TRANSLATE_NOOP(
            "errors", "The respondent is too long (at most {limit} characters)."),
            limit=RESPONDENT_MAX)
    for side, answers in (("E", form.expectations), ("P", form.perceptions)):
        for item, answer in sorted(answers.items(), key=lambda kv: str(kv[0])):
            f = f"{side}{item}"
            if item not in ITEMS:
                bad(f, QT_TRANSLATE_NOOP(
                    "errors", "There is no SERVQUAL item {item}; items run from 1 to 22."),
                    item=item)
            elif (isinstance(answer, bool) or not isinstance(answer, int)
                  or not SCALE_MIN <= answer <= SCALE_MAX):
                bad(f, _NOT_AN_ANSWER, field=name(f), value=answer)
    if form.kind == "manager" and form.perceptions:
        bad(f"P{min(form.perceptions)}", QT_TRANSLATE_NOOP(
            "errors", "A manager form answers only the expectations (E), as guests would "
                      "expect; leave the perceptions (P) empty."))
    if not form.expectations and not form.perceptions:
        bad("E1", QT_TRANSLATE_NOOP("errors", "The form has no answers."))
    if form.weights is not None:
        out += _weight_problems(form.weights, name)
    return out


def _weight_problems(weights: dict, name: Callable[[str], str]) -> list[FieldProblem]:
    out = []
    for d, w in weights.items():
        if d not in DIMENSIONS:
            out.append(FieldProblem(str(d), QT_TRANSLATE_NOOP(
                "errors", "Unknown dimension {dimension} in the weights."), {"dimension": d}))
        elif (isinstance(w, bool) or not isinstance(w, int | float) or not math.isfinite(w)
              or w < 0):
            out.append(FieldProblem(weight_field(d), _BAD_WEIGHT,
                                    {"field": name(weight_field(d)), "value": w}))
    if not out:
        total = sum(weights.values())
        if abs(total - WEIGHT_TOTAL) > WEIGHT_SLACK:
            first = next((weight_field(d) for d in DIMENSIONS if d in weights),
                         weight_field(DIMENSIONS[0]))
            out.append(FieldProblem(first, QT_TRANSLATE_NOOP(
                "errors", "The weights add up to {total}; they must add up to 100."),
                {"total": f"{total:g}"}))
    return out


# -- reading the survey sheet -----------------------------------------------------------

@dataclass(frozen=True)
class SheetForm:
    row: int
    form: SurveyForm
    area: str  # the area name as written ("" = venue-wide)


@dataclass
class SurveySheet:
    header_row: int
    headers: dict[str, str]  # field → header as written
    forms: list[SheetForm]
    problems: list[Problem]

    def col(self, f: str) -> str:
        return self.headers.get(f, f)

    def position(self, header: str) -> int:
        order = list(self.headers.values())
        return order.index(header) if header in order else len(order)


def _header(rows: Sequence[Sequence[str]], lookup: Callable[[str], str | None], required,
            empty: str) -> tuple[int, dict[str, int], dict[str, str], list[Problem]]:
    """The first non-empty row mapped to fields; unknown columns are ignored."""
    at = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file contains no rows."))
    header_row = at + 1
    index: dict[str, int] = {}
    headers: dict[str, str] = {}
    problems: list[Problem] = []
    for i, text in enumerate(rows[at]):
        f = lookup(text)
        if f is None:
            continue
        if f in index:
            problems.append(Problem(header_row, text.strip(), QT_TRANSLATE_NOOP(
                "import", "this column repeats column {other}"), {"other": headers[f]}))
            continue
        index[f], headers[f] = i, text.strip()
    for f, shown in required:
        if f not in index:
            problems.append(Problem(header_row, shown, QT_TRANSLATE_NOOP(
                "import", "required column is missing")))
    if not problems and not any(any(c.strip() for c in r) for r in rows[at + 1:]):
        raise ValidationError(empty)
    return header_row, index, headers, problems


def parse_survey_sheet(rows: Sequence[Sequence[str]]) -> SurveySheet:
    """Map the header row and read each row into a form, checked on its own."""
    header_row, index, headers, problems = _header(
        rows, survey_field, (("kind", "kind / 类型"), ("date", "date / 日期")),
        QT_TRANSLATE_NOOP("errors", "The file has a header row but no survey forms."))
    if not any(f[0] in "EP" and f[1:].isdigit() for f in index):
        problems.append(Problem(header_row, "E1 / 期望1", QT_TRANSLATE_NOOP(
            "import", "required column is missing")))
    sheet = SurveySheet(header_row, headers, [], problems)
    if problems:
        return sheet  # without the right columns the rows cannot be read
    for row, cells in enumerate(rows[header_row:], start=header_row + 1):
        if any(c.strip() for c in cells):
            _survey_row(sheet, row, cells, index)
    sheet.problems.sort(key=lambda p: (p.row, sheet.position(p.column)))
    return sheet


def _survey_row(sheet: SurveySheet, row: int, cells: Sequence[str],
                index: dict[str, int]) -> None:
    def cell(f: str) -> str:
        i = index.get(f)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def problem(f: str, message: str, context: str = "errors", **params: object) -> None:
        sheet.problems.append(Problem(row, sheet.col(f), message, params, context))

    before = len(sheet.problems)
    kind_text = cell("kind")
    kind = KIND_WORDS.get(kind_text.casefold(), kind_text)
    try:
        day = parse_date(cell("date"))
    except ValueError:
        day = None
    if day is None:
        problem("date", QT_TRANSLATE_NOOP(
            "import", "date {value} not understood; write it like 2024-03-01"), "import",
            value=cell("date"))
    answers: dict[str, dict[int, int]] = {"E": {}, "P": {}}
    for side in "EP":
        for item in ITEMS:
            text = cell(f"{side}{item}")
            if not text:
                continue  # a skipped item
            if re.fullmatch(r"\d{1,9}", text):  # int() refuses more than 4300 digits
                answers[side][item] = int(text)
            else:
                problem(f"{side}{item}", _NOT_AN_ANSWER, field=sheet.col(f"{side}{item}"),
                        value=text)
    weights: dict[str, float] | None = None
    given = {d: cell(weight_field(d)) for d in DIMENSIONS if cell(weight_field(d))}
    if given:
        weights = {}
        for d in DIMENSIONS:  # a blank weight beside filled ones is 0 points
            text = given.get(d, "0")
            try:
                weights[d] = float(text)
            except ValueError:
                problem(weight_field(d), _BAD_WEIGHT, field=sheet.col(weight_field(d)),
                        value=text)
    form = SurveyForm(cell("respondent"), kind, day or dt.date.min, answers["E"],
                      answers["P"], weights)
    if weights is not None and len(weights) < len(DIMENSIONS):
        form = SurveyForm(form.respondent, kind, form.day, form.expectations,
                          form.perceptions, None)  # reported above; the sum means nothing
    for p in check_form(form, sheet.col):
        sheet.problems.append(Problem(row, sheet.col(p.field), p.message, p.params, "errors"))
    if len(sheet.problems) == before:
        sheet.forms.append(SheetForm(row, form, cell("area")))


# -- the promise-outcome sheet ----------------------------------------------------------

_OUTCOME_ALIASES = {
    "promise": ("promise", "承诺", "承诺名称"),
    "at": ("at", "time", "时间", "日期时间"),
    "minutes": ("minutes", "分钟", "用时", "用时分钟", "用时(分钟)"),
    "area": ("area", "区域"),
    "note": ("note", "备注"),
}
_OUTCOME_ALIAS = {_key(a): f for f, aliases in _OUTCOME_ALIASES.items() for a in aliases}
OUTCOME_HEADERS = tuple(_OUTCOME_ALIASES)
# No two whitespace runs side by side: "\s*日?\s*[ T]?\s*" took cubic time on a long blank gap.
_AT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日\s*)?(?:T\s*)?"
                 r"(\d{1,2})\s*[:：时]\s*(\d{2})\s*(?:[:：]\s*(\d{2})(?:\.\d+)?\s*)?分?$")


def parse_at(text: str) -> dt.datetime:
    """2026-11-23 19:05 (seconds allowed, / or . as date separators); ValueError otherwise."""
    m = _AT.match(text.strip())
    if not m:
        raise ValueError(text)
    return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))


@dataclass(frozen=True)
class OutcomeRow:
    """A row as read; ``at``/``minutes`` are None when the cell was wrong (already reported),
    so the promise and area of the row can still be checked against the database."""

    row: int
    promise: str
    at: dt.datetime | None
    minutes: float | None
    area: str
    note: str


@dataclass
class OutcomeSheet:
    header_row: int
    headers: dict[str, str]
    rows: list[OutcomeRow]
    problems: list[Problem]

    def col(self, f: str) -> str:
        return self.headers.get(f, f)

    def position(self, header: str) -> int:
        order = list(self.headers.values())
        return order.index(header) if header in order else len(order)


BAD_MINUTES = QT_TRANSLATE_NOOP(
    "errors", "The measured time must be a number of minutes of at least 0, not {value}.")


def parse_outcome_sheet(rows: Sequence[Sequence[str]]) -> OutcomeSheet:
    header_row, index, headers, problems = _header(
        rows, lambda t: _OUTCOME_ALIAS.get(_key(t)),
        (("promise", "promise / 承诺"), ("at", "at / 时间"), ("minutes", "minutes / 分钟")),
        QT_TRANSLATE_NOOP("errors", "The file has a header row but no outcomes."))
    sheet = OutcomeSheet(header_row, headers, [], problems)
    if problems:
        return sheet
    for row, cells in enumerate(rows[header_row:], start=header_row + 1):
        if not any(c.strip() for c in cells):
            continue

        def cell(f: str, cells=cells) -> str:
            i = index.get(f)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def problem(f: str, message: str, context: str = "errors", row=row, **params) -> None:
            sheet.problems.append(Problem(row, sheet.col(f), message, params, context))

        at: dt.datetime | None = None
        minutes: float | None = None
        if not cell("promise"):
            problem("promise", QT_TRANSLATE_NOOP("errors", "Name the promise."))
        try:
            at = parse_at(cell("at"))
        except ValueError:
            problem("at", QT_TRANSLATE_NOOP(
                "errors", "The time “{value}” is not understood; write it like "
                          "2026-11-23 19:05."), value=cell("at"))
        try:
            minutes = float(cell("minutes"))
            if not math.isfinite(minutes) or minutes < 0:
                raise ValueError
        except ValueError:
            minutes = None
            problem("minutes", BAD_MINUTES, value=cell("minutes"))
        if len(cell("note")) > NOTE_MAX:
            problem("note", QT_TRANSLATE_NOOP("import", "too long (at most {limit} characters)"),
                    "import", limit=NOTE_MAX)
        sheet.rows.append(OutcomeRow(row, cell("promise"), at, minutes, cell("area"),
                                     cell("note")))
    return sheet
