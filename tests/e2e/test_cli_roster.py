"""`floorqc export roster` / `import roster` as a user or a scheduled task runs them."""

from __future__ import annotations

from app.services.tabular import read_rows
from tests.e2e.test_cli_staff import dump, floorqc
from tests.roster_builders import build_floor, fill_week, write_xlsx


def test_export_xlsx_and_pdf_then_import_again(tmp_path, services, db, db_path):
    fill_week(services, build_floor(services))
    db.dispose()
    sheet = tmp_path / "week.xlsx"
    exported = floorqc(tmp_path, "export", "roster", "--week", "2026-W48", sheet, "--db", db_path)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"Exported the roster of 2026-W48 (4 employees) to {sheet}"
    assert read_rows(sheet)[1][:2] == ["周次", "2026-W48"]

    pdf = tmp_path / "week.pdf"
    printed = floorqc(tmp_path, "export", "roster", "--week", "2026-w48", pdf, "--db", db_path)
    assert printed.returncode == 0, printed.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data and b"NotoSansSC" in data  # the CJK font travels with it

    again = floorqc(tmp_path, "import", "roster", sheet, "--db", db_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == ("Roster 2026-W48 imported for 4 employees: 0 added, "
                                    "0 changed, 0 removed, 14 unchanged.")


def test_bad_file_exits_1_listing_every_problem(tmp_path, services, db, db_path):
    build_floor(services)
    db.dispose()
    bad = write_xlsx(tmp_path / "bad.xlsx", [
        ["周次", "2026-W48"],
        ["工号", "姓名", "周一 11-23 早班", "周一 11-23 午市", "周一 11-23 宵夜"],
        ["S1", "赵敏", "包房服务员", "包房服务员"],
        ["X9", "无名", "包房服务员"],
        ["S2", "钱进", "包房服务员@火星厅"],
    ])
    before = dump(db_path)
    result = floorqc(tmp_path, "import", "roster", bad, "--db", db_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "5 problems; nothing was imported.",
        "Row 2, column 周一 11-23 宵夜: unknown shift 宵夜",
        "Row 3, column 周一 11-23 早班: 赵敏 is already rostered 午市 on 2026-11-23, which "
        "overlaps this shift.",
        "Row 3, column 周一 11-23 午市: 赵敏 is already rostered 早班 on 2026-11-23, which "
        "overlaps this shift.",
        "Row 4, column 工号: unknown employee code X9",
        "Row 5, column 周一 11-23 早班: unknown area 火星厅",
    ]
    assert dump(db_path) == before


def test_unusable_arguments_give_one_line_reasons(tmp_path):
    db = tmp_path / "x.db"
    week = floorqc(tmp_path, "export", "roster", "--week", "2026-48", tmp_path / "w.xlsx",
                   "--db", db)
    assert week.returncode == 1
    assert week.stderr.strip() == "Write the week like 2026-W48, not 2026-48."
    assert not db.exists()  # refused before a database was created
    csv = floorqc(tmp_path, "export", "roster", "--week", "2026-W48", tmp_path / "w.csv",
                  "--db", db)
    assert csv.returncode == 1
    assert csv.stderr.strip() == "w.csv: a roster is exported as .xlsx or .pdf."
    missing = floorqc(tmp_path, "import", "roster", tmp_path / "none.xlsx", "--db", db)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert "No such file: " in missing.stderr
