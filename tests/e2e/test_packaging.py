"""The PyInstaller bundle (packaging/floorqc.spec) runs headless on a machine without Python.

Slow: `make test` leaves it out; CI runs `make dist` and then this file with
FLOORQC_DIST=dist/floorqc so the bundle is built once. Without FLOORQC_DIST the test builds
its own bundle in a temporary folder (needs the dist extra: pip install -e '.[dist]').
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "floorqc.exe" if sys.platform == "win32" else "floorqc"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("FLOORQC_DIST")
    if given:
        folder = Path(given).resolve()
    else:
        if importlib.util.find_spec("PyInstaller") is None:
            pytest.skip("PyInstaller is not installed: pip install -e '.[dist]' or `make dist`")
        if not list((ROOT / "resources" / "translations").glob("*.qm")):
            pytest.skip("translations are not built: `make translations`")
        work = tmp_path_factory.mktemp("pyinstaller")
        build = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             str(ROOT / "packaging" / "floorqc.spec")],
            capture_output=True, text=True, timeout=900, cwd=ROOT)
        assert build.returncode == 0, build.stderr[-4000:]
        folder = work / "dist" / "floorqc"
    exe = folder / EXE_NAME
    assert exe.is_file(), f"no {EXE_NAME} in {folder}"
    return exe


def run_bundle(exe: Path, *args: str, tmp_path: Path, lang: str = "en"
               ) -> subprocess.CompletedProcess:
    # Only what a user's machine has: no PYTHONPATH or virtualenv leaking the source tree in.
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(FLOORQC_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               FLOORQC_LANG=lang, FLOORQC_ARGON2_PROFILE="test")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          timeout=300, cwd=tmp_path)


def test_the_bundle_prints_the_package_version(bundle, tmp_path):
    out = run_bundle(bundle, "--version", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"floorqc {__version__}"
    assert "+source" not in out.stdout  # the metadata was bundled, not the fallback


def test_the_bundle_builds_the_demo_and_checks_it(bundle, tmp_path):
    db = tmp_path / "demo.db"
    demo = run_bundle(bundle, "demo", "--db", str(db), tmp_path=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "63 staff" in demo.stdout
    check = run_bundle(bundle, "check", "--db", str(db), tmp_path=tmp_path)
    assert check.returncode == 0, check.stderr
    assert "integrity check: ok" in check.stdout and "audit chain: ok" in check.stdout

    # ReportLab with the bundled font, and openpyxl, as a user would run them.
    pdf = tmp_path / "daily.pdf"
    report = run_bundle(bundle, "report", "daily", "--date", dt.date.today().isoformat(),
                        "--out", str(pdf), "--db", str(db), tmp_path=tmp_path)
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "staff.xlsx"
    export = run_bundle(bundle, "export", "staff", str(xlsx), "--db", str(db), tmp_path=tmp_path)
    assert export.returncode == 0, export.stderr
    assert xlsx.read_bytes()[:2] == b"PK"


def test_the_bundle_speaks_chinese(bundle, tmp_path):
    # The compiled .qm travelled with the bundle and app/paths.py finds it when frozen.
    db = tmp_path / "demo.db"
    assert run_bundle(bundle, "demo", "--db", str(db), tmp_path=tmp_path).returncode == 0
    check = run_bundle(bundle, "check", "--db", str(db), tmp_path=tmp_path, lang="zh_CN")
    assert check.returncode == 0, check.stderr
    assert "完整性检查" in check.stdout
