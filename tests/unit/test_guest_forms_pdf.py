"""The printable guest-side forms read back with pypdf: the bundled font embedded everywhere,
the filled record carries the complaint and the blank one nothing of it, the flowchart every
step, a very long complaint wraps onto further pages, and every character drawn has a glyph
in the bundled font."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import functools
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from app.reports import flowchart
from app.reports.fonts import register_fonts
from app.reports.guest_forms import (
    BOX,
    complaint_flowchart_pdf,
    complaint_record_pdf,
    feedback_form_pdf,
)
from app.services.dto import PersonRef
from app.services.guest_dto import ComplaintDTO

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "resources" / "translations" / "floorqc_zh_CN.ts"
# Where the strings the forms translate are declared (lupdate must see every one of them).
DECLARING = ["app/reports/guest_forms.py", "app/reports/flowchart.py",
             "app/reports/roster_pdf.py", "app/domain/complaints.py",
             "app/domain/servqual_instrument.py"]
VENUE = "金悦酒店"
RECEIVED = dt.datetime(2026, 11, 20, 19, 42, 5)


def identity(_context: str, text: str) -> str:
    return text


def complaint(**changes) -> ComplaintDTO:
    base = ComplaintDTO(
        id=4711, received_at=RECEIVED, received_by="刘思雨", channel="phone",
        guest_name="王先生", guest_contact="139-2211-0876", area_id=3, area="大厅",
        table_no="A12", content="清蒸石斑鱼上桌时已经偏凉，催了两次都没有回音。",
        category="food_quality", dimension="reliability", severity="major", status="closed",
        deadline=RECEIVED + dt.timedelta(minutes=5),
        first_response_at=RECEIVED + dt.timedelta(minutes=3, seconds=42), responder="刘思雨",
        response_seconds=222, on_time=True, department_id=2, department="厨房",
        responsible=PersonRef(11, "K006", "陈建国", "热菜主管"),
        handed_over_at=RECEIVED + dt.timedelta(minutes=6), resolution="重做一份，主管致歉。",
        resolved_at=RECEIVED + dt.timedelta(minutes=24), feedback="经理回访，顾客接受。",
        satisfaction=4, compensation="赠送果盘", compensation_amount=68.0,
        rectification_id=58, rectification_status="in_progress", version=5)
    return dataclasses.replace(base, **changes)


def text_of(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squeeze(text: str) -> str:
    """Without whitespace: wrapped lines come back with line breaks where the text had none."""
    return re.sub(r"\s+", "", text)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def all_forms(tr) -> dict[str, bytes]:
    return {"feedback": feedback_form_pdf(tr, VENUE),
            "blank": complaint_record_pdf(tr, VENUE),
            "filled": complaint_record_pdf(tr, VENUE, complaint()),
            "flowchart": complaint_flowchart_pdf(tr, VENUE)}


def declared() -> set[tuple[str, str]]:
    pairs = set()
    for path in DECLARING:
        for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                pairs.add((node.args[0].value, node.args[1].value))
    return pairs


@functools.lru_cache(maxsize=1)
def chinese_catalogue() -> dict[tuple[str, str], str]:
    """What the zh_CN catalogue has translated so far (the forms' strings arrive with
    lupdate; until then SAMPLE_ZH stands in for a few of them)."""
    out = {}
    for context in ET.parse(ZH_TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and (translation.text or "").strip():
                out[(name, message.findtext("source"))] = translation.text
    return out


# A few of the forms' strings in Chinese, so the test draws Chinese even before lupdate.
SAMPLE_ZH = {
    ("guest_forms", "Guest Service Feedback Form"): "客户服务意见表",
    ("guest_forms", "Complaint Record Sheet"): "投诉处理记录表",
    ("guest_forms", "Complaint Handling Flowchart"): "投诉处理流程图",
    ("guest_forms", "Complaint received (phone, SMS, online or in person)"):
        "接到投诉（电话、短信、在线或当面）",
    ("guest_forms", "Apologise at once and promise an answer within {minutes} minutes"):
        "第一时间向顾客致歉，并承诺{minutes}分钟内回应",
    ("guest_forms", "Can it be resolved on the spot?"): "能否当场解决？",
    ("guest_forms", "Comments on our dishes: which dish, what you liked or would change"):
        "菜品意见：哪道菜，您喜欢或希望改进的地方",
    ("guest_forms", "Answered within {minutes} minutes"): "{minutes}分钟内回应",
    ("guest_forms", "Yes"): "是",
    ("complaints", "Satisfied"): "满意",
    ("reports", "Page {page} of {pages}"): "第 {page} 页，共 {pages} 页",
}


def chinese(context: str, text: str) -> str:
    return chinese_catalogue().get((context, text)) or SAMPLE_ZH.get((context, text), text)


# -- fonts -------------------------------------------------------------------------------


@pytest.mark.parametrize("tr", [identity, chinese], ids=["en", "zh"])
def test_every_font_of_every_form_is_embedded(tr):
    for name, data in all_forms(tr).items():
        reader = PdfReader(io.BytesIO(data))
        seen = 0
        for page in reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0].get_object() if descendants else font).get(
                    "/FontDescriptor")
                assert descriptor is not None, f"{name}: {font.get('/BaseFont')} has no descriptor"
                descriptor = descriptor.get_object()
                assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, \
                    f"{name}: {font.get('/BaseFont')} is not embedded"
                seen += 1
        assert seen, f"{name} has no fonts at all"
        assert b"/Helvetica" not in data, f"{name} references a font that is not embedded"


def test_the_single_page_forms_fit_one_a4_portrait_page_in_both_languages():
    for tr in (identity, chinese):
        for name in ("feedback", "blank", "filled", "flowchart"):
            data = all_forms(tr)[name]
            assert pages(data) == 1, name
            box = PdfReader(io.BytesIO(data)).pages[0].mediabox
            assert (round(float(box.width)), round(float(box.height))) == (595, 842)


# -- the complaint record ------------------------------------------------------------------


def test_the_filled_record_carries_the_complaint():
    text = squeeze(text_of(complaint_record_pdf(identity, VENUE, complaint())))
    for expected in ("#4711", "139-2211-0876", squeeze(complaint().content), "3:42",
                     "Satisfied", "王先生", "大厅·A12", "Reliability", "Dishquality",
                     "Phone", "Major", "陈建国", "厨房", "#58", "68.00", "重做一份，主管致歉。",
                     "经理回访，顾客接受。", "2026-11-2019:45:47", "Answeredwithin5minutes"):
        assert expected in text, expected
    assert "Yes" in text


def test_a_late_answer_and_an_unanswered_complaint_say_so():
    late = squeeze(text_of(complaint_record_pdf(identity, VENUE, complaint(
        response_seconds=487, on_time=False))))
    assert "8:07" in late and "No" in late
    waiting = squeeze(text_of(complaint_record_pdf(identity, VENUE, complaint(
        first_response_at=None, responder="", response_seconds=None, on_time=None,
        satisfaction=None, status="received"), limit_minutes=10)))
    assert "Notansweredyet" in waiting and "Answeredwithin10minutes" in waiting


def test_the_blank_record_has_the_fields_and_no_complaint_data():
    text = squeeze(text_of(complaint_record_pdf(identity, VENUE)))
    for data in ("#4711", "139-2211", "石斑鱼", "3:42", "王先生", "陈建国", "#58"):
        assert data not in text
    for label in ("Complaintno.", "Receivedat", "Contact", "Responsetime(min:s)",
                  "Answeredwithin5minutes", "Handedtodepartment", "Responsibleperson",
                  "Receivedby(signature)", "Handledby(signature)",
                  "Headofdepartment(signature)", "Guestsatisfaction",
                  # tick boxes instead of values
                  f"{BOX}Phone", f"{BOX}Inperson", f"{BOX}Critical", f"{BOX}Verysatisfied"):
        assert label in text, label


def test_a_very_long_complaint_wraps_onto_further_pages():
    words = "The guest waited forty minutes for the steamed fish, asked twice, and was " \
            "told it was coming; 鱼上桌时已经偏凉，服务员没有解释原因。"
    content = "\n".join([words * 12] * 14) + "\nTHE-VERY-END of the complaint."
    data = complaint_record_pdf(identity, VENUE, complaint(content=content,
                                                           resolution="重做一份。" * 400))
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert pages(data) > 1
    text = squeeze(text_of(data))
    assert "THE-VERY-ENDofthecomplaint." in text
    assert "Headofdepartment(signature)" in text  # the form goes on after the long text


# -- the flowchart ----------------------------------------------------------------------------


@pytest.mark.parametrize("tr", [identity, chinese], ids=["en", "zh"])
def test_the_flowchart_shows_every_step(tr):
    text = squeeze(text_of(complaint_flowchart_pdf(tr, VENUE, limit_minutes=5)))
    for node in flowchart.procedure(tr, 5):
        assert squeeze(node.text) in text, node.key
    assert squeeze(tr("guest_forms", "Yes")) in text and squeeze(tr("guest_forms", "No")) in text


def test_the_flowchart_follows_the_response_limit():
    text = squeeze(text_of(complaint_flowchart_pdf(identity, VENUE, limit_minutes=8)))
    assert "within8minutes" in text and "8-minuteclock" in text
    assert "within5minutes" not in text


def test_english_forms_show_english_texts():
    forms = {name: squeeze(text_of(data)) for name, data in all_forms(identity).items()}
    assert "GuestServiceFeedbackForm" in forms["feedback"]
    assert "Speedofservice" in forms["feedback"] and "Verydissatisfied" in forms["feedback"]
    assert "ComplaintRecordSheet" in forms["blank"]
    assert "ComplaintHandlingFlowchart" in forms["flowchart"]
    assert "Page1of1" in forms["flowchart"] and VENUE in forms["flowchart"]


def test_chinese_forms_show_chinese_texts():
    forms = {name: squeeze(text_of(data)) for name, data in all_forms(chinese).items()}
    assert "客户服务意见表" in forms["feedback"] and "菜品意见" in forms["feedback"]
    assert "投诉处理记录表" in forms["filled"] and "满意" in forms["filled"]
    assert "投诉处理流程图" in forms["flowchart"] and "能否当场解决" in forms["flowchart"]


# -- translation and glyphs -------------------------------------------------------------------


def test_every_string_asked_for_is_declared_where_lupdate_sees_it():
    asked: set[tuple[str, str]] = set()

    def recording(context: str, text: str) -> str:
        asked.add((context, text))
        return text

    all_forms(recording)
    complaint_record_pdf(recording, VENUE, complaint(on_time=False, response_seconds=None))
    assert asked - declared() == set()
    assert {context for context, _ in asked} <= {"guest_forms", "complaints", "servqual",
                                                 "reports"}


def test_every_character_drawn_has_a_glyph_in_the_bundled_font():
    face = pdfmetrics.getFont(register_fonts()).face
    drawn: list[str] = [BOX, "·", "\u00a0", "#:.-", VENUE]
    sample = complaint()
    drawn += [sample.content, sample.guest_contact, sample.resolution, sample.feedback,
              sample.responsible.name, sample.responsible.post, sample.area, "0123456789"]
    for tr in (identity, chinese):
        def recording(context: str, text: str, tr=tr) -> str:
            drawn.append(tr(context, text))
            return tr(context, text)

        all_forms(recording)
    # the Chinese catalogue as far as it goes, for the contexts the forms use
    drawn += [text for (context, _), text in chinese_catalogue().items()
              if context in ("guest_forms", "complaints", "servqual")]
    missing = sorted({ch for text in drawn for ch in text
                      if not ch.isspace() and ord(ch) not in face.charToGlyph})
    assert missing == []
