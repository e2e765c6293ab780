"""Shared by the issue-9 benchmarks: the large three-year venue in a temporary database
(``floorqc demo --scale large --years 3``, about 20 s and 190 MB), or an existing one given
with ``--db PATH`` (built once, reused by every script: much faster for repeated runs)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEARS = 3


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help="an existing large venue (built with `floorqc demo --scale large "
                             "--years 3 --db PATH`); without it one is built in a temp dir")


def large_db(given: Path | None, tmp: str) -> tuple[Path, float]:
    """The large venue's file and how long building it took (0 when reused)."""
    if given is not None and given.exists():
        return given, 0.0
    path = given or Path(tmp) / "large.db"
    env = dict(os.environ, FLOORQC_ARGON2_PROFILE="test")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "demo", "--scale", "large", "--years",
                    str(YEARS), "--db", str(path)], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return path, time.perf_counter() - started


def venue_line(path: Path, built: float) -> str:
    """The heading each script prints over its figures."""
    return (f"\nlarge venue: {path.stat().st_size / 1e6:.0f} MB"
            + (f" (built in {built:.1f} s)" if built else " (reused)"))


def data_end() -> dt.date:
    """The last day with data: the large demo fills the days up to yesterday."""
    return dt.date.today() - dt.timedelta(days=1)
