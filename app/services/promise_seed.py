"""The promise every database starts with (投诉5分钟内回应, measured from the complaint log).
Apart from app.services.promises so that opening a database does not import the promise
register's import and measuring code."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models_guest import Promise
from app.domain.promises import COMPLAINT_PROMISE_DESCRIPTION, COMPLAINT_PROMISE_NAME
from app.services import audit
from app.services.complaint_queries import limit_minutes

COMPLAINT_SOURCE = "complaint_response"


def ensure_default_promises(session: Session, now: dt.datetime) -> bool:
    """Create the seed's complaint promise (answered within the response limit) when the
    register has no complaint-response promise; True when it was created."""
    if session.scalar(select(Promise.id).where(
            (Promise.source == COMPLAINT_SOURCE) | (Promise.name == COMPLAINT_PROMISE_NAME))
            .limit(1)) is not None:
        return False
    limit = limit_minutes(session)
    session.add(Promise(name=COMPLAINT_PROMISE_NAME, description=COMPLAINT_PROMISE_DESCRIPTION,
                        dimension="responsiveness", target_minutes=float(limit),
                        source=COMPLAINT_SOURCE, active=True, created_at=now))
    session.flush()
    audit.append(session, now, "system", "seed", "promise", "", {"name": COMPLAINT_PROMISE_NAME})
    return True
