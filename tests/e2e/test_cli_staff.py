"""`floorqc import staff` / `export staff` as a user or a scheduled task runs them."""

from __future__ import annotations

import csv
import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest

from app.services.base import SYSTEM
from app.services.bootstrap import Services, open_database
from app.services.dto import EmployeeInput
from tests.helpers import hire, make_org, rank_id


def floorqc(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FLOORQC_ARGON2_PROFILE": "test", "FLOORQC_LANG": "en",
           "FLOORQC_DATA_DIR": str(tmp_path / "userdata")}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


HEAD = ["工号", "姓名", "部门", "岗位", "上级工号", "电话", "入职日期", "兼岗"]


def test_import_then_export(tmp_path):
    src = write_csv(tmp_path / "staff.csv", [
        HEAD,
        ["FQ002", "李四", "楼面部", "包房服务员", "FQ001", "13800138000", "2024/3/1", ""],
        ["FQ001", "张三", "楼面部", "包房组长", "", "", "", "包房服务员(可带教)"],
    ])
    db = tmp_path / "a.db"
    result = floorqc(tmp_path, "import", "staff", src, "--db", db, "--create-missing")
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout and "1 new departments, 2 new posts" in result.stdout
    again = floorqc(tmp_path, "import", "staff", src, "--db", db)
    assert again.returncode == 0 and "2 unchanged" in again.stdout
    out = tmp_path / "out.csv"
    exported = floorqc(tmp_path, "export", "staff", out, "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"Exported 2 employees to {out}"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_bad_file_lists_every_problem_and_changes_nothing(tmp_path, services, db, db_path):
    _dept, leader_post, _server = make_org(services)
    hire(services, "FQ100", "王经理", leader_post.id)
    db.dispose()
    src = write_csv(tmp_path / "bad.csv", [
        HEAD,
        ["FQ001", "张三", "楼面部", "包房组长", "FQ100", "", "", ""],
        ["FQ002", "李四", "楼面部", "包房服务员", "FQ999", "", "2024-02-30", ""],
        ["FQ003", "", "楼面部", "调酒师", "", "", "", ""],
    ])
    before = dump(db_path)
    result = floorqc(tmp_path, "import", "staff", src, "--db", db_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "4 problems; nothing was imported.",
        "Row 3, column 上级工号: leader code FQ999 not found",
        "Row 3, column 入职日期: date 2024-02-30 not understood; write it like 2024-03-01",
        "Row 4, column 姓名: name is empty",
        "Row 4, column 岗位: unknown post 调酒师",
    ]
    assert dump(db_path) == before


@pytest.mark.parametrize("name, reason", [
    ("staff.txt", "staff.txt: only .xlsx and .csv files are supported."),
    ("missing.csv", "No such file: "),
])
def test_unusable_file_gives_one_line_reason(tmp_path, name, reason):
    if name.endswith(".txt"):
        (tmp_path / name).write_text("工号\n", encoding="utf-8")
    result = floorqc(tmp_path, "import", "staff", tmp_path / name, "--db", tmp_path / "x.db")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr


def build_org(services: Services) -> None:
    """Two departments, a three-level chain, extra skills and two leavers."""
    dept, leader_post, server_post = make_org(services)
    runners = services.org.save_department("传菜部")
    runner_post = services.org.save_post("传菜员", runners.id, rank_id(services, "staff"), 4)
    head = services.staff.create(EmployeeInput("FQ001", "王主管", "13800000001",
                                               dt.date(2020, 5, 1), leader_post.id)).employee
    lead = hire(services, "FQ002", "李组长", leader_post.id, head.id).employee
    for i, name in enumerate(["赵一", "钱二", "孙三"], start=3):
        emp = hire(services, f"FQ00{i}", name, server_post.id, lead.id).employee
        services.staff.set_qualification(emp.id, runner_post.id, "training")
    runner = hire(services, "FQ010", "周跑", runner_post.id, head.id).employee
    services.staff.set_qualification(runner.id, server_post.id, "trainer")
    services.staff.set_qualification(runner.id, leader_post.id, "qualified")
    # A leaver whose own leader later leaves too: the export must still import.
    gone = hire(services, "FQ020", "吴离", runner_post.id).employee
    mate = hire(services, "FQ021", "郑离", runner_post.id, gone.id).employee
    services.staff.deactivate(mate.id)
    services.staff.deactivate(gone.id)
    assert dept.name == "楼面部"


def snapshot(services: Services) -> dict:
    out = {}
    for e in services.staff.employees(active=None):
        extra = sorted((q.post, q.level) for q in services.staff.qualifications(e.id))
        out[e.code] = (e.name, e.department, e.post, e.leader_code, e.phone, e.hire_date,
                       e.active, extra)
    return out


@pytest.mark.parametrize("ext", [".xlsx", ".csv"])
def test_round_trip_into_an_empty_database(tmp_path, services, db, ext):
    build_org(services)
    expected = snapshot(services)
    db.dispose()
    sheet = tmp_path / f"staff{ext}"
    exported = floorqc(tmp_path, "export", "staff", sheet, "--db", tmp_path / "floorqc.db")
    assert exported.returncode == 0, exported.stderr
    target = tmp_path / "second.db"
    imported = floorqc(tmp_path, "import", "staff", sheet, "--db", target, "--create-missing")
    assert imported.returncode == 0, imported.stderr
    assert "8 added" in imported.stdout and "2 new departments, 3 new posts" in imported.stdout
    second = open_database(target)
    try:
        assert snapshot(Services.bind(second, SYSTEM)) == expected
    finally:
        second.dispose()
