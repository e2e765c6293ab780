"""The append-only, hash-chained audit log: who changed what, and proof nothing was removed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditLog

GENESIS = "0" * 64


def _digest(prev: str, at: dt.datetime, actor: str, action: str, entity: str,
            entity_id: str, detail: str) -> str:
    payload = json.dumps([prev, at.isoformat(), actor, action, entity, entity_id, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _encode(detail: dict) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)


def append(session: Session, at: dt.datetime, actor: str, action: str, entity: str,
           entity_id: str, detail: dict) -> None:
    prev = session.scalar(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)) or GENESIS
    text = _encode(detail)
    session.add(AuditLog(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                         detail=text, prev_hash=prev,
                         hash=_digest(prev, at, actor, action, entity, entity_id, text)))


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    head: str
    broken_at: int | None  # id of the first row whose hash does not match

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(session: Session) -> ChainCheck:
    prev = GENESIS
    count = 0
    for row in session.scalars(select(AuditLog).order_by(AuditLog.id)):
        count += 1
        expected = _digest(prev, row.at, row.actor, row.action, row.entity, row.entity_id,
                           row.detail)
        if row.prev_hash != prev or row.hash != expected:
            return ChainCheck(count, prev, row.id)
        prev = row.hash
    return ChainCheck(count, prev, None)
