"""Service promises (gap 4): a measurable target and whether a measured outcome kept it (pure)."""

from __future__ import annotations

from app.domain.errors import QT_TRANSLATE_NOOP

SOURCES = {
    "manual": QT_TRANSLATE_NOOP("promises", "Entered or imported"),
    "complaint_response": QT_TRANSLATE_NOOP("promises", "Taken from the complaint log"),
}

# Every venue starts with the seed's own promise; the response limit follows the
# complaint.response_minutes setting when the register is read.
COMPLAINT_PROMISE_NAME = "投诉5分钟内回应"
COMPLAINT_PROMISE_DESCRIPTION = "接到投诉后第一时间致歉，并承诺投诉将在5分钟内得到回应"


def kept(measured_minutes: float, target_minutes: float) -> bool:
    """A promise is kept when the measured time is within the target (equal counts as kept)."""
    if measured_minutes < 0:
        raise ValueError("a measured time cannot be negative")
    return measured_minutes <= target_minutes
