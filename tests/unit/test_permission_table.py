"""README.md shows exactly the permission table that scripts/permission_table.py prints from
ROLE_PERMISSIONS, so the documentation cannot drift from the checks the services make."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from app.domain.permissions import ROLE_PERMISSIONS, Permission, Role

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "permission_table.py"


def _script():
    spec = importlib.util.spec_from_file_location("permission_table", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_prints_one_row_per_permission_and_one_column_per_role():
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                         check=True, encoding="utf-8").stdout
    assert out == _script().markdown_table()
    lines = out.splitlines()
    assert len(lines) == 2 + len(Permission)
    assert [c.strip() for c in lines[0].strip("|").split("|")][1:] == [
        "Administrator", "HR", "Manager", "Supervisor", "Team leader", "Staff"]
    marks = sum(line.count("✓") for line in lines)
    assert marks == sum(len(p) for p in ROLE_PERMISSIONS.values())
    admin_row = next(line for line in lines if line.startswith("| Manage sign-ins"))
    assert admin_row.count("✓") == 1  # only the administrator manages users
    assert len(ROLE_PERMISSIONS[Role.ADMIN]) == len(Permission)


def test_readme_contains_exactly_the_generated_table():
    readme = ROOT / "README.md"
    table = _script().markdown_table()
    hint = ("README.md must contain the output of `python scripts/permission_table.py` "
            "verbatim; regenerate it and paste it in.")
    assert readme.exists(), hint
    assert table in readme.read_text(encoding="utf-8"), hint
