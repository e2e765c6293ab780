"""The complaint-handling procedure as a flowchart (投诉处理流程图), drawn with ReportLab
graphics shapes: rounded boxes for start and end, boxes for steps, diamonds for decisions,
dashed notes, elbow arrows. No Qt, no DB.

The steps follow the seed procedure (服务质量管理制度 五、投诉处理) extended with what the
app records: apologise and promise an answer within the limit, record contact and content,
resolve on the spot or hand over to the department on duty, open a rectification when the
complaint reveals a quality defect, feed back to the guest, follow up, and file the record
so it counts in the gap analysis. A complaint resolved on the spot can reveal a defect too,
so both branches meet again at that question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

CONTEXT = "guest_forms"
RECEIVED = QT_TRANSLATE_NOOP("guest_forms",
                             "Complaint received (phone, SMS, online or in person)")
APOLOGISE = QT_TRANSLATE_NOOP(
    "guest_forms", "Apologise at once and promise an answer within {minutes} minutes")
RECORD = QT_TRANSLATE_NOOP(
    "guest_forms", "Find out what happened and what the guest wants; record their contact "
                   "and the complaint")
ON_THE_SPOT = QT_TRANSLATE_NOOP("guest_forms", "Can it be resolved on the spot?")
RESOLVE_NOW = QT_TRANSLATE_NOOP("guest_forms",
                                "Resolve it on the spot and record what was done")
HAND_OVER = QT_TRANSLATE_NOOP(
    "guest_forms", "Hand over to the department concerned (the responsible person on duty)")
DEPARTMENT = QT_TRANSLATE_NOOP(
    "guest_forms", "The department handles it and records the resolution and any "
                   "compensation")
DEFECT = QT_TRANSLATE_NOOP("guest_forms", "Does it reveal a quality defect?")
RECTIFY = QT_TRANSLATE_NOOP(
    "guest_forms", "Open a rectification order: the responsible person fixes it and a "
                   "superior verifies the fix")
FEED_BACK = QT_TRANSLATE_NOOP("guest_forms",
                              "Feed back to the guest and follow up on their satisfaction")
ARCHIVE = QT_TRANSLATE_NOOP("guest_forms", "File the record; it counts in the gap analysis")
CLOCK_NOTE = QT_TRANSLATE_NOOP(
    "guest_forms", "{minutes}-minute clock: it starts when the complaint is received and "
                   "stops at the first response. The time and who responded are recorded; "
                   "later than {minutes} minutes counts as late.")
MEASURE_NOTE = QT_TRANSLATE_NOOP(
    "guest_forms", "Measured every period: share answered within {minutes} minutes, median "
                   "first response, time to resolve (service promises, gap 4).")
YES = QT_TRANSLATE_NOOP("guest_forms", "Yes")
NO = QT_TRANSLATE_NOOP("guest_forms", "No")

INK = colors.HexColor("#1F2933")
STEP_FILL = colors.HexColor("#E3EAF3")
END_FILL = colors.HexColor("#D7EBDD")
DECISION_FILL = colors.HexColor("#FFF1D0")
NOTE_INK = colors.HexColor("#555555")
ARROW = colors.HexColor("#3E4C59")

TEXT_SIZE = 10.5
NOTE_SIZE = 8.5
LEADING = 1.3  # × font size
PAD = 7  # points of padding inside a box
GAP = 30  # points of arrow between two steps of the main line
DIAMOND_HEIGHT = 72


@dataclass(frozen=True)
class Node:
    key: str
    kind: str  # start | step | decision | end | note
    text: str


def procedure(tr: Translate, limit_minutes: int = 5) -> list[Node]:
    """Every box of the chart with its final (translated) text, in reading order."""
    def t(text: str) -> str:
        return tr(CONTEXT, text).format(minutes=limit_minutes)

    return [
        Node("received", "start", t(RECEIVED)),
        Node("apologise", "step", t(APOLOGISE)),
        Node("record", "step", t(RECORD)),
        Node("on_the_spot", "decision", t(ON_THE_SPOT)),
        Node("resolve_now", "step", t(RESOLVE_NOW)),
        Node("hand_over", "step", t(HAND_OVER)),
        Node("department", "step", t(DEPARTMENT)),
        Node("defect", "decision", t(DEFECT)),
        Node("rectify", "step", t(RECTIFY)),
        Node("feed_back", "step", t(FEED_BACK)),
        Node("archive", "end", t(ARCHIVE)),
        Node("clock", "note", t(CLOCK_NOTE)),
        Node("measures", "note", t(MEASURE_NOTE)),
    ]


# A run of non-CJK text (a word with its trailing spaces), or one CJK character with any
# opening punctuation before it and closing punctuation after it, so that a line never
# starts with "，" or "）" nor ends with "（".
_CJK = "\u2e80-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[（《「『“]*[{_CJK}0-9][，。、；：？！）》」』”…%]*"
                    rf"|[^\s{_CJK}\uff00-\uffef\u3000-\u303f]+\s*"
                    r"|\s+|.", re.S)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking for Chinese and English alike (graphics strings do not wrap)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKEN.findall(paragraph):
            if line and stringWidth((line + token).rstrip(), font, size) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        lines.append(line.rstrip())
    return lines


def _by_phrases(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Lines broken only after "，；：" (or ", ; :"), or None when a phrase is too wide."""
    lines: list[str] = []
    line = ""
    for phrase in re.findall(r".+?(?:[，；：,;:]\s*|$)", text):
        if not line or stringWidth((line + phrase).rstrip(), font, size) <= width:
            line += phrase
            continue
        lines.append(line.rstrip())
        line = phrase.lstrip()
    lines.append(line.rstrip())
    if any(stringWidth(one, font, size) > width for one in lines):
        return None
    return lines


def balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """As few lines as ``wrap`` gives, broken between phrases where that needs no extra
    line, else as even as possible: no lone last character."""
    lines = wrap(text, font, size, width)
    if len(lines) < 2:
        return lines
    phrases = _by_phrases(text, font, size, width) if "\n" not in text else None
    if phrases is not None and len(phrases) <= len(lines):
        return phrases
    low, high = width / 2, width
    for _ in range(12):  # the narrowest width that still needs no more lines
        middle = (low + high) / 2
        if len(wrap(text, font, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap(text, font, size, high)


class _Chart:
    """Places the nodes top-down and draws them; y grows upwards as in ReportLab."""

    def __init__(self, width: float, font: str) -> None:
        self.width, self.font = width, font
        self.shapes: list = []
        self.main_x = width / 2
        self.main_w = width * 0.40
        self.side_w = width * 0.24
        self.diamond_w = self.main_w * 0.92
        self.left_x = self.side_w / 2 + 2
        self.right_x = width - self.side_w / 2 - 2

    # -- sizes --------------------------------------------------------------------------
    def lines(self, node: Node, width: float) -> list[str]:
        # the round ends of start and end boxes take some width from the text
        inset = 2 * PAD + (10 if node.kind in ("start", "end") else 0)
        return balanced(node.text, self.font, TEXT_SIZE, width - inset)

    def box_height(self, node: Node, width: float) -> float:
        return max(30.0, len(self.lines(node, width)) * TEXT_SIZE * LEADING + 2 * PAD)

    # -- shapes -------------------------------------------------------------------------
    def text(self, lines: list[str], cx: float, cy: float, size: float = TEXT_SIZE,
             color=INK, anchor: str = "middle", x: float | None = None) -> None:
        leading = size * LEADING
        top = cy + (len(lines) - 1) * leading / 2
        for i, line in enumerate(lines):
            baseline = top - i * leading - size * 0.35
            self.shapes.append(String(cx if x is None else x, baseline, line,
                                      fontName=self.font, fontSize=size, fillColor=color,
                                      textAnchor=anchor))

    def box(self, node: Node, cx: float, top: float, width: float) -> tuple[float, float]:
        """Draws a step or start/end box; returns (top, bottom)."""
        height = self.box_height(node, width)
        rounded = node.kind in ("start", "end")
        self.shapes.append(Rect(cx - width / 2, top - height, width, height,
                                rx=height / 2 if rounded else 3, ry=height / 2 if rounded else 3,
                                fillColor=END_FILL if rounded else STEP_FILL,
                                strokeColor=INK, strokeWidth=0.9))
        self.text(self.lines(node, width), cx, top - height / 2)
        return top, top - height

    def diamond(self, node: Node, cx: float, top: float) -> tuple[float, float]:
        width, height = self.diamond_w, DIAMOND_HEIGHT
        cy = top - height / 2
        self.shapes.append(Polygon([cx, top, cx + width / 2, cy, cx, top - height,
                                    cx - width / 2, cy],
                                   fillColor=DECISION_FILL, strokeColor=INK, strokeWidth=0.9))
        # the text sits in the middle half of the diamond, where it is wide enough
        self.text(balanced(node.text, self.font, TEXT_SIZE, width * 0.55), cx, cy)
        return top, top - height

    def note(self, node: Node, cx: float, cy: float, width: float) -> tuple[float, float]:
        lines = wrap(node.text, self.font, NOTE_SIZE, width - 2 * PAD)
        height = len(lines) * NOTE_SIZE * LEADING + 2 * PAD
        self.shapes.append(Rect(cx - width / 2, cy - height / 2, width, height, rx=2, ry=2,
                                fillColor=colors.white, strokeColor=NOTE_INK, strokeWidth=0.6,
                                strokeDashArray=[3, 2]))
        self.text(lines, cx, cy, NOTE_SIZE, NOTE_INK, anchor="start",
                  x=cx - width / 2 + PAD)
        return cy + height / 2, cy - height / 2

    def arrow(self, points: list[float], label: str = "", label_at: tuple | None = None,
              dashed: bool = False, label_anchor: str = "start") -> None:
        """A polyline ending in an arrowhead at its last point."""
        extra = {"strokeDashArray": [2, 2]} if dashed else {}
        self.shapes.append(PolyLine(points, strokeColor=ARROW, strokeWidth=0.9, **extra))
        if dashed:
            return
        (x1, y1), (x2, y2) = points[-4:-2], points[-2:]
        dx, dy = x2 - x1, y2 - y1
        length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
        ux, uy = dx / length, dy / length
        size = 5.5
        self.shapes.append(Polygon([x2, y2, x2 - ux * size - uy * size * 0.55,
                                    y2 - uy * size + ux * size * 0.55,
                                    x2 - ux * size + uy * size * 0.55,
                                    y2 - uy * size - ux * size * 0.55],
                                   fillColor=ARROW, strokeColor=ARROW, strokeWidth=0.5))
        if label and label_at:
            self.text([label], label_at[0], label_at[1], 9, ARROW, anchor=label_anchor,
                      x=label_at[0])

    def down(self, bottom: float, top: float, x: float | None = None, label: str = "") -> None:
        x = self.main_x if x is None else x
        self.arrow([x, bottom, x, top], label, (x + 4, (bottom + top) / 2) if label else None)


def complaint_flowchart(tr: Translate, font: str, width: float, limit_minutes: int = 5,
                        max_height: float | None = None) -> Drawing:
    """The chart as a Drawing ``width`` points wide; its height follows from the text, and
    it shrinks (centred) to ``max_height`` when long translations would make it taller."""
    nodes = {n.key: n for n in procedure(tr, limit_minutes)}
    yes, no = tr(CONTEXT, YES), tr(CONTEXT, NO)
    c = _Chart(width, font)
    mx, mw, sw, dw = c.main_x, c.main_w, c.side_w, c.diamond_w
    y = 0.0  # drawn downwards from 0, shifted into the drawing at the end

    _, b = c.box(nodes["received"], mx, y, mw)
    y = b - GAP
    c.down(b, y)
    top, b = c.box(nodes["apologise"], mx, y, mw)
    apologise_mid = (top + b) / 2
    c.note(nodes["clock"], c.right_x, apologise_mid, sw)
    c.arrow([mx + mw / 2, apologise_mid, c.right_x - sw / 2, apologise_mid], dashed=True)
    y = b - GAP
    c.down(b, y)
    _, b = c.box(nodes["record"], mx, y, mw)
    y = b - GAP
    c.down(b, y)

    # Can it be resolved on the spot? yes → left column, no → down the main line
    top, b = c.diamond(nodes["on_the_spot"], mx, y)
    decision_mid = (top + b) / 2
    y = b - GAP - 8  # room for the "no" label
    c.down(b, y, label=no)
    hand_top, b = c.box(nodes["hand_over"], mx, y, mw)
    left_top = hand_top
    c.arrow([mx - dw / 2, decision_mid, c.left_x, decision_mid, c.left_x, left_top],
            yes, (mx - dw / 2 - 5, decision_mid + 8), label_anchor="end")
    _, left_bottom = c.box(nodes["resolve_now"], c.left_x, left_top, sw)
    y = b - GAP
    c.down(b, y)
    _, b = c.box(nodes["department"], mx, y, mw)
    y = min(b - GAP, left_bottom - GAP)
    c.down(b, y)

    # Does it reveal a quality defect? yes → right column, no → feed back
    top, b = c.diamond(nodes["defect"], mx, y)
    defect_mid = (top + b) / 2
    c.arrow([c.left_x, left_bottom, c.left_x, defect_mid, mx - dw / 2, defect_mid])
    rect_h = c.box_height(nodes["rectify"], sw)
    rect_top = defect_mid + rect_h / 2
    _, rect_bottom = c.box(nodes["rectify"], c.right_x, rect_top, sw)
    c.arrow([mx + dw / 2, defect_mid, c.right_x - sw / 2, defect_mid], yes,
            (mx + dw / 2 + 5, defect_mid + 8))
    y = min(b - GAP - 8, rect_bottom - GAP)
    c.down(b, y, label=no)
    feed_top, b = c.box(nodes["feed_back"], mx, y, mw)
    feed_mid = (feed_top + b) / 2
    c.arrow([c.right_x, rect_bottom, c.right_x, feed_mid, mx + mw / 2, feed_mid])
    y = b - GAP
    c.down(b, y)
    archive_top, b = c.box(nodes["archive"], mx, y, mw)
    note_top, note_bottom = c.note(nodes["measures"], c.right_x, (archive_top + b) / 2 - 14, sw)
    c.arrow([mx + mw / 2, (archive_top + b) / 2, c.right_x - sw / 2, (archive_top + b) / 2],
            dashed=True)
    bottom = min(b, note_bottom) - 2

    height = -bottom + 4
    scale = min(1.0, max_height / height) if max_height else 1.0
    # everything was placed below y = 0: shift it up into the drawing, scaled about the middle
    group = Group(*c.shapes, transform=(scale, 0, 0, scale, width * (1 - scale) / 2,
                                        (height - 2) * scale))
    drawing = Drawing(width, height * scale)
    drawing.initialFontName = font  # else the renderer starts with Helvetica (not embedded)
    drawing.add(group)
    return drawing
