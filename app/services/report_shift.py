"""The shift hand-over report's figures (交班报告)."""

from __future__ import annotations

from app.services.base import Service


class ShiftReportService(Service):
    pass
