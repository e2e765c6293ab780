"""Chinese is the default language: every string the code shows has a Chinese translation,
with the same {placeholders}, and the .ts file is in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "resources" / "translations" / "floorqc_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{\w+\}")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_every_message_is_translated_to_chinese():
    missing = [f"{ctx}: {src}" for (ctx, src), tr in _messages(ZH_TS).items()
               if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
               or not (tr.text or "").strip()]
    assert missing == []


def test_translations_keep_their_placeholders():
    wrong = [f"{ctx}: {src} → {tr.text}" for (ctx, src), tr in _messages(ZH_TS).items()
             if tr is not None and tr.text
             and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text))]
    assert wrong == []


def test_ts_file_is_in_step_with_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.fail("pyside6-lupdate is missing; it ships with PySide6-Essentials")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    in_ts = {key for key, tr in _messages(ZH_TS).items()
             if tr is None or tr.get("type") not in ("vanished", "obsolete")}
    assert sorted(in_code - in_ts) == [], "run `make lupdate` and translate the new strings"
