"""The printable guest-side forms of the seed's service quality rules (附件 1–3), A4 portrait
PDF bytes (no Qt, no DB): the guest feedback form 客户服务意见表 (blank, for the tables), the
complaint record sheet 投诉处理记录表 (blank, or filled from a complaint) and the
complaint-handling flowchart 投诉处理流程图.

English is the source text; ``tr(context, text)`` translates (the app passes its Qt
catalogue). Every string is drawn with the bundled CJK font, embedded, so the forms print the
same anywhere. Text sits in Paragraphs so it wraps inside its cell; a long complaint continues
on the next page rather than running off the sheet. The look (header, footer, grids) is
form_layout's."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app.domain.complaints import CATEGORIES, CHANNELS, SATISFACTION, SEVERITIES, STATES
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.servqual_instrument import DIMENSION_LABELS
from app.reports import flowchart
from app.reports.fonts import register_fonts
from app.reports.form_layout import (
    BOTTOM,
    BOX,
    LABEL_FILL,
    PAGE,
    SECTION_FILL,
    TOP,
    WIDTH,
    FormStyles,
    boxes,
    build_form,
    chunks,
    form_para,
    grid,
    label_fill,
    writing_lines,
)
from app.reports.report_layout import Translate
from app.services.guest_dto import ComplaintDTO

CONTEXT = "guest_forms"
# The other catalogues the forms use, by name: lupdate reads tr("literal", …) as a new
# message, so the contexts are never written as literals in a call.
COMPLAINTS, SERVQUAL = "complaints", "servqual"

YES, NO = flowchart.YES, flowchart.NO

# -- the guest feedback form
FEEDBACK_TITLE = QT_TRANSLATE_NOOP("guest_forms", "Guest Service Feedback Form")
FEEDBACK_INTRO = QT_TRANSLATE_NOOP(
    "guest_forms", "Dear guest, thank you for dining with us. Please tell us how we did: tick "
                   "one box on each line and write anything you would like us to know, then "
                   "hand this form to any member of staff.")
DATE = QT_TRANSLATE_NOOP("guest_forms", "Date")
TABLE_ROOM = QT_TRANSLATE_NOOP("guest_forms", "Table / room")
GUEST_NAME_OPTIONAL = QT_TRANSLATE_NOOP("guest_forms", "Your name (optional)")
CONTACT_OPTIONAL = QT_TRANSLATE_NOOP("guest_forms", "Phone or contact (optional)")
ASPECT = QT_TRANSLATE_NOOP("guest_forms", "How satisfied were you with…")
ASPECTS = (
    QT_TRANSLATE_NOOP("guest_forms", "Dishes (taste, temperature, presentation)"),
    QT_TRANSLATE_NOOP("guest_forms", "Service attitude"),
    QT_TRANSLATE_NOOP("guest_forms", "Speed of service"),
    QT_TRANSLATE_NOOP("guest_forms", "Environment and hygiene"),
    QT_TRANSLATE_NOOP("guest_forms", "Value for money"),
    QT_TRANSLATE_NOOP("guest_forms", "Your visit overall"),
)
DISH_COMMENTS = QT_TRANSLATE_NOOP(
    "guest_forms", "Comments on our dishes: which dish, what you liked or would change")
SUGGESTIONS = QT_TRANSLATE_NOOP("guest_forms", "Suggestions for our service")
PRAISE = QT_TRANSLATE_NOOP("guest_forms", "Anyone on our staff you would like to praise, "
                                          "and why")
MAY_CONTACT = QT_TRANSLATE_NOOP("guest_forms", "May we contact you about your comments?")
STAFF_USE = QT_TRANSLATE_NOOP("guest_forms", "For staff use")
RECEIVED_BY = QT_TRANSLATE_NOOP("guest_forms", "Received by")
ROUTED_TO = QT_TRANSLATE_NOOP("guest_forms", "Passed to (department)")
ENTERED_ON = QT_TRANSLATE_NOOP("guest_forms", "Entered on")

# -- the complaint record sheet
RECORD_TITLE = QT_TRANSLATE_NOOP("guest_forms", "Complaint Record Sheet")
RECEIPT = QT_TRANSLATE_NOOP("guest_forms", "Receipt")
NUMBER = QT_TRANSLATE_NOOP("guest_forms", "Complaint no.")
RECEIVED_AT = QT_TRANSLATE_NOOP("guest_forms", "Received at")
CHANNEL = QT_TRANSLATE_NOOP("guest_forms", "Channel")
TAKEN_BY = QT_TRANSLATE_NOOP("guest_forms", "Taken by")
GUEST = QT_TRANSLATE_NOOP("guest_forms", "Guest")
CONTACT = QT_TRANSLATE_NOOP("guest_forms", "Contact")
AREA_TABLE = QT_TRANSLATE_NOOP("guest_forms", "Area / table")
SEVERITY = QT_TRANSLATE_NOOP("guest_forms", "Severity")
CATEGORY = QT_TRANSLATE_NOOP("guest_forms", "Category")
DIMENSION = QT_TRANSLATE_NOOP("guest_forms", "SERVQUAL dimension")
CONTENT = QT_TRANSLATE_NOOP("guest_forms", "Complaint")
FIRST_RESPONSE = QT_TRANSLATE_NOOP("guest_forms", "First response")
RESPONDED_AT = QT_TRANSLATE_NOOP("guest_forms", "Responded at")
RESPONDED_BY = QT_TRANSLATE_NOOP("guest_forms", "Responded by")
RESPONSE_TIME = QT_TRANSLATE_NOOP("guest_forms", "Response time (min:s)")
WITHIN = QT_TRANSLATE_NOOP("guest_forms", "Answered within {minutes} minutes")
NOT_ANSWERED = QT_TRANSLATE_NOOP("guest_forms", "Not answered yet")
HANDOVER = QT_TRANSLATE_NOOP("guest_forms", "Hand-over")
HANDED_TO = QT_TRANSLATE_NOOP("guest_forms", "Handed to department")
RESPONSIBLE = QT_TRANSLATE_NOOP("guest_forms", "Responsible person")
HANDED_AT = QT_TRANSLATE_NOOP("guest_forms", "Handed over at")
RECTIFICATION = QT_TRANSLATE_NOOP("guest_forms", "Rectification no.")
RESOLUTION_SECTION = QT_TRANSLATE_NOOP("guest_forms", "Handling")
RESOLUTION = QT_TRANSLATE_NOOP("guest_forms", "Resolution")
COMPENSATION = QT_TRANSLATE_NOOP("guest_forms", "Compensation")
AMOUNT = QT_TRANSLATE_NOOP("guest_forms", "Amount")
RESOLVED_AT = QT_TRANSLATE_NOOP("guest_forms", "Resolved at")
FEEDBACK_SECTION = QT_TRANSLATE_NOOP("guest_forms", "Feedback to the guest")
FEEDBACK = QT_TRANSLATE_NOOP("guest_forms", "What the guest was told")
SATISFACTION_LABEL = QT_TRANSLATE_NOOP("guest_forms", "Guest satisfaction")
SIGNATURES = QT_TRANSLATE_NOOP("guest_forms", "Signatures")
SIGN_RECEIVER = QT_TRANSLATE_NOOP("guest_forms", "Received by (signature)")
SIGN_HANDLER = QT_TRANSLATE_NOOP("guest_forms", "Handled by (signature)")
SIGN_HEAD = QT_TRANSLATE_NOOP("guest_forms", "Head of department (signature)")

# -- the flowchart page
FLOWCHART_TITLE = QT_TRANSLATE_NOOP("guest_forms", "Complaint Handling Flowchart")


# ---------------------------------------------------------------- 客户服务意见表


def feedback_form_pdf(tr: Translate, venue: str) -> bytes:
    """The blank guest feedback form for the tables: one A4 page."""
    s = FormStyles(register_fonts())

    def t(text: str) -> str:
        return tr(CONTEXT, text)

    story: list = [Spacer(1, 2 * mm), form_para(t(FEEDBACK_INTRO), s.body), Spacer(1, 4 * mm)]
    label_w = 36 * mm
    story.append(grid(
        [[form_para(t(DATE), s.label), "", form_para(t(TABLE_ROOM), s.label), ""],
         [form_para(t(GUEST_NAME_OPTIONAL), s.label), "", form_para(t(CONTACT_OPTIONAL), s.label), ""]],
        [label_w, WIDTH / 2 - label_w] * 2, label_fill([0, 2]), [9 * mm] * 2))
    story.append(Spacer(1, 5 * mm))

    levels = [tr(COMPLAINTS, SATISFACTION[level]) for level in sorted(SATISFACTION,
                                                                       reverse=True)]
    first_w = 62 * mm
    rating = [[form_para(t(ASPECT), s.label)] + [form_para(level, s.center) for level in levels]]
    rating += [[form_para(t(aspect), s.body)] + [form_para(BOX, s.box)] * len(levels) for aspect in ASPECTS]
    story.append(grid(rating, [first_w] + [(WIDTH - first_w) / len(levels)] * len(levels),
                       [("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL)],
                       [9 * mm] + [10 * mm] * len(ASPECTS)))

    for text, lines in ((DISH_COMMENTS, 3), (SUGGESTIONS, 3), (PRAISE, 2)):
        story += [Spacer(1, 4 * mm), form_para(t(text), s.section), writing_lines(lines)]

    story += [Spacer(1, 4 * mm),
              form_para(f"{t(MAY_CONTACT)}    {boxes([t(YES), t(NO)])}", s.body),
              Spacer(1, 5 * mm)]
    staff_w = WIDTH / 3
    story.append(KeepTogether(grid(
        [[form_para(t(STAFF_USE), s.small), "", ""],
         [form_para(t(RECEIVED_BY), s.small), form_para(t(ROUTED_TO), s.small), form_para(t(ENTERED_ON), s.small)]],
        [staff_w] * 3,
        [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
         ("VALIGN", (0, 1), (-1, 1), "TOP")],
        [6 * mm, 10 * mm])))
    return build_form(tr, venue, t(FEEDBACK_TITLE), story)


# ---------------------------------------------------------------- 投诉处理记录表


def complaint_record_pdf(tr: Translate, venue: str, complaint: ComplaintDTO | None = None,
                         limit_minutes: int = 5) -> bytes:
    """The complaint record sheet: blank (tick boxes, room to write) for a complaint taken on
    paper, or filled from ``complaint``. The content and the resolution wrap and continue on
    the next page when long."""
    s = FormStyles(register_fonts())

    def t(text: str) -> str:
        return tr(CONTEXT, text)

    v = _Values(tr, complaint)
    blank = complaint is None
    label_w = 33 * mm
    widths = [label_w, WIDTH / 2 - label_w] * 2
    rows: list = []
    style: list[tuple] = []
    heights: list[float] = []

    def section(title: str) -> None:
        style.extend([("SPAN", (0, len(rows)), (-1, len(rows))),
                      ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SECTION_FILL)])
        rows.append([form_para(t(title), s.section), "", "", ""])
        heights.append(7 * mm)

    def pair(label1: str, value1: str, label2: str | None = None, value2: str = "") -> None:
        """Two fields side by side, or one field and an empty right half."""
        if label2 is None:
            style.extend(label_fill([0], len(rows)) + [("SPAN", (2, len(rows)),
                                                         (-1, len(rows)))])
            rows.append([form_para(t(label1), s.label), form_para(value1, s.value), "", ""])
        else:
            style.extend(label_fill([0, 2], len(rows)))
            rows.append([form_para(t(label1), s.label), form_para(value1, s.value),
                         form_para(t(label2).format(minutes=limit_minutes), s.label),
                         form_para(value2, s.value)])
        heights.append(8 * mm)

    def wide(label: str, value: str, blank_height: float, filled_height: float = 9) -> None:
        """One field across the row. A long text becomes several rows of at most CHUNK high
        with no rule between them, so the table can break between pages inside it."""
        first = len(rows)
        text_width = widths[1] + widths[2] + widths[3] - 8  # less the cell padding
        for i, chunk in enumerate(chunks(form_para(value, s.value), text_width)):
            rows.append([form_para(t(label), s.label) if i == 0 else "", chunk, "", ""])
            heights.append((blank_height if blank else filled_height) * mm if i == 0 else 0)
        last = len(rows) - 1
        style.extend([("SPAN", (1, r), (-1, r)) for r in range(first, last + 1)])
        style.extend(fill for r in range(first, last + 1) for fill in label_fill([0], r))
        if last > first:  # the pieces read as one text: no rule, no extra padding between
            style.extend([("LINEBELOW", (0, first), (0, last - 1), 0.6, LABEL_FILL),
                          ("LINEBELOW", (1, first), (-1, last - 1), 0.6, colors.white),
                          ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                          ("TOPPADDING", (0, first + 1), (-1, last), 0)])
        if blank_height > 15:
            style.append(("VALIGN", (0, first), (-1, last), "TOP"))

    section(RECEIPT)
    pair(NUMBER, v.number, RECEIVED_AT, v.received_at)
    pair(CHANNEL, v.channel, TAKEN_BY, v.get("received_by"))
    pair(GUEST, v.get("guest_name"), CONTACT, v.get("guest_contact"))
    pair(AREA_TABLE, v.area, SEVERITY, v.severity)
    pair(CATEGORY, v.category, DIMENSION, v.dimension)
    wide(CONTENT, v.get("content"), 30, 18)
    section(FIRST_RESPONSE)
    pair(RESPONDED_AT, v.responded_at, RESPONDED_BY, v.get("responder"))
    pair(RESPONSE_TIME, v.response_time, WITHIN, v.within)
    section(HANDOVER)
    pair(HANDED_TO, v.get("department"), RESPONSIBLE, v.responsible)
    pair(HANDED_AT, v.stamp("handed_over_at"), RECTIFICATION, v.rectification)
    section(RESOLUTION_SECTION)
    wide(RESOLUTION, v.get("resolution"), 21, 12)
    pair(COMPENSATION, v.get("compensation"), AMOUNT, v.amount)
    pair(RESOLVED_AT, v.stamp("resolved_at"))
    section(FEEDBACK_SECTION)
    wide(FEEDBACK, v.get("feedback"), 13, 9)
    wide(SATISFACTION_LABEL, v.satisfaction, 8)
    # the signatures are a table of their own that never splits: signing lines stay together
    signatures = [[form_para(t(SIGNATURES), s.section), "", "", ""]]
    signatures += [[form_para(t(label1), s.label), "", form_para(t(label2), s.label), ""]
                   for label1, label2 in ((SIGN_RECEIVER, SIGN_HANDLER), (SIGN_HEAD, DATE))]
    signing = grid(signatures, widths,
                    [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                     *label_fill([0, 2], 1), *label_fill([0, 2], 2)],
                    [7 * mm, 11 * mm, 11 * mm])
    story = [Spacer(1, 2 * mm), grid(rows, widths, style, heights),
             KeepTogether([Spacer(1, 3 * mm), signing])]
    return build_form(tr, venue, t(RECORD_TITLE), story)


class _Values:
    """The record's field texts: the complaint's, or tick boxes / nothing on a blank form."""

    def __init__(self, tr: Translate, complaint: ComplaintDTO | None) -> None:
        self.c = complaint
        self.tr = tr
        t = self._t
        if complaint is None:
            self.number = self.received_at = self.area = self.responded_at = ""
            self.response_time = self.responsible = self.rectification = self.amount = ""
            self.category = self.dimension = ""
            self.channel = boxes([t(COMPLAINTS, label) for label in CHANNELS.values()])
            self.severity = boxes([t(COMPLAINTS, label) for label in SEVERITIES.values()])
            self.within = boxes([t(CONTEXT, YES), t(CONTEXT, NO)])
            self.satisfaction = boxes([t(COMPLAINTS, SATISFACTION[level])
                                        for level in sorted(SATISFACTION, reverse=True)])
            return
        c = complaint
        self.number = f"#{c.id} · {t(COMPLAINTS, STATES.get(c.status, c.status))}"
        self.received_at = _stamp(c.received_at)
        self.channel = t(COMPLAINTS, CHANNELS.get(c.channel, c.channel))
        self.area = " · ".join(part for part in (c.area, c.table_no) if part)
        self.severity = t(COMPLAINTS, SEVERITIES.get(c.severity, c.severity))
        category = CATEGORIES.get(c.category)
        self.category = t(COMPLAINTS, category[0]) if category else c.category
        self.dimension = (t(SERVQUAL, DIMENSION_LABELS[c.dimension])
                          if c.dimension in DIMENSION_LABELS else c.dimension)
        self.responded_at = _stamp(c.first_response_at)
        if c.response_seconds is None:
            self.response_time = t(CONTEXT, NOT_ANSWERED)
        else:
            minutes, seconds = divmod(c.response_seconds, 60)
            self.response_time = f"{minutes}:{seconds:02d}"
        self.within = "" if c.on_time is None else t(CONTEXT, YES if c.on_time else NO)
        person = c.responsible
        self.responsible = (f"{person.name} · {person.post}" if person and person.post
                            else person.name if person else "")
        self.rectification = f"#{c.rectification_id}" if c.rectification_id else ""
        self.amount = "" if c.compensation_amount is None else f"{c.compensation_amount:.2f}"
        self.satisfaction = ("" if c.satisfaction is None else
                             f"{c.satisfaction} · "
                             f"{t(COMPLAINTS, SATISFACTION.get(c.satisfaction, ''))}")

    def _t(self, context: str, text: str) -> str:
        return self.tr(context, text) if text else ""

    def get(self, field: str) -> str:
        return "" if self.c is None else str(getattr(self.c, field) or "")

    def stamp(self, field: str) -> str:
        return "" if self.c is None else _stamp(getattr(self.c, field))


def _stamp(at) -> str:
    # seconds matter here: the first-response clock is judged to the second
    return "" if at is None else f"{at:%Y-%m-%d %H:%M:%S}"


# ---------------------------------------------------------------- 投诉处理流程图


def complaint_flowchart_pdf(tr: Translate, venue: str, limit_minutes: int = 5) -> bytes:
    """The complaint-handling procedure on one A4 page."""
    font = register_fonts()
    room = PAGE[1] - TOP - BOTTOM - 4 * mm  # less the spacer above it
    drawing = flowchart.complaint_flowchart(tr, font, WIDTH, limit_minutes, room)
    return build_form(tr, venue, tr(CONTEXT, FLOWCHART_TITLE), [Spacer(1, 3 * mm), drawing])
