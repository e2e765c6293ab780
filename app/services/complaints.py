"""Complaints and their first-response clock (filled in by the complaints work)."""

from __future__ import annotations

from app.services.base import Service


class ComplaintService(Service):
    pass
