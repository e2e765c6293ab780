"""Disk full (issue 8 part 3): the database is capped with ``PRAGMA max_page_count`` on the
real engine, set on every connection by an event listener, the way a full disk would stop
SQLite from growing the file. Writes then fail with the clear DiskFull message; everything
saved before is still there, the failed transaction left nothing, and once space is back
the same calls work again."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
from sqlalchemy import event, text

from app.db.engine import Database
from app.db.models_system import Setting
from app.domain.errors import DiskFull
from app.domain.permissions import Role
from app.services import audit
from app.services.base import Actor
from app.services.bootstrap import open_database
from app.services.checklist_dto import FindingDTO
from app.services.patrols import PatrolService
from app.services.rectification_dto import RectificationDTO
from app.services.rectifications import RectificationService
from tests.crash.world import USER, build_world

NOTE = "地毯污渍，需要整改。" * 60  # ~1.8 KB of UTF-8: a few findings fit in a page or two
BIG = NOTE * 8  # never fits in the pages left


def _tables(db: Database) -> dict[str, int]:
    """Rows in every table: the failed transaction must not change a single count."""
    with db.engine.connect() as con:
        names = [r[0] for r in con.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
        return {n: con.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}


def _healthy(db: Database) -> None:
    with db.engine.connect() as con:
        assert con.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    with db.read() as s:
        assert audit.verify(s).ok


@dataclass
class Capped:
    """An open database with two saved findings and one rectification started, and a cap:
    ``cap(pages)`` leaves that many free pages, ``uncap()`` gives the space back."""

    db: Database
    patrols: PatrolService
    rects: RectificationService
    area_id: int
    saved: list[FindingDTO]
    started: RectificationDTO
    limit: list[int] = field(default_factory=list)

    def on_connect(self, dbapi_conn, _record) -> None:
        if self.limit:
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA max_page_count = {self.limit[0]}")
            cur.close()

    def cap(self, pages: int) -> None:
        with self.db.engine.connect() as con:
            used = con.execute(text("PRAGMA page_count")).scalar_one()
        self.limit[:] = [used + pages]
        self.db.engine.dispose()  # pooled connections were opened without the cap

    def uncap(self) -> None:
        self.limit.clear()
        self.db.engine.dispose()


@pytest.fixture
def full(tmp_path):
    path = tmp_path / "full.db"
    employee_id, area_id = build_world(path)
    db = open_database(path)
    actor = Actor(USER, Role.LEADER, None, employee_id)
    patrols, rects = PatrolService(db, actor), RectificationService(db, actor)
    saved = [patrols.ad_hoc_finding(area_id, f"保存在先 {i}", "minor") for i in range(2)]
    first = rects.list()[0]
    capped = Capped(db, patrols, rects, area_id, saved, rects.start(first.id, first.version))
    event.listen(db.engine, "connect", capped.on_connect)
    yield capped
    event.remove(db.engine, "connect", capped.on_connect)
    db.dispose()


def test_disk_full_is_a_clear_error_and_loses_nothing(full):
    db, patrols, rects, area_id = full.db, full.patrols, full.rects, full.area_id
    full.cap(pages=12)
    written = []
    with pytest.raises(DiskFull) as caught:
        for i in range(50):  # fills the few free pages, then must fail
            before = _tables(db)
            written.append(patrols.ad_hoc_finding(area_id, f"{NOTE} {i}", "major"))
    assert written, "the cap left room for a few findings, so it was hit mid-stream"
    message = str(caught.value)
    assert "is full" in message and "full.db" in message and "try again" in message
    print(f"\ndisk full after {len(written)} more findings: {message}")

    # The failed call left nothing: not the finding, its rectification, event or audit row.
    assert _tables(db) == before
    found = {f.id: f.description for f in patrols.findings(status=None)}
    for f in [*full.saved, *written]:
        assert found[f.id] == f.description
    assert len(found) == len(full.saved) + len(written)
    _healthy(db)

    # A transition that does not fit either: the rectification stays as it was.
    rect = rects.rectification(full.started.id).rectification
    before = _tables(db)
    with pytest.raises(DiskFull):
        rects.submit(rect.id, rect.version, BIG * 3, "people")
    after = rects.rectification(full.started.id).rectification
    assert (after.status, after.version) == ("in_progress", rect.version)
    assert _tables(db) == before
    _healthy(db)

    # Space is back: the same calls work on the same open database.
    full.uncap()
    again = patrols.ad_hoc_finding(area_id, f"{BIG} again", "major")
    done = rects.submit(rect.id, rect.version, BIG * 3, "people")
    assert done.status == "submitted"
    assert {f.id for f in patrols.findings(status=None)} == {*found, again.id}
    _healthy(db)


def test_a_cap_hit_part_way_through_a_transaction_rolls_all_of_it_back(full):
    """The first row fits in a free slot, the second needs pages there are none of."""
    db = full.db
    full.cap(pages=0)
    before = _tables(db)
    with pytest.raises(DiskFull), db.write() as s:
        s.add(Setting(key="crash.small", value='"fits"'))
        s.flush()
        s.add(Setting(key="crash.big", value=json.dumps(BIG * 4)))
        s.flush()
    assert _tables(db) == before
    with db.read() as s:
        assert s.get(Setting, "crash.small") is None
    _healthy(db)
